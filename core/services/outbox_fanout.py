"""Fan a safety alert out to every affected traveler in one set-based INSERT … SELECT.

One statement, whatever the number of recipients: the database selects the travelers whose trip
to the market starts within the window or is under way and who can still be reached, and writes
their outbox rows; ON CONFLICT DO NOTHING on the idempotency key makes re-running it harmless.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Integer,
    Select,
    String,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.itinerary import MAX_TRIP_DAYS
from core.services.outbox import HIGH_PRIORITY, PENDING
from core.storage.models import ChannelIdentity, Itinerary, OutboxMessage, Traveler, UTCDateTime
from core.storage.sqlite_loop import off_loop
from core.text import fold

ALERT_TEMPLATE = "safety_alert"


def market_names(market: str) -> list[str]:
    """The lowercase spellings a destination may use for a market: 'Bogotá' → bogota, bogotá."""
    return sorted({market.strip().lower(), fold(market)})


def _destination_matches(market: str) -> ColumnElement[bool]:
    """'Kyoto', 'kyoto' and 'Kyoto, Japan' match Kyoto; 'Porto Alegre' does not match Porto."""
    destination = func.lower(func.trim(Itinerary.destination))
    names = market_names(market)
    return or_(destination.in_(names), *(destination.like(f"{name},%") for name in names))


def _not_over(dialect: str, today: date) -> ColumnElement[bool]:
    """The trip's last day (start + number of days - 1) is today or later."""
    length = func.json_array_length(Itinerary.days)
    if dialect == "postgresql":
        return Itinerary.start_date + length > today
    # SQLite keeps dates as ISO text; date() does the arithmetic and returns ISO text.
    end = func.date(Itinerary.start_date, func.printf("+%d days", length))
    return cast(end, String) > literal(today.isoformat(), String)


async def fan_out_alert(
    session: AsyncSession,
    clock: Clock,
    *,
    market: str,
    intel_id: int | str,
    text: str,
    template_variables: dict[str, Any],
    window_days: int = 60,
    languages: Sequence[str] | None = None,
    other_than: Sequence[str] = (),
) -> int:
    """Queue one high-priority alert per affected traveler, inside the caller's transaction.

    Affected: a trip whose destination is the market (case-insensitive, with and without
    accents) that starts within `window_days` or is under way, and at least one chat that is
    not opted out (a traveler who opted out everywhere, or has no chat at all, gets no row).

    `languages` limits the recipients to travelers whose locale is one of those languages,
    `other_than` excludes some (so a caller writes one statement per language).

    Returns:
        Rows written; travelers alerted for this item before are skipped, not counted.
    """
    now = clock.now()
    today = now.date()
    dialect = session.get_bind().dialect.name
    reachable = select(ChannelIdentity.id).where(
        ChannelIdentity.traveler_id == Itinerary.user_id, ChannelIdentity.opted_out.is_(False)
    )
    # One statement per language lets each traveler read the alert in their own language.
    language = func.lower(func.substr(Traveler.locale, 1, 2))
    speaks = select(Traveler.id).where(
        Traveler.id == Itinerary.user_id,
        Traveler.alerts_enabled.is_(True),  # "stop the alerts" / PATCH …/preferences
        language.in_(languages) if languages is not None else true(),
        language.not_in(other_than) if other_than else true(),
    )
    # Straight from the itineraries (their user_id is a foreign key to travelers), each
    # traveler once however many matching trips they have.
    travelers = (
        select(Itinerary.user_id.label("traveler_id"))
        .where(
            _destination_matches(market),
            Itinerary.start_date <= today + timedelta(days=window_days),
            # The coarse bound keeps the scan cheap; the exact one uses the trip's length.
            Itinerary.start_date >= today - timedelta(days=MAX_TRIP_DAYS),
            _not_over(dialect, today),
            exists(reachable),
            exists(speaks),
        )
        .distinct()
        .subquery()
    )
    traveler_id = travelers.c.traveler_id
    columns: dict[str, ColumnElement[Any]] = {
        "idempotency_key": literal(f"alert:{intel_id}:", String) + traveler_id,
        "traveler_id": traveler_id,
        "kind": literal("alert", String),
        "priority": literal(HIGH_PRIORITY, Integer),
        "text": literal(text, String),
        "template": literal(ALERT_TEMPLATE, String),
        "template_variables": literal(template_variables, JSON),
        "status": literal(PENDING, String),
        "attempts": literal(0, Integer),
        "next_attempt_at": literal(now, UTCDateTime()),
        "created_at": literal(now, UTCDateTime()),
    }
    # Rows in key order keep the B-tree inserts sequential (measurably faster at 100k rows).
    recipients: Select[Any] = (
        select(*(value.label(name) for name, value in columns.items()))
        .where(true())  # SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT
        .order_by(traveler_id)
    )
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(OutboxMessage)
        .from_select(list(columns), recipients)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
    )
    with off_loop():  # SQLite: thousands of rows are written by this one statement
        result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0))

"""Who a push is for: travelers with a trip to a market starting within 60 days or under way.

Only travelers with at least one chat that has not opted out count: the others could not be
reached anyway, and STOP means nothing more is sent. Also here: the traveler's own clock (time
zone, quiet hours) and language, which every push needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.messages import msg_template, use_locale
from core.services.intel_items import market_of_destination
from core.services.itinerary import MAX_TRIP_DAYS
from core.storage.models import ChannelIdentity, Itinerary, Traveler

LOOKAHEAD_DAYS = 60
BATCH_SIZE = 500
LANGUAGES = ("en", "es", "pt")


@dataclass(frozen=True)
class Trip:
    """One itinerary of a traveler to a market, with its first and last day (inclusive)."""

    traveler: Traveler
    itinerary_id: str
    market: str
    first_day: dt.date
    last_day: dt.date


def zone_of(traveler: Traveler) -> ZoneInfo:
    """The traveler's time zone (UTC when it is unknown)."""
    try:
        return ZoneInfo(traveler.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_now(traveler: Traveler, now: dt.datetime) -> dt.datetime:
    """`now` on the traveler's wall clock."""
    return now.astimezone(zone_of(traveler))


def language(locale: str | None) -> str:
    """'pt-BR' → 'pt'; a language we have no templates for → 'en'."""
    code = (locale or "en").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def catalog_text(key: str, locale: str | None) -> str:
    """A catalog template (core.messages) in the traveler's language, to .format() later."""
    with use_locale(locale):
        return msg_template(key)


def _clock_time(text: str | None) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def in_quiet_hours(traveler: Traveler, local: dt.datetime) -> bool:
    """Whether a local time falls in the traveler's quiet hours (which may wrap midnight)."""
    start, end = _clock_time(traveler.quiet_start), _clock_time(traveler.quiet_end)
    if start is None or end is None or start == end:
        return False
    moment = local.time().replace(tzinfo=None)
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def trip_of(itinerary: Itinerary, traveler: Traveler, now: dt.datetime) -> Trip | None:
    """The itinerary as a Trip when it goes to a market and starts within 60 days or is on."""
    market = market_of_destination(itinerary.destination)
    if market is None or itinerary.start_date is None:
        return None
    first = itinerary.start_date
    last = first + dt.timedelta(days=max(len(itinerary.days), 1) - 1)
    today = local_now(traveler, now).date()
    if last < today or first > today + dt.timedelta(days=LOOKAHEAD_DAYS):
        return None
    return Trip(traveler, itinerary.id, market, first, last)


async def active_trips(
    session: AsyncSession, now: dt.datetime, market: str | None = None
) -> AsyncIterator[list[Trip]]:
    """Trips starting within 60 days or under way, `BATCH_SIZE` itineraries at a time.

    Dates are narrowed in SQL with a day of slack for time zones; destinations are matched in
    Python because markets are compared without accents ('Bogota' is Bogotá).
    """
    today = now.date()
    earliest = today - dt.timedelta(days=MAX_TRIP_DAYS + 1)
    latest = today + dt.timedelta(days=LOOKAHEAD_DAYS + 1)
    reachable = exists().where(
        ChannelIdentity.traveler_id == Traveler.id, ChannelIdentity.opted_out.is_(False)
    )
    after = ""
    while True:
        rows = (
            await session.execute(
                select(Itinerary, Traveler)
                .join(Traveler, Traveler.id == Itinerary.user_id)
                .where(
                    Itinerary.start_date.is_not(None),
                    Itinerary.start_date >= earliest,
                    Itinerary.start_date <= latest,
                    Itinerary.id > after,
                    reachable,
                )
                .order_by(Itinerary.id)
                .limit(BATCH_SIZE)
            )
        ).all()
        if not rows:
            return
        after = rows[-1][0].id
        trips = [trip_of(itinerary, traveler, now) for itinerary, traveler in rows]
        yield [t for t in trips if t is not None and market in (None, t.market)]

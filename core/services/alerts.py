"""Safety alerts: critical news reaches every traveler whose trip it may touch.

Every critical/high safety item that has not expired is pushed to each traveler whose trip to its
market starts within 60 days or is under way. The key "alert:{intelId}:{travelerId}" makes the
push happen once, however often this runs; a traveler whose trip enters the 60-day window later
is alerted on the next run. Alerts are high priority and ignore quiet hours and digests.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.audience import LOOKAHEAD_DAYS, catalog_text
from core.services.intel_items import ALERT_SEVERITIES
from core.services.outbox import HIGH_PRIORITY, enqueue_push
from core.services.outbox_fanout import fan_out_alert
from core.storage.models import DestinationIntelligence, Traveler
from core.text import shorten

# Test pushes go through the same template, so a test also proves it works outside WhatsApp's
# 24-hour window.
TEMPLATE = "safety_alert"
# Twilio template variables stay short; the free-form text carries the whole description.
VARIABLE_CHARS = 200
TEXT_CHARS = 1200


def alert_text(market: str, data: dict[str, object], locale: str | None) -> str:
    """The alert in the traveler's language (the description itself is as reported)."""
    description = str(data.get("description") or "").strip()
    text = catalog_text("alert_text", locale).format(market=market, description=description)
    listed = data.get("areas_affected")
    areas = [str(area) for area in listed if str(area).strip()] if isinstance(listed, list) else []
    if areas:
        text += "\n" + catalog_text("alert_areas", locale).format(areas=", ".join(areas))
    hint = catalog_text("push_hint", locale)
    return f"{shorten(text, max_chars=TEXT_CHARS - len(hint) - 1)}\n{hint}"


async def alert_travelers(session: AsyncSession, clock: Clock, intel_id: int) -> int:
    """Queue one alert per affected traveler for a safety item; the caller commits.

    Args:
        session: The transaction the outbox rows are written in.
        clock: Time source.
        intel_id: A destination_intelligence id.

    Returns:
        How many alerts were newly queued (0 for an item that is not an unexpired critical or
        high safety update, or whose travelers were all alerted before).
    """
    intel = await session.get(DestinationIntelligence, intel_id)
    now = clock.now()
    if (
        intel is None
        or intel.intel_type != "safety"
        or intel.severity not in ALERT_SEVERITIES
        or (intel.valid_until is not None and intel.valid_until <= now)
    ):
        return 0
    description = str(intel.data.get("description") or "")
    variables = {"1": intel.market, "2": shorten(description, max_chars=VARIABLE_CHARS)}
    # Set-based: one INSERT … SELECT per language, whatever the number of travelers.
    translated = ("es", "pt")
    queued = 0
    for languages, other_than, locale in (
        *(((lang,), (), lang) for lang in translated),
        (None, translated, "en"),
    ):
        queued += await fan_out_alert(
            session,
            clock,
            market=intel.market,
            intel_id=intel.id,
            text=alert_text(intel.market, intel.data, locale),
            template_variables=variables,
            window_days=LOOKAHEAD_DAYS,
            languages=languages,
            other_than=other_than,
        )
    return queued


async def active_alert_ids(session: AsyncSession, now: dt.datetime) -> list[int]:
    """Every critical/high safety item that has not expired, oldest first."""
    return list(
        await session.scalars(
            select(DestinationIntelligence.id)
            .where(
                DestinationIntelligence.intel_type == "safety",
                DestinationIntelligence.severity.in_(ALERT_SEVERITIES),
                or_(
                    DestinationIntelligence.valid_until.is_(None),
                    DestinationIntelligence.valid_until > now,
                ),
            )
            .order_by(DestinationIntelligence.id)
        )
    )


async def queue_test_alert(session: AsyncSession, clock: Clock, traveler_id: str) -> bool:
    """Queue a test push for a traveler (the caller commits); False when there is none."""
    traveler = await session.get(Traveler, traveler_id)
    if traveler is None:
        return False
    now = clock.now()
    text = catalog_text("test_alert_text", traveler.locale)
    return await enqueue_push(
        session,
        clock,
        key=f"test:{traveler.id}:{int(now.timestamp())}",
        traveler_id=traveler.id,
        kind="test",
        text=text,
        priority=HIGH_PRIORITY,
        template=TEMPLATE,
        variables={"1": "Traveloure", "2": text},
    )

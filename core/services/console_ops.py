"""What the console reads and does about leads, experts and destination intelligence."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from pydantic import ValidationError
from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.intel_items import content_hash, parse_item
from core.storage.models import DestinationIntelligence, Expert, Lead

PAGE = 50


async def recent_leads(session: AsyncSession) -> list[Lead]:
    """The newest leads."""
    return list(await session.scalars(select(Lead).order_by(Lead.created_at.desc()).limit(PAGE)))


def sla_state(lead: Lead, clock: Clock, sla_minutes: int) -> str:
    """'claimed', 'within SLA' or 'overdue' (open past LEAD_SLA_MINUTES since last offered)."""
    if lead.status != "open":
        return lead.status
    offered = lead.last_offered_at or lead.created_at
    late = clock.now() - offered > timedelta(minutes=sla_minutes)
    return "overdue" if late else "within SLA"


async def experts(session: AsyncSession) -> list[Expert]:
    """Every expert, by market then name."""
    rows = await session.scalars(select(Expert).order_by(Expert.market, Expert.name).limit(200))
    return list(rows)


async def live_intelligence(session: AsyncSession, clock: Clock) -> list[DestinationIntelligence]:
    """Items still valid (or without an end), newest first."""
    now = clock.now()
    rows = await session.scalars(
        select(DestinationIntelligence)
        .where(
            or_(
                DestinationIntelligence.valid_until.is_(None),
                DestinationIntelligence.valid_until > now,
            )
        )
        .order_by(DestinationIntelligence.created_at.desc())
        .limit(PAGE)
    )
    return list(rows)


async def expire_item(session: AsyncSession, clock: Clock, item_id: int) -> bool:
    """End an item now (answers and alerts stop using it); False if unknown or already over."""
    now = clock.now()
    result = await session.execute(
        update(DestinationIntelligence)
        .where(
            DestinationIntelligence.id == item_id,
            or_(
                DestinationIntelligence.valid_until.is_(None),
                DestinationIntelligence.valid_until > now,
            ),
        )
        .values(valid_until=now)
        .execution_options(synchronize_session=False)
    )
    return getattr(result, "rowcount", 0) == 1


async def edit_item(
    session: AsyncSession,
    clock: Clock,
    item_id: int,
    *,
    description: str | None,
    valid_until: date | None,
) -> str | None:
    """Change an item's wording and/or its last valid day; a readable problem, or None when done.

    The item is validated again and its content hash recomputed (the dedupe key), so an edit
    that makes it identical to another item is refused instead of merging them.
    """
    row = await session.get(DestinationIntelligence, item_id)
    if row is None:
        return "There is no such item."
    data = dict(row.data or {})
    if description is not None and description.strip():
        data["description"] = description.strip()
    try:
        item = parse_item(row.intel_type, data)
    except ValidationError:
        return "That change does not make a valid item."
    if valid_until is not None and valid_until < clock.now().date():
        return "Use Expire to end an item now; the last valid day cannot be in the past."
    try:
        async with session.begin_nested():
            row.data = item.model_dump(mode="json", by_alias=True)
            row.content_hash = content_hash(item)
            if valid_until is not None:
                row.valid_until = datetime.combine(
                    valid_until + timedelta(days=1), time(), tzinfo=UTC
                )
            await session.flush()
    except IntegrityError:
        return "Another item already says exactly that."
    return None

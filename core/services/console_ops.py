"""What the console reads and does about leads, experts and destination intelligence."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
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

"""Leads nobody claimed within the SLA go to their next best expert, or escalate."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.leads import OPEN, LeadService
from core.storage.models import Lead


async def offer_lapsed_leads(
    session: AsyncSession, clock: Clock, sla_minutes: int
) -> list[tuple[str, str | None]]:
    """Offer each open lead past its SLA to its next expert; the caller commits.

    Returns:
        (lead id, Slack user id of the newly offered expert) per lapsed lead; None where no
        expert is left and the lead escalates.
    """
    cutoff = clock.now() - timedelta(minutes=sla_minutes)
    service = LeadService(session, clock)
    lapsed = await session.scalars(
        select(Lead).where(
            Lead.status == OPEN,
            func.coalesce(Lead.last_offered_at, Lead.created_at) <= cutoff,
        )
    )
    offered: list[tuple[str, str | None]] = []
    for lead in list(lapsed):
        # offer_next also restarts the SLA clock, so a lead escalates once per period.
        nxt = await service.offer_next(lead)
        offered.append((lead.id, nxt.expert.slack_user_id if nxt else None))
    return offered

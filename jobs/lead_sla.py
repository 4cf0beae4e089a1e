"""`lead_sla`: leads nobody claimed within LEAD_SLA_MINUTES go to the next expert, or escalate."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select

from core.services.leads import OPEN, LeadService
from core.storage.models import Lead
from jobs.spec import JobSpec

if TYPE_CHECKING:
    from bots.container import Services

log = logging.getLogger(__name__)


async def run_lead_sla(services: Services) -> int:
    """Offer each lapsed lead to its next best expert (or escalate); returns leads handled."""
    clock = services.clock
    cutoff = clock.now() - timedelta(minutes=services.settings.lead_sla_minutes)
    follow_ups: list[tuple[str, str | None]] = []
    async with services.sessions() as session, session.begin():
        service = LeadService(session, clock)
        lapsed = await session.scalars(
            select(Lead).where(
                Lead.status == OPEN,
                func.coalesce(Lead.last_offered_at, Lead.created_at) <= cutoff,
            )
        )
        for lead in list(lapsed):
            # offer_next also restarts the SLA clock, so a lead escalates once per period.
            nxt = await service.offer_next(lead)
            follow_ups.append((lead.id, nxt.expert.slack_user_id if nxt else None))
    for lead_id, slack_user in follow_ups:
        if services.leads is not None:
            await services.leads.follow_up(lead_id, slack_user)
        log.info(
            "lead %s past its SLA: %s",
            lead_id,
            "offered to the next expert" if slack_user else "escalated",
        )
    return len(follow_ups)


JOB = JobSpec("lead_sla", IntervalTrigger(minutes=10), run_lead_sla)

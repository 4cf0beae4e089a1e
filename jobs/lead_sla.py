"""`lead_sla` (every 10 min): leads nobody claimed within LEAD_SLA_MINUTES move on, or escalate."""

from __future__ import annotations

import logging

from apscheduler.triggers.interval import IntervalTrigger

from core.services.lead_sla import offer_lapsed_leads
from jobs.context import JobContext
from jobs.spec import JobSpec

log = logging.getLogger(__name__)


async def run_lead_sla(ctx: JobContext) -> int:
    """Offer each lapsed lead to its next best expert (or escalate); returns leads handled."""
    async with ctx.sessions() as session, session.begin():
        follow_ups = await offer_lapsed_leads(session, ctx.clock, ctx.settings.lead_sla_minutes)
    for lead_id, slack_user in follow_ups:
        if ctx.leads is not None:
            await ctx.leads.follow_up(lead_id, slack_user)
        log.info(
            "lead %s past its SLA: %s",
            lead_id,
            "offered to the next expert" if slack_user else "escalated",
        )
    return len(follow_ups)


JOB = JobSpec("lead_sla", IntervalTrigger(minutes=10), run_lead_sla)

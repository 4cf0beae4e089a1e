"""dispatch_outbox: send what is due on the enabled channels (core.services.outbox_drain)."""

from __future__ import annotations

import logging

from apscheduler.triggers.interval import IntervalTrigger

from core.services.outbox import SENT
from core.services.outbox_drain import drain_outbox
from core.services.outbox_routing import template_sids
from jobs.context import JobContext
from jobs.spec import JobSpec

log = logging.getLogger(__name__)


async def run_dispatch_outbox(ctx: JobContext) -> int:
    """Send what is due on the enabled channels; the number of messages sent."""
    outcomes = await drain_outbox(
        ctx.sessions, ctx.clock, ctx.senders, templates=template_sids(ctx.settings)
    )
    if outcomes:
        log.info("outbox dispatch: %s", dict(outcomes))
    return outcomes[SENT]


# Every worker drains the outbox: rows are leased (FOR UPDATE SKIP LOCKED on PostgreSQL), so
# several dispatchers share the work and never send one row twice.
JOB = JobSpec("dispatch_outbox", IntervalTrigger(seconds=5), run_dispatch_outbox, leader_only=False)

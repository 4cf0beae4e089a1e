"""`trend_digest` (hourly): each traveler's digest in their 09:00 hour (core.services.digest)."""

from __future__ import annotations

import logging

from apscheduler.triggers.cron import CronTrigger

from core.services.digest import due_digests, queue_digest
from jobs.context import JobContext
from jobs.spec import JobSpec

log = logging.getLogger(__name__)


async def run_trend_digest(ctx: JobContext) -> int:
    """Queue the digests due this hour; returns how many were queued."""
    async with ctx.sessions() as session:
        due = await due_digests(session, ctx.clock.now())
    queued = 0
    for traveler_id, trips in due.items():
        async with ctx.sessions() as session, session.begin():
            queued += await queue_digest(session, ctx.clock, traveler_id, trips)
    if queued:
        log.info("trend digests queued: %d", queued)
    return queued


# On the hour, so every time zone (even +05:30) sees exactly one run in its 09:00 hour.
JOB = JobSpec("trend_digest", CronTrigger(minute=0, timezone="UTC"), run_trend_digest)

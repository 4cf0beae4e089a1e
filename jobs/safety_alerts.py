"""`safety_alerts` (every 5 min, and right after new intelligence): see core.services.alerts.

A traveler whose trip enters the 60-day window later is alerted on the next run; the outbox keys
make the push happen once, however often this runs.
"""

from __future__ import annotations

from apscheduler.triggers.interval import IntervalTrigger

from core.services.alerts import active_alert_ids, alert_travelers
from jobs.context import JobContext
from jobs.spec import JobSpec


async def run_safety_alerts(ctx: JobContext) -> int:
    """Alert travelers of every active critical/high safety item; returns alerts queued."""
    async with ctx.sessions() as session:
        ids = await active_alert_ids(session, ctx.clock.now())
    queued = 0
    for intel_id in ids:
        # One transaction per item: a crash halfway loses nothing, the keys make reruns safe.
        async with ctx.sessions() as session, session.begin():
            queued += await alert_travelers(session, ctx.clock, intel_id)
    return queued


JOB = JobSpec("safety_alerts", IntervalTrigger(minutes=5), run_safety_alerts)

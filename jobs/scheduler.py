"""The APScheduler process: every job on its trigger, coalesced, one run at a time, never fatal."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from importlib import import_module

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from core.tracing import new_trace_id, traced
from jobs.context import JobContext
from jobs.leader import Leadership
from jobs.spec import JobSpec

log = logging.getLogger(__name__)

ELECTION_SECONDS = 10

JOB_MODULES: tuple[str, ...] = (
    "jobs.refresh_intelligence",
    "jobs.safety_alerts",
    "jobs.trend_digest",
    "jobs.dispatch_outbox",
    "jobs.lead_sla",
)


def all_jobs() -> list[JobSpec]:
    """Every job this service schedules."""
    return [import_module(name).JOB for name in JOB_MODULES]


def guarded(
    job: JobSpec, ctx: JobContext, leadership: Leadership | None = None
) -> Callable[[], Awaitable[None]]:
    """The job's run, only on the leading process; an exception is logged, not fatal."""

    async def run() -> None:
        with traced(f"job-{job.name}-{new_trace_id()[:8]}"):
            try:
                if job.leader_only and leadership is not None and not await leadership.ensure():
                    return  # another process leads the scheduled jobs
                await job.run(ctx)
            except Exception:  # a failing job must never stop the scheduler
                log.exception("job %s failed; it runs again at its next tick", job.name)

    return run


def build_scheduler(
    ctx: JobContext, jobs: list[JobSpec] | None = None, leadership: Leadership | None = None
) -> AsyncIOScheduler:
    """A scheduler with every job; missed runs after downtime coalesce into one.

    With `leadership`, only the process holding the scheduler lock runs the jobs.
    """
    scheduler = AsyncIOScheduler(
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600}
    )
    for job in jobs if jobs is not None else all_jobs():
        scheduler.add_job(guarded(job, ctx, leadership), job.trigger, id=job.name, name=job.name)
    if leadership is not None:
        # Jobs of the leader tick every few minutes; an election of its own makes a follower
        # notice a dead leader (and take over) within ELECTION_SECONDS.
        scheduler.add_job(
            _elect(leadership),
            IntervalTrigger(seconds=ELECTION_SECONDS),
            id="elect_leader",
            name="elect_leader",
            next_run_time=datetime.now(UTC),
        )
    return scheduler


def _elect(leadership: Leadership) -> Callable[[], Awaitable[None]]:
    async def elect() -> None:
        try:
            await leadership.ensure()
        except Exception:  # an election must never stop the scheduler
            log.exception("scheduler leader election failed; trying again at the next tick")

    return elect


async def run_once(ctx: JobContext, name: str) -> None:
    """Run one job now (operators, tests); unknown names raise KeyError."""
    jobs = {job.name: job for job in all_jobs()}
    await jobs[name].run(ctx)

"""The composition root: the one place that wires jobs to what the app built.

`python -m bots serve` runs the jobs inside the web process (RUN_JOBS_IN_WEB) over its own
services; `python -m jobs` (or `python -m bots worker`) builds only what jobs need: a database,
the channels' senders and the lead desk, never the web's pipeline, so a worker neither sweeps
nor answers chat deliveries.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from prometheus_client import start_http_server
from sqlalchemy.ext.asyncio import AsyncEngine

from bots.channels.port import Channel
from bots.channels.registry import build_channels
from bots.container import Services
from bots.leads_slack import LeadDesk
from core.clock import Clock, SystemClock
from core.config import Settings, get_settings
from core.metrics import REGISTRY
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from jobs.context import JobContext
from jobs.leader import Leadership
from jobs.scheduler import all_jobs, build_scheduler, run_once
from jobs.spec import JobSpec

log = logging.getLogger(__name__)


def job_context(services: Services) -> JobContext:
    """The web process's job context: its sessions, senders, breakers and lead desk."""
    return JobContext(
        settings=services.settings,
        clock=services.clock,
        sessions=services.sessions,
        senders=services.pipeline.channels,
        breakers=services.breakers,  # the web's /metrics shows the jobs' breakers too
        leads=services.leads,
    )


@dataclass
class JobProcess:
    """A worker's job context and what it owns (closed by `aclose`)."""

    ctx: JobContext
    engine: AsyncEngine
    channels: dict[str, Channel]
    desk: LeadDesk

    async def aclose(self) -> None:
        """Let lead cards finish, close the channels' clients and the database connections."""
        await self.desk.drain()
        for channel in self.channels.values():
            await channel.aclose()
        await self.engine.dispose()


def build_job_process(settings: Settings, clock: Clock | None = None) -> JobProcess:
    """What a worker process needs to run the jobs, and nothing of the web app."""
    clock = clock or SystemClock()
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    channels = build_channels(settings, clock)
    desk = LeadDesk(sessions, clock, channels, settings.slack_leads_channel)
    ctx = JobContext(settings, clock, sessions, channels, leads=desk)
    return JobProcess(ctx, engine, channels, desk)


@asynccontextmanager
async def jobs_in_web(services: Services) -> AsyncIterator[None]:
    """Run the scheduled jobs inside the web process while it lives (RUN_JOBS_IN_WEB)."""
    leadership = Leadership(services.engine)
    scheduler = None
    if services.settings.run_jobs_in_web:
        scheduler = build_scheduler(job_context(services), leadership=leadership)
        scheduler.start()
    try:
        yield
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        await leadership.release()


def job_names() -> list[str]:
    """Every scheduled job's name."""
    return [spec.name for spec in all_jobs()]


async def run_job_once(name: str) -> None:
    """Run one job now and exit (`python -m jobs run JOB`)."""
    process = build_job_process(get_settings())
    await upgrade_schema(process.engine)
    try:
        await run_once(process.ctx, name)
    finally:
        await process.aclose()


async def serve_jobs(
    process: JobProcess, stop: asyncio.Event, jobs: list[JobSpec] | None = None
) -> None:
    """Run the scheduler over a worker's jobs until `stop` is set, then close the process."""
    leadership = Leadership(process.engine)
    scheduler = None
    try:
        await upgrade_schema(process.engine)
        scheduler = build_scheduler(process.ctx, jobs, leadership=leadership)
        scheduler.start()
        await stop.wait()
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        await leadership.release()
        await process.aclose()


async def run_worker() -> None:
    """Run the scheduler (leader-only jobs while this process leads) until SIGINT / SIGTERM."""
    settings = get_settings()
    if settings.metrics_port is not None:
        # A worker has no web routes: its sends, LLM calls and breakers are scraped here.
        start_http_server(settings.metrics_port, registry=REGISTRY)
        log.info("worker metrics on port %d", settings.metrics_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await serve_jobs(build_job_process(settings), stop)

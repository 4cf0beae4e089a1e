"""The worker process: every scheduled job until SIGINT / SIGTERM (`python -m jobs`)."""

from __future__ import annotations

import asyncio
import logging
import signal

from prometheus_client import start_http_server

from bots.container import build_services
from core.config import get_settings
from core.metrics import REGISTRY
from core.storage.db import upgrade_schema
from jobs.leader import Leadership
from jobs.scheduler import build_scheduler

log = logging.getLogger(__name__)


async def run_worker() -> None:
    """Run the scheduler (leader-only jobs while this process leads) until told to stop."""
    settings = get_settings()
    if settings.metrics_port is not None:
        # A worker has no web routes: its sends, LLM calls and breakers are scraped here.
        start_http_server(settings.metrics_port, registry=REGISTRY)
        log.info("worker metrics on port %d", settings.metrics_port)
    services = build_services(settings)
    await upgrade_schema(services.engine)
    await services.start()
    leadership = Leadership(services.engine)
    scheduler = build_scheduler(services, leadership=leadership)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    scheduler.start()
    try:
        await stop.wait()
    finally:
        scheduler.shutdown(wait=False)
        await leadership.release()
        await services.close()

"""The worker process: every scheduled job until SIGINT / SIGTERM (`python -m jobs`)."""

from __future__ import annotations

import asyncio
import signal

from bots.container import build_services
from core.config import get_settings
from core.storage.db import upgrade_schema
from jobs.leader import Leadership
from jobs.scheduler import build_scheduler


async def run_worker() -> None:
    """Run the scheduler (leader-only jobs while this process leads) until told to stop."""
    services = build_services(get_settings())
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

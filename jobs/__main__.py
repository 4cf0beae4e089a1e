"""`python -m jobs`: the scheduler process (Procfile `worker`); `python -m jobs run JOB` once."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from bots.container import build_services
from bots.logs import configure_logging
from core.config import get_settings
from core.storage.db import upgrade_schema
from jobs.scheduler import all_jobs, run_once
from jobs.worker import run_worker

app = typer.Typer(help="Scheduled jobs.", invoke_without_command=True)


def _logging() -> None:
    configure_logging(get_settings())


async def _once(name: str) -> None:
    services = build_services(get_settings())
    await upgrade_schema(services.engine)
    try:
        await run_once(services, name)
    finally:
        await services.close()


@app.callback()
def main(context: typer.Context) -> None:
    """Run every job on its schedule (the worker process)."""
    if context.invoked_subcommand is None:
        _logging()
        asyncio.run(run_worker())


@app.command()
def run(job: Annotated[str, typer.Argument(help="Job name, e.g. safety_alerts.")]) -> None:
    """Run one job once and exit."""
    names = [spec.name for spec in all_jobs()]
    if job not in names:
        raise typer.BadParameter(f"unknown job {job!r}; jobs: {', '.join(names) or 'none'}")
    _logging()
    asyncio.run(_once(job))


app()

"""`python -m bots …`: serve, worker, chat, seed-demo, db upgrade; `python -m jobs` (`jobs_app`)."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from bots.logs import configure_logging
from core.config import get_settings

app = typer.Typer(help="Traveloure chat service.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")
operators_app = typer.Typer(help="Operator accounts of the /admin console.", no_args_is_help=True)
app.add_typer(operators_app, name="operators")


def _logging() -> None:
    configure_logging(get_settings())


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Run the web service (migrations are applied on start)."""
    import uvicorn  # noqa: PLC0415 - only this command needs the server

    from bots.app import create_app  # noqa: PLC0415
    from bots.server import guarded_protocol  # noqa: PLC0415

    _logging()
    settings = get_settings()
    # log_config=None: uvicorn's loggers keep our JSON handler instead of installing its own.
    uvicorn.run(
        create_app(),
        host=host,
        port=port,
        log_config=None,
        http=guarded_protocol(settings),
        timeout_keep_alive=5,
        proxy_headers=True,
        forwarded_allow_ips=settings.forwarded_allow_ips,
    )


@app.command()
def worker() -> None:
    """Run the scheduled jobs only (the same process as `python -m jobs`)."""
    from bots.composition import run_worker  # noqa: PLC0415 - only this command needs the jobs

    _logging()
    asyncio.run(run_worker())


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every pending migration."""
    from core.storage.db import make_engine, upgrade_schema  # noqa: PLC0415

    async def run() -> None:
        engine = make_engine(get_settings().database_url)
        try:
            await upgrade_schema(engine)
        finally:
            await engine.dispose()

    _logging()
    asyncio.run(run())
    typer.echo("database is up to date")


@app.command("seed-demo")
def seed_demo() -> None:
    """Create a demo traveler with the 3-day Hadibo trip and print its token."""
    from bots.terminal import seed_demo_trip  # noqa: PLC0415

    _logging()
    user_id, token, itinerary_id = asyncio.run(seed_demo_trip())
    typer.echo(f"userId={user_id}\ntoken={token}\nitineraryId={itinerary_id}")


@app.command()
def chat() -> None:
    """Talk to the orchestrator in the terminal (on a fresh demo trip)."""
    from bots.terminal import run_chat  # noqa: PLC0415

    asyncio.run(run_chat())


@app.command("set-webhooks")
def set_webhooks() -> None:
    """Set the Telegram webhook with its secret; print the Slack and Twilio URLs to configure."""
    from bots.channel_setup import set_webhooks as run  # noqa: PLC0415

    _logging()
    for line in asyncio.run(run()):
        typer.echo(line)


@app.command("poll-telegram")
def poll_telegram() -> None:
    """Answer Telegram by long polling (local use without a public URL)."""
    from bots.channel_setup import poll_telegram as run  # noqa: PLC0415

    _logging()
    asyncio.run(run())


@app.command("send-test-alert")
def send_test_alert(traveler_id: Annotated[str, typer.Argument(help="Traveler id.")]) -> None:
    """Queue a test push to a traveler (the dispatcher sends it on their channel)."""
    from core.clock import SystemClock  # noqa: PLC0415
    from core.services.alerts import queue_test_alert  # noqa: PLC0415
    from core.storage.db import make_engine, make_sessionmaker, upgrade_schema  # noqa: PLC0415

    async def run() -> bool:
        engine = make_engine(get_settings().database_url)
        try:
            await upgrade_schema(engine)
            async with make_sessionmaker(engine)() as session, session.begin():
                return await queue_test_alert(session, SystemClock(), traveler_id)
        finally:
            await engine.dispose()

    _logging()
    if not asyncio.run(run()):
        typer.echo(f"no traveler with id {traveler_id!r}", err=True)
        raise typer.Exit(code=1)
    typer.echo("test alert queued; the dispatcher sends it within seconds")


@operators_app.command("add")
def operators_add(email: Annotated[str, typer.Argument(help="The operator's email.")]) -> None:
    """Create an operator; the password is read from standard input (never an argument)."""
    import sys  # noqa: PLC0415

    from bots.operators_cli import add_operator  # noqa: PLC0415

    password = sys.stdin.readline().rstrip("\r\n")
    _logging()
    problem = asyncio.run(add_operator(email, password))
    if problem is not None:
        typer.echo(problem, err=True)
        raise typer.Exit(code=1)
    typer.echo(f"operator {email.strip().lower()} added; sign in at /admin")


jobs_app = typer.Typer(help="Scheduled jobs.", invoke_without_command=True)


@jobs_app.callback()
def jobs_main(context: typer.Context) -> None:
    """Run every job on its schedule (the worker process)."""
    if context.invoked_subcommand is None:
        worker()


@jobs_app.command("run")
def run_job(job: Annotated[str, typer.Argument(help="Job name, e.g. safety_alerts.")]) -> None:
    """Run one job once and exit."""
    from bots.composition import job_names, run_job_once  # noqa: PLC0415

    names = job_names()
    if job not in names:
        raise typer.BadParameter(f"unknown job {job!r}; jobs: {', '.join(names) or 'none'}")
    _logging()
    asyncio.run(run_job_once(job))

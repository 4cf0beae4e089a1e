"""What a rules-path turn costs in process: SQL statements per turn type and CPU per turn.

The app runs in this process (httpx's ASGI transport, no sockets), in demo mode on a SQLite
file (or BENCH_DATABASE_URL), so the figures are the server's own work. Printed: statements
of each turn type of the show / add by name / undo cycle with the enrichment workers off, the
statements per turn with them on (the background work an add causes included), and CPU
seconds per turn over `--turns` turns with the workers on.

    .venv/bin/python -m bench.turn_cost [--turns 300]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from bench.servers import database_name, machine
from bots.app import create_app
from core.config import Settings

TURNS = ["what's on day 2?", "add Sushi Zen restaurant on day 2", "undo"]


async def _measure(database_url: str, turns: int, workers: int) -> tuple[list[int], float, float]:
    settings = Settings(
        _env_file=None,
        database_url=database_url,
        run_jobs_in_web=False,
        log_level="WARNING",
        rate_limit_per_ip_per_minute=0,
        rate_limit_chat_per_minute=0,
        rate_limit_demo_sessions_per_minute=0,
        enrichment_queue_workers=workers,
    )
    app = create_app(settings)
    statements = 0

    def count(*_args: Any) -> None:
        nonlocal statements
        statements += 1

    async with app.router.lifespan_context(app):
        engine = app.state.services.engine.sync_engine
        event.listen(engine, "before_cursor_execute", count)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            demo = (await client.post("/api/v1/demo/session")).json()
            url = f"/api/v1/itineraries/{demo['itineraryId']}/chat"
            headers = {"Authorization": f"Bearer {demo['token']}"}

            async def turn(n: int) -> None:
                answer = await client.post(url, json={"text": TURNS[n % 3]}, headers=headers)
                if answer.status_code != 200 or answer.json()["type"] == "ERROR":
                    raise RuntimeError(answer.text)

            for n in range(30):  # warm-up: imports, caches, the first search
                await turn(n)
            await asyncio.sleep(0.3)
            per_type = []
            for n in range(3):
                before = statements
                await turn(n)
                per_type.append(statements - before)
            before = statements
            cpu = time.process_time()
            for n in range(turns):
                await turn(n)
            cpu = time.process_time() - cpu
            await asyncio.sleep(0.5)  # the last adds' enrichment lands
            per_turn = (statements - before) / turns
    return per_type, per_turn, cpu * 1000 / turns


async def run(turns: int) -> None:
    """Measure with the workers off, then on, and print."""
    with tempfile.TemporaryDirectory() as tmp:
        default = f"sqlite+aiosqlite:///{Path(tmp) / 'off.db'}"
        off_url = os.environ.get("BENCH_DATABASE_URL") or default
        per_type, _, _ = await _measure(off_url, 30, workers=0)
        on_url = (
            os.environ.get("BENCH_DATABASE_URL") or f"sqlite+aiosqlite:///{Path(tmp) / 'on.db'}"
        )
        _, per_turn, cpu = await _measure(on_url, turns, workers=3)
    database = database_name({"DATABASE_URL": on_url})
    print(f"machine: {machine()}")
    print(f"turn cost in process ({database}, demo places, show / add by name / undo):")
    shown = "   ".join(f"{text!r} {count}" for text, count in zip(TURNS, per_type, strict=True))
    print(f"  statements per turn type (no background workers): {shown}")
    print(f"  statements per turn with 3 enrichment workers, background included: {per_turn:.1f}")
    print(f"  CPU per turn over {turns} turns (workers on): {cpu:.2f} ms")


def main(argv: list[str] | None = None) -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--turns", type=int, default=300, help="turns measured for CPU")
    options = parser.parse_args(argv)
    asyncio.run(run(options.turns))


if __name__ == "__main__":
    main()

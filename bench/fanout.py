"""Safety-alert fan-out and outbox dispatch on PostgreSQL at 100,000 travelers.

(a) One critical Kyoto safety item: select its recipients and write their outbox rows with the
    set-based INSERT … SELECT of core.services.outbox_fanout (target < 2 s for 100,000 rows).
(b) Dispatch 5,000 of those rows through a local fake platform that allows R messages/s (a
    token bucket 0.1 s deep answering 429 beyond it; each answer takes 5 ms), paced by the
    dispatcher's own bucket at the same R (0.05 s deep): achieved/configured rate (target
    >= 0.95) and 429s (target 0).

Needs PostgreSQL on 127.0.0.1:5432 (user postgres); a throwaway database is created and
dropped. Without PostgreSQL it prints why and exits.

    .venv/bin/python -m bench.fanout [--travelers 100000] [--dispatch 5000] [--rate 500]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import secrets
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from core.clock import SystemClock
from core.services.outbox import PENDING, SENT
from core.services.outbox_drain import drain_outbox
from core.services.outbox_fanout import fan_out_alert
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from core.storage.models import ChannelIdentity, Itinerary, OutboxMessage, Traveler

PG_HOST, PG_PORT = "127.0.0.1", 5432
CHUNK = 10_000
PLATFORM_LATENCY = 0.005  # seconds the fake platform takes to answer


class TooManyRequestsError(Exception):
    """The fake platform's 429."""


class RateLimitedPlatform:
    """Accepts `rate` messages/s with a bucket `burst` deep; beyond that it answers 429."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self._tokens, self._stamp = burst, time.monotonic()
        self.accepted = 0
        self.rejected = 0

    async def send_text(self, chat_id: str, text: str) -> None:
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens < 1 - 1e-9:
            self.rejected += 1
            raise TooManyRequestsError("429 Too Many Requests")
        self._tokens -= 1
        self.accepted += 1
        await asyncio.sleep(PLATFORM_LATENCY)


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


async def _seed(sessions: async_sessionmaker[AsyncSession], count: int, today: date) -> int:
    """`count` Kyoto travelers due an alert, plus distractors who must get none; rows inserted."""
    now = datetime.now(UTC)
    rng = random.Random(7)
    # (destination, first start offset, last start offset, opted out, how many)
    groups = [
        ("Kyoto", 0, 59, False, count),
        ("Porto", 0, 59, False, count // 50),
        ("Kyoto", 0, 59, True, count // 100),
        ("Kyoto", 90, 120, False, count // 100),
    ]
    travelers: list[dict[str, Any]] = []
    itineraries: list[dict[str, Any]] = []
    identities: list[dict[str, Any]] = []
    for destination, first, last, opted_out, how_many in groups:
        for _ in range(how_many):
            traveler = secrets.token_hex(16)
            n = len(travelers)
            travelers.append(
                {"id": traveler, "name": f"T{n}", "token_hash": secrets.token_hex(32)}
                | {"created_at": now, "locale": "en", "timezone": "UTC", "is_demo": False}
            )
            days = [{"day": d, "nodes": []} for d in range(1, rng.randint(2, 7) + 1)]
            start = today + timedelta(days=rng.randint(first, last))
            itineraries.append(
                {"id": secrets.token_hex(16), "user_id": traveler, "destination": destination}
                | {"start_date": start, "version": 1, "days": days}
                | {"created_at": now, "updated_at": now}
            )
            identities.append(
                {"channel": "telegram", "external_user_id": str(n), "chat_id": str(100_000 + n)}
                | {"traveler_id": traveler, "opted_out": opted_out, "created_at": now}
                | {"last_inbound_at": now - timedelta(days=1)}
            )
    for model, rows in ((Traveler, travelers), (Itinerary, itineraries)):
        for chunk in _chunks(rows):
            async with sessions() as session, session.begin():
                await session.execute(insert(model), chunk)
    for chunk in _chunks(identities):
        async with sessions() as session, session.begin():
            await session.execute(insert(ChannelIdentity), chunk)
    return len(travelers) + len(itineraries) + len(identities)


async def _fan_out(sessions: async_sessionmaker[AsyncSession], count: int) -> None:
    clock = SystemClock()
    print(f"(a) fan-out of one critical Kyoto safety item to {count:,} travelers")
    for label in ("first run", "re-run (idempotent)"):
        started = time.perf_counter()
        async with sessions() as session, session.begin():
            written = await fan_out_alert(
                session,
                clock,
                market="Kyoto",
                intel_id=1,
                text="Typhoon Haishen: stay indoors tonight; trains suspended after 18:00.",
                template_variables={"1": "Kyoto", "2": "Typhoon Haishen"},
            )
        elapsed = time.perf_counter() - started
        print(f"  {label:<20} rows written {written:>7,}   {elapsed:6.3f} s   (target < 2 s)")
        if label == "first run" and written != count:
            print(f"  !! expected {count:,} rows (distractors must get none), got {written:,}")


async def _dispatch(sessions: async_sessionmaker[AsyncSession], rows: int, rate: float) -> None:
    # Only the first `rows` alerts are due; the rest wait, so the run is exactly `rows` long.
    async with sessions() as session, session.begin():
        due = select(OutboxMessage.id).order_by(OutboxMessage.id).limit(rows).scalar_subquery()
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.not_in(due))
            .values(next_attempt_at=datetime.now(UTC) + timedelta(days=1))
        )
    platform = RateLimitedPlatform(rate, burst=rate / 10)
    print(f"(b) dispatch of {rows:,} alerts to a platform allowing {rate:.0f} messages/s")
    started = time.perf_counter()
    outcome = await drain_outbox(
        sessions, SystemClock(), {"telegram": platform}, rates={"telegram": rate}, budget_seconds=90
    )
    elapsed = time.perf_counter() - started
    achieved = platform.accepted / elapsed
    async with sessions() as session:
        left = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == PENDING, OutboxMessage.attempts > 0)
        )
    print(f"  sent {outcome[SENT]:,} in {elapsed:.2f} s   rows waiting to retry {left}")
    print(
        f"  achieved {achieved:.0f}/s of {rate:.0f}/s   ratio {achieved / rate:.3f}"
        "   (target >= 0.95)"
    )
    print(f"  429 answers {platform.rejected}   (target 0)")


async def _run(engine: AsyncEngine, travelers: int, dispatch: int, rate: float) -> None:
    await upgrade_schema(engine)
    sessions = make_sessionmaker(engine)
    started = time.perf_counter()
    inserted = await _seed(sessions, travelers, datetime.now(UTC).date())
    print(f"seeded {inserted:,} rows in {time.perf_counter() - started:.1f} s (not timed below)")
    await _fan_out(sessions, travelers)
    await _dispatch(sessions, dispatch, rate)


async def main(travelers: int, dispatch: int, rate: float) -> None:
    """Create a throwaway database, run both measurements, drop it."""
    import asyncpg  # noqa: PLC0415 - only here, directly

    try:
        admin = await asyncpg.connect(
            host=PG_HOST, port=PG_PORT, user="postgres", database="test", timeout=3
        )
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        print(f"SKIPPED: PostgreSQL not reachable on {PG_HOST}:{PG_PORT} ({type(exc).__name__})")
        return
    name = f"traveloure_bench_{secrets.token_hex(4)}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    engine = make_engine(f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}")
    try:
        await _run(engine, travelers, dispatch, rate)
    finally:
        await engine.dispose()
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--travelers", type=int, default=100_000)
    parser.add_argument("--dispatch", type=int, default=5_000)
    parser.add_argument("--rate", type=float, default=500.0)
    args = parser.parse_args()
    asyncio.run(main(args.travelers, args.dispatch, args.rate))

"""Trend digests: 09:00 on each traveler's own clock, outside quiet hours, once a day, only news."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

import pytest
from apscheduler.triggers.cron import CronTrigger

from core.services.audience import in_quiet_hours
from core.services.intel_items import parse_item
from core.services.intelligence import store_item
from core.storage.models import Traveler
from jobs import trend_digest
from jobs.context import JobContext
from jobs.trend_digest import run_trend_digest
from tests.fakes.clock import FakeClock
from tests.jobs.people import add_traveler, outbox

# 08:00 in Tokyo on the 23rd, 18:00 in Bogotá on the 22nd.
START = datetime(2026, 11, 22, 23, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def add(ctx: JobContext, market: str, intel_type: str, **data: Any) -> None:
    item = parse_item(intel_type, data)
    async with ctx.sessions() as session, session.begin():
        await store_item(session, ctx.clock, market, item)


async def kyoto_and_cartagena_news(ctx: JobContext) -> None:
    await add(ctx, "Kyoto", "event", name="Kaomise Kabuki", date="2026-11-29")
    await add(ctx, "Kyoto", "event", name="Gion Odori", date="2026-12-10")
    for name, score in (("Night walk", 90), ("Ramen alley", 80), ("Tea house", 70)):
        await add(ctx, "Kyoto", "trend", name=name, trend_score=score, description="Busy")
    await add(ctx, "Kyoto", "trend", name="Fourth place", trend_score=60)
    await add(ctx, "Cartagena", "event", name="Festival del Dulce", date="2026-11-24")


async def digest_keys(ctx: JobContext) -> list[str]:
    return [row.idempotency_key for row in await outbox(ctx) if row.kind == "digest"]


async def test_each_traveler_gets_it_at_their_own_nine_oclock_once_and_only_with_news(
    ctx: JobContext, clock: FakeClock
) -> None:
    tokyo = await add_traveler(ctx, "Kyoto", 6, timezone="Asia/Tokyo")  # 28th to 30th
    bogota = await add_traveler(ctx, "Cartagena", 0, days=4, timezone="America/Bogota")
    await kyoto_and_cartagena_news(ctx)

    assert await run_trend_digest(ctx) == 0  # 08:00 in Tokyo
    clock.advance(hours=1)  # 09:00 in Tokyo, 19:00 in Bogotá
    assert await run_trend_digest(ctx) == 1
    assert await digest_keys(ctx) == [f"digest:{tokyo}:2026-11-23"]
    row = (await outbox(ctx))[0]
    assert (row.traveler_id, row.template) == (tokyo, "digest")
    assert row.text.startswith("☀️ Your Kyoto update")
    assert "• Kaomise Kabuki (2026-11-29)" in row.text
    assert "Gion Odori" not in row.text  # after the trip
    assert row.text.index("Night walk") < row.text.index("Ramen alley") < row.text.index("Tea")
    assert "Fourth place" not in row.text
    assert row.template_variables["1"] == "Kyoto"
    async with ctx.sessions() as session:
        traveler = await session.get(Traveler, tokyo)
    assert traveler is not None
    assert traveler.last_digest_at == clock.now()

    assert await run_trend_digest(ctx) == 0  # nothing new since
    clock.advance(minutes=20)
    await add(ctx, "Kyoto", "trend", name="Maple tunnel", trend_score=95)
    assert await run_trend_digest(ctx) == 0  # new, but today's digest went out
    clock.advance(minutes=-20)

    clock.advance(hours=14)  # 09:00 in Bogotá, 23:00 in Tokyo
    assert await run_trend_digest(ctx) == 1
    assert (await digest_keys(ctx))[-1] == f"digest:{bogota}:2026-11-23"
    assert "Festival del Dulce (2026-11-24)" in (await outbox(ctx))[-1].text

    clock.advance(hours=10)  # 09:00 on the 24th in Tokyo: the maple tunnel is news
    assert await run_trend_digest(ctx) == 1
    assert (await digest_keys(ctx))[-1] == f"digest:{tokyo}:2026-11-24"
    assert "Maple tunnel" in (await outbox(ctx))[-1].text

    clock.advance(days=1)  # nothing new for anyone
    assert await run_trend_digest(ctx) == 0
    clock.advance(hours=14)
    assert await run_trend_digest(ctx) == 0


async def test_quiet_hours_hold_the_digest(ctx: JobContext, clock: FakeClock) -> None:
    sleeper = await add_traveler(ctx, "Kyoto", 6, timezone="Asia/Tokyo", quiet=("22:00", "09:30"))
    early = await add_traveler(ctx, "Kyoto", 6, timezone="Asia/Tokyo", quiet=("22:00", "08:00"))
    await kyoto_and_cartagena_news(ctx)
    clock.advance(hours=1)
    assert await run_trend_digest(ctx) == 1
    assert [row.traveler_id for row in await outbox(ctx)] == [early]
    assert sleeper != early


async def test_no_digest_for_far_trips_other_markets_or_an_empty_market(
    ctx: JobContext, clock: FakeClock
) -> None:
    await add_traveler(ctx, "Kyoto", 90, timezone="Asia/Tokyo")
    await add_traveler(ctx, "Porto", 6, timezone="Asia/Tokyo")
    await add_traveler(ctx, "Lisbon", 6, timezone="Asia/Tokyo")
    await kyoto_and_cartagena_news(ctx)
    clock.advance(hours=1)
    assert await run_trend_digest(ctx) == 0


async def test_spanish_digest(ctx: JobContext, clock: FakeClock) -> None:
    await add_traveler(ctx, "Cartagena", 0, days=4, timezone="America/Bogota", locale="es")
    await kyoto_and_cartagena_news(ctx)
    clock.advance(hours=15)
    assert await run_trend_digest(ctx) == 1
    text = (await outbox(ctx))[0].text
    assert text.startswith("☀️ Novedades de Cartagena\nDurante tu viaje:")


@pytest.mark.parametrize(
    ("quiet", "at", "inside"),
    [
        (("22:00", "08:00"), time(23, 30), True),
        (("22:00", "08:00"), time(7, 59), True),
        (("22:00", "08:00"), time(8, 0), False),
        (("22:00", "08:00"), time(9, 0), False),
        (("13:00", "15:00"), time(14, 0), True),
        (("13:00", "15:00"), time(9, 0), False),
        (("09:00", "09:00"), time(9, 0), False),
        (("late", "08:00"), time(7, 0), False),
        ((None, None), time(3, 0), False),
    ],
)
def test_quiet_hours(quiet: tuple[str | None, str | None], at: time, inside: bool) -> None:
    traveler = Traveler(quiet_start=quiet[0], quiet_end=quiet[1])
    assert in_quiet_hours(traveler, datetime.combine(START.date(), at)) is inside


def test_the_job_runs_on_the_hour() -> None:
    job = trend_digest.JOB
    assert job.name == "trend_digest"
    assert isinstance(job.trigger, CronTrigger)
    fire = job.trigger.get_next_fire_time(None, datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    assert fire == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert job.run is run_trend_digest

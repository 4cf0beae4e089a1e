"""The jobs honor push preferences: no alerts for who turned alerts off, no digests for who
turned digests off; every push ends with how to change it, in the traveler's language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from core.intents.push_preferences import read_change
from core.messages import msg, use_locale
from core.services.intel_items import parse_item
from core.services.intelligence import store_item
from core.storage.models import Traveler
from jobs.context import JobContext
from jobs.safety_alerts import run_safety_alerts
from jobs.trend_digest import run_trend_digest
from tests.fakes.clock import FakeClock
from tests.jobs.people import add_traveler, outbox

# 09:00 in UTC: digest time for travelers on UTC.
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


async def _turn_off(ctx: JobContext, traveler_id: str, **columns: bool) -> None:
    async with ctx.sessions() as session, session.begin():
        await session.execute(update(Traveler).where(Traveler.id == traveler_id).values(**columns))


async def _news(ctx: JobContext) -> None:
    async with ctx.sessions() as session, session.begin():
        await store_item(
            session,
            ctx.clock,
            "Kyoto",
            parse_item(
                "safety",
                {"type": "security", "severity": "critical", "description": "Gas leak in Gion."},
            ),
        )
        await store_item(
            session,
            ctx.clock,
            "Kyoto",
            parse_item("event", {"name": "Kabuki", "date": "2026-11-24"}),
        )


async def test_alerts_skip_travelers_who_turned_them_off(ctx: JobContext) -> None:
    keeps = await add_traveler(ctx, "Kyoto", 1)
    stopped = await add_traveler(ctx, "Kyoto", 1, locale="es")
    await _turn_off(ctx, stopped, alerts_enabled=False)
    await _news(ctx)
    assert await run_safety_alerts(ctx) == 1
    assert [row.traveler_id for row in await outbox(ctx)] == [keeps]


async def test_digests_skip_travelers_who_turned_them_off(ctx: JobContext) -> None:
    keeps = await add_traveler(ctx, "Kyoto", 1)
    stopped = await add_traveler(ctx, "Kyoto", 1)
    await _turn_off(ctx, stopped, digests_enabled=False)
    await _news(ctx)
    assert await run_trend_digest(ctx) == 1
    digests = [row for row in await outbox(ctx) if row.kind == "digest"]
    assert [row.traveler_id for row in digests] == [keeps]


@pytest.mark.parametrize("locale", ["en", "es", "pt"])
async def test_every_push_ends_with_how_to_change_it(ctx: JobContext, locale: str) -> None:
    await add_traveler(ctx, "Kyoto", 1, locale=locale)
    await _news(ctx)
    await run_safety_alerts(ctx)
    await run_trend_digest(ctx)
    rows = await outbox(ctx)
    assert {row.kind for row in rows} == {"alert", "digest"}
    with use_locale(locale):
        hint = msg("push_hint")
    for row in rows:
        assert row.text.endswith(hint)
        last_line = row.text.splitlines()[-1]
        assert all(read_change(p) is not None for p in last_line.split('"')[1::2])

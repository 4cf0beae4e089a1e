"""Safety alerts: who gets one (trip within 60 days or under way), once, in their language."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from apscheduler.triggers.interval import IntervalTrigger

from core.services.alerts import alert_travelers, queue_test_alert
from core.services.intel_items import parse_item
from core.services.intelligence import store_item
from core.services.outbox import HIGH_PRIORITY
from jobs import safety_alerts
from jobs.context import JobContext
from jobs.safety_alerts import run_safety_alerts
from tests.fakes.clock import FakeClock
from tests.jobs.people import add_traveler, add_trip, outbox

GAS_LEAK = {
    "type": "security",
    "severity": "critical",
    "description": "Police cordon around Gion after a gas leak; avoid Shijo-dori.",
    "areas_affected": ["Gion", "Higashiyama"],
}


async def add_intel(ctx: JobContext, market: str = "Kyoto", **data: Any) -> int:
    item = parse_item("safety", {**GAS_LEAK, **data})
    async with ctx.sessions() as session, session.begin():
        return (await store_item(session, ctx.clock, market, item)).id


async def test_travelers_with_trips_soon_or_under_way_are_alerted_once(
    ctx: JobContext,
) -> None:
    soon = await add_traveler(ctx, "Kyoto", 10)
    on_the_way = await add_traveler(ctx, "kyoto, Japan", -2, days=5)
    last_day = await add_traveler(ctx, "KYOTO", -2, days=3)
    day_60 = await add_traveler(ctx, "Kyoto", 60)
    await add_traveler(ctx, "Kyoto", 61)
    await add_traveler(ctx, "Kyoto", 90)
    await add_traveler(ctx, "Kyoto", -3, days=3)  # ended yesterday
    await add_traveler(ctx, "Kyoto", None)  # no dates yet
    await add_traveler(ctx, "Porto", 10)
    intel_id = await add_intel(ctx)

    assert await run_safety_alerts(ctx) == 4
    rows = await outbox(ctx)
    assert sorted(row.idempotency_key for row in rows) == sorted(
        f"alert:{intel_id}:{who}" for who in (soon, on_the_way, last_day, day_60)
    )
    assert {(row.kind, row.priority, row.template) for row in rows} == {
        ("alert", HIGH_PRIORITY, "safety_alert")
    }
    assert rows[0].template_variables == {"1": "Kyoto", "2": GAS_LEAK["description"]}
    assert rows[0].next_attempt_at == ctx.clock.now()  # no quiet-hours delay

    assert await run_safety_alerts(ctx) == 0
    assert len(await outbox(ctx)) == 4


async def test_travelers_who_cannot_be_reached_get_no_row(ctx: JobContext) -> None:
    reachable = await add_traveler(ctx, "Kyoto", 3)
    await add_traveler(ctx, "Kyoto", 3, opted_out=True)
    await add_traveler(ctx, "Kyoto", 3, chat=False)
    await add_intel(ctx)
    assert await run_safety_alerts(ctx) == 1
    assert [row.traveler_id for row in await outbox(ctx)] == [reachable]


async def test_a_trip_entering_the_window_is_alerted_later(
    ctx: JobContext, clock: FakeClock
) -> None:
    later = await add_traveler(ctx, "Kyoto", 62)
    await add_intel(ctx)
    assert await run_safety_alerts(ctx) == 0
    clock.advance(days=2)
    assert await run_safety_alerts(ctx) == 1
    assert (await outbox(ctx))[0].traveler_id == later


async def test_only_unexpired_critical_or_high_items_alert(
    ctx: JobContext, clock: FakeClock
) -> None:
    await add_traveler(ctx, "Bogota", 5)
    await add_intel(ctx, "Bogotá", severity="medium", description="Rain")
    await add_intel(ctx, "Bogotá", severity="low", description="Drizzle")
    await add_intel(ctx, "Bogotá", description="Old", valid_until="2026-11-20")
    high = await add_intel(ctx, "Bogotá", severity="high", valid_until="2026-11-24")
    assert await run_safety_alerts(ctx) == 1
    clock.advance(days=2)
    await add_traveler(ctx, "Bogotá", 5)
    assert await run_safety_alerts(ctx) == 0  # the high item has expired
    assert await alert_travelers_now(ctx, high) == 0


async def alert_travelers_now(ctx: JobContext, intel_id: int) -> int:
    async with ctx.sessions() as session, session.begin():
        return await alert_travelers(session, ctx.clock, intel_id)


async def test_one_alert_per_traveler_even_with_two_trips(ctx: JobContext) -> None:
    traveler = await add_traveler(ctx, "Kyoto", 3)
    await add_trip(ctx, traveler, "Kyoto", 30)
    intel_id = await add_intel(ctx)
    assert await alert_travelers_now(ctx, intel_id) == 1
    assert await alert_travelers_now(ctx, 999) == 0


async def test_alert_text_speaks_the_travelers_language(ctx: JobContext) -> None:
    spanish = await add_traveler(ctx, "Kyoto", 3, locale="es-CO")
    portuguese = await add_traveler(ctx, "Kyoto", 3, locale="pt_BR")
    japanese = await add_traveler(ctx, "Kyoto", 3, locale="ja")
    await add_intel(ctx)
    await run_safety_alerts(ctx)
    by_traveler = {row.traveler_id: row.text for row in await outbox(ctx)}
    texts = [by_traveler[spanish], by_traveler[portuguese], by_traveler[japanese]]
    assert texts[0].startswith("⚠️ Alerta de seguridad para Kyoto: Police cordon")
    assert "Zonas afectadas: Gion, Higashiyama" in texts[0]
    assert texts[1].startswith("⚠️ Alerta de segurança para Kyoto:")
    assert texts[2].startswith("⚠️ Safety alert for Kyoto:")
    assert "Areas affected: Gion, Higashiyama" in texts[2]


async def test_alerts_ignore_quiet_hours(ctx: JobContext) -> None:
    await add_traveler(ctx, "Kyoto", 3, timezone="Asia/Tokyo", quiet=("00:00", "23:59"))
    await add_intel(ctx)
    assert await run_safety_alerts(ctx) == 1


async def test_the_job_runs_every_five_minutes() -> None:
    job = safety_alerts.JOB
    assert job.name == "safety_alerts"
    assert isinstance(job.trigger, IntervalTrigger)
    assert job.trigger.interval.total_seconds() == 300
    assert job.run is run_safety_alerts


async def send_test_alert(ctx: JobContext, traveler_id: str) -> bool:
    async with ctx.sessions() as session, session.begin():
        return await queue_test_alert(session, ctx.clock, traveler_id)


async def test_send_test_alert_queues_a_test_push(ctx: JobContext, clock: FakeClock) -> None:
    traveler = await add_traveler(ctx, "Porto", None, locale="pt-PT")
    assert await send_test_alert(ctx, traveler) is True
    clock.advance(seconds=1)
    assert await send_test_alert(ctx, traveler) is True
    assert await send_test_alert(ctx, "nobody") is False
    rows = await outbox(ctx)
    stamp = int(datetime(2026, 11, 23, 9, 0, tzinfo=UTC).timestamp())
    assert [row.idempotency_key for row in rows] == [
        f"test:{traveler}:{stamp}",
        f"test:{traveler}:{stamp + 1}",
    ]
    assert rows[0].kind == "test"
    assert rows[0].text.startswith("🔔 Alerta de teste")

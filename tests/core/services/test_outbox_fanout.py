"""Set-based alert fan-out: who is affected, one row each, re-running writes nothing."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.services.outbox import HIGH_PRIORITY, PENDING
from core.services.outbox_fanout import fan_out_alert, market_names
from core.storage.models import Itinerary
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, add_traveler, outbox_rows

Sessions = async_sessionmaker[AsyncSession]


async def _trip(
    session: AsyncSession,
    clock: FakeClock,
    destination: str,
    starts_in_days: int,
    days: int = 3,
    chats: tuple[Chat, ...] = (Chat("telegram", "1"),),
) -> str:
    traveler = await add_traveler(session, clock, chats)
    session.add(
        Itinerary(
            id=secrets.token_hex(8),
            user_id=traveler,
            destination=destination,
            start_date=clock.now().date() + timedelta(days=starts_in_days),
            version=1,
            days=[{"day": n, "nodes": []} for n in range(1, days + 1)],
            created_at=clock.now(),
            updated_at=clock.now(),
        )
    )
    await session.flush()
    return traveler


def test_market_names_include_the_accentless_spelling() -> None:
    assert market_names("Bogotá") == ["bogota", "bogotá"]
    assert market_names("Kyoto") == ["kyoto"]


async def test_affected_travelers_get_one_high_priority_alert_each(
    sessions: Sessions, clock: FakeClock
) -> None:
    async with sessions() as session, session.begin():
        soon = await _trip(session, clock, "Kyoto", 10)
        under_way = await _trip(session, clock, "kyoto, Japan", -2, days=5)
        last_day_today = await _trip(session, clock, "KYOTO", -2, days=3)
        await _trip(session, clock, "Kyoto", -5, days=3)  # over
        await _trip(session, clock, "Kyoto", 61)  # too far out
        await _trip(session, clock, "Kyoto", 5, chats=(Chat("telegram", "2", opted_out=True),))
        await _trip(session, clock, "Kyoto", 5, chats=())  # no chat to reach them on
        await _trip(session, clock, "Kyoto Prefecture", 5)  # another destination
        await _trip(session, clock, "Porto", 5)
        # Opted out on one chat only: still reachable on the other.
        both = await _trip(
            session,
            clock,
            "Kyoto",
            30,
            chats=(Chat("whatsapp", "+81", opted_out=True), Chat("telegram", "3")),
        )
    async with sessions() as session, session.begin():
        written = await fan_out_alert(
            session,
            clock,
            market="Kyoto",
            intel_id=42,
            text="Typhoon warning: stay indoors tonight.",
            template_variables={"1": "Kyoto", "2": "Typhoon warning"},
        )
    assert written == 4
    rows = await outbox_rows(sessions)
    assert {row.traveler_id for row in rows} == {soon, under_way, last_day_today, both}
    row = next(r for r in rows if r.traveler_id == soon)
    assert row.idempotency_key == f"alert:42:{soon}"
    assert (row.kind, row.priority, row.template, row.status) == (
        "alert",
        HIGH_PRIORITY,
        "safety_alert",
        PENDING,
    )
    assert row.template_variables == {"1": "Kyoto", "2": "Typhoon warning"}
    assert row.text == "Typhoon warning: stay indoors tonight."
    assert row.next_attempt_at == clock.now()
    async with sessions() as session, session.begin():
        again = await fan_out_alert(
            session, clock, market="Kyoto", intel_id=42, text="x", template_variables={}
        )
    assert again == 0
    assert len(await outbox_rows(sessions)) == 4


async def test_markets_match_with_and_without_accents(sessions: Sessions, clock: FakeClock) -> None:
    async with sessions() as session, session.begin():
        expected = {
            await _trip(session, clock, "Bogotá", 3),
            await _trip(session, clock, "bogota", 3),
            await _trip(session, clock, "Bogota, Colombia", 3),
        }
        await _trip(session, clock, "Cartagena", 3)
    async with sessions() as session, session.begin():
        written = await fan_out_alert(
            session, clock, market="Bogotá", intel_id=7, text="Protests", template_variables={}
        )
    assert written == 3
    assert {row.traveler_id for row in await outbox_rows(sessions)} == expected

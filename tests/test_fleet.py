"""A fleet on one PostgreSQL database: real server and worker processes, a fake Telegram.

Two `python -m bots serve` processes stand behind an imaginary load balancer: any of them may
get any request, and a platform may deliver the same update to both. Two `python -m jobs`
workers share the outbox and elect one scheduler leader.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from websockets.asyncio.client import connect

from adapters.telegram.signature import SECRET_HEADER
from core.clock import SystemClock
from core.services.outbox import HIGH_PRIORITY, SENT, enqueue_push
from core.services.outbox_drain import CONCURRENCY
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from core.storage.models import ChannelIdentity, OutboxMessage, Traveler
from jobs.scheduler import ELECTION_SECONDS
from tests.fakes.http_server import serve
from tests.fakes.postgres import throwaway_database
from tests.fakes.processes import ServiceProcess, WebProcess, free_port, worker
from tests.fakes.telegram import TOKEN, TRAVELER, WEBHOOK_SECRET, FakeTelegram

pytestmark = pytest.mark.postgres

LEADS = "this process now leads the scheduled jobs"


@pytest.fixture
async def database() -> AsyncIterator[str]:
    async with throwaway_database() as url:
        yield url


@pytest.fixture
def telegram() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def telegram_env(telegram: FakeTelegram, database: str) -> AsyncIterator[dict[str, str]]:
    """What every process of the fleet is configured with: the database and the fake Telegram."""
    async with serve(telegram.handle, "telegram.test") as origin:
        yield {
            "DATABASE_URL": database,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "TELEGRAM_API_BASE_URL": origin,
        }


@pytest.fixture
def processes() -> Iterator[list[ServiceProcess]]:
    started: list[ServiceProcess] = []
    yield started
    for process in started:
        process.stop()


@pytest.fixture
async def two_servers(
    telegram_env: dict[str, str], tmp_path: Path, processes: list[ServiceProcess]
) -> tuple[WebProcess, WebProcess]:
    # Both start at once and both upgrade the empty database: they must take turns.
    one, two = (
        WebProcess("web-1", telegram_env, tmp_path),
        WebProcess("web-2", telegram_env, tmp_path),
    )
    processes.extend([one, two])
    await asyncio.gather(one.wait_ready(), two.wait_ready())
    return one, two


async def until(condition: Any, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def test_cards_shown_by_one_server_are_answered_through_the_other(
    two_servers: tuple[WebProcess, WebProcess],
) -> None:
    one, two = two_servers
    async with httpx.AsyncClient(timeout=10) as http:
        session = (await http.post(f"{one.base_url}/api/v1/demo/session")).json()
        headers = {"Authorization": f"Bearer {session['token']}"}
        chat = f"/api/v1/itineraries/{session['itineraryId']}/chat"

        cards = (
            await http.post(
                f"{one.base_url}{chat}",
                json={"text": "add a sushi place on day 2"},
                headers=headers,
            )
        ).json()
        assert cards["type"] == "NEEDS_SELECTION"
        prompt_id = cards["metadata"]["promptId"]

        # The web chat's events socket is held by the first server...
        socket_url = (
            f"ws://127.0.0.1:{one.port}/api/v1/itineraries/{session['itineraryId']}/events"
            f"?token={session['token']}"
        )
        async with connect(socket_url) as socket:
            await asyncio.sleep(0.5)  # the subscription is in place once the socket is accepted
            # ...while the answer to its cards goes through the second.
            done = (
                await http.post(
                    f"{two.base_url}{chat}", json={"text": "the second one"}, headers=headers
                )
            ).json()
            assert done["type"] == "COMPLETE", done
            assert done["data"]["toVersion"] == 2
            event = json.loads(await asyncio.wait_for(socket.recv(), 10))
            assert event == {"event": "itinerary.updated", "version": 2}

        # A late tap on the first server's cards finds the prompt answered: nothing twice.
        late = (
            await http.post(
                f"{one.base_url}{chat}",
                json={"selectedIndex": 0, "promptId": prompt_id},
                headers=headers,
            )
        ).json()
        assert late["type"] == "ERROR"
        itinerary = (
            await http.get(
                f"{one.base_url}/api/v1/itineraries/{session['itineraryId']}", headers=headers
            )
        ).json()
        assert itinerary["version"] == 2
        day_two = [node["title"] for node in itinerary["days"][1]["nodes"]]
        assert day_two.count("Sushi Zen") == 1


async def _deliver_to_both(
    http: httpx.AsyncClient, servers: tuple[WebProcess, WebProcess], update: dict[str, Any]
) -> None:
    headers = {"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}
    answers = await asyncio.gather(
        *(
            http.post(
                f"{server.base_url}/webhooks/telegram", content=json.dumps(update), headers=headers
            )
            for server in servers
        )
    )
    assert [answer.status_code for answer in answers] == [200, 200]


def _sent_texts(telegram: FakeTelegram) -> list[str]:
    return [
        body["text"] for body in telegram.bodies("sendMessage") if body["chat_id"] == TRAVELER["id"]
    ]


async def test_one_delivery_sent_to_both_servers_is_processed_once(
    two_servers: tuple[WebProcess, WebProcess], telegram: FakeTelegram
) -> None:
    async with httpx.AsyncClient(timeout=10) as http:
        await _deliver_to_both(
            http, two_servers, telegram.text_update("add a sushi place on day 2")
        )
        await until(telegram.keyboard_messages, 20, "the cards")
        await asyncio.sleep(1.0)  # time for a second (wrong) answer to show up
        [cards] = telegram.keyboard_messages()
        assert len(_sent_texts(telegram)) == 2  # the welcome of a new chat, then the cards

        await _deliver_to_both(http, two_servers, telegram.tap(cards, 1))
        await until(lambda: any("Added" in t for t in _sent_texts(telegram)), 20, "the edit")
        await asyncio.sleep(1.0)
        added = [text for text in _sent_texts(telegram) if text.startswith("Added")]
        assert added == ["Added Sushi Zen to day 2 for lunch ✅"]
        assert len(telegram.bodies("answerCallbackQuery")) == 1

        duplicates = 0.0
        for server in two_servers:
            text = (await http.get(f"{server.base_url}/metrics")).text
            for match in re.finditer(
                r'^traveloure_inbox_duplicates_total\{channel="telegram"\} (\S+)$',
                text,
                re.MULTILINE,
            ):
                duplicates += float(match.group(1))
        assert duplicates == 2  # the update and the tap, each dropped once


async def _seed_pushes(database: str, count: int) -> None:
    """`count` travelers with a Telegram chat each and one due alert each."""
    engine = make_engine(database)
    await upgrade_schema(engine)
    sessions = make_sessionmaker(engine)
    clock = SystemClock()
    try:
        async with sessions() as session, session.begin():
            ids = [secrets.token_hex(16) for _ in range(count)]
            session.add_all(
                Traveler(id=i, name="T", token_hash=secrets.token_hex(32), created_at=clock.now())
                for i in ids
            )
            await session.flush()
            session.add_all(
                ChannelIdentity(
                    channel="telegram",
                    external_user_id=str(10_000 + n),
                    chat_id=str(10_000 + n),
                    traveler_id=traveler,
                    created_at=clock.now(),
                )
                for n, traveler in enumerate(ids)
            )
            for traveler in ids:
                await enqueue_push(
                    session,
                    clock,
                    key=f"alert:fleet:{traveler}",
                    traveler_id=traveler,
                    kind="alert",
                    text="Typhoon warning for Kyoto",
                    priority=HIGH_PRIORITY,
                )
    finally:
        await engine.dispose()


async def _statuses(database: str) -> Counter[str]:
    engine = make_engine(database)
    try:
        async with make_sessionmaker(engine)() as session:
            return Counter(await session.scalars(select(OutboxMessage.status)))
    finally:
        await engine.dispose()


def _sent_by(process: ServiceProcess) -> int:
    total = 0
    for line in process.said("outbox dispatch:"):
        if match := re.search(r"'sent': (\d+)", line["message"]):
            total += int(match.group(1))
    return total


async def test_two_workers_share_the_outbox_and_never_send_a_message_twice(
    telegram_env: dict[str, str],
    database: str,
    telegram: FakeTelegram,
    tmp_path: Path,
    processes: list[ServiceProcess],
) -> None:
    rows = 150
    await _seed_pushes(database, rows)
    ports = [free_port(), free_port()]
    workers = [
        worker(f"worker-{n}", {**telegram_env, "METRICS_PORT": str(port)}, tmp_path)
        for n, port in enumerate(ports, start=1)
    ]
    processes.extend(workers)

    deadline = time.monotonic() + 60
    while (sent := (await _statuses(database))[SENT]) < rows:
        assert time.monotonic() < deadline, f"only {sent} of {rows} sent"
        await asyncio.sleep(0.25)
    await asyncio.sleep(1.0)  # a duplicate, if any, would arrive now
    per_chat = Counter(body["chat_id"] for body in telegram.bodies("sendMessage"))
    assert len(per_chat) == rows
    assert set(per_chat.values()) == {1}
    shares = [_sent_by(process) for process in workers]
    assert sum(shares) == rows
    assert all(share > 0 for share in shares), shares  # both took part
    # Each worker serves its own /metrics: together they count every push once.
    counted = 0.0
    async with httpx.AsyncClient(timeout=5) as http:
        for port in ports:
            text = (await http.get(f"http://127.0.0.1:{port}/metrics")).text
            pushes = re.search(
                r'^traveloure_sends_total\{channel="telegram",kind="push",result="sent"\} (\S+)$',
                text,
                re.MULTILINE,
            )
            assert pushes is not None, text[:2000]
            counted += float(pushes.group(1))
    assert counted == rows


async def test_a_worker_killed_mid_send_loses_nothing_and_repeats_at_most_its_in_flight_rows(
    telegram_env: dict[str, str],
    database: str,
    telegram: FakeTelegram,
    tmp_path: Path,
    processes: list[ServiceProcess],
) -> None:
    rows = 300  # at the dispatcher's 25 Telegram messages a second: about 12 s of sending
    await _seed_pushes(database, rows)
    first = worker("worker-killed", telegram_env, tmp_path)
    processes.append(first)
    await until(lambda: len(telegram.bodies("sendMessage")) >= 60, 60, "sending under way")
    first.kill()  # SIGKILL mid-batch: no chance to record what it had in flight
    sent_before_kill = len(telegram.bodies("sendMessage"))
    assert sent_before_kill < rows

    second = worker("worker-after", telegram_env, tmp_path)
    processes.append(second)
    # Rows the dead worker had leased come back when their 60 s lease runs out.
    deadline = time.monotonic() + 150
    while (sent := (await _statuses(database))[SENT]) < rows:
        assert time.monotonic() < deadline, f"only {sent} of {rows} sent"
        await asyncio.sleep(0.5)
    await asyncio.sleep(1.0)
    per_chat = Counter(body["chat_id"] for body in telegram.bodies("sendMessage"))
    assert len(per_chat) == rows  # nothing lost
    repeated = sum(count - 1 for count in per_chat.values())
    # At least once: only rows in flight at the kill (at most the dispatcher's concurrency) may
    # go out twice, as the README promises.
    assert repeated <= CONCURRENCY, per_chat.most_common(5)


async def test_exactly_one_worker_leads_and_another_takes_over_within_a_minute(
    telegram_env: dict[str, str], tmp_path: Path, processes: list[ServiceProcess]
) -> None:
    workers = [worker(f"worker-{n}", telegram_env, tmp_path) for n in (1, 2, 3)]
    processes.extend(workers)
    await asyncio.gather(*(w.wait_for_log("Scheduler started", 60) for w in workers))
    await until(lambda: any(w.said(LEADS) for w in workers), 30, "a leader")
    await asyncio.sleep(ELECTION_SECONDS + 2)  # an election round: nobody else may lead
    leaders = [w for w in workers if w.said(LEADS)]
    assert len(leaders) == 1
    [leader] = leaders

    leader.kill()  # no clean shutdown: its database session just ends
    killed_at = time.monotonic()
    followers = [w for w in workers if w is not leader]
    await until(lambda: any(w.said(LEADS) for w in followers), 60, "a new leader")
    assert time.monotonic() - killed_at < 60
    await asyncio.sleep(ELECTION_SECONDS + 2)
    assert len([w for w in followers if w.said(LEADS)]) == 1

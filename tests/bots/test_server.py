"""`bots serve` for real: slow clients are cut off, connections are capped, a client that
walks away is not an error (bots/server.py, the ClientDisconnect handler in bots/errors.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import websockets

from tests.fakes.processes import WebProcess

WEBHOOK_SECRET = "server-test-webhook-secret"
TIMEOUT = 1.0
CAP = 30


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebProcess]:
    """A real `bots serve` with one-second head and body deadlines and a cap of 30."""
    tmp: Path = tmp_path_factory.mktemp("server")
    process = WebProcess(
        "edges-web",
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp / 'server.db'}",
            "SERVER_HEADER_TIMEOUT_SECONDS": str(TIMEOUT),
            "SERVER_BODY_TIMEOUT_SECONDS": str(TIMEOUT),
            "SERVER_MAX_CONNECTIONS": str(CAP),
            "TELEGRAM_BOT_TOKEN": "123456:server-test-bot-token",
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9",
        },
        tmp,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.process.poll() is None, process.log_path.read_text()
            try:
                if httpx.get(f"{process.base_url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, process.log_path.read_text()
            time.sleep(0.1)
        yield process
    finally:
        process.stop()


async def _open(server: WebProcess) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection("127.0.0.1", server.port)


async def _answer(reader: asyncio.StreamReader, within: float) -> bytes:
    """Everything the server sends until it closes the connection."""
    return await asyncio.wait_for(reader.read(), within)


async def test_a_slow_head_is_cut_off_with_408(server: WebProcess) -> None:
    reader, writer = await _open(server)
    started = time.monotonic()
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")

    async def dribble() -> None:
        for _ in range(50):  # a header byte every 0.1 s: 5 s if nobody stops it
            await asyncio.sleep(0.1)
            writer.write(b"X")
            await writer.drain()

    dribbler = asyncio.create_task(dribble())
    try:
        answer = await _answer(reader, within=TIMEOUT + 3)
    finally:
        dribbler.cancel()
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert time.monotonic() - started < TIMEOUT + 1.5


async def test_a_connection_that_never_speaks_is_closed(server: WebProcess) -> None:
    reader, writer = await _open(server)
    try:
        answer = await _answer(reader, within=TIMEOUT + 3)
    finally:
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer


async def test_a_slow_body_is_cut_off_and_an_abandoned_one_is_not_an_error(
    server: WebProcess,
) -> None:
    head = (
        "POST /webhooks/telegram HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\n"
        f"x-telegram-bot-api-secret-token: {WEBHOOK_SECRET}\r\ncontent-length: 500\r\n\r\n"
    ).encode()
    # One client stops sending half-way and waits; another hangs up half-way.
    slow_reader, slow = await _open(server)
    slow.write(head + b'{"update_id": 1')
    _, gone = await _open(server)
    gone.write(head + b'{"update_id": 2')
    await gone.drain()
    await asyncio.sleep(0.2)
    gone.close()
    try:
        answer = await _answer(slow_reader, within=TIMEOUT + 3)
    finally:
        slow.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer
    await asyncio.sleep(0.5)  # let the server log whatever it logs
    problems = [line for line in server.lines() if line["level"] in {"ERROR", "CRITICAL"}]
    assert problems == []
    assert server.said("client went away")


async def test_connections_beyond_the_cap_get_503_at_once(server: WebProcess) -> None:
    await asyncio.sleep(TIMEOUT + 0.5)  # earlier tests' connections are gone
    held = [await _open(server) for _ in range(CAP)]
    try:
        await asyncio.sleep(0.2)
        reader, writer = await _open(server)
        answer = await _answer(reader, within=1)
        writer.close()
        assert answer.startswith(b"HTTP/1.1 503"), answer
    finally:
        for _, held_writer in held:
            held_writer.close()
    await asyncio.sleep(0.3)
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        assert (await client.get("/healthz")).status_code == 200


async def test_ordinary_requests_and_keep_alive_still_work(server: WebProcess) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        for _ in range(3):
            assert (await client.get("/healthz")).status_code == 200
            await asyncio.sleep(TIMEOUT / 2)
        big = await client.post(
            "/webhooks/telegram",
            content=b"x" * 200_000,
            headers={"x-telegram-bot-api-secret-token": "wrong"},
        )
        assert big.status_code == 401  # read whole within the deadline, then refused


async def _demo(server: WebProcess) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        session: dict[str, str] = (await client.post("/api/v1/demo/session")).json()
        return session


@pytest.mark.parametrize("token", ["", "wrong", "other"])
async def test_a_refused_events_socket_closes_with_4403_not_http_403(
    server: WebProcess, token: str
) -> None:
    mine, other = await _demo(server), await _demo(server)
    value = other["token"] if token == "other" else token
    url = f"ws://127.0.0.1:{server.port}/api/v1/itineraries/{mine['itineraryId']}/events"
    async with websockets.connect(f"{url}?token={value}") as socket:
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), 5)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4403


async def test_a_token_under_a_percent_encoded_name_never_reaches_the_log(
    server: WebProcess,
) -> None:
    mine = await _demo(server)
    url = f"ws://127.0.0.1:{server.port}/api/v1/itineraries/{mine['itineraryId']}/events"
    async with websockets.connect(f"{url}?tok%65n={mine['token']}") as socket:
        await socket.ping()
    await asyncio.sleep(0.5)
    log = server.log_path.read_text()
    assert "events?tok%65n=[redacted]" in log  # uvicorn did log the path, scrubbed
    assert mine["token"] not in log

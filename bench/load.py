"""PRD §15 load: 100 concurrent chats and 500 open event sockets on one web process, no errors.

One uvicorn process of the app (SQLite, or BENCH_DATABASE_URL; demo mode). Each chat is its
own demo traveler running the edit cycle of bench.servers.EDIT_CYCLE (search → select a card →
read the day → undo) as fast as its answers come back. The event sockets
(`WS /api/v1/itineraries/{id}/events`) are spread over the chats' trips, so every applied
change is pushed to several of them. Everything is held for `--seconds`; then every socket must
still be open and answer a ping.

Errors are: a chat answer that is not HTTP 200 or not the type its step expects (an ERROR
among them), a transport failure, a socket that fails to open, closes early, is not open at
the end or does not answer the final ping, and any warning or error line the server logs.
The bare FastAPI echo, driven by as many concurrent clients just before, is the yardstick.

    .venv/bin/python -m bench.load [--chats 100] [--sockets 500] [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.protocol import State

from bench.servers import (
    EDIT_CYCLE,
    DemoSession,
    Server,
    bench_env,
    database_name,
    edit_turn,
    http_client,
    machine,
    new_session,
    percentile,
    raise_fd_limit,
    serving,
)

CONNECT_AT_ONCE = 50  # sockets opening at the same time (a crowd, not a stampede)
PING_TIMEOUT = 10.0  # seconds a socket may take to answer the final ping
PROGRESS_EVERY = 10.0  # seconds between progress lines
FLAT_MB = 10.0  # RSS growth over the last two thirds of the hold that still counts as flat


@dataclass
class Tally:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    events: Counter[int] = field(default_factory=Counter)  # events received, by socket index
    closing: bool = False  # set before the benchmark closes its own sockets


async def _chat_worker(
    client: aiohttp.ClientSession, session: DemoSession, deadline: float, tally: Tally
) -> None:
    step = 0
    while time.monotonic() < deadline:
        step, elapsed = await edit_turn(client, session, step, tally.errors)
        if elapsed is not None:
            tally.latencies.append(elapsed)


async def _warm(client: aiohttp.ClientSession, session: DemoSession) -> None:
    for body, _expected in EDIT_CYCLE:
        async with client.post(session.chat_path, json=body, headers=session.headers) as answer:
            await answer.read()


async def _open_socket(url: str, gate: asyncio.Semaphore, tally: Tally) -> ClientConnection | None:
    async with gate:
        try:
            # proxy=None: loopback only, whatever the environment says about proxies.
            return await connect(url, proxy=None, open_timeout=30)
        except InvalidStatus as exc:
            tally.errors[f"socket refused: HTTP {exc.response.status_code}"] += 1
        except (OSError, InvalidHandshake, TimeoutError) as exc:
            tally.errors[f"socket open failed: {type(exc).__name__}"] += 1
        return None


async def _read_socket(socket: ClientConnection, index: int, tally: Tally) -> None:
    try:
        async for _message in socket:
            tally.events[index] += 1
    except ConnectionClosed:
        pass
    if not tally.closing:
        tally.errors[f"socket dropped: code {socket.close_code} {socket.close_reason}"] += 1


async def _answers_ping(socket: ClientConnection) -> bool:
    try:
        pong = await socket.ping()
        await asyncio.wait_for(pong, PING_TIMEOUT)
    except (ConnectionClosed, TimeoutError):
        return False
    return True


async def _echo_baseline(base: str, clients: int, seconds: float) -> tuple[float, list[float]]:
    """The echo driven by `clients` concurrent loops for `seconds`: req/s and latencies."""
    latencies: list[float] = []
    async with http_client(base, clients) as client:

        async def loop(deadline: float) -> None:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                async with client.post("/echo", json=EDIT_CYCLE[1][0]) as response:
                    await response.read()
                response.raise_for_status()
                latencies.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(loop(time.monotonic() + 0.5) for _ in range(clients)))  # warm
        latencies.clear()
        started = time.monotonic()
        await asyncio.gather(*(loop(started + seconds) for _ in range(clients)))
        elapsed = time.monotonic() - started
    return len(latencies) / elapsed, latencies


async def _progress(
    chat: Server, started: float, tally: Tally, sockets: list[ClientConnection]
) -> None:
    while True:
        await asyncio.sleep(PROGRESS_EVERY)
        open_now = sum(s.state is State.OPEN for s in sockets)
        print(
            f"  … {time.monotonic() - started:4.0f} s   turns {len(tally.latencies)}"
            f"   errors {sum(tally.errors.values())}   sockets open {open_now}"
            f"   server RSS {chat.rss_mb():.1f} MB",
            flush=True,
        )


def _print_memory(start: float, with_sockets: float, third: float, end: float) -> None:
    print(
        f"  server RSS start {start:.1f} MB   with sockets {with_sockets:.1f} MB"
        f"   a third in {third:.1f} MB   end {end:.1f} MB"
    )
    growth = end - third
    flat = "met" if growth < FLAT_MB else "MISSED"
    print(
        f"  memory growth over the last two thirds {growth:+.1f} MB"
        f"   (target flat, under {FLAT_MB:g} MB: {flat})"
    )


async def _rss_after(chat: Server, seconds: float) -> float:
    await asyncio.sleep(seconds)
    return chat.rss_mb()


async def measure(
    chat: Server, echo: Server, chats: int, sockets: int, seconds: float, echo_seconds: float
) -> int:
    """Run the load against `chat`, print the figures; the number of errors."""
    echo_rps, echo_latencies = await _echo_baseline(echo.base, chats, echo_seconds)
    tally = Tally()
    async with http_client(chat.base, chats) as client:
        sessions = [await new_session(client) for _ in range(chats)]
        # One cycle per trip first, outside the hold: imports, caches, the first searches.
        await asyncio.gather(*(_warm(client, s) for s in sessions))
        rss_start = chat.rss_mb()

        gate = asyncio.Semaphore(CONNECT_AT_ONCE)
        opened = await asyncio.gather(
            *(
                _open_socket(sessions[n % chats].events_url(chat.ws_base), gate, tally)
                for n in range(sockets)
            )
        )
        live = [s for s in opened if s is not None]
        readers = [asyncio.create_task(_read_socket(s, n, tally)) for n, s in enumerate(live)]
        rss_sockets = chat.rss_mb()

        started = time.monotonic()
        progress = asyncio.create_task(_progress(chat, started, tally, live))
        # Memory is read again a third into the hold, once caches and buffers have grown to
        # their working size: from there to the end it must stay flat.
        rss_warm = asyncio.create_task(_rss_after(chat, seconds / 3))
        await asyncio.gather(*(_chat_worker(client, s, started + seconds, tally) for s in sessions))
        elapsed = time.monotonic() - started
        progress.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await progress
        rss_end = chat.rss_mb()
        rss_third = await rss_warm

        open_at_end = sum(s.state is State.OPEN for s in live)
        stuck = sum(
            s.state is not State.OPEN and not reader.done()
            for s, reader in zip(live, readers, strict=True)
        )
        pinged = sum(await asyncio.gather(*(_answers_ping(s) for s in live)))
        tally.closing = True
        await asyncio.gather(*(s.close() for s in live))
        await asyncio.gather(*readers)

    # Sockets that failed to open or dropped are counted already; these closed unnoticed.
    if stuck:
        tally.errors["socket not open at the end, yet not reported closed"] += stuck
    if open_at_end - pinged > 0:
        tally.errors["socket open but no pong"] += open_at_end - pinged
    problems = chat.problems()
    for line, count in problems.items():
        tally.errors[f"server log: {line}"] += count
    errors = sum(tally.errors.values())

    turns = len(tally.latencies)
    turns_per_s = turns / elapsed
    p50 = statistics.median(tally.latencies) if turns else float("nan")
    p99 = percentile(tally.latencies, 0.99) if turns else float("nan")
    print(f"machine: {machine()}")
    print(
        f"load: {chats} concurrent chats + {sockets} event sockets held {elapsed:.0f} s"
        f" (one uvicorn process, {database_name(bench_env(Path()))}, demo places):"
    )
    print(f"  chat turns {turns}   {turns_per_s:.1f} turns/s   p50 {p50:.0f} ms   p99 {p99:.0f} ms")
    print(
        f"  bare FastAPI echo, {chats} concurrent clients for {echo_seconds:g} s:"
        f" {echo_rps:.0f} req/s   p50 {statistics.median(echo_latencies):.1f} ms"
        f"   ratio chat turns/echo requests {turns_per_s / echo_rps:.3f}"
    )
    print(
        f"  sockets open at the end {open_at_end}/{sockets}   answering ping {pinged}"
        f"   events received {sum(tally.events.values())}"
        f" (on {len(tally.events)}/{sockets} sockets)"
    )
    _print_memory(rss_start, rss_sockets, rss_third, rss_end)
    verdict = "met" if errors == 0 else "MISSED"
    print(f"  errors {errors}   (target 0 errors, 0 socket drops: {verdict})")
    for kind, count in tally.errors.most_common(10):
        print(f"    {count:>6} × {kind}")
    return errors


async def run(
    chats: int = 100, sockets: int = 500, seconds: float = 60.0, echo_seconds: float = 5.0
) -> int:
    """Start the app and the echo, hold the load, print; the number of errors."""
    # Each socket and chat connection is a descriptor on both sides; the servers inherit this.
    raise_fd_limit(2 * (chats + sockets) + 1024)
    with tempfile.TemporaryDirectory() as tmp:
        async with serving(Path(tmp), "echo", "chat", capture_logs=True) as (echo, chat):
            return await measure(chat, echo, chats, sockets, seconds, echo_seconds)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--chats", type=int, default=100, help="concurrent chat loops")
    parser.add_argument("--sockets", type=int, default=500, help="open event sockets")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to hold the load")
    parser.add_argument(
        "--echo-seconds", type=float, default=5.0, help="how long to drive the echo baseline"
    )
    options = parser.parse_args(argv)
    asyncio.run(run(options.chats, options.sockets, options.seconds, options.echo_seconds))


if __name__ == "__main__":
    main()

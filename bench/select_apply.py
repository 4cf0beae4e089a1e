"""Select → ChangeSet applied: the round trip of answering a card choice, against a bare echo.

Against a real uvicorn process of the app (SQLite, demo mode): a demo traveler asks "add a
sushi place on day 2" (NEEDS_SELECTION with cards), then answers {"selectedIndex": 1}; only
that answer is timed, until its COMPLETE with data.toVersion (the new itinerary version) is
back. "undo" between repetitions puts the trip back. The bare FastAPI echo's round trip is
measured in the same run with the same client, as the machine's yardstick.

    .venv/bin/python -m bench.select_apply [--repeats 200] [--warmup 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

from bench.servers import DemoSession, http_client, machine, new_session, percentile, serving

TARGET_MS = 50.0
SEARCH = {"text": "add a sushi place on day 2"}
SELECT = {"selectedIndex": 1}
UNDO = {"text": "undo"}


async def _turn(
    client: aiohttp.ClientSession, session: DemoSession, body: dict[str, Any], expected: str
) -> dict[str, Any]:
    async with client.post(session.chat_path, json=body, headers=session.headers) as response:
        if response.status != 200:
            msg = f"{body} → HTTP {response.status}: {(await response.text())[:300]}"
            raise RuntimeError(msg)
        answer: dict[str, Any] = await response.json()
    if answer["type"] != expected:
        msg = f"{body} → {answer['type']} (expected {expected}): {answer.get('message')}"
        raise RuntimeError(msg)
    return answer


async def _select_once(client: aiohttp.ClientSession, session: DemoSession) -> float:
    """One search → select → undo cycle; the select's round trip in ms."""
    cards = await _turn(client, session, SEARCH, "NEEDS_SELECTION")
    if len(cards["data"]["candidates"]) <= SELECT["selectedIndex"]:
        msg = f"too few cards to select from: {cards['data']['candidates']}"
        raise RuntimeError(msg)
    started = time.perf_counter()
    applied = await _turn(client, session, SELECT, "COMPLETE")
    elapsed = (time.perf_counter() - started) * 1000
    if not isinstance(applied.get("data", {}).get("toVersion"), int):
        msg = f"the select applied no ChangeSet (no integer data.toVersion): {applied}"
        raise TypeError(msg)
    await _turn(client, session, UNDO, "COMPLETE")
    return elapsed


async def _echo_once(client: aiohttp.ClientSession) -> float:
    started = time.perf_counter()
    async with client.post("/echo", json=SELECT) as response:
        await response.read()
    elapsed = (time.perf_counter() - started) * 1000
    response.raise_for_status()
    return elapsed


async def measure(echo_base: str, chat_base: str, repeats: int, warmup: int) -> None:
    """Time `repeats` selections and as many echo round trips; print them against the target."""
    async with http_client(chat_base, 1) as chat_client, http_client(echo_base, 1) as echo_client:
        session = await new_session(chat_client)
        for _ in range(warmup):  # imports, caches, the first search, connection set-up
            await _select_once(chat_client, session)
            await _echo_once(echo_client)
        selects = [await _select_once(chat_client, session) for _ in range(repeats)]
        echoes = [await _echo_once(echo_client) for _ in range(repeats)]

    select_p50, select_p99 = statistics.median(selects), percentile(selects, 0.99)
    echo_p50, echo_p99 = statistics.median(echoes), percentile(echoes, 0.99)
    verdict = "met" if select_p99 <= TARGET_MS else "MISSED"
    print(f"machine: {machine()}")
    print(
        f"select → ChangeSet applied over {repeats} selections"
        ' ({"selectedIndex": 1} after NEEDS_SELECTION, SQLite, demo places):'
    )
    print(
        f"  p50 {select_p50:.1f} ms   p99 {select_p99:.1f} ms"
        f"   (target p99 <= {TARGET_MS:.0f} ms: {verdict})"
    )
    print(f"  bare FastAPI echo round trip   p50 {echo_p50:.2f} ms   p99 {echo_p99:.2f} ms")
    print(f"  ratio select/echo p50 {select_p50 / echo_p50:.1f}")


async def run(repeats: int = 200, warmup: int = 10) -> None:
    """Start the app and the echo, measure, print."""
    with tempfile.TemporaryDirectory() as tmp:
        async with serving(Path(tmp), "echo", "chat") as (echo, chat):
            await measure(echo.base, chat.base, repeats, warmup)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200, help="timed selections")
    parser.add_argument("--warmup", type=int, default=10, help="untimed cycles first")
    options = parser.parse_args(argv)
    asyncio.run(run(options.repeats, options.warmup))


if __name__ == "__main__":
    main()

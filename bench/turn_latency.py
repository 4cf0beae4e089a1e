"""Chat-turn latency and throughput on the rules path, as a ratio to a bare FastAPI echo.

Both servers run as real uvicorn processes on loopback and are measured in the same run with
the same client, so the ratio cancels out the machine's speed.

    .venv/bin/python -m bench.turn_latency [--requests 400] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from bench.servers import bench_env, database_name, percentile, serving

# A cycle of rules-path turns: read a day, add by exact name (search cached after the first),
# undo it. No LLM is configured, so every turn is rules only.
TURNS = ["what's on day 2?", "add Sushi Zen restaurant on day 2", "undo"]


async def _throughput(
    call: Callable[[int, int], Awaitable[None]], total: int, concurrency: int
) -> float:
    async def worker(worker_id: int) -> None:
        for n in range(total // concurrency):
            await call(worker_id, n)

    started = time.perf_counter()
    await asyncio.gather(*(worker(w) for w in range(concurrency)))
    return (total // concurrency * concurrency) / (time.perf_counter() - started)


async def run(requests: int, concurrency: int) -> None:
    """Start both servers, measure, print."""
    with tempfile.TemporaryDirectory() as tmp:
        async with serving(Path(tmp), "echo", "chat") as (echo, chat):
            await _measure(echo.base, chat.base, requests, concurrency)


async def _measure(echo_base: str, chat_base: str, requests: int, concurrency: int) -> None:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with (
        httpx.AsyncClient(base_url=chat_base, limits=limits, timeout=30) as chat_client,
        httpx.AsyncClient(base_url=echo_base, limits=limits, timeout=30) as echo_client,
    ):
        sessions = [
            (await chat_client.post("/api/v1/demo/session")).json() for _ in range(concurrency)
        ]

        async def chat(worker: int, n: int) -> None:
            session = sessions[worker]
            response = await chat_client.post(
                f"/api/v1/itineraries/{session['itineraryId']}/chat",
                json={"text": TURNS[n % len(TURNS)]},
                headers={"Authorization": f"Bearer {session['token']}"},
            )
            if response.status_code != 200 or response.json()["type"] == "ERROR":
                raise RuntimeError(response.text)

        async def echo(_worker: int, n: int) -> None:
            response = await echo_client.post("/echo", json={"text": TURNS[n % len(TURNS)]})
            response.raise_for_status()

        for n in range(30):  # warm-up: imports, caches, first search
            await chat(0, n)
            await echo(0, n)
        latencies = []
        for n in range(requests):
            started = time.perf_counter()
            await chat(0, n)
            latencies.append((time.perf_counter() - started) * 1000)
        echo_rps = await _throughput(echo, requests, concurrency)
        chat_rps = await _throughput(chat, requests, concurrency)

    database = database_name(bench_env(Path()))
    print(f"chat turn latency over {requests} sequential turns (rules path, {database}):")
    print(
        f"  p50 {statistics.median(latencies):.1f} ms   p99 {percentile(latencies, 0.99):.1f} ms"
        f"   (target p99 <= 25 ms)"
    )
    print(f"throughput with {concurrency} concurrent clients:")
    print(f"  bare FastAPI echo {echo_rps:.0f} req/s   chat {chat_rps:.0f} req/s")
    print(f"  ratio chat/echo {chat_rps / echo_rps:.2f}   (target >= 0.40)")


def main() -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()
    asyncio.run(run(options.requests, options.concurrency))


if __name__ == "__main__":
    main()

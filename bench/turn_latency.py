"""Chat-turn latency and throughput on the rules path, as a ratio to a bare FastAPI echo.

Both servers run as real uvicorn processes on loopback and are measured in the same run with
the same client, so the ratio cancels out the machine's speed.

    .venv/bin/python -m bench.turn_latency [--requests 400] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

# A cycle of rules-path turns: read a day, add by exact name (search cached after the first),
# undo it. No LLM is configured, so every turn is rules only.
TURNS = ["what's on day 2?", "add Sushi Zen restaurant on day 2", "undo"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


async def _wait_ready(base: str) -> None:
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(200):
            try:
                if (await client.get("/docs")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    msg = f"server at {base} did not start"
    raise RuntimeError(msg)


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


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
    echo_port, chat_port = _free_port(), _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}",
            "LOG_LEVEL": "WARNING",
            "RUN_JOBS_IN_WEB": "false",
        }
        env.pop("GOOGLE_PLACES_API_KEY", None)
        env.pop("ANTHROPIC_API_KEY", None)
        servers = [
            _start(
                [
                    "-m",
                    "uvicorn",
                    "bench.echo_app:app",
                    "--port",
                    str(echo_port),
                    "--log-level",
                    "warning",
                    "--no-access-log",
                ],
                env,
            ),
            _start(
                [
                    "-m",
                    "uvicorn",
                    "bots.app:create_app",
                    "--factory",
                    "--port",
                    str(chat_port),
                    "--log-level",
                    "warning",
                    "--no-access-log",
                ],
                env,
            ),
        ]
        try:
            await _measure(
                f"http://127.0.0.1:{echo_port}",
                f"http://127.0.0.1:{chat_port}",
                requests,
                concurrency,
            )
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)


async def _measure(echo_base: str, chat_base: str, requests: int, concurrency: int) -> None:
    await asyncio.gather(_wait_ready(echo_base), _wait_ready(chat_base))
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

    print(f"chat turn latency over {requests} sequential turns (rules path, SQLite):")
    print(
        f"  p50 {statistics.median(latencies):.1f} ms   p99 {_percentile(latencies, 0.99):.1f} ms"
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

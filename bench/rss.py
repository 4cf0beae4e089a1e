"""Memory of one web process over 10,000 chat turns: under 150 MB and flat.

One uvicorn process of the app (SQLite, demo mode) serves `--concurrency` demo travelers, each
running the edit cycle of bench.servers.EDIT_CYCLE (search → select a card → read the day →
undo); every `--turns-per-session` turns a traveler is replaced by a new one, so state kept
per traveler or per trip shows up too. VmRSS of the server is read every `--every` turns.
"Flat" means the growth from the 2nd sample to the last stays within `--flat-mb` (the 1st
sample still includes warm-up: caches filling, the allocator settling). The bare FastAPI
echo's RSS, read in the same run, shows what the framework alone costs on this machine.

    .venv/bin/python -m bench.rss [--turns 10000] [--every 1000] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from bench.servers import Server, edit_turn, http_client, machine, new_session, serving

TARGET_MB = 150.0


@dataclass
class Samples:
    """Turns so far and the RSS read every `every` of them."""

    every: int
    claimed: int = 0  # turns a worker has started
    done: int = 0  # turns that came back (answered or failed)
    rows: list[tuple[int, float, float]] = field(default_factory=list)  # turns, MB, mean ms
    block: list[float] = field(default_factory=list)  # round trips since the last sample
    errors: Counter[str] = field(default_factory=Counter)


async def _worker(
    client: aiohttp.ClientSession,
    chat: Server,
    samples: Samples,
    total: int,
    per_session: int,
) -> None:
    session, step, done_here = await new_session(client), 0, 0
    while samples.claimed < total:
        if per_session and done_here >= per_session and step == 0:
            session, done_here = await new_session(client), 0
        samples.claimed += 1  # before the await, so the workers never overshoot `total`
        step, elapsed = await edit_turn(client, session, step, samples.errors)
        done_here += 1
        samples.done += 1
        if elapsed is not None:
            samples.block.append(elapsed)
        if samples.done % samples.every == 0 or samples.done == total:
            mean_ms = statistics.fmean(samples.block) if samples.block else float("nan")
            samples.rows.append((samples.done, chat.rss_mb(), mean_ms))
            samples.block = []


async def measure(
    chat: Server,
    echo: Server,
    turns: int,
    every: int,
    concurrency: int,
    per_session: int,
    flat_mb: float,
) -> None:
    """Drive `turns` turns through `chat`, sampling its RSS; print samples and verdicts."""
    async with http_client(echo.base, 1) as echo_client:
        for _ in range(20):  # the echo's RSS after a little work, not just after start-up
            async with echo_client.post("/echo", json={"text": "hi"}) as response:
                response.raise_for_status()
    echo_mb = echo.rss_mb()
    start_mb = chat.rss_mb()
    samples = Samples(every)
    started = time.monotonic()
    async with http_client(chat.base, concurrency) as client:
        await asyncio.gather(
            *(_worker(client, chat, samples, turns, per_session) for _ in range(concurrency))
        )
    elapsed = time.monotonic() - started

    print(f"machine: {machine()}")
    replaced = (
        f"each replaced by a new one after {per_session:,} of its turns"
        if per_session
        else "never replaced"
    )
    print(
        f"RSS of one web process over {turns:,} chat turns ({concurrency} travelers at once,"
        f" {replaced}; SQLite, demo places):"
    )
    print(
        f"  before the first turn  {start_mb:6.1f} MB"
        f"   (bare FastAPI echo process {echo_mb:.1f} MB)"
    )
    for done, mb, mean_ms in samples.rows:
        print(f"  after {done:>7,} turns  {mb:6.1f} MB   mean turn {mean_ms:5.1f} ms")
    print(f"  {turns:,} turns in {elapsed:.0f} s   chat errors {sum(samples.errors.values())}")
    for kind, count in samples.errors.most_common(5):
        print(f"    {count:>6} × {kind}")
    last_mb = samples.rows[-1][1]
    print(
        f"  last sample {last_mb:.1f} MB"
        f"   (target < {TARGET_MB:.0f} MB: {'met' if last_mb < TARGET_MB else 'MISSED'})"
    )
    if len(samples.rows) < 2:
        print("  growth: too few samples (need 2 or more; lower --every)")
        return
    (first_done, first_mb, _), (last_done, _, _) = samples.rows[1], samples.rows[-1]
    growth = last_mb - first_mb
    per_1000 = growth / (last_done - first_done) * 1000 if last_done > first_done else 0.0
    print(
        f"  growth from sample 2 to the last {growth:+.1f} MB ({per_1000 * 1024:+.0f} kB per"
        f" 1,000 turns)   (target flat, within {flat_mb:.0f} MB:"
        f" {'met' if growth <= flat_mb else 'MISSED'})"
    )


async def run(
    turns: int = 10_000,
    every: int = 1_000,
    concurrency: int = 4,
    per_session: int = 1_000,
    flat_mb: float = 5.0,
) -> None:
    """Start the app and the echo, drive the turns, print."""
    with tempfile.TemporaryDirectory() as tmp:
        async with serving(Path(tmp), "echo", "chat") as (echo, chat):
            await measure(chat, echo, turns, every, concurrency, per_session, flat_mb)


def main(argv: list[str] | None = None) -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--turns", type=int, default=10_000, help="chat turns in all")
    parser.add_argument("--every", type=int, default=1_000, help="turns between RSS samples")
    parser.add_argument("--concurrency", type=int, default=4, help="travelers chatting at once")
    parser.add_argument(
        "--turns-per-session",
        type=int,
        default=1_000,
        help="turns before a traveler is replaced by a new demo traveler (0: never)",
    )
    parser.add_argument(
        "--flat-mb", type=float, default=5.0, help="allowed growth from the 2nd to the last sample"
    )
    options = parser.parse_args(argv)
    asyncio.run(
        run(
            options.turns,
            options.every,
            options.concurrency,
            options.turns_per_session,
            options.flat_mb,
        )
    )


if __name__ == "__main__":
    main()

"""Every benchmark runs end to end at a tiny size and prints its target, so none can rot.

Each one runs as `python -m bench.NAME` in a subprocess, exactly as the README says, against
its own uvicorn processes in demo mode on a throwaway SQLite file: nothing reaches the
internet. Only the shape of the output is checked, not the figures: a tiny run on a busy
machine says nothing about the targets.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CASES = [
    pytest.param(
        "bench.select_apply --repeats 5 --warmup 1".split(),
        ["select → ChangeSet applied over 5 selections", "(target p99 <= 50 ms", "ratio"],
        id="select_apply",
    ),
    pytest.param(
        "bench.load --chats 3 --sockets 5 --seconds 2 --echo-seconds 0.5".split(),
        [
            "load: 3 concurrent chats + 5 event sockets",
            "sockets open at the end",
            "server RSS start",
            "(target 0 errors, 0 socket drops",
        ],
        id="load",
    ),
    pytest.param(
        "bench.rss --turns 30 --every 10 --concurrency 2".split(),
        [
            "after      10 turns",
            "after      30 turns",
            "(target < 150 MB",
            "growth from sample 2 to the last",
            "(target flat, within 5 MB",
        ],
        id="rss",
    ),
    pytest.param(
        "bench.turn_latency --requests 8 --concurrency 2".split(),
        ["(target p99 <= 25 ms)", "(target >= 0.40)"],
        id="turn_latency",
    ),
    pytest.param(
        "bench.turn_cost --turns 6".split(),
        ["statements per turn type", "background included", "CPU per turn over 6 turns"],
        id="turn_cost",
    ),
    pytest.param(
        "bench.wrk_turns --rounds 1 --seconds 1 --warmup 1 --connections 2".split(),
        [
            "wrk turns (SQLite, 2 connections, 1 interleaved rounds of 1 s",
            "project/reference turns/s",
            "(target >= 0.5",
            "(target <= 100 ms",
            "(target 0:",
        ],
        id="wrk_turns",
        marks=pytest.mark.skipif(
            shutil.which("wrk") is None, reason="wrk is not installed (apt-get install wrk)"
        ),
    ),
]


@pytest.mark.parametrize(("args", "expected"), CASES)
def test_benchmark_runs_and_prints_its_target(args: list[str], expected: list[str]) -> None:
    result = subprocess.run(  # noqa: S603 - our own interpreter and modules
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "machine:" in result.stdout or args[0] == "bench.turn_latency"
    for line in expected:
        assert line in result.stdout, result.stdout


def test_benchmarks_name_the_database_they_ran_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #19: `bench.load` said "SQLite" whatever the database."""
    from bench.servers import bench_env, database_name

    monkeypatch.delenv("BENCH_DATABASE_URL", raising=False)
    assert database_name(bench_env(tmp_path)) == "SQLite"
    monkeypatch.setenv("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1/bench")
    env = bench_env(tmp_path)
    assert env["DATABASE_URL"] == "postgresql+asyncpg://postgres@127.0.0.1/bench"
    assert database_name(env) == "PostgreSQL"

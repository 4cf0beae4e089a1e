"""Turns per second against the minimal durable reference, driven by wrk in interleaved rounds.

Three uvicorn processes on one database: the bare echo (bench/echo_app.py), the minimal
durable reference (bench/reference_app.py: the same driver, a turn's reads and writes,
committed before the answer, nothing else) and the project. `wrk` (an efficient C load
generator, so the client costs little next to the servers) drives each in turn with
`--connections` connections, one trip per connection, each running the cycle show ("what's on
day 2?") → add by name ("add Sushi Zen restaurant on day 2") → undo; rounds alternate
echo → reference → project so that a neighbour's burst of CPU hits all three alike. Printed per
app: turns/s, p50/p99 and CPU per turn (utime + stime of the server process from /proc, so a
project turn's CPU includes the background enrichment its add causes), and the ratio
project/reference against the issue #19 target (>= 0.5, with p99 <= 100 ms and 0 errors).

On SQLite (files in a temporary directory), then on PostgreSQL too when BENCH_DATABASE_URL is
set. Without `wrk` on the PATH it says so and exits 0 (Debian: `apt-get install wrk`).

    .venv/bin/python -m bench.wrk_turns [--rounds 3] [--seconds 10] [--connections 8] [--warmup 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.servers import Server, database_name, http_client, machine, new_session, serving

APPS = ("echo", "reference", "chat")
LABELS = {"echo": "bare echo", "reference": "reference", "chat": "project"}
PROJECT_TURNS = ["what's on day 2?", "add Sushi Zen restaurant on day 2", "undo"]
REFERENCE_TURNS = ["show", "add", "undo"]
WRK = shutil.which("wrk") or "wrk"
TARGET_RATIO = 0.5
TARGET_P99_MS = 100.0

# One wrk thread per connection, so each connection is one sequential client on its own trip
# (wrk calls request() per thread). Turn n of thread t is bodies[(offset[t] + n) % #bodies];
# the offsets carry each trip's place in the cycle over from the previous round, because
# wrk stops mid-cycle (the server still completes the turn that was in flight).
_LUA = """
local paths = %(paths)s
local auths = %(auths)s
local offsets = %(offsets)s
local bodies = %(bodies)s
local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("me", count)
  table.insert(threads, thread)
end

function init(args)
  step = offsets[me]
  bad = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if auths[me] ~= "" then wrk.headers["Authorization"] = auths[me] end
end

function request()
  local body = bodies[(step %% #bodies) + 1]
  step = step + 1
  return wrk.format("POST", paths[me], nil, body)
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"type":"ERROR"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("bad")
    io.write(string.format("STEP %%d %%d\\n", thread:get("me"), thread:get("step")))
  end
  local e = summary.errors
  io.write(string.format("RESULT requests %%d\\n", summary.requests))
  io.write(string.format("RESULT duration_us %%d\\n", summary.duration))
  io.write(string.format("RESULT p50_us %%d\\n", latency:percentile(50)))
  io.write(string.format("RESULT p99_us %%d\\n", latency:percentile(99)))
  io.write(string.format("RESULT bad %%d\\n", failed))
  io.write(string.format("RESULT socket_errors %%d\\n", e.connect + e.read + e.write + e.timeout))
end
"""


def _lua_strings(values: list[str]) -> str:
    return "{" + ", ".join(json.dumps(value) for value in values) + "}"


@dataclass
class Target:
    """One server and what its connections send."""

    name: str
    server: Server
    paths: list[str]
    auths: list[str]
    bodies: list[str]
    offsets: list[int] = field(default_factory=list)

    def script(self) -> str:
        """The wrk Lua script for the next round."""
        offsets = self.offsets or [0] * len(self.paths)
        return _LUA % {
            "paths": _lua_strings(self.paths),
            "auths": _lua_strings(self.auths),
            "offsets": "{" + ", ".join(str(n) for n in offsets) + "}",
            "bodies": _lua_strings(self.bodies),
        }


@dataclass
class Round:
    """What wrk and /proc said about one run against one target."""

    turns_per_s: float
    p50_ms: float
    p99_ms: float
    cpu_ms_per_turn: float
    errors: int


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process `pid` so far (/proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    # After the command name: state is field 3, utime 14 and stime 15 (1-based, see proc(5)).
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(target: Target, connections: int, seconds: float, workdir: Path) -> Round:
    """One wrk run against `target`; its offsets move on to where each connection stopped."""
    script = workdir / f"{target.name}.lua"
    script.write_text(target.script(), encoding="utf-8")
    cpu_before = cpu_seconds(target.server.process.pid)
    result = subprocess.run(  # noqa: S603 - wrk with our own arguments
        [
            WRK,
            "-t",
            str(connections),
            "-c",
            str(connections),
            "-d",
            f"{max(1, round(seconds))}s",  # wrk takes whole seconds
            "--timeout",
            "10s",
            "-s",
            str(script),
            target.server.base,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    cpu = cpu_seconds(target.server.process.pid) - cpu_before
    figures: dict[str, int] = {}
    steps: dict[int, int] = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["RESULT"]:
            figures[parts[1]] = int(parts[2])
        elif parts[:1] == ["STEP"]:
            steps[int(parts[1])] = int(parts[2])
    target.offsets = [steps.get(n + 1, 0) for n in range(len(target.paths))]
    requests = figures["requests"]
    return Round(
        turns_per_s=requests / (figures["duration_us"] / 1e6),
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        cpu_ms_per_turn=cpu * 1000 / max(requests, 1),
        errors=figures["bad"] + figures["socket_errors"],
    )


async def _targets(servers: list[Server], connections: int) -> list[Target]:
    echo, reference, chat = servers
    targets = [
        Target(
            "echo",
            echo,
            ["/echo"] * connections,
            [""] * connections,
            [json.dumps({"text": text}) for text in PROJECT_TURNS],
        )
    ]
    async with http_client(reference.base, connections) as client:
        trips = []
        for _ in range(connections):
            async with client.post("/trips") as response:
                response.raise_for_status()
                trips.append((await response.json())["id"])
    targets.append(
        Target(
            "reference",
            reference,
            [f"/trips/{trip}/turn" for trip in trips],
            [""] * connections,
            [json.dumps({"kind": kind}) for kind in REFERENCE_TURNS],
        )
    )
    async with http_client(chat.base, connections) as client:
        sessions = [await new_session(client) for _ in range(connections)]
    targets.append(
        Target(
            "chat",
            chat,
            [session.chat_path for session in sessions],
            [session.headers["Authorization"] for session in sessions],
            [json.dumps({"text": text}) for text in PROJECT_TURNS],
        )
    )
    return targets


def _print_summary(rounds: dict[str, list[Round]], problems: Counter[str]) -> int:
    for name in APPS:
        done = rounds[name]
        unit = "req/s" if name == "echo" else "turns/s"
        per = "request" if name == "echo" else "turn"
        print(
            f"  {LABELS[name]:<10} {statistics.median(r.turns_per_s for r in done):7.0f} {unit:<7}"
            f"  p50 {statistics.median(r.p50_ms for r in done):6.1f} ms"
            f"  p99 {statistics.median(r.p99_ms for r in done):6.1f} ms"
            f"  CPU per {per} {statistics.median(r.cpu_ms_per_turn for r in done):5.2f} ms"
            f"  errors {sum(r.errors for r in done)}"
        )
    ratios = [
        chat.turns_per_s / reference.turns_per_s
        for chat, reference in zip(rounds["chat"], rounds["reference"], strict=True)
    ]
    ratio = statistics.median(ratios)
    print(
        f"  project/reference turns/s {ratio:.2f} (median of the rounds' ratios"
        f" {', '.join(f'{r:.2f}' for r in ratios)})"
        f"   (target >= {TARGET_RATIO}: {'met' if ratio >= TARGET_RATIO else 'MISSED'})"
    )
    p99 = statistics.median(r.p99_ms for r in rounds["chat"])
    print(
        f"  project p99 {p99:.1f} ms"
        f"   (target <= {TARGET_P99_MS:g} ms: {'met' if p99 <= TARGET_P99_MS else 'MISSED'})"
    )
    errors = sum(r.errors for name in APPS for r in rounds[name]) + sum(problems.values())
    print(
        f"  errors {errors} (non-200 or ERROR answers, socket errors, server log lines)"
        f"   (target 0: {'met' if errors == 0 else 'MISSED'})"
    )
    for line, count in problems.most_common(5):
        print(f"    {count:>6} × server log: {line}")
    return errors


async def measure(
    tmp: Path,
    database_url: str | None,
    rounds: int,
    seconds: float,
    connections: int,
    warmup: float,
) -> int:
    """Start the three servers on one database, run the rounds, print; the number of errors."""
    url = database_url or f"sqlite+aiosqlite:///{tmp / 'bench.db'}"
    reference_url = database_url or f"sqlite+aiosqlite:///{tmp / 'reference.db'}"
    extra = {"REFERENCE_DATABASE_URL": reference_url}
    async with serving(tmp, *APPS, capture_logs=True, database_url=url, extra_env=extra) as servers:
        targets = await _targets(servers, connections)
        for target in targets:  # warm: imports, caches, the first searches
            await asyncio.to_thread(run_wrk, target, connections, warmup, tmp)
        results: dict[str, list[Round]] = {name: [] for name in APPS}
        print(f"machine: {machine()}")
        print(
            f"wrk turns ({database_name({'DATABASE_URL': url})}, {connections} connections,"
            f" {rounds} interleaved rounds of {seconds:g} s, show / add by name / undo):"
        )
        for n in range(rounds):
            line = []
            for target in targets:
                done = await asyncio.to_thread(run_wrk, target, connections, seconds, tmp)
                results[target.name].append(done)
                line.append(f"{LABELS[target.name]} {done.turns_per_s:.0f}/s")
            ratio = results["chat"][-1].turns_per_s / results["reference"][-1].turns_per_s
            print(f"  round {n + 1}   {'   '.join(line)}   project/reference {ratio:.2f}")
        problems = Counter[str]()
        for server in servers:
            problems.update(server.problems())
        return _print_summary(results, problems)


async def run(rounds: int, seconds: float, connections: int, warmup: float = 2.0) -> int:
    """SQLite, then PostgreSQL when BENCH_DATABASE_URL is set; the number of errors."""
    errors = 0
    with tempfile.TemporaryDirectory() as tmp:
        errors += await measure(Path(tmp), None, rounds, seconds, connections, warmup)
    postgres = os.environ.get("BENCH_DATABASE_URL")
    if postgres:
        with tempfile.TemporaryDirectory() as tmp:
            errors += await measure(Path(tmp), postgres, rounds, seconds, connections, warmup)
    return errors


def main(argv: list[str] | None = None) -> None:
    """Command-line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--seconds", type=int, default=10, help="length of one wrk run")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of wrk per app first")
    options = parser.parse_args(argv)
    if shutil.which(WRK) is None:
        print("wrk is not installed (Debian: apt-get install wrk): bench.wrk_turns skipped")
        return
    asyncio.run(run(options.rounds, options.seconds, options.connections, options.warmup))


if __name__ == "__main__":
    main()

"""What every benchmark shares: real uvicorn processes of the app and the echo baseline.

The servers run as separate processes on loopback, on a throwaway SQLite file in demo mode
(no place or LLM keys, no scheduled jobs in the web process), so a benchmark measures the
service as deployed and not an in-process shortcut.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import re
import resource
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import httpx

# uvicorn targets by short name.
APPS: dict[str, list[str]] = {
    "chat": ["bots.app:create_app", "--factory"],
    "echo": ["bench.echo_app:app"],
    "reference": ["bench.reference_app:app"],
}

# Below uvicorn's default keep-alive timeout of 5 s (see http_client).
KEEPALIVE_SECONDS = 3.0

# Keys that would take the app out of demo mode or turn on a channel that reaches the internet.
_KEYS_REMOVED = (
    "GOOGLE_PLACES_API_KEY",
    "ANTHROPIC_API_KEY",
    "XAI_API_KEY",
    "TELEGRAM_BOT_TOKEN",
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def database_name(env: dict[str, str]) -> str:
    """The database the servers of `env` use, as printed in a benchmark's header."""
    return "PostgreSQL" if env["DATABASE_URL"].startswith("postgresql") else "SQLite"


def bench_env(tmp: Path, database_url: str | None = None) -> dict[str, str]:
    """The servers' environment: `database_url`, else BENCH_DATABASE_URL (e.g. a PostgreSQL
    database), else a SQLite file in `tmp`; demo mode, no jobs, no rate limits."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url
        or os.environ.get("BENCH_DATABASE_URL")
        or f"sqlite+aiosqlite:///{tmp / 'bench.db'}",
        "LOG_LEVEL": "WARNING",
        "RUN_JOBS_IN_WEB": "false",
        # The abuse limits (per client address, per traveler) are off: every benchmark client
        # comes from 127.0.0.1 and drives a traveler faster than a person types, which is the
        # point of measuring capacity. 0 turns a limit off.
        "RATE_LIMIT_PER_IP_PER_MINUTE": "0",
        "RATE_LIMIT_CHAT_PER_MINUTE": "0",
        "RATE_LIMIT_DEMO_SESSIONS_PER_MINUTE": "0",
    }
    for key in _KEYS_REMOVED:
        env.pop(key, None)
    return env


def uvicorn_args(app: str, port: int) -> list[str]:
    """`python -m uvicorn` arguments serving APPS[app] on loopback at `port`."""
    return [
        "-m",
        "uvicorn",
        *APPS[app],
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]


def start(args: list[str], env: dict[str, str], log: Path | None = None) -> subprocess.Popen[bytes]:
    """Run this interpreter with `args`; stderr goes to `log` when given, else nowhere."""
    if log is None:
        return subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
    with log.open("wb") as sink:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=sink
        )


async def wait_ready(
    base: str, process: subprocess.Popen[bytes] | None = None, within: float = 60
) -> None:
    """Return once the server at `base` answers /docs; raise if `process` dies or time is up.

    The app imports every channel SDK and applies migrations before it listens, which takes
    seconds on a small machine that is busy with other work, hence the generous timeout.
    """
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() < deadline:
            if process is not None and process.poll() is not None:
                msg = f"server for {base} exited with {process.returncode} before it was ready"
                raise RuntimeError(msg)
            try:
                if (await client.get("/docs")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.05)
    msg = f"server at {base} did not start within {within:.0f} s"
    raise RuntimeError(msg)


def percentile(samples: list[float], fraction: float) -> float:
    """The sample at `fraction` of the sorted list (nearest rank, no interpolation)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def rss_mb(pid: int) -> float:
    """Resident set size of process `pid` in MB (VmRSS of /proc/<pid>/status)."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    found = re.search(r"^VmRSS:\s+(\d+)\s+kB", status, re.MULTILINE)
    if found is None:
        msg = f"no VmRSS for process {pid}"
        raise RuntimeError(msg)
    return int(found.group(1)) / 1024


def raise_fd_limit(wanted: int) -> int:
    """Raise this process's open-file soft limit towards `wanted`; children inherit it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        soft = target
    return soft


def machine() -> str:
    """One line naming the machine the figures come from."""
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores {platform.machine()} ({model}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


@dataclass
class Server:
    """One running uvicorn process."""

    name: str
    process: subprocess.Popen[bytes]
    base: str
    log: Path | None

    @property
    def ws_base(self) -> str:
        """The base URL for WebSocket connections."""
        return "ws" + self.base.removeprefix("http")

    def rss_mb(self) -> float:
        """The process's resident set size now, in MB."""
        return rss_mb(self.process.pid)

    def problems(self) -> Counter[str]:
        """Warning, error and exception lines the server wrote to stderr, by text.

        Tracebacks are counted by their last line (the exception); uvicorn's INFO lines and the
        demo-mode notice are not problems.
        """
        found: Counter[str] = Counter()
        if self.log is None or not self.log.exists():
            return found
        for line in self.log.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line or line[0].isspace() or line.startswith(("INFO:", "Traceback (", "DEMO")):
                continue
            found[line[:160]] += 1
        return found


def stop(servers: list[Server]) -> None:
    """Terminate the servers and reap them (killing any that ignore SIGTERM for 10 s)."""
    for server in servers:
        server.process.terminate()
    for server in servers:
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


@asynccontextmanager
async def serving(
    tmp: Path,
    *apps: str,
    capture_logs: bool = False,
    database_url: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> AsyncIterator[list[Server]]:
    """Start one uvicorn process per name in `apps` (see APPS), ready, stopped on exit.

    With `capture_logs`, each server's stderr goes to `tmp/<name>.log`; read it through
    `Server.problems()`, also after the context exits (the file stays in `tmp`).
    `database_url` and `extra_env`: see `bench_env`; more variables for the servers.
    """
    env = {**bench_env(tmp, database_url), **(extra_env or {})}
    servers: list[Server] = []
    try:
        for app in apps:
            port = free_port()
            log = tmp / f"{app}.log" if capture_logs else None
            process = start(uvicorn_args(app, port), env, log)
            servers.append(Server(app, process, f"http://127.0.0.1:{port}", log))
        await asyncio.gather(*(wait_ready(server.base, server.process) for server in servers))
        yield servers
    finally:
        stop(servers)


@dataclass(frozen=True)
class DemoSession:
    """A demo traveler and their trip, as `POST /api/v1/demo/session` returns them."""

    user_id: str
    token: str
    itinerary_id: str

    @property
    def headers(self) -> dict[str, str]:
        """The traveler's bearer header."""
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def chat_path(self) -> str:
        """The trip's chat route."""
        return f"/api/v1/itineraries/{self.itinerary_id}/chat"

    def events_url(self, ws_base: str) -> str:
        """The trip's live events socket, authenticated by query token."""
        return f"{ws_base}/api/v1/itineraries/{self.itinerary_id}/events?token={self.token}"


def http_client(base: str, connections: int = 100, timeout: float = 60) -> aiohttp.ClientSession:
    """An aiohttp client for `base` holding up to `connections` connections.

    aiohttp rather than httpx for the benchmarks' own clients: httpx's connection pool slows
    down sharply with many concurrent requests (a bare echo falls from ~900 req/s at 8
    concurrent clients to under 100 req/s at 100 on a 2-core machine), which would measure
    the client instead of the server.
    """
    return aiohttp.ClientSession(
        base_url=base,
        # Idle connections are dropped before uvicorn's keep-alive timeout (5 s) closes them:
        # a request sent on a connection the server is closing at that moment fails with a
        # reset (seen after bench.load's socket phase left the chat connections idle).
        connector=aiohttp.TCPConnector(limit=connections, keepalive_timeout=KEEPALIVE_SECONDS),
        timeout=aiohttp.ClientTimeout(total=timeout),
    )


async def new_session(client: aiohttp.ClientSession) -> DemoSession:
    """A fresh demo traveler with a 3-day trip."""
    async with client.post("/api/v1/demo/session") as response:
        response.raise_for_status()
        body = await response.json()
    return DemoSession(body["userId"], body["token"], body["itineraryId"])


# One edit cycle on the rules path, each step with the answer type it must get: search with
# cards, pick the second card (the ChangeSet is applied), read the day, undo the add. The trip
# ends where it started, so the cycle can repeat for ever on one itinerary.
EDIT_CYCLE: list[tuple[dict[str, object], str]] = [
    ({"text": "add a sushi place on day 2"}, "NEEDS_SELECTION"),
    ({"selectedIndex": 1}, "COMPLETE"),
    ({"text": "what's on day 2?"}, "COMPLETE"),
    ({"text": "undo"}, "COMPLETE"),
]


async def edit_turn(
    client: aiohttp.ClientSession, session: DemoSession, step: int, errors: Counter[str]
) -> tuple[int, float | None]:
    """Send step `step` of EDIT_CYCLE; the next step and the round trip in ms.

    A failure is counted in `errors` by kind; the round trip is None when no answer came, and
    the next step is the cycle's start, so the trip gets back in step with the cycle.
    """
    body, expected = EDIT_CYCLE[step]
    started = time.perf_counter()
    try:
        async with client.post(session.chat_path, json=body, headers=session.headers) as response:
            status, text = response.status, await response.text()
    except (aiohttp.ClientError, TimeoutError) as exc:
        errors[f"chat transport: {type(exc).__name__}"] += 1
        return 0, None
    elapsed = (time.perf_counter() - started) * 1000
    if status != 200:
        errors[f"chat HTTP {status}: {text[:120]}"] += 1
        return 0, elapsed
    answer = json.loads(text)
    if answer["type"] != expected:
        message = str(answer.get("message", ""))[:100]
        errors[f"chat {answer['type']} for {body} (expected {expected}): {message}"] += 1
        return 0, elapsed
    return (step + 1) % len(EDIT_CYCLE), elapsed

"""Service processes for fleet tests: `python -m bots serve` and `python -m jobs`, for real.

Each process writes JSON log lines to a file of its own, which tests read to see what it did.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

# Provider keys of the developer's environment must not reach the processes under test.
_SCRUBBED_ENV = (
    "GOOGLE_PLACES_API_KEY",
    "ANTHROPIC_API_KEY",
    "XAI_API_KEY",
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_SECRET",
)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServiceProcess:
    """One process of the service, its log file, and ways to stop it."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        full_env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
        full_env |= {"LOG_FORMAT": "json", "LOG_LEVEL": "INFO", **env}
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our interpreter, our modules
                [sys.executable, *args],
                env=full_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=Path(__file__).resolve().parents[2],
            )

    def lines(self) -> list[dict[str, Any]]:
        """The JSON log lines written so far (other output is skipped)."""
        found = []
        for raw in self.log_path.read_text(encoding="utf-8", errors="replace").splitlines():
            if raw.startswith("{"):
                try:
                    found.append(json.loads(raw))
                except json.JSONDecodeError:
                    continue  # a line being written right now
        return found

    def said(self, fragment: str) -> list[dict[str, Any]]:
        """Log lines whose message contains `fragment`."""
        return [line for line in self.lines() if fragment in line.get("message", "")]

    async def wait_for_log(self, fragment: str, within: float) -> dict[str, Any]:
        """The first line containing `fragment`, waiting up to `within` seconds."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if found := self.said(fragment):
                return found[0]
            if self.process.poll() is not None:
                raise AssertionError(f"{self.name} exited:\n{self.log_path.read_text()}")
            await asyncio.sleep(0.1)
        raise AssertionError(f"{self.name} never logged {fragment!r}:\n{self.log_path.read_text()}")

    def kill(self) -> None:
        """SIGKILL: the process dies without cleaning up (a crash, an OOM kill)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it does not exit within 10 s."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class WebProcess(ServiceProcess):
    """`python -m bots serve` on a free port."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        super().__init__(
            name,
            ["-m", "bots", "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            {"RUN_JOBS_IN_WEB": "false", "ENRICHMENT_QUEUE_WORKERS": "0", **env},
            log_dir,
        )

    async def wait_ready(self, within: float = 60) -> None:
        """Until /readyz answers 200 (migrations applied, database reachable)."""
        deadline = time.monotonic() + within
        async with httpx.AsyncClient(base_url=self.base_url, timeout=5) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise AssertionError(f"{self.name} exited:\n{self.log_path.read_text()}")
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError(f"{self.name} not ready:\n{self.log_path.read_text()}")


def worker(name: str, env: dict[str, str], log_dir: Path) -> ServiceProcess:
    """`python -m jobs`: the scheduler process (Procfile `worker`)."""
    return ServiceProcess(name, ["-m", "jobs"], {"ENRICHMENT_QUEUE_WORKERS": "0", **env}, log_dir)

"""PRD §15 for real in CI: 100 concurrent chats and 500 event sockets held for a minute.

Bounded (about 80 s): one run of bench.load at its full size; no error, no socket dropped, and
memory flat over the last two thirds of the hold. `-m "not load"` skips it for a quick run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.load
def test_100_chats_and_500_sockets_for_a_minute_without_errors_or_memory_growth() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.load",
            "--chats",
            "100",
            "--sockets",
            "500",
            "--seconds",
            "60",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "sockets open at the end 500/500" in out, out
    assert "errors 0   (target 0 errors, 0 socket drops: met)" in out, out
    assert "(target flat, under 10 MB: met)" in out, out

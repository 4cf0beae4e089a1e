"""`alembic upgrade head` on the command line reads the settings the service reads."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _alembic(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-m", "alembic", "-c", str(ROOT / "alembic.ini"), "upgrade", "head"],
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


def test_alembic_upgrades_the_database_named_in_dot_env(tmp_path: Path) -> None:
    target = tmp_path / "from-dot-env.db"
    (tmp_path / ".env").write_text(f"DATABASE_URL=sqlite+aiosqlite:///{target}\n")
    result = _alembic(tmp_path)
    assert result.returncode == 0, result.stderr
    assert {"alembic_version", "travelers", "outbox_messages"} <= _tables(target)


def test_the_environment_wins_over_dot_env_as_in_the_service(tmp_path: Path) -> None:
    ignored, target = tmp_path / "ignored.db", tmp_path / "from-env.db"
    (tmp_path / ".env").write_text(f"DATABASE_URL=sqlite+aiosqlite:///{ignored}\n")
    result = _alembic(tmp_path, DATABASE_URL=f"sqlite+aiosqlite:///{target}")
    assert result.returncode == 0, result.stderr
    assert "alembic_version" in _tables(target)
    assert not ignored.exists()

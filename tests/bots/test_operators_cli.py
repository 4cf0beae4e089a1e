"""`python -m bots operators add EMAIL`: the password comes from standard input, never argv."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bots.cli import app
from core.config import get_settings
from core.services.operators import verify_password
from core.storage.console_models import Operator
from core.storage.db import make_engine, make_sessionmaker


@pytest.fixture
def database(empty_db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DATABASE_URL", empty_db_url)
    get_settings.cache_clear()
    yield empty_db_url
    get_settings.cache_clear()


def _operators(database: str) -> list[Any]:
    async def run() -> list[Any]:
        engine = make_engine(database)
        try:
            async with make_sessionmaker(engine)() as session:
                return list(await session.scalars(select(Operator)))
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_adds_an_operator_with_a_hashed_password(database: str) -> None:
    result = CliRunner().invoke(
        app, ["operators", "add", " Ops@Example.COM "], input="a long console password\n"
    )
    assert result.exit_code == 0, result.output
    assert "operator ops@example.com added" in result.output
    [operator] = _operators(database)
    assert operator.email == "ops@example.com"
    assert "a long console password" not in operator.password_hash
    assert operator.password_hash.startswith("scrypt$")
    assert verify_password("a long console password", operator.password_hash)
    assert not verify_password("a long console passwort", operator.password_hash)


def test_refuses_short_passwords_bad_emails_and_duplicates(database: str) -> None:
    short = CliRunner().invoke(app, ["operators", "add", "ops@example.com"], input="short\n")
    assert short.exit_code == 1
    assert "12 to 1024 characters" in short.output
    bad = CliRunner().invoke(app, ["operators", "add", "not-an-email"], input="x" * 20 + "\n")
    assert bad.exit_code == 1
    assert "not an email address" in bad.output
    first = CliRunner().invoke(app, ["operators", "add", "ops@example.com"], input="y" * 20 + "\n")
    assert first.exit_code == 0
    again = CliRunner().invoke(app, ["operators", "add", "OPS@example.com"], input="z" * 20 + "\n")
    assert again.exit_code == 1
    assert "already exists" in again.output
    assert len(_operators(database)) == 1

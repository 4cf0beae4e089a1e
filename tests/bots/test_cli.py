"""`python -m bots …` commands."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from bots.cli import app
from bots.server import GuardedHttpTools
from bots.terminal import render_text
from core.config import get_settings
from core.protocol import AgentResponse, ResponseType
from core.storage.db import make_engine


@pytest.fixture
def database(empty_db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DATABASE_URL", empty_db_url)
    monkeypatch.delenv("GOOGLE_PLACES_API_KEY", raising=False)
    get_settings.cache_clear()
    yield empty_db_url
    get_settings.cache_clear()


def _on(database: str, work: Any) -> Any:
    """Run `work(connection)` on a sync connection to the database (the tests here are sync)."""

    async def run() -> Any:
        engine = make_engine(database)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(work)
        finally:
            await engine.dispose()

    return asyncio.run(run())


def test_db_upgrade_creates_the_schema(database: str) -> None:
    result = CliRunner().invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    tables = set(_on(database, lambda connection: inspect(connection).get_table_names()))
    assert {"travelers", "itineraries", "itinerary_versions", "pending_prompts"} <= tables
    again = CliRunner().invoke(app, ["db", "upgrade"])
    assert again.exit_code == 0


def test_seed_demo_prints_a_usable_token(database: str) -> None:
    result = CliRunner().invoke(app, ["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "token=" in result.output
    assert "itineraryId=" in result.output


def test_terminal_chat_runs_the_sushi_flow(database: str) -> None:
    result = CliRunner().invoke(app, ["chat"], input="add a sushi place on day 2\n2\n")
    assert result.exit_code == 0, result.output
    assert "1. Hadibo Sushi" in result.output
    assert "Added Sushi Zen to day 2" in result.output


def test_render_text_numbers_options_and_asks_yes_no() -> None:
    asking = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="Sure?",
        data={"preview": {"items": ["Day 3 · Market"]}},
    )
    assert render_text(asking) == "Sure?\n  - Day 3 · Market\nReply YES or NO."
    choose = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which day?",
        data={"options": [{"id": "1", "label": "Day 1"}]},
    )
    assert "1. Day 1" in render_text(choose)


def test_send_test_alert_refuses_an_unknown_traveler(database: str) -> None:
    result = CliRunner().invoke(app, ["send-test-alert", "nobody"])
    assert result.exit_code == 1
    assert "no traveler" in result.output


def test_send_test_alert_queues_a_push(database: str) -> None:
    seeded = CliRunner().invoke(app, ["seed-demo"])
    user_id = seeded.output.split("userId=")[1].split()[0]
    result = CliRunner().invoke(app, ["send-test-alert", user_id])
    assert result.exit_code == 0, result.output
    rows = _on(
        database,
        lambda connection: connection.execute(
            text("select kind, status from outbox_messages")
        ).all(),
    )
    assert [tuple(row) for row in rows] == [("test", "pending")]


def test_serve_runs_uvicorn_with_the_configured_limits_and_trusted_proxies(
    monkeypatch: pytest.MonkeyPatch, database: str
) -> None:
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.0/8")
    monkeypatch.setenv("SERVER_HEADER_TIMEOUT_SECONDS", "7")
    monkeypatch.setenv("SERVER_MAX_CONNECTIONS", "99")
    get_settings.cache_clear()
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda _app, **options: seen.update(options))
    result = CliRunner().invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["forwarded_allow_ips"] == "10.0.0.0/8"
    assert seen["proxy_headers"] is True
    protocol = seen["http"]
    assert issubclass(protocol, GuardedHttpTools)
    assert protocol.header_timeout == 7
    assert protocol.max_connections == 99

"""End to end over HTTP: with ANTHROPIC_API_KEY set, turns the rules miss go to the (fake) LLM."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
import httpx2
import pytest
from sqlalchemy import select

from bots.app import create_app
from bots.container import Services
from core.config import Settings
from core.intents.model import Intent
from core.intents.rules import classify
from core.messages import msg
from core.storage.models import AiInteraction
from tests.conftest import DemoTrip, start_demo
from tests.fakes.anthropic import FakeAnthropic, demo_with_llm
from tests.fakes.clock import FakeClock

API_KEY = "sk-ant-api03-e2e-test-key-do-not-log"
# Rules see no verb they know here; the fake LLM reads it as "add Sushi Zen on day 2".
UNFAMILIAR = "how about Sushi Zen for the second day"


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def chat_as(db_url: str, clock: FakeClock, fake: FakeAnthropic) -> Callable[..., Any]:
    """Start the app with an Anthropic key (and the fake) and a demo trip on it."""

    def start(**overrides: Any) -> AbstractAsyncContextManager[tuple[DemoTrip, Services]]:
        return demo_with_llm(db_url, clock, fake, API_KEY, **overrides)

    return start


async def ledger(services: Services) -> list[AiInteraction]:
    assert services.llm is not None
    await services.llm.drain()
    async with services.sessions() as session:
        return list(await session.scalars(select(AiInteraction).order_by(AiInteraction.id)))


def test_the_phrasing_is_beyond_the_rules() -> None:
    assert classify(UNFAMILIAR).intent is Intent.UNKNOWN
    assert classify("please how about Sushi Zen for day two").intent is Intent.UNKNOWN


async def test_llm_understands_an_unfamiliar_edit_once(
    chat_as: Callable[..., Any], fake: FakeAnthropic, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with chat_as() as (trip, services):
        answer = await trip.chat(UNFAMILIAR)
        assert answer["type"] == "COMPLETE", answer
        assert answer["message"] == "Added Sushi Zen to day 2 for lunch ✅"
        assert answer["warnings"] == []
        assert len(fake.requests) == 1
        body = json.loads(fake.requests[0].content)
        assert body["tool_choice"] == {"type": "tool", "name": "classify_turn"}
        assert "Hadibo" in body["system"]  # the trip context reaches the prompt

        again = await trip.chat("How about SUSHI ZEN for the second day?")
        assert len(fake.requests) == 1  # served from the intent cache
        # The same add again: Sushi Zen is already on day 2, so it asks before adding twice.
        assert again["type"] == "NEEDS_CONFIRMATION"
        assert (await trip.day_titles(2)).count("Sushi Zen") == 1

        [row] = await ledger(services)
        assert row.success is True
        assert row.user_id == trip.user_id
        assert row.purpose == "intent_classification"
        assert row.model == "claude-haiku-4-5"
        assert row.cost_usd > 0
    assert API_KEY not in caplog.text
    for record in caplog.records:
        if record.levelno >= logging.INFO:
            assert UNFAMILIAR not in record.getMessage()


async def test_rules_still_answer_first(chat_as: Callable[..., Any], fake: FakeAnthropic) -> None:
    async with chat_as() as (trip, _):
        answer = await trip.chat("add Sushi Zen restaurant on day 2")
        assert answer["type"] == "COMPLETE"
        assert fake.requests == []


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx2.Response(503, json={"type": "error"}),
        lambda: (_ for _ in ()).throw(httpx2.ConnectError("refused")),
        lambda: (_ for _ in ()).throw(httpx2.ReadTimeout("slow")),
    ],
    ids=["503", "connect-error", "timeout"],
)
async def test_llm_down_still_answers_with_a_question(
    chat_as: Callable[..., Any], fake: FakeAnthropic, failure: Callable[[], httpx2.Response]
) -> None:
    fake.fail = failure
    async with chat_as() as (trip, services):
        before = await trip.itinerary()
        answer = await trip.chat(UNFAMILIAR)  # asserts HTTP 200
        assert answer["type"] == "NEEDS_INPUT"
        assert msg("unclear") in answer["message"]
        assert await trip.itinerary() == before
        [row] = await ledger(services)
        assert row.success is False
        assert row.error


async def test_hourly_ai_limit_answers_from_rules_with_a_note(
    chat_as: Callable[..., Any], fake: FakeAnthropic, clock: FakeClock
) -> None:
    async with chat_as(ai_rate_limit_per_user_hour=1) as (trip, _):
        first = await trip.chat(UNFAMILIAR)
        assert first["type"] == "COMPLETE"
        limited = await trip.chat("what about slotting in the fort somewhere")
        assert classify("what about slotting in the fort somewhere").intent is Intent.UNKNOWN
        assert limited["type"] == "NEEDS_INPUT"
        assert msg("ai_limit_note") in limited["warnings"]
        assert len(fake.requests) == 1
        clock.advance(hours=1)
        later = await trip.chat("what about slotting in the fort somewhere")
        assert msg("ai_limit_note") not in later["warnings"]
        assert len(fake.requests) == 2


async def test_without_a_key_there_is_no_llm(
    settings: Settings, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    assert settings.anthropic_api_key is None
    caplog.set_level(logging.INFO, logger="bots.container")
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        services: Services = app.state.services
        assert services.llm is None
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            trip = await start_demo(http)
            answer = await trip.chat(UNFAMILIAR)
    assert answer["type"] == "NEEDS_INPUT"
    assert answer["warnings"] == []
    lines = [r.getMessage() for r in caplog.records if r.name == "bots.container"]
    assert [line for line in lines if "intent fallback" in line] == [
        "intent fallback: rules only (no ANTHROPIC_API_KEY set)"
    ]


async def test_llm_calls_tokens_and_cost_are_metered(chat_as: Callable[..., Any]) -> None:
    from core.metrics import REGISTRY

    labels = {"purpose": "intent_classification", "model": "claude-haiku-4-5"}

    def sample(name: str, **extra: str) -> float:
        return REGISTRY.get_sample_value(name, {**labels, **extra}) or 0.0

    calls, cost = (
        sample("traveloure_llm_calls_total", result="ok"),
        sample("traveloure_llm_cost_usd_total"),
    )
    tokens = sample("traveloure_llm_tokens_total", direction="input")
    async with chat_as() as (trip, _):
        await trip.chat(UNFAMILIAR)
    assert sample("traveloure_llm_calls_total", result="ok") == calls + 1
    assert sample("traveloure_llm_cost_usd_total") > cost
    assert sample("traveloure_llm_tokens_total", direction="input") > tokens

"""LlmIntentClassifier over a real LlmClient and a fake Messages API (httpx2 MockTransport)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx2
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.config import Settings
from core.intents.cache import IntentCache
from core.intents.llm_classifier import (
    CLASSIFY_TOOL,
    LlmIntentClassifier,
    system_prompt,
    to_parsed_turn,
)
from core.intents.model import LAST_DAY, Intent, Meal, ParsedTurn, Preferences, Target
from core.messages import msg
from core.orchestrator import Classification
from core.services.llm import LlmClient
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema
from core.storage.models import AiInteraction
from tests.fakes.anthropic import FakeAnthropic, raising
from tests.fakes.clock import FakeClock

API_KEY = "sk-ant-api03-classifier-test-key"
CONTEXT = "Trip to Hadibo, 3 days.\nDay 1: 09:00 Hadibo Market (attraction)"
TEXT = "could we fit Sushi Zen into the second day"
SUSHI_ZEN = ParsedTurn(intent=Intent.ADD, query="Sushi Zen", day=2, confidence=0.92)


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = make_engine(db_url)
    await upgrade_schema(engine)
    yield make_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(
        _env_file=None,
        database_url=db_url,
        anthropic_api_key=API_KEY,
        ai_rate_limit_per_user_hour=2,
    )


@pytest.fixture
async def llm(
    settings: Settings,
    sessions: async_sessionmaker[AsyncSession],
    clock: FakeClock,
    fake: FakeAnthropic,
) -> AsyncIterator[LlmClient]:
    assert settings.anthropic_api_key is not None
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(fake.handle))
    client = LlmClient(
        api_key=settings.anthropic_api_key,
        model=settings.llm_model,
        sessions=sessions,
        clock=clock,
        http_client=http,
    )
    yield client
    await client.aclose()
    await http.aclose()


@pytest.fixture
def classifier(settings: Settings, llm: LlmClient, clock: FakeClock) -> LlmIntentClassifier:
    cache = IntentCache(
        clock, size=settings.llm_intent_cache_size, ttl_days=settings.llm_intent_cache_ttl_days
    )
    return LlmIntentClassifier(llm, cache, rate_limit_per_hour=settings.ai_rate_limit_per_user_hour)


async def classify(
    classifier: LlmIntentClassifier, text: str = TEXT, user_id: str = "u1"
) -> Classification:
    return await classifier.classify(text, user_id=user_id, context=CONTEXT)


async def test_successful_classification_asks_once_with_the_forced_tool(
    classifier: LlmIntentClassifier, fake: FakeAnthropic, settings: Settings
) -> None:
    verdict = await classify(classifier)
    assert verdict == Classification(SUSHI_ZEN)
    [request] = fake.requests
    body = json.loads(request.content)
    assert body["model"] == settings.llm_model
    assert body["tool_choice"] == {"type": "tool", "name": "classify_turn"}
    assert [tool["name"] for tool in body["tools"]] == ["classify_turn"]
    assert body["messages"] == [{"role": "user", "content": TEXT}]
    assert CONTEXT in body["system"]
    assert '"unknown"' in body["system"]


def test_tool_schema_lists_every_intent_and_slot() -> None:
    schema = CLASSIFY_TOOL["input_schema"]
    assert schema["properties"]["intent"]["enum"] == [i.value for i in Intent]
    assert set(schema["required"]) == {"intent", "confidence"}
    slots = set(ParsedTurn.model_fields) - {"intent", "confidence"}
    assert slots <= set(schema["properties"])
    assert {"text", "meal", "time", "every"} <= set(schema["properties"]["target"]["properties"])
    assert set(schema["properties"]["preferences"]["properties"]) == {
        "min_rating",
        "price_levels",
        "open_now",
    }
    assert schema["properties"]["meal"]["enum"] == [m.value for m in Meal]


def test_system_prompt_explains_days_times_and_unknown() -> None:
    prompt = system_prompt(CONTEXT)
    assert CONTEXT in prompt
    assert "1-based" in prompt
    assert "HH:MM" in prompt
    assert "unknown" in prompt
    for intent in Intent:
        assert f"- {intent.value}:" in prompt


@pytest.mark.parametrize(
    "again",
    [
        TEXT,
        "Could we fit SUSHI ZEN into the second day?!",
        "could we fit súshi zen into the  second day",
    ],
)
async def test_same_turn_again_is_served_from_the_cache(
    classifier: LlmIntentClassifier, fake: FakeAnthropic, again: str
) -> None:
    await classify(classifier)
    verdict = await classify(classifier, again, user_id="someone-else")
    assert verdict == Classification(SUSHI_ZEN)
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx2.Response(500, json={"type": "error"}),
        lambda: httpx2.Response(503, text="unavailable"),
        raising(httpx2.ReadTimeout("slow")),
        raising(httpx2.ConnectError("refused")),
    ],
    ids=["500", "503", "timeout", "connect-error"],
)
async def test_endpoint_down_is_no_classification_and_a_failed_row(
    classifier: LlmIntentClassifier,
    llm: LlmClient,
    fake: FakeAnthropic,
    sessions: async_sessionmaker[AsyncSession],
    failure: Callable[[], httpx2.Response],
) -> None:
    fake.fail = failure
    assert await classify(classifier) == Classification(None)
    await llm.drain()
    async with sessions() as session:
        [row] = list(await session.scalars(select(AiInteraction)))
    assert row.success is False
    assert row.purpose == "intent_classification"
    assert row.user_id == "u1"
    fake.fail = None  # a failure is not cached: the next turn asks again
    assert await classify(classifier) == Classification(SUSHI_ZEN)


@pytest.mark.parametrize(
    "tool_input",
    [
        {"intent": "teleport", "confidence": 0.9},
        {"intent": "add"},
        {"intent": "add", "confidence": "high"},
        {"intent": "add", "confidence": 1.7},
        {"intent": "add", "confidence": 0.3, "query": "Sushi Zen"},
        {"intent": "unknown", "confidence": 0.99},
        {"confidence": 0.9, "query": "Sushi Zen"},
        {"intent": ["add"], "confidence": 0.9},
    ],
    ids=[
        "invented-intent",
        "no-confidence",
        "confidence-text",
        "confidence-out-of-range",
        "unsure",
        "unknown",
        "no-intent",
        "intent-list",
    ],
)
async def test_garbled_or_unsure_answers_are_no_classification_and_not_cached(
    classifier: LlmIntentClassifier, fake: FakeAnthropic, tool_input: dict[str, Any]
) -> None:
    fake.tool_input = tool_input
    assert await classify(classifier) == Classification(None)
    assert await classify(classifier) == Classification(None)
    assert len(fake.requests) == 2


async def test_invalid_slots_are_dropped_not_fatal(
    classifier: LlmIntentClassifier, fake: FakeAnthropic
) -> None:
    fake.tool_input = {
        "intent": "retime",
        "confidence": 0.8,
        "time": "25:00",
        "day": "two",
        "meal": "brunch",
        "target": {"text": "  the   fort ", "time": "9:30", "every": "yes"},
    }
    verdict = await classify(classifier)
    assert verdict.parsed == ParsedTurn(
        intent=Intent.RETIME, confidence=0.8, target=Target(text="the fort", time="09:30")
    )


@pytest.mark.parametrize(
    ("tool_input", "expected"),
    [
        ({"day": 2, "to_day": 3}, {"day": 2, "to_day": 3}),
        ({"day": -1}, {"day": LAST_DAY}),
        ({"day": 2.0}, {"day": 2}),
        ({"day": 0, "to_day": 31}, {}),
        ({"day": 2.5, "to_day": True}, {}),
        ({"time": "19:30"}, {"time": "19:30"}),
        ({"time": "7:05"}, {"time": "07:05"}),
        ({"time": "8pm"}, {}),
        ({"time": "12:60"}, {}),
        ({"meal": "Dinner"}, {"meal": Meal.DINNER}),
        ({"query": ""}, {}),
        ({"query": 42}, {}),
        ({"target": {}}, {}),
        ({"target": "the museum"}, {}),
        (
            {"target": {"meal": "lunch", "every": True}},
            {"target": Target(meal=Meal.LUNCH, every=True)},
        ),
        (
            {
                "preferences": {
                    "min_rating": 4.5,
                    "price_levels": [2, 1, 2, 9, "x"],
                    "open_now": True,
                }
            },
            {"preferences": Preferences(min_rating=4.5, price_levels=(1, 2), open_now=True)},
        ),
        ({"preferences": {"min_rating": 7, "price_levels": "cheap"}}, {}),
        ({"party_size": 4, "day_count": 5}, {"party_size": 4, "day_count": 5}),
        ({"party_size": 0, "day_count": 99}, {}),
        (
            {"destination": "Lisbon", "theme": "food", "booking_ref": "BK-1", "question": "why?"},
            {"destination": "Lisbon", "theme": "food", "booking_ref": "BK-1", "question": "why?"},
        ),
    ],
)
def test_slot_conversion(tool_input: dict[str, Any], expected: dict[str, Any]) -> None:
    parsed = to_parsed_turn({"intent": "add", "confidence": 1, **tool_input})
    assert parsed == ParsedTurn(intent=Intent.ADD, confidence=1.0, **expected)


async def test_rate_limit_skips_the_call_with_a_note_until_the_hour_is_over(
    classifier: LlmIntentClassifier, fake: FakeAnthropic, clock: FakeClock
) -> None:
    fake.fail = lambda: httpx2.Response(503, text="down")  # failed calls count too
    await classify(classifier, "first unfamiliar phrasing")
    fake.fail = None
    await classify(classifier, "second unfamiliar phrasing")
    assert len(fake.requests) == 3  # the 503 was retried once

    limited = await classify(classifier, "third unfamiliar phrasing")
    assert limited == Classification(None, note=msg("ai_limit_note"))
    assert len(fake.requests) == 3
    # A phrasing already understood costs nothing, so it is still answered.
    assert await classify(classifier, "second unfamiliar phrasing") == Classification(SUSHI_ZEN)
    # Another traveler has their own allowance.
    assert await classify(classifier, "third unfamiliar phrasing", "u2") == Classification(
        SUSHI_ZEN
    )

    clock.advance(hours=1)
    again = await classify(classifier, "fourth unfamiliar phrasing")
    assert again == Classification(SUSHI_ZEN)
    assert len(fake.requests) == 5

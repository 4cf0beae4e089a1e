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
from core.domain.itinerary import NodeType
from core.intents.cache import IntentCache
from core.intents.llm_classifier import (
    CLASSIFY_TOOL,
    MAX_OPS,
    MAX_TOKENS,
    LlmIntentClassifier,
    confident,
    system_prompt,
    to_parsed_message,
)
from core.intents.model import (
    Intent,
    Meal,
    ParsedMessage,
    ParsedTurn,
    PartOfDay,
    Target,
    Topic,
)
from core.messages import msg
from core.services.llm import LlmClient
from core.storage.models import AiInteraction
from core.turns import Classification
from tests.fakes.anthropic import FakeAnthropic, llm_clients, raising
from tests.fakes.clock import FakeClock

API_KEY = "sk-ant-api03-classifier-test-key"
CONTEXT = "Trip to Hadibo, 3 days.\nDay 1: 09:00 Hadibo Market (attraction)"
TEXT = "could we fit Sushi Zen into the second day"
SUSHI_ZEN_INPUT = {
    "language": "en",
    "operations": [{"intent": "add", "confidence": 0.92, "query": "Sushi Zen", "day": 2}],
}
SUSHI_ZEN = ParsedMessage(
    ops=(ParsedTurn(intent=Intent.ADD, query="Sushi Zen", day=2, confidence=0.92),),
    language="en",
)
SPANISH = "quita el museo del día 3 y agrega un lugar de mariscos para cenar ese día"
SPANISH_INPUT = {
    "language": "es",
    "operations": [
        {"intent": "remove", "confidence": 0.9, "day": 3, "target": {"text": "museo"}},
        {
            "intent": "add",
            "confidence": 0.85,
            "query": "seafood place",
            "query_language": "en",
            "meal": "dinner",
            "day": 3,
        },
    ],
}
REMOVE_THEN_ADD = ParsedMessage(
    ops=(
        ParsedTurn(intent=Intent.REMOVE, confidence=0.9, day=3, target=Target(text="museo")),
        ParsedTurn(
            intent=Intent.ADD,
            confidence=0.85,
            query="seafood place",
            query_language="en",
            meal=Meal.DINNER,
            day=3,
        ),
    ),
    language="es",
)


@pytest.fixture
def fake() -> FakeAnthropic:
    fake = FakeAnthropic()
    fake.tool_input = SUSHI_ZEN_INPUT
    return fake


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
    async with llm_clients(sessions, clock, fake, API_KEY) as make:
        yield make(model=settings.llm_model)


@pytest.fixture
def cache(settings: Settings, clock: FakeClock) -> IntentCache:
    return IntentCache(
        clock, size=settings.llm_intent_cache_size, ttl_days=settings.llm_intent_cache_ttl_days
    )


@pytest.fixture
def classifier(settings: Settings, llm: LlmClient, cache: IntentCache) -> LlmIntentClassifier:
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
    assert body["tools"][0]["input_schema"] == CLASSIFY_TOOL["input_schema"]
    assert body["max_tokens"] == MAX_TOKENS
    assert body["messages"] == [{"role": "user", "content": TEXT}]
    assert CONTEXT in body["system"]
    assert '"unknown"' in body["system"]
    assert "Today is" not in body["system"]  # no clock given: no date to state


async def test_two_requests_come_back_as_two_operations_in_order(
    classifier: LlmIntentClassifier, fake: FakeAnthropic
) -> None:
    fake.tool_input = SPANISH_INPUT
    verdict = await classify(classifier, SPANISH)
    assert verdict == Classification(REMOVE_THEN_ADD)
    assert verdict.parsed is not None
    assert [op.intent for op in verdict.parsed.ops] == [Intent.REMOVE, Intent.ADD]
    assert verdict.parsed.first.target == Target(text="museo")
    assert fake.json()["messages"] == [{"role": "user", "content": SPANISH}]


async def test_a_spanish_message_carries_its_language_and_calendar_slots(
    classifier: LlmIntentClassifier, fake: FakeAnthropic
) -> None:
    fake.tool_input = {
        "language": "es",
        "operations": [
            {
                "intent": "add",
                "confidence": 0.85,
                "query": "Museo del Oro",
                "query_language": "es",
                "day_ref": "tomorrow",
                "part_of_day": "afternoon",
            }
        ],
    }
    verdict = await classify(classifier, "¿podemos ir al Museo del Oro mañana por la tarde?")
    assert verdict.parsed == ParsedMessage(
        ops=(
            ParsedTurn(
                intent=Intent.ADD,
                confidence=0.85,
                query="Museo del Oro",
                query_language="es",
                day_ref="tomorrow",
                part_of_day=PartOfDay.AFTERNOON,
            ),
        ),
        language="es",
    )


async def test_trip_and_social_intents_come_through(
    classifier: LlmIntentClassifier, fake: FakeAnthropic
) -> None:
    fake.tool_input = {
        "language": "pt",
        "operations": [
            {"intent": "swap_days", "confidence": 0.9, "day": 2, "to_day": 3},
            {"intent": "relax", "confidence": 0.8, "day": 4},
            {"intent": "social", "confidence": 0.95, "topic": "thanks"},
        ],
    }
    verdict = await classify(classifier, "troca os dias 2 e 3, alivia o dia 4, e obrigado!")
    assert verdict.parsed == ParsedMessage(
        ops=(
            ParsedTurn(intent=Intent.SWAP_DAYS, confidence=0.9, day=2, to_day=3),
            ParsedTurn(intent=Intent.RELAX, confidence=0.8, day=4),
            ParsedTurn(intent=Intent.SOCIAL, confidence=0.95, topic=Topic.THANKS),
        ),
        language="pt",
    )


async def test_today_is_in_the_prompt_when_a_clock_is_given(
    llm: LlmClient, cache: IntentCache, clock: FakeClock, fake: FakeAnthropic
) -> None:
    classifier = LlmIntentClassifier(llm, cache, rate_limit_per_hour=5, clock=clock)
    await classify(classifier)
    assert "Today is 2026-11-23 (Monday)." in fake.json()["system"]


def test_tool_schema_lists_every_intent_and_slot() -> None:
    schema = CLASSIFY_TOOL["input_schema"]
    assert schema["required"] == ["operations"]
    assert set(schema["properties"]) == {"language", "operations"}
    operations = schema["properties"]["operations"]
    assert (operations["minItems"], operations["maxItems"]) == (1, MAX_OPS)
    op = operations["items"]
    assert op["properties"]["intent"]["enum"] == [i.value for i in Intent]
    assert set(op["required"]) == {"intent", "confidence"}
    slots = set(ParsedTurn.model_fields) - {"intent", "confidence"}
    assert slots == set(op["properties"]) - {"intent", "confidence"}
    assert {"text", "meal", "time", "node_type", "every"} == set(
        op["properties"]["target"]["properties"]
    )
    assert op["properties"]["target"]["properties"]["node_type"]["enum"] == [
        t.value for t in NodeType
    ]
    assert set(op["properties"]["preferences"]["properties"]) == {
        "min_rating",
        "price_levels",
        "open_now",
    }
    assert op["properties"]["meal"]["enum"] == [m.value for m in Meal]
    assert op["properties"]["part_of_day"]["enum"] == [p.value for p in PartOfDay]
    assert op["properties"]["topic"]["enum"] == [t.value for t in Topic]
    assert op["properties"]["interests"]["items"] == {"type": "string"}


def test_system_prompt_explains_operations_days_times_and_unknown() -> None:
    prompt = system_prompt(CONTEXT)
    assert CONTEXT in prompt
    assert "{" + "context}" not in prompt
    assert "{" + "today}" not in prompt
    for words in ("1-based", "HH:MM", "YYYY-MM-DD", "weekday:4", "in the order asked"):
        assert words in prompt
    for intent in Intent:
        assert f"- {intent.value}:" in prompt
    # Kinds of places in English, names as written.
    assert '"un lugar de mariscos" → "seafood place"' in prompt
    assert '"Museo del Oro"' in prompt


def examples(prompt: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in prompt.splitlines() if line.startswith('{"language"')]


def test_every_example_in_the_prompt_is_a_valid_confident_answer() -> None:
    answers = examples(system_prompt(CONTEXT))
    assert {answer["language"] for answer in answers} == {"en", "es", "pt"}
    assert any(len(answer["operations"]) == 2 for answer in answers)  # a two-request message
    for answer in answers:
        parsed = to_parsed_message(answer)
        assert parsed is not None, answer
        assert confident(parsed)
        assert len(parsed.ops) == len(answer["operations"])


@pytest.mark.parametrize(
    "again",
    [
        SPANISH,
        "Quita el MUSEO del dia 3 y agrega un lugar de mariscos para cenar ese día!",
        "quita el  museo del día 3, y agrega un lugar de máriscos para cenar ese dia",
    ],
)
async def test_same_message_again_is_served_from_the_cache(
    classifier: LlmIntentClassifier, fake: FakeAnthropic, again: str
) -> None:
    fake.tool_input = SPANISH_INPUT
    await classify(classifier, SPANISH)
    verdict = await classify(classifier, again, user_id="someone-else")
    assert verdict == Classification(REMOVE_THEN_ADD)
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


ADD_OP = {"intent": "add", "confidence": 0.9, "query": "Sushi Zen"}


def answer(*ops: Any, language: Any = "en") -> dict[str, Any]:
    return {"language": language, "operations": list(ops)}


@pytest.mark.parametrize(
    "tool_input",
    [
        answer({"intent": "teleport", "confidence": 0.9}),
        answer({"intent": "add"}),
        answer({"intent": "add", "confidence": "high"}),
        answer({"intent": "add", "confidence": 1.7}),
        answer({"intent": "add", "confidence": 0.3, "query": "Sushi Zen"}),
        answer({"intent": "unknown", "confidence": 0.99}),
        answer({"confidence": 0.9, "query": "Sushi Zen"}),
        answer({"intent": ["add"], "confidence": 0.9}),
        answer(ADD_OP, {"intent": "unknown", "confidence": 0.9}),
        answer(ADD_OP, {"intent": "teleport", "confidence": 0.9}),
        answer({"intent": "remove", "confidence": 0.4}, ADD_OP),
        answer(ADD_OP, "remove the museum"),
        answer(),
        answer(*[ADD_OP] * (MAX_OPS + 1)),
        {"language": "en", "operations": ADD_OP},
        {"intent": "add", "confidence": 0.9, "query": "Sushi Zen", "day": 2},
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
        "second-op-unknown",
        "second-op-invented",
        "first-op-unsure",
        "op-not-an-object",
        "no-operations",
        "too-many-operations",
        "operations-not-a-list",
        "flat-single-answer",
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
    fake.tool_input = answer(
        {
            "intent": "retime",
            "confidence": 0.8,
            "time": "25:00",
            "day": 99,
            "meal": "brunch",
            "target": {"text": "  the   fort ", "time": "9:30", "every": "yes"},
        },
        {"intent": "add", "confidence": 0.9, "query": "Sushi Zen", "day": "two", "to_day": 0},
        language="english",
    )
    verdict = await classify(classifier)
    assert verdict.parsed == ParsedMessage(
        ops=(
            ParsedTurn(
                intent=Intent.RETIME, confidence=0.8, target=Target(text="the fort", time="09:30")
            ),
            ParsedTurn(intent=Intent.ADD, confidence=0.9, query="Sushi Zen"),
        ),
        language=None,
    )


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

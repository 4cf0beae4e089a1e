"""LlmClient against a fake Messages API (httpx2 MockTransport): request, ledger, failures."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx2
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.services.llm import LlmClient, cost_usd
from core.storage.models import AiInteraction
from tests.fakes.anthropic import MODEL, PAYLOAD, FakeAnthropic, llm_clients, raising
from tests.fakes.clock import FakeClock

API_KEY = "sk-ant-api03-TEST-secret-key-0123456789"
TOOL: dict[str, Any] = {
    "name": "classify_turn",
    "description": "Record the intent.",
    "input_schema": {"type": "object", "properties": {"intent": {"type": "string"}}},
}
USER_TEXT = "could we fit Sushi Zen into the second day"


def sent_key(request: httpx2.Request) -> str:
    # anthropic 2.x sends the API key as a bearer token; 0.x sent it as x-api-key.
    if "x-api-key" in request.headers:
        return request.headers["x-api-key"]
    return request.headers["authorization"].removeprefix("Bearer ")


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
async def make_llm(
    sessions: async_sessionmaker[AsyncSession], clock: FakeClock, fake: FakeAnthropic
) -> AsyncIterator[Callable[..., LlmClient]]:
    async with llm_clients(sessions, clock, fake, API_KEY) as make:
        yield make


@pytest.fixture
def llm(make_llm: Callable[..., LlmClient]) -> LlmClient:
    return make_llm()


async def ask(llm: LlmClient, user_id: str | None = "u1") -> dict[str, Any] | None:
    return await llm.tool_call(
        purpose="intent_classification",
        user_id=user_id,
        system="You classify.",
        user_text=USER_TEXT,
        tool=TOOL,
    )


async def rows(llm: LlmClient, sessions: async_sessionmaker[AsyncSession]) -> list[AiInteraction]:
    await llm.drain()
    async with sessions() as session:
        result = await session.scalars(select(AiInteraction).order_by(AiInteraction.id))
        return list(result)


async def test_request_forces_the_tool_with_the_configured_model_and_key(
    llm: LlmClient, fake: FakeAnthropic
) -> None:
    await ask(llm)
    assert len(fake.requests) == 1
    request = fake.requests[0]
    assert request.url.host == "api.anthropic.com"
    assert sent_key(request) == API_KEY
    body = fake.json()
    assert body["model"] == MODEL
    assert body["tools"] == [TOOL]
    assert body["tool_choice"] == {"type": "tool", "name": "classify_turn"}
    assert body["system"] == "You classify."
    assert body["messages"] == [{"role": "user", "content": USER_TEXT}]
    assert body["max_tokens"] == 300


async def test_base_url_from_settings_is_used(
    make_llm: Callable[..., LlmClient], fake: FakeAnthropic
) -> None:
    await ask(make_llm(base_url="https://llm-proxy.test"))
    assert fake.requests[0].url.host == "llm-proxy.test"


async def test_success_returns_the_tool_input_and_ledgers_the_call(
    llm: LlmClient, sessions: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    result = await ask(llm)
    assert result == {
        "language": "en",
        "operations": [{"intent": "add", "confidence": 0.92, "query": "Sushi Zen", "day": 2}],
    }
    [row] = await rows(llm, sessions)
    assert row.purpose == "intent_classification"
    assert row.model == MODEL
    assert row.user_id == "u1"
    assert (row.input_tokens, row.output_tokens) == (1187, 64)
    assert row.cost_usd == pytest.approx((1187 * 1.0 + 64 * 5.0) / 1_000_000)
    assert row.success is True
    assert row.error is None
    assert row.latency_ms >= 0
    assert row.created_at == clock.now()


async def test_unknown_model_costs_nothing_but_is_still_ledgered(
    make_llm: Callable[..., LlmClient],
    fake: FakeAnthropic,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    fake.body["model"] = "mystery-model-1"
    llm = make_llm(model="mystery-model-1")
    assert await ask(llm) is not None
    [row] = await rows(llm, sessions)
    assert row.model == "mystery-model-1"
    assert row.cost_usd == 0
    assert row.input_tokens == 1187


def test_cost_matches_dated_model_names_by_family() -> None:
    assert cost_usd("claude-haiku-4-5-20251001", 1_000_000, 0) == pytest.approx(1.0)
    assert cost_usd("claude-haiku-4-5", 0, 1_000_000) == pytest.approx(5.0)
    assert cost_usd("gpt-whatever", 1000, 1000) == 0


FAILURES = [
    pytest.param(lambda: httpx2.Response(500, json={"type": "error"}), 2, id="500"),
    pytest.param(lambda: httpx2.Response(503, text="upstream down"), 2, id="503"),
    pytest.param(
        lambda: httpx2.Response(
            529, json={"type": "error", "error": {"type": "overloaded_error", "message": "x"}}
        ),
        2,
        id="529-overloaded",
    ),
    pytest.param(
        lambda: httpx2.Response(
            401, json={"type": "error", "error": {"type": "authentication_error"}}
        ),
        1,
        id="401-not-retried",
    ),
    pytest.param(raising(httpx2.ConnectError("connection refused")), 2, id="connect-error"),
    pytest.param(raising(httpx2.ReadTimeout("read timed out")), 2, id="timeout"),
]


@pytest.mark.parametrize(("failure", "attempts"), FAILURES)
async def test_endpoint_down_is_none_quickly_and_a_failed_row(
    llm: LlmClient,
    fake: FakeAnthropic,
    sessions: async_sessionmaker[AsyncSession],
    failure: Callable[[], httpx2.Response],
    attempts: int,
) -> None:
    fake.fail = failure
    started = time.monotonic()
    assert await ask(llm) is None
    assert time.monotonic() - started < 5  # one retry at most, with a sub-second backoff
    assert len(fake.requests) == attempts
    [row] = await rows(llm, sessions)
    assert row.success is False
    assert row.error
    assert row.error.split(":")[0].endswith("Error")  # the exception's type name comes first
    assert API_KEY not in row.error
    assert (row.input_tokens, row.output_tokens, row.cost_usd) == (0, 0, 0)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            {**PAYLOAD, "content": [{"type": "text", "text": "I think it's add."}]}, id="text-only"
        ),
        pytest.param({**PAYLOAD, "content": "garbage"}, id="content-not-a-list"),
        pytest.param(
            {**PAYLOAD, "content": [{**PAYLOAD["content"][0], "input": "add"}]}, id="input-string"
        ),
        pytest.param(
            {**PAYLOAD, "content": [{**PAYLOAD["content"][0], "name": "other_tool"}]},
            id="other-tool",
        ),
        pytest.param({"unexpected": True}, id="not-a-message"),
        pytest.param([], id="json-array"),
    ],
)
async def test_answer_without_a_usable_tool_use_is_none_and_a_failed_row(
    llm: LlmClient, fake: FakeAnthropic, sessions: async_sessionmaker[AsyncSession], body: Any
) -> None:
    fake.body = body
    assert await ask(llm) is None
    [row] = await rows(llm, sessions)
    assert row.success is False


async def test_non_json_answer_is_none(
    llm: LlmClient, fake: FakeAnthropic, sessions: async_sessionmaker[AsyncSession]
) -> None:
    fake.fail = lambda: httpx2.Response(
        200, content=b"<html>oops</html>", headers={"content-type": "application/json"}
    )
    assert await ask(llm) is None
    [row] = await rows(llm, sessions)
    assert row.success is False


async def test_the_key_and_the_text_stay_out_of_logs_and_rows(
    llm: LlmClient,
    fake: FakeAnthropic,
    sessions: async_sessionmaker[AsyncSession],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    await ask(llm)
    # A server that echoes the credential back in its error must not leak it either.
    fake.fail = lambda: httpx2.Response(
        400, json={"type": "error", "error": {"message": f"bad key {API_KEY}"}}
    )
    await ask(llm)
    fake.fail = raising(httpx2.ConnectError("connection refused"))
    await ask(llm)
    assert API_KEY not in caplog.text
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        if record.levelno >= logging.INFO:
            assert USER_TEXT not in record.getMessage()
    ledger = await rows(llm, sessions)
    assert len(ledger) == 3
    assert "[redacted]" in (ledger[1].error or "")
    for row in ledger:
        assert API_KEY not in f"{row.error} {row.model} {row.purpose} {row.user_id}"
    assert any("LLM call" in r.getMessage() for r in caplog.records)


async def test_calls_in_last_hour_counts_each_users_calls_failed_ones_too(
    llm: LlmClient, fake: FakeAnthropic, clock: FakeClock
) -> None:
    await ask(llm, "u1")
    clock.advance(minutes=30)
    fake.fail = lambda: httpx2.Response(400, json={"type": "error"})
    await ask(llm, "u1")
    await ask(llm, "u2")
    await ask(llm, None)  # a call for no traveler counts against nobody
    assert await llm.calls_in_last_hour("u1") == 2
    assert await llm.calls_in_last_hour("u2") == 1
    assert await llm.calls_in_last_hour("u3") == 0
    clock.advance(minutes=30)
    assert await llm.calls_in_last_hour("u1") == 1  # the first call is an hour old
    clock.advance(minutes=30)
    assert await llm.calls_in_last_hour("u1") == 0
    assert await llm.calls_in_last_hour("u2") == 0

"""The Anthropic client: one forced tool call per question, every call ledgered in ai_interactions.

The installed SDK (anthropic 2.x) talks HTTP through `httpx2`, not `httpx`; an injected client
must therefore be an `httpx2.AsyncClient` (the SDK rejects plain `httpx` objects).

The orchestrator asks before it opens the turn's transaction, so the ledger row is written at
once and the hourly count is read from the table: every instance sees every call.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

import httpx2
from pydantic import SecretStr
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.clock import Clock
from core.metrics import record_llm_call
from core.storage.models import AiInteraction

if TYPE_CHECKING:
    # The SDK costs ~75 MB of memory to import: processes without an API key never load it.
    from anthropic.types import ToolParam

log = logging.getLogger(__name__)

TIMEOUT = httpx2.Timeout(10.0, connect=5.0)
# One retry absorbs a blip; the SDK default (two) would keep a waiting traveler too long. The
# retry is ours, not the SDK's: the SDK sleeps whatever Retry-After says (an hour, if asked).
MAX_RETRIES = 1
RETRY_BACKOFF_SECONDS = 0.5
# A longer Retry-After is not worth a waiting traveler: the rules answer at once instead.
MAX_RETRY_AFTER_SECONDS = 2.0
# However the attempts go, a traveler never waits longer than this for the LLM.
DEADLINE_SECONDS = 15.0
_RETRY_STATUSES = frozenset({408, 409, 429})
RATE_WINDOW = timedelta(hours=1)
MAX_ERROR_LENGTH = 300
# USD per million tokens (input, output), matched by the longest model-name prefix.
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "claude-haiku-4-5": (1.0, 5.0),
    "claude-3-5-haiku": (0.8, 4.0),
    "claude-sonnet-4": (3.0, 15.0),
    "claude-opus-4-5": (5.0, 25.0),
    "claude-opus-4-1": (15.0, 75.0),
}


def make_anthropic_http_client() -> httpx2.AsyncClient:
    """The HTTP client the SDK uses in production (its own defaults, our timeouts)."""
    import anthropic  # noqa: PLC0415 - loaded only when an API key is configured

    return anthropic.DefaultAsyncHttpxClient(timeout=TIMEOUT)


def cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    """The list price of one call; 0 for a model missing from the price table.

    Args:
        model: The model name as requested or as answered (dated names match their family).
        input_tokens: Tokens sent.
        output_tokens: Tokens generated.

    Returns:
        The cost in US dollars.
    """
    prefixes = [p for p in PRICES_PER_MTOK if model.startswith(p)]
    if not prefixes:
        return 0.0
    input_price, output_price = PRICES_PER_MTOK[max(prefixes, key=len)]
    return (input_tokens * input_price + output_tokens * output_price) / 1_000_000


def _tool_input(response: object, name: str) -> dict[str, Any] | None:
    """The input of the tool_use block named `name`, if the answer has a usable one.

    The SDK does not validate answers strictly, so a garbled body can come back as a Message
    with missing or mistyped fields: every step is checked.
    """
    content = getattr(response, "content", None)
    if not isinstance(content, list):
        return None
    for block in content:
        if getattr(block, "type", None) == "tool_use" and getattr(block, "name", None) == name:
            data = getattr(block, "input", None)
            if isinstance(data, dict):
                return dict(data)
    return None


def _tokens(response: object) -> tuple[int, int]:
    """Input and output tokens of an answer (0 when the usage is missing or garbled)."""
    usage = getattr(response, "usage", None)
    sent = _count(getattr(usage, "input_tokens", None))
    generated = _count(getattr(usage, "output_tokens", None))
    return sent, generated


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


class LlmClient:
    """Sends forced tool calls to Anthropic and ledgers every one of them."""

    def __init__(
        self,
        *,
        api_key: SecretStr,
        model: str,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        base_url: str | None = None,
        http_client: httpx2.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        deadline_seconds: float = DEADLINE_SECONDS,
    ) -> None:
        self._api_key = api_key
        self._model = model
        self._sessions = sessions
        self._clock = clock
        self._sleep = sleep
        self._deadline = deadline_seconds
        self._owns_http = http_client is None
        import anthropic  # noqa: PLC0415 - loaded only when an API key is configured

        self._anthropic = anthropic.AsyncAnthropic(
            api_key=api_key.get_secret_value(),
            base_url=base_url or None,
            timeout=TIMEOUT,
            max_retries=0,  # retried in _create, with a capped wait
            http_client=http_client,
        )

    @property
    def model(self) -> str:
        """The model every call asks for."""
        return self._model

    async def tool_call(
        self,
        *,
        purpose: str,
        user_id: str | None,
        system: str,
        user_text: str,
        tool: dict[str, Any],
        max_tokens: int = 300,
    ) -> dict[str, Any] | None:
        """Ask once, forcing the model to answer through `tool`.

        Args:
            purpose: What the call is for, as ledgered (e.g. "intent_classification").
            user_id: The traveler the call is made for (counts against their hourly limit).
            system: The system prompt.
            user_text: The traveler's message.
            tool: One tool definition (name, description, input_schema).
            max_tokens: The output budget.

        Returns:
            The tool's input as the model filled it, or None when the call failed or the answer
            held no tool use. Never raises for API or network failures.
        """
        import anthropic  # noqa: PLC0415 - already loaded by __init__; a dict lookup

        started = self._clock.monotonic()
        created_at = self._clock.now()
        try:
            async with asyncio.timeout(self._deadline):
                response = await self._create(
                    model=self._model,
                    max_tokens=max_tokens,
                    system=system,
                    messages=[{"role": "user", "content": user_text}],
                    tools=[cast("ToolParam", tool)],
                    tool_choice={"type": "tool", "name": tool["name"]},
                )
        # ValueError: a body that is not the JSON the SDK expects (json/pydantic errors).
        # TimeoutError: the deadline passed.
        except (anthropic.AnthropicError, httpx2.HTTPError, ValueError, TimeoutError) as exc:
            error = self._describe(exc)
            await self._record(
                AiInteraction(
                    user_id=user_id,
                    purpose=purpose,
                    model=self._model,
                    latency_ms=self._elapsed_ms(started),
                    success=False,
                    error=error,
                    created_at=created_at,
                )
            )
            record_llm_call(purpose=purpose, model=self._model, result="error")
            log.warning("LLM call for %s failed: %s", purpose, error)
            return None
        result = _tool_input(response, tool["name"])
        input_tokens, output_tokens = _tokens(response)
        answered_model = getattr(response, "model", None)
        latency_ms = self._elapsed_ms(started)
        # The answered name is dated ("…-20251001"); prices match it by family prefix.
        cost = cost_usd(
            answered_model if isinstance(answered_model, str) else self._model,
            input_tokens,
            output_tokens,
        )
        record_llm_call(
            purpose=purpose,
            model=self._model,
            result="ok" if result is not None else "no_tool_use",
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=cost,
        )
        await self._record(
            AiInteraction(
                user_id=user_id,
                purpose=purpose,
                model=self._model,
                input_tokens=input_tokens,
                output_tokens=output_tokens,
                cost_usd=cost,
                latency_ms=latency_ms,
                success=result is not None,
                error=None if result is not None else "no tool_use block in the answer",
                created_at=created_at,
            )
        )
        log.info(
            "LLM call for %s: model=%s tokens=%d/%d latency=%dms tool_use=%s",
            purpose,
            self._model,
            input_tokens,
            output_tokens,
            latency_ms,
            result is not None,
        )
        return result

    async def _create(self, **request: Any) -> object:
        """messages.create, retried once after a 5xx, a 408/409/429 or a connection failure.

        A 429 whose Retry-After is over MAX_RETRY_AFTER_SECONDS is not retried; tool_call's
        deadline cuts a retry that would end too late (a timeout, then a slow second try).
        """
        import anthropic  # noqa: PLC0415 - already loaded by __init__; a dict lookup

        attempt = 1
        while True:
            try:
                return await self._anthropic.messages.create(**request)
            except (anthropic.APIStatusError, anthropic.APIConnectionError) as exc:
                wait = _retry_wait(exc)
                if wait is None or attempt > MAX_RETRIES:
                    raise
                log.info("LLM call failed (%s); retrying in %.1fs", type(exc).__name__, wait)
            await self._sleep(wait)
            attempt += 1

    async def calls_in_last_hour(self, user_id: str) -> int:
        """How many calls (failed ones too) were made for `user_id` in the last hour."""
        since = self._clock.now() - RATE_WINDOW
        async with self._sessions() as session:
            count = await session.scalar(
                select(func.count())
                .select_from(AiInteraction)
                .where(AiInteraction.user_id == user_id, AiInteraction.created_at > since)
            )
        return int(count or 0)

    async def drain(self) -> None:
        """Kept for callers that wait for the ledger: rows are written before a call returns."""

    async def aclose(self) -> None:
        """Close the SDK's HTTP client if it made its own."""
        if self._owns_http:
            await self._anthropic.close()

    async def _record(self, row: AiInteraction) -> None:
        try:
            async with self._sessions() as session, session.begin():
                session.add(row)
        except SQLAlchemyError:
            log.exception("could not ledger an LLM call for %s", row.purpose)

    def _elapsed_ms(self, started: float) -> int:
        return max(0, round((self._clock.monotonic() - started) * 1000))

    def _describe(self, exc: Exception) -> str:
        """Type name and a short message, with the key scrubbed should any echo carry it."""
        text = f"{type(exc).__name__}: {exc}"
        secret = self._api_key.get_secret_value()
        if secret:
            text = text.replace(secret, "[redacted]")
        return text[:MAX_ERROR_LENGTH]


def _retry_wait(exc: Exception) -> float | None:
    """Seconds to wait before the one retry of a failed call, or None when it is not retried."""
    import anthropic  # noqa: PLC0415 - already loaded by LlmClient; a dict lookup

    if not isinstance(exc, anthropic.APIStatusError):
        return RETRY_BACKOFF_SECONDS  # no answer (connection failed, timed out)
    if exc.status_code not in _RETRY_STATUSES and exc.status_code < 500:
        return None
    headers = exc.response.headers
    try:
        if (millis := headers.get("retry-after-ms")) is not None:
            wait = float(millis) / 1000
        else:
            wait = float(headers.get("retry-after", RETRY_BACKOFF_SECONDS))
    except ValueError:  # an HTTP date, or garbage: our own backoff
        wait = RETRY_BACKOFF_SECONDS
    return max(0.0, wait) if wait <= MAX_RETRY_AFTER_SECONDS else None

"""The xAI (Grok) client for destination intelligence: one Responses API call per market.

Grok researches live with xAI's server-side `web_search` and `x_search` tools (chat completions
has no live search any more: its `search_parameters` answers 410). The answer's citations are
kept as the items' sources, and the tools it used, its tokens and its cost go to the ledger.

Only the `refresh_intelligence` job calls it, never a request handler: an answer can take most of
a minute. It never raises for network, HTTP or format failures; the answer says what went wrong
so the job can ledger it and move on to the next market. Nothing is retried (the next run is
30 minutes away), and after two outages in a row (no answer, 429, 5xx) a breaker answers at once
for 20 minutes: a run against a dead or throttling xAI waits out two timeouts, not eight.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import SecretStr

from core.clock import Clock
from core.services.places.guard import CircuitBreaker

log = logging.getLogger(__name__)

MODEL = "grok-4-1-fast"
RESPONSES_PATH = "/v1/responses"
TOOLS = ("web_search", "x_search")
MAX_CITATIONS = 20
USD_TICKS = 10_000_000_000  # xAI reports cost in ticks: 1 USD = 10^10 ticks
TIMEOUT = httpx.Timeout(60.0, connect=10.0)
MAX_ERROR_LENGTH = 300
OUTAGES_TO_OPEN = 2
OPEN_SECONDS = 20 * 60
# USD per million tokens (input, output), xAI's list price for grok-4-1-fast.
PRICE_PER_MTOK = (0.20, 0.50)

SYSTEM_PROMPT = """You are a destination intelligence analyst monitoring {market}.
Extract structured intelligence in this exact JSON format:

{{
  "events": [
    {{"name": "...", "date": "YYYY-MM-DD", "category": "festival|concert|sports|cultural",
      "impact": "high|medium|low", "description": "...", "source_url": "..."}}
  ],
  "safety_updates": [
    {{"type": "travel_advisory|weather|health|security", "severity": "critical|high|medium|low",
      "description": "...", "areas_affected": ["..."], "valid_until": "YYYY-MM-DD",
      "source_url": "..."}}
  ],
  "trending_experiences": [
    {{"name": "...", "category": "activity|restaurant|attraction|neighborhood",
      "trend_score": 0, "sentiment": "positive|neutral|negative", "description": "...",
      "price_range": "$|$$|$$$|$$$$", "x_mentions": 0, "recent_reviews": ["..."]}}
  ],
  "weather": {{"current": "...", "forecast_7day": ["..."], "seasonal_note": "...",
               "packing_suggestion": "..."}},
  "last_updated": "ISO8601 timestamp"
}}

trend_score is an integer from 0 to 100. Use "critical" or "high" severity only for situations
that put travelers at risk. Output strict JSON only, with no text around it."""

USER_PROMPT = """Today is {today}. Provide comprehensive intelligence for {market} covering:
1. EVENTS (next 60 days): festivals, concerts, sports events, cultural celebrations, public
   holidays, any major gatherings.
2. SAFETY UPDATES: travel advisories, weather alerts, health notices, security concerns,
   transportation disruptions.
3. TRENDING EXPERIENCES (last 48 hours): activities with high social media buzz, restaurants
   getting rave reviews, new attractions or openings, hidden gems, seasonal opportunities.
4. WEATHER: current conditions, 7-day forecast, seasonal patterns, packing recommendations.
Output strict JSON only."""


def make_xai_client(base_url: str) -> httpx.AsyncClient:
    """The HTTP client for the xAI API (60 s: a researched answer is slow)."""
    return httpx.AsyncClient(base_url=base_url, timeout=TIMEOUT)


@dataclass(frozen=True)
class GrokAnswer:
    """One call's outcome: the parsed JSON object, or why there is none, and its usage."""

    payload: dict[str, Any] | None
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    error: str | None = None
    # The sources the research found (URLs), and the server-side tools it called.
    citations: tuple[str, ...] = ()
    tools_used: tuple[str, ...] = ()
    # What xAI says it billed (usage.cost_in_usd_ticks); None: price the tokens ourselves.
    cost_ticks: int | None = None

    @property
    def cost_usd(self) -> float:
        """What the call cost: xAI's own figure when it gave one, else the tokens' list price."""
        if self.cost_ticks is not None:
            return self.cost_ticks / USD_TICKS
        input_price, output_price = PRICE_PER_MTOK
        return (self.input_tokens * input_price + self.output_tokens * output_price) / 1_000_000


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _strip_fence(text: str) -> str:
    """The JSON inside a ```json fence, which models add despite being told not to."""
    stripped = text.strip()
    if stripped.startswith("```"):
        stripped = stripped.split("\n", 1)[1] if "\n" in stripped else ""
        stripped = stripped.removesuffix("```").strip()
    return stripped


def _items(body: object, key: str) -> list[dict[str, Any]]:
    listed = body.get(key) if isinstance(body, dict) else None
    return [item for item in listed if isinstance(item, dict)] if isinstance(listed, list) else []


def response_text(body: object) -> str | None:
    """The assistant's text: every `output_text` part of the `message` items, joined."""
    parts = [
        part.get("text")
        for item in _items(body, "output")
        if item.get("type") == "message"
        for part in _items(item, "content")
        if part.get("type") == "output_text"
    ]
    texts = [text for text in parts if isinstance(text, str)]
    return "".join(texts) if texts else None


def citations(body: object) -> tuple[str, ...]:
    """Every source URL: the response's `citations`, then the text's `url_citation`s, once."""
    urls: list[object] = list(body.get("citations") or []) if isinstance(body, dict) else []
    for item in _items(body, "output"):
        for part in _items(item, "content"):
            urls += [a.get("url") for a in _items(part, "annotations")]
    found = [u for u in urls if isinstance(u, str) and u.startswith(("https://", "http://"))]
    return tuple(dict.fromkeys(url[:500] for url in found))[:MAX_CITATIONS]


def tools_used(body: object) -> tuple[str, ...]:
    """The server-side tools the research called ("web_search", "x_search"), in first use order."""
    names = [
        str(item["type"]).removesuffix("_call")
        for item in _items(body, "output")
        if str(item.get("type", "")).endswith("_call")
    ]
    return tuple(dict.fromkeys(names))


def parse_response(body: object) -> tuple[dict[str, Any] | None, str | None]:
    """The JSON object in a Responses API answer's text, or None and what was wrong."""
    if not _items(body, "output"):
        return None, "no output in the answer"
    content = response_text(body)
    if content is None:
        return None, "no text content in the answer"
    try:
        payload = json.loads(_strip_fence(content))
    except ValueError:
        return None, f"answer is not JSON: {content[:80]!r}"
    if not isinstance(payload, dict):
        return None, "answer is JSON but not an object"
    return payload, None


class GrokClient:
    """Asks Grok for one market's intelligence in the guide's JSON shape."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        api_key: SecretStr,
        clock: Clock,
        model: str = MODEL,
        breaker: CircuitBreaker | None = None,
    ) -> None:
        self._http = http
        self._api_key = api_key
        self._clock = clock
        self._model = model
        self.breaker = breaker or CircuitBreaker(
            clock, threshold=OUTAGES_TO_OPEN, open_seconds=OPEN_SECONDS, name="xAI"
        )

    @property
    def model(self) -> str:
        """The model every call asks for."""
        return self._model

    async def intelligence(self, market: str, today: dt.date) -> GrokAnswer:
        """One market's events, safety updates, trends and weather.

        Args:
            market: The market's name, as the prompt should say it.
            today: The date "next 60 days" and "last 48 hours" count from.

        Returns:
            The parsed object, or an answer whose `error` says why there is none.
        """
        body = {
            "model": self._model,
            "input": [
                {"role": "system", "content": SYSTEM_PROMPT.format(market=market)},
                {"role": "user", "content": USER_PROMPT.format(market=market, today=today)},
            ],
            "tools": [{"type": tool} for tool in TOOLS],
            "store": False,  # nothing of ours is kept on xAI's side
        }
        headers = {"Authorization": f"Bearer {self._api_key.get_secret_value()}"}
        started = self._clock.monotonic()
        if not self.breaker.allow_request():
            return self._failed(started, "not asked: xAI failed repeatedly, circuit open")
        try:
            response = await self._http.post(RESPONSES_PATH, json=body, headers=headers)
        except httpx.HTTPError as exc:
            self.breaker.record_failure()
            return self._failed(started, f"{type(exc).__name__}: {exc}"[:MAX_ERROR_LENGTH])
        except BaseException:  # cancelled: xAI said nothing either way
            self.breaker.record_abandoned()
            raise
        if response.status_code >= 500 or response.status_code == 429:
            self.breaker.record_failure()
        else:
            self.breaker.record_success()  # xAI answered, even if it refused (4xx)
        if response.status_code >= 400:
            return self._failed(started, f"HTTP {response.status_code}: {response.text[:200]}")
        try:
            data: object = response.json()
        except ValueError:
            return self._failed(started, "response body is not JSON")
        payload, error = parse_response(data)
        usage = data.get("usage") if isinstance(data, dict) else None
        usage = usage if isinstance(usage, dict) else {}
        ticks = usage.get("cost_in_usd_ticks")
        return GrokAnswer(
            payload=payload,
            model=self._model,
            input_tokens=_count(usage.get("input_tokens")),
            output_tokens=_count(usage.get("output_tokens")),
            latency_ms=self._elapsed_ms(started),
            error=error,
            citations=citations(data),
            tools_used=tools_used(data),
            cost_ticks=_count(ticks) if isinstance(ticks, int) else None,
        )

    def _failed(self, started: float, error: str) -> GrokAnswer:
        return GrokAnswer(
            payload=None, model=self._model, latency_ms=self._elapsed_ms(started), error=error
        )

    def _elapsed_ms(self, started: float) -> int:
        return int((self._clock.monotonic() - started) * 1000)

    async def aclose(self) -> None:
        """Release the HTTP client."""
        await self._http.aclose()

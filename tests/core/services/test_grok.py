"""The xAI client against a mocked Responses API endpoint (web_search and x_search)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any

import httpx
import pytest
import respx
from pydantic import SecretStr

from core.services.grok import GrokClient, make_xai_client, parse_response
from tests.fakes.clock import FakeClock
from tests.fakes.xai import responses_answer, sample, sample_intelligence

BASE_URL = "https://xai.test"
API_KEY = "xai-test-SECRET-0123456789"
TODAY = date(2026, 11, 23)
INTEL: dict[str, Any] = {
    "events": [],
    "safety_updates": [],
    "trending_experiences": [],
    "weather": {},
}


def completion(content: str, usage: dict[str, Any] | None = None) -> httpx.Response:
    return httpx.Response(200, json=responses_answer(content, usage=usage))


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def grok() -> AsyncIterator[GrokClient]:
    client = GrokClient(make_xai_client(BASE_URL), SecretStr(API_KEY), FakeClock())
    yield client
    await client.aclose()


async def test_asks_for_the_guides_json_and_parses_the_answer(
    api: respx.MockRouter, grok: GrokClient
) -> None:
    route = api.post("/v1/responses").mock(
        return_value=completion(json.dumps(INTEL), {"input_tokens": 1000, "output_tokens": 2000})
    )
    answer = await grok.intelligence("Kyoto", TODAY)
    assert answer.payload == INTEL
    assert answer.error is None
    assert (answer.input_tokens, answer.output_tokens) == (1000, 2000)
    assert answer.cost_usd == pytest.approx(0.0012)  # no cost from xAI: the list price
    assert answer.tools_used == ("web_search", "x_search")
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    body = json.loads(request.content)
    assert body["model"] == "grok-4-1-fast"
    assert body["tools"] == [{"type": "web_search"}, {"type": "x_search"}]
    assert "messages" not in body
    assert "search_parameters" not in body  # the retired live search answers 410
    system, user = body["input"]
    assert system["role"] == "system"
    assert "monitoring Kyoto" in system["content"]
    for key in ("safety_updates", "trending_experiences", "areas_affected", "valid_until"):
        assert key in system["content"]
    assert "2026-11-23" in user["content"]


async def test_a_fenced_answer_is_still_json(api: respx.MockRouter, grok: GrokClient) -> None:
    api.post("/v1/responses").mock(
        return_value=completion("```json\n" + json.dumps(INTEL) + "\n```")
    )
    answer = await grok.intelligence("Porto", TODAY)
    assert answer.payload == INTEL


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (completion("Sorry, I can't browse right now."), "not JSON"),
        (completion('{"events": [ {"name": "cut off'), "not JSON"),
        (completion("[1, 2]"), "not an object"),
        (httpx.Response(200, json={"output": []}), "no output"),
        (httpx.Response(200, json={"output": [{"type": "web_search_call"}]}), "no text content"),
        (
            httpx.Response(200, json={"output": [{"type": "message", "content": "x"}]}),
            "no text content",
        ),
        (httpx.Response(200, text="<html>gateway</html>"), "not JSON"),
        (httpx.Response(500, json={"error": "overloaded"}), "HTTP 500"),
        (httpx.Response(429, json={"error": "slow down"}), "HTTP 429"),
    ],
)
async def test_garbled_or_failed_answers_say_why(
    api: respx.MockRouter, grok: GrokClient, response: httpx.Response, error: str
) -> None:
    api.post("/v1/responses").mock(return_value=response)
    answer = await grok.intelligence("Goa", TODAY)
    assert answer.payload is None
    assert answer.error is not None
    assert error in answer.error
    assert API_KEY not in answer.error


async def test_a_timeout_is_an_answer_not_an_exception(
    api: respx.MockRouter, grok: GrokClient
) -> None:
    api.post("/v1/responses").mock(side_effect=httpx.ReadTimeout("slow"))
    answer = await grok.intelligence("Jaipur", TODAY)
    assert answer.payload is None
    assert answer.error is not None
    assert "ReadTimeout" in answer.error


async def test_the_client_waits_sixty_seconds() -> None:
    client = make_xai_client(BASE_URL)
    assert client.timeout.read == 60.0
    assert client.base_url.host == "xai.test"
    await client.aclose()


def test_parse_response_rejects_non_objects() -> None:
    assert parse_response("text") == (None, "no output in the answer")


async def test_the_stored_sample_gives_items_citations_tools_and_xais_cost(
    api: respx.MockRouter, grok: GrokClient
) -> None:
    api.post("/v1/responses").mock(return_value=httpx.Response(200, json=sample()))
    answer = await grok.intelligence("Kyoto", TODAY)
    assert answer.payload == sample_intelligence()
    assert answer.citations == (
        "https://www.city.kyoto.lg.jp/news/gas-leak",
        "https://x.com/i/status/1975607901571199086",
        "https://www.kabuki-bito.jp/eng/theaters/kyoto",
    )
    assert answer.tools_used == ("web_search", "x_search")
    assert (answer.input_tokens, answer.output_tokens) == (1850, 920)
    assert answer.cost_usd == pytest.approx(0.0151)  # 151,000,000 ticks


async def test_citations_are_urls_only_once_each(api: respx.MockRouter, grok: GrokClient) -> None:
    urls = ["https://a.example/1", "javascript:alert(1)", "https://a.example/1", "ftp://x"]
    api.post("/v1/responses").mock(
        return_value=httpx.Response(200, json=responses_answer("{}", citations=urls))
    )
    answer = await grok.intelligence("Porto", TODAY)
    assert answer.citations == ("https://a.example/1",)

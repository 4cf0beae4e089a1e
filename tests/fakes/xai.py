"""A fake xAI Responses API (`POST /v1/responses`) answering in the real shape.

The shape is tests/payloads/xai/response_web_x_search.json (origin in that folder's README):
`*_call` output items for the server-side tools, a `message` whose `output_text` holds the
guide's JSON with `url_citation` annotations, `citations`, and `usage` with the cost in ticks.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

PAYLOAD = Path(__file__).resolve().parent.parent / "payloads" / "xai" / "response_web_x_search.json"


def sample() -> dict[str, Any]:
    """The stored sample answer (a fresh copy)."""
    body: dict[str, Any] = json.loads(PAYLOAD.read_text(encoding="utf-8"))
    return body


def sample_intelligence() -> dict[str, Any]:
    """The guide's JSON inside the sample's text."""
    text = sample()["output"][-1]["content"][0]["text"]
    parsed: dict[str, Any] = json.loads(text)
    return parsed


def responses_answer(
    text: str,
    *,
    citations: list[str] | None = None,
    tools: tuple[str, ...] = ("web_search", "x_search"),
    usage: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A Responses API body in the sample's shape, with this text, sources, tools and usage."""
    body = copy.deepcopy(sample())
    message = body["output"][-1]
    calls = [
        {"id": f"{tool}_{n}", "type": f"{tool}_call", "status": "completed"}
        for n, tool in enumerate(tools)
    ]
    body["output"] = [*calls, message]
    message["content"][0]["text"] = text
    links = citations if citations is not None else body["citations"]
    message["content"][0]["annotations"] = [
        {"type": "url_citation", "url": url, "title": "", "start_index": 0, "end_index": 1}
        for url in links[:1]
    ]
    body["citations"] = links
    if usage is not None:
        body["usage"] = usage
    return body


def market_of(request: httpx.Request) -> str:
    """The market a request asks about ("… monitoring {market}." in the system input)."""
    system = json.loads(request.content)["input"][0]["content"]
    return str(system.split("monitoring ", 1)[1].split(".", 1)[0])

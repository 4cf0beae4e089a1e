"""A fake Anthropic Messages API at the HTTP seam (the SDK talks httpx2)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads" / "anthropic"
PAYLOAD: dict[str, Any] = json.loads(
    (PAYLOADS / "messages_tool_use.json").read_text(encoding="utf-8")
)


class FakeAnthropic:
    """POST /v1/messages answers `body` (a recorded tool use), or whatever `fail` returns/raises."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []
        self.body: Any = copy.deepcopy(PAYLOAD)
        self.fail: Callable[[], httpx2.Response] | None = None

    @property
    def tool_input(self) -> dict[str, Any]:
        """The input of the answer's tool_use block."""
        return dict(self.body["content"][0]["input"])

    @tool_input.setter
    def tool_input(self, value: dict[str, Any]) -> None:
        self.body["content"][0]["input"] = value

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        assert request.method == "POST"
        assert request.url.path == "/v1/messages"
        self.requests.append(request)
        if self.fail is not None:
            return self.fail()
        return httpx2.Response(200, json=copy.deepcopy(self.body))

    def json(self, index: int = -1) -> Any:
        """The JSON body of a recorded request."""
        return json.loads(self.requests[index].content)


def raising(exc: Exception) -> Callable[[], httpx2.Response]:
    """A `fail` that raises `exc` (network errors, timeouts)."""

    def fail() -> httpx2.Response:
        raise exc

    return fail

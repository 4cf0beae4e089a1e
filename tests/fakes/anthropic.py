"""A fake Anthropic Messages API at the HTTP seam (the SDK talks httpx2)."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import httpx2
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bots.app import create_app
from bots.container import Services
from core.clock import Clock
from core.config import Settings
from core.services.llm import LlmClient
from tests.conftest import DemoTrip, start_demo

MODEL = "claude-haiku-4-5"
Handler = Callable[[httpx2.Request], httpx2.Response]
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


@asynccontextmanager
async def llm_clients(
    sessions: async_sessionmaker[AsyncSession], clock: Clock, fake: FakeAnthropic, api_key: str
) -> AsyncIterator[Callable[..., LlmClient]]:
    """Makes LlmClients whose calls `fake` (or a handler given) answers; closes them all after.

    The factory takes `handler` and any LlmClient option (model, base_url, sleep, ...).
    """
    made: list[tuple[LlmClient, httpx2.AsyncClient]] = []

    def make(handler: Handler | None = None, **options: Any) -> LlmClient:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler or fake.handle))
        settings: dict[str, Any] = {"model": MODEL, "sessions": sessions, "clock": clock}
        client = LlmClient(api_key=SecretStr(api_key), http_client=http, **settings | options)
        made.append((client, http))
        return client

    yield make
    for client, http in made:
        await client.aclose()
        await http.aclose()


@asynccontextmanager
async def demo_with_llm(
    db_url: str, clock: Clock, fake: FakeAnthropic, api_key: str, **overrides: Any
) -> AsyncIterator[tuple[DemoTrip, Services]]:
    """The app with ANTHROPIC_API_KEY set (`fake` answers) and a demo trip on it (demo mode)."""
    settings = Settings(
        _env_file=None,
        **{
            "database_url": db_url,
            "admin_api_token": "admin-secret",
            "run_jobs_in_web": False,
            "enrichment_queue_workers": 0,
            "anthropic_api_key": api_key,
            **overrides,
        },
    )
    anthropic_client = httpx2.AsyncClient(transport=httpx2.MockTransport(fake.handle))
    app = create_app(settings, clock=clock, anthropic_client=anthropic_client)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            yield await start_demo(http), app.state.services
    assert anthropic_client.is_closed  # Services.close released it

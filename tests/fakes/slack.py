"""A fake Slack: its Web API on 127.0.0.1 (aiohttp, as slack-sdk speaks) and signed deliveries."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

from adapters.slack.channel import from_settings
from bots.app import create_app
from bots.container import Services
from core.config import Settings
from tests.fakes.clock import FakeClock

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads" / "slack"
BOT_TOKEN = "xoxb-test-token"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def payload(name: str) -> dict[str, Any]:
    """A recorded Slack delivery from tests/payloads/slack/."""
    data: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def signed_headers(
    body: bytes, timestamp: int, *, secret: str = SIGNING_SECRET, form: bool = False
) -> dict[str, str]:
    """The headers Slack sends: v0 HMAC-SHA256 of "v0:{timestamp}:{body}" (computed here by hand,
    independently of slack-sdk)."""
    base = f"v0:{timestamp}:".encode() + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded" if form else "application/json",
    }


def message_event(
    text: str, ts: str, *, channel: str = "D0DMCHAN1", user: str = "U0TRAVEL1"
) -> dict[str, Any]:
    """An Events API delivery of a message (shape from message_im.json), a DM by default."""
    document = payload("message_im")
    document["event"] |= {"text": text, "ts": ts, "event_ts": ts, "channel": channel, "user": user}
    document["event"]["channel_type"] = "im" if channel.startswith("D") else "channel"
    document["event"].pop("blocks")
    document["event_id"] = f"Ev{ts.replace('.', '')}"
    return document


def form_body(payload_json: dict[str, Any]) -> bytes:
    """An interactivity delivery: form-encoded with one field, `payload`."""
    return urlencode({"payload": json.dumps(payload_json)}).encode()


def block_kit_problem(body: dict[str, Any]) -> str | None:
    """Why Slack would refuse these blocks (`invalid_blocks`), judged by slack-sdk's own models.

    Each block must parse as its Block Kit class, pass that class's validation (lengths,
    counts) and come back unchanged from `to_dict()`: a field the model doesn't know is lost
    there, as Slack would refuse it.
    """
    blocks = body.get("blocks")
    if blocks is None:
        return None
    if not isinstance(blocks, list) or len(blocks) > 50:
        return "blocks must be a list of at most 50"
    for block in blocks:
        parsed = Block.parse(block)
        if parsed is None:
            return f"unknown block {block!r}"
        try:
            modelled = parsed.to_dict()
        except SlackObjectFormationError as exc:
            return f"{exc}: {block!r}"
        if modelled != block:
            return f"block differs from its model: {block!r} != {modelled!r}"
    return None


@dataclass
class Call:
    """One request the adapter sent to the fake Web API."""

    method: str
    body: dict[str, Any]
    authorization: str


@dataclass
class _Failure:
    status: int
    body: Any
    headers: dict[str, str]


@dataclass
class FakeSlack:
    """Records every Web API call and answers like Slack; `fail()` queues error answers."""

    token: str = BOT_TOKEN
    calls: list[Call] = field(default_factory=list)
    # Why slack-sdk's Block Kit models refused blocks sent here (always a bug in the adapter).
    invalid: list[str] = field(default_factory=list)
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    base_url: str = ""
    _failures: dict[str, list[_Failure]] = field(default_factory=lambda: defaultdict(list))
    _next_ts: int = 1795424401_000300

    def fail(
        self,
        method: str,
        status: int,
        body: Any = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` with this status (JSON body or raw text)."""
        for _ in range(times):
            self._failures[method].append(_Failure(status, body, headers or {}))

    def bodies(self, method: str) -> list[dict[str, Any]]:
        """The bodies of every successful-or-not call of one method, in order."""
        return [call.body for call in self.calls if call.method == method]

    def _new_ts(self) -> str:
        self._next_ts += 100
        text = str(self._next_ts)
        return f"{text[:10]}.{text[10:]}"

    def tap(
        self, ts: str, index: int, *, user: str = "U0TRAVEL1", action_ts: str = "1795424430.987654"
    ) -> dict[str, Any]:
        """The block_actions payload Slack sends when `user` presses button `index` (0-based)
        of the message `ts` as it is now (shape from tests/payloads/slack/block_actions.json)."""
        stored = self.messages[ts]
        for block in stored["blocks"]:
            candidates = [block.get("accessory") or {}, *block.get("elements", [])]
            for element in candidates:
                if element.get("type") == "button" and element["value"].endswith(f":{index}"):
                    pressed, block_id = element, block["block_id"]
                    break
            else:
                continue
            break
        else:
            raise AssertionError(f"message {ts} has no button {index}")
        document = payload("block_actions")
        document["user"] |= {"id": user}
        document["container"] = {
            "type": "message",
            "message_ts": ts,
            "channel_id": stored["channel"],
            "is_ephemeral": False,
        }
        document["channel"] = {"id": stored["channel"], "name": "directmessage"}
        # Answers through it reach this fake (handle_hook), never the real hooks.slack.com.
        document["response_url"] = self.response_url(f"actions/T0TEAM001/{action_ts}")
        document["message"] = {k: v for k, v in stored.items() if k != "channel"}
        document["actions"] = [
            {
                "action_id": pressed["action_id"],
                "block_id": block_id,
                "text": pressed["text"],
                "value": pressed["value"],
                "type": "button",
                "action_ts": action_ts,
            }
        ]
        return document

    def response_url(self, path: str) -> str:
        """A response_url on this fake, like https://hooks.slack.com/{path}."""
        return f"{self.base_url}/hooks/{path}"

    def responses(self) -> list[dict[str, Any]]:
        """What was sent to response URLs, in order."""
        return self.bodies("response_url")

    def notes(self) -> list[dict[str, Any]]:
        """What only one person saw: response_url answers and chat.postEphemeral, in order."""
        private = {"response_url", "chat.postEphemeral"}
        return [call.body for call in self.calls if call.method in private]

    async def handle_hook(self, request: web.Request) -> web.Response:
        """A response_url: no token (the URL is the secret); Slack answers a plain "ok"."""
        body = await request.json()
        self.calls.append(Call("response_url", body, request.match_info["path"]))
        if problem := block_kit_problem(body):
            self.invalid.append(problem)
            return web.Response(status=400, text="invalid_blocks")
        if self._failures["response_url"]:
            failure = self._failures["response_url"].pop(0)
            return web.Response(status=failure.status, text=str(failure.body or "expired_url"))
        return web.Response(text="ok")

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body = await request.json()
        self.calls.append(Call(method, body, request.headers.get("Authorization", "")))
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if problem := block_kit_problem(body):
            self.invalid.append(problem)
            return web.json_response({"ok": False, "error": "invalid_blocks"})
        if self._failures[method]:
            failure = self._failures[method].pop(0)
            if isinstance(failure.body, str):
                return web.Response(
                    status=failure.status,
                    text=failure.body,
                    content_type="text/html",
                    headers=failure.headers,
                )
            return web.json_response(
                failure.body or {"ok": False, "error": "fake_failure"},
                status=failure.status,
                headers=failure.headers,
            )
        if method == "chat.postMessage":
            ts = self._new_ts()
            message = {"type": "message", "user": "U0BOTUSER", "bot_id": "B0BOTID01", "ts": ts}
            message |= {k: v for k, v in body.items() if k != "channel"}
            self.messages[ts] = {"channel": body["channel"], **message}
            return web.json_response(
                {"ok": True, "channel": body["channel"], "ts": ts, "message": message}
            )
        if method == "chat.update":
            stored = self.messages.get(body.get("ts", ""))
            if stored is None or stored["channel"] != body.get("channel"):
                return web.json_response({"ok": False, "error": "message_not_found"})
            stored.update({k: v for k, v in body.items() if k != "channel"})
            stored.setdefault("edited", True)
            return web.json_response(
                {
                    "ok": True,
                    "channel": body["channel"],
                    "ts": body["ts"],
                    "text": body.get("text", ""),
                }
            )
        if method == "chat.postEphemeral":
            return web.json_response({"ok": True, "message_ts": self._new_ts()})
        return web.json_response({"ok": False, "error": "unknown_method"}, status=404)


@asynccontextmanager
async def running_fake_slack() -> AsyncIterator[FakeSlack]:
    """A FakeSlack listening on 127.0.0.1; `base_url` is its origin (like SLACK_API_BASE_URL)."""
    fake = FakeSlack()
    app = web.Application()
    app.router.add_post("/api/{method}", fake.handle)
    app.router.add_post("/hooks/{path:.*}", fake.handle_hook)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    fake.base_url = f"http://127.0.0.1:{server.port}"
    try:
        yield fake
        assert fake.invalid == []  # every block sent passed slack-sdk's Block Kit models
    finally:
        await server.close()


def assert_within_slack_limits(message: dict[str, Any]) -> None:
    """Block Kit limits (PLATFORMS.md): a message Slack would accept as is."""
    blocks = message["blocks"]
    assert message["text"].strip(), "every message needs its plain-text fallback"
    assert len(message["text"]) <= 4000
    assert 1 <= len(blocks) <= 50
    block_ids = [block["block_id"] for block in blocks if "block_id" in block]
    assert len(block_ids) == len(set(block_ids)), block_ids
    elements = []
    for block in blocks:
        if block["type"] == "section":
            assert 1 <= len(block["text"]["text"]) <= 3000
            if "accessory" in block:
                elements.append(block["accessory"])
        elif block["type"] == "actions":
            assert 1 <= len(block["elements"]) <= 25
            elements += block["elements"]
        elif block["type"] == "context":
            assert 1 <= len(block["elements"]) <= 10
            assert all(len(e["text"]) <= 3000 for e in block["elements"])
        else:
            raise AssertionError(f"unexpected block {block['type']}")
    buttons = [e for e in elements if e["type"] == "button"]
    for element in buttons:
        assert 1 <= len(element["text"]["text"]) <= 75
        assert len(element["value"]) <= 2000
        assert element.get("style") in {None, "primary", "danger"}
    action_ids = [e["action_id"] for e in buttons]
    assert len(action_ids) == len(set(action_ids)), action_ids


def button_values(message: dict[str, Any]) -> list[str]:
    """The values of every button in a message, top to bottom."""
    values = []
    for block in message["blocks"]:
        accessory = block.get("accessory") or {}
        if accessory.get("type") == "button":
            values.append(accessory["value"])
        values += [e["value"] for e in block.get("elements", []) if e.get("type") == "button"]
    return values


class RecordingSleep:
    """An injected sleep that returns at once, records the wait and moves the fake clock on."""

    def __init__(self, clock: Any = None) -> None:
        self.delays: list[float] = []
        self._clock = clock

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self._clock is not None:
            self._clock.advance(seconds=seconds)


@asynccontextmanager
async def slack_service(
    db_url: str, clock: FakeClock, **settings: Any
) -> AsyncIterator[tuple[httpx.AsyncClient, FakeSlack, Services]]:
    """The service with its Slack channel on a fake Slack (signed requests, pacing in fake time).

    `settings` adds to the Slack settings (e.g. `slack_leads_channel="C0LEADS"`).
    """
    async with running_fake_slack() as fake:
        config = Settings(
            _env_file=None,
            database_url=db_url,
            admin_api_token="admin-secret",
            run_jobs_in_web=False,
            enrichment_queue_workers=0,
            slack_bot_token=SecretStr(BOT_TOKEN),
            slack_signing_secret=SecretStr(SIGNING_SECRET),
            slack_api_base_url=fake.base_url,
            **settings,
        )
        app = create_app(config, clock=clock)
        async with app.router.lifespan_context(app):
            services = app.state.services
            channel = from_settings(config, clock, sleep=RecordingSleep(clock))
            assert channel is not None
            services.pipeline.channels["slack"] = channel
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
                yield http, fake, services

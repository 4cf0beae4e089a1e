"""POST /webhooks/slack: slack-bolt's app behind its FastAPI adapter, through the real route.

Every request is signed with the test signing secret (by hand, tests/fakes/slack.py) and posted
to the app; the Web API and response_url are the fake Slack. What is asserted is what Slack's
people would see: what is answered, where (a channel, a DM, a response_url), ephemeral or
public, and that nothing acknowledged is lost.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block
from sqlalchemy import select

from bots.routers import slack as slack_route
from core.storage.models import InboxEvent
from tests.bots.test_database_outage import proxied as proxied  # noqa: PLC0414 - fixture
from tests.bots.test_slack_flow import SlackWorld
from tests.bots.test_slack_flow import world as world  # noqa: PLC0414 - the shared fixture
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    PAYLOADS,
    FakeSlack,
    RecordingSleep,
    button_values,
    form_body,
    message_event,
    payload,
    slack_service,
)
from tests.fakes.strategies import FAST, mutated
from tests.fakes.tcp_proxy import CuttableProxy

ROOT = Path(__file__).resolve().parents[2]
# Inbound requests from slack-bolt's own test suite (tests/scenario_tests_async, see
# tests/payloads/README.md): events, interactivity of every kind and a slash command.
BOLT_SUITE: dict[str, Any] = json.loads(
    (PAYLOADS / "bolt_python_tests.json").read_text(encoding="utf-8")
)
# Every recorded delivery of ours and of bolt's suite, as JSON objects (for mutation).
RECORDED = [
    *(json.loads(path.read_text(encoding="utf-8")) for path in sorted(PAYLOADS.glob("*.json"))),
    *(document for document in BOLT_SUITE.values() if isinstance(document, dict)),
]
# The app lives for the whole test, its inbox filling up: each example is one more request.
FUZZ = settings(
    FAST, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
INTERACTIVITY = {
    "block_actions",
    "block_suggestion",
    "dialog_cancellation",
    "dialog_submission",
    "dialog_suggestion",
    "interactive_message",
    "message_action",
    "shortcut",
    "view_closed",
    "view_submission",
    "workflow_step_edit",
}


@dataclass(frozen=True)
class Seen:
    """What Slack's people saw after one request: public posts by channel, private notes."""

    public: tuple[str, ...]  # channels that got a message everybody there sees
    private: int  # response_url answers and chat.postEphemeral notes
    leaked: int  # response_url answers someone made public (response_type in_channel)


def seen(fake: FakeSlack) -> Seen:
    notes = fake.notes()
    return Seen(
        public=tuple(sorted({body["channel"] for body in fake.bodies("chat.postMessage")})),
        private=len(notes),
        leaked=sum(1 for note in notes if note.get("response_type", "ephemeral") != "ephemeral"),
    )


async def inbox(world: SlackWorld) -> list[str]:
    """The inbox rows' statuses (one per accepted turn)."""
    async with world.services.sessions() as session:
        return list(await session.scalars(select(InboxEvent.status)))


def bolt_request(fake: FakeSlack, name: str) -> tuple[bytes, bool]:
    """A request of bolt's suite as Slack sends it, its response_url on the fake Slack."""
    document = BOLT_SUITE[name]
    if isinstance(document, str):  # a slash command: plain form fields
        fields = dict(parse_qsl(document, keep_blank_values=True))
        fields["response_url"] = _on_fake(fake, fields["response_url"])
        return urlencode(fields).encode(), True
    rehomed = json.loads(_on_fake(fake, json.dumps(document)))
    if document.get("type") in INTERACTIVITY:
        return form_body(rehomed), True
    return json.dumps(rehomed).encode(), False


def _on_fake(fake: FakeSlack, text: str) -> str:
    return text.replace("https://hooks.slack.com/", f"{fake.base_url}/hooks/")


# What each of bolt's requests must lead to; every other one is acknowledged and left alone.
ANSWERED = {
    # app_mention in C111: the answer in the channel, the first-time welcome privately.
    "test_app.app_mention_event_body": Seen(("C111",), 1, 0),
    "test_app_bot_only.app_mention_body": Seen(("C111",), 1, 0),
    "test_events_request_verification.app_mention_body": Seen(("C111",), 1, 0),
    "test_events_say_stream.org_app_mention_event_body": Seen(("C111",), 1, 0),
    # A direct message (in an assistant thread of the DM): answered there, welcome included.
    "test_events_assistant.user_message_event_body": Seen(("D111",), 0, 0),
    "test_events_assistant.user_message_event_body_with_assistant_thread": Seen(("D111",), 0, 0),
    "test_events_assistant.user_message_event_body_with_action_token": Seen(("D111",), 0, 0),
    # /hello-world Hi: answered through its response_url only (welcome and answer).
    "test_slash_command.slash_command_body": Seen((), 2, 0),
}


@pytest.mark.parametrize("name", sorted(BOLT_SUITE))
async def test_bolts_own_requests_are_answered_only_where_addressed(
    world: SlackWorld, name: str
) -> None:
    body, form = bolt_request(world.fake, name)
    answer = await world.deliver(body, form=form)
    assert answer.status_code == 200, answer.text
    outcome = seen(world.fake)
    statuses = await inbox(world)
    expected = ANSWERED.get(name)
    if expected is None:
        assert outcome == Seen((), 0, 0)
        assert statuses == []  # nothing for us: not even stored
        document = BOLT_SUITE[name]
        if isinstance(document, dict) and document["type"] == "url_verification":
            assert answer.json() == {"challenge": document["challenge"]}
        return
    assert outcome == expected
    assert statuses == ["done"]  # stored, answered, nothing lost


# --- slash commands and their ephemeral cards --------------------------------------------------


def command(fake: FakeSlack, text: str, *, name: str = "/traveloure", trigger: str = "1") -> bytes:
    """A slash command typed in a channel the bot is not in (shape: slash_command_leads.txt)."""
    fields = dict(parse_qsl((PAYLOADS / "slash_command_leads.txt").read_text()))
    fields |= {"command": name, "text": text, "user_id": "U0TRAVEL1", "trigger_id": trigger}
    fields["response_url"] = fake.response_url(f"commands/T0TEAM001/{trigger}/Zl7X")
    return urlencode(fields).encode()


def valid_blocks(message: dict[str, Any]) -> None:
    for block in message["blocks"]:  # slack-sdk's own model reads each block back unchanged
        assert Block.parse(block).to_dict() == block  # type: ignore[union-attr]


async def test_a_command_from_a_channel_the_bot_is_not_in_is_answered_privately(
    world: SlackWorld,
) -> None:
    answer = await world.deliver(command(world.fake, "add a sushi place on day 2"), form=True)
    assert (answer.status_code, answer.content) == (200, b"")  # acknowledged empty, at once
    welcome, cards = world.fake.responses()
    assert "Welcome" in welcome["text"]
    assert len(button_values(cards)) == 5
    for note in (welcome, cards):
        assert (note["response_type"], note["replace_original"]) == ("ephemeral", False)
        valid_blocks(note)
    # chat.postMessage / postEphemeral would fail there (channel_not_found): none was tried.
    assert [call.method for call in world.fake.calls] == ["response_url", "response_url"]
    assert await inbox(world) == ["done"]


async def test_a_tap_on_an_ephemeral_card_is_edited_and_answered_through_its_response_url(
    world: SlackWorld,
) -> None:
    await world.deliver(command(world.fake, "add a sushi place on day 2"), form=True)
    cards = world.fake.responses()[-1]
    tap = payload("block_actions")
    pressed = next(block["accessory"] for block in cards["blocks"] if block["block_id"] == "card_2")
    tap["container"] = {
        "type": "message",
        "message_ts": "1795424402.000400",
        "channel_id": "C0NOTMEMB",
        "is_ephemeral": True,
    }
    tap["channel"] = {"id": "C0NOTMEMB", "name": "random"}
    tap["message"] = {"type": "message", "ts": "1795424402.000400", "blocks": cards["blocks"]}
    tap["actions"] = [{**pressed, "block_id": "card_2", "action_ts": "1795424440.000001"}]
    tap["response_url"] = world.fake.response_url("actions/T0TEAM001/1795424440/Zl7Y")
    await world.deliver(form_body(tap), form=True)
    edit, added = world.fake.responses()[2:]
    assert edit["replace_original"] is True
    assert edit["text"] == "✅ Sushi Zen"
    assert button_values(edit) == []  # the choice is shown; the buttons are gone
    assert (added["response_type"], added["text"]) == (
        "ephemeral",
        "Added Sushi Zen to day 2 for lunch ✅",
    )
    valid_blocks(edit)
    assert world.fake.bodies("chat.update") == []  # it cannot reach an ephemeral message
    assert world.fake.bodies("chat.postMessage") == []
    assert await inbox(world) == ["done", "done"]


async def test_a_command_slack_retries_is_answered_once(world: SlackWorld) -> None:
    body = command(world.fake, "/itinerary", name="/itinerary")
    await world.deliver(body, form=True)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert (await world.deliver(body, form=True, extra=retry)).status_code == 200
    assert len(world.fake.responses()) == 2  # welcome and the itinerary, once
    assert await inbox(world) == ["done"]


# --- what is not a delivery ----------------------------------------------------------------------


async def test_bytes_that_are_not_utf8_are_never_slacks(world: SlackWorld) -> None:
    # Bolt cannot decode them and the signature (over text) cannot be checked: a 401 either way.
    for form in (False, True):
        assert (await world.deliver(b"\xff\xfe\x00garbage", form=form)).status_code == 401
    assert await inbox(world) == []


@pytest.mark.parametrize(
    ("body", "form"),
    [
        (b"[1, 2]", False),  # JSON, not an object
        (b"{not json", False),
        (b"[" * 100_000, False),  # nested past the decoder
        (b"payload=%5B%5D", True),
        (form_body({"type": "block_actions", "actions": [{"value": "x"}]}), True),
        (json.dumps({"type": "event_callback", "authorizations": [1500]}).encode(), False),
    ],
)
async def test_unreadable_is_401_unsigned_and_400_signed_never_5xx(
    world: SlackWorld, body: bytes, form: bool
) -> None:
    unsigned = await world.http.post(
        "/webhooks/slack", content=body, headers={"Content-Type": "application/json"}
    )
    assert unsigned.status_code == 401
    assert unsigned.json()["error"]["code"] == "bad_signature"
    signed = await world.deliver(body, form=form)
    assert signed.status_code == 400
    assert signed.json()["error"]["code"] == "bad_payload"
    assert world.fake.calls == []
    assert await inbox(world) == []


async def test_a_bad_signature_spends_the_address_budget_good_ones_do_not(
    db_url: str, clock: FakeClock
) -> None:
    async with slack_service(db_url, clock, rate_limit_per_ip_per_minute=60) as (http, fake, _):
        world = SlackWorld(http, fake, clock, RecordingSleep(clock), _)
        for n in range(25):  # past the per-IP burst of 20: Slack sends from a few addresses
            event = message_event("what's on day 1?", f"1795424400.{n:06d}")
            assert (await world.deliver(json.dumps(event).encode())).status_code == 200
        forged = [
            (await http.post("/webhooks/slack", content=b"{}", headers={})).status_code
            for _ in range(25)
        ]
    assert forged[:20] == [401] * 20
    assert set(forged[20:]) == {429}


async def test_without_slack_configured_the_route_is_a_404_and_bolt_is_not_mounted(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    answer = await client.post("/webhooks/slack", content=b"{}")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "channel_disabled"
    endpoints = {getattr(route, "endpoint", None) for route in app.routes}
    assert slack_route.slack_webhook not in endpoints


def test_without_slack_configured_its_sdks_are_never_imported() -> None:
    script = (
        "import sys\n"
        "from bots.app import create_app\n"
        "from core.config import Settings\n"
        "create_app(Settings(_env_file=None))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'slack_bolt', 'slack_sdk'}))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


@FUZZ
@given(body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode), form=st.booleans())
async def test_any_signed_body_is_acknowledged_or_a_400(
    world: SlackWorld, body: bytes, form: bool
) -> None:
    answer = await world.deliver(body, form=form)
    try:
        body.decode()
    except UnicodeDecodeError:
        assert answer.status_code == 401  # see test_bytes_that_are_not_utf8_are_never_slacks
    else:
        assert answer.status_code in {200, 400}, answer.text


@settings(FUZZ, max_examples=150)
@given(document=st.sampled_from(RECORDED).flatmap(mutated), as_form=st.booleans())
async def test_a_mutated_real_delivery_is_acknowledged_or_a_400(
    world: SlackWorld, document: Any, as_form: bool
) -> None:
    body = form_body(document) if as_form else json.dumps(document).encode()
    answer = await world.deliver(body, form=as_form)
    assert answer.status_code in {200, 400}, answer.text


@pytest.mark.postgres
async def test_a_database_outage_is_a_503_and_slacks_retry_is_answered_once(
    proxied: tuple[CuttableProxy, str], clock: FakeClock
) -> None:
    proxy, url = proxied
    async with slack_service(url, clock) as (http, fake, services):
        world = SlackWorld(http, fake, clock, RecordingSleep(clock), services)
        body = json.dumps(message_event("what's on day 1?", "1795424400.000100")).encode()
        await proxy.cut()
        refused = await world.deliver(body)
        # Not stored, so not acknowledged: Slack delivers it again.
        assert refused.status_code == 503, refused.text
        assert refused.json()["error"]["code"] == "database_unavailable"
        await proxy.restore()
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
        assert (await world.deliver(body, extra=retry)).status_code == 200
        assert (
            await world.deliver(body, extra=retry | {"X-Slack-Retry-Num": "2"})
        ).status_code == 200
        assert fake.calls
        assert {body["channel"] for body in fake.bodies("chat.postMessage")} == {"D0DMCHAN1"}
        assert len(fake.bodies("chat.postMessage")) == 2  # welcome and answer, once
        assert await inbox(world) == ["done"]

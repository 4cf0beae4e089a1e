"""The Slack channel's bolt app: signed requests in, turns handed off, Slack acknowledged.

Requests go through `AsyncApp.async_dispatch` exactly as bolt's FastAPI adapter passes them
(raw body, headers); the hand-off records what would go to the inbox. The Web API is the fake
Slack: bolt must not call it (no auth.test, nothing else).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt.async_app import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from adapters.slack.channel import SlackChannel
from adapters.slack.events import HAND_OFF, MALFORMED
from adapters.slack.sender import SlackSender
from adapters.slack.signature import SlackSignature
from core.protocol import InboundTurn
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    BOT_TOKEN,
    PAYLOADS,
    SIGNING_SECRET,
    FakeSlack,
    RecordingSleep,
    form_body,
    payload,
    signed_headers,
)


class Dispatch:
    """Signs a body with the test clock's time and dispatches it through the channel's app."""

    def __init__(self, channel: SlackChannel, clock: FakeClock) -> None:
        self.app = channel.app
        self.clock = clock
        self.turns: list[InboundTurn] = []

    async def hand_off(self, turn: InboundTurn) -> None:
        self.turns.append(turn)

    async def __call__(
        self,
        body: bytes,
        *,
        form: bool = False,
        headers: dict[str, str] | None = None,
        age: int = 0,
    ) -> BoltResponse:
        signed = signed_headers(body, int(self.clock.now().timestamp()) - age, form=form)
        request = AsyncBoltRequest(
            body=body.decode(),
            headers={k.lower(): v for k, v in (headers if headers is not None else signed).items()},
            context={HAND_OFF: self.hand_off},
        )
        return await self.app.async_dispatch(request)


@pytest.fixture
async def dispatch(fake_slack: FakeSlack, clock: FakeClock) -> AsyncIterator[Dispatch]:
    sender = SlackSender(BOT_TOKEN, fake_slack.base_url, clock, sleep=RecordingSleep(clock))
    channel = SlackChannel(SlackSignature(SIGNING_SECRET, clock), sender)
    yield Dispatch(channel, clock)
    await channel.aclose()
    assert fake_slack.calls == []  # bolt itself never called the Web API (no auth.test)


def _json(name: str) -> bytes:
    return json.dumps(payload(name)).encode()


async def test_a_message_to_us_is_handed_off_and_acknowledged(dispatch: Dispatch) -> None:
    answer = await dispatch(_json("message_im"))
    assert (answer.status, answer.body) == (200, "")
    [turn] = dispatch.turns
    assert (turn.event_id, turn.text) == (
        "msg:D0DMCHAN1:1795424400.000100",
        "add a sushi place on day 2",
    )


async def test_a_tap_and_a_slash_command_are_handed_off(dispatch: Dispatch) -> None:
    await dispatch(form_body(payload("block_actions")), form=True)
    command = (PAYLOADS / "slash_command_leads.txt").read_bytes()
    answer = await dispatch(command, form=True)
    assert (answer.status, answer.body) == (200, "")  # an empty ack: the answer comes later
    tap, leads = dispatch.turns
    assert tap.choice_token == "AbCd1234:1"
    assert (leads.choice_token, (leads.reply_context or {})["command"]) == ("lead:list:", "/leads")


@pytest.mark.parametrize(
    "name",
    [
        "message_channel_chatter",
        "message_thread_broadcast",
        "message_file_share_channel",
        "message_from_our_bot",
        "message_bot_message",
        "message_changed",
        "reaction_added",
    ],
)
async def test_events_not_for_us_are_acknowledged_and_not_handed_off(
    dispatch: Dispatch, name: str
) -> None:
    answer = await dispatch(_json(name))
    assert answer.status == 200
    assert dispatch.turns == []


@pytest.mark.parametrize(
    "document",
    [
        {"type": "view_submission", "user": {"id": "U1"}, "view": {"type": "modal", "id": "V1"}},
        {"type": "view_closed", "user": {"id": "U1"}, "view": {"type": "modal", "id": "V1"}},
        {"type": "shortcut", "callback_id": "plan", "user": {"id": "U1"}, "trigger_id": "t"},
        {"type": "block_suggestion", "action_id": "a", "block_id": "b", "value": "x"},
        {"type": "block_actions", "actions": [{"action_id": "x", "value": "not-ours"}]},
    ],
)
async def test_interactivity_nobody_listens_to_is_acknowledged(
    dispatch: Dispatch, document: dict[str, Any]
) -> None:
    answer = await dispatch(form_body(document), form=True)
    assert (answer.status, answer.body) == (200, "")
    assert dispatch.turns == []


async def test_handshakes_are_answered_by_bolt(dispatch: Dispatch) -> None:
    challenge = await dispatch(_json("url_verification"))
    assert challenge.status == 200
    assert json.loads(challenge.body) == {
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    }
    ssl_check = await dispatch(urlencode({"ssl_check": "1", "token": "x"}).encode(), form=True)
    assert ssl_check.status == 200
    assert dispatch.turns == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"},
        {"X-Slack-Request-Timestamp": "1795424400", "X-Slack-Signature": "v0=é"},
    ],
)
async def test_an_unsigned_request_is_a_401_before_anything_is_read(
    dispatch: Dispatch, headers: dict[str, str]
) -> None:
    for body in (_json("message_im"), _json("url_verification")):
        answer = await dispatch(body, headers=headers)
        assert answer.status == 401
    assert dispatch.turns == []


async def test_the_5_minute_window_is_kept_on_the_injected_clock(dispatch: Dispatch) -> None:
    assert (await dispatch(_json("message_im"), age=301)).status == 401
    assert (await dispatch(_json("message_im"), age=299)).status == 200
    assert len(dispatch.turns) == 1


@pytest.mark.parametrize(
    ("body", "form"),
    [
        # bolt's own matchers choke on these (an action without action_id, an event type that
        # is not a string); our converter on the last (a user that is an object).
        (form_body({"type": "block_actions", "actions": [{"value": "x"}]}), True),
        (json.dumps({"type": "event_callback", "event": {"type": 7}}).encode(), False),
        (
            json.dumps(
                {
                    "type": "event_callback",
                    "event": {"type": "message", "user": {"id": "U1"}, "channel": "D1", "ts": "1"},
                }
            ).encode(),
            False,
        ),
    ],
)
async def test_a_signed_delivery_nobody_can_read_is_malformed(
    dispatch: Dispatch, body: bytes, form: bool
) -> None:
    answer = await dispatch(body, form=form)
    assert answer.status == MALFORMED
    assert dispatch.turns == []

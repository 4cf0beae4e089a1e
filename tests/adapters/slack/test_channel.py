"""SlackChannel: the Channel port over the pure parts and the sender (fake Web API)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr

from adapters.slack.channel import SlackChannel, from_settings
from adapters.slack.setup import request_url_text, webhook_url
from bots.channels.port import Channel
from core.config import Settings
from core.protocol import AgentResponse, InboundTurn
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    RecordingSleep,
    button_values,
    payload,
    signed_headers,
)


def _settings(fake_slack: FakeSlack, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "slack_bot_token": SecretStr(BOT_TOKEN),
        "slack_signing_secret": SecretStr(SIGNING_SECRET),
        "slack_api_base_url": fake_slack.base_url,
    }
    return Settings(_env_file=None, **(values | overrides))  # type: ignore[arg-type]


@pytest.fixture
async def channel(
    fake_slack: FakeSlack, clock: FakeClock, sleep: RecordingSleep
) -> AsyncIterator[SlackChannel]:
    built = from_settings(_settings(fake_slack), clock, sleep=sleep)
    assert built is not None
    yield built
    await built.aclose()


def _tap_turn(**context: object) -> InboundTurn:
    return InboundTurn(
        channel="slack",
        event_id="tap:C0TRIPS01:1:2",
        external_user_id="U0TRAVEL1",
        chat_id="C0TRIPS01",
        choice_token="AbCd1234:1",
        reply_context={"channel": "C0TRIPS01", "choice": "Sushi Zen", **context},
    )


def test_it_is_a_channel(channel: SlackChannel) -> None:
    port: Channel = channel
    assert port.name == "slack"


@pytest.mark.parametrize(
    "overrides",
    [
        {"slack_bot_token": None},
        {"slack_signing_secret": None},
        {"slack_bot_token": SecretStr("  ")},
    ],
)
def test_missing_credentials_disable_the_channel(
    fake_slack: FakeSlack, clock: FakeClock, overrides: dict[str, object]
) -> None:
    assert from_settings(_settings(fake_slack, **overrides), clock) is None


def test_verify_handshake_parse_and_ack(channel: SlackChannel, clock: FakeClock) -> None:
    body = json.dumps(payload("url_verification")).encode()
    headers = signed_headers(body, int(clock.now().timestamp()))
    assert channel.verify(body, headers, "https://chat.example/webhooks/slack")
    assert not channel.verify(body, {}, "https://chat.example/webhooks/slack")
    handshake = channel.parse(body, headers)
    assert handshake.turns == ()
    assert handshake.reply.media_type == "application/json"
    assert json.loads(handshake.reply.body) == {
        "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    }
    message = channel.parse(json.dumps(payload("message_im")).encode(), {})
    assert [t.text for t in message.turns] == ["add a sushi place on day 2"]
    assert (message.reply.status, message.reply.body, message.local) == (200, "", ())


async def test_a_text_answer_goes_to_the_thread_it_came_from(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    [turn] = channel.parse(json.dumps(payload("app_mention")).encode(), {}).turns
    await channel.acknowledge(turn)  # nothing to do on Slack
    await channel.deliver(turn, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    assert fake_slack.bodies("chat.update") == []
    assert fake_slack.bodies("chat.postMessage") == [
        {
            "channel": "C0TRIPS01",
            "text": "Added Sushi Zen to day 2 ✅",
            "blocks": [
                {
                    "type": "section",
                    "block_id": "msg_0",
                    "text": {"type": "mrkdwn", "text": "Added Sushi Zen to day 2 ✅"},
                }
            ],
            "thread_ts": "1795424000.000050",
        }
    ]


async def test_after_a_tap_the_tapped_message_is_edited_then_the_answer_posted(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    ts = await channel.sender.post({"channel": "C0TRIPS01", "text": "pick", "blocks": []})
    turn = _tap_turn(message_ts=ts, question="Select one:")
    await channel.deliver(turn, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    assert [c.method for c in fake_slack.calls] == [
        "chat.postMessage",
        "chat.update",
        "chat.postMessage",
    ]
    update = fake_slack.bodies("chat.update")[0]
    assert update["channel"] == "C0TRIPS01"
    assert update["ts"] == ts
    assert update["text"] == "✅ Sushi Zen"
    assert button_values(update) == []
    assert "thread_ts" not in fake_slack.bodies("chat.postMessage")[1]


async def test_an_error_after_a_tap_leaves_the_buttons_for_their_owner(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    turn = _tap_turn(message_ts="1795424401.000300", thread_ts="1795424000.000050")
    await channel.deliver(turn, AgentResponse.error("That question was already answered."))
    assert fake_slack.bodies("chat.update") == []
    # A refused tap concerns only whoever tapped: nothing public in the channel.
    assert fake_slack.bodies("chat.postMessage") == []
    [notice] = fake_slack.bodies("chat.postEphemeral")
    assert notice["text"] == "That question was already answered."
    assert notice["user"] == "U0TRAVEL1"


async def test_a_failed_edit_is_logged_and_the_answer_still_sent(
    channel: SlackChannel, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    turn = _tap_turn(message_ts="1795424401.000999")  # not a message the fake knows
    with caplog.at_level(logging.WARNING):
        await channel.deliver(turn, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    assert len(fake_slack.bodies("chat.update")) == 1
    assert [b["text"] for b in fake_slack.bodies("chat.postMessage")] == [
        "Added Sushi Zen to day 2 ✅"
    ]
    assert any("message_not_found" in r.getMessage() for r in caplog.records)


async def test_a_failed_answer_is_raised_to_the_pipeline(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    fake_slack.fail("chat.postMessage", 200, {"ok": False, "error": "not_in_channel"})
    with pytest.raises(Exception, match="not_in_channel"):
        await channel.send_text("C0TRIPS01", "Welcome!")


async def test_send_text(channel: SlackChannel, fake_slack: FakeSlack) -> None:
    await channel.send_text("D0DMCHAN1", "Welcome to Traveloure!")
    [post] = fake_slack.bodies("chat.postMessage")
    assert post["channel"] == "D0DMCHAN1"
    assert post["text"] == "Welcome to Traveloure!"


def test_setup_text_names_the_one_request_url() -> None:
    assert webhook_url("https://chat.example/") == "https://chat.example/webhooks/slack"
    text = request_url_text("https://chat.example")
    assert "Event Subscriptions → Request URL: https://chat.example/webhooks/slack" in text
    assert "Interactivity & Shortcuts → Request URL: https://chat.example/webhooks/slack" in text
    assert "app_mention" in text
    local = request_url_text("http://127.0.0.1:8000")
    assert "Request URL: http://127.0.0.1:8000/webhooks/slack" in local
    assert "only calls https://" in local

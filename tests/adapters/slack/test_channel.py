"""SlackChannel: the Channel port over the pure parts and the sender (fake Web API)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr

from adapters.slack.channel import SlackChannel, from_settings
from adapters.slack.inbound import message_turn
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


def test_its_bolt_app_verifies_with_the_secret_and_speaks_to_the_configured_api(
    channel: SlackChannel, fake_slack: FakeSlack, clock: FakeClock
) -> None:
    assert channel.app.client.base_url == f"{fake_slack.base_url}/api/"
    assert channel.app.client.token is None  # every Web API call goes through the sender
    body = json.dumps(payload("url_verification")).encode()
    assert channel.signature.verify(body, signed_headers(body, int(clock.now().timestamp())))
    assert not channel.signature.verify(body, {})


async def test_a_text_answer_goes_to_the_thread_it_came_from(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    turn = message_turn(payload("app_mention"))
    assert turn is not None
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


def _private_turn(fake_slack: FakeSlack, **context: object) -> InboundTurn:
    url = fake_slack.response_url("commands/T0TEAM001/5591828273/Zl7X")
    return InboundTurn(
        channel="slack",
        event_id="cmd:5591828273.1795424510.8d5f",
        external_user_id="U0TRAVEL1",
        chat_id="C0NOTMEMB",
        text="add a sushi place on day 2",
        reply_context={"channel": "C0NOTMEMB", "response_url": url, **context},
    )


async def test_a_slash_commands_answer_goes_back_privately_through_response_url(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    turn = _private_turn(fake_slack, command="/traveloure")
    await channel.deliver(turn, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    [answer] = fake_slack.responses()
    assert answer["text"] == "Added Sushi Zen to day 2 ✅"
    assert (answer["response_type"], answer["replace_original"]) == ("ephemeral", False)
    assert [c.method for c in fake_slack.calls] == ["response_url"]  # no Web API call


async def test_a_tap_on_an_ephemeral_card_is_edited_and_answered_through_response_url(
    channel: SlackChannel, fake_slack: FakeSlack
) -> None:
    turn = _private_turn(fake_slack, ephemeral=True, message_ts="1795424401.000300")
    turn = turn.model_copy(
        update={
            "text": None,
            "choice_token": "AbCd1234:1",
            "reply_context": {
                **(turn.reply_context or {}),
                "choice": "Sushi Zen",
                "question": "Select one:",
            },
        }
    )
    await channel.deliver(turn, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    edit, answer = fake_slack.responses()
    assert edit["replace_original"] is True
    assert edit["text"] == "✅ Sushi Zen"
    assert button_values(edit) == []
    assert (answer["response_type"], answer["text"]) == ("ephemeral", "Added Sushi Zen to day 2 ✅")
    assert fake_slack.bodies("chat.update") == []  # it cannot reach an ephemeral message


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
    assert "Slash Commands → /leads → Request URL: https://chat.example/webhooks/slack" in text
    local = request_url_text("http://127.0.0.1:8000")
    assert "Request URL: http://127.0.0.1:8000/webhooks/slack" in local
    assert "only calls https://" in local

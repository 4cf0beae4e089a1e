"""Slack deliveries → InboundTurns, from recorded payloads as slack-bolt decodes them (no network).

The listeners (adapters/slack/events.py) call these converters with bolt's decoded body; the
route tests (tests/bots/test_slack.py) post the same payloads signed through bolt.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

import pytest

from adapters.slack.inbound import action_turn, command_turn, message_text, message_turn
from core.protocol import InboundTurn
from tests.fakes.slack import PAYLOADS, payload


def _event(name: str) -> list[InboundTurn]:
    return _turns(message_turn(payload(name)))


def _tap(document: dict[str, Any]) -> list[InboundTurn]:
    return _turns(action_turn(document))


def _turns(turn: InboundTurn | None) -> list[InboundTurn]:
    return [] if turn is None else [turn]


def _command(**fields: str) -> InboundTurn | None:
    recorded = dict(parse_qsl((PAYLOADS / "slash_command_leads.txt").read_text()))
    return command_turn(recorded | fields)


def test_a_direct_message_is_a_text_turn() -> None:
    [turn] = _event("message_im")
    assert turn.channel == "slack"
    assert turn.event_id == "msg:D0DMCHAN1:1795424400.000100"
    assert turn.external_user_id == "U0TRAVEL1"
    assert turn.chat_id == "D0DMCHAN1"
    assert turn.text == "add a sushi place on day 2"
    assert turn.choice_token is None
    assert turn.reply_context == {"channel": "D0DMCHAN1", "ts": "1795424400.000100"}
    assert turn.conversation_key == "slack:D0DMCHAN1"


def test_an_app_mention_drops_our_mention_and_decodes_entities() -> None:
    [turn] = _event("app_mention")
    assert turn.text == "add Tom & Jerry's Café <3 on day 1"
    assert turn.chat_id == "C0TRIPS01"
    assert turn.external_user_id == "U0TRAVEL2"
    assert turn.reply_context == {
        "channel": "C0TRIPS01",
        "ts": "1795424460.000200",
        "thread_ts": "1795424000.000050",  # asked in a thread: answered there
    }


def test_a_mention_that_also_arrives_as_a_channel_message_is_one_turn() -> None:
    # With message.channels and app_mention subscribed, Slack sends the same message twice
    # under two event_ids; the inbox key must be the same so it is answered once.
    [mention] = _event("app_mention")
    [message] = _event("message_channel_mention")
    assert mention.event_id == message.event_id
    assert mention.text == message.text


@pytest.mark.parametrize(
    "name", ["message_from_our_bot", "message_bot_message", "message_changed", "reaction_added"]
)
def test_bots_edits_and_other_events_are_not_turns(name: str) -> None:
    assert _event(name) == []


def test_our_own_user_is_ignored_even_without_bot_id() -> None:
    document = payload("message_im")
    document["event"]["user"] = "U0BOTUSER"
    assert message_turn(document) is None


def test_an_empty_message_is_not_a_turn() -> None:
    document = payload("app_mention")
    document["event"]["text"] = "<@U0BOTUSER>"
    assert message_turn(document) is None


def test_message_text_keeps_other_mentions_and_shows_links_as_text() -> None:
    raw = (
        "<@U0BOTUSER> plan 3 days with <@U0FRIEND1> see <https://example.com/a|the guide>"
        " &amp; <mailto:a@b.co|a@b.co>"
    )
    assert (
        message_text(raw, {"U0BOTUSER"}, mentioned=False)
        == "plan 3 days with <@U0FRIEND1> see the guide & a@b.co"
    )


def test_a_button_tap_is_a_choice_turn_with_what_the_edit_needs() -> None:
    [turn] = _tap(payload("block_actions"))
    assert turn.choice_token == "AbCd1234:1"
    assert turn.text is None
    assert turn.external_user_id == "U0TRAVEL1"
    assert turn.chat_id == "C0TRIPS01"
    assert turn.display_name == "maria"
    assert turn.event_id == "tap:C0TRIPS01:1795424401.000300:1795424430.987654"
    assert turn.reply_context == {
        "channel": "C0TRIPS01",
        "message_ts": "1795424401.000300",
        "thread_ts": "1795424000.000050",
        "choice": "Sushi Zen",
        "question": "I found 5 sushi places near Hadibo & around. Select one:",
        "response_url": "https://hooks.slack.com/actions/T0TEAM001/1795424430123/AbCdEfGhIjKlMnOpQrStUvWx",
    }


def test_a_retried_tap_has_the_same_event_id_and_a_second_tap_a_new_one() -> None:
    [first] = _tap(payload("block_actions"))
    [retry] = _tap(payload("block_actions"))
    again = payload("block_actions")
    again["actions"][0]["action_ts"] = "1795424499.000001"
    [second] = _tap(again)
    assert first.event_id == retry.event_id
    assert second.event_id != first.event_id


def test_a_button_that_is_not_ours_is_ignored() -> None:
    document = payload("block_actions")
    document["actions"][0]["value"] = "open-the-lead-card"
    assert _tap(document) == []
    document["actions"] = []
    assert _tap(document) == []


def test_a_tap_on_an_ephemeral_card_is_marked_for_an_answer_through_response_url() -> None:
    document = payload("block_actions")
    document["container"]["is_ephemeral"] = True
    [turn] = _tap(document)
    assert (turn.reply_context or {})["ephemeral"] is True
    [public] = _tap(payload("block_actions"))
    assert "ephemeral" not in (public.reply_context or {})


@pytest.mark.parametrize(
    "name",
    ["message_channel_chatter", "message_thread_broadcast", "message_file_share_channel"],
)
def test_channel_messages_nobody_addressed_to_us_are_not_turns(name: str) -> None:
    assert _event(name) == []


def test_a_reply_in_a_thread_under_our_message_is_a_turn() -> None:
    [turn] = _event("message_thread_reply_to_bot")
    assert turn.text == "add a sushi place on day 2"
    assert (turn.reply_context or {})["thread_ts"] == "1795424401.000300"


def test_a_file_shared_in_a_dm_is_a_turn_we_cannot_read() -> None:
    [turn] = _event("message_file_share_im")
    assert (turn.text, turn.attachment) == (None, "file")


def test_a_slash_command_keeps_its_response_url() -> None:
    turn = _command()
    assert turn is not None
    context = turn.reply_context or {}
    assert context["response_url"].startswith("https://hooks.slack.com/commands/")
    assert context["command"] == "/leads"
    assert turn.chat_id == "C0NOTMEMB"
    assert turn.choice_token == "lead:list:"
    assert turn.event_id == "cmd:5591828273.1795424510.8d5f0c5ab1b3c8e3b7e4a1f2c3d4e5f6"


def test_a_retried_command_has_the_same_event_id_and_a_second_one_a_new_one() -> None:
    again = "5591828299.1795424570.0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    first, retry, second = _command(), _command(), _command(trigger_id=again)
    ids = [turn.event_id if turn else None for turn in (first, retry, second)]
    assert ids[0] is not None
    assert ids[0] == ids[1] != ids[2]


@pytest.mark.parametrize(
    ("command", "text", "said"),
    [
        ("/traveloure", "add a sushi place on day 2", "add a sushi place on day 2"),
        (
            "/traveloure",
            "  Tom &amp; Jerry's &lt;3 <https://x.example|site> ",
            "Tom & Jerry's <3 site",
        ),
        ("/itinerary", "", "/itinerary"),
        ("/HELP", " ", "/help"),
    ],
)
def test_another_command_says_its_text_or_its_name(command: str, text: str, said: str) -> None:
    turn = _command(command=command, text=text)
    assert turn is not None
    assert (turn.text, turn.choice_token) == (said, None)
    assert (turn.reply_context or {})["command"] == command.lower()


@pytest.mark.parametrize("missing", ["user_id", "channel_id", "command"])
def test_a_command_without_who_where_or_what_is_not_a_turn(missing: str) -> None:
    assert _command(**{missing: ""}) is None

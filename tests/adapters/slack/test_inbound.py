"""Slack deliveries → InboundTurns, from recorded payloads (no network)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from adapters.slack.inbound import message_text, parse_delivery, read_delivery
from tests.fakes.slack import PAYLOADS, form_body, payload

JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _event(name: str) -> bytes:
    return json.dumps(payload(name)).encode()


def _tap(document: dict[str, Any]) -> list[Any]:
    return parse_delivery(form_body(document), FORM)


def test_a_direct_message_is_a_text_turn() -> None:
    [turn] = parse_delivery(_event("message_im"), JSON)
    assert turn.channel == "slack"
    assert turn.event_id == "msg:D0DMCHAN1:1795424400.000100"
    assert turn.external_user_id == "U0TRAVEL1"
    assert turn.chat_id == "D0DMCHAN1"
    assert turn.text == "add a sushi place on day 2"
    assert turn.choice_token is None
    assert turn.reply_context == {"channel": "D0DMCHAN1", "ts": "1795424400.000100"}
    assert turn.conversation_key == "slack:D0DMCHAN1"


def test_an_app_mention_drops_our_mention_and_decodes_entities() -> None:
    [turn] = parse_delivery(_event("app_mention"), JSON)
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
    [mention] = parse_delivery(_event("app_mention"), JSON)
    [message] = parse_delivery(_event("message_channel_mention"), JSON)
    assert mention.event_id == message.event_id
    assert mention.text == message.text


@pytest.mark.parametrize(
    "name", ["message_from_our_bot", "message_bot_message", "message_changed", "reaction_added"]
)
def test_bots_edits_and_other_events_are_not_turns(name: str) -> None:
    assert parse_delivery(_event(name), JSON) == []


def test_our_own_user_is_ignored_even_without_bot_id() -> None:
    document = payload("message_im")
    document["event"]["user"] = "U0BOTUSER"
    assert parse_delivery(json.dumps(document).encode(), JSON) == []


def test_an_empty_message_is_not_a_turn() -> None:
    document = payload("app_mention")
    document["event"]["text"] = "<@U0BOTUSER>"
    assert parse_delivery(json.dumps(document).encode(), JSON) == []


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


def test_the_form_is_recognised_by_content_type_in_any_case_or_by_its_shape() -> None:
    body = form_body(payload("block_actions"))
    for headers in (FORM, {"content-type": FORM["Content-Type"]}, {}):
        [turn] = parse_delivery(body, headers)
        assert turn.choice_token == "AbCd1234:1"


def test_other_interactivity_types_are_ignored() -> None:
    assert _tap({"type": "view_submission", "user": {"id": "U0TRAVEL1"}}) == []


def test_url_verification_gives_its_challenge_and_nothing_else_does() -> None:
    body = _event("url_verification")
    assert read_delivery(body, JSON) == (
        [],
        "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    )
    assert read_delivery(_event("message_im"), JSON)[1] is None


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"payload=%5B%5D"])
def test_unreadable_deliveries_raise_value_error(body: bytes) -> None:
    with pytest.raises(ValueError, match=r".+"):
        parse_delivery(body, JSON)


@pytest.mark.parametrize(
    "name",
    ["message_channel_chatter", "message_thread_broadcast", "message_file_share_channel"],
)
def test_channel_messages_nobody_addressed_to_us_are_not_turns(name: str) -> None:
    body = json.dumps(payload(name)).encode()
    assert parse_delivery(body, {"content-type": "application/json"}) == []


def test_a_reply_in_a_thread_under_our_message_is_a_turn() -> None:
    body = json.dumps(payload("message_thread_reply_to_bot")).encode()
    [turn] = parse_delivery(body, {"content-type": "application/json"})
    assert turn.text == "add a sushi place on day 2"
    assert (turn.reply_context or {})["thread_ts"] == "1795424401.000300"


def test_a_file_shared_in_a_dm_is_a_turn_we_cannot_read() -> None:
    body = json.dumps(payload("message_file_share_im")).encode()
    [turn] = parse_delivery(body, {"content-type": "application/json"})
    assert (turn.text, turn.attachment) == (None, "file")


def test_a_slash_command_keeps_its_response_url() -> None:
    body = (PAYLOADS / "slash_command_leads.txt").read_bytes()
    [turn] = parse_delivery(body, {"content-type": "application/x-www-form-urlencoded"})
    context = turn.reply_context or {}
    assert context["response_url"].startswith("https://hooks.slack.com/commands/")
    assert context["command"] == "/leads"
    assert turn.chat_id == "C0NOTMEMB"

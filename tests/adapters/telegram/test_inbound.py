"""Update JSON → InboundTurn, from recorded payloads."""

from __future__ import annotations

import json

import pytest

from adapters.telegram.inbound import load_update, local_tap, parse_update
from core.protocol import InboundTurn
from tests.fakes.telegram import payload


def test_text_message_is_a_text_turn() -> None:
    [turn] = parse_update(payload("update_text_message.json"))
    assert turn.channel == "telegram"
    assert turn.event_id == "10000101"
    assert turn.external_user_id == "4242"
    assert turn.chat_id == "4242"
    assert turn.text == "add a sushi place on day 2"
    assert turn.choice_token is None
    assert turn.display_name == "Ada Lovelace"
    assert turn.locale == "en"
    assert turn.conversation_key == "telegram:4242"


def test_deep_link_arrives_as_start_command_text() -> None:
    [turn] = parse_update(payload("update_start_deep_link.json"))
    assert turn.text == "/start AB12CD34"
    assert turn.locale == "pt-br"


def test_group_message_keys_the_conversation_on_the_group() -> None:
    [turn] = parse_update(payload("update_group_command.json"))
    assert turn.chat_id == "-1001234567890"
    assert turn.external_user_id == "5151"
    assert turn.text == "/help@TraveloureBot"


def test_tap_on_a_choice_button_is_a_choice_turn_with_what_to_edit() -> None:
    [turn] = parse_update(payload("update_callback_choice.json"))
    assert turn.event_id == "10000104"
    assert turn.text is None
    assert turn.choice_token == "k3v9x2qa:1"
    assert turn.chat_id == "4242"
    assert turn.external_user_id == "4242"
    context = turn.reply_context or {}
    assert context["callback_query_id"] == "4382bfdwdsb323b2d9"
    assert context["message_id"] == 1367
    assert context["button_text"] == "2. Sushi Zen"
    assert context["message_text"].startswith("I found 5 sushi places near Hadibo.")
    # the inbox stores the turn as JSON and the pipeline reads it back
    stored = json.loads(json.dumps(turn.to_json_dict()))
    assert InboundTurn.model_validate(stored) == turn


def test_tap_on_a_message_too_old_to_read_still_reaches_the_chat() -> None:
    [turn] = parse_update(payload("update_callback_inaccessible.json"))
    assert turn.chat_id == "4242"
    context = turn.reply_context or {}
    assert context["message_id"] == 1367
    assert context["message_text"] is None
    assert context["button_text"] is None


@pytest.mark.parametrize(
    "name",
    [
        "update_edited_message.json",
        "update_photo.json",
        "update_my_chat_member.json",
        "update_callback_more.json",
        "update_callback_foreign.json",
    ],
)
def test_updates_that_are_not_turns_give_none(name: str) -> None:
    assert parse_update(payload(name)) == []


def test_more_tap_is_answered_locally_with_its_page() -> None:
    tap = local_tap(payload("update_callback_more.json"))
    assert tap is not None
    assert (tap.prompt_id, tap.page) == ("Pq7_x-2Z", 1)
    assert (tap.chat_id, tap.message_id) == (4242, 1370)
    assert tap.callback_query_id == "4382bfdwdsb323b2e1"
    assert tap.message_text is not None
    assert "12. Noged Dunes Diner" in tap.message_text


def test_foreign_button_data_is_only_answered() -> None:
    tap = local_tap(payload("update_callback_foreign.json"))
    assert tap is not None
    assert tap.page is None
    assert tap.callback_query_id == "4382bfdwdsb323b2e2"


@pytest.mark.parametrize(
    "name", ["update_text_message.json", "update_callback_choice.json", "update_photo.json"]
)
def test_turns_are_not_local_taps(name: str) -> None:
    assert local_tap(payload(name)) is None


@pytest.mark.parametrize(
    "body", [b"not json", b"[1, 2]", b'{"message": {}}', b'{"update_id": "7"}']
)
def test_unreadable_bodies_are_value_errors(body: bytes) -> None:
    with pytest.raises(ValueError, match=r"Telegram update|Expecting value"):
        load_update(body)


def test_malformed_update_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="malformed"):
        parse_update({"update_id": 1, "message": {"text": "hi"}})

"""Update JSON → InboundTurn, from recorded payloads."""

from __future__ import annotations

import json

import pytest

from adapters.telegram.inbound import BotIdentity, load_update, local_tap, parse_update
from core.protocol import InboundTurn
from tests.fakes.telegram import BOT, TOKEN, payload

US = BotIdentity.from_token(TOKEN, BOT["username"])


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
    [turn] = parse_update(payload("update_group_command.json"), US)
    assert turn.chat_id == "-1001234567890"
    assert turn.external_user_id == "5151"
    assert turn.text == "/help"  # our name dropped: "/start@Bot code" reads as "/start code"


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


@pytest.mark.parametrize(
    "name",
    [
        "update_group_command_other_bot.json",  # /help@OtherBot: another bot's command
        "update_group_moderation_command.json",  # /report: a moderation bot's command
        "update_group_text.json",  # chatter between members
        "update_group_photo.json",  # a photo nobody sent to us
        # chatter in a forum topic the bot opened: it "replies" to the topic's creation
        "update_topic_opened_by_bot.json",
    ],
)
def test_group_messages_not_addressed_to_us_are_not_turns(name: str) -> None:
    assert parse_update(payload(name), US) == []


def test_a_group_mention_is_a_turn_without_our_name() -> None:
    [turn] = parse_update(payload("update_group_mention.json"), US)
    assert turn.text == "show my itinerary"
    assert (turn.reply_context or {})["reply_to"] == 94


def test_a_reply_to_the_bot_in_a_group_is_a_turn() -> None:
    [turn] = parse_update(payload("update_group_reply_to_bot.json"), US)
    assert turn.text == "Porto with friends"


def test_without_our_username_only_replies_and_bare_commands_of_ours_count() -> None:
    anonymous = BotIdentity.from_token(TOKEN, None)
    assert parse_update(payload("update_group_command.json"), anonymous) == []
    assert parse_update(payload("update_group_reply_to_bot.json"), anonymous) != []


def test_a_forum_topic_command_keeps_its_topic() -> None:
    [turn] = parse_update(payload("update_forum_topic_command.json"), US)
    assert turn.text == "/itinerary"
    context = turn.reply_context or {}
    assert (context["thread_id"], context["reply_to"]) == (305, 310)
    assert "message_id" not in context  # no tapped keyboard to retire


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("update_photo.json", "photo"),
        ("update_sticker.json", "sticker"),
        ("update_voice.json", "voice"),
    ],
)
def test_what_we_cannot_read_is_a_turn_naming_it(name: str, kind: str) -> None:
    [turn] = parse_update(payload(name), US)
    assert (turn.text, turn.attachment, turn.location) == (None, kind, None)


def test_a_shared_location_is_a_location_turn() -> None:
    [turn] = parse_update(payload("update_location.json"), US)
    assert turn.location is not None
    assert (turn.location.lat, turn.location.lng, turn.location.title) == (
        38.710696,
        -9.136632,
        None,
    )


def test_a_shared_venue_keeps_its_name_and_address() -> None:
    [turn] = parse_update(payload("update_venue.json"), US)
    assert turn.location is not None
    assert turn.location.title == "Café A Brasileira"
    assert turn.location.address == "Rua Garrett 120, Lisboa"
    stored = json.loads(json.dumps(turn.to_json_dict()))
    assert InboundTurn.model_validate(stored) == turn

"""What of an Update reaches python-telegram-bot's parser (adapters/telegram/essentials.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from adapters.telegram.essentials import essentials, is_automatic_forward, unreadable_kind
from adapters.telegram.inbound import BotIdentity, parse_update
from tests.conformance.real import real_path
from tests.fakes.telegram import BOT, TOKEN

US = BotIdentity.from_token(TOKEN, str(BOT["username"]))


def _real(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(real_path("telegram", f"{name}.json").read_text("utf-8"))
    return data


def test_fields_no_turn_is_made_of_are_cut() -> None:
    update = _real("teloxide-channel_unique_gift")  # a gift shape newer than the parser
    assert essentials(update) == {"update_id": update["update_id"]}  # a channel post: no turn
    photo = _real("teloxide-private_photo_caption_entities")
    cut = essentials(photo)["message"]
    assert "photo" not in cut
    assert cut["caption"] == photo["message"]["caption"]
    assert cut["chat"] == photo["message"]["chat"]


@pytest.mark.parametrize(
    "name",
    [
        "aiogram-managed_bot",  # an update kind newer than this code
        "aiogram-poll",  # parsed, it warns about a deprecated field
        "docs-inline_query",
        "aiogram-business_message",
        "docs-edited_message",
    ],
)
def test_other_update_kinds_keep_only_their_id(name: str) -> None:
    update = _real(name)
    assert essentials(update) == {"update_id": update["update_id"]}
    assert parse_update(update, US) == []


def test_the_webhook_guides_samples_get_what_telegram_always_sends() -> None:
    update = _real("docs-private_start_without_chat_type")  # no is_bot, no chat type
    message = essentials(update)["message"]
    assert message["from"]["is_bot"] is False
    assert message["chat"]["type"] == "private"
    [turn] = parse_update(update, US)
    assert (turn.text, turn.chat_id) == ("/start", "1111111")
    tap = essentials(_real("docs-callback_query_inline_message"))["callback_query"]
    assert tap["chat_instance"] == ""
    assert tap["from"]["is_bot"] is False


@pytest.mark.parametrize(
    ("chat_id", "kind"), [(42, "private"), (-1001847508954, "supergroup"), (-599075523, "group")]
)
def test_a_missing_chat_type_follows_the_id(chat_id: int, kind: str) -> None:
    update = {"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": chat_id}}}
    assert essentials(update)["message"]["chat"]["type"] == kind


def test_a_chat_type_that_is_there_is_kept_even_when_wrong() -> None:
    update = {"update_id": 1, "message": {"chat": {"id": 1, "type": []}}}
    assert essentials(update)["message"]["chat"]["type"] == []  # the parser refuses it: a 400


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ptb-story", "story"),
        ("ptb-game", "game"),
        ("ptb-checklist", "checklist"),
        ("ptb-live_photo", "live_photo"),
        ("teloxide-private_sticker", "sticker"),
        ("ptb-text", None),
        ("docs-inline_query", None),
    ],
)
def test_unreadable_content_is_named_from_the_whole_update(name: str, kind: str | None) -> None:
    assert unreadable_kind(_real(name)) == kind


def test_a_channel_post_copied_into_its_discussion_group_is_nobodys_turn() -> None:
    update = _real("ptb-is_automatic_forward")
    assert is_automatic_forward(update)
    update["message"] |= {
        "text": "/help",
        "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
    }
    assert parse_update(update, US) == []
    del update["message"]["is_automatic_forward"]
    assert len(parse_update(update, US)) == 1  # the same words from a member: our command
    assert not is_automatic_forward(_real("ptb-text"))

"""Real Telegram updates from other projects' suites and the Bot API docs, posted to our webhook.

Each update in tests/payloads/telegram/real/ (provenance in its manifest.json) goes through the
real route with the webhook secret, on demo settings, with the Bot API faked at the HTTP seam.
Then: no 5xx; what was not said to us gets no answer and is not kept; what was said to us is
kept in the inbox, processed, and answered in the asker's chat (in a group, as a reply to the
asker and in their forum topic, a force-reply selective); taps are answered.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from telegram import ForceReply, InlineKeyboardMarkup, Message, ReplyParameters

from adapters.telegram.signature import SECRET_HEADER
from core.messages import msg, use_locale
from core.storage.models import InboxEvent
from tests.conformance.real import check_partition, real_path, stems
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import WEBHOOK_SECRET, FakeTelegram, attached

PLATFORM = "telegram"

# A person wrote text to us: a private chat, or in a group a command of ours, a mention, a reply.
ANSWERED = {
    "docs-private_start",
    "docs-private_start_without_chat_type",
    "docs-forwarded_message",
    "docs-forwarded_channel_message",
    "docs-reply_to_other_chat",
    "docs-message_with_entities",
    "teloxide-private_text",
    "teloxide-private_text_digit",
    "teloxide-private_text_emoji",
    "teloxide-private_text_effect",
    "aiogram-raw_update_private_text",
    "ptb-text",
    "ptb-reply_markup",
    "derived-forum_topic_command_our_bot",
    "derived-forum_topic_mention",
    "derived-supergroup_bare_help_command",
    "derived-supergroup_reply_to_our_bot",
}
# Content we cannot read, sent to us: one short answer.
CANNOT_READ = {
    "docs-audio",
    "docs-voice",
    "docs-document",
    "teloxide-private_forwarded_video",
    "teloxide-private_media_group_video",
    "teloxide-private_sticker",
    "teloxide-private_photo",
    "teloxide-private_photo_caption_entities",
    "teloxide-private_photo_caption_above",
    "ptb-audio",
    "ptb-document",
    "ptb-animation",
    "ptb-game",
    "ptb-photo",
    "ptb-sticker",
    "ptb-story",
    "ptb-video",
    "ptb-voice",
    "ptb-video_note",
    "ptb-contact",
    "ptb-invoice",
    "ptb-photo_from_media_group",
    "ptb-poll",
    "ptb-dice",
    "ptb-paid_media",
    "ptb-checklist",
    "ptb-live_photo",
}
# A shared point or venue sent to us: saved as the anchor of "near me".
SHARED_PLACE = {
    "ptb-location",
    "ptb-venue",
    "derived-supergroup_location_reply_to_our_bot",
}
# A button tap the adapter answers alone (the spinner stops), or one of ours for an old prompt.
TAP_ONLY = {
    "docs-callback_query_inline_message",
    "aiogram-callback_query_without_message",
    "aiogram-callback_query_with_message",
}
OLD_TAP = {"derived-callback_query_old_choice", "derived-supergroup_callback_query_old_choice"}
# Not said to us: group chatter, other bots' commands, moderation, edits, service messages,
# channel posts, reactions, inline mode, payments, business and membership updates.
SILENT = {
    "docs-edited_message",
    "docs-inline_query",
    "docs-chosen_inline_result",
    "teloxide-supergroup_story",
    "teloxide-supergroup_report_command_reply",
    "teloxide-supergroup_pinned_message",
    "teloxide-supergroup_dice",
    "teloxide-unknown_update_kind",
    "teloxide-my_chat_member_blocked",
    "teloxide-message_reaction",
    "teloxide-message_reaction_anonymous",
    "teloxide-message_reaction_count",
    "teloxide-chat_boost",
    "teloxide-removed_chat_boost",
    "teloxide-purchased_paid_media",
    "teloxide-private_chat_shared",
    "teloxide-supergroup_bot_forward",
    "teloxide-group_migrate_to",
    "teloxide-supergroup_migrate_from",
    "teloxide-private_venue_without_sender",
    "teloxide-supergroup_video_chat_started",
    "teloxide-forum_topic_created",
    "teloxide-forum_topic_message",
    "teloxide-private_empty_message",
    "teloxide-forum_topic_closed",
    "teloxide-channel_giveaway",
    "teloxide-channel_giveaway_created",
    "teloxide-channel_giveaway_completed",
    "teloxide-channel_giveaway_winners",
    "teloxide-channel_paid_message_price_changed",
    "teloxide-channel_suggested_post_approved",
    "teloxide-channel_gift",
    "teloxide-channel_unique_gift",
    "teloxide-channel_boost_added",
    "aiogram-edited_message",
    "aiogram-channel_post",
    "aiogram-edited_channel_post",
    "aiogram-inline_query",
    "aiogram-chosen_inline_result",
    "aiogram-shipping_query",
    "aiogram-pre_checkout_query",
    "aiogram-poll",
    "aiogram-poll_answer",
    "aiogram-my_chat_member_private",
    "aiogram-chat_member_private",
    "aiogram-chat_join_request",
    "aiogram-message_reaction_channel",
    "aiogram-business_connection",
    "aiogram-edited_business_message",
    "aiogram-business_message",
    "aiogram-deleted_business_messages",
    "aiogram-managed_bot",
    "aiogram-guest_message",
    "aiogram-subscription",
    "ptb-successful_payment",
    "ptb-connected_website",
    "ptb-via_bot",
    "ptb-proximity_alert_triggered",
    "ptb-web_app_data",
    "ptb-users_shared",
    "ptb-chat_shared",
    "ptb-gift",
    "ptb-unique_gift",
    "ptb-forward_origin",
    "ptb-external_reply",
    "ptb-quote",
    "ptb-link_preview_options",
    "ptb-refunded_payment",
    "ptb-checklist_tasks_done",
    "ptb-chat_background_set",
    "ptb-caption_entities",
    "ptb-edited",
    "ptb-reply",
    "ptb-new_members",
    "ptb-left_member",
    "ptb-new_title",
    "ptb-new_photo",
    "ptb-delete_photo",
    "ptb-group_created",
    "ptb-supergroup_created",
    "ptb-message_auto_delete_timer_changed",
    "ptb-pinned",
    "ptb-video_chat_scheduled",
    "ptb-video_chat_started",
    "ptb-video_chat_ended",
    "ptb-video_chat_participants_invited",
    "ptb-sender_chat",
    "ptb-is_automatic_forward",
    "ptb-message_thread_id",
    "ptb-boost_added",
    "ptb-chat_owner_changed",
    "ptb-chat_owner_left",
    "ptb-giveaway",
    "ptb-giveaway_created",
    "ptb-giveaway_winners",
    "ptb-poll_option_added",
    "derived-forum_topic_command_other_bot",
    "derived-forum_topic_ban_command",
    "derived-supergroup_command_other_bot",
    "derived-supergroup_venue_unaddressed",
    "derived-supergroup_edited_mention",
}
GROUPS = (ANSWERED, CANNOT_READ, SHARED_PLACE, TAP_ONLY, OLD_TAP, SILENT)


def test_every_collected_update_has_one_expected_outcome() -> None:
    check_partition(PLATFORM, GROUPS)
    assert len(stems(PLATFORM)) >= 60


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def telegram(app: FastAPI, fake: FakeTelegram, clock: FakeClock) -> AsyncIterator[None]:
    async def sleep(seconds: float) -> None:  # a group's send pacing passes in fake time
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep):
        yield


def _load(name: str) -> dict[str, Any]:
    update: dict[str, Any] = json.loads(real_path(PLATFORM, f"{name}.json").read_text("utf-8"))
    return update


def _message(update: dict[str, Any]) -> dict[str, Any]:
    """The message the update carries (the tapped one for a callback query), or {}."""
    for kind in ("message", "edited_message", "channel_post", "business_message"):
        if isinstance(update.get(kind), dict):
            return dict(update[kind])
    query = update.get("callback_query") or {}
    return dict(query.get("message") or {})


def _locale(update: dict[str, Any]) -> str:
    sender = _message(update).get("from") or {}
    code = str(sender.get("language_code") or "en")
    return code if code in {"en", "es", "pt"} else "en"


def _checked(body: dict[str, Any]) -> dict[str, Any]:
    """A sendMessage body, read back by python-telegram-bot's own models."""
    markup = body.get("reply_markup") or {}
    text = {key: value for key, value in body.items() if key != "reply_markup"}
    as_message = {"message_id": 1, "date": 0, "chat": {"id": body["chat_id"], "type": "group"}}
    assert Message.de_json(as_message | text, None) is not None
    if "reply_parameters" in body:
        assert ReplyParameters.de_json(body["reply_parameters"], None) is not None
    if "force_reply" in markup:
        assert ForceReply.de_json(markup, None) is not None
    elif markup:
        assert InlineKeyboardMarkup.de_json(markup, None) is not None
    return body


async def _inbox(app: FastAPI) -> list[InboxEvent]:
    async with app.state.services.sessions() as session:
        return list((await session.scalars(select(InboxEvent))).all())


@pytest.mark.usefixtures("telegram")
@pytest.mark.parametrize("name", stems(PLATFORM))
async def test_a_real_update(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, name: str
) -> None:
    update = _load(name)
    if query := update.get("callback_query"):
        fake.open_queries.add(str(query["id"]))  # Telegram expects an answer to this one
        if tapped := query.get("message"):  # Telegram has the tapped message: it can be edited
            fake.messages[(tapped["chat"]["id"], tapped["message_id"])] = dict(tapped)
    headers = {"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}
    response = await client.post("/webhooks/telegram", content=json.dumps(update), headers=headers)
    assert response.status_code == 200, response.text  # anything else: Telegram redelivers
    await app.state.services.pipeline.drain()
    assert fake.rejected == []  # nothing the Bot API would refuse

    inbox = await _inbox(app)
    if name in SILENT:
        assert fake.calls == []  # not even a welcome
        assert inbox == []  # nor kept: nobody said it to us
        return
    if name in TAP_ONLY:
        assert fake.methods() == ["answerCallbackQuery"]  # the spinner stops, nothing else
        assert inbox == []
        return

    # Said to us: kept and processed (nothing lost), answered in the asker's chat.
    assert [row.status for row in inbox] == ["done"]
    message = _message(update)
    if name in OLD_TAP:
        [answer] = fake.bodies("answerCallbackQuery")
        if message["chat"]["id"] < 0:  # a refusal in a group: the tapper's alone
            assert answer["show_alert"] is True
            assert answer["text"]
            assert fake.methods() == ["answerCallbackQuery"]
            return
    sent = [_checked(body) for body in fake.bodies("sendMessage")]
    assert sent, "no answer"
    chat_id = message["chat"]["id"]
    assert {body["chat_id"] for body in sent} == {chat_id}
    if chat_id < 0:  # a group: each answer replies to the asker, in their topic if any
        for body in sent:
            assert body["reply_parameters"]["message_id"] == message["message_id"]
            if message.get("is_topic_message"):
                assert body["message_thread_id"] == message["message_thread_id"]
            else:
                assert "message_thread_id" not in body
            markup = body.get("reply_markup") or {}
            if "force_reply" in markup:
                assert markup["selective"] is True
    with use_locale(_locale(update)):
        if name in CANNOT_READ:
            assert sent[-1]["text"] == msg("cannot_read")
        elif name in SHARED_PLACE:
            venue = message.get("venue")
            expected = msg("venue_saved", name=venue["title"]) if venue else msg("location_saved")
            assert sent[-1]["text"] == expected

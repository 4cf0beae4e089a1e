"""Bot API bodies become python-telegram-bot's typed calls and objects, and results come back."""

from __future__ import annotations

import pytest
from telegram import Bot, ForceReply, InlineKeyboardMarkup, Message, ReplyParameters

from adapters.telegram.bot_calls import arguments, as_json, bot_method
from adapters.telegram.keyboards import selection_keyboard
from adapters.telegram.outbound import message_body, placed
from tests.fakes.telegram import TOKEN, payload


def test_every_method_the_channel_calls_is_a_typed_bot_method() -> None:
    bot = Bot(TOKEN)
    assert bot_method(bot, "sendMessage") == bot.send_message
    assert bot_method(bot, "editMessageText") == bot.edit_message_text
    assert bot_method(bot, "editMessageReplyMarkup") == bot.edit_message_reply_markup
    assert bot_method(bot, "answerCallbackQuery") == bot.answer_callback_query
    assert bot_method(bot, "setWebhook") == bot.set_webhook
    with pytest.raises(KeyError):
        bot_method(bot, "banChatMember")  # never called: not wired


def test_a_keyboard_reply_becomes_ptb_objects_that_serialise_back_unchanged() -> None:
    keyboard = selection_keyboard("p1", ["Sushi Zen", "Hadibo Grill"])
    body = placed(message_body(-1001, "Which one?", keyboard), thread_id=7, reply_to=42)
    typed = arguments(body)
    assert isinstance(typed["reply_markup"], InlineKeyboardMarkup)
    assert isinstance(typed["reply_parameters"], ReplyParameters)
    assert typed["reply_markup"].to_dict() == keyboard
    assert typed["reply_parameters"].to_dict() == body["reply_parameters"]
    assert {k: v for k, v in typed.items() if k not in {"reply_markup", "reply_parameters"}} == {
        "chat_id": -1001,
        "text": "Which one?",
        "message_thread_id": 7,
    }


def test_a_force_reply_is_ptbs_force_reply() -> None:
    markup = ForceReply(selective=True, input_field_placeholder="Day 2").to_dict()
    typed = arguments({"chat_id": 1, "text": "Which day?", "reply_markup": markup})
    assert isinstance(typed["reply_markup"], ForceReply)
    assert typed["reply_markup"].to_dict() == markup


def test_results_come_back_as_the_bot_apis_json() -> None:
    sent = payload("send_message_ok.json")["result"]
    message = Message.de_json(sent, None)
    assert as_json(message)["message_id"] == sent["message_id"]
    assert as_json(message)["chat"] == sent["chat"]
    assert as_json(True) is True
    assert as_json((message,)) == [as_json(message)]

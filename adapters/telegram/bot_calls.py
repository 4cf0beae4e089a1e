"""Bot API bodies → python-telegram-bot's typed `Bot` methods and objects, and results back.

The outbound converters speak the Bot API's JSON (what Telegram documents and the fakes check).
Here a body becomes the arguments of the Bot method of the same name, its objects parsed by
PTB's own classes (InlineKeyboardMarkup, ForceReply, ReplyParameters, …); PTB serialises them
again when it sends. Pure: nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    MessageEntity,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    TelegramObject,
)

BotMethod = Callable[..., Awaitable[Any]]
# reply_markup is one of several objects: the key that only that kind has tells which.
_MARKUPS: dict[str, type[TelegramObject]] = {
    "inline_keyboard": InlineKeyboardMarkup,
    "force_reply": ForceReply,
    "keyboard": ReplyKeyboardMarkup,
    "remove_keyboard": ReplyKeyboardRemove,
}
_OBJECTS: dict[str, type[TelegramObject]] = {
    "reply_parameters": ReplyParameters,
    "link_preview_options": LinkPreviewOptions,
}


def bot_method(bot: Bot, method: str) -> BotMethod:
    """The Bot's typed method for a Bot API method name ("sendMessage" → send_message).

    Raises:
        KeyError: a method this service never calls.
    """
    methods: dict[str, BotMethod] = {
        "sendMessage": bot.send_message,
        "editMessageText": bot.edit_message_text,
        "editMessageReplyMarkup": bot.edit_message_reply_markup,
        "answerCallbackQuery": bot.answer_callback_query,
        "setWebhook": bot.set_webhook,
        "deleteWebhook": bot.delete_webhook,
    }
    return methods[method]


def arguments(body: Mapping[str, Any]) -> dict[str, Any]:
    """A Bot API body as keyword arguments of the Bot method, objects as PTB's classes."""
    typed = dict(body)
    markup = typed.get("reply_markup")
    if isinstance(markup, Mapping):
        kind = next((_MARKUPS[key] for key in _MARKUPS if key in markup), InlineKeyboardMarkup)
        typed["reply_markup"] = kind.de_json(dict(markup), None)
    for name, kind in _OBJECTS.items():
        if isinstance(typed.get(name), Mapping):
            typed[name] = kind.de_json(dict(typed[name]), None)
    if isinstance(typed.get("entities"), list):
        typed["entities"] = MessageEntity.de_list(typed["entities"], None)
    return typed


def as_json(result: Any) -> Any:
    """A Bot method's result as the Bot API's JSON (a Message as a dict; True stays True)."""
    if isinstance(result, TelegramObject):
        return result.to_dict()
    if isinstance(result, tuple | list):
        return [as_json(item) for item in result]
    return result

"""Bot API Update JSON → InboundTurn (pure), parsed with python-telegram-bot's objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, Chat, MaybeInaccessibleMessage, Message, Update

from adapters.telegram.keyboards import button_text, parse_page_token
from core.protocol import InboundTurn, parse_choice_token

CHANNEL = "telegram"


@dataclass(frozen=True)
class LocalTap:
    """A button tap the adapter answers itself, without the orchestrator.

    A "More…" tap (`page` set) shows another page of the keyboard; a tap whose data is not a
    choice token of ours (an old bot version's button) is only answered, to stop the spinner.
    """

    callback_query_id: str
    chat_id: int | None
    message_id: int | None
    message_text: str | None
    prompt_id: str | None = None
    page: int | None = None


def load_update(body: bytes) -> dict[str, Any]:
    """The Update object of a webhook body.

    Raises:
        ValueError: the body is not a JSON object with an update_id.
    """
    try:
        data = json.loads(body)
    except RecursionError as exc:  # nested deeper than the decoder goes: not an update either
        raise ValueError("not a Telegram update") from exc
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise ValueError("not a Telegram update")  # noqa: TRY004 (the route answers 400 to it)
    return data


def _update(data: dict[str, Any]) -> Update:
    try:
        # No Bot is needed: we only read the objects, we never call their shortcuts.
        return Update.de_json(dict(data), None)
    except (KeyError, TypeError, AttributeError, OverflowError, OSError) as exc:
        # OverflowError / OSError: a `date` beyond what datetime.fromtimestamp takes.
        raise ValueError("malformed Telegram update") from exc


def _chat(message: MaybeInaccessibleMessage) -> Chat:
    """A message's chat; PTB does not check required fields, so a missing one is ours to catch."""
    if not isinstance(message.chat, Chat):
        raise ValueError("a Telegram message without its chat")  # noqa: TRY004 (400 for it)
    return message.chat


def _id(value: object) -> str:
    """A Bot API id (an integer) as text; anything else is a malformed update, not a user."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ValueError("a Telegram id that is not an integer")


def _data(query: CallbackQuery) -> str | None:
    """A tap's callback data, None when there is none or it is not text."""
    return query.data if isinstance(query.data, str) else None


def parse_update(data: dict[str, Any]) -> list[InboundTurn]:
    """The traveler turn in an update: a text message or a tap on one of our choice buttons.

    Edited messages, media without text, other bots and local taps (see `local_tap`) give none:
    re-running an edited "add …" would apply it twice.

    Raises:
        ValueError: the update is malformed.
    """
    update = _update(data)
    if (query := update.callback_query) is not None:
        return _tap(update.update_id, query)
    message = update.message
    user = message.from_user if message else None
    if message is None or user is None or user.is_bot or message.text is None:
        return []
    return [
        InboundTurn(
            channel=CHANNEL,
            event_id=_id(update.update_id),
            external_user_id=_id(user.id),
            chat_id=_id(_chat(message).id),
            text=message.text,
            display_name=user.full_name,
            locale=user.language_code,
        )
    ]


def _tap(update_id: int, query: CallbackQuery) -> list[InboundTurn]:
    data = _data(query)
    if data is None or parse_page_token(data) or parse_choice_token(data) is None:
        return []
    if query.from_user is None:  # required by the Bot API, unchecked by PTB
        raise ValueError("a Telegram callback query without its sender")
    message = query.message
    readable = message if isinstance(message, Message) else None
    markup = readable.reply_markup.to_dict() if readable and readable.reply_markup else None
    # What deliver() needs after the orchestrator: which message to edit and what was tapped.
    context: dict[str, Any] = {
        "callback_query_id": query.id,
        "message_id": message.message_id if message else None,
        "message_text": readable.text if readable else None,
        "button_text": button_text(markup, data),
    }
    return [
        InboundTurn(
            channel=CHANNEL,
            event_id=_id(update_id),
            external_user_id=_id(query.from_user.id),
            # A private chat's id is the user's id, so a tap on a message too old to carry
            # its chat still lands in the right conversation.
            chat_id=_id(_chat(message).id if message else query.from_user.id),
            choice_token=data,
            display_name=query.from_user.full_name,
            locale=query.from_user.language_code,
            reply_context=context,
        )
    ]


def local_tap(data: dict[str, Any]) -> LocalTap | None:
    """The tap in an update if the adapter answers it alone ("More…", foreign data), else None.

    Raises:
        ValueError: the update is malformed.
    """
    query = _update(data).callback_query
    if query is None:
        return None
    token = _data(query) or ""
    page = parse_page_token(token)
    if page is None and parse_choice_token(token) is not None:
        return None  # a choice: the orchestrator answers it
    message = query.message
    return LocalTap(
        callback_query_id=query.id,
        chat_id=_chat(message).id if message else None,
        message_id=message.message_id if message else None,
        message_text=message.text if isinstance(message, Message) else None,
        prompt_id=page[0] if page else None,
        page=page[1] if page else None,
    )

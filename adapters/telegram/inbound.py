"""Bot API Update JSON → InboundTurn (pure), parsed with python-telegram-bot's objects."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from telegram import CallbackQuery, Chat, MaybeInaccessibleMessage, Message, MessageEntity, Update

from adapters.telegram.essentials import essentials, is_automatic_forward, unreadable_kind
from adapters.telegram.keyboards import button_text, parse_page_token
from core.protocol import InboundTurn, SharedLocation, parse_choice_token

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
        # No Bot is needed: we only read the objects, we never call their shortcuts. Only the
        # fields a turn is made of are parsed (see essentials.py).
        return Update.de_json(essentials(data), None)
    except (KeyError, TypeError, AttributeError, OverflowError, OSError) as exc:
        # OverflowError / OSError: a `date` beyond what datetime.fromtimestamp takes.
        raise ValueError("malformed Telegram update") from exc


def _chat(message: MaybeInaccessibleMessage) -> Chat:
    """A message's chat; PTB does not check required fields, so a missing one is ours to catch."""
    if not isinstance(message.chat, Chat):
        raise ValueError("a Telegram message without its chat")  # noqa: TRY004 (400 for it)
    if not isinstance(message.chat.type, str):
        raise ValueError("a Telegram chat whose type is not text")  # noqa: TRY004 (400 for it)
    return message.chat


def _id(value: object) -> str:
    """A Bot API id (an integer) as text; anything else is a malformed update, not a user."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ValueError("a Telegram id that is not an integer")


def _data(query: CallbackQuery) -> str | None:
    """A tap's callback data, None when there is none or it is not text."""
    return query.data if isinstance(query.data, str) else None


@dataclass(frozen=True)
class BotIdentity:
    """Who we are in groups: the bot's user id (the token's prefix) and its @username."""

    id: int | None = None
    username: str | None = None

    @classmethod
    def from_token(cls, token: str, username: str | None) -> BotIdentity:
        """The id from a token "<id>:<secret>"; the username as configured, without "@"."""
        prefix = token.split(":", 1)[0]
        name = (username or "").strip().removeprefix("@") or None
        return cls(int(prefix) if prefix.isdigit() else None, name)


# Our commands, the only bare ones ("/help" without "@bot") answered in a group: another bot's
# or a moderation command ("/report", "/ban") is not for us.
OUR_COMMANDS = frozenset(
    {"/start", "/help", "/undo", "/itinerary", "/bookings", "/stop", "/subscribe", "/switchback"}
)
_GROUPS = {Chat.GROUP, Chat.SUPERGROUP}


def parse_update(data: dict[str, Any], bot: BotIdentity | None = None) -> list[InboundTurn]:
    """The traveler turn in an update: text, location, unreadable content, or a choice tap.

    Unreadable content is a photo, sticker, voice note and the like. In a group only what
    addresses the bot counts: a command of ours (bare, or "@" our name), a mention of the bot,
    a reply to one of its messages. Edited messages, service messages, other bots and local
    taps (see `local_tap`) give none: re-running an edited "add …" would apply it twice.

    Raises:
        ValueError: the update is malformed.
    """
    return _turns(_update(data), bot or BotIdentity(), data)


def read_update(
    data: dict[str, Any], bot: BotIdentity
) -> tuple[list[InboundTurn], LocalTap | None]:
    """An update, parsed once: its traveler turns and the tap the adapter answers alone.

    Raises:
        ValueError: the update is malformed.
    """
    update = _update(data)
    return _turns(update, bot, data), _local_tap(update)


def _turns(update: Update, bot: BotIdentity, data: dict[str, Any]) -> list[InboundTurn]:
    """The turn in a parsed update; `data` is the whole update, for what was cut from it."""
    if (query := update.callback_query) is not None:
        return _tap(update.update_id, query)
    message = update.message
    user = message.from_user if message else None
    if message is None or user is None or user.is_bot or is_automatic_forward(data):
        return []
    chat = _chat(message)
    text = message.text
    if chat.type in _GROUPS:
        try:
            addressed = _addressed(message, bot)
        except (TypeError, AttributeError, KeyError, IndexError) as exc:
            # PTB does not check entity fields: a list for an offset is a malformed update.
            raise ValueError("malformed Telegram entities") from exc
        if not addressed:
            return []
        text = _without_our_name(text, bot) if text is not None else None
    location = _location(message)
    attachment = None if text is not None or location else unreadable_kind(data)
    if text is None and location is None and attachment is None:
        return []  # a service message (joins, pins, topic edits): nobody wrote to us
    context: dict[str, Any] = {"chat_type": chat.type, "reply_to": message.message_id}
    if message.is_topic_message and message.message_thread_id is not None:
        context["thread_id"] = message.message_thread_id  # answer in the asker's forum topic
    return [
        InboundTurn(
            channel=CHANNEL,
            event_id=_id(update.update_id),
            external_user_id=_id(user.id),
            chat_id=_id(chat.id),
            text=text,
            location=location,
            attachment=attachment,
            display_name=user.full_name,
            locale=user.language_code,
            reply_context=context,
        )
    ]


def _addressed(message: Message, bot: BotIdentity) -> bool:
    """Whether a group message is for us: our command, a mention of us, a reply to us."""
    replied = message.reply_to_message
    # In a forum topic every message "replies" to the topic's creation: that is no reply to
    # us, even in a topic the bot opened.
    opening = replied is not None and (
        replied.forum_topic_created is not None
        or (message.is_topic_message and replied.message_id == message.message_thread_id)
    )
    replier = replied.from_user if replied is not None and not opening else None
    if replier is not None and bot.id is not None and replier.id == bot.id:
        return True
    entities = message.parse_entities() if message.text else message.parse_caption_entities()
    for entity, value in entities.items():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            command, _, target = value.partition("@")
            if target:
                if bot.username is not None and target.lower() == bot.username.lower():
                    return True
            elif command.lower() in OUR_COMMANDS:
                return True
        elif entity.type == MessageEntity.MENTION and bot.username is not None:
            if value.lower() == f"@{bot.username.lower()}":
                return True
        elif (
            entity.type == MessageEntity.TEXT_MENTION
            and entity.user is not None
            and bot.id is not None
            and entity.user.id == bot.id
        ):
            return True
    return False


def _without_our_name(text: str, bot: BotIdentity) -> str:
    """'/start@OurBot code' → '/start code', '@OurBot add sushi' → 'add sushi'."""
    if bot.username is None:
        return text
    name = re.escape(bot.username)
    text = re.sub(rf"^(/[A-Za-z0-9_]+)@{name}\b", r"\1", text, flags=re.IGNORECASE)
    stripped = re.sub(rf"(?<!\w)@{name}\b[\s,:]*", "", text, flags=re.IGNORECASE)
    if stripped == text:
        return text  # nothing of ours in it: kept exactly as typed
    return stripped.strip() or text


def _location(message: Message) -> SharedLocation | None:
    """A shared venue (name, address, point) or pin; None when the message has neither."""
    venue = message.venue
    point = venue.location if venue is not None else message.location
    if point is None:
        return None
    try:
        return SharedLocation(
            lat=point.latitude,
            lng=point.longitude,
            title=venue.title if venue is not None else None,
            address=venue.address if venue is not None else None,
        )
    except ValidationError as exc:
        raise ValueError("a Telegram location out of range") from exc


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
    if readable is not None and readable.is_topic_message and readable.message_thread_id:
        context["thread_id"] = readable.message_thread_id
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
    return _local_tap(_update(data))


def _local_tap(update: Update) -> LocalTap | None:
    query = update.callback_query
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

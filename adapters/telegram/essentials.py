"""The part of a Bot API Update the adapter reads, cut out before python-telegram-bot parses it.

Telegram adds update kinds and message fields every few months (gifts, checklists, stories,
paid media, …) and PTB parses all of them: a field this PTB release does not know, or reads
with a deprecation warning, must not turn a real update into a 400 that Telegram redelivers
for a day. Only what a turn is made of reaches the parser; everything else is not ours to
refuse. Sample updates in the Bot API's own webhook guide leave out `is_bot` and a chat's
`type`; the copy fills them in, as Telegram itself always sends them.
"""

from __future__ import annotations

from typing import Any

# Message fields a turn is made of: who wrote where, what they wrote, the place they shared,
# the forum topic, what it replies to (a reply to the bot addresses it in a group), and for a
# tapped message its keyboard (the tapped button's text).
MESSAGE_FIELDS = (
    "message_id",
    "date",
    "chat",
    "from",
    "text",
    "entities",
    "caption",
    "caption_entities",
    "is_topic_message",
    "message_thread_id",
    "location",
    "venue",
    "reply_markup",
)
REPLIED_FIELDS = (
    "message_id",
    "date",
    "chat",
    "from",
    "text",
    "is_topic_message",
    "message_thread_id",
    "forum_topic_created",
)
QUERY_FIELDS = ("id", "from", "data", "chat_instance", "inline_message_id", "message")
# Content nobody can type, first one present names it: the answer says we read text only.
UNREADABLE = (
    "photo",
    "sticker",
    "voice",
    "video",
    "video_note",
    "animation",
    "audio",
    "document",
    "contact",
    "poll",
    "dice",
    "story",
    "game",
    "invoice",
    "paid_media",
    "checklist",
    "live_photo",
)
# A supergroup's (and a channel's) id is -100 followed by the chat's number.
_SUPERGROUP_PREFIX = "-100"


def essentials(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of the update with only its message or callback query, cut to what we read.

    Any other update (edits, channel posts, reactions, inline queries, memberships, business
    messages, kinds newer than this code) keeps only its `update_id`: none of it is a turn.
    """
    update: dict[str, Any] = {"update_id": data.get("update_id")}
    if isinstance(query := data.get("callback_query"), dict):
        update["callback_query"] = _query(query)
    elif isinstance(message := data.get("message"), dict):
        update["message"] = _message(message, MESSAGE_FIELDS)
    return update


def unreadable_kind(data: dict[str, Any]) -> str | None:
    """The kind of content we cannot read in the update's message ("photo", …), or None."""
    message = data.get("message")
    if not isinstance(message, dict):
        return None
    return next((kind for kind in UNREADABLE if message.get(kind)), None)


def is_automatic_forward(data: dict[str, Any]) -> bool:
    """A channel's post Telegram copied into its discussion group: no person wrote it to us."""
    message = data.get("message")
    return isinstance(message, dict) and message.get("is_automatic_forward") is True


def _query(query: dict[str, Any]) -> dict[str, Any]:
    cut = {key: query[key] for key in QUERY_FIELDS if key in query}
    cut.setdefault("chat_instance", "")  # not in the webhook guide's sample tap
    if isinstance(cut.get("from"), dict):
        cut["from"] = _user(cut["from"])
    if isinstance(cut.get("message"), dict):
        cut["message"] = _message(cut["message"], MESSAGE_FIELDS)
    return cut


def _message(message: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    cut = {key: message[key] for key in fields if key in message}
    if isinstance(cut.get("from"), dict):
        cut["from"] = _user(cut["from"])
    if isinstance(cut.get("chat"), dict):
        cut["chat"] = _chat(cut["chat"])
    if isinstance(replied := message.get("reply_to_message"), dict):
        cut["reply_to_message"] = _message(replied, REPLIED_FIELDS)
    return cut


def _user(user: dict[str, Any]) -> dict[str, Any]:
    return {"is_bot": False, **user}


def _chat(chat: dict[str, Any]) -> dict[str, Any]:
    """The chat, its `type` inferred from the id when missing (positive ids are people)."""
    chat_id = chat.get("id")
    if "type" in chat or not isinstance(chat_id, int) or isinstance(chat_id, bool):
        return chat
    if chat_id > 0:
        kind = "private"
    elif str(chat_id).startswith(_SUPERGROUP_PREFIX):
        kind = "supergroup"
    else:
        kind = "group"
    return {**chat, "type": kind}

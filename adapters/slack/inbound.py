"""Slack deliveries → InboundTurns: messages, button taps and slash commands (pure).

slack-bolt decodes each request once and its listeners call these with the decoded body
(adapters/slack/events.py). A field of the wrong type raises (AttributeError, KeyError,
TypeError): the listener's error handler answers 400.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from typing import Any

from core.protocol import InboundTurn, parse_choice_token
from core.text import shorten

CHANNEL = "slack"
# Plain user messages, and the subtypes that still are a person writing to us; everything else
# (message_changed, bot_message, channel_join, …) is not a turn.
_TEXT_SUBTYPES = {None, "thread_broadcast", "file_share"}
_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_QUESTION_CHARS = 3000


def unescape(text: str) -> str:
    """Undo Slack's mrkdwn escaping of &, < and >.

    Only these three: html.unescape would also turn a typed "&copy" into ©.
    """
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _bot_user_ids(envelope: Mapping[str, Any]) -> set[str]:
    """Our own bot user id(s), from the envelope's authorizations."""
    return {
        str(auth["user_id"])
        for auth in envelope.get("authorizations") or []
        if auth.get("is_bot") and auth.get("user_id")
    }


def message_text(raw: str, bot_ids: set[str], *, mentioned: bool) -> str:
    """What the traveler typed: our @mention removed, links shown as text, entities decoded.

    In an `app_mention` the leading mention is always us, even when the envelope does not say
    which user we are, so it is dropped too.
    """
    text = raw.strip()
    if mentioned:
        text = re.sub(r"^<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*", "", text)
    text = _MENTION.sub(lambda m: "" if m.group(1) in bot_ids else m.group(0), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1).removeprefix("mailto:"), text)
    return unescape(re.sub(r"[ \t]{2,}", " ", text).strip())


def addressed_to_us(
    event: Mapping[str, Any], bot_ids: set[str], our_threads: Container[tuple[str, str]] = ()
) -> bool:
    """Whether a message event is for the bot: a DM, a mention, or a reply in our thread.

    In a channel (`message.channels`, `message.groups`, `message.mpim`) every message arrives;
    only what names us, or answers in a thread under one of our messages, is ours to answer.
    """
    if event.get("type") == "app_mention":
        return True
    kind = event.get("channel_type")
    if kind == "im" or (kind is None and str(event.get("channel", "")).startswith("D")):
        return True
    mentioned = {m.group(1) for m in _MENTION.finditer(str(event.get("text") or ""))}
    if mentioned & bot_ids:
        return True
    # A thread started by one of our messages (a question, an answer): replies there are ours.
    thread = event.get("thread_ts")
    if not thread:
        return False
    # A thread under one of our messages, or one we answered in (after a mention there).
    return (
        event.get("parent_user_id") in bot_ids
        or (
            str(event.get("channel", "")),
            str(thread),
        )
        in our_threads
    )


def message_turn(
    envelope: Mapping[str, Any], our_threads: Container[tuple[str, str]] = ()
) -> InboundTurn | None:
    """A text turn from an `event_callback` envelope, or None when it is not a person's message."""
    event = envelope.get("event") or {}
    if event.get("type") not in {"message", "app_mention"}:
        return None
    bot_ids = _bot_user_ids(envelope)
    user = event.get("user")
    if (
        not user
        or event.get("bot_id")
        or event.get("bot_profile")
        or event.get("subtype") not in _TEXT_SUBTYPES
        or user in bot_ids
    ):
        return None  # bots, ourselves included: answering them would loop
    channel = event.get("channel")
    ts = event.get("ts")
    if not addressed_to_us(event, bot_ids, our_threads):
        return None  # channel chatter: the README subscribes to message.channels, so all of it
    text = message_text(
        str(event.get("text") or ""), bot_ids, mentioned=event["type"] == "app_mention"
    )
    # A file shared without words is answered (we cannot read it), not dropped.
    attachment = "file" if not text and event.get("files") else None
    if not channel or not ts or not (text or attachment):
        return None
    profile = event.get("user_profile") or {}
    context: dict[str, Any] = {"channel": channel, "ts": ts}
    if event.get("thread_ts"):
        context["thread_ts"] = event["thread_ts"]
    return InboundTurn(
        channel=CHANNEL,
        # One id per Slack message, not the envelope's event_id: with both the message.* and
        # app_mention subscriptions one message arrives twice under two event_ids, and a Slack
        # retry repeats the same channel and ts, so both collapse to one inbox row.
        event_id=f"msg:{channel}:{ts}",
        external_user_id=str(user),
        chat_id=str(channel),
        text=text or None,
        attachment=attachment,
        display_name=profile.get("display_name") or profile.get("real_name") or None,
        reply_context=context,
    )


def _question(message: Mapping[str, Any]) -> str | None:
    """The question text of the tapped message (our sections with a `msg_` block id)."""
    parts = [
        str((block.get("text") or {}).get("text", ""))
        for block in message.get("blocks") or []
        if str(block.get("block_id", "")).startswith("msg_")
    ]
    question = unescape("\n".join(part for part in parts if part))
    return shorten(question, max_chars=_QUESTION_CHARS) if question else None


def action_turn(payload: Mapping[str, Any]) -> InboundTurn | None:
    """A choice turn from a `block_actions` payload, or None when the button is not ours."""
    actions = payload.get("actions") or []
    action = actions[0] if actions else {}
    token = str(action.get("value") or "")
    # Lead and booking cards' buttons ("lead:claim:{id}") are ours too; the pipeline routes them.
    if parse_choice_token(token) is None and not token.startswith(("lead:", "booking:")):
        return None
    user = payload.get("user") or {}
    container = payload.get("container") or {}
    message = payload.get("message") or {}
    channel = (payload.get("channel") or {}).get("id") or container.get("channel_id")
    message_ts = container.get("message_ts") or message.get("ts")
    if not user.get("id") or not channel or not message_ts:
        return None
    button_text = str((action.get("text") or {}).get("text", "")) or token
    context: dict[str, Any] = {
        "channel": channel,
        "message_ts": message_ts,
        "choice": unescape(button_text),
        "response_url": payload.get("response_url"),
    }
    if container.get("is_ephemeral"):
        # A card only the tapper sees (an answer to their slash command): edited and answered
        # through response_url, as chat.update cannot reach an ephemeral message.
        context["ephemeral"] = True
    if thread_ts := message.get("thread_ts") or container.get("thread_ts"):
        context["thread_ts"] = thread_ts
    if question := _question(message):
        context["question"] = question
    return InboundTurn(
        channel=CHANNEL,
        # The tapped message and the tap's own timestamp: a Slack retry of this payload repeats
        # both, a second tap has a new action_ts (and the core answers "already answered").
        event_id=f"tap:{channel}:{message_ts}:{action.get('action_ts') or token}",
        external_user_id=str(user["id"]),
        chat_id=str(channel),
        choice_token=token,
        display_name=user.get("name") or user.get("username") or None,
        reply_context=context,
    )


def command_turn(fields: Mapping[str, Any]) -> InboundTurn | None:
    """A slash command's turn, answered privately through its response_url.

    `/leads` lists an expert's leads (the lead desk answers it). Any other command the operator
    set up for travelers (`/traveloure add a sushi place`, `/itinerary`) says its text, or its
    own name when typed bare, which the pipeline reads as a command (`/help`, `/itinerary`).
    Its answer goes through response_url: the command may be typed where the bot is not.
    """
    command = str(fields.get("command", "")).strip().lower()
    user, channel = fields.get("user_id"), fields.get("channel_id")
    if not command.startswith("/") or not user or not channel:
        return None
    response_url = fields.get("response_url")
    # trigger_id is new for every invocation: a Slack retry repeats it, a second /leads has its own.
    invocation = fields.get("trigger_id") or response_url or user
    context = {"channel": channel, "command": command, "response_url": response_url}
    common: dict[str, Any] = {
        "channel": CHANNEL,
        "event_id": f"cmd:{invocation}",
        "external_user_id": str(user),
        "chat_id": str(channel),
        "display_name": fields.get("user_name") or None,
        "reply_context": context,
    }
    if command == "/leads":
        # A button-style route to the lead desk, not a secret.
        return InboundTurn(**common, choice_token="lead:list:")  # noqa: S106
    said = message_text(str(fields.get("text") or ""), set(), mentioned=False)
    return InboundTurn(**common, text=said or command)

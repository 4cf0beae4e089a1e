"""AgentResponse → Bot API request bodies (pure: no network, no state)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from telegram import ForceReply, ReplyParameters

from adapters.telegram.keyboards import confirmation_keyboard, selection_keyboard
from core.messages import msg
from core.presentation import card_facts, option_labels
from core.protocol import AgentResponse, ResponseType
from core.text import shorten

TEXT_LIMIT = 4096  # sendMessage / editMessageText, in characters
CALLBACK_ANSWER_LIMIT = 200
PLACEHOLDER_LIMIT = 64
Body = dict[str, Any]


def chat_ref(chat_id: str | int) -> str | int:
    """Numeric chat ids as numbers, like Telegram sends them; '@channel' names unchanged."""
    text = str(chat_id)
    return int(text) if text.lstrip("-").isdigit() else text


def message_body(chat_id: str | int, text: str, reply_markup: Body | None = None) -> Body:
    """A sendMessage body, its text cut at Telegram's limit on a word boundary.

    A blank text becomes "…": Telegram refuses an empty message, and it trims whitespace.
    """
    text = text if text and text.strip() else "…"
    body: Body = {"chat_id": chat_ref(chat_id), "text": shorten(text, max_chars=TEXT_LIMIT)}
    if reply_markup is not None:
        body["reply_markup"] = reply_markup
    return body


def render(response: AgentResponse, chat_id: str | int, *, selective: bool = False) -> list[Body]:
    """The sendMessage bodies answering `response` (one, unless a huge list spills over).

    `selective` (groups): a question's force-reply switches only the asker's app to reply mode,
    not every member's.
    """
    if response.type is ResponseType.NEEDS_SELECTION:
        return _selection(response, chat_id)
    if response.type is ResponseType.NEEDS_CONFIRMATION:
        return [_confirmation(response, chat_id)]
    text = _join(response.message, *_notes(response))
    markup = (
        _force_reply(response, selective) if response.type is ResponseType.NEEDS_INPUT else None
    )
    return [message_body(chat_id, text, markup)]


def placed(body: Body, *, thread_id: int | None, reply_to: int | None) -> Body:
    """A send body placed in a forum topic and as a reply to the asker's message.

    `allow_sending_without_reply`: a deleted question must not lose the answer.
    """
    placed_body = dict(body)
    if thread_id is not None:
        placed_body["message_thread_id"] = thread_id
    if reply_to is not None:
        placed_body["reply_parameters"] = ReplyParameters(
            message_id=reply_to, allow_sending_without_reply=True
        ).to_dict()
    return placed_body


def tapped_edit(
    chat_id: str | int, message_id: int, original_text: str | None, choice: str | None
) -> tuple[str, Body]:
    """(method, body) that retires a tapped keyboard: the question stays, the choice is shown.

    editMessageText without reply_markup drops the keyboard, so old buttons can't be tapped
    again. Without a choice to show (a refused tap) only the keyboard goes: editMessageReplyMarkup
    without reply_markup (PTB sends an empty keyboard as `{}`, which Telegram refuses).
    """
    target: Body = {"chat_id": chat_ref(chat_id), "message_id": message_id}
    if not original_text or not choice:
        return "editMessageReplyMarkup", target
    suffix = f"\n\n✅ {shorten(choice, max_chars=CALLBACK_ANSWER_LIMIT)}"
    text = shorten(original_text, max_chars=TEXT_LIMIT - len(suffix)) + suffix
    return "editMessageText", {**target, "text": text}


def page_edit(
    chat_id: str | int, message_id: int, prompt_id: str, labels: list[str], page: int
) -> Body:
    """The editMessageReplyMarkup body showing another page of a selection keyboard."""
    return {
        "chat_id": chat_ref(chat_id),
        "message_id": message_id,
        "reply_markup": selection_keyboard(prompt_id, labels, page),
    }


def callback_answer(
    callback_query_id: str, text: str | None = None, *, alert: bool = False
) -> Body:
    """The answerCallbackQuery body: stops the button's spinner, with an optional short toast.

    Only the person who tapped sees it; with `alert` it stays until they dismiss it.
    """
    body: Body = {"callback_query_id": callback_query_id}
    if text:
        body["text"] = shorten(text, max_chars=CALLBACK_ANSWER_LIMIT)
        if alert:
            body["show_alert"] = True
    return body


def _one_line(text: str) -> str:
    # Option lines are read back for paging ("N. label"), so a label must stay on one line.
    return " ".join(str(text).split())


def _join(*blocks: str) -> str:
    return "\n\n".join(block for block in blocks if block)


def _notes(response: AgentResponse) -> list[str]:
    """Errors as bullets, then warnings: one block each, one line per note.

    One line each, so a note can't look like an option line ("1. …") to labels_from_text.
    """
    errors = "\n".join(f"• {_one_line(error)}" for error in response.errors)
    warnings = "\n".join(f"⚠️ {_one_line(warning)}" for warning in response.warnings)
    return [errors, warnings]


def _option_lines(data: Mapping[str, Any], detailed: bool) -> list[str]:
    """'1. Hadibo Sushi' and, when detailed, the facts or description under it."""
    lines = []
    if cards := data.get("candidates"):
        details = [card_facts(card) for card in cards]
    else:
        details = [str(option.get("description") or "") for option in data.get("options", [])]
    for number, (label, detail) in enumerate(zip(option_labels(data), details, strict=True), 1):
        lines.append(f"{number}. {_one_line(label)}")
        if detailed and detail:
            lines.append(f"    {_one_line(detail)}")
    return lines


def _selection(response: AgentResponse, chat_id: str | int) -> list[Body]:
    """Numbered cards in the text, one button each; nothing is ever left out.

    Too long for one message: the facts lines go first; if the names alone still don't fit,
    the list continues over several messages, line by line, and the keyboard rides on the one
    with the last option (a "More…" tap reads the labels back from that message's text).
    """
    data: Mapping[str, Any] = response.data or {}
    labels = [_one_line(label) for label in option_labels(data)]
    prompt_id = response.prompt_id
    markup = selection_keyboard(prompt_id, labels) if prompt_id and labels else None
    notes = _notes(response)
    for detailed in (True, False):
        text = _join(response.message, "\n".join(_option_lines(data, detailed)), *notes)
        if len(text) <= TEXT_LIMIT:
            return [message_body(chat_id, text, markup)]
    lines = [*response.message.split("\n"), "", *_option_lines(data, False)]
    keyboard_at = len(_chunks(lines)) - 1  # packing is greedy: the same first chunks below
    note_lines = [line for block in notes if block for line in block.split("\n")]
    chunks = _chunks([*lines, "", *note_lines])
    return [
        message_body(chat_id, chunk, markup if index == keyboard_at else None)
        for index, chunk in enumerate(chunks)
    ]


def _chunks(lines: list[str]) -> list[str]:
    """Lines packed into texts of at most TEXT_LIMIT characters, never splitting a line."""
    chunks: list[str] = []
    current = ""
    for raw in lines:
        line = shorten(raw, max_chars=TEXT_LIMIT)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > TEXT_LIMIT:
            chunks.append(current)
            candidate = line
        current = candidate
    if current.strip():
        chunks.append(current)
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _confirmation(response: AgentResponse, chat_id: str | int) -> Body:
    """The question, what would change as bullets, and two buttons (0 = yes, 1 = no)."""
    data: Mapping[str, Any] = response.data or {}
    items = (data.get("preview") or {}).get("items", [])
    preview = "\n".join(f"• {item}" for item in items)
    text = _join(response.message, preview, *_notes(response))
    labels = option_labels(data)
    # A blank label would be a button without text, which Telegram refuses.
    yes = labels[0] if labels and labels[0].strip() else msg("yes")
    no = labels[1] if len(labels) > 1 and labels[1].strip() else msg("no")
    markup = confirmation_keyboard(response.prompt_id, yes, no) if response.prompt_id else None
    return message_body(chat_id, text, markup)


def _force_reply(response: AgentResponse, selective: bool) -> Body:
    """Force-reply markup, so the traveler's answer is a reply to the question."""
    props = (response.metadata.custom_props if response.metadata else None) or {}
    placeholder = props.get("placeholder")
    hint = shorten(str(placeholder), max_chars=PLACEHOLDER_LIMIT) if placeholder else None
    return ForceReply(selective=selective or None, input_field_placeholder=hint).to_dict()

"""An answer's details added in place: chat.update bodies and Slack's refusals (pure).

The original blocks stay as they were; each place's details follow as a section of their own,
with the place's photo as its image accessory when one is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adapters.slack.blocks import (
    FALLBACK_CHARS,
    MAX_BLOCKS,
    Block,
    chunk_lines,
    fit,
    image,
    section,
)
from core.edits import MessageEdit, SentMessage

# chat.update errors of an edit Slack will never make: the message is gone or not ours to edit.
NOT_EDITABLE = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})


def sent_message(chat_id: str, message: Mapping[str, Any], ts: str) -> SentMessage | None:
    """What to keep of an accepted chat.postMessage (its ts, text and blocks) to edit it."""
    if not ts:
        return None
    body = {"text": str(message.get("text") or ""), "blocks": list(message.get("blocks") or [])}
    return SentMessage(chat_id, ts, body)


def details_update(edit: MessageEdit) -> Block:
    """The chat.update body: the original blocks, then one section per place's details.

    Within Slack's 50 blocks the details win: original blocks are dropped from the end
    before any detail is (an "Added …" answer has two or three).
    """
    details: list[Block] = []
    for number, note in enumerate(edit.notes):
        chunks = chunk_lines(note.text.splitlines()) or [note.text]
        for part, chunk in enumerate(chunks):
            # The photo sits beside the first lines of its place, the name among them.
            photo = image(note.photo_url, edit.photo_label or chunk) if part == 0 else None
            details.append(section(f"details_{number}_{part}", chunk, photo))
    details = details[:MAX_BLOCKS]
    original = [block for block in edit.original.get("blocks") or [] if isinstance(block, dict)]
    blocks = [*original[: MAX_BLOCKS - len(details)], *details]
    return {
        "channel": edit.chat_id,
        "ts": edit.message_id,
        "text": _fallback(str(edit.original.get("text") or ""), edit.details),
        "blocks": blocks,
    }


def _fallback(original: str, details: str) -> str:
    """The plain-text fallback: the original's (stored escaped) and the details, escaped here."""
    if not original:
        return fit(details, FALLBACK_CHARS)
    room = FALLBACK_CHARS - len(original) - 2
    return f"{original}\n\n{fit(details, room)}" if room > 0 else original


def is_not_editable(error: str) -> bool:
    """Slack will never make this edit: the message is gone or no longer editable."""
    return error in NOT_EDITABLE

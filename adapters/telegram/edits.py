"""An answer's details added in place: editMessageText bodies and Telegram's refusals (pure).

A text message cannot become a photo message (editMessageMedia only swaps the media of one
that has it), and a second message with the photo would ping the traveler again for what is
only a detail. So the photo comes into the edited message as its link preview: a "📷 Photo"
link at the end (a text_link entity: the URL is part of the message, as a preview needs),
shown large, under the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adapters.telegram.outbound import TEXT_LIMIT, Body, chat_ref
from core.edits import MessageEdit, SentMessage
from core.text import shorten

# Telegram's descriptions (400) of an edit it will never make: the message is gone or not
# editable any more. Matched in lower case; "message is not modified" is not one of them.
NOT_EDITABLE = (
    "message to edit not found",
    "message can't be edited",
    "message_id_invalid",
    "message identifier is not specified",
    "chat not found",
)
NOT_MODIFIED = "message is not modified"


def sent_message(chat_id: str, body: Mapping[str, Any], result: Any) -> SentMessage | None:
    """What to keep of an accepted sendMessage (its id and text) to edit it later."""
    # The Bot API's JSON, or the SDK's Message object when a sender hands that back.
    message_id = (
        result.get("message_id")
        if isinstance(result, Mapping)
        else getattr(result, "message_id", None)
    )
    if not isinstance(message_id, int):
        return None
    return SentMessage(chat_id, str(message_id), {"text": str(body.get("text") or "")})


def details_edit(edit: MessageEdit) -> Body:
    """The editMessageText body: the original text, a blank line, then the details.

    The original text is shortened when the whole would pass Telegram's limit; the details
    are never cut off by it.
    """
    tail = shorten(edit.details, max_chars=TEXT_LIMIT // 2)
    photo = edit.photo_url
    label = edit.photo_label.strip()
    if photo and label:
        tail += f"\n📷 {label}"
    original = str(edit.original.get("text") or "").strip()
    head = shorten(original, max_chars=TEXT_LIMIT - len(tail) - 2) if original else ""
    text = f"{head}\n\n{tail}" if head else tail
    body: Body = {
        "chat_id": chat_ref(edit.chat_id),
        "message_id": int(edit.message_id),
        "text": text,
    }
    if photo and label:
        body["entities"] = [
            {
                "type": "text_link",
                "offset": _utf16_length(text) - _utf16_length(label),
                "length": _utf16_length(label),
                "url": photo,
            }
        ]
        body["link_preview_options"] = {
            "url": photo,
            "prefer_large_media": True,
            "show_above_text": False,
        }
    else:
        # A map or website link would otherwise preview a page the traveler did not ask for.
        body["link_preview_options"] = {"is_disabled": True}
    return body


def is_not_modified(description: str) -> bool:
    """Telegram already shows exactly this (a resent edit): nothing left to do."""
    return NOT_MODIFIED in description.lower()


def is_not_editable(status: int | None, description: str) -> bool:
    """Telegram will never make this edit: the message is gone or no longer editable."""
    lowered = description.lower()
    return status == 400 and any(reason in lowered for reason in NOT_EDITABLE)


def _utf16_length(text: str) -> int:
    """Entity offsets and lengths count UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2

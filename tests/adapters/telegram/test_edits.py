"""editMessageText bodies that add a place's details, and how Telegram's refusals are read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from adapters.telegram.edits import details_edit, is_not_editable, is_not_modified, sent_message
from adapters.telegram.outbound import TEXT_LIMIT
from core.edits import DetailsNote, MessageEdit, SentMessage

ADDED = "Agregué Sushi Zen al día 2 como almuerzo ✅"
NOTE = "ℹ️ Sushi Zen · ★ 4.5 (234 reseñas) · $$$\n🕒 Todos los días: 11:00–22:00"
PHOTO = "https://chat.example/api/v1/place-photos/places%2Fabc%2Fphotos%2Fdef?sig=0a1b"


def edit(original: str = ADDED, photo: str | None = None) -> MessageEdit:
    return MessageEdit("4242", "101", {"text": original}, (DetailsNote(NOTE, photo),), "Foto")


def utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[offset * 2 : (offset + length) * 2].decode("utf-16-le")


def test_the_details_follow_the_original_text_without_a_preview() -> None:
    assert details_edit(edit()) == {
        "chat_id": 4242,
        "message_id": 101,
        "text": f"{ADDED}\n\n{NOTE}",
        "link_preview_options": {"is_disabled": True},
    }


def test_a_photo_is_the_link_preview_of_a_photo_link_at_the_end() -> None:
    body = details_edit(edit(photo=PHOTO))
    assert body["text"] == f"{ADDED}\n\n{NOTE}\n📷 Foto"
    [entity] = body["entities"]
    assert entity["type"] == "text_link"
    assert entity["url"] == PHOTO
    # Offsets count UTF-16 units: the emoji before it count two each.
    assert utf16_slice(body["text"], entity["offset"], entity["length"]) == "Foto"
    assert body["link_preview_options"] == {
        "url": PHOTO,
        "prefer_large_media": True,
        "show_above_text": False,
    }


def test_a_long_original_is_shortened_and_the_details_kept_whole() -> None:
    body = details_edit(edit(original="palabra " * 800, photo=PHOTO))
    assert len(body["text"]) <= TEXT_LIMIT
    assert body["text"].endswith(f"\n\n{NOTE}\n📷 Foto")
    [entity] = body["entities"]
    assert utf16_slice(body["text"], entity["offset"], entity["length"]) == "Foto"


def test_an_empty_original_is_only_the_details() -> None:
    assert details_edit(edit(original=""))["text"] == NOTE


def test_what_is_kept_of_a_sent_message() -> None:
    body = {"chat_id": 4242, "text": ADDED, "reply_parameters": {"message_id": 7}}
    assert sent_message("4242", body, {"message_id": 101, "text": ADDED}) == SentMessage(
        "4242", "101", {"text": ADDED}
    )
    assert sent_message("4242", body, SimpleNamespace(message_id=101)) == SentMessage(
        "4242", "101", {"text": ADDED}
    )  # the SDK's Message object
    assert sent_message("4242", body, True) is None  # not a Message: nothing to edit later
    assert sent_message("4242", body, {"message_id": "101"}) is None


@pytest.mark.parametrize(
    ("status", "description", "not_modified", "not_editable"),
    [
        (
            400,
            "Bad Request: message is not modified: specified new message content and reply "
            "markup are exactly the same as a current content and reply markup of the message",
            True,
            False,
        ),
        (400, "Bad Request: message to edit not found", False, True),
        (400, "Bad Request: message can't be edited", False, True),
        (400, "Bad Request: MESSAGE_ID_INVALID", False, True),
        (400, "Bad Request: chat not found", False, True),
        (400, "Bad Request: can't parse entities", False, False),
        (502, "Bad Gateway", False, False),
        (None, "ConnectError: connection refused", False, False),
    ],
)
def test_telegrams_refusals(
    status: int | None, description: str, not_modified: bool, not_editable: bool
) -> None:
    assert is_not_modified(description) is not_modified
    assert is_not_editable(status, description) is not_editable

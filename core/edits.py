"""Editing a message a channel sent before: its reference, the edit, and why one can't be made.

Channels that can edit (Telegram, Slack) return a `SentMessage` when they deliver an answer
and implement `EditSender`; WhatsApp cannot edit a sent message and does neither. Plain data,
no I/O, cheap to import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class SentMessage:
    """A message the platform accepted: where it is, and what the channel sent (JSON-able).

    `body` is the channel's own record of the message (Telegram: `text`; Slack: `text` and
    `blocks`), kept so that an edit adds to the message instead of rebuilding it.
    """

    chat_id: str
    message_id: str
    body: Mapping[str, Any]


@dataclass(frozen=True)
class DetailsNote:
    """One place's details as an edit shows them: plain text lines, and its photo if known."""

    text: str
    photo_url: str | None = None


@dataclass(frozen=True)
class MessageEdit:
    """Details to add to a sent message, already worded in the traveler's language.

    Attributes:
        chat_id: The chat of the message.
        message_id: The platform's id of the message (Telegram message_id, Slack ts).
        original: The `SentMessage.body` the channel recorded when it sent the message.
        notes: What to show under the original text, one note per place.
        photo_label: The word for a photo's link or alt text ("Photo", "Foto").
    """

    chat_id: str
    message_id: str
    original: Mapping[str, Any]
    notes: tuple[DetailsNote, ...]
    photo_label: str = ""

    @property
    def details(self) -> str:
        """Every note as plain text, a blank line between places."""
        return "\n\n".join(note.text for note in self.notes)

    @property
    def photo_url(self) -> str | None:
        """The first photo among the notes (a channel showing one photo shows this one)."""
        return next((note.photo_url for note in self.notes if note.photo_url), None)


class MessageNotEditableError(Exception):
    """The platform will not edit the message (deleted, too old, not ours any more).

    Nothing is wrong with the edit and trying again cannot help: the outbox records it as
    skipped, never as a failure to retry or a dead letter.
    """


@runtime_checkable
class EditSender(Protocol):
    """A channel that can edit a message it sent (Telegram, Slack)."""

    async def edit_message(self, edit: MessageEdit) -> None:
        """Apply the edit; an edit that changes nothing (already applied) is a success.

        Raises:
            MessageNotEditableError: the message can no longer be edited.
            ChatUnreachableError: the chat is gone or blocked the bot.
        """
        ...

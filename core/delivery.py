"""What a channel raises when the platform will not deliver to a chat (no I/O, cheap to import)."""

from __future__ import annotations


class ChatUnreachableError(Exception):
    """Raised by a channel when the platform says a chat cannot take messages now.

    `blocked` (the person blocked the bot): the chat is skipped until they write again and
    the push goes another way or waits. Otherwise the chat is gone (a Slack channel deleted,
    the bot removed from it): the push fails with the platform's reason.
    """

    blocked = True

"""What channels raise when a platform call fails or a chat is unreachable (no I/O, cheap)."""

from __future__ import annotations


class ChatUnreachableError(Exception):
    """Raised by a channel when the platform says a chat cannot take messages now.

    `blocked` (the person blocked the bot): the chat is skipped until they write again and
    the push goes another way or waits. Otherwise the chat is gone (a Slack channel deleted,
    the bot removed from it): the push fails with the platform's reason.
    """

    blocked = True


class PlatformCallError(Exception):
    """A platform call that failed, saying whether trying again can help.

    `retryable`: the platform was busy or unreachable (429, 5xx, a timeout, a lost connection)
    and the same request may succeed later. `retry_after`: the wait the platform asked for, in
    seconds (a 429's Retry-After), when it named one. Everything else (the platform refused
    the request itself) fails at once: resending would fail the same way.
    """

    retryable: bool = False
    retry_after: float | None = None
    status: int | None = None

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status  # the platform's HTTP status, None when it never answered
        self.retryable = retryable
        self.retry_after = retry_after

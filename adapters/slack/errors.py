"""The error a Slack call ends in, apart from the SDK (cheap to import where none runs)."""

from __future__ import annotations

from core.delivery import ChatUnreachableError, PlatformCallError


class SlackSendError(PlatformCallError):
    """A Slack call that finally failed (after retries when the failure was transient)."""

    def __init__(
        self,
        method: str,
        error: str,
        status: int | None,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            f"Slack {method} failed: {error} (HTTP {status})",
            status=status,
            retryable=retryable,
            retry_after=retry_after,
        )
        self.method = method
        self.error = error


# The chat is gone for the bot: resending cannot work until someone fixes the channel.
GONE = frozenset({"channel_not_found", "not_in_channel", "account_inactive", "is_archived"})


class SlackChatGoneError(SlackSendError, ChatUnreachableError):
    """Slack says the channel is gone for the bot (channel_not_found, not_in_channel, …)."""

    blocked = False

"""The error a Slack call ends in, apart from the SDK (cheap to import where none runs)."""

from __future__ import annotations


class SlackSendError(Exception):
    """A Slack call that finally failed (after retries when the failure was transient)."""

    def __init__(self, method: str, error: str, status: int | None) -> None:
        super().__init__(f"Slack {method} failed: {error} (HTTP {status})")
        self.method = method
        self.error = error
        self.status = status

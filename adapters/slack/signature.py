"""Slack request signatures (v0 HMAC-SHA256 over "v0:{timestamp}:{raw body}")."""

from __future__ import annotations

from collections.abc import Mapping

from slack_sdk.signature import Clock as SdkClock
from slack_sdk.signature import SignatureVerifier

from core.clock import Clock


class _EpochClock(SdkClock):
    """Our injectable clock in the shape slack-sdk's verifier expects (epoch seconds)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def now(self) -> float:
        """Seconds since the epoch, from the injected clock."""
        return self._clock.now().timestamp()


class SlackSignature:
    """Checks X-Slack-Signature and rejects timestamps more than 5 minutes away."""

    def __init__(self, signing_secret: str, clock: Clock) -> None:
        self._verifier = SignatureVerifier(signing_secret, clock=_EpochClock(clock))

    def verify(self, body: bytes, headers: Mapping[str, str]) -> bool:
        """Whether the raw body was signed by Slack with our signing secret, recently.

        Args:
            body: the request body exactly as received (the signature covers the raw bytes).
            headers: the request headers (any case).

        Returns:
            False for a missing, malformed, wrong or replayed (> 5 minutes old) signature.
        """
        try:
            return self._verifier.is_valid_request(body, headers)
        except ValueError:
            # A non-numeric timestamp or a non-UTF-8 body (UnicodeDecodeError) is not from Slack.
            return False

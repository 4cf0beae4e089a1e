"""Slack request signatures (v0 HMAC-SHA256 over "v0:{timestamp}:{raw body}")."""

from __future__ import annotations

from collections.abc import Mapping

from slack_bolt.middleware.request_verification.async_request_verification import (
    AsyncRequestVerification,
)
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


class _Verifier(SignatureVerifier):
    """slack-sdk's verifier, saying False (not raising) for what cannot be a signature."""

    def is_valid(self, body: str | bytes, timestamp: str | None, signature: str | None) -> bool:
        """Whether `signature` signs `timestamp` and `body`, within 5 minutes of now."""
        try:
            return super().is_valid(body, timestamp, signature)
        except (ValueError, TypeError):
            # A non-numeric timestamp, a non-UTF-8 body (UnicodeDecodeError) or a non-ASCII
            # signature (hmac.compare_digest's TypeError) is not from Slack.
            return False


class SlackSignature:
    """Checks X-Slack-Signature and rejects timestamps more than 5 minutes away."""

    def __init__(self, signing_secret: str, clock: Clock) -> None:
        self.verifier: SignatureVerifier = _Verifier(signing_secret, clock=_EpochClock(clock))

    def verify(self, body: bytes, headers: Mapping[str, str]) -> bool:
        """Whether the raw body was signed by Slack with our signing secret, recently.

        Args:
            body: the request body exactly as received (the signature covers the raw bytes).
            headers: the request headers (any case).

        Returns:
            False for a missing, malformed, wrong or replayed (> 5 minutes old) signature.
        """
        return self.verifier.is_valid_request(body, headers)

    def middleware(self) -> AsyncRequestVerification:
        """slack-bolt's request verification, with this verifier (its secret and our clock)."""
        return _Verification(self.verifier)


class _Verification(AsyncRequestVerification):
    """Bolt's own verification middleware with our verifier.

    Bolt's verifier reads the wall clock; ours reads the injected one (tests sign in fake time).
    """

    def __init__(self, verifier: SignatureVerifier) -> None:
        super().__init__(signing_secret="")
        self._verifier = verifier

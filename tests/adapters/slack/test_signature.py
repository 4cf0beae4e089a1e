"""Slack's v0 signature: good, bad, missing, old."""

from __future__ import annotations

import json

from adapters.slack.signature import SlackSignature
from tests.fakes.clock import FakeClock
from tests.fakes.slack import SIGNING_SECRET, payload, signed_headers

BODY = json.dumps(payload("message_im")).encode()


def _verifier(clock: FakeClock) -> SlackSignature:
    return SlackSignature(SIGNING_SECRET, clock)


def _now(clock: FakeClock) -> int:
    return int(clock.now().timestamp())


def test_a_correctly_signed_request_is_accepted(clock: FakeClock) -> None:
    assert _verifier(clock).verify(BODY, signed_headers(BODY, _now(clock)))


def test_headers_are_matched_in_any_case(clock: FakeClock) -> None:
    headers = {k.lower(): v for k, v in signed_headers(BODY, _now(clock)).items()}
    assert _verifier(clock).verify(BODY, headers)


def test_a_form_encoded_interactivity_body_is_verified_raw(clock: FakeClock) -> None:
    body = b"payload=%7B%22type%22%3A%22block_actions%22%7D"
    assert _verifier(clock).verify(body, signed_headers(body, _now(clock), form=True))


def test_a_wrong_secret_is_rejected(clock: FakeClock) -> None:
    headers = signed_headers(BODY, _now(clock), secret="not-the-secret")
    assert not _verifier(clock).verify(BODY, headers)


def test_a_tampered_body_is_rejected(clock: FakeClock) -> None:
    headers = signed_headers(BODY, _now(clock))
    assert not _verifier(clock).verify(BODY.replace(b"day 2", b"day 3"), headers)


def test_missing_headers_are_rejected(clock: FakeClock) -> None:
    headers = signed_headers(BODY, _now(clock))
    assert not _verifier(clock).verify(BODY, {})
    assert not _verifier(clock).verify(
        BODY, {"X-Slack-Request-Timestamp": headers["X-Slack-Request-Timestamp"]}
    )
    assert not _verifier(clock).verify(BODY, {"X-Slack-Signature": headers["X-Slack-Signature"]})


def test_a_timestamp_older_than_five_minutes_is_rejected(clock: FakeClock) -> None:
    headers = signed_headers(BODY, _now(clock))
    clock.advance(seconds=299)
    assert _verifier(clock).verify(BODY, headers)
    clock.advance(seconds=2)
    assert not _verifier(clock).verify(BODY, headers)  # a replay of a valid, old request


def test_a_malformed_timestamp_or_body_is_rejected_not_raised(clock: FakeClock) -> None:
    headers = signed_headers(BODY, _now(clock)) | {"X-Slack-Request-Timestamp": "yesterday"}
    assert not _verifier(clock).verify(BODY, headers)
    binary = b"\xff\xfe"
    assert not _verifier(clock).verify(binary, signed_headers(binary, _now(clock)))
    # hmac.compare_digest refuses non-ASCII text with a TypeError: a header no one at Slack wrote.
    accented = signed_headers(BODY, _now(clock)) | {"X-Slack-Signature": "v0=café"}
    assert not _verifier(clock).verify(BODY, accented)


def test_bolts_middleware_uses_the_same_verifier(clock: FakeClock) -> None:
    signature = _verifier(clock)
    middleware = signature.middleware()
    assert middleware.verifier is signature.verifier  # our clock and secret, bolt's checks
    assert middleware.verifier.is_valid(BODY.decode(), "soon", "v0=00") is False

"""X-Twilio-Signature: good, bad, missing, signed for another URL or with an old token."""

from __future__ import annotations

from adapters.whatsapp.form import parse_form
from adapters.whatsapp.signature import header, is_valid
from tests.fakes.whatsapp import AUTH_TOKEN, PUBLIC_URL, payload, signed


def _check(body: bytes, signature: str | None, url: str = PUBLIC_URL) -> bool:
    return is_valid(AUTH_TOKEN, url, parse_form(body), signature)


def test_good_signature() -> None:
    body, headers = signed(payload("inbound_text.txt"))
    assert _check(body, headers["X-Twilio-Signature"])


def test_blank_fields_are_part_of_the_signature() -> None:
    body, headers = signed(payload("inbound_media.txt"))  # carries Body=
    assert _check(body, headers["X-Twilio-Signature"])


def test_tampered_body_fails() -> None:
    body, headers = signed(payload("inbound_text.txt"))
    forged = body.replace(b"day+2", b"day+3")
    assert not _check(forged, headers["X-Twilio-Signature"])


def test_missing_or_empty_signature_fails() -> None:
    body, _ = signed(payload("inbound_text.txt"))
    assert not _check(body, None)
    assert not _check(body, "")


def test_signature_for_the_internal_url_fails() -> None:
    # Behind a proxy the app sees http://10.0.0.5:8000/...; Twilio signed the public URL.
    body, headers = signed(
        payload("inbound_text.txt"), url="http://10.0.0.5:8000/webhooks/whatsapp"
    )
    assert not _check(body, headers["X-Twilio-Signature"])


def test_signature_with_an_old_auth_token_fails() -> None:
    body, headers = signed(payload("inbound_text.txt"), auth_token="rotated-away-token")
    assert not _check(body, headers["X-Twilio-Signature"])


def test_default_port_in_the_public_url_is_accepted() -> None:
    # Twilio is inconsistent about :443; the SDK checks both forms.
    body, headers = signed(
        payload("inbound_text.txt"), url="https://chat.example:443/webhooks/whatsapp"
    )
    assert _check(body, headers["X-Twilio-Signature"])


def test_header_lookup_ignores_case() -> None:
    assert header({"X-Twilio-Signature": "abc"}, "x-twilio-signature") == "abc"
    assert header({"x-twilio-signature": "abc"}, "X-Twilio-Signature") == "abc"
    assert header({}, "x-twilio-signature") is None

"""X-Twilio-Signature verification with the twilio SDK's RequestValidator (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from twilio.request_validator import RequestValidator

SIGNATURE_HEADER = "x-twilio-signature"


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value, whatever the case of its name (plain dicts in tests, Starlette live)."""
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def is_valid(auth_token: str, url: str, params: Mapping[str, str], signature: str | None) -> bool:
    """Whether Twilio signed these form params for this URL with our auth token.

    Args:
        auth_token: the account's Auth Token (Twilio signs webhooks with it, HMAC-SHA1).
        url: the PUBLIC URL Twilio called (PUBLIC_BASE_URL + path): behind a proxy the URL
            our server sees differs, and the signature covers the public one.
        params: the parsed form fields.
        signature: the X-Twilio-Signature header, None when missing.

    Twilio signs no timestamp, so a replayed delivery cannot be told from the original
    here; replays are dropped later by the inbox, keyed on MessageSid.
    """
    if not signature:
        return False
    return bool(RequestValidator(auth_token).validate(url, params, signature))

"""Webhook authenticity: the secret Telegram echoes in a header (set with setWebhook)."""

from __future__ import annotations

import hmac
from collections.abc import Mapping

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    """A header by name, case-insensitively (plain dicts in tests, Starlette headers live)."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)


def verify_secret_token(headers: Mapping[str, str], secret: str | None) -> bool:
    """Whether the delivery carries our webhook secret.

    Telegram has no request signature: the secret given to setWebhook comes back in
    `X-Telegram-Bot-Api-Secret-Token`. A missing header, or no secret configured, fails closed.
    The comparison is constant-time so the secret can't be guessed byte by byte.
    """
    if not secret:
        return False
    given = header_value(headers, SECRET_HEADER)
    if given is None:
        return False
    return hmac.compare_digest(given.encode(), secret.encode())

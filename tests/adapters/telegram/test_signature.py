"""The webhook secret header: right one accepted, anything else refused."""

from __future__ import annotations

import pytest
from starlette.datastructures import Headers

from adapters.telegram.signature import SECRET_HEADER, verify_secret_token
from tests.fakes.telegram import WEBHOOK_SECRET


def test_the_configured_secret_is_accepted() -> None:
    assert verify_secret_token({SECRET_HEADER: WEBHOOK_SECRET}, WEBHOOK_SECRET)


def test_header_names_are_case_insensitive() -> None:
    raw = [(b"x-telegram-bot-api-secret-token", WEBHOOK_SECRET.encode())]
    assert verify_secret_token(Headers(raw=raw), WEBHOOK_SECRET)
    assert verify_secret_token({SECRET_HEADER.lower(): WEBHOOK_SECRET}, WEBHOOK_SECRET)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {SECRET_HEADER: ""},
        {SECRET_HEADER: "wrong-secret"},
        {SECRET_HEADER: WEBHOOK_SECRET + "x"},
        {SECRET_HEADER: WEBHOOK_SECRET[:-1]},
        {"X-Slack-Signature": WEBHOOK_SECRET},
    ],
    ids=["missing", "empty", "wrong", "longer", "shorter", "other-header"],
)
def test_missing_or_wrong_secret_is_refused(headers: dict[str, str]) -> None:
    assert not verify_secret_token(headers, WEBHOOK_SECRET)


def test_old_secret_is_refused_after_rotation() -> None:
    # Telegram has no timestamps to expire; "old" means a secret replaced by setWebhook.
    assert not verify_secret_token({SECRET_HEADER: "previous-secret_2025"}, WEBHOOK_SECRET)


@pytest.mark.parametrize("configured", [None, ""])
def test_without_a_configured_secret_everything_is_refused(configured: str | None) -> None:
    assert not verify_secret_token({SECRET_HEADER: ""}, configured)
    assert not verify_secret_token({SECRET_HEADER: "anything"}, configured)


def test_non_ascii_header_values_are_refused_not_crashing() -> None:
    assert not verify_secret_token({SECRET_HEADER: "sécret"}, WEBHOOK_SECRET)

"""PhotoLinks: signed photo URLs that only this service can make."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from core.services.places.photo_links import PhotoLinks

NAME = "places/ChIJ7cv00DwsDogRAMDACa2m4K8/photos/AelY_CtXz3nQp9hW1_Tk0aLrYQb8sJ2mFv4uNcDx"
SECRET = "photo-link-secret-0123456789"
LINKS = PhotoLinks("https://chat.test/api/v1/place-photos/", SecretStr(SECRET))


def test_url_carries_the_name_and_its_signature_not_the_secret() -> None:
    url = LINKS.url(NAME)
    assert url == f"https://chat.test/api/v1/place-photos/{NAME}?sig={LINKS.signature(NAME)}"
    assert len(LINKS.signature(NAME)) == 32
    assert SECRET not in url


def test_its_own_signature_is_accepted() -> None:
    assert LINKS.is_signed(NAME, LINKS.signature(NAME))


@pytest.mark.parametrize(
    "signature",
    [None, "", "0" * 32, LINKS.signature(NAME)[:-1], LINKS.signature(NAME).upper()],
)
def test_other_signatures_are_refused(signature: str | None) -> None:
    assert not LINKS.is_signed(NAME, signature)


def test_a_signature_is_bound_to_its_name_and_to_the_secret() -> None:
    other = NAME.replace("AelY_", "AelZ_")
    assert not LINKS.is_signed(other, LINKS.signature(NAME))
    elsewhere = PhotoLinks("https://chat.test/api/v1/place-photos", SecretStr(SECRET + "x"))
    assert not elsewhere.is_signed(NAME, LINKS.signature(NAME))

"""'Near me' requests around a shared location (core.intents.near)."""

from __future__ import annotations

import pytest

from core.intents.near import mentions_near, near_request
from core.protocol import SharedLocation

PIN = SharedLocation(lat=38.71, lng=-9.14)
VENUE = SharedLocation(lat=38.71, lng=-9.14, title="Café A Brasileira")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add a coffee place near me", "add a coffee place"),
        ("añade un café cerca de mí", "añade un café"),
        ("adicione um café perto de mim", "adicione um café"),
        ("what's nearby?", "add an attraction"),
        ("¿qué hay cerca?", "añade una atracción"),
        ("o que há perto?", "adicione uma atração"),
        ("add a sushi place on day 2", None),
        ("añade un restaurante cerca del hotel", None),  # near another place, not the pin
        ("adicione um café perto do museu", None),
        ("add a bar near the hotel", None),
    ],
)
def test_near_requests_become_searches_around_the_pin(text: str, expected: str | None) -> None:
    assert near_request(text, PIN, "en") == expected


def test_without_a_shared_location_nothing_changes() -> None:
    assert near_request("add a coffee place near me", None, "en") is None


def test_a_venue_named_again_is_searched_around_it() -> None:
    assert near_request("add Café A Brasileira", VENUE, "en") == "add Café A Brasileira"
    assert near_request("add Café A Brasileira", PIN, "en") is None


def test_near_words_are_whole_words() -> None:
    assert mentions_near("nearby")
    assert not mentions_near("Perton street")
    assert not mentions_near("cercado")

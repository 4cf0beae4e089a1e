"""The details an edited answer shows: what is known, in the traveler's language, no guesses."""

from __future__ import annotations

from typing import Any

import pytest

from core.domain.itinerary import Node, PlaceSnapshot
from core.messages import use_locale
from core.protocol import Coordinates
from core.services.place_notes import opening_hours, place_note, to_24_hour

GOOGLE_ID = "ChIJN1t_tDeuEmsRUsoyG83frY4"
# Google's weekday lines, with its narrow no-break and thin spaces.
WEEKLY = [
    f"{day}: 11:00\u202fAM\u2009–\u200910:00\u202fPM"
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
]


def node(enrichment: dict[str, Any] | None, place_id: str = "demo-hadibo-sushi-zen") -> Node:
    snapshot = PlaceSnapshot(
        place_id=place_id, name="Sushi Zen", coordinates=Coordinates(lat=12.6531, lng=54.0211)
    )
    return Node(title="Lunch", place_id=place_id, place=snapshot, enrichment=enrichment)


def lines(enrichment: dict[str, Any], language: str = "en", place_id: str = "demo-x") -> list[str]:
    with use_locale(language):
        note = place_note(node(enrichment, place_id))
    assert note is not None
    return list(note.lines)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["ℹ️ Sushi Zen · ★ 4.5 (1 review) · free", "🕒 Open 24 hours"]),
        ("es", ["ℹ️ Sushi Zen · ★ 4.5 (1 reseña) · gratis", "🕒 Abierto las 24 horas"]),
        ("pt", ["ℹ️ Sushi Zen · ★ 4.5 (1 avaliação) · grátis", "🕒 Aberto 24 horas"]),
    ],
)
def test_rating_price_and_hours_in_the_travelers_language(
    language: str, expected: list[str]
) -> None:
    enrichment = {"rating": 4.5, "ratingCount": 1, "priceLevel": 0, "alwaysOpen": True}
    assert lines(enrichment, language)[:2] == expected


def test_a_website_wins_over_the_map_and_a_google_place_is_named_in_the_map_link() -> None:
    site = {"website": "https://sushizen.example/", "rating": 4.0}
    assert lines(site)[-1] == "🔗 Website: https://sushizen.example/"
    assert lines({"rating": 4.0}, place_id=GOOGLE_ID)[-1] == (
        "🗺️ Map: https://www.google.com/maps/search/?api=1&query=12.6531,54.0211"
        f"&query_place_id={GOOGLE_ID}"
    )
    # Demo ids are not Google's: the map link points at the coordinates only.
    assert lines({"rating": 4.0})[-1].endswith("?api=1&query=12.6531,54.0211")
    assert lines({"website": "javascript:alert(1)"})[-1].startswith("🗺️ Map: https://")


def test_the_photo_is_the_first_of_the_details_else_the_search_result_photo() -> None:
    photos = {"photos": ["https://chat.example/api/v1/place-photos/a", "https://x/b"]}
    with use_locale("en"):
        enriched = place_note(node(photos))
        bare = node({"rating": 4.1})
        assert bare.place is not None
        searched = bare.place.model_copy(
            update={"photo_url": "https://chat.example/api/v1/place-photos/c"}
        )
        from_search = place_note(bare.model_copy(update={"place": searched}))
        unsafe = place_note(node({"rating": 4.1, "photos": ["file:///etc/passwd"]}))
    assert enriched is not None
    assert enriched.photo_url == "https://chat.example/api/v1/place-photos/a"
    assert from_search is not None
    assert from_search.photo_url == "https://chat.example/api/v1/place-photos/c"
    assert unsafe is not None
    assert unsafe.photo_url is None


def test_nothing_known_is_no_note() -> None:
    bare = Node(title="Lunch", place_id="demo-x", enrichment={"description": "A calm place."})
    with use_locale("en"):
        assert place_note(bare) is None


def test_google_hours_the_same_every_day_are_said_on_a_24_hour_clock() -> None:
    for language, expected in [
        ("en", "Every day: 11:00–22:00"),
        ("es", "Todos los días: 11:00–22:00"),
        ("pt", "Todos os dias: 11:00–22:00"),
    ]:
        with use_locale(language):
            assert opening_hours({"openingHours": WEEKLY}) == expected
    with use_locale("es"):
        always = [line.split(":")[0] + ": Open 24 hours" for line in WEEKLY]
        assert opening_hours({"openingHours": always}) == "Abierto las 24 horas"


def test_hours_that_vary_or_cannot_be_read_are_left_out() -> None:
    varying = [*WEEKLY[:6], "Sunday: Closed"]
    assert opening_hours({"openingHours": varying}) is None
    closed = [line.split(":")[0] + ": Closed" for line in WEEKLY]
    assert opening_hours({"openingHours": closed}) is None  # never English words in es/pt
    assert opening_hours({"openingHours": WEEKLY[:3]}) is None
    assert opening_hours({}) is None


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("11:00 AM – 10:00 PM", "11:00–22:00"),
        ("11:00 AM – 2:30 PM, 5:00 – 10:00 PM", "11:00–14:30, 17:00–22:00"),
        ("12:00 AM – 12:00 PM", "00:00–12:00"),
        ("9 AM – 5 PM", "09:00–17:00"),
        ("18:00–24:00", "18:00–24:00"),
        ("Closed", None),
        ("13:00 PM – 2:00 PM", None),
        ("11:00 AM", None),
        ("11:00 AM – 25:00", None),
    ],
)
def test_twelve_hour_spans_become_24_hour(span: str, expected: str | None) -> None:
    assert to_24_hour(span) == expected

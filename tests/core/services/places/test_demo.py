"""DemoPlacesProvider: offline search over the bundled demo dataset."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from importlib import resources

import pytest

from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import PlaceQuery
from core.services.places.demo import (
    DEMO_ID_PREFIX,
    DemoPlacesProvider,
    _load_place,
    load_demo_cities,
)
from tests.fakes.clock import FakeClock

# 09:00 UTC is 12:00 in Hadibo (Asia/Aden, UTC+3) and 04:00 in Bogotá (UTC-5).
NOON_IN_HADIBO = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SUSHI_PLACES = {"Sushi Zen", "Tokyo Bay", "Hadibo Sushi", "Ocean Sushi", "Socotra Sushi House"}


def raw_dataset() -> dict:
    text = resources.files("core.data").joinpath("demo_places.json").read_text(encoding="utf-8")
    return json.loads(text)


@pytest.fixture
def provider() -> DemoPlacesProvider:
    return DemoPlacesProvider(FakeClock(NOON_IN_HADIBO))


def provider_at(moment: datetime) -> DemoPlacesProvider:
    return DemoPlacesProvider(FakeClock(moment))


async def search(
    provider: DemoPlacesProvider, text: str, city: str | None = None
) -> list[PlaceCandidate]:
    return await provider.search(PlaceQuery(text=text, city=city))


def names(found: list[PlaceCandidate]) -> list[str]:
    return [c.name for c in found]


def by_name(found: list[PlaceCandidate], name: str) -> PlaceCandidate:
    return next(c for c in found if c.name == name)


def test_provider_is_demo(provider: DemoPlacesProvider) -> None:
    assert provider.is_demo is True


# --- matching ----------------------------------------------------------------------------------


async def test_category_and_cuisine_query_finds_all_five_sushi_restaurants(
    provider: DemoPlacesProvider,
) -> None:
    found = await search(provider, "sushi restaurant in Hadibo")

    assert len(found) == 5
    assert set(names(found)) == SUSHI_PLACES
    assert "Sushi Zen" in names(found)


async def test_exact_name_finds_only_that_place(provider: DemoPlacesProvider) -> None:
    found = await search(provider, "Sushi Zen in Hadibo")

    assert names(found) == ["Sushi Zen"]
    assert found[0].place_id == "demo-hadibo-sushi-zen"


async def test_name_with_category_word_still_finds_only_that_place(
    provider: DemoPlacesProvider,
) -> None:
    assert names(await search(provider, "Sushi Zen restaurant in Hadibo")) == ["Sushi Zen"]


async def test_unknown_place_gives_nothing(provider: DemoPlacesProvider) -> None:
    assert await search(provider, "Moon Restaurant in Hadibo") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sushi Zen pls tmrw in Hadibo", ["Sushi Zen"]),
        ("palace of holyroodhouse works in Edinburgh", ["Palace of Holyroodhouse"]),
    ],
)
async def test_words_no_place_has_do_not_sink_a_named_place(
    provider: DemoPlacesProvider, text: str, expected: list[str]
) -> None:
    assert await search(provider, text.replace(" pls tmrw", "")) != []
    assert names(await search(provider, text)) == expected


async def test_only_unknown_words_and_a_category_still_find_nothing(
    provider: DemoPlacesProvider,
) -> None:
    assert await search(provider, "zorblax quiffle restaurant in Kyoto") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sushii zen in Hadibo", ["Sushi Zen"]),
        ("Tokio Bay in Hadibo", ["Tokyo Bay"]),
        ("frankincence cafe in Hadibo", ["Frankincense Cafe"]),
        ("francesina in Porto", ["Casa da Francesinha"]),
    ],
)
async def test_typos_in_longer_words_are_tolerated(
    provider: DemoPlacesProvider, text: str, expected: list[str]
) -> None:
    assert names(await search(provider, text)) == expected


async def test_prefix_of_a_place_word_matches(provider: DemoPlacesProvider) -> None:
    # "franki" (6 letters) is a prefix of "frankincense".
    assert names(await search(provider, "franki cafe in Hadibo")) == ["Frankincense Cafe"]


async def test_query_is_case_insensitive(provider: DemoPlacesProvider) -> None:
    found = await search(provider, "SUSHI Restaurant in HADIBO")

    assert set(names(found)) == SUSHI_PLACES


@pytest.mark.parametrize(
    "text",
    ["museum in Bogota", "museum in Bogotá", "museum in BOGOTÁ", "museum in Santa Fe de Bogotá"],
)
async def test_city_match_ignores_accents_and_accepts_aliases(
    provider: DemoPlacesProvider, text: str
) -> None:
    found = await search(provider, text)

    assert names(found) == ["Museo del Oro", "Museo Botero"]
    assert all(c.place_id.startswith("demo-bogota-") for c in found)


@pytest.mark.parametrize("city", ["Socotra", "soqotra", "Hadibu"])
async def test_city_aliases_in_the_query_text(provider: DemoPlacesProvider, city: str) -> None:
    assert names(await search(provider, f"Sushi Zen in {city}")) == ["Sushi Zen"]


async def test_city_can_come_from_the_query_field(provider: DemoPlacesProvider) -> None:
    found = await search(provider, "sushi", city="Hadibo")

    assert set(names(found)) == SUSHI_PLACES


async def test_city_named_in_the_text_wins_over_the_query_field(
    provider: DemoPlacesProvider,
) -> None:
    found = await search(provider, "sushi in Mumbai", city="Hadibo")

    assert names(found) == ["Kuro Sushi Bar"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("sushi restaurant in Paris", None),
        ("museum in Atlantis", None),
        ("sushi", None),
        ("sushi", "Paris"),
    ],
)
async def test_unknown_or_missing_city_gives_nothing(
    provider: DemoPlacesProvider, text: str, city: str | None
) -> None:
    assert await search(provider, text, city=city) == []


@pytest.mark.parametrize(
    "text",
    ["a place in Hadibo", "some good spot in Hadibo", "the best places in Hadibo", "Hadibo"],
)
async def test_query_of_only_filler_words_gives_nothing(
    provider: DemoPlacesProvider, text: str
) -> None:
    assert await search(provider, text, city="Hadibo") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cafe in Hadibo", {"Frankincense Cafe", "Sunrise Breakfast Cafe", "Al Baraka Bakery"}),
        (
            "hotel in Hadibo",
            {"Haggeher View Hotel", "Lagoon Breeze Guesthouse", "Delisha Eco Camp"},
        ),
        # Qalansiyah Beach is tagged a sight, but its name says what it is
        ("beach in Hadibo", {"Delisha Beach", "Qalansiyah Beach"}),
        ("museum in Hadibo", {"Socotra Heritage House"}),
    ],
)
async def test_category_words_narrow_by_type(
    provider: DemoPlacesProvider, text: str, expected: set[str]
) -> None:
    assert set(names(await search(provider, text))) == expected


async def test_category_word_excludes_places_of_other_types(
    provider: DemoPlacesProvider,
) -> None:
    # Delisha Eco Camp has the keyword "beach" but is lodging, not a beach.
    assert "Delisha Eco Camp" not in names(await search(provider, "beach in Hadibo"))


# --- ids ---------------------------------------------------------------------------------------


async def test_every_result_id_starts_with_demo(provider: DemoPlacesProvider) -> None:
    seen = 0
    for city in provider.covered_cities:
        for text in (f"restaurant in {city}", f"museum in {city}", f"hotel in {city}"):
            for candidate in await search(provider, text):
                assert candidate.place_id.startswith(DEMO_ID_PREFIX)
                seen += 1
    assert seen > 50


def test_dataset_ids_are_all_demo_prefixed_and_unique() -> None:
    ids = [p.candidate.place_id for c in load_demo_cities() for p in c.places]

    assert all(place_id.startswith(DEMO_ID_PREFIX) for place_id in ids)
    assert len(ids) == len(set(ids))


def test_an_unprefixed_id_is_given_the_demo_prefix_and_city() -> None:
    raw = {
        "id": "corner-cafe",
        "name": "Corner Cafe",
        "types": ["cafe"],
        "cuisine": [],
        "keywords": ["coffee"],
        "location": {"lat": 1.0, "lng": 2.0},
    }

    place = _load_place("testville", raw)

    assert place.candidate.place_id == "demo-testville-corner-cafe"
    assert place.opens is None
    assert place.closes is None


def test_place_lookup_by_id(provider: DemoPlacesProvider) -> None:
    found = provider.place("demo-hadibo-sushi-zen")

    assert found is not None
    assert found.name == "Sushi Zen"
    assert found.rating == 4.5
    assert found.rating_count == 234
    assert found.price_level == 3
    assert found.cuisine == ["Japanese", "Sushi"]
    assert provider.place("demo-hadibo-nowhere") is None


async def test_results_carry_the_dataset_fields(provider: DemoPlacesProvider) -> None:
    zen = (await search(provider, "Sushi Zen in Hadibo"))[0]

    assert zen.formatted_address == "12 Corniche Road, Hadibo, Socotra"
    assert zen.coordinates == Coordinates(lat=12.6531, lng=54.0211)
    assert zen.types == ["restaurant"]
    assert zen.distance is None


# --- opening hours -----------------------------------------------------------------------------


async def test_open_now_follows_the_city_local_time(provider: DemoPlacesProvider) -> None:
    found = await search(provider, "sushi restaurant in Hadibo")

    assert by_name(found, "Sushi Zen").is_open_now is True  # 11:00–22:00, it is 12:00
    assert by_name(found, "Tokyo Bay").is_open_now is False  # 17:00–23:00


async def test_same_instant_is_a_different_local_time_in_another_city(
    provider: DemoPlacesProvider,
) -> None:
    # 09:00 UTC is 04:00 in Bogotá: Museo del Oro (09:00–19:00) is closed.
    assert by_name(await search(provider, "museum in Bogota"), "Museo del Oro").is_open_now is False

    later = provider_at(datetime(2026, 11, 23, 15, 0, tzinfo=UTC))  # 10:00 in Bogotá
    assert by_name(await search(later, "museum in Bogota"), "Museo del Oro").is_open_now is True


@pytest.mark.parametrize(
    ("utc", "is_open"),
    [
        (datetime(2026, 11, 23, 7, 59, tzinfo=UTC), False),  # 10:59 local
        (datetime(2026, 11, 23, 8, 0, tzinfo=UTC), True),  # 11:00 opens
        (datetime(2026, 11, 23, 18, 59, tzinfo=UTC), True),  # 21:59
        (datetime(2026, 11, 23, 19, 0, tzinfo=UTC), False),  # 22:00 closes
    ],
)
async def test_opening_is_inclusive_and_closing_exclusive(utc: datetime, is_open: bool) -> None:
    zen = (await search(provider_at(utc), "Sushi Zen in Hadibo"))[0]

    assert zen.is_open_now is is_open


@pytest.mark.parametrize(
    ("utc", "is_open"),
    [
        # Pydhonie Kebab Corner, Mumbai (UTC+5:30): 18:00–03:00
        (datetime(2026, 11, 23, 12, 29, tzinfo=UTC), False),  # 17:59
        (datetime(2026, 11, 23, 12, 30, tzinfo=UTC), True),  # 18:00
        (datetime(2026, 11, 23, 18, 30, tzinfo=UTC), True),  # 00:00
        (datetime(2026, 11, 23, 19, 30, tzinfo=UTC), True),  # 01:00 after midnight
        (datetime(2026, 11, 23, 21, 29, tzinfo=UTC), True),  # 02:59
        (datetime(2026, 11, 23, 21, 30, tzinfo=UTC), False),  # 03:00
        (datetime(2026, 11, 23, 6, 30, tzinfo=UTC), False),  # 12:00
    ],
)
async def test_hours_past_midnight(utc: datetime, is_open: bool) -> None:
    found = await search(provider_at(utc), "kebab in Mumbai")

    assert by_name(found, "Pydhonie Kebab Corner").is_open_now is is_open


@pytest.mark.parametrize(
    ("utc", "is_open"),
    [
        # Casa da Francesinha, Porto (UTC+0 in November): 12:00–24:00
        (datetime(2026, 11, 23, 11, 59, tzinfo=UTC), False),
        (datetime(2026, 11, 23, 12, 0, tzinfo=UTC), True),
        (datetime(2026, 11, 23, 23, 59, tzinfo=UTC), True),
        (datetime(2026, 11, 24, 0, 0, tzinfo=UTC), False),
        (datetime(2026, 11, 24, 0, 30, tzinfo=UTC), False),
    ],
)
async def test_closing_at_24_00_means_midnight(utc: datetime, is_open: bool) -> None:
    found = await search(provider_at(utc), "francesinha in Porto")

    assert names(found) == ["Casa da Francesinha"]
    assert found[0].is_open_now is is_open


async def test_place_without_hours_counts_as_open() -> None:
    three_am = provider_at(datetime(2026, 11, 23, 0, 0, tzinfo=UTC))  # 03:00 in Hadibo

    found = await search(three_am, "beach in Hadibo")

    (delisha,) = [place for place in found if place.name == "Delisha Beach"]
    assert delisha.is_open_now is True


def test_24_00_is_parsed_as_midnight() -> None:
    porto = next(c for c in load_demo_cities() if c.key == "porto")
    francesinha = next(p for p in porto.places if p.candidate.name == "Casa da Francesinha")

    assert francesinha.opens == time(12, 0)
    assert francesinha.closes == time(0, 0)


# --- cities ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("city", "center"),
    [
        ("Hadibo", Coordinates(lat=12.6519, lng=54.0238)),
        ("socotra", Coordinates(lat=12.6519, lng=54.0238)),
        ("Bogota", Coordinates(lat=4.62, lng=-74.069)),
        ("Bogotá", Coordinates(lat=4.62, lng=-74.069)),
        ("PORTO", Coordinates(lat=41.1496, lng=-8.6109)),
    ],
)
def test_city_center_of_known_cities(
    provider: DemoPlacesProvider, city: str, center: Coordinates
) -> None:
    assert provider.city_center(city) == center


@pytest.mark.parametrize("city", ["Atlantis", "", "Paris"])
def test_city_center_of_unknown_city_is_none(provider: DemoPlacesProvider, city: str) -> None:
    assert provider.city_center(city) is None


def test_covered_cities_are_the_dataset_display_names(provider: DemoPlacesProvider) -> None:
    assert provider.covered_cities == [c["name"] for c in raw_dataset()["cities"]]
    assert "Bogotá" in provider.covered_cities
    assert len(provider.covered_cities) == 9


@pytest.mark.parametrize("city", [c["name"] for c in raw_dataset()["cities"]])
async def test_every_city_has_restaurants(provider: DemoPlacesProvider, city: str) -> None:
    found = await search(provider, f"restaurant in {city}")

    assert len(found) >= 1
    assert all({"restaurant", "cafe", "bakery"} & set(c.types) for c in found)


async def test_provider_with_no_cities_finds_nothing() -> None:
    empty = DemoPlacesProvider(FakeClock(NOON_IN_HADIBO), cities=[])

    assert await search(empty, "sushi restaurant in Hadibo") == []
    assert empty.city_center("Hadibo") is None
    assert empty.covered_cities == []

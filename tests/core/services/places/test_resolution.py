"""Query building, filtering, ranking and the caching PlaceResolutionService."""

from __future__ import annotations

import pytest

from core.domain.itinerary import NodeType
from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import PlaceQuery, PlaceSearchFilters, PlaceSearchUnavailableError
from core.services.places.geo import distance_meters
from core.services.places.resolution import (
    PlaceResolutionService,
    build_search_query,
    passes,
    rank,
)
from tests.fakes.clock import FakeClock

HADIBO = Coordinates(lat=12.6519, lng=54.0238)


def place(
    place_id: str,
    *,
    rating: float | None = 4.0,
    rating_count: int | None = 100,
    price_level: int | None = 2,
    is_open_now: bool | None = True,
    types: list[str] | None = None,
    coordinates: Coordinates | None = None,
    distance: int | None = None,
) -> PlaceCandidate:
    return PlaceCandidate(
        place_id=place_id,
        name=place_id.title(),
        rating=rating,
        rating_count=rating_count,
        price_level=price_level,
        is_open_now=is_open_now,
        types=types if types is not None else ["restaurant"],
        coordinates=coordinates,
        distance=distance,
    )


class FakeProvider:
    """Returns canned results and records every query it gets."""

    def __init__(
        self,
        results: list[PlaceCandidate] | None = None,
        *,
        is_demo: bool = False,
        centers: dict[str, Coordinates] | None = None,
    ) -> None:
        self.results = results if results is not None else [place("a"), place("b")]
        self.queries: list[PlaceQuery] = []
        self.errors: list[Exception] = []
        self._is_demo = is_demo
        self._centers = centers or {}

    @property
    def is_demo(self) -> bool:
        return self._is_demo

    @property
    def calls(self) -> int:
        return len(self.queries)

    async def search(self, query: PlaceQuery) -> list[PlaceCandidate]:
        self.queries.append(query)
        if self.errors:
            raise self.errors.pop(0)
        return list(self.results)

    def city_center(self, city: str) -> Coordinates | None:
        return self._centers.get(city)


@pytest.fixture
def provider() -> FakeProvider:
    return FakeProvider()


@pytest.fixture
def service(provider: FakeProvider, clock: FakeClock) -> PlaceResolutionService:
    return PlaceResolutionService(provider, clock, cache_ttl_seconds=600)


# --- build_search_query (PRD §9.3) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "node_type", "city", "expected"),
    [
        # PRD §9.3 examples
        ("Sushi Dinner", NodeType.MEAL, "Hadibo", "Sushi restaurant in Hadibo"),
        ("Morning Hike", NodeType.ATTRACTION, "Mountains", "Morning Hike in Mountains"),
        # The PRD code appends " restaurant" when a meal title lacks an eatery word; the PRD's
        # comment "Sushi Zen" → "Sushi Zen in Hadibo" contradicts its own code. The code wins.
        ("Sushi Zen", NodeType.MEAL, "Hadibo", "Sushi Zen restaurant in Hadibo"),
        # meal words are removed wherever they are, any case
        ("Lunch", NodeType.MEAL, "Hadibo", "restaurant in Hadibo"),
        ("Dinner", NodeType.MEAL, None, "restaurant"),
        ("BREAKFAST tacos", NodeType.MEAL, "Hadibo", "tacos restaurant in Hadibo"),
        # breakfast or brunch alone names the kind of place: no "restaurant" for it
        ("Breakfast", NodeType.MEAL, "Porto", "breakfast in Porto"),
        ("brunch", NodeType.MEAL, "Edinburgh", "brunch in Edinburgh"),
        ("Seafood supper", NodeType.MEAL, "Hadibo", "Seafood restaurant in Hadibo"),
        ("Late  brunch   spot", NodeType.MEAL, "Hadibo", "Late spot restaurant in Hadibo"),
        # an eatery word already there: no " restaurant" added
        ("Frankincense Cafe", NodeType.MEAL, "Hadibo", "Frankincense Cafe in Hadibo"),
        ("Café Galeria", NodeType.MEAL, "Porto", "Café Galeria in Porto"),
        ("Kuro Sushi Bar", NodeType.MEAL, "Mumbai", "Kuro Sushi Bar in Mumbai"),
        ("Al Baraka Bakery breakfast", NodeType.MEAL, "Hadibo", "Al Baraka Bakery in Hadibo"),
        ("Coffee break", NodeType.MEAL, "Hadibo", "Coffee break in Hadibo"),
        ("Tokyo Bay Restaurant", NodeType.MEAL, "Hadibo", "Tokyo Bay Restaurant in Hadibo"),
        # meal words are only removed for meals
        ("Dinner cruise", NodeType.ACTIVITY, "Hadibo", "Dinner cruise in Hadibo"),
        ("Sushi Dinner", None, "Hadibo", "Sushi Dinner in Hadibo"),
        # no city: nothing appended
        ("Museum visit", NodeType.ATTRACTION, None, "Museum visit"),
        ("Museum visit", NodeType.ATTRACTION, "", "Museum visit"),
        # the city already in the title is not repeated (case and accent insensitive)
        ("Hadibo Old Market", NodeType.ATTRACTION, "Hadibo", "Hadibo Old Market"),
        ("hadibo sushi", NodeType.MEAL, "Hadibo", "hadibo sushi restaurant"),
        ("Museo del Oro Bogota", NodeType.ATTRACTION, "Bogotá", "Museo del Oro Bogota"),
        ("Museo del Oro Bogotá", NodeType.ATTRACTION, "BOGOTA", "Museo del Oro Bogotá"),
        # extra spaces are collapsed
        ("  Morning   Hike ", NodeType.ATTRACTION, "Hadibo", "Morning Hike in Hadibo"),
    ],
)
def test_build_search_query(
    title: str, node_type: NodeType | None, city: str | None, expected: str
) -> None:
    assert build_search_query(title, node_type, city) == expected


def test_city_inside_a_longer_word_is_not_the_city() -> None:
    # "Goa" is inside "Goan", but the title does not name the city.
    assert build_search_query("Goan Curry Lunch", NodeType.MEAL, "Goa") == (
        "Goan Curry restaurant in Goa"
    )


def test_eatery_word_inside_a_longer_word_does_not_count() -> None:
    # "Barbecue" contains "bar" but is not a bar: it still needs " restaurant".
    assert build_search_query("Barbecue Dinner", NodeType.MEAL, "Hadibo") == (
        "Barbecue restaurant in Hadibo"
    )


# --- passes ------------------------------------------------------------------------------------


def test_no_filters_pass_everything_even_unknowns() -> None:
    bare = PlaceCandidate(place_id="x", name="X")

    assert passes(bare, PlaceSearchFilters()) is True


@pytest.mark.parametrize(
    ("candidate", "filters", "expected"),
    [
        (place("a", rating=4.5), PlaceSearchFilters(min_rating=4.5), True),
        (place("a", rating=4.4), PlaceSearchFilters(min_rating=4.5), False),
        (place("a", rating=None), PlaceSearchFilters(min_rating=1.0), False),
        pytest.param(
            place("a", rating=None),
            PlaceSearchFilters(min_rating=0.0),
            False,
            id="unknown-rating-fails-min-rating-0",
        ),
        (place("a", rating_count=10), PlaceSearchFilters(min_review_count=10), True),
        (place("a", rating_count=9), PlaceSearchFilters(min_review_count=10), False),
        (place("a", rating_count=None), PlaceSearchFilters(min_review_count=1), False),
        pytest.param(
            place("a", rating_count=None),
            PlaceSearchFilters(min_review_count=0),
            False,
            id="unknown-count-fails-min-review-count-0",
        ),
        (place("a", price_level=2), PlaceSearchFilters(price_levels=(2, 3)), True),
        (place("a", price_level=3), PlaceSearchFilters(price_levels=(2, 3)), True),
        (place("a", price_level=4), PlaceSearchFilters(price_levels=(2, 3)), False),
        (place("a", price_level=0), PlaceSearchFilters(price_levels=(0,)), True),
        (place("a", price_level=None), PlaceSearchFilters(price_levels=(0, 1, 2, 3, 4)), False),
        (place("a", price_level=2), PlaceSearchFilters(price_levels=()), False),
        (place("a", is_open_now=True), PlaceSearchFilters(open_now=True), True),
        (place("a", is_open_now=False), PlaceSearchFilters(open_now=True), False),
        (place("a", is_open_now=None), PlaceSearchFilters(open_now=True), False),
        # open_now=False means "any", like None
        (place("a", is_open_now=False), PlaceSearchFilters(open_now=False), True),
        (place("a", is_open_now=None), PlaceSearchFilters(open_now=False), True),
        (place("a", types=["cafe"]), PlaceSearchFilters(types=("restaurant", "cafe")), True),
        (place("a", types=["bar", "food"]), PlaceSearchFilters(types=("restaurant",)), False),
        (place("a", types=[]), PlaceSearchFilters(types=("restaurant",)), False),
    ],
)
def test_passes_single_filter(
    candidate: PlaceCandidate, filters: PlaceSearchFilters, expected: bool
) -> None:
    assert passes(candidate, filters) is expected


def test_passes_needs_every_set_filter() -> None:
    filters = PlaceSearchFilters(
        min_rating=4.0, min_review_count=50, price_levels=(1, 2), open_now=True, types=("cafe",)
    )
    good = place("a", rating=4.2, rating_count=60, price_level=2, is_open_now=True, types=["cafe"])

    assert passes(good, filters) is True
    for change in (
        {"rating": 3.9},
        {"rating_count": 49},
        {"price_level": 3},
        {"is_open_now": False},
        {"types": ["restaurant"]},
    ):
        assert passes(good.model_copy(update=change), filters) is False, change


# --- rank --------------------------------------------------------------------------------------


def test_rank_by_rating_descending() -> None:
    ranked = rank([place("low", rating=3.1), place("top", rating=4.9), place("mid", rating=4.2)])

    assert [c.place_id for c in ranked] == ["top", "mid", "low"]


def test_rank_ties_by_distance_ascending_unknown_distance_last() -> None:
    ranked = rank(
        [
            place("nowhere", rating=4.5, distance=None),
            place("far", rating=4.5, distance=900),
            place("near", rating=4.5, distance=120),
        ]
    )

    assert [c.place_id for c in ranked] == ["near", "far", "nowhere"]


def test_rank_puts_unknown_rating_last_even_when_closest() -> None:
    ranked = rank(
        [
            place("unrated", rating=None, distance=1),
            place("poor", rating=0.0, distance=5000),
            place("good", rating=4.0, distance=100),
        ]
    )

    assert [c.place_id for c in ranked] == ["good", "poor", "unrated"]


def test_rank_keeps_input_order_for_full_ties_and_does_not_mutate() -> None:
    items = [place("first", rating=4.0), place("second", rating=4.0), place("third", rating=4.0)]
    before = list(items)

    ranked = rank(items)

    assert [c.place_id for c in ranked] == ["first", "second", "third"]
    assert items == before


def test_rank_of_nothing_is_nothing() -> None:
    assert rank([]) == []


# --- PlaceResolutionService --------------------------------------------------------------------


def test_service_passes_through_is_demo_and_city_center(clock: FakeClock) -> None:
    provider = FakeProvider(is_demo=True, centers={"Hadibo": HADIBO})
    service = PlaceResolutionService(provider, clock)

    assert service.is_demo is True
    assert service.city_center("Hadibo") == HADIBO
    assert service.city_center("Paris") is None
    assert PlaceResolutionService(FakeProvider(), clock).is_demo is False


async def test_search_asks_the_provider_for_twenty_raw_results(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    await service.search("sushi in Hadibo", city="Hadibo", center=HADIBO)

    assert provider.queries == [
        PlaceQuery(text="sushi in Hadibo", city="Hadibo", center=HADIBO, max_results=20)
    ]


async def test_search_filters_and_ranks_provider_results(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    provider.results = [
        place("ok", rating=4.1),
        place("unrated", rating=None),
        place("best", rating=4.8),
        place("bad", rating=3.0),
    ]

    found = await service.search("sushi", city="Hadibo", filters=PlaceSearchFilters(min_rating=4.0))

    assert [c.place_id for c in found] == ["best", "ok"]


async def test_identical_search_is_served_from_cache(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    first = await service.search("sushi", city="Hadibo")
    second = await service.search("sushi", city="Hadibo")

    assert provider.calls == 1
    assert second == first
    assert [c.place_id for c in second] == ["a", "b"]


async def test_cache_key_ignores_case_and_accents(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    await service.search("Museo del Oro", city="Bogotá")
    await service.search("museo del oro", city="BOGOTA")

    assert provider.calls == 1


async def test_cache_expires_after_its_ttl(
    service: PlaceResolutionService, provider: FakeProvider, clock: FakeClock
) -> None:
    await service.search("sushi", city="Hadibo")

    clock.advance(seconds=599)
    await service.search("sushi", city="Hadibo")
    assert provider.calls == 1

    clock.advance(seconds=2)
    await service.search("sushi", city="Hadibo")
    assert provider.calls == 2


async def test_default_ttl_is_one_hour(provider: FakeProvider, clock: FakeClock) -> None:
    service = PlaceResolutionService(provider, clock)
    await service.search("sushi", city="Hadibo")

    clock.advance(minutes=59)
    await service.search("sushi", city="Hadibo")
    assert provider.calls == 1

    clock.advance(minutes=2)
    await service.search("sushi", city="Hadibo")
    assert provider.calls == 2


async def test_cache_evicts_the_least_recently_used_entry(
    provider: FakeProvider, clock: FakeClock
) -> None:
    service = PlaceResolutionService(provider, clock, cache_size=2)

    await service.search("a", city="Hadibo")
    await service.search("b", city="Hadibo")
    await service.search("a", city="Hadibo")  # hit: "a" is now the most recent
    await service.search("c", city="Hadibo")  # evicts "b"
    await service.search("a", city="Hadibo")  # still cached
    await service.search("b", city="Hadibo")  # evicted: asked again

    assert [q.text for q in provider.queries] == ["a", "b", "c", "b"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"filters": PlaceSearchFilters(min_rating=4.0)}, {"filters": None}),
        (
            {"filters": PlaceSearchFilters(min_rating=4.0)},
            {"filters": PlaceSearchFilters(min_rating=4.5)},
        ),
        (
            {"filters": PlaceSearchFilters(open_now=True)},
            {"filters": PlaceSearchFilters(types=("cafe",))},
        ),
        ({"city": "Hadibo"}, {"city": "Mumbai"}),
        ({"city": "Hadibo"}, {"city": None}),
        ({"center": HADIBO}, {"center": None}),
        ({"center": HADIBO}, {"center": Coordinates(lat=12.6529, lng=54.0238)}),
    ],
)
async def test_different_filters_city_or_center_are_separate_cache_entries(
    service: PlaceResolutionService,
    provider: FakeProvider,
    first: dict,
    second: dict,
) -> None:
    await service.search("sushi", **{"city": "Hadibo", **first})
    await service.search("sushi", **{"city": "Hadibo", **second})

    assert provider.calls == 2


async def test_equal_filters_share_a_cache_entry(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    await service.search("sushi", city="Hadibo", filters=PlaceSearchFilters())
    await service.search("sushi", city="Hadibo")
    await service.search("sushi", city="Hadibo", filters=PlaceSearchFilters(price_levels=(1, 2)))
    await service.search("sushi", city="Hadibo", filters=PlaceSearchFilters(price_levels=(1, 2)))

    assert provider.calls == 2


async def test_centers_within_rounding_share_a_cache_entry(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    await service.search("sushi", city="Hadibo", center=Coordinates(lat=12.65191, lng=54.02381))
    await service.search("sushi", city="Hadibo", center=Coordinates(lat=12.65194, lng=54.02376))

    assert provider.calls == 1


async def test_results_are_limited_to_max_results(provider: FakeProvider, clock: FakeClock) -> None:
    provider.results = [place(f"p{i:02}", rating=5 - i / 10) for i in range(12)]
    service = PlaceResolutionService(provider, clock, max_results=8)

    default = await service.search("sushi", city="Hadibo")
    three = await service.search("sushi", city="Hadibo", max_results=3)
    more = await service.search("sushi", city="Hadibo", max_results=10)
    capped = await service.search("sushi", city="Hadibo", max_results=50)

    assert [c.place_id for c in default] == [f"p{i:02}" for i in range(8)]
    assert [c.place_id for c in three] == ["p00", "p01", "p02"]
    assert len(more) == 10  # internal callers (the planner) may ask for more than cards show
    assert len(capped) == 12  # never more than the provider's page of 20
    assert provider.calls == 1  # the limit is applied after the cache


async def test_cached_results_are_not_shortened_by_a_smaller_limit(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    provider.results = [place(f"p{i}", rating=4.0) for i in range(5)]

    assert len(await service.search("sushi", city="Hadibo", max_results=1)) == 1
    assert len(await service.search("sushi", city="Hadibo")) == 5


async def test_distance_is_computed_from_the_center(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    near = Coordinates(lat=12.6531, lng=54.0211)
    far = Coordinates(lat=12.70, lng=54.10)
    provider.results = [
        place("far", rating=4.0, coordinates=far),
        place("near", rating=4.0, coordinates=near),
        place("unplaced", rating=4.0, coordinates=None),
    ]

    found = await service.search("sushi", city="Hadibo", center=HADIBO)

    assert [c.place_id for c in found] == ["near", "far", "unplaced"]
    assert found[0].distance == distance_meters(HADIBO, near)
    assert 300 < found[0].distance < 350
    assert found[1].distance == distance_meters(HADIBO, far)
    assert found[2].distance is None


async def test_no_center_means_no_distance(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    provider.results = [place("a", coordinates=Coordinates(lat=12.65, lng=54.02))]

    found = await service.search("sushi", city="Hadibo")

    assert found[0].distance is None


async def test_provider_errors_propagate_and_are_not_cached(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    provider.errors = [PlaceSearchUnavailableError("down")]

    with pytest.raises(PlaceSearchUnavailableError):
        await service.search("sushi", city="Hadibo")

    found = await service.search("sushi", city="Hadibo")
    assert [c.place_id for c in found] == ["a", "b"]
    assert provider.calls == 2


async def test_empty_results_are_cached_too(
    service: PlaceResolutionService, provider: FakeProvider
) -> None:
    provider.results = []

    assert await service.search("moon", city="Hadibo") == []
    assert await service.search("moon", city="Hadibo") == []
    assert provider.calls == 1

"""The searches a person would try next when a place phrase finds nothing."""

import pytest

from core.agents.base import AgentResult, error
from core.agents.place_picker import NoPlaces
from core.agents.search_ladder import (
    Found,
    content_words,
    names_a_place,
    search_ladder,
    widened,
)
from core.intents.model import Meal
from core.protocol import Coordinates, PlaceCandidate


def _place(name: str) -> PlaceCandidate:
    return PlaceCandidate(
        place_id=f"demo-{name.lower()}", name=name, coordinates=Coordinates(lat=0, lng=0)
    )


class _Catalog:
    """A search that knows some phrases; records what it was asked."""

    def __init__(self, known: dict[str | None, list[str]]) -> None:
        self.known = known
        self.down = False
        self.asked: list[tuple[str | None, Meal | None]] = []

    async def __call__(
        self, query: str | None, meal: Meal | None
    ) -> list[PlaceCandidate] | AgentResult:
        self.asked.append((query, meal))
        names = self.known.get(query)
        if self.down:
            return error("search is down")
        return [_place(n) for n in names] if names else NoPlaces(error(f"none: {query}").response)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("temple u have", "temple"),
        ("to morrendo de fome tem algum restaurante", "morrendo fome restaurant"),
        ("like under 10 euro a head", None),
        ("sushi", None),
        ("something", None),
    ],
)
def test_content_words(query: str, words: str | None) -> None:
    got = content_words(query)
    assert got == words or (words is not None and got is not None and "restaurant" in got)


async def test_the_whole_phrase_first() -> None:
    catalog = _Catalog({"temple": ["Galtaji"]})
    found = await search_ladder(catalog, "temple", None)
    assert isinstance(found, Found)
    assert [c.name for c in found.candidates] == ["Galtaji"]
    assert catalog.asked == [("temple", None)]


async def test_a_glued_remark_is_left_out() -> None:
    catalog = _Catalog({"temple": ["Galtaji"]})
    found = await search_ladder(catalog, "best temple u have", None)
    assert isinstance(found, Found)
    assert found.query == "temple"
    assert not found.loosened


async def test_the_meal_alone_when_the_words_name_nothing() -> None:
    catalog = _Catalog({None: ["Casa Chaska"]})
    found = await search_ladder(catalog, "n cheerful", Meal.DINNER)
    assert isinstance(found, Found)
    assert (found.query, found.loosened) == (None, True)


async def test_a_name_that_finds_nothing_stays_an_error() -> None:
    catalog = _Catalog({None: ["Casa Chaska"]})
    assert isinstance(await search_ladder(catalog, "zorblax", None), AgentResult)


async def test_each_alternative() -> None:
    catalog = _Catalog({"udon": ["Omen"], "soba": ["Honke Owariya"]})
    found = await search_ladder(catalog, "udon o soba", Meal.LUNCH)
    assert isinstance(found, Found)
    assert {c.name for c in found.candidates} == {"Omen", "Honke Owariya"}


async def test_options_are_widened_when_few_match_everything() -> None:
    catalog = _Catalog({"fish": ["Peixe Vivo", "Mar"], None: ["Tasca", "Mar"]})
    few = Found([_place("Mar")], "restaurant fish")
    more = await widened(catalog, few, Meal.DINNER)
    assert more.candidates[0].name == "Mar"
    # a dish or cuisine asked: more of it, never any dinner place beside it
    assert [c.name for c in more.candidates] == ["Mar", "Peixe Vivo"]


async def test_options_of_a_general_kind_are_widened_with_the_meal() -> None:
    catalog = _Catalog({"restaurant": ["Mar"], None: ["Tasca", "Mar", "Adega"]})
    more = await widened(catalog, Found([_place("Mar")], "restaurant"), Meal.DINNER)
    assert len(more.candidates) >= 3


async def test_a_provider_that_is_down_is_asked_once() -> None:
    catalog = _Catalog({"temple": ["Galtaji"]})
    catalog.down = True
    assert isinstance(await search_ladder(catalog, "best temple u have", Meal.LUNCH), AgentResult)
    assert len(catalog.asked) == 1


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("Café A Brasileira", True),
        ("Moon Restaurant", True),
        ("zorblax restaurant", True),
        ("to morrendo de fome tem algum restaurante", False),
        ("café só os melhores", False),
        ("best temple u have", False),
    ],
)
def test_a_name_is_not_loosened_into_a_kind(query: str, named: bool) -> None:
    assert names_a_place(query) is named


async def test_a_name_the_data_lacks_is_searched_once() -> None:
    catalog = _Catalog({"restaurant": ["Casa Chaska"], None: ["Casa Chaska"]})
    assert isinstance(await search_ladder(catalog, "Moon Restaurant", Meal.DINNER), AgentResult)
    assert len(catalog.asked) == 1


async def test_the_kind_said_anywhere_wins_over_the_chat_around_it() -> None:
    catalog = _Catalog({"pizza": ["Pizzaria Cedofeita"]})
    found = await search_ladder(catalog, "pizza as criancas nao aguentam mais bacalhau", None)
    assert isinstance(found, Found)
    assert [c.name for c in found.candidates] == ["Pizzaria Cedofeita"]


async def test_what_the_traveler_is_tired_of_is_never_searched() -> None:
    catalog = _Catalog({"tacos": ["Taqueria"], "ceviche": ["Cevicheria"]})
    found = await search_ladder(catalog, "tacos que ya estamos hartos de ceviche", Meal.DINNER)
    assert isinstance(found, Found)
    assert all(query != "ceviche" for query, _ in catalog.asked)


async def test_places_tagged_with_what_to_avoid_go_away() -> None:
    catalog = _Catalog({"udon or soba": ["Kyo-Udon", "Ramen Udon Bar"]})
    found = await search_ladder(catalog, "udon or soba, not a ramen person", None)
    assert isinstance(found, Found)
    assert [c.name for c in found.candidates] == ["Kyo-Udon"]


@pytest.mark.parametrize("query", ["lamen udon soba", "ramen udon", "tacos ceviche"])
async def test_a_list_of_dishes_offers_each(query: str) -> None:
    words = query.split()
    catalog = _Catalog({word: [word.title()] for word in words})
    found = await search_ladder(catalog, query, Meal.DINNER)
    assert isinstance(found, Found)
    assert [c.name for c in found.candidates] == [w.title() for w in words]


async def test_alternatives_take_turns_so_each_is_offered() -> None:
    sushi = [f"Sushi {n}" for n in range(8)]
    catalog = _Catalog({"sushi": sushi, "curry": ["Taj Curry", "Spice Route"]})
    found = await search_ladder(catalog, "sushi o curry", Meal.DINNER)
    assert isinstance(found, Found)
    assert [c.name for c in found.candidates][:4] == [
        "Sushi 0",
        "Taj Curry",
        "Sushi 1",
        "Spice Route",
    ]

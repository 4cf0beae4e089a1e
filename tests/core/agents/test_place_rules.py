"""Wording of place searches: what was searched and which wishes applied, per language."""

from __future__ import annotations

import pytest

from core.agents.place_rules import (
    alternatives,
    as_named,
    describe,
    of_the_kind_said,
    query_head,
    strong_match,
    what_phrase,
)
from core.intents.model import Meal, Preferences
from core.messages import use_locale
from core.protocol import Coordinates, PlaceCandidate


@pytest.mark.parametrize(
    ("query", "meal", "count", "text"),
    [
        ("a sushi place", None, 5, "sushi places"),
        ("sushi place", None, 1, "sushi place"),
        ("museum", None, 3, "museums"),
        ("seafood restaurant", None, 2, "seafood restaurants"),
        (None, Meal.LUNCH, 4, "lunch places"),
    ],
)
def test_english_inflects_the_travelers_words(
    query: str | None, meal: Meal | None, count: int, text: str
) -> None:
    assert what_phrase(query, meal, count) == text


@pytest.mark.parametrize(
    ("locale", "query", "meal", "count", "text"),
    [
        ("es", "sushi", None, 5, "opciones para «sushi»"),
        ("es", "a sushi place", None, 1, "opción para «sushi place»"),
        ("es", None, Meal.DINNER, 3, "opciones para «cena»"),
        ("pt", "marisco", None, 2, "opções para «marisco»"),
        ("pt", None, Meal.BREAKFAST, 1, "opção para «pequeno-almoço»"),
        ("pt", None, None, 2, "opções"),
    ],
)
def test_other_languages_get_a_neutral_phrase(
    locale: str, query: str | None, meal: Meal | None, count: int, text: str
) -> None:
    with use_locale(locale):
        assert what_phrase(query, meal, count) == text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "★4.5+, free–$$, and open now"),
        ("es", "★4.5+, gratis–$$ y abierto ahora"),
        ("pt", "★4.5+, grátis–$$ e aberto agora"),
    ],
)
def test_wishes_read_as_a_list_in_the_language(locale: str, text: str) -> None:
    wishes = Preferences(min_rating=4.5, price_levels=(0, 1, 2), open_now=True)
    with use_locale(locale):
        assert describe(wishes) == text


def test_one_wish() -> None:
    with use_locale("es"):
        assert describe(Preferences(price_levels=(1,))) == "$"


@pytest.mark.parametrize(
    ("query", "head"),
    [
        ("ramen que ya estaremos hartos de curry", "ramen"),
        ("tapas bar, the kids are tired", "tapas bar"),
        ("sushi because my wife loves it", "sushi"),
        ("vegetarian - money is tight", "vegetarian"),
        ("museu pra gente ver arte", "museu"),
        ("sushi zen", None),  # nothing glued to it
        ("something, anything", None),  # nothing left worth searching
        (None, None),
    ],
)
def test_query_head_cuts_a_remark_glued_to_the_place(query: str | None, head: str | None) -> None:
    assert query_head(query) == head


@pytest.mark.parametrize(
    ("query", "options"),
    [
        ("udon o soba", ["udon", "soba"]),
        ("a museum or a gallery", ["a museum", "a gallery"]),
        ("tapas/pintxos", ["tapas", "pintxos"]),
        ("sushi zen", []),
        ("something or anything", []),
    ],
)
def test_alternatives_said_in_one_phrase(query: str, options: list[str]) -> None:
    assert alternatives(query) == options


def _candidate(name: str) -> PlaceCandidate:
    return PlaceCandidate(
        place_id=f"demo-{name}", name=name, coordinates=Coordinates(lat=35.0, lng=135.7)
    )


@pytest.mark.parametrize(
    ("query", "meant"),
    [
        ("ginkaku-ji", "Ginkaku-ji"),
        ("kinkaku-ji on day 3", "Kinkaku-ji"),
        ("ponme el Ginkaku-ji", "Ginkaku-ji"),
        ("kinkakuji", None),  # spelled as neither: too close to both to pick
    ],
)
def test_the_name_spelled_as_typed_beats_its_namesake(query: str, meant: str | None) -> None:
    namesakes = [_candidate("Kinkaku-ji"), _candidate("Ginkaku-ji")]
    chosen = strong_match(query, namesakes)
    assert (chosen.name if chosen else None) == meant


def _typed(name: str, kind: str) -> PlaceCandidate:
    return _candidate(name).model_copy(update={"types": [kind]})


@pytest.mark.parametrize(
    "query", ["restaurante romantico", "romantic restaurant", "um restaurante"]
)
def test_a_restaurant_said_offers_restaurants_when_there_are_two(query: str) -> None:
    found = [_typed("Café Plaza", "cafe"), _typed("A", "restaurant"), _typed("B", "restaurant")]
    assert [c.name for c in of_the_kind_said(query, found)] == ["A", "B"]


def test_one_restaurant_keeps_the_other_eateries_and_other_words_keep_all() -> None:
    found = [_typed("Café Plaza", "cafe"), _typed("A", "restaurant")]
    assert of_the_kind_said("restaurante romantico", found) == found
    both = [*found, _typed("B", "restaurant")]
    assert of_the_kind_said("algo romantico", both) == both


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("polvo e vinho", "polvo & vinho"),
        ("thistle and stag", "thistle & stag"),
        ("tejo y salsa club", "tejo & salsa club"),
        ("bacalhau & companhia", "bacalhau & companhia"),
        ("fish n chips", "fish & chips"),
        ("museo del oro", "museo del oro"),
    ],
)
def test_a_phrase_as_a_name(said: str, named: str) -> None:
    assert as_named(said) == named

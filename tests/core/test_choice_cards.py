"""A card picked by what the place is (core.choice_cards.by_description)."""

from __future__ import annotations

import pytest

from core.choice_cards import by_description
from core.choices import Outcome, Resolution
from core.protocol import PlaceCandidate


def _card(name: str, **data: object) -> PlaceCandidate:
    return PlaceCandidate.model_validate(
        {"placeId": name.lower().replace(" ", "-"), "name": name, **data}
    )


CARDS = [
    _card(
        "Kaiten Hana",
        cuisine=["Japanese", "Sushi"],
        types=["restaurant"],
        keywords=["sushi", "sashimi", "dinner"],
        priceLevel=3,
        rating=4.5,
        distance=800,
        ratingCount=234,
    ),
    _card(
        "Limeño",
        cuisine=["Peruvian", "Seafood"],
        types=["restaurant"],
        keywords=["ceviche", "pisco", "seafood"],
        priceLevel=2,
        rating=4.7,
        distance=1200,
        ratingCount=90,
    ),
    _card(
        "Green Leaf",
        cuisine=["Vegan", "Vegetarian"],
        types=["cafe"],
        keywords=["plant-based", "bowls", "garden"],
        priceLevel=1,
        rating=4.3,
        distance=300,
        ratingCount=500,
        isOpenNow=True,
    ),
    _card(
        "Altitude",
        types=["bar"],
        keywords=["rooftop", "cocktails", "city views", "sunset"],
        priceLevel=4,
        rating=4.1,
        distance=2000,
        ratingCount=60,
        isOpenNow=False,
    ),
    _card(
        "Miga",
        types=["bakery"],
        keywords=["bread", "pastries", "coffee"],
        priceLevel=1,
        rating=4.7,
        distance=500,
        ratingCount=150,
        isOpenNow=False,
    ),
]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # what it serves or is, en/es/pt
        ("the peruvian place", 1),
        ("ese de comida peruana", 1),
        ("o japonês", 0),
        ("the veggie one", 2),
        ("la vegana porfa", 2),
        ("the bakery", 4),
        ("a padaria", 4),
        ("la panadería", 4),
        ("the peruvain one", 1),  # typo
        ("el de mariscos", 1),
        # what it has
        ("the one with city views", 3),
        ("o do terraço", 3),
        ("el de los cócteles", 3),
        ("the one with the garden", 2),
        # a superlative, alone or over a kind
        ("o mais caro", 3),
        ("the priciest", 3),
        ("the closest", 2),
        ("el más cercano", 2),
        ("o mais popular", 2),
        ("the cheapest cafe", 2),
        ("the best rated bakery", 4),
        ("la mejor valorada de mariscos", 1),
        # a card's live state
        ("the one that's open now", 2),
        ("la que está abierta", 2),
    ],
)
def test_a_description_one_card_fits_picks_it(text: str, index: int) -> None:
    assert by_description(text, CARDS) == Resolution(Outcome.CHOSEN, index)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # a tie at the extreme goes to the better rated, then the more reviewed
        ("the cheapest", 4),
        ("el más barato", 4),
        ("o mais barato", 4),
        ("o mais baratinho", 4),
        ("la mas economica", 4),
        ("cheapest one pls", 4),
        ("o mais bem avaliado", 4),
        ("la mejor valorada", 4),
        ("the top rated one", 4),
    ],
)
def test_a_tie_at_an_extreme_is_broken_not_asked(text: str, index: int) -> None:
    assert by_description(text, CARDS) == Resolution(Outcome.CHOSEN, index)


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("the restaurant", (0, 1)),
        ("un restaurante", (0, 1)),
    ],
)
def test_a_description_several_cards_fit_asks_which(text: str, matches: tuple[int, ...]) -> None:
    assert by_description(text, CARDS) == Resolution(Outcome.AMBIGUOUS, matches=matches)


@pytest.mark.parametrize(
    "text",
    [
        "the italian one",
        "o mexicano",
        "la que tiene piscina",
        "add a bar on day 2",
        "2 people",
        "the first day",
        "move it to 8pm",
        "",
        "the one",
    ],
)
def test_a_reply_no_card_fits_is_not_a_description(text: str) -> None:
    assert by_description(text, CARDS) is None


def test_a_negated_description_picks_the_other_card() -> None:
    two = CARDS[:2]
    assert by_description("not the japanese one", two) == Resolution(Outcome.CHOSEN, 1)
    assert by_description("o que não é japonês", two) == Resolution(Outcome.CHOSEN, 1)


def test_a_superlative_over_numbers_no_card_has_is_no_choice() -> None:
    bare = [_card("One Place"), _card("Other Place")]
    assert by_description("the cheapest", bare) is None


def test_no_cards_no_description() -> None:
    assert by_description("the vegan one", []) is None

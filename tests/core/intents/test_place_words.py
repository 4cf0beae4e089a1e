"""core.intents.place_words: Spanish / Portuguese kinds of places as English search words."""

from __future__ import annotations

import pytest

from core.intents.place_words import TRANSLATIONS, interest_words, search_terms


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("restaurante de mariscos", "restaurant seafood"),
        ("restaurantes de carne", "restaurant steak"),
        ("frutos do mar", "seafood"),
        ("marisquerías", "seafood"),
        ("praias", "beach"),
        ("playa", "beach"),
        ("museos", "museum"),
        ("iglesias", "church"),
        ("igreja", "church"),
        ("cafeterías", "cafe"),
        ("una cafetería cerca", "cafe"),
        ("comida callejera", "street food"),
        ("comida de rua", "street food"),
        ("casa de chá", "tea"),
        ("mirador", "viewpoint"),
        ("miradouro", "viewpoint"),
        ("un lugar bueno para comer", "food"),
        ("bares de tapas", "bar tapas"),
        ("castelos", "castle"),
        ("sorveteria", "ice cream"),
        # Dishes and ingredients, as the place data tags them.
        ("algo de pulpo", "octopus"),
        ("polvo", "octopus"),
        ("camarones", "shrimp"),
        ("camarão", "shrimp"),
        ("langosta", "lobster"),
        ("sardinhas", "sardines"),
        ("pollo", "chicken"),
        ("leitão", "pork"),
        ("churrasco", "steak"),
        ("ostras", "oysters"),
    ],
)
def test_kinds_of_places_become_english_search_words(query: str, terms: str) -> None:
    assert search_terms(query) == terms


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("Museo del Oro", "oro"),
        ("Café Tacuba", "tacuba"),
        ("Sushi Zen", "zen"),
        ("parrilla argentina", "argentina"),
        ("Andrés Carne de Res", "andres"),
    ],
)
def test_names_keep_their_own_words(query: str, kept: str) -> None:
    assert kept in search_terms(query).split()


def test_english_queries_pass_through() -> None:
    assert search_terms("sushi place") == "sushi place"
    assert search_terms("ramen") == "ramen"


@pytest.mark.parametrize(
    ("query", "dropped"),
    [
        ("un lugar bueno para comer", {"un", "lugar", "bueno", "para"}),
        ("algum lugar bom com vista", {"algum", "lugar", "bom", "com"}),
        ("otro bar cerca", {"otro", "cerca"}),
        ("some nice beaches", {"some", "nice"}),
    ],
)
def test_filler_is_dropped(query: str, dropped: set[str]) -> None:
    words = set(search_terms(query).split())
    assert words
    assert not words & dropped, words


def test_a_query_of_filler_only_is_left_as_typed() -> None:
    assert search_terms("um lugar bom") == "um lugar bom"
    assert search_terms("de") == "de"


def test_translation_keys_are_folded_so_accented_queries_find_them() -> None:
    assert all(key == key.lower() and key.isascii() for key in TRANSLATIONS)
    assert search_terms("Café da Manhã") == "breakfast"
    assert search_terms("JARDÍN") == "garden"


@pytest.mark.parametrize(
    ("text", "interests"),
    [
        ("beaches and temples", ["beach", "temple"]),
        ("castles and churches", ["castle", "church"]),
        ("playas y museos", ["beach", "museum"]),
        ("praias e igrejas", ["beach", "church"]),
        ("tapas y vinos", ["tapas", "wine"]),
        ("breweries and bakeries", ["brewery", "bakery"]),
        ("temples", ["temple"]),
        ("a nice market", ["market"]),
        ("beaches and beaches", ["beach"]),
        pytest.param(
            "beaches, whisky and castles",
            ["beach", "whisky", "castle"],
        ),
        pytest.param(
            "museos, iglesias y mercados",
            ["museum", "church", "market"],
        ),
        pytest.param(
            "lots of good beaches",
            ["beach"],
        ),
    ],
)
def test_interest_words_are_singular_english_search_words_in_order(
    text: str, interests: list[str]
) -> None:
    assert interest_words(text) == interests

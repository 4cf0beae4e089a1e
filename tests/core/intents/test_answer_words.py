"""A reply read as an answer to the bot's own question: a day, a time, a party, a thing."""

from __future__ import annotations

import pytest

from core.intents.answer_words import read_answer
from core.intents.model import LAST_DAY, PartOfDay
from core.intents.party import party_in


@pytest.mark.parametrize(
    ("text", "language", "day", "day_ref"),
    [
        ("pal jueves", "es", None, "weekday:3"),
        ("el juebes porfa", "es", None, None),  # a typo the day words don't know: no answer
        ("mejor el sabado", "es", None, "weekday:5"),
        ("el día 3", "es", 3, None),
        ("el tercer día", "es", 3, None),
        ("el último día", "es", LAST_DAY, None),
        ("no sábado", "pt", None, "weekday:5"),
        ("na sexta", "pt", None, "weekday:4"),
        ("dia 2 pfv", "pt", 2, None),
        ("no ultimo dia", "pt", LAST_DAY, None),
        ("the friday", "en", None, "weekday:4"),
        ("friday pls", "en", None, "weekday:4"),
        ("day two", "en", 2, None),
        ("on the 3rd day", "en", 3, None),
        ("tomorrow", "en", None, "tomorrow"),
        ("mañana", "es", None, "tomorrow"),
    ],
)
def test_a_day_said_alone_is_a_day(
    text: str, language: str, day: int | None, day_ref: str | None
) -> None:
    said = read_answer(text, language)
    assert (said.day, said.day_ref) == (day, day_ref)
    if day is not None or day_ref is not None:
        assert not said.rest, said


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("1pm", "en", "13:00"),
        ("at 7:30 pm please", "en", "19:30"),
        ("a las 8 de la noche", "es", "20:00"),
        ("tipo 3 de la tarde", "es", "15:00"),
        ("às 13h", "pt", "13:00"),
        ("as 20h30", "pt", "20:30"),
    ],
)
def test_a_time_said_alone_is_a_time(text: str, language: str, time: str) -> None:
    said = read_answer(text, language)
    assert said.time == time
    assert not said.rest, said


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("somos 2", "es", 2),
        ("seremos cinco", "es", 5),
        ("para 4 personas", "es", 4),
        ("vamos 3", "es", 3),
        ("solo yo", "es", 1),
        ("pra nós 3", "pt", 3),
        ("somos em 4", "pt", 4),
        ("seremos duas pessoas", "pt", 2),
        ("4 of us", "en", 4),
        ("we are 5 members", "en", 5),
        ("we're six", "en", 6),
        ("party of 3", "en", 3),
        ("just me", "en", 1),
        ("a table for two", "en", 2),
    ],
)
def test_a_count_of_people_is_a_party(text: str, language: str, count: int) -> None:
    assert read_answer(text, language).party_size == count


@pytest.mark.parametrize(
    ("text", "language", "rest", "party"),
    [
        ("en La Cevichería Caribe, somos 2", "es", "La Cevichería Caribe", 2),
        ("no Tasca do Cais, pra nós 3", "pt", "Tasca do Cais", 3),
        ("at Casa Xacuti, 4 of us", "en", "Casa Xacuti", 4),
        ("el museo del oro", "es", "museo del oro", None),
    ],
)
def test_what_remains_is_the_thing_named(
    text: str, language: str, rest: str, party: int | None
) -> None:
    said = read_answer(text, language)
    assert said.rest == rest
    assert said.party_size == party


def test_a_part_of_the_day_is_kept() -> None:
    said = read_answer("el jueves en la noche", "es")
    assert said.day_ref == "weekday:3"
    assert said.part_of_day is PartOfDay.NIGHT or said.part_of_day is PartOfDay.EVENING


@pytest.mark.parametrize(
    ("text", "count", "left"),
    [
        (
            "Kindly book Casa Xacuti for lunch, we are 5 members",
            5,
            "Kindly book Casa Xacuti for lunch",
        ),
        ("reserva la Cevichería pra nós 3", 3, "reserva la Cevichería"),
        ("resérvame el Fogón Llanero, somos 3", 3, "resérvame el Fogón Llanero"),
        ("book Sushi Zen for 4 people at 8pm", 4, "book Sushi Zen at 8pm"),
        ("quiero reservar en el Fogón para 4 personas", 4, "quiero reservar en el Fogón"),
    ],
)
def test_a_party_inside_a_request_is_found_and_cut(text: str, count: int, left: str) -> None:
    found = party_in(text)
    assert found is not None
    assert found[0] == count
    assert found[1] == left


@pytest.mark.parametrize(
    "text", ["add 2 temples on day 3", "remove day 2", "move lunch to 2pm", "I have 2 kids"]
)
def test_other_numbers_are_no_party(text: str) -> None:
    assert party_in(text) is None

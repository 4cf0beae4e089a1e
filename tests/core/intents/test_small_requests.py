"""Small requests said in other words: a day's schedule, the weather there, "can we book…"."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, Topic
from core.intents.parse import parse


@pytest.mark.parametrize(
    ("text", "day_ref", "day"),
    [
        ("qual é a programação de sábado?", "weekday:5", None),
        ("qual a agenda de sábado?", "weekday:5", None),
        ("qual é o itinerário de domingo?", "weekday:6", None),
        ("como é o plano de sexta?", "weekday:4", None),
        ("qual é a programação do dia 2", None, 2),
        ("cuál es el plan del sábado?", "weekday:5", None),
        ("cuál es la programación del sábado", "weekday:5", None),
        ("cual es la agenda para mañana", "tomorrow", None),
        ("y cual es el programa de hoy", "today", None),
        ("cómo es el plan del día 3?", None, 3),
        ("whats the schedule for saturday", "weekday:5", None),
    ],
)
def test_asking_for_a_days_schedule_shows_that_day(
    text: str, day_ref: str | None, day: int | None
) -> None:
    [op] = parse(text).ops
    assert (op.intent, op.day_ref, op.day) == (Intent.SHOW, day_ref, day), text


@pytest.mark.parametrize(
    "text",
    [
        "what's the weather going to be like while we're there?",
        "how is the weather gonna be when we are there",
        "what will the weather be like there?",
        "cómo va a estar el clima mientras estemos allá?",
        "qué tiempo va a hacer cuando estemos ahí?",
        "como vai estar o tempo enquanto estivermos lá?",
        "vai fazer frio lá?",
    ],
)
def test_the_weather_while_there_is_the_trips_weather_not_a_place_question(text: str) -> None:
    [op] = parse(text).ops
    assert (op.intent, op.topic) == (Intent.INFO, Topic.WEATHER), text


@pytest.mark.parametrize(
    ("text", "size", "place"),
    [
        ("podemos reservar la Marisqueira da Foz pa 6 personas?", 6, "Marisqueira da Foz"),
        ("¿podríamos reservar en Cevichería Caribe pa 4?", 4, "Cevichería Caribe"),
        ("se puede reservar mesa en La Mulata para 5 personas?", 5, "La Mulata"),
        ("podemos reservar a Marisqueira da Foz pra 6 pessoas?", 6, "Marisqueira da Foz"),
        ("dá pra reservar o Tide Deck pra 3 pessoas?", 3, "Tide Deck"),
        ("can we book Marisqueira da Foz for 6?", 6, "Marisqueira da Foz"),
    ],
)
def test_a_booking_asked_as_can_we_keeps_its_party(text: str, size: int, place: str) -> None:
    [op] = parse(text).ops
    assert (op.intent, op.party_size) == (Intent.BOOK, size), text
    assert op.target is not None, text
    assert place in (op.target.text or ""), text


@pytest.mark.parametrize(
    ("text", "day", "day_ref"),
    [
        ("el martes está muy cargado, relájalo un poco porfa", None, "weekday:1"),
        ("el viernes está pesadísimo, hazlo más tranqui", None, "weekday:4"),
        ("el dia 2 esta muy cargado, aligeralo", 2, None),
        ("relaja el martes", None, "weekday:1"),
        ("a terça tá muito cheia, deixa mais leve", None, "weekday:1"),
        ("a quinta tá muito corrida, deixa mais tranquila", None, "weekday:3"),
        ("o dia 3 tá puxado demais, alivia um pouco", 3, None),
        ("tuesday is too packed, make it lighter", None, "weekday:1"),
        ("tomorrow is too much, lighten it up", None, "tomorrow"),
        ("monday feels rushed, can we make it more relaxed?", None, "weekday:0"),
    ],
)
def test_a_day_said_too_full_is_made_lighter(
    text: str, day: int | None, day_ref: str | None
) -> None:
    [op] = parse(text).ops
    assert (op.intent, op.day, op.day_ref) == (Intent.RELAX, day, day_ref), text


def test_a_place_added_beside_a_lighter_day_is_still_added() -> None:
    ops = parse("add a bar on friday, and make it lighter").ops
    assert [op.intent for op in ops] == [Intent.ADD, Intent.RELAX]

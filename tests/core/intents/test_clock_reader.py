"""Clock times every way travelers type them, and times corrected inside the message (en/es/pt)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.clock_reader import read_clock
from core.intents.model import Intent, PartOfDay
from core.intents.parse import parse

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        # English: British halves and quarters, "-ish", the 24-hour clock of the rest of the world
        ("add a museum on day 2 at half 7", "19:30"),
        ("add a pub on day 2 at half 9 tonight", "21:30"),
        ("add a cafe on day 2 at quarter to 9", "08:45"),
        ("add a bar on day 2 around quarter past 8 in the evening", "20:15"),
        ("add a market on day 2 at half past eleven", "11:30"),
        ("add a cafe on day 2 at quarter past ten", "10:15"),
        ("add a bar on day 2, around 8ish at night", "20:00"),
        ("add a museum day 2 at 3ish", "15:00"),
        ("add a bar on day 2 at 8 in the evening", "20:00"),
        ("add a temple on day 2 at 9 in the morning", "09:00"),
        ("add a bar on day 2 at 20h", "20:00"),
        ("add a bar on day 2 at 20hs", "20:00"),
        ("add a bar on day 2 at 1930", "19:30"),
        ("ADD A BAR ON DAY 2 AT 9PM", "21:00"),
        ("add a temple on day 2 at 10, no wait, 11", "11:00"),
        ("add a temple on day 2 at 10am.. actually 11am", "11:00"),
        # Spanish, from Mexico to Spain
        ("agrega un museo el día 2 a las 8 y media de la mañana", "08:30"),
        ("agrega un bar el día 2 a las 20hs", "20:00"),
        ("agrega un cafe el dia 2 a las 10h", "10:00"),
        ("agrega un museo el día 2 a las 18h, o mejor 18:30", "18:30"),
        ("agrega un museo el día 2 a las 5, no perdón, a las 6 de la tarde", "18:00"),
        ("agrega un restaurante el día 2 al mediodía", "12:00"),
        ("agrega un museo el día 2 a las 4 menos cuarto de la tarde", "15:45"),
        ("AGREGA UN BAR EL DÍA 2 A LAS 21H", "21:00"),
        ("agrega un bar el dia 2 tipo 8 y media de la noche", "20:30"),
        ("agrega un museo el día 2 a las 11:00 y no a las 10", "11:00"),
        ("agrega un bar el día 2 a las 18:30 hrs", "18:30"),
        # Portuguese, Brazil and Portugal
        ("adiciona um museu no dia 2 às 8 e meia da manhã", "08:30"),
        ("adiciona um museu no dia 2 às quatro e meia da tarde", "16:30"),
        ("adiciona um restaurante no dia 2 ao meio-dia e meia", "12:30"),
        ("adiciona um museu no dia 2 às 10h, não, espera, às 11h", "11:00"),
        ("adiciona um bar no dia 2 às 20h e não 19h30", "20:00"),
        ("bota um bar no dia 2 às 21hs", "21:00"),
        ("coloca um café no dia 2 às 9h15", "09:15"),
        ("ADICIONA UM BAR NO DIA 2 ÀS 20H", "20:00"),
        ("adiciona um museu no dia 2 às 10h, ou melhor, 11h", "11:00"),
        ("adiciona um museu no dia 2 às 3 menos um quarto da tarde", "14:45"),
        ("põe um bar no dia 2 às 21:15h", "21:15"),
        # "10h da manhã": the 'h' clock read first, then its part of the day, not '00 da manhã'
        ("quero ir no museu no dia 2 às 10h da manhã", "10:00"),
        ("põe um bar no dia 2 às 9h da noite", "21:00"),
        ("coloca o museu no dia 2 10:30 da manhã", "10:30"),
        ("um bar no dia 2, 8:15 da noite", "20:15"),
        # A clock with its minutes and a part of the day, no preposition before it
        ("agrega un bar el día 2 10:30 de la noche", "22:30"),
        ("pon un museo el día 2 9:15 de la mañana", "09:15"),
        ("add a bar on day 2 9:45 in the evening", "21:45"),
    ],
)
def test_an_add_gets_the_time_as_meant(text: str, time: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [(op.intent, op.day, op.time) for op in ops] == [(Intent.ADD, 2, time)]


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("port wine tasting at 16h instead of 15h", "16:00", "15:00"),
        ("o Vindaloo & Vinho às 20h e não 19h30", "20:00", "19:30"),
        ("the castle at 11 and not 9:30", "11:00", "09:30"),
        ("la cena en el Haveli a las 21h y no a las 19:30", "21:00", "19:30"),
    ],
)
def test_a_new_time_said_against_the_old_one_moves_the_stop(text: str, new: str, old: str) -> None:
    op = parse(text, today=TODAY).first
    assert (op.intent, op.time) == (Intent.RETIME, new)
    assert op.target is not None
    assert op.target.time == old


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("add Kala Ghoda Art District tomorrow evening.. no wait, afternoon", PartOfDay.AFTERNOON),
        ("add a temple on day 2 in the morning, no sorry, in the afternoon", PartOfDay.AFTERNOON),
        ("ADD BIRLA MANDIR DAY 1 EVENING PLEASE", PartOfDay.EVENING),
        ("agrega el museo el día 2 en la mañana, no perdón, en la tarde", PartOfDay.AFTERNOON),
        ("adiciona o museu no dia 2 de manhã, não, espera, à tarde", PartOfDay.AFTERNOON),
    ],
)
def test_a_corrected_part_of_the_day_wins(text: str, part: PartOfDay) -> None:
    op = parse(text, today=TODAY).first
    assert (op.intent, op.part_of_day) == (Intent.ADD, part)
    assert op.query is not None
    assert not any(
        word in op.query.lower() for word in ("evening", "wait", "morning", "tarde", "manha")
    )


def test_the_day_said_before_a_corrected_time_is_kept_for_what_follows() -> None:
    ops = parse(
        "põe o Mercado do Bolhão no dia 5 às 10h, não, espera, às 11h, "
        "e o almoço no Bifana do Bolhão",
        today=TODAY,
    ).ops
    assert [(op.intent, op.day) for op in ops] == [(Intent.ADD, 5), (Intent.ADD, 5)]
    assert ops[0].time == "11:00"


@pytest.mark.parametrize(
    "text",
    [
        "add a 2h hiking tour on day 3",
        "book a table for 4 at Sushi Zen",
        "Add The Old Town Walk on day 2",
        "add a night market on day 2",
        "add a museum on day 2, actually 3pm",
        "a table for two, no wait, 3",
    ],
)
def test_what_is_not_a_clock_is_left_alone(text: str) -> None:
    assert read_clock(text) == text


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("can the dinner be 8pm?", "20:00"),
        ("could lunch at Annapoorna be 12:30 instead?", "12:30"),
        ("o almoço no Annapoorna pode ser meio-dia e meia?", "12:30"),
        ("o jantar pode ser 20h?", "20:00"),
        ("a visita ao museu pode ser às quatro e meia", "16:30"),
        ("la cena en el Haveli puede ser 21h?", "21:00"),
        ("el almuerzo puede ser al mediodía?", "12:00"),
        ("la cena puede ser a las 9 de la noche?", "21:00"),
    ],
)
def test_asking_whether_a_stop_can_be_at_a_time_moves_it(text: str, time: str) -> None:
    op = parse(text, today=TODAY).first
    assert (op.intent, op.time) == (Intent.RETIME, time)
    assert op.target is not None
    assert not any(word in (op.target.text or "") for word in ("ser", "be ", "puede", "pode"))


@pytest.mark.parametrize(
    ("text", "queries", "parts"),
    [
        (
            "el jueves: en la mañana Paloquemao y a la noche Parrilla La Macarena",
            ["Paloquemao", "Parrilla La Macarena"],
            [PartOfDay.MORNING, PartOfDay.EVENING],
        ),
        (
            "on day 2 in the morning Kinkaku-ji and in the afternoon Ryoan-ji",
            ["Kinkaku-ji", "Ryoan-ji"],
            [PartOfDay.MORNING, PartOfDay.AFTERNOON],
        ),
        (
            "no dia 2 de manhã o Jardim Botânico e à noite o Bar Central",
            ["Jardim Botânico", "Bar Central"],
            [PartOfDay.MORNING, PartOfDay.EVENING],
        ),
    ],
)
def test_each_clause_keeps_its_own_part_of_the_day(
    text: str, queries: list[str], parts: list[PartOfDay]
) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.query for op in ops] == queries
    assert [op.part_of_day for op in ops] == parts


@pytest.mark.parametrize("text", ["add Morning Glory Cafe on day 2", "add the Evening Star bar"])
def test_a_name_that_starts_with_a_part_of_the_day_stays_a_name(text: str) -> None:
    op = parse(text, today=TODAY).first
    assert op.part_of_day is None
    assert op.query is not None
    assert op.query.split()[0] in {"Morning", "Evening"}

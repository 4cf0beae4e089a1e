"""Requests written with arrows and signs (core.intents.arrows), read through the parser."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.arrows import in_words
from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


def _ops(text: str) -> list:
    return list(parse(text, today=TODAY).ops)


@pytest.mark.parametrize(
    ("text", "day", "to_day"),
    [
        ("monserrate day 2 -> day 4 pls, forecast looks clearer then", 2, 4),
        ("museo del oro → day 3", None, 3),
        ("fushimi inari on day 1 --> day 2", 1, 2),
        ("nishiki market => day 3 plz", None, 3),
        ("el museo del oro del dia 2 → dia 4", 2, 4),
        ("monserrate dia 1 -> dia 3 porfa", 1, 3),
        ("a torre dos clérigos → dia 2", None, 2),
        ("serralves no dia 1 -> dia 3 pfv", 1, 3),
    ],
)
def test_an_arrow_to_a_day_moves_the_stop(text: str, day: int | None, to_day: int) -> None:
    op = _ops(text)[0]
    assert op.intent is Intent.MOVE
    assert op.to_day == to_day
    assert op.day == day


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("monserrate => 15h", "15:00"),
        ("lunch > 1pm", "13:00"),
        ("dinner on day 2 >> 8:30pm", "20:30"),
        ("el almuerzo del dia 2 -> 14h", "14:00"),
        ("la cena → 21h30", "21:30"),
        ("o jantar -> 20h", "20:00"),
        ("kiyomizu-dera → 7am", "07:00"),
        ("fushimi inari > tomorrow 7am", "07:00"),
    ],
)
def test_an_arrow_to_a_time_retimes_the_stop(text: str, time: str) -> None:
    op = _ops(text)[0]
    assert op.intent is Intent.RETIME
    assert op.time == time


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("the cevicheria on day 1 -> something vegetarian pls", "vegetarian"),
        ("nishiki market -> ramen place pls", "ramen place"),
        ("museo del oro → la candelaria", "candelaria"),
        ("cena dia 1 => algo vegetariano", "vegetariano"),
        ("o jantar do dia 2 -> algo vegano", "vegano"),
        ("dinner day 2 → sushi", "sushi"),
    ],
)
def test_an_arrow_to_a_place_or_a_wish_replaces(text: str, query: str) -> None:
    op = _ops(text)[0]
    assert op.intent is Intent.REPLACE
    assert query in (op.query or "")


@pytest.mark.parametrize(
    "text",
    [
        "dia 2 ↔ dia 3",
        "day 1 <-> day 2",
        "troca: dia 1 <-> dia 3",
        "day 2 <=> day 4",
        "dia 1 ⇄ dia 2",
        "swap day 3 <> day 1",
    ],
)
def test_a_two_headed_arrow_between_days_swaps_them(text: str) -> None:
    ops = _ops(text)
    assert [op.intent for op in ops] == [Intent.SWAP_DAYS]


@pytest.mark.parametrize(
    ("text", "queries", "day"),
    [
        ("museo del oro + monserrate on day 2", ["museo del oro", "monserrate"], 2),
        ("day 3: museo del oro, monserrate", ["museo del oro", "monserrate"], 3),
        ("dia 2: serralves, bolhão", ["serralves", "bolhão"], 2),
        ("kinkaku-ji + ginkaku-ji day 1", ["kinkaku-ji", "ginkaku-ji"], 1),
    ],
)
def test_a_plus_or_a_day_list_adds_each(text: str, queries: list[str], day: int) -> None:
    ops = _ops(text)
    assert [op.intent for op in ops] == [Intent.ADD] * len(queries)
    assert [op.query for op in ops] == queries
    assert all(op.day == day for op in ops)


def test_an_at_sign_is_at() -> None:
    op = _ops("andres carne de res @ 8pm")[0]
    assert op.intent is Intent.ADD
    assert op.time == "20:00"
    assert _ops("monserrate @ day 4")[0].day == 4


@pytest.mark.parametrize(
    "text",
    ["rating > 4.5 places", "show day 2", "add a temple on day 1 and a ramen place for dinner"],
)
def test_signs_that_are_not_verbs_change_nothing(text: str) -> None:
    assert in_words(text) == text

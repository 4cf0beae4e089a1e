"""Remarks, tags and hedged slots said after a request."""

from __future__ import annotations

import pytest

from core.intents.model import Intent, PartOfDay
from core.intents.parse import parse
from core.intents.remarks_after import hedged_slot, is_remark, is_tag
from tests.core.intents.readings import TODAY, only


@pytest.mark.parametrize(
    "clause",
    [
        "my mum's terrified of heights haha",
        "my dad's not a fan of crowds",
        "we'd like a lie in lol",
        "i'd rather sleep in",
        "afternoons get too hot",
        "it gets really crowded",
        "mornings are cooler",
        "a la tarde hace mucho calor",
        "de tarde faz calor",
    ],
)
def test_a_reason_or_a_feeling_is_a_remark(clause: str) -> None:
    assert is_remark(clause)


@pytest.mark.parametrize(
    "clause",
    ["my son's vegetarian", "add the castle", "the castle at 11", "morning if possible"],
)
def test_a_wish_or_a_request_is_not_a_remark(clause: str) -> None:
    assert not is_remark(clause)


@pytest.mark.parametrize("clause", ["sawa?", "eh?", "innit", "lah", "né?"])
def test_a_tag_asks_nothing(clause: str) -> None:
    assert is_tag(clause)


@pytest.mark.parametrize(
    ("clause", "slot"),
    [
        ("around 11 works", "at 11"),
        ("11ish would be great", "at 11"),
        ("about 3pm if possible", "at 3pm"),
        ("morning if possible", "in the morning"),
        ("early afternoon ideally", "in the early afternoon"),
        ("the castle", None),
    ],
)
def test_a_hedged_slot_is_the_requests_time(clause: str, slot: str | None) -> None:
    assert hedged_slot(clause) == slot


def test_a_remark_after_a_removal_is_not_a_second_removal() -> None:
    op = only("can u remove the tower pls, my mum's terrified of heights haha")
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text == "tower"


def test_a_hedged_time_after_a_tag_joins_the_request() -> None:
    op = only("could we get Quinta de Bolivar in on day 4, eh? around 11 works")
    assert (op.intent, op.day, op.time) == (Intent.ADD, 4, "11:00")


def test_a_time_word_inside_a_reason_does_not_override_the_requests() -> None:
    op = only("Please add Hoq Cave on day 2, sawa? morning if possible, afternoons get too hot")
    assert (op.intent, op.day, op.part_of_day) == (Intent.ADD, 2, PartOfDay.MORNING)
    assert op.query == "Hoq Cave"


def test_a_wish_for_oneself_is_not_a_place() -> None:
    op = only("could the port wine lodge be at five instead? we'd like a lie in lol")
    assert op.intent is Intent.RETIME
    assert op.target is not None
    assert op.target.text == "port wine lodge"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("exclui o castelo do dia 1, o San Felipe", "castelo San Felipe"),
        ("remove the castle on day 1, the San Felipe one", "castle San Felipe"),
    ],
)
def test_a_name_after_a_kind_is_the_same_item(text: str, said: str) -> None:
    op = only(text)
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text == said


def test_two_kinds_after_a_comma_are_two_items() -> None:
    ops = parse("remove the castle, the museum", today=TODAY).ops
    assert [op.target.text for op in ops if op.target] == ["castle", "museum"]


NAMED_AFTER_DESCRIBED = [
    ("a gente quer ver o palácio da água, o Jal Mahal, no dia 2 no fim da tarde", "Jal Mahal"),
    ("add the water palace, the Jal Mahal, on day 2", "Jal Mahal"),
    ("queremos ir al castillo, el San Felipe, el jueves en la mañana", "San Felipe"),
    ("add a temple on day 2, the Golden Temple", "Golden Temple"),
    ("pon el mercado el sábado, el Paloquemao", "Paloquemao"),
    ("coloca a igreja no dia 3, a Sé do Porto", "Sé do Porto"),
    ("quiero ver el jardín botánico, el José Celestino Mutis, el martes", "José Celestino Mutis"),
    ("put the old town walk on day 4, the Royal Mile", "Royal Mile"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_AFTER_DESCRIBED)
def test_a_place_described_then_named_is_one_add_of_the_named(text: str, name: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.ADD, op
    assert op.query == name, op

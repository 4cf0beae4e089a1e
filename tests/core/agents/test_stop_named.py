"""core.agents.stop_named: the trip's stop a question names among words of time and asking."""

from __future__ import annotations

import pytest

from core.agents.stop_named import stop_within
from core.domain.itinerary import Day, Node

DAYS = [
    Day(day=1, nodes=[Node(title="Castillo San Felipe de Barajas", time="16:00")]),
    Day(
        day=2,
        nodes=[Node(title="Jantar Mantar", time="10:00"), Node(title="The Wee Dram", time="20:00")],
    ),
    Day(day=3, nodes=[Node(title="Jardim Botânico", time="09:00"), Node(title="Sé do Porto")]),
]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("jantar mantar at that time", "Jantar Mantar"),
        ("the wee dram there", "The Wee Dram"),
        ("el castillo san felipe", "Castillo San Felipe de Barajas"),
        ("castillo tan", "Castillo San Felipe de Barajas"),
        ("jardim botânico a essa hora", "Jardim Botânico"),
        ("jantar mantar free entry", "Jantar Mantar"),
        ("a sé do porto tão cedo", "Sé do Porto"),
    ],
)
def test_the_stop_named_among_other_words_is_found(text: str, title: str) -> None:
    found, said = stop_within(DAYS, text, None)
    assert [item.node.title for item in found] == [title], text
    assert len(said.split()) < len(text.split())


@pytest.mark.parametrize(
    "text",
    ["at that time", "so early there", "a esa hora tan temprano", "jehangir jantar gallery"],
)
def test_words_of_time_and_asking_alone_name_no_stop(text: str) -> None:
    assert stop_within(DAYS, text, None) == ([], text)

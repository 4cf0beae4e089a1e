"""core.intents.day_part_times: an edge of a part of the day is a clock time, never a search."""

from __future__ import annotations

import pytest

from core.intents.day_part_times import EDGE_TIMES, PART_DEFAULT_TIMES, Edge
from core.intents.model import Intent, PartOfDay
from tests.core.intents.readings import only


@pytest.mark.parametrize(
    ("text", "time", "words"),
    [
        ("add a jazz bar late afternoon on day 2", "17:00", "jazz bar"),
        ("agrega un mirador al final de la tarde el día 2", "17:00", "mirador"),
        ("coloca um museu no fim da tarde no dia 2", "17:00", "museu"),
        ("add a walk in the early evening on day 1", "18:30", "walk"),
        ("agrega un paseo temprano en la noche el día 1", "18:30", "paseo"),
        ("bota uma caminhada no comecinho da noite no dia 1", "18:30", "caminhada"),
        ("add a coffee place late morning on day 3", "11:30", "coffee place"),
        ("agrega un café a media mañana el día 3", "11:30", "café"),
        ("bota uma padaria no final da manhã no dia 3", "11:30", "padaria"),
        ("add the aquarium first thing on day 2", "08:00", "aquarium"),
        ("pon el mercado a primera hora el día 2", "08:00", "mercado"),
        ("bota o mirante bem cedinho no dia 2", "08:00", "mirante"),
        ("add a rooftop bar late night on day 2", "22:00", "rooftop bar"),
        ("agrega un bar tarde en la noche el día 2", "22:00", "bar"),
        ("coloca um karaoke tarde da noite no dia 2", "22:00", "karaoke"),
        ("add a gallery early afternoon on day 4", "13:30", "gallery"),
        ("pon un museo a primera hora de la tarde el día 4", "13:30", "museo"),
        ("coloca um parque no início da tarde no dia 4", "13:30", "parque"),
        ("no fim de tarde o parque ibirapuera", "17:00", "parque ibirapuera"),
        # Said after the day, as the meal-relative times are.
        ("add a whisky bar late night on day 3", "22:00", "whisky bar"),
        ("põe uma balada no dia 4 tarde da noite", "22:00", "balada"),
        ("agrega una discoteca el sábado tarde en la noche", "22:00", "discoteca"),
        ("add the fort on day 2 first thing", "08:00", "fort"),
        ("pon el castillo el día 3 a primera hora", "08:00", "castillo"),
        ("põe a torre no dia 2 logo cedo", "08:00", "torre"),
    ],
)
def test_an_edge_of_the_day_is_a_time_and_not_searched(text: str, time: str, words: str) -> None:
    op = only(text)
    assert op.intent is Intent.ADD
    assert op.time == time
    assert op.query == words


@pytest.mark.parametrize(
    "text",
    [
        "move the cathedral to late afternoon",
        "muda o museu pro fim da tarde",
        "mueve el castillo al final de la tarde",
    ],
)
def test_moving_to_an_edge_is_a_new_time(text: str) -> None:
    op = only(text)
    assert op.intent is Intent.RETIME
    assert op.time == EDGE_TIMES[Edge.LATE_AFTERNOON]


def test_edges_sit_inside_the_day_in_order() -> None:
    order = [EDGE_TIMES[edge] for edge in Edge]
    assert order == sorted(order)
    assert set(PART_DEFAULT_TIMES) == set(PartOfDay)


def test_an_edge_before_a_meal_is_the_meal_s_word() -> None:
    op = only("add an early dinner on day 2")
    assert op.time is None


def test_a_short_weekday_before_an_edge_keeps_its_day() -> None:
    op = only("dom cedinho uma trilha na pedra bonita")
    assert (op.day_ref, op.time) == ("weekday:6", "08:00")

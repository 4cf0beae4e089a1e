"""Days and parts of the day typed the chat way, in en/es/pt (core.intents.calendar_words)."""

from __future__ import annotations

import pytest

from core.intents.model import LAST_DAY, Intent, PartOfDay
from core.intents.parse import parse
from tests.core.intents.readings import TODAY, only

MON, TUE, WED, THU, FRI, SAT, SUN = (f"weekday:{n}" for n in range(7))
MORNING, AFTERNOON, EVENING = PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING


@pytest.mark.parametrize(
    ("text", "day_ref", "part"),
    [
        # Portuguese short weekdays, with and without "feira", dots and accents
        ("sex a noite quero um barzinho com música ao vivo", FRI, EVENING),
        ("qui de manhã o mercado do bolhão", THU, MORNING),
        ("qnta de tarde queria ver o jardim botânico", THU, AFTERNOON),
        ("na qua. um rodízio de pizza", WED, None),
        ("pro sáb quero uma feira de artesanato", SAT, None),
        ("5ª feira o museu nacional", THU, None),
        # ("dom cedinho": the day's first thing, a time: test_day_part_times)
        ("dom de manhã uma trilha na pedra bonita", SUN, MORNING),
        ("seg à noite uma roda de samba", MON, EVENING),
        # Spanish short weekdays
        ("jue por la mañana el museo botero", THU, MORNING),
        ("vie en la noche unas arepas", FRI, EVENING),
        ("sáb. a la tarde la playa blanca", SAT, AFTERNOON),
        ("el mié un tour de grafiti", WED, None),
        ("lun temprano el mercado de paloquemao", MON, MORNING),
        ("hasta el dom. un paseo en bici", SUN, None),
    ],
)
def test_a_short_weekday_names_the_day(text: str, day_ref: str, part: PartOfDay | None) -> None:
    turn = only(text)
    assert turn.intent is Intent.ADD
    assert turn.day_ref == day_ref
    assert turn.part_of_day == part


@pytest.mark.parametrize(
    ("text", "day_ref", "part"),
    [
        ("uma livraria antiga, sábado de manhã", SAT, MORNING),
        ("um mirante pro pôr do sol, sexta à tarde", FRI, AFTERNOON),
        ("pastel de nata, domingo cedo", SUN, MORNING),
        ("um bar com vista, quinta-feira", THU, None),
        ("una heladería artesanal, sábado", SAT, None),
        ("un museo de arte, jueves en la noche", THU, EVENING),
        ("unas empanadas, martes al mediodía", TUE, None),
        ("quero um açaí, terça", TUE, None),
    ],
)
def test_a_weekday_after_a_comma_is_the_day(
    text: str, day_ref: str, part: PartOfDay | None
) -> None:
    turn = only(text)
    assert turn.day_ref == day_ref
    assert turn.part_of_day == part


@pytest.mark.parametrize(
    "text",
    [
        "quero a quinta da regaleira",
        "a viagem vai ter so 2 dias",
        "quiero ver el mar por la tarde",
        "the plaza de santo domingo de noche",
        "vamos ter que sair cedo",
    ],
)
def test_not_a_weekday(text: str) -> None:
    assert all(op.day_ref is None for op in parse(text, today=TODAY).ops)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ultima noite, a janta tem q ser num lugar com vista", EVENING),
        ("na última noite um jantar com fado", EVENING),
        ("a última tarde queremos um spa", AFTERNOON),
        ("la última noche una cena con vista al mar", EVENING),
        ("en la última mañana un desayuno tranqui", MORNING),
        ("on our last night a fancy dinner", EVENING),
        ("for the final evening somewhere with live jazz", EVENING),
        ("last night, dinner somewhere with a view", EVENING),
    ],
)
def test_the_last_night_is_the_trip_s_last_day(text: str, part: PartOfDay) -> None:
    turn = only(text)
    assert turn.day == LAST_DAY
    assert turn.part_of_day == part


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        ("añádenos la playa de Bocagrande el jueves por la tardita", THU),
        ("el sábado en la tardecita un café de especialidad", SAT),
        ("de tardezinha um passeio na orla", None),
        ("à tardinha um sorvete na praça", None),
        ("the botanic gardens in the arvo on friday", FRI),
        ("a beer garden this arvo", "today"),
    ],
)
def test_diminutive_afternoons(text: str, day_ref: str | None) -> None:
    turn = only(text)
    assert turn.part_of_day is AFTERNOON
    assert turn.day_ref == day_ref


@pytest.mark.parametrize(
    "text",
    [
        "el desayuno de mañana en una panadería francesa",
        "la cena de mañana en un sitio de mariscos",
        "el almuerzo de mañana cerca del museo",
        "el plan de mañana: un tour de café",
    ],
)
def test_spanish_x_de_manana_is_tomorrow(text: str) -> None:
    turn = parse(text, today=TODAY).first
    assert turn.day_ref == "tomorrow"
    assert turn.part_of_day is not MORNING or "desayuno" in text


def test_de_manana_alone_is_still_the_morning() -> None:
    turn = only("el museo del oro de mañana temprano")
    assert turn.part_of_day is MORNING

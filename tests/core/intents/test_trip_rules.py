"""core.intents.trip_rules: trip-wide changes, social turns and off-topic questions.

The functions read the canonical grammar (what parse() makes of a message); the last tests
check that the raw phrasings in each language reach them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.intents.model import LAST_DAY, Intent, Topic
from core.intents.parse import parse
from core.intents.trip_rules import (
    help_turn,
    info_turn,
    parse_calendar_date,
    social_turn,
    start_date_turn,
    trip_turn,
)

TODAY = dt.date(2026, 11, 23)  # a Monday


def _slots(turn: Any, expected: dict[str, Any]) -> None:
    assert turn is not None
    for name, value in expected.items():
        assert getattr(turn, name) == value, (name, turn)


@pytest.mark.parametrize(
    ("body", "day", "to_day"),
    [
        ("swap day 1 and day 3", 1, 3),
        ("swap 2 and 4", 2, 4),
        ("switch day 1 with day 2", 1, 2),
        ("swap day 1 and day 2 around", 1, 2),
        ("swap days two and four", 2, 4),
        ("exchange day three and day one", 3, 1),
        ("swap the first day and the last day", 1, LAST_DAY),
        ("exchange the second day and the third day", 2, 3),
    ],
)
def test_swap_days(body: str, day: int, to_day: int) -> None:
    _slots(trip_turn(body), {"intent": Intent.SWAP_DAYS, "day": day, "to_day": to_day})


@pytest.mark.parametrize(
    ("body", "count", "day"),
    [
        ("add a day", 1, None),
        ("add 2 days", 2, None),
        ("add two more days", 2, None),
        ("add another day", 1, None),
        ("add 3 extra days", 3, None),
        ("extend the trip by 3 days", 3, None),
        ("extend my trip", 1, None),
        ("one more day", 1, None),
        ("make the trip longer", 1, None),
        ("add a day at the start", 1, 1),
        ("add 2 days at the beginning", 2, 1),
    ],
)
def test_add_days(body: str, count: int, day: int | None) -> None:
    _slots(trip_turn(body), {"intent": Intent.ADD_DAYS, "day_count": count, "day": day})


@pytest.mark.parametrize(
    ("body", "count", "total"),
    [
        ("shorten the trip", 1, None),
        ("shorten the trip by 2 days", 2, None),
        ("cut the trip by one day", 1, None),
        ("make the trip shorter", 1, None),
        ("shorten the trip to 3 days", None, 3),
        ("trim my trip to two days", None, 2),
    ],
)
def test_shorten_by_or_to(body: str, count: int | None, total: int | None) -> None:
    _slots(trip_turn(body), {"intent": Intent.REMOVE_DAYS, "day_count": count, "trip_days": total})


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("remove the last day", 1),
        ("drop the final day from the trip", 1),
        ("delete the last day of the itinerary", 1),
        ("remove 2 days", 2),
        ("cut two days from the trip", 2),
    ],
)
def test_drop_days_off_the_end(body: str, count: int) -> None:
    _slots(trip_turn(body), {"intent": Intent.REMOVE_DAYS, "day_count": count, "day": None})


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("remove day 3", 3),
        ("delete the whole day 2", 2),
        ("remove day three from the trip", 3),
        ("cut day 4 entirely", 4),
        ("skip day 2 altogether", 2),
    ],
)
def test_remove_day_n(body: str, day: int) -> None:
    _slots(trip_turn(body), {"intent": Intent.REMOVE_DAYS, "day": day, "day_count": None})


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("make day 2 more relaxed", 2),
        ("day 3 is too packed", 3),
        ("fewer stops on day 2", 2),
        ("can day 1 be less busy", 1),
        ("make it lighter", None),
        ("relax", None),
    ],
)
def test_relax(body: str, day: int | None) -> None:
    _slots(trip_turn(body), {"intent": Intent.RELAX, "day": day})


@pytest.mark.parametrize(
    "body",
    [
        "remove the museum",
        "add a museum",
        "move lunch to day 3",
        "add a relaxing spa",  # an edit that mentions relaxing is still an edit
        "remove the museum from day 2",
        "swap the museum for a park",
    ],
)
def test_item_edits_are_no_trip_change(body: str) -> None:
    assert trip_turn(body) is None


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        ("hi", Topic.GREETING),
        ("hello there", Topic.GREETING),
        ("good morning", Topic.GREETING),
        ("hey team", Topic.GREETING),
        ("Hello!", Topic.GREETING),
        ("thanks", Topic.THANKS),
        ("thank you so much", Topic.THANKS),
        ("ok thanks", Topic.THANKS),
        ("great, thanks!", Topic.THANKS),
        ("perfect", Topic.THANKS),
        ("sounds good", Topic.THANKS),
        ("cheers", Topic.THANKS),
        ("bye", Topic.BYE),
        ("good night", Topic.BYE),
        ("see you later", Topic.BYE),
        ("talk to you later", Topic.BYE),
        ("heyy", Topic.GREETING),
        ("thanks so much, this is perfect!!", Topic.THANKS),
        ("holaa buenas tardes", Topic.GREETING),
        ("oii tudo bem?", Topic.GREETING),
        ("muchas gracias por todo", Topic.THANKS),
        ("valeu demais gente", Topic.THANKS),
    ],
)
def test_social_turns(body: str, topic: Topic) -> None:
    _slots(social_turn(body), {"intent": Intent.SOCIAL, "topic": topic})


@pytest.mark.parametrize(
    "body",
    [
        "hi add a museum on day 2",
        "thanks for adding the museum on day 2",
        "add a bar",
        "ok",
        "hola, agrega un bar",
        "is this good for kids?",
    ],
)
def test_a_request_is_not_social(body: str) -> None:
    assert social_turn(body) is None


@pytest.mark.parametrize(
    ("body", "topic", "day"),
    [
        ("what s the weather tomorrow", Topic.WEATHER, None),
        ("will it rain on day 2", Topic.WEATHER, 2),
        ("what s the forecast for day 3", Topic.WEATHER, 3),
        ("is it safe to walk at night", Topic.SAFETY, None),
        ("is the area dangerous", Topic.SAFETY, None),
        ("any events this weekend", Topic.EVENTS, None),
        ("are there concerts on day 2", Topic.EVENTS, 2),
        ("how much will the trip cost", Topic.COST, None),
        ("how much does it cost", Topic.COST, None),
        ("export to calendar", Topic.EXPORT, None),
        ("can I download a pdf", Topic.EXPORT, None),
        ("share the trip with my wife", Topic.SHARE, None),
    ],
)
def test_info_topics(body: str, topic: Topic, day: int | None) -> None:
    _slots(info_turn(body), {"intent": Intent.INFO, "topic": topic, "day": day})


@pytest.mark.parametrize(
    "body",
    [
        "add a cheap place",  # a wish, not a cost question
        "add a cheap place for dinner",
        "add a concert on day 2",
        "book a concert",
        "add something on a rainy day",
        "find a safe parking",
        "add a museum",
    ],
)
def test_edits_that_mention_a_topic_are_no_info_question(body: str) -> None:
    assert info_turn(body) is None


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("change the start date to March 3", dt.date(2027, 3, 3)),
        ("the trip starts on december 5", dt.date(2026, 12, 5)),
        ("start date december 5", dt.date(2026, 12, 5)),
        ("move the start to next friday", dt.date(2026, 11, 27)),
        ("we now start on 2 de marzo", dt.date(2027, 3, 2)),
        ("starts on 3 de março", dt.date(2027, 3, 3)),
        ("we arrive on december 1st", dt.date(2026, 12, 1)),
        pytest.param(
            "we arrive on the 14th",
            dt.date(2026, 12, 14),
        ),
        # a weekday and a day of the month, no month: the next such date (never "June")
        ("the trip starts on sunday 6", dt.date(2026, 12, 6)),
        ("trip starts on wednesday the 9th", dt.date(2026, 12, 9)),
        ("we now start on the 10th", dt.date(2026, 12, 10)),
        ("trip starts on friday 1", dt.date(2027, 1, 1)),
        ("our flights changed, trip now starts on 9 dec", dt.date(2026, 12, 9)),
    ],
)
def test_start_date_is_the_next_such_date_from_today(body: str, date: dt.date) -> None:
    _slots(start_date_turn(body, TODAY), {"intent": Intent.SET_START, "date": date})


def test_start_date_follows_the_injected_today() -> None:
    later = start_date_turn("change the start date to March 3", dt.date(2027, 6, 1))
    assert later is not None
    assert later.date == dt.date(2028, 3, 3)


@pytest.mark.parametrize("body", ["set the start date", "change the start date to xyz"])
def test_a_start_change_without_a_readable_date_has_no_date(body: str) -> None:
    _slots(start_date_turn(body, TODAY), {"intent": Intent.SET_START, "date": None})


@pytest.mark.parametrize("body", ["move the museum to day 3", "add a museum", "start"])
def test_other_turns_are_no_start_change(body: str) -> None:
    assert start_date_turn(body, TODAY) is None


def test_parse_calendar_date_needs_something_date_like() -> None:
    assert parse_calendar_date("", TODAY) is None
    assert parse_calendar_date("!!", TODAY) is None
    assert parse_calendar_date("9 de dezembro", TODAY) == dt.date(2026, 12, 9)


# Raw phrasings reach the trip rules through parse().
@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("exchange the first and the last day", {"day": 1, "to_day": LAST_DAY}),
        ("swap the first and the last day", {"day": 1, "to_day": LAST_DAY}),
        ("swap days 2 and 4", {"day": 2, "to_day": 4}),
        ("intercambia el día 1 y el día 3", {"day": 1, "to_day": 3}),
        ("troca o dia 1 com o dia 3", {"day": 1, "to_day": 3}),
        pytest.param(
            "intercambia el primer día con el último",
            {"day": 1, "to_day": LAST_DAY},
        ),
        pytest.param(
            "troca o primeiro dia com o último",
            {"day": 1, "to_day": LAST_DAY},
        ),
    ],
)
def test_swap_phrasings_through_parse(text: str, slots: dict[str, Any]) -> None:
    _slots(parse(text, today=TODAY).first, {"intent": Intent.SWAP_DAYS, **slots})


@pytest.mark.parametrize(
    ("body", "slots"),
    [
        (
            "could we switch monday and tuesday round?",
            {"day_ref": "weekday:0", "to_day_ref": "weekday:1"},
        ),
        ("flip days 2 & 3 pls", {"day": 2, "to_day": 3}),
        (
            "intercambia el lunes con el miercoles",
            {"day_ref": "weekday:0", "to_day_ref": "weekday:2"},
        ),
        ("inverte segunda e quarta", {"day_ref": "weekday:0", "to_day_ref": "weekday:2"}),
        ("el dia 5 y el 6 cambialos de orden", {"day": 5, "to_day": 6}),
    ],
)
def test_a_swap_said_anywhere_in_a_message_of_days(body: str, slots: dict[str, object]) -> None:
    _slots(trip_turn(body), {"intent": Intent.SWAP_DAYS, **slots})


@pytest.mark.parametrize(
    "body", ["switch to a cheaper hotel on monday", "trade the museum for a bar tomorrow please"]
)
def test_a_swap_word_with_other_things_is_not_a_day_swap(body: str) -> None:
    turn = trip_turn(body)
    assert turn is None or turn.intent is not Intent.SWAP_DAYS


@pytest.mark.parametrize(
    "body",
    [
        "oi, como funciona isso aqui?",
        "Ajuda pf, nao percebo como isto funciona",
        "i m confused",
        "como se usa esto?",
        "how does this thing work",
    ],
)
def test_asking_how_it_works_is_help(body: str) -> None:
    _slots(help_turn(body), {"intent": Intent.HELP})


@pytest.mark.parametrize(
    "body",
    [
        "help me add a museum on day 2",
        "how do I get to the beach",
        "como funciona el tren al aeropuerto mañana",
    ],
)
def test_a_request_is_not_help(body: str) -> None:
    assert help_turn(body) is None


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        ("cuánto me va a salir todo esto más o menos?", Topic.COST),
        ("Quanto é que vamos gastar mais ou menos nesta viagem?", Topic.COST),
        ("tem algum show ou evento rolando em bogota nessas datas?", Topic.EVENTS),
        ("como eu mando o roteiro pro meu namorado?", Topic.SHARE),
    ],
)
def test_questions_about_the_trip_in_spanish_and_portuguese(body: str, topic: Topic) -> None:
    _slots(info_turn(body), {"intent": Intent.INFO, "topic": topic})


@pytest.mark.parametrize(
    "body",
    [
        "gracias!! sos un genio",
        "Obrigado, és um espetáculo!",
        "kkkkk to morta de cansada hj mas ta sendo incrivel",
        "we re knackered lol off to bed",
    ],
)
def test_feelings_and_compliments_said_alone_are_social(body: str) -> None:
    turn = social_turn(body)
    assert turn is not None
    assert turn.intent is Intent.SOCIAL


def test_a_feeling_beside_a_request_is_not_social() -> None:
    assert social_turn("we re so tired add a spa tomorrow") is None


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("se nos movió el vuelo, ahora starts el 9 de diciembre", dt.date(2026, 12, 9)),
        ("we arrive on tuesday 8 and leave on thursday 10", dt.date(2026, 12, 8)),
    ],
)
def test_a_start_said_after_a_remark_or_with_the_end(body: str, date: dt.date) -> None:
    _slots(start_date_turn(body, TODAY), {"intent": Intent.SET_START, "date": date})


def test_leaving_early_is_no_start_date() -> None:
    assert start_date_turn("we leave early", TODAY) is None

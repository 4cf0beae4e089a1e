"""Several requests, remarks and slots said together in one message."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


def ops(text: str) -> tuple[ParsedTurn, ...]:
    return parse(text, today=TODAY).ops


def test_a_day_said_with_on_is_where_it_is_and_a_weekday_with_to_where_it_goes() -> None:
    (op,) = ops("pls move the museum on day 2 to saturday")
    assert (op.intent, op.day, op.to_day, op.to_day_ref) == (Intent.MOVE, 2, None, "weekday:5")


def test_and_that_one_after_a_comma_is_a_second_request_of_the_same_verb() -> None:
    first, second = ops("move the castle to 10, and that tapas bar to 8pm")
    assert first.target is not None
    assert second.target is not None
    assert (first.target.text, second.target.text) == ("castle", "that tapas bar")
    assert second.time == "20:00"


def test_keep_the_other_one_is_a_remark() -> None:
    (op,) = ops("drop the aquarium on friday, keep the zoo though")
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text == "aquarium"


def test_a_trailing_as_well_is_not_part_of_the_name() -> None:
    (op,) = ops("could you book it for 3 as well")
    assert op.intent is Intent.BOOK
    assert op.target is not None
    assert op.target.text == "it"


def test_a_request_after_a_swap_with_and_also_is_its_own() -> None:
    swap, add = ops("swap day 2 and day 3, and also could you add a cafe on day 1?")
    assert swap.intent is Intent.SWAP_DAYS
    assert (add.intent, add.day) == (Intent.ADD, 1)


def test_a_question_before_just_swap_them_stays_one_swap() -> None:
    (op,) = ops("could we do day 2 first and day 1 second? just swap them")
    assert op.intent is Intent.SWAP_DAYS


def test_a_remark_after_a_dash_is_not_searched() -> None:
    (op,) = ops("add a cheap lunch on day 1 — money is tight this month")
    assert op.query is None or "money" not in op.query


def test_the_nth_night_of_the_trip_is_that_day_in_the_evening() -> None:
    (op,) = ops("add a jazz bar on our second night")
    assert (op.day, op.part_of_day is not None) == (2, True)


def test_yesterday_night_is_not_a_day_of_the_trip() -> None:
    (op,) = ops("we had pizza last night, add a noodle place tonight")
    assert op.day is None
    assert op.day_ref == "today"


def test_after_dinner_is_a_time_of_day_not_a_meal() -> None:
    (op,) = ops("add a cocktail bar on day 2 after dinner")
    assert op.meal is None
    assert op.query is not None
    assert "dinner" not in op.query


@pytest.mark.parametrize(
    "text",
    [
        "how do I add things? just type here?",
        "what else can you do",
        "¿qué puedes hacer?",
        "o que vc sabe fazer?",
    ],
)
def test_asking_what_the_service_does_is_help(text: str) -> None:
    assert [op.intent for op in ops(text)] == [Intent.HELP]


def test_tacking_on_a_day_adds_a_day() -> None:
    (op,) = ops("could we tack on one more day?")
    assert op.intent is Intent.ADD_DAYS


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("can we push everything back 3 days", 3),
        ("postpone our trip by a week", 7),
        ("pull the whole trip forward one day", -1),
        ("atrasa todo el viaje una semana", 7),
        ("antecipa a viagem dois dias", -2),
    ],
)
def test_moving_the_whole_trip_is_a_start_shift(text: str, shift: int) -> None:
    (op,) = ops(text)
    assert (op.intent, op.shift_days) == (Intent.SET_START, shift)


def test_pushing_one_item_back_is_not_a_trip_shift() -> None:
    (op,) = ops("push dinner back an hour")
    assert op.shift_days is None


def test_a_sound_before_the_request_says_nothing() -> None:
    (op,) = ops("Hmm could you empty saturday for us?")
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.every


def test_what_follows_a_remark_stays_a_remark() -> None:
    (op,) = ops("please clear day 2. We're fine, doing a boat tour on our own")
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.every


def test_skipping_a_place_removes_it_and_a_verdict_on_something_else_changes_nothing() -> None:
    (op,) = ops("we're skipping the fort tomorrow, the hike is too much for us. remove it")
    assert op.intent is Intent.REMOVE
    assert op.target is not None
    assert op.target.text == "fort"


def test_a_day_trip_is_not_a_trip_length() -> None:
    assert not any(op.intent is Intent.PLAN for op in ops("we're doing a day trip to Sintra"))


def test_a_day_said_empty_then_fill_it_plans_that_day() -> None:
    (op,) = ops("day 3 is completely free, can you fill it with something artsy")
    assert (op.intent, op.day, op.day_only, op.interests) == (Intent.PLAN, 3, True, ("art",))


@pytest.mark.parametrize(
    ("text", "minutes", "meal"),
    [
        ("push lunch back 45 mins", 45, "lunch"),
        ("could you bring dinner forward half an hour", -30, "dinner"),
        ("el almuerzo una hora más temprano porfa", -60, "lunch"),
        ("atrasa o jantar duas horas", 120, "dinner"),
    ],
)
def test_an_amount_of_time_later_or_earlier_moves_the_item_by_it(
    text: str, minutes: int, meal: str
) -> None:
    (op,) = ops(text)
    assert (op.intent, op.shift_minutes) == (Intent.RETIME, minutes)
    assert op.target is not None
    assert op.target.meal is not None
    assert op.target.meal.value == meal


def test_an_amount_without_a_direction_is_no_shift() -> None:
    assert all(op.shift_minutes is None for op in ops("move the museum 2 hours"))


def test_a_day_said_for_an_add_does_not_reach_back_to_a_removal() -> None:
    remove, add = ops("take out the aquarium and add the botanic garden on day 3")
    assert (remove.intent, remove.day) == (Intent.REMOVE, None)
    assert (add.intent, add.day) == (Intent.ADD, 3)


def test_a_day_said_once_covers_requests_of_the_same_kind() -> None:
    first, second = ops("remove the aquarium and the zoo on day 2")
    assert (first.day, second.day) == (2, 2)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok cool, remove it then", Intent.REMOVE),
        ("vale, quítalo entonces", Intent.REMOVE),
        ("you know what, drop it", Intent.REMOVE),
        ("beleza, tira ele então", Intent.REMOVE),
    ],
)
def test_particles_around_a_request_are_not_its_object(text: str, intent: Intent) -> None:
    (op,) = ops(text)
    assert op.intent is intent
    assert op.target is not None
    assert (op.target.text or "").lower() in {"it", "that", "eso", "isso"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("howzit!", Intent.SOCIAL),
        ("sweet as, cheers for that", Intent.SOCIAL),
        ("let's swop day 1 and day 2", Intent.SWAP_DAYS),
        ("what all is there on day 2?", Intent.SHOW),
        ("we got an extra night! add a day at the end of the trip", Intent.ADD_DAYS),
    ],
)
def test_regional_english(text: str, intent: Intent) -> None:
    assert [op.intent for op in ops(text)] == [intent]


def test_a_remark_sentence_after_a_request_is_not_its_object() -> None:
    (op,) = ops("Can you clear Friday? Our plans have changed.")
    assert op.target is not None
    assert op.target.every


@pytest.mark.parametrize(
    "text",
    [
        "agrega el museo pal viernes q el sábado nos vamos temprano",
        "coloca o mirante no sábado que a gente vai embora cedo",
    ],
)
def test_a_reason_after_q_is_not_part_of_the_place(text: str) -> None:
    (op,) = ops(text)
    assert op.query is not None
    assert len(op.query.split()) <= 2


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("o que vamos fazer no domingo?", Intent.SHOW),
        ("q me queda pa mañana?", Intent.SHOW),
        ("mmm no, volvé todo como estaba antes", Intent.UNDO),
    ],
)
def test_questions_and_undo_said_with_que(text: str, intent: Intent) -> None:
    assert [op.intent for op in ops(text)] == [intent]


@pytest.mark.parametrize(
    ("said", "second_day", "second_ref"),
    [
        ("swap days 1 and 2, and take the port wine lodge off saturday", None, "weekday:5"),
        ("clear day 3 and take the museum out of day 2", 2, None),
        ("add a pub on day 4, take the cathedral off friday", None, "weekday:4"),
        ("move the castle to day 2 and take the gardens off day 1", 1, None),
    ],
)
def test_a_second_request_said_take_x_off_is_a_removal(
    said: str, second_day: int | None, second_ref: str | None
) -> None:
    ops = parse(said).ops
    assert len(ops) == 2
    assert ops[1].intent is Intent.REMOVE
    assert (ops[1].day, ops[1].day_ref) == (second_day, second_ref)

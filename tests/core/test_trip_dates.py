"""Dates said without a month, or as numbers, are the trip's days; a date outside it is asked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bots.container import Services
from core.intents.day_words import find_when
from core.intents.model import Intent
from core.intents.parse import parse
from core.orchestrator import Turn
from core.protocol import AgentResponse, ResponseType
from core.trip_dates import month_day_near, trip_date
from tests.core.test_orchestrator_answers import _titles
from tests.core.test_orchestrator_languages import Chat, _chat


class EnglishChat(Chat):
    """A conversation in English (the language checks of Chat are for es/pt)."""

    async def _turn(self, **what: Any) -> AgentResponse:
        outcome = await self.services.orchestrator.handle(
            Turn(
                conversation_key=f"test:{self.user}",
                user_id=self.user,
                itinerary_id=self.itinerary,
                locale=self.locale,
                **what,
            )
        )
        return outcome.response


async def _english(services: Services) -> Chat:
    chat = await _chat(services, "en")
    return EnglishChat(chat.services, chat.user, chat.itinerary, "en", chat.start)


START = dt.date(2026, 12, 7)  # a 6-day trip: Monday 7 to Saturday 12 December


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("add Hoq Cave to the 9th", "monthday:00-09"),
        ("move serralves to the 11th", "monthday:00-11"),
        ("the 10th", "monthday:00-10"),
        ("on the 8th pls", "monthday:00-08"),
        ("add a bar on 9/12", "numdate:9-12"),
        ("agrega un bar el 10/12", "numdate:10-12"),
        ("coloca um bar no dia 11/12", "numdate:11-12"),
        ("add a bar on Dec 9", "monthday:12-09"),
        ("mueve el museo al 10 de diciembre", "monthday:12-10"),
        ("põe o museu no dia 11 de dezembro", "monthday:12-11"),
        ("the 9th of december", "monthday:12-09"),
    ],
)
def test_a_date_is_read_as_a_calendar_reference(text: str, ref: str) -> None:
    assert find_when(text).day_ref == ref


@pytest.mark.parametrize(
    "text", ["the 3rd one", "add a temple on the 2nd day", "the 2nd option", "remove the 1st stop"]
)
def test_a_position_is_not_a_date(text: str) -> None:
    assert find_when(text).day_ref is None


@pytest.mark.parametrize(
    ("ref", "date"),
    [
        ("monthday:00-09", dt.date(2026, 12, 9)),
        ("monthday:00-12", dt.date(2026, 12, 12)),
        ("monthday:00-20", None),  # no 20th in the trip: asked, never guessed
        ("numdate:9-12", dt.date(2026, 12, 9)),  # day/month
        ("numdate:12-9", dt.date(2026, 12, 9)),  # month/day
        ("numdate:9-11", None),
    ],
)
def test_the_trip_date_a_reference_names(ref: str, date: dt.date | None) -> None:
    assert trip_date(ref, START, 6) == date


def test_a_trip_across_new_year_finds_its_first() -> None:
    assert trip_date("monthday:00-01", dt.date(2026, 12, 30), 4) == dt.date(2027, 1, 1)


def test_the_whole_request_keeps_its_place_and_takes_the_date() -> None:
    add = parse("Add Hoq Cave to the 9th").first
    assert (add.intent, add.query, add.day_ref) == (Intent.ADD, "Hoq Cave", "monthday:00-09")
    move = parse("Move serralves to the 11th").first
    assert move.intent is Intent.MOVE
    assert move.target is not None
    assert (move.target.text, move.day_ref) == ("serralves", "monthday:00-11")


async def test_an_add_on_a_day_of_the_month_lands_on_that_trip_day(services: Services) -> None:
    chat = await _english(services)
    day = chat.start.day + 1  # the trip's second day
    answer = await chat.say(f"add a museum to the {day}th")
    if answer.type is ResponseType.NEEDS_SELECTION:
        answer = await chat.say("1")
    assert answer.type is ResponseType.COMPLETE, answer.message
    assert "day 2" in answer.message


async def test_which_day_is_answered_with_a_date(services: Services) -> None:
    chat = await _english(services)
    asked = await chat.say("add a museum")
    assert asked.message == "Which day should I use?"
    answer = await chat.say(f"the {chat.start.day + 2}th")
    if answer.type is ResponseType.NEEDS_SELECTION:
        answer = await chat.say("1")
    assert answer.type is ResponseType.COMPLETE, answer.message
    assert "day 3" in answer.message


@pytest.mark.parametrize(
    ("locale", "text", "said"),
    [
        ("en", "add a museum on the {day}th", "Your trip runs from"),
        ("es", "agrega un museo el {day}/{month}", "Tu viaje va del"),
        ("pt", "adiciona um museu no dia {day} de dezembro", "A sua viagem vai de"),
    ],
)
async def test_a_date_outside_the_trip_is_asked_with_the_trips_dates(
    services: Services, locale: str, text: str, said: str
) -> None:
    chat = await (_english(services) if locale == "en" else _chat(services, locale))
    outside = chat.start + dt.timedelta(days=20)
    before = await _titles(chat, 1)
    answer = await chat.say(text.format(day=outside.day, month=outside.month))
    assert answer.message.startswith(said), answer.message
    assert chat.date_of(1) in answer.message
    assert answer.type is not ResponseType.COMPLETE
    assert await _titles(chat, 1) == before


# --- a day of the month said alone, in the trip's month(s) -------------------------------


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("agrega un museo el 10", "monthday:00-10"),
        ("pon el castillo el 11", "monthday:00-11"),
        ("quiero ir al museo del oro el 12", "monthday:00-12"),
        ("mete una playa el 9, porfa", "monthday:00-09"),
    ],
)
def test_a_day_of_the_month_said_by_its_article_is_a_date(text: str, ref: str) -> None:
    assert find_when(text).day_ref == ref


@pytest.mark.parametrize(
    "text", ["pon la cena a las 10", "agrega el 2 de la lista", "el 10% de descuento", "el 9:30"]
)
def test_a_time_or_a_position_after_an_article_is_no_date(text: str) -> None:
    assert find_when(text).day_ref is None


@pytest.mark.parametrize(
    ("text", "intent", "ref"),
    [
        ("we land on the 10th", Intent.SET_START, "monthday:00-10"),
        ("we arrive on the 3rd now", Intent.SET_START, "monthday:00-03"),
        ("llegamos el 12", Intent.SET_START, "monthday:00-12"),
        ("empezamos el 14", Intent.SET_START, "monthday:00-14"),
        ("chegamos dia 9", Intent.SET_START, "monthday:00-09"),
        ("a gente chega dia 14", Intent.SET_START, "monthday:00-14"),
        ("our flight home is on the 12th now", Intent.ADD_DAYS, "monthday:00-12"),
        ("staying till the 12th", Intent.ADD_DAYS, "monthday:00-12"),
        ("nos vamos el 15", Intent.ADD_DAYS, "monthday:00-15"),
    ],
)
def test_a_new_start_or_end_said_as_a_day_of_the_month_keeps_it(
    text: str, intent: Intent, ref: str
) -> None:
    op = parse(text, today=dt.date(2026, 11, 23)).first
    assert op.intent is intent
    assert (op.day_ref if intent is Intent.SET_START else op.end_ref) == ref
    assert op.date is not None  # what the calendar alone reads, for a trip without dates


@pytest.mark.parametrize("text", ["we land on december 10", "llegamos el 12 de enero"])
def test_a_date_with_its_month_is_no_day_of_the_month(text: str) -> None:
    op = parse(text, today=dt.date(2026, 11, 23)).first
    assert op.intent is Intent.SET_START
    assert op.day_ref is None


@pytest.mark.parametrize(
    ("ref", "near", "date"),
    [
        ("monthday:00-10", dt.date(2027, 3, 3), dt.date(2027, 3, 10)),  # the trip's month
        ("monthday:00-02", dt.date(2027, 3, 28), dt.date(2027, 4, 2)),  # the month after
        ("monthday:00-27", dt.date(2027, 3, 2), dt.date(2027, 2, 27)),  # the month before
        ("monthday:00-31", dt.date(2027, 4, 20), dt.date(2027, 3, 31)),  # April has no 31st
        ("monthday:00-03", dt.date(2026, 12, 30), dt.date(2027, 1, 3)),  # across new year
        ("weekday:2", dt.date(2027, 3, 3), None),
    ],
)
def test_a_day_of_the_month_near_the_trip(ref: str, near: dt.date, date: dt.date | None) -> None:
    assert month_day_near(ref, near) == date


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "agrega un museo el {day}"),
    ],
)
async def test_a_day_of_the_month_lands_on_the_trips_day(
    services: Services, locale: str, text: str
) -> None:
    chat = await _chat(services, locale)
    last = chat.start + dt.timedelta(days=2)  # the demo trip's third and last day
    answer = await chat.say(text.format(day=last.day))
    if answer.type is ResponseType.NEEDS_SELECTION:
        answer = await chat.tap(1)
    assert answer.type is ResponseType.COMPLETE, answer.message
    assert chat.date_of(3) in answer.message or ("3" in answer.message), answer.message

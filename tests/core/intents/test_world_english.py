"""English as the world types it: dialect words, slips, idioms and loanwords in a request.

Our own phrasings (other places and words than the ones the work was seen on): Jamaican "fi",
"wid", "pon", "mek we"; Scots "whit", "hame", "gonnae", "hoose"; "w a", "4 tomorrow", "hw";
a German "Uhr"; slips in "booking" and "people"; "change X for Y" (a second-language "por");
"instead of X please Y"; "extend the <city> itinerary"; "wipe X clean"; "bring it back";
praise in slang; "timings", "free or do we pay"; a stop's name typed in lower case that looks
Portuguese or Spanish.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.domain.itinerary import Day
from core.intents.model import Intent, ParsedMessage, ParsedTurn
from core.intents.names_language import told_beside_stops, without_names
from core.intents.parse import parse
from core.position_words import FILLER

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


def _one(said: str) -> ParsedTurn:
    ops = _ops(said)
    assert len(ops) == 1, ops
    return ops[0]


@pytest.mark.parametrize(
    ("said", "intent", "word"),
    [
        ("find a playground good fi children fi saturday", Intent.ADD, "family"),
        ("swap the steakhouse w a vegan place", Intent.REPLACE, "vegan"),
        ("stick a chippy on friday, we come wid the grandkids", Intent.ADD, "chippy"),
        ("stick a curry hoose on day 2", Intent.ADD, "curry house"),
        ("gonnae book the bistro for 4 of us at 8pm", Intent.BOOK, "bistro"),
        ("bookign for the tapas bar pls, 5 peopel", Intent.BOOK, "tapas bar"),
        ("change the burger joint on monday for dim sum", Intent.REPLACE, "dim sum"),
        ("change the pub for a wine bar", Intent.REPLACE, "wine bar"),
        ("instead of the burger joint please something vegetarian", Intent.REPLACE, "vegetarian"),
        ("en vez del asador por favor algo italiano", Intent.REPLACE, "italiano"),
    ],
)
def test_dialect_and_second_language_requests(said: str, intent: Intent, word: str) -> None:
    op = _one(said)
    assert op.intent is intent, op
    said_of = " ".join(filter(None, [op.query, op.target.text if op.target else None]))
    assert word in said_of.lower(), op


def test_party_said_with_slips_or_gonnae_is_kept() -> None:
    assert _one("gonnae book the bistro for 4 of us at 8pm").party_size == 4
    assert _one("bookign for the tapas bar pls, 5 peopel").party_size == 5


@pytest.mark.parametrize(
    "said",
    ["change lunch for 2pm", "change the museum for friday", "change dinner for tomorrow"],
)
def test_change_for_a_time_or_a_day_is_no_replacement(said: str) -> None:
    assert _one(said).intent is not Intent.REPLACE


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("mek we add one more day pon the trip", 1),
        ("Kindly extend the Lisbon itinerary by two more days, my cousin is joining", 2),
        ("extend our holiday by 3 days", 3),
    ],
)
def test_the_trip_made_longer(said: str, count: int) -> None:
    op = _one(said)
    assert op.intent is Intent.ADD_DAYS, op
    assert op.day_count == count


@pytest.mark.parametrize("said", ["wipe friday clean", "wipe day 3 clean pls"])
def test_a_day_wiped_clean_is_cleared(said: str) -> None:
    op = _one(said)
    assert op.intent is Intent.REMOVE, op
    assert op.target is not None
    assert op.target.every


@pytest.mark.parametrize("said", ["ah wait bring it back, my bad", "bring that one back pls"])
def test_bring_it_back_undoes(said: str) -> None:
    assert _one(said).intent is Intent.UNDO


def test_bring_it_back_to_a_time_moves() -> None:
    assert _one("bring it back to 3pm").intent is Intent.RETIME


@pytest.mark.parametrize(
    "said",
    [
        "bless up, yuh too good",
        "honestly this bot ate. no notes",
        "bonne idée, you're a lifesaver, merci!",
        "u r a legend fr",
    ],
)
def test_praise_in_slang_is_small_talk(said: str) -> None:
    message = parse(said, today=TODAY)
    assert [op.intent for op in message.ops] == [Intent.SOCIAL], message
    assert message.language in {"en", None}


@pytest.mark.parametrize(
    ("said", "question"),
    [
        ("City Palace timings kindly?", "hours"),
        ("is the science museum free or do we pay?", "price"),
        ("whit's the Scott Monument when it's at hame?", "about"),
    ],
)
def test_questions_about_a_place(said: str, question: str) -> None:
    op = _one(said)
    assert op.intent is Intent.EXPLAIN, op
    assert op.question == question


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("wat is on 4 tomorow", Intent.SHOW),
        ("hw does it work?", Intent.HELP),
        ("Hawa Mahal to 15 Uhr please", None),
    ],
)
def test_chat_spellings(said: str, intent: Intent | None) -> None:
    op = _one(said)
    if intent is not None:
        assert op.intent is intent, op
    else:
        assert op.time == "15:00"
        assert "uhr" not in (op.query or "").lower()


def test_aye_around_a_pick_is_filler() -> None:
    assert {"aye", "lah", "chur"} <= FILLER


def _days(*titles: str) -> list[Day]:
    nodes = [
        {"id": f"n{i}", "title": t, "type": "activity", "start_time": "10:00"}
        for i, t in enumerate(titles)
    ]
    return [Day.model_validate({"day": 1, "nodes": nodes})]


@pytest.mark.parametrize(
    ("said", "language", "told"),
    [
        ("remove jantar mantar", "pt", None),
        ("livraria lello opening hours?", "pt", None),
        ("quita jantar mantar por favor", "es", "es"),
        ("tira a livraria lello do dia 1", "pt", "pt"),
    ],
)
def test_a_stops_name_tells_no_language(said: str, language: str, told: str | None) -> None:
    message = ParsedMessage(ops=(ParsedTurn(intent=Intent.REMOVE),), language=language)
    days = _days("Jantar Mantar", "Livraria Lello")
    assert told_beside_stops(message, said, days).language == told


def test_names_are_taken_out_whole() -> None:
    assert without_names("remove Jantar mantar now", ["jantar mantar"]) == "remove now"
    assert without_names("jantar at 8", ["jantar mantar"]) == "jantar at 8"

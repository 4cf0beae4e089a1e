"""A loose reply read as the answer to the open question, before it is read as a new request."""

from __future__ import annotations

import datetime as dt

import pytest

from core.agents.prompt_answers import answered_turn, subject_of
from core.domain.changeset import ChangeSet, MoveNode
from core.follow_ups import (
    ApplyChange,
    AskFill,
    BookingCreate,
    BookingParty,
    EditorFillDay,
    TripFill,
)
from core.intents.model import Intent, ParsedTurn, Target
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)
ADD_AREPAS = ParsedTurn(intent=Intent.ADD, query="arepas")
BOOK_NODE = ParsedTurn(intent=Intent.BOOK, target=Target(node_id="n1"))


def _answer(follow_up: object, text: str, usual: str | None = None) -> ParsedTurn | None:
    message = parse(text, today=TODAY, usual_language=usual)
    return answered_turn(follow_up, text, message)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "usual", "day", "day_ref"),
    [
        ("pal jueves", "es", None, "weekday:3"),
        ("mejor el sábado porfa", "es", None, "weekday:5"),
        ("el día 3", "es", 3, None),
        ("no sábado", "pt", None, "weekday:5"),
        ("na sexta", "pt", None, "weekday:4"),
        ("dia 2 pfv", "pt", 2, None),
        ("the friday", None, None, "weekday:4"),
        ("friday pls", None, None, "weekday:4"),
        ("tomorrow", None, None, "tomorrow"),
        ("on the last day", None, -1, None),
    ],
)
def test_which_day_is_answered_by_any_day_phrase(
    text: str, usual: str | None, day: int | None, day_ref: str | None
) -> None:
    asked = EditorFillDay(turn=ADD_AREPAS, values=[1, 2, 3, 4])
    filled = _answer(asked, text, usual)
    assert filled is not None
    assert (filled.day, filled.day_ref) == (day, day_ref)
    assert filled.query == "arepas"


def test_a_day_and_a_time_fill_both() -> None:
    asked = EditorFillDay(turn=ADD_AREPAS, values=[1, 2, 3, 4])
    filled = _answer(asked, "el jueves a las 8 de la noche", "es")
    assert filled is not None
    assert (filled.day_ref, filled.time) == ("weekday:3", "20:00")


@pytest.mark.parametrize(
    "text", ["add sushi on day 2", "agrega un museo el día 2", "what's on day 3?", "undo"]
)
def test_a_request_of_its_own_is_no_answer(text: str) -> None:
    asked = EditorFillDay(turn=ADD_AREPAS, values=[1, 2, 3, 4])
    assert _answer(asked, text) is None


def test_a_kind_of_place_is_no_day() -> None:
    asked = EditorFillDay(turn=ADD_AREPAS, values=[1, 2, 3, 4])
    assert _answer(asked, "ramen") is None


@pytest.mark.parametrize(
    ("text", "usual", "count"),
    [
        ("somos 2", "es", 2),
        ("seremos cinco", "es", 5),
        ("pra nós 3", "pt", 3),
        ("4 of us", None, 4),
    ],
)
def test_how_many_is_answered_by_a_count_of_people(
    text: str, usual: str | None, count: int
) -> None:
    filled = _answer(BookingParty(turn=BOOK_NODE), text, usual)
    assert filled is not None
    assert filled.party_size == count


def test_a_time_to_how_many_is_kept_and_the_question_comes_again() -> None:
    filled = _answer(BookingParty(turn=BOOK_NODE), "1pm")
    assert filled is not None
    assert (filled.time, filled.party_size) == ("13:00", None)


def test_a_time_to_a_booking_confirmation_changes_the_time() -> None:
    asked = BookingCreate(turn=BOOK_NODE.model_copy(update={"party_size": 5, "time": "12:30"}))
    filled = _answer(asked, "a la 1 de la tarde", "es")
    assert filled is not None
    assert (filled.time, filled.party_size) == ("13:00", 5)


@pytest.mark.parametrize(
    ("text", "usual", "name", "party"),
    [
        ("en La Cevichería Caribe, somos 2", "es", "La Cevichería Caribe", 2),
        ("no Tasca do Cais, pra nós 3", "pt", "Tasca do Cais", 3),
        ("Casa Xacuti, 4 of us", None, "Casa Xacuti", 4),
    ],
)
def test_what_to_book_is_answered_by_a_name(
    text: str, usual: str | None, name: str, party: int
) -> None:
    asked = AskFill(slot="target", turn=ParsedTurn(intent=Intent.BOOK))
    filled = _answer(asked, text, usual)
    assert filled is not None
    assert filled.target is not None
    assert (filled.target.text, filled.party_size) == (name, party)


@pytest.mark.parametrize(
    ("text", "usual", "query", "day"),
    [
        ("un templo zen, el día 3", "es", "templo zen", 3),
        ("a ramen place on day 2", None, "ramen", 2),
        ("um mirante pro dia 1", "pt", "mirante", 1),
    ],
)
def test_what_to_add_is_answered_by_a_kind_of_place(
    text: str, usual: str | None, query: str, day: int
) -> None:
    asked = AskFill(slot="query", turn=ParsedTurn(intent=Intent.ADD, query="al trip"))
    filled = _answer(asked, text, usual)
    assert filled is not None
    assert filled.intent is Intent.ADD
    assert query in (filled.query or "")
    assert filled.day == day


def test_where_to_move_is_answered_by_a_day() -> None:
    held = ParsedTurn(intent=Intent.MOVE, target=Target(node_id="n1"))
    filled = _answer(AskFill(slot="to_day", turn=held), "pro dia 3", "pt")
    assert filled is not None
    assert filled.to_day == 3


def test_the_second_day_of_a_swap_fills_its_own_slot() -> None:
    held = ParsedTurn(intent=Intent.SWAP_DAYS, day=1)
    filled = _answer(TripFill(slot="to_day", turn=held, values=[2, 3]), "el día 3", "es")
    assert filled is not None
    assert (filled.day, filled.to_day) == (1, 3)


def test_a_confirmation_is_about_the_item_it_changes() -> None:
    move = ChangeSet(ops=[MoveNode(node_id="n9", to_day=1)], summary="")
    assert subject_of(ApplyChange(changeset=move, expected_version=3, done_message="")) == "n9"
    assert subject_of(BookingParty(turn=BOOK_NODE)) == "n1"
    assert subject_of(EditorFillDay(turn=ADD_AREPAS, values=[1])) is None


MOVE_RYOANJI = ParsedTurn(intent=Intent.MOVE, target=Target(node_id="n1"))


@pytest.mark.parametrize(
    ("text", "day", "day_ref", "time"),
    [
        ("pro 3", 3, None, None),
        ("pal 3", 3, None, None),
        ("al tres", 3, None, None),
        ("to 3", 3, None, None),
        ("dia 3", 3, None, None),
        ("o 3", 3, None, None),
        ("3rd", 3, None, None),
        ("the third", 3, None, None),
        ("el tercero", 3, None, None),
        ("quinta", None, "weekday:3", None),
        ("pra sexta às 10", None, "weekday:4", "10:00"),
        ("at 3pm", None, None, "15:00"),
    ],
)
def test_where_to_is_answered_by_a_bare_day(
    text: str, day: int | None, day_ref: str | None, time: str | None
) -> None:
    asked = AskFill(slot="to_day", turn=MOVE_RYOANJI)
    filled = _answer(asked, text)
    assert filled is not None
    assert (filled.to_day, filled.to_day_ref, filled.time) == (day, day_ref, time)


@pytest.mark.parametrize(
    ("text", "usual", "weekday"),
    [
        ("sexta", "pt", True),
        ("quinta-feira", "pt", True),
        ("a segunda", "pt", True),
        ("qui", "pt", True),
        ("el jueves", "es", True),
        ("vie", "es", True),
        ("fri", None, True),
        ("the 2nd", None, False),
        ("dia 3", "pt", False),
    ],
)
def test_a_weekday_said_to_which_day_is_no_option_number(
    text: str, usual: str | None, weekday: bool
) -> None:
    from core.agents.prompt_answers import names_a_weekday
    from core.choices import PromptKind
    from core.services.conversation_state import OPEN, Prompt

    asked = EditorFillDay(turn=ADD_AREPAS, values=[1, 2, 3, 4, 5, 6])
    prompt = Prompt(
        id="p1",
        conversation_key="web:u:i",
        user_id="u",
        itinerary_id="i",
        kind=PromptKind.SELECTION,
        labels=[f"Day {n}" for n in range(1, 7)],
        payload=asked.stored(),
        status=OPEN,
        expired=False,
    )
    message = parse(text, today=TODAY, usual_language=usual)
    assert names_a_weekday(prompt, text, message) is weekday

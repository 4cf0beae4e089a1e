"""core.repeat_request (with core.intents.said_again): "lo mismo pero el viernes", "same but
on day 3", "o mesmo mas na sexta" repeat the traveler's last request on the new day or time."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.messages import msg, use_locale
from core.protocol import ResponseType
from core.repeat_request import repeated
from core.services.itinerary import ItineraryService
from tests.core.test_orchestrator_languages import _chat

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("lo mismo pero el viernes", {"day_ref": "weekday:4"}),
        ("igual pero a las 5", {"time": "17:00"}),
        ("otra vez el jueves", {"day_ref": "weekday:3"}),
        ("repite pero pal sabado", {"day_ref": "weekday:5"}),
        ("de nuevo pero a las 9 de la noche", {"time": "21:00"}),
        ("haz lo mismo el dia 3 porfa", {"day": 3}),
        ("o mesmo mas na sexta", {"day_ref": "weekday:4"}),
        ("faz o mesmo no dia 3", {"day": 3}),
        ("mesma coisa pra quinta", {"day_ref": "weekday:3"}),
        ("same but on friday", {"day_ref": "weekday:4"}),
        ("same thing for day 4", {"day": 4}),
        ("again at 8pm", {"time": "20:00"}),
        ("do the same on day 2 pls", {"day": 2}),
        ("same again tmrw", {"day_ref": "tomorrow"}),
        ("mejor lo mismo pero el martes", {"day_ref": "weekday:1"}),
        ("hmm actually same but at 7pm", {"time": "19:00"}),
    ],
)
def test_a_repeat_says_only_when(text: str, slots: dict[str, object]) -> None:
    turn = parse(text, today=TODAY).first
    assert turn.again, turn
    for name, value in slots.items():
        assert getattr(turn, name) == value, (name, turn)


@pytest.mark.parametrize(
    "text", ["the same restaurant on friday", "same", "lo mismo", "igual me da", "again"]
)
def test_what_names_a_thing_or_no_when_is_no_repeat(text: str) -> None:
    assert not parse(text, today=TODAY).first.again


def test_the_repeat_takes_the_last_request_past_answers_and_earlier_repeats() -> None:
    said = parse("same but on day 3", today=TODAY)
    earlier = ["same but on day 2", "1", "", "add a sushi place on day 1 at 1pm", "undo"]
    found = repeated(said, earlier, TODAY, None)
    assert found is not None
    (op,) = found.ops
    assert (op.intent, op.day, op.time) == (Intent.ADD, 3, None)
    assert op.query is not None
    assert "sushi" in op.query


def test_a_move_repeated_goes_to_the_new_day() -> None:
    said = parse("lo mismo pero el dia 1", today=TODAY)
    found = repeated(said, ["pasa el museo al dia 3"], TODAY, "es")
    assert found is not None
    (op,) = found.ops
    assert (op.intent, op.to_day) == (Intent.MOVE, 1)


def test_nothing_to_repeat_is_none() -> None:
    said = parse("same but on day 3", today=TODAY)
    assert repeated(said, ["hi", "thanks!"], TODAY, None) is None


async def test_the_same_on_another_day_in_a_conversation(services) -> None:  # type: ignore[no-untyped-def]
    chat = await _chat(services, "es")
    nothing = await chat.say("lo mismo pero el día 3")
    with use_locale("es"):
        assert nothing.message == msg("again_nothing")

    _, sight = await chat.planned_sight()
    moved = await chat.say(f"pasa {sight.title} al día 3")
    assert moved.type is ResponseType.COMPLETE, moved.message
    again = await chat.say("mmm mejor lo mismo pero el día 1")
    assert again.type is ResponseType.COMPLETE, again.message
    async with services.sessions() as session:
        trip = await ItineraryService(session, services.clock).get(chat.itinerary)
    (day,) = [d.day for d in trip.days for n in d.nodes if n.id == sight.id]
    assert day == 1

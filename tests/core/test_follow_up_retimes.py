"""A short follow-up after a change ("mejor a las 11", "melhor às 16h") retimes the stop just
changed, in the traveler's language (English "actually make it 4pm": the corpus)."""

from __future__ import annotations

import pytest

from core.protocol import ResponseType
from core.services.itinerary import ItineraryService
from tests.core.test_orchestrator_languages import _chat


@pytest.mark.parametrize(
    ("locale", "first", "again", "time"),
    [
        ("es", "pasa {} a las 12", "mejor a las 11", "11:00"),
        ("es", "pasa {} a las 12", "no, mejor a las 4 de la tarde", "16:00"),
        ("pt", "passa {} pras 12h", "melhor às 16h", "16:00"),
        ("pt", "passa {} pras 12h", "ah não, melhor pras 11", "11:00"),
    ],
)
async def test_a_follow_up_retimes_the_stop_just_changed(  # type: ignore[no-untyped-def]
    services, locale: str, first: str, again: str, time: str
) -> None:
    chat = await _chat(services, locale)
    _, sight = await chat.planned_sight()
    moved = await chat.say(first.format(sight.title))
    assert moved.type is ResponseType.COMPLETE
    retimed = await chat.say(again)
    assert retimed.type in {ResponseType.COMPLETE, ResponseType.NEEDS_CONFIRMATION}
    if retimed.type is ResponseType.NEEDS_CONFIRMATION:
        retimed = await chat.say("1")
    async with services.sessions() as session:
        trip = await ItineraryService(session, services.clock).get(chat.itinerary)
    (node,) = [n for d in trip.days for n in d.nodes if n.id == sight.id]
    assert node.time == time

"""'ese restaurante' / 'esse lugar' / 'that spot' after a question about a place is that place."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from core.antecedent import points, with_antecedent
from core.intents.model import Intent
from core.intents.parse import parse
from core.protocol import ResponseType
from core.services.itinerary import ItineraryService
from core.services.places.demo import load_demo_cities
from tests.core.test_orchestrator_languages import _chat

_TODAY = dt.date(2026, 12, 7)

_POINTING = [
    "bueno, agrega ese restaurante el jueves pa almorzar",
    "dale, mete ese sitio el martes",
    "pon esa playa el dia 3 por la tarde",
    "agregá ese lugar el sabado",
    "coloca esse restaurante no dia 4 pro almoço",
    "bota esse lugar na sexta",
    "adiciona essa praia no dia 2 de manha",
    "poe aquele museu no sabado",
    "ok add that restaurant on day 2 for dinner",
    "cool put that place on friday",
    "add this spot on day 3 afternoon",
    "stick that cafe in on tuesday morning",
]


@pytest.mark.parametrize("text", _POINTING)
def test_a_demonstrative_and_a_kind_points_back(text: str) -> None:
    message = parse(text, today=_TODAY, usual_language=None)
    assert points(message)
    named = with_antecedent(message, "Fogon Costeno", [])
    assert named.first.intent is Intent.ADD
    assert named.first.query == "Fogon Costeno"


@pytest.mark.parametrize(
    "text",
    [
        "add a restaurant on day 2",
        "agrega un restaurante el jueves",
        "coloca um restaurante no dia 4",
        "add the museum on day 1",
        "pon el museo el martes",
    ],
)
def test_a_kind_without_a_demonstrative_is_a_search(text: str) -> None:
    assert not points(parse(text, today=_TODAY, usual_language=None))


def _unplanned(planned: set[str]) -> str:
    (city,) = [c for c in load_demo_cities() if c.key == "hadibo"]
    return next(
        p.candidate.name
        for p in city.places
        if p.candidate.place_id not in planned
        and "tourist_attraction" in p.candidate.types
        and re.fullmatch(r"[A-Za-z ]+", p.candidate.name)
    )


@pytest.mark.parametrize(
    ("locale", "question", "follow_up"),
    [
        ("es", "qué tal es {}?", "bueno, agrega ese sitio el día 2"),
        ("pt", "o que é {}?", "coloca esse lugar no dia 2"),
        ("es", "cuéntame de {}", "ok pon ese lugar el día 2"),
        ("pt", "como é o {}?", "bota esse sitio no dia 2 entao"),
    ],
)
async def test_that_place_after_a_question_adds_the_place_asked_about(  # type: ignore[no-untyped-def]
    services, locale: str, question: str, follow_up: str
) -> None:
    chat = await _chat(services, locale)
    async with services.sessions() as session:
        trip = await ItineraryService(session, services.clock).get(chat.itinerary)
    other = _unplanned({n.place_id for d in trip.days for n in d.nodes})
    await chat.say(question.format(other))
    added = await chat.say(follow_up)
    assert added.type in {ResponseType.COMPLETE, ResponseType.NEEDS_SELECTION}
    assert other in added.message or any(
        c.name == other for c in getattr(added.data, "candidates", [])
    )

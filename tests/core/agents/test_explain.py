"""ExplainAgent wording: facts, hours and the planner's reasons in the asker's language."""

from __future__ import annotations

import pytest

from core.agents.explain import _facts, _hours, _why_planner
from core.messages import use_locale
from core.services.places.base import PlaceDetails

PLANNED = {
    "by": "planner",
    "slot": "the morning visit on day 2",
    "reason": "it was the best-rated sight in Hadibo open at 9:30 AM",
    "slotKey": "morning",
    "day": 2,
    "kind": "sight",
    "city": "Hadibo",
    "time": "09:30",
    "rating": 4.9,
}


def details(**facts: object) -> PlaceDetails:
    return PlaceDetails(place_id="p1", name="Detwah Lagoon", **facts)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "en",
            "I picked Detwah Lagoon for the morning visit on day 2: it was the best-rated sight "
            "in Hadibo open at 9:30 AM that wasn't already in the plan (★4.9).",
        ),
        (
            "es",
            "Elegí Detwah Lagoon para la visita de la mañana del día 2: era el sitio de interés "
            "mejor calificado en Hadibo abierto a las 9:30 que aún no estaba en el plan (★4.9).",
        ),
        (
            "pt",
            "Escolhi Detwah Lagoon para a visita da manhã do dia 2: era o ponto turístico com "
            "melhor classificação em Hadibo aberto às 09:30 que ainda não estava no plano (★4.9).",
        ),
    ],
)
def test_the_planners_reason_is_worded_in_the_askers_language(locale: str, text: str) -> None:
    with use_locale(locale):
        assert _why_planner("Detwah Lagoon", PLANNED) == text


def test_a_plan_made_before_the_facts_were_kept_reads_its_stored_sentences() -> None:
    old = {"by": "planner", "slot": "the lunch", "reason": "it was open"}
    with use_locale("es"):
        assert _why_planner("Sushi Zen", old) == "Elegí Sushi Zen para the lunch: it was open."
        assert _why_planner("Sushi Zen", {"by": "planner"}).startswith(
            "Elegí Sushi Zen para una visita"
        )
    unknown_slot = {**PLANNED, "slotKey": "brunch"}
    assert _why_planner("X", unknown_slot).startswith("I picked X for the morning visit on day 2")


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("en", "★ 4.2 (1 review) · free"),
        ("es", "★ 4.2 (1 reseña) · gratis"),
        ("pt", "★ 4.2 (1 avaliação) · grátis"),
    ],
)
def test_facts_count_reviews_and_say_free_in_words(locale: str, line: str) -> None:
    with use_locale(locale):
        lines = _facts("Garden", details(rating=4.2, rating_count=1, price_level=0), {})
    assert line in lines


@pytest.mark.parametrize(
    ("facts", "locale", "text"),
    [
        ({"daily_hours": ("09:00", "17:30")}, "es", "Todos los días: 09:00–17:30"),
        ({"daily_hours": ("09:00", "17:30")}, "en", "Every day: 09:00–17:30"),
        ({"always_open": True}, "pt", "Aberto 24 horas"),
        ({"opening_hours": ["Monday: 9 AM–5 PM"]}, "es", "Monday: 9 AM–5 PM"),
        ({}, "es", ""),
    ],
)
def test_hours_known_as_times_are_worded_else_shown_as_given(
    facts: dict[str, object], locale: str, text: str
) -> None:
    with use_locale(locale):
        assert _hours(details(**facts)) == text

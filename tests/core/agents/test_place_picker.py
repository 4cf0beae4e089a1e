"""core.agents.place_picker: which cards a meal gets first."""

from __future__ import annotations

from core.agents.place_picker import fit_for_meal
from core.intents.model import Meal
from core.protocol import PlaceCandidate


def _eatery(name: str, types: list[str], hours: tuple[str, str] | None) -> PlaceCandidate:
    return PlaceCandidate(place_id=f"demo-x-{name}", name=name, types=types, daily_hours=hours)


def test_places_open_at_the_meal_and_of_its_kind_come_first() -> None:
    found = [
        _eatery("late bar", ["bar"], ("18:00", "02:00")),
        _eatery("dinner only", ["restaurant"], ("18:00", "23:00")),
        _eatery("tea room", ["cafe"], ("09:00", "18:00")),
        _eatery("all day", ["restaurant"], None),
    ]
    lunch = [c.name for c in fit_for_meal(found, Meal.LUNCH, "13:00")]
    assert lunch == ["all day", "tea room", "dinner only", "late bar"]
    breakfast = [c.name for c in fit_for_meal(found, Meal.BREAKFAST, "09:00")]
    assert breakfast[0] == "tea room"

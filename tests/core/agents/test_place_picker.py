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


def test_with_two_places_fit_for_the_meal_the_others_are_left_out() -> None:
    found = [
        _eatery("taqueria", ["restaurant"], ("08:00", "22:00")),
        _eatery("corner cafe", ["cafe"], ("07:00", "17:00")),
        _eatery("bakery", ["bakery"], ("06:00", "14:00")),
    ]
    breakfast = [c.name for c in fit_for_meal(found, Meal.BREAKFAST, "08:30")]
    assert breakfast == ["corner cafe", "bakery"]
    dinner = [c.name for c in fit_for_meal(found, Meal.DINNER, "19:30")]
    assert dinner[0] == "taqueria"
    assert len(dinner) == 3  # one place fit for dinner: nothing is left out


def test_a_name_searched_as_typed_counts_only_when_it_says_the_lost_word() -> None:
    from core.agents.place_picker import named_by
    from core.protocol import Coordinates, PlaceCandidate

    def place(name: str) -> PlaceCandidate:
        return PlaceCandidate(place_id=name, name=name, coordinates=Coordinates(lat=0, lng=0))

    found = [place("Parque da Cidade"), place("Polvo & Vinho"), place("Cantina de Miragaia")]
    assert [c.name for c in named_by(found, "polvo & vinho", "octopus wine")] == ["Polvo & Vinho"]
    assert [c.name for c in named_by(found, "cantina de miragaia", "bar miragaia")] == [
        "Cantina de Miragaia"
    ]
    assert named_by(found, "marisco da cidade", "seafood cidade") == []

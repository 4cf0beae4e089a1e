"""Offline DEMO place search on a bundled, labeled dataset; used only when no API key is set."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import time
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from core.clock import Clock
from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import SIGHT_TYPES, PlaceDetails, PlaceQuery
from core.text import fold, similar

DEMO_ID_PREFIX = "demo-"

# Words that say nothing about which place is meant.
_FILLER = frozenset(
    "a an the in at near of for some somewhere place places spot spots good nice great best "
    "to go eat with and on day visit around local new".split()
)
# Category words narrow by type; they also match a place's own keywords.
_CATEGORIES: dict[str, frozenset[str]] = {
    word: frozenset(types)
    for words, types in (
        (
            "restaurant restaurants food dinner lunch meal",
            ("restaurant", "cafe", "bakery"),
        ),
        # "brunch" is a kind of its own: a place says it in its keywords ("brunch" below).
        ("breakfast", ("cafe", "bakery")),
        ("cafe cafes coffee", ("cafe", "bakery")),
        ("bar bars pub drinks nightlife", ("bar", "night_club")),
        ("hotel hotels lodging stay accommodation hostel", ("lodging",)),
        ("museum museums gallery", ("museum",)),
        ("park parks garden gardens", ("park",)),
        ("beach beaches", ("beach",)),
        ("hike hiking trail", ("hiking_area", "park")),
        (
            "sight sights attraction attractions landmark sightseeing",
            tuple(SIGHT_TYPES),
        ),
    )
    for word in words.split()
}


# Meals a place of another type may still serve, said in its keywords ("breakfast").
_SERVED = frozenset({"breakfast", "brunch"})
# Who serves them: a hotel's breakfast is for its guests, not a breakfast card.
_EATERIES = frozenset({"restaurant", "cafe", "bakery", "bar"})


@dataclass(frozen=True)
class _DemoPlace:
    candidate: PlaceCandidate
    name_words: frozenset[str]
    words: frozenset[str]
    opens: time | None
    closes: time | None
    hours_text: tuple[str, str] | None
    description: str | None


@dataclass(frozen=True)
class _DemoCity:
    key: str
    name: str
    names: frozenset[str]
    timezone: ZoneInfo
    center: Coordinates
    places: tuple[_DemoPlace, ...]


def _parse_time(value: str) -> time:
    hours, minutes = (int(part) for part in value.split(":"))
    return time(0, 0) if hours == 24 else time(hours, minutes)


def _load_place(city_key: str, raw: dict[str, Any]) -> _DemoPlace:
    words = fold(" ".join([raw["name"], *raw["keywords"], *raw["cuisine"], *raw["types"]])).split()
    hours = raw.get("hours")
    candidate = PlaceCandidate(
        place_id=raw["id"]
        if raw["id"].startswith(DEMO_ID_PREFIX)
        else f"{DEMO_ID_PREFIX}{city_key}-{raw['id']}",
        name=raw["name"],
        rating=raw.get("rating"),
        rating_count=raw.get("ratingCount"),
        price_level=raw.get("priceLevel"),
        formatted_address=raw.get("address"),
        coordinates=Coordinates(**raw["location"]),
        cuisine=raw.get("cuisine", []),
        types=raw.get("types", []),
        keywords=raw.get("keywords", []),
        daily_hours=(hours["open"], hours["close"]) if hours else None,
    )
    return _DemoPlace(
        candidate=candidate,
        name_words=frozenset(fold(raw["name"]).split()),
        words=frozenset(words),
        opens=_parse_time(hours["open"]) if hours else None,
        closes=_parse_time(hours["close"]) if hours else None,
        hours_text=(hours["open"], hours["close"]) if hours else None,
        description=raw.get("description"),
    )


def load_demo_cities() -> list[_DemoCity]:
    """Read the bundled demo dataset."""
    text = resources.files("core.data").joinpath("demo_places.json").read_text(encoding="utf-8")
    cities = []
    for raw in json.loads(text)["cities"]:
        names = {fold(raw["name"]), raw["key"], *(fold(alias) for alias in raw.get("aliases", []))}
        cities.append(
            _DemoCity(
                key=raw["key"],
                name=raw["name"],
                names=frozenset(names),
                timezone=ZoneInfo(raw["timezone"]),
                center=Coordinates(**raw["center"]),
                places=tuple(_load_place(raw["key"], place) for place in raw["places"]),
            )
        )
    return cities


def _is_open(place: _DemoPlace, local: time) -> bool | None:
    if place.opens is None or place.closes is None:
        return True
    if place.opens < place.closes:
        return place.opens <= local < place.closes
    return local >= place.opens or local < place.closes  # open past midnight


def _matches(word: str, place_words: frozenset[str]) -> bool:
    return any(
        similar(word, candidate) or (candidate.startswith(word) and len(word) >= 4)
        for candidate in place_words
    )


class DemoPlacesProvider:
    """Search over demo data. Every result's id starts with 'demo-' so it is never mistaken."""

    is_demo = True

    def __init__(self, clock: Clock, cities: list[_DemoCity] | None = None) -> None:
        self._clock = clock
        self._cities = cities if cities is not None else load_demo_cities()

    @property
    def covered_cities(self) -> list[str] | None:
        """Display names of the demo cities: the only ones demo search knows."""
        return [city.name for city in self._cities]

    def _find_city(self, name: str | None) -> _DemoCity | None:
        folded = fold(name or "")
        return next((city for city in self._cities if folded in city.names), None)

    def city_center(self, city: str) -> Coordinates | None:
        """The demo dataset's center of a city."""
        found = self._find_city(city)
        return found.center if found else None

    def _find(self, place_id: str) -> tuple[_DemoCity, _DemoPlace] | None:
        for city in self._cities:
            for place in city.places:
                if place.candidate.place_id == place_id:
                    return city, place
        return None

    def place(self, place_id: str) -> PlaceCandidate | None:
        """One demo place by id."""
        found = self._find(place_id)
        return found[1].candidate if found else None

    async def details(self, place_id: str) -> PlaceDetails | None:
        """Details from the demo dataset: hours, description, rating, coordinates."""
        found = self._find(place_id)
        if found is None:
            return None
        city, place = found
        c = place.candidate
        local_now = self._clock.now().astimezone(city.timezone).time()
        hours = place.hours_text
        return PlaceDetails(
            place_id=c.place_id,
            name=c.name,
            rating=c.rating,
            rating_count=c.rating_count,
            price_level=c.price_level,
            formatted_address=c.formatted_address,
            coordinates=c.coordinates,
            opening_hours=[f"Every day: {hours[0]}–{hours[1]}"] if hours else ["Open 24 hours"],
            daily_hours=hours,
            always_open=hours is None,
            is_open_now=_is_open(place, local_now),
            description=place.description,
            description_language="en",  # the demo data is written in English
        )

    async def search(self, query: PlaceQuery) -> list[PlaceCandidate]:
        """Places of the query's city whose words contain every specific word of the query."""
        text = query.text
        city = self._find_city(query.city)
        head, sep, tail = text.rpartition(" in ")
        if sep and (named := self._find_city(tail)) is not None:
            city, text = named, head
        if city is None:
            return []
        words = [w for w in fold(text).split() if w not in _FILLER]
        # "Hadibo Sushi in Hadibo": the city's name may be part of a place's name; only when
        # nothing matches with it is it dropped as mere location.
        without_city = [w for w in words if w not in city.names]
        if not without_city:
            return []
        found = self._match(city, words)
        if not found and without_city != words:
            found = self._match(city, without_city)
        if not found:
            found = self._match_phrase(city, without_city)
        if not found:
            found = self._match_known(city, without_city)
        return found

    def _match_phrase(self, city: _DemoCity, words: list[str]) -> list[PlaceCandidate]:
        """Places tagged with the query's words as one phrase ("beach shack", "afternoon tea").

        A category word inside a tag ("beach" in "beach shack") would otherwise ask for a
        beach; a search engine reads the words together.
        """
        if len(words) < 2:
            return []
        phrase = f" {' '.join(words)} "
        local_now = self._clock.now().astimezone(city.timezone).time()
        return [
            place.candidate.model_copy(update={"is_open_now": _is_open(place, local_now)})
            for place in city.places
            if any(
                phrase in f" {fold(tag)} "
                for tag in (*place.candidate.keywords, *place.candidate.cuisine)
            )
        ]

    def _match_known(self, city: _DemoCity, words: list[str]) -> list[PlaceCandidate]:
        """The places named by the query's known words, ignoring words no place has.

        Like a real search engine, words no place of the city has ("nishiki market on wed",
        "holyroodhouse works") do not sink a query whose other words name a place; but at least
        one specific word must be known, so "zorblax restaurant" still finds nothing.
        """
        known = [
            word
            for word in words
            if word in _CATEGORIES or any(_matches(word, place.words) for place in city.places)
        ]
        if known == words or not any(word not in _CATEGORIES for word in known):
            return []
        return self._match(city, known)

    def _match(self, city: _DemoCity, words: list[str]) -> list[PlaceCandidate]:
        wanted_types: set[str] = set()
        categories: set[str] = set()
        specific: list[str] = []
        for word in words:
            if word in _CATEGORIES:
                wanted_types |= _CATEGORIES[word]
                categories.add(word)
            else:
                specific.append(word)
        if not specific and not wanted_types:
            return []
        local_now = self._clock.now().astimezone(city.timezone).time()
        return [
            place.candidate.model_copy(update={"is_open_now": _is_open(place, local_now)})
            for place in city.places
            if (
                not wanted_types
                or wanted_types & set(place.candidate.types)
                or (categories & _SERVED & place.words and _EATERIES & set(place.candidate.types))
                or categories & place.name_words  # "Kuro Sushi Bar" is a restaurant
            )
            and all(_matches(word, place.words) for word in specific)
        ]

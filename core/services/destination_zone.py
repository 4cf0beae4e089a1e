"""The time zone of a trip's destination (item times are local times there)."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.services.places.demo import load_demo_cities
from core.text import fold


@cache
def _known_zones() -> dict[str, str]:
    zones: dict[str, str] = {}
    for city in load_demo_cities():
        for name in city.names:
            zones[name] = city.timezone.key
    return zones


def destination_zone(destination: str, fallback: str | None = None) -> ZoneInfo:
    """The destination's zone when known, else `fallback` (the traveler's), else UTC."""
    city = fold(destination.split(",", maxsplit=1)[0].strip())
    key = _known_zones().get(city) or fallback or "UTC"
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")

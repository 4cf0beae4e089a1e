"""Distances on the globe."""

from __future__ import annotations

import math

from core.protocol import Coordinates

_EARTH_RADIUS_M = 6_371_000


def distance_meters(a: Coordinates, b: Coordinates) -> int:
    """Great-circle distance, rounded to whole meters."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat = lat2 - lat1
    dlng = math.radians(b.lng - a.lng)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlng / 2) ** 2
    return round(2 * _EARTH_RADIUS_M * math.asin(math.sqrt(h)))


def centroid(points: list[Coordinates]) -> Coordinates | None:
    """The average of a few nearby points (good enough inside one city)."""
    if not points:
        return None
    return Coordinates(
        lat=sum(p.lat for p in points) / len(points),
        lng=sum(p.lng for p in points) / len(points),
    )

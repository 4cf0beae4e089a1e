"""The details an "Added …" message gains once a place is enriched (pure, current language).

One note per place: its name with rating and price, its hours, a link (website, else a map)
and a photo. Hours are shown only when they can be said in the traveler's language: from the
structured data (every day the same, always open) or the provider's weekday lines when every
day reads the same; hours that vary by day are left to "is it open now?".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from core.domain.itinerary import Node
from core.messages import msg
from core.presentation import PRICE_SIGNS

MAPS_SEARCH = "https://www.google.com/maps/search/"
DEMO_PREFIX = "demo-"  # demo place ids are not Google's: a map link uses coordinates only
_WEEKDAY_LINE = re.compile(r"^[^:]+:\s*(?P<hours>.+)$")
_DASH = re.compile(r"\s*[–—-]\s*")
_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$")
_DAYS_IN_WEEK = 7


@dataclass(frozen=True)
class PlaceNote:
    """One place's fresh details as the edited message shows them."""

    name: str
    lines: tuple[str, ...]
    photo_url: str | None = None


def place_note(node: Node) -> PlaceNote | None:
    """The note for an enriched node; None when its details hold nothing worth showing."""
    enrichment: Mapping[str, Any] = node.enrichment or {}
    snapshot = node.place
    name = snapshot.name if snapshot is not None else node.title
    headline = _headline(enrichment)
    lines = [f"ℹ️ {name} · {headline}" if headline else f"ℹ️ {name}"]
    if hours := opening_hours(enrichment):
        lines.append(f"🕒 {hours}")
    if link := _link(enrichment, node):
        lines.append(link)
    photo = _first_photo(enrichment) or (snapshot.photo_url if snapshot is not None else None)
    photo = photo if _is_web_url(photo) else None
    if len(lines) == 1 and not headline and photo is None:
        return None
    return PlaceNote(name, tuple(lines), photo)


def opening_hours(enrichment: Mapping[str, Any]) -> str | None:
    """'Every day: 11:00–22:00' / 'Open 24 hours' in the current language, or None."""
    if enrichment.get("alwaysOpen"):
        return msg("hours_always_open")
    daily = enrichment.get("dailyHours")
    if isinstance(daily, list | tuple) and len(daily) == 2:
        return msg("hours_daily", opens=daily[0], closes=daily[1])
    weekly = enrichment.get("openingHours")
    if isinstance(weekly, list) and len(weekly) == _DAYS_IN_WEEK:
        return _same_every_day(weekly)
    return None


def _same_every_day(weekly: list[Any]) -> str | None:
    """The provider's 'Monday: 11:00 AM – 10:00 PM' lines, when all seven say the same."""
    spans = set()
    for line in weekly:
        match = _WEEKDAY_LINE.match(" ".join(str(line).split()))
        if match is None:
            return None
        spans.add(match.group("hours"))
    if len(spans) != 1:
        return None
    span = spans.pop()
    if span.lower() == "open 24 hours":
        return msg("hours_always_open")
    clock = to_24_hour(span)
    if clock is None:
        return None
    opens, _, closes = clock.partition("–")
    return msg("hours_daily", opens=opens, closes=closes)


def to_24_hour(span: str) -> str | None:
    """'11:00 AM – 2:30 PM, 5:00 – 10:00 PM' → '11:00–14:30, 17:00–22:00'; None if unreadable.

    A start without AM/PM takes its end's, as the provider writes them ("5:00 – 10:00 PM").
    Only spans made of times are read: words ("Closed") give None, never English text.
    """
    converted = []
    for part in span.split(","):
        ends = _DASH.split(part.strip())
        if len(ends) != 2:
            return None
        opens, closes = _CLOCK.match(ends[0]), _CLOCK.match(ends[1])
        if opens is None or closes is None:
            return None
        closes_in = closes.group(3)
        start = _clock_24(opens, opens.group(3) or closes_in)
        end = _clock_24(closes, closes_in)
        if start is None or end is None:
            return None
        converted.append(f"{start}–{end}")
    return ", ".join(converted) if converted else None


def _clock_24(match: re.Match[str], period: str | None) -> str | None:
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if period is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if period.lower() == "p" else 0)
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _headline(enrichment: Mapping[str, Any]) -> str:
    """'★ 4.5 (234 reviews) · $$$' from what is known."""
    parts = []
    rating = enrichment.get("rating")
    if isinstance(rating, int | float):
        count = enrichment.get("ratingCount")
        reviews = f" ({msg('review_count', count=count)})" if isinstance(count, int) else ""
        parts.append(f"★ {rating}{reviews}")
    price = enrichment.get("priceLevel")
    if isinstance(price, int):
        parts.append(msg("price_free") if price == 0 else PRICE_SIGNS.get(price, ""))
    return " · ".join(part for part in parts if part)


def _link(enrichment: Mapping[str, Any], node: Node) -> str | None:
    """The place's website, else a map link to it."""
    website = enrichment.get("website")
    if isinstance(website, str) and _is_web_url(website):
        return f"🔗 {msg('details_website', url=website)}"
    coordinates = enrichment.get("coordinates")
    if not isinstance(coordinates, Mapping) and node.place and node.place.coordinates:
        coordinates = node.place.coordinates.model_dump()
    if not isinstance(coordinates, Mapping):
        return None
    lat, lng = coordinates.get("lat"), coordinates.get("lng")
    if not isinstance(lat, int | float) or not isinstance(lng, int | float):
        return None
    query = {"api": "1", "query": f"{lat},{lng}"}
    place_id = node.place_id or ""
    if place_id and not place_id.startswith(DEMO_PREFIX):
        query["query_place_id"] = place_id
    url = f"{MAPS_SEARCH}?{urlencode(query, safe=',')}"
    return f"🗺️ {msg('details_map', url=url)}"


def _first_photo(enrichment: Mapping[str, Any]) -> str | None:
    photos = enrichment.get("photos")
    if isinstance(photos, list) and photos and isinstance(photos[0], str):
        return photos[0]
    return None


def _is_web_url(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("https://", "http://"))

"""Answers about one aspect of one place: its price, rating, address, visit length or distance.

Only what place data holds is said (a price level, a rating); what it does not hold (entry
fees, how long a visit takes, distances) is said to be unknown, never guessed.
"""

from __future__ import annotations

from typing import Any

from core.messages import current_language, msg
from core.services.places.base import PlaceDetails

_PRICE = {1: "$", 2: "$$", 3: "$$$", 4: "$$$$"}
ASPECTS = frozenset({"price", "rating", "duration", "distance", "address"})


def description_of(details: PlaceDetails | None) -> str | None:
    """The place's description when it is written in the answer's language, else None.

    Demo data and providers without a localized summary write in English; an English sentence
    inside a Spanish or Portuguese answer is left out rather than shown.
    """
    if details is None or not details.description:
        return None
    written_in = details.description_language or "en"
    return details.description if written_in == current_language() else None


def _field(details: PlaceDetails | None, snapshot: dict[str, Any], attr: str, key: str) -> Any:
    found = getattr(details, attr, None) if details is not None else None
    return found if found is not None else snapshot.get(key)


def rating_line(details: PlaceDetails | None, snapshot: dict[str, Any]) -> str | None:
    """'★ 4.7 (520 reviews)', or None without a rating."""
    rating = _field(details, snapshot, "rating", "rating")
    if rating is None:
        return None
    count = _field(details, snapshot, "rating_count", "ratingCount")
    reviews = f" ({msg('review_count', count=int(count))})" if count else ""
    return f"★ {rating}{reviews}"


def aspect_lines(
    aspect: str, name: str, details: PlaceDetails | None, snapshot: dict[str, Any]
) -> list[str]:
    """The lines answering `aspect` (one of ASPECTS) about the place `name`."""
    rating = rating_line(details, snapshot)
    if aspect == "price":
        level = _field(details, snapshot, "price_level", "priceLevel")
        if level is None:
            first = msg("place_price_none", name=name)
        else:
            sign = msg("price_free") if int(level) == 0 else _PRICE.get(int(level), "")
            first = msg("place_price", name=name, level=sign)
        return [first, msg("place_no_fees")]
    if aspect == "rating":
        if rating is None:
            return [msg("place_rating_none", name=name)]
        return [f"{name}: {rating}"]
    if aspect == "duration":
        return [msg("place_duration_none", name=name), *([f"{name}: {rating}"] if rating else [])]
    address = _field(details, snapshot, "formatted_address", "formattedAddress")
    if aspect == "address":
        if not address:
            return [msg("place_address_none", name=name)]
        return [msg("place_address", name=name, address=address)]
    if address:
        return [msg("place_distance_none"), msg("place_address", name=name, address=address)]
    return [msg("place_distance_none")]

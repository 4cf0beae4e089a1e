"""Google Places API (New) answers → our place models. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.protocol import Coordinates, PlaceCandidate
from core.services.places.base import PlaceDetails, Review

SEARCH_FIELD_MASK = ",".join(
    f"places.{field}"
    for field in (
        "id",
        "displayName",
        "rating",
        "userRatingCount",
        "priceLevel",
        "formattedAddress",
        "location",
        "photos",
        "currentOpeningHours.openNow",
        "types",
        "primaryTypeDisplayName",
    )
)
DETAILS_FIELD_MASK = ",".join(
    (
        "id",
        "displayName",
        "rating",
        "userRatingCount",
        "priceLevel",
        "formattedAddress",
        "location",
        "regularOpeningHours.weekdayDescriptions",
        "currentOpeningHours.openNow",
        "photos",
        "reviews",
        "editorialSummary",
        "websiteUri",
        "nationalPhoneNumber",
    )
)
MAX_PHOTOS = 5
MAX_REVIEWS = 5
PRICE_LEVELS = {
    "PRICE_LEVEL_FREE": 0,
    "PRICE_LEVEL_INEXPENSIVE": 1,
    "PRICE_LEVEL_MODERATE": 2,
    "PRICE_LEVEL_EXPENSIVE": 3,
    "PRICE_LEVEL_VERY_EXPENSIVE": 4,
}
_NON_CUISINE_SUFFIX = "_restaurant"
# A photo resource name → the URL of our own (signed) photo route for it.
PhotoUrl = Callable[[str], str]


def parse_place(raw: dict[str, Any], photo_url: PhotoUrl | None) -> PlaceCandidate | None:
    """One `places[]` item of a searchText answer → PlaceCandidate (None if unusable)."""
    place_id = raw.get("id")
    name = (raw.get("displayName") or {}).get("text")
    if not place_id or not name:
        return None
    location = raw.get("location") or {}
    coordinates = (
        Coordinates(lat=location["latitude"], lng=location["longitude"])
        if "latitude" in location and "longitude" in location
        else None
    )
    photos = raw.get("photos") or []
    first_photo = None
    if photos and photo_url and isinstance(photos[0], dict) and photos[0].get("name"):
        # Our own photo route resolves the media URL server-side: the API key never leaves us.
        first_photo = photo_url(str(photos[0]["name"]))
    types = [str(t) for t in raw.get("types") or []]
    cuisine = [
        t.removesuffix(_NON_CUISINE_SUFFIX).replace("_", " ").title()
        for t in types
        if t.endswith(_NON_CUISINE_SUFFIX)
    ]
    return PlaceCandidate(
        place_id=place_id,
        name=name,
        rating=raw.get("rating"),
        rating_count=raw.get("userRatingCount"),
        price_level=PRICE_LEVELS.get(raw.get("priceLevel", "")),
        formatted_address=raw.get("formattedAddress"),
        coordinates=coordinates,
        photo_url=first_photo,
        is_open_now=(raw.get("currentOpeningHours") or {}).get("openNow"),
        cuisine=cuisine,
        types=types,
        keywords=[kind] if (kind := (raw.get("primaryTypeDisplayName") or {}).get("text")) else [],
    )


def parse_details(raw: dict[str, Any], photo_url: PhotoUrl | None) -> PlaceDetails | None:
    """A Place Details answer → PlaceDetails; photos become our own redirect URLs."""
    basic = parse_place(raw, None)
    if basic is None:
        return None
    photos = [
        photo_url(str(photo["name"]))
        for photo in (raw.get("photos") or [])[:MAX_PHOTOS]
        if photo_url and isinstance(photo, dict) and photo.get("name")
    ]
    reviews = [
        Review(
            author=(review.get("authorAttribution") or {}).get("displayName"),
            rating=review.get("rating"),
            text=text,
            when=review.get("relativePublishTimeDescription"),
        )
        for review in (raw.get("reviews") or [])[:MAX_REVIEWS]
        if isinstance(review, dict)
        and (text := ((review.get("text") or {}).get("text") or "").strip())
    ]
    hours = (raw.get("regularOpeningHours") or {}).get("weekdayDescriptions") or []
    return PlaceDetails(
        place_id=basic.place_id,
        name=basic.name,
        rating=basic.rating,
        rating_count=basic.rating_count,
        price_level=basic.price_level,
        formatted_address=basic.formatted_address,
        coordinates=basic.coordinates,
        opening_hours=[str(line) for line in hours],
        is_open_now=basic.is_open_now,
        photos=photos,
        reviews=reviews,
        description=(raw.get("editorialSummary") or {}).get("text"),
        description_language=_language_code(
            (raw.get("editorialSummary") or {}).get("languageCode")
        ),
        website=raw.get("websiteUri"),
        phone=raw.get("nationalPhoneNumber"),
    )


def _language_code(code: object) -> str | None:
    """'es-419' → 'es': the language of a localized text, as the message catalog names it."""
    return code.split("-", 1)[0].lower() if isinstance(code, str) and code else None

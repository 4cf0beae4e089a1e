"""Pure rules for place requests: vagueness, name matches, node types, wishes, wording."""

from __future__ import annotations

import re

from core.domain.itinerary import NodeType
from core.intents.model import Meal, Preferences
from core.intents.place_words import search_terms
from core.locale_format import format_names
from core.messages import current_language, msg
from core.protocol import PlaceCandidate
from core.services.places.base import SIGHT_TYPES, PlaceSearchFilters
from core.text import fold, similar

_VAGUE_WORDS = frozenset(
    "a an the some any place places spot spots somewhere something thing stop activity "
    "good nice new interesting cool fun "
    # "quiero agregar algo al viaje", "adiciona uma coisa na viagem": the trip is no kind
    "to in on my our al a la el del de un una algo cosa lugar sitio uma um coisa alguma algum "
    "na no ao trip viaje viagem itinerary roteiro plan".split()
)
_NAME_GENERIC = frozenset("restaurant cafe bar hotel the de la el le".split())
_EATERY_TYPES = frozenset({"restaurant", "cafe", "bar", "bakery", "meal_takeaway", "food"})


# Where a remark glued to a place phrase starts ("ramen que ya estaremos hartos de ajiaco",
# "sushi because my wife loves it", "tapas, the kids are tired"): only tried when the whole
# phrase found nothing.
_REMARK_CUT = re.compile(
    r"\s+(?:que|q|porque|por\s+que|pq|xq|because|cause|coz|cuz|since|pero|but|mas|ya|so|como|we|i|my|mi|"
    r"mis|nos|a\s+gente|la\s+gente|lo\s+que|lo\s+q|o\s+que|tipo|like|pra\s+gente|"
    r"para\s+nosotros)\b.*$|\s*[,;:.!?]+\s.*$|\s+-+\s.*$",
    re.IGNORECASE,
)


def query_head(query: str | None) -> str | None:
    """The place phrase before a remark glued to it, or None when there is no such remark."""
    if not query:
        return None
    head = _REMARK_CUT.sub("", query).strip(" ,.;:!?-")
    return head if head and head != query.strip() and not is_vague(head) else None


# "and", "e", "y", "n" between two words of a name ("Thistle and Stag", "Polvo e Vinho").
_JOINED = re.compile(r"\s+(?:and|e|y|n|\+)\s+", re.IGNORECASE)


def as_named(query: str) -> str:
    """A phrase as a place's name: untranslated, its joining word as the "&" names use.

    Names keep their own words ("Polvo & Vinho" is no "octopus wine"), and travelers write
    the ampersand as "and", "e" or "y".
    """
    return _JOINED.sub(" & ", query.strip())


_ALTERNATIVES = re.compile(r"\s*(?:,|\s+or\s+|\s+o\s+|\s+ou\s+|\s*/\s*)\s*", re.IGNORECASE)


def alternatives(query: str | None) -> list[str]:
    """The kinds a phrase offers as alternatives ("udon o soba", "a museum or gallery")."""
    parts = [p.strip() for p in _ALTERNATIVES.split(query or "") if p.strip()]
    return parts if len(parts) > 1 and not any(is_vague(p) for p in parts) else []


def is_vague(query: str | None) -> bool:
    """True when a query names no kind of place at all ('a place', 'something')."""
    return not [w for w in fold(query or "").split() if w not in _VAGUE_WORDS]


def node_type_for(candidate: PlaceCandidate, meal: Meal | None) -> NodeType:
    """What kind of itinerary item a chosen place becomes."""
    types = set(candidate.types)
    if meal is not None or types & _EATERY_TYPES:
        return NodeType.MEAL
    if "lodging" in types:
        return NodeType.LODGING
    if types & {"airport", "transit_station", "train_station", "bus_station"}:
        return NodeType.TRANSPORT
    if types & SIGHT_TYPES:
        return NodeType.ATTRACTION
    return NodeType.ACTIVITY


def strong_match(query: str, candidates: list[PlaceCandidate]) -> PlaceCandidate | None:
    """The one candidate whose whole name the traveler typed ('Sushi Zen restaurant')."""
    query_words = fold(query).split()

    def exact_words(candidate: PlaceCandidate) -> bool:
        words = [w for w in fold(candidate.name).split() if w not in _NAME_GENERIC]
        return all(w in query_words for w in words)

    def named(candidate: PlaceCandidate) -> bool:
        words = [w for w in fold(candidate.name).split() if w not in _NAME_GENERIC]
        return bool(words) and all(any(similar(w, q) for q in query_words) for w in words)

    hits = [c for c in candidates if named(c)]
    if len(hits) > 1:
        # "Ginkaku-ji" is close to Kinkaku-ji too: the one spelled as typed wins, if only one.
        exact = [c for c in hits if exact_words(c)]
        hits = exact if len(exact) == 1 else hits
    return hits[0] if len(hits) == 1 else None


def what_phrase(query: str | None, meal: Meal | None, count: int) -> str:
    """What was searched, for messages: 'sushi place' → 'sushi places', a meal → 'lunch places'.

    English inflects the traveler's own words; other languages get a neutral phrase around
    them ("5 opciones para «sushi»"), since their words can't be pluralized by rule.
    """
    plural = count != 1
    text = _ARTICLE.sub("", query or "").strip()
    if current_language() != "en":
        searched = text or (msg(f"meal_{meal.value}") if meal else "")
        if not searched:
            return msg("search_options", count=count)
        return msg("search_what", count=count, query=searched)
    if not text:
        return f"{meal.value} {'places' if plural else 'place'}" if meal else "places"
    head, _, last = text.rpartition(" ")
    if fold(last) in _NOUNS:
        noun = last.rstrip("s") + ("s" if plural else "")
        return f"{head} {noun}".strip()
    return f"{text} {'places' if plural else 'place'}"


_ARTICLE = re.compile(r"^(?:a|an|the|some)\s+", re.IGNORECASE)
_NOUNS = frozenset(
    {
        "place",
        "places",
        "restaurant",
        "restaurants",
        "spot",
        "spots",
        "cafe",
        "cafes",
        "bar",
        "bars",
        "museum",
        "museums",
        "hotel",
        "hotels",
        "park",
        "parks",
        "beach",
        "beaches",
    }
)


def search_filters(preferences: Preferences | None) -> PlaceSearchFilters | None:
    """The search filters a traveler's wishes ask for."""
    if preferences is None:
        return None
    return PlaceSearchFilters(
        min_rating=preferences.min_rating,
        price_levels=preferences.price_levels,
        open_now=preferences.open_now,
    )


def describe(preferences: Preferences) -> str:
    """'★4.5+, $–$$, open now' for messages."""
    parts = []
    if preferences.min_rating is not None:
        parts.append(f"★{preferences.min_rating:g}+")
    if preferences.price_levels:
        signs = ["$" * level if level else msg("price_free") for level in preferences.price_levels]
        parts.append("–".join([signs[0], signs[-1]]) if len(signs) > 1 else signs[0])
    if preferences.open_now:
        parts.append(msg("open_now"))
    return format_names(parts)


def of_the_kind_said(query: str | None, candidates: list[PlaceCandidate]) -> list[PlaceCandidate]:
    """Only the restaurants, when the traveler said "restaurant" and at least two are.

    "un restaurante romántico": a romantic café is no restaurant card when there are romantic
    restaurants to offer (the search reads "restaurant" as any eatery).
    """
    if not query or "restaurant" not in search_terms(query).split():
        return candidates
    said = [c for c in candidates if "restaurant" in c.types]
    return said if len(said) >= _ENOUGH_OF_THE_KIND else candidates


_ENOUGH_OF_THE_KIND = 2

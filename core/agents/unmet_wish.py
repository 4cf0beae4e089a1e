"""When a wish leaves no place of the kind asked: the places of that kind that come closest.

"agrega un sushi barato el día 2" where every sushi bar is dear, "cambia el kaiseki por algo
más barato, tipo izakaya" where the one izakaya is mid-priced, "a café open right now" at
dawn: the kind exists, but none meets the wish. "Nothing found" hides what there is; a person
would show the places of that kind closest to the wish (the cheapest first, the best rated
first, the open ones first) and say, in one line, which wish none of them meets.

Only a search that worked and found nothing of the kind with the wish is retried without it
(the search ladder's NoPlaces, or its meal-alone fallback); a kind the city lacks stays
"nothing found".
"""

from __future__ import annotations

from dataclasses import dataclass

from core.agents.base import AgentResult
from core.agents.place_picker import NoPlaces
from core.agents.place_rules import search_filters
from core.agents.search_ladder import Found, Search, search_ladder
from core.intents.browse import kinds_named
from core.intents.model import Meal, Preferences
from core.locale_format import format_names
from core.messages import msg
from core.protocol import PlaceCandidate
from core.services.places.base import PlaceSearchFilters
from core.services.places.resolution import passes

_UNKNOWN_GAP = 5  # a price or rating the data lacks is farther than any known one


@dataclass(frozen=True)
class Nearest:
    """Places of the kind asked, closest to the wish first, and the line naming the unmet wish."""

    candidates: list[PlaceCandidate]
    query: str | None
    line: str


def worth_a_retry(searched: Found | AgentResult, query: str | None) -> bool:
    """Whether a wished search found nothing of the kind asked.

    Nothing at all (never a provider that is down), or only places of the meal or wish alone,
    the words that said the kind left out ("lobster for dinner, cheap" → any cheap dinner).
    """
    if isinstance(searched, AgentResult):
        return isinstance(searched, NoPlaces)
    # "… pra jantar, tamo duro": no kind was said, the meal alone is what was asked
    return bool(kinds_named(query or "")) and searched.loosened and searched.query is None


def _one_wish_each(preferences: Preferences) -> list[Preferences]:
    """The wishes said, one by one ("cheap and open now" → cheap; open now)."""
    wishes = []
    if preferences.min_rating is not None:
        wishes.append(Preferences(min_rating=preferences.min_rating))
    if preferences.price_levels:
        wishes.append(Preferences(price_levels=preferences.price_levels))
    if preferences.open_now:
        wishes.append(Preferences(open_now=True))
    return wishes


def _filters(wish: Preferences) -> PlaceSearchFilters:
    filters = search_filters(wish)
    assert filters is not None  # noqa: S101 - a wish always makes filters
    return filters


def _wish_words(wish: Preferences) -> str:
    """One wish in the traveler's language: "cheap", "★4.5+", "open now"."""
    if wish.min_rating is not None:
        return f"★{wish.min_rating:g}+"
    if wish.open_now:
        return msg("open_now")
    levels = wish.price_levels or ()
    if levels and max(levels) <= 1:
        return msg("wish_cheap")
    if levels and min(levels) >= 3:
        return msg("wish_upscale")
    signs = ["$" * level if level else msg("price_free") for level in levels]
    return "–".join([signs[0], signs[-1]]) if len(signs) > 1 else signs[0]


def _gap(candidate: PlaceCandidate, preferences: Preferences) -> tuple[int, float, float, bool]:
    """How far a place is from the wish: wishes missed, then price, rating and hours apart."""
    missed = sum(1 for wish in _one_wish_each(preferences) if not passes(candidate, _filters(wish)))
    price = 0.0
    if levels := preferences.price_levels:
        level = candidate.price_level
        price = _UNKNOWN_GAP if level is None else min(abs(level - wanted) for wanted in levels)
    rating = 0.0
    if preferences.min_rating is not None:
        stars = candidate.rating
        rating = _UNKNOWN_GAP if stars is None else max(0.0, preferences.min_rating - stars)
    closed = bool(preferences.open_now) and candidate.is_open_now is not True
    return missed, price, rating, closed


async def nearest_to_wish(
    search_without_wish: Search,
    query: str | None,
    meal: Meal | None,
    preferences: Preferences | None,
) -> Nearest | None:
    """The places of the kind asked, closest to the wish first; None when that is no help.

    Args:
        search_without_wish: The same search, with no rating, price or hours filter.
        query: The place phrase searched.
        meal: The meal the place is for, if any.
        preferences: The wishes said.
    """
    if preferences is None or not _one_wish_each(preferences):
        return None
    found = await search_ladder(search_without_wish, query, meal)
    if isinstance(found, AgentResult) or not found.candidates:
        return None
    ranked = sorted(found.candidates, key=lambda c: _gap(c, preferences))
    unmet = [
        wish
        for wish in _one_wish_each(preferences)
        if not any(passes(c, _filters(wish)) for c in ranked)
    ] or _one_wish_each(preferences)  # each is met by some, never all by one
    words = format_names(_wish_words(wish) for wish in unmet)
    return Nearest(ranked, found.query, msg("wish_unmet", wishes=words))

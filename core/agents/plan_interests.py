"""The interests a traveler named for a plan ("beaches", "whisky"): a place for each, in a slot.

Each interest is searched as "{interest} in {city}". Its best match (named for it first, then
best-rated) that is not used yet and open at the slot's time goes in a slot of its kind:
sights in the morning or afternoon visit, eateries at lunch or dinner, bars in the evening
(or at dinner when they serve food). Interests are spread over the days, fewest picks first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.agents.base import TurnContext
from core.locale_format import format_names
from core.messages import current_language, has_message, msg
from core.protocol import PlaceCandidate
from core.text import fold

if TYPE_CHECKING:
    from core.agents.planner import Slot

SEARCH_SIZE = 20
_EATERY_TYPES = frozenset({"restaurant", "cafe", "bakery"})
_BAR_TYPES = frozenset({"bar", "night_club"})
_NEVER_TYPES = frozenset({"lodging", "transit_station"})  # not a stop of a planned day
# Which slots (by key, in order of preference) a kind of place may fill.
_SLOTS_BY_KIND: dict[str, tuple[str, ...]] = {
    "sight": ("morning", "afternoon"),
    "eatery": ("lunch", "dinner"),
    "bar_with_food": ("dinner", "evening"),
    "bar": ("evening",),
    # A bar that is also a sight (a port wine lodge, a whisky distillery): a tasting by day.
    "bar_sight": ("afternoon", "evening"),
}

SlotFits = Callable[[PlaceCandidate, "Slot"], Awaitable[bool]]


@dataclass(frozen=True)
class InterestPick:
    """The place chosen for one interest."""

    interest: str
    candidate: PlaceCandidate


def place_kind(candidate: PlaceCandidate) -> str | None:
    """'sight', 'eatery', 'bar', 'bar_sight' or 'bar_with_food'; None for places never planned."""
    types = set(candidate.types)
    if types & _NEVER_TYPES:
        return None
    if types & _EATERY_TYPES:
        return "eatery"
    if types & _BAR_TYPES:
        if candidate.cuisine:
            return "bar_with_food"
        return "bar_sight" if "tourist_attraction" in types else "bar"
    return "sight"


def _same_word(a: str, b: str) -> bool:
    """Equal, or one is the other's plural ("beach" / "beaches", "castle" / "castles")."""
    return b in {a, f"{a}s", f"{a}es"} or a in {f"{b}s", f"{b}es"}


def named_for(interest: str, candidate: PlaceCandidate) -> bool:
    """Whether the place's name, types or cuisine say the interest ("Edinburgh Castle")."""
    own = fold(" ".join([candidate.name, *candidate.types, *candidate.cuisine]).replace("_", " "))
    words = own.split()
    return all(any(_same_word(w, o) for o in words) for w in fold(interest).split())


def interest_name(interest: str) -> str | None:
    """The interest in the traveler's language; None when the catalog can't translate it."""
    folded = fold(interest)
    for word in (folded, folded.removesuffix("s"), folded.removesuffix("es")):
        key = "interest_" + word.replace(" ", "_")
        if word and has_message(key):
            return msg(key)
    return interest if current_language() == "en" else None


def missing_warning(unserved: list[str], city: str) -> str:
    """The warning naming the interests the plan could not serve."""
    names = [interest_name(interest) for interest in unserved]
    if all(names):
        return msg(
            "plan_interest_missing", interests=format_names(n for n in names if n), city=city
        )
    return msg("plan_interests_missing_some", count=len(unserved), city=city)


async def _candidates(ctx: TurnContext, city: str, interest: str) -> list[PlaceCandidate]:
    """Matches for the interest: those named for it first, then by rating."""
    found = await ctx.places.search(
        f"{interest} in {city}",
        city=city,
        center=ctx.places.city_center(city),
        max_results=SEARCH_SIZE,
    )
    usable = [c for c in found if place_kind(c) is not None]
    return sorted(usable, key=lambda c: (not named_for(interest, c), -(c.rating or 0)))


async def place_interests(
    ctx: TurnContext,
    city: str,
    interests: Sequence[str],
    day_count: int,
    slots: Sequence[Slot],
    fits: SlotFits,
    exclude: frozenset[str] | set[str] = frozenset(),
) -> tuple[dict[tuple[int, str], InterestPick], list[str]]:
    """A place per interest by (day, slot key), and the interests no place could serve.

    Places in `exclude` (already in the trip) are not picked.
    """
    by_key = {slot.key: slot for slot in slots}
    picks: dict[tuple[int, str], InterestPick] = {}
    per_day = dict.fromkeys(range(1, day_count + 1), 0)
    unserved: list[str] = []
    seen: set[str] = set()
    for interest in interests:
        if not interest.strip() or fold(interest) in seen:
            continue
        seen.add(fold(interest))
        used = {pick.candidate.place_id for pick in picks.values()} | set(exclude)
        placed = False
        for candidate in await _candidates(ctx, city, interest):
            if candidate.place_id in used:
                continue
            kind = place_kind(candidate) or ""
            keys = [key for key in _SLOTS_BY_KIND.get(kind, ()) if key in by_key]
            open_keys = [key for key in keys if await fits(candidate, by_key[key])]
            for day in sorted(per_day, key=lambda d: (per_day[d], d)):
                key = next((k for k in open_keys if (day, k) not in picks), None)
                if key is not None:
                    picks[(day, key)] = InterestPick(interest, candidate)
                    per_day[day] += 1
                    placed = True
                    break
            if placed:
                break
        if not placed:
            unserved.append(interest)
    return picks, unserved

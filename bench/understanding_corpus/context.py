"""What a check sees (Ctx), the Check base, and how to read an itinerary and an answer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bench.understanding_corpus.places import PlaceIndex, Wish, contains
from core.domain.itinerary import Node
from core.protocol import AgentResponse
from core.services.itinerary import ItineraryView

SEL = "NEEDS_SELECTION"
CONF = "NEEDS_CONFIRMATION"
INPUT = "NEEDS_INPUT"
DONE = "COMPLETE"
ERR = "ERROR"
PART = "PARTIAL"
ASKS = (SEL, CONF, INPUT)


@dataclass
class Ctx:
    """Everything a check may look at for one turn (or, for final checks, the whole case)."""

    response: AgentResponse
    before: ItineraryView
    after: ItineraryView
    places: PlaceIndex
    now: datetime
    prev: AgentResponse | None = None
    last_added: str | None = None
    bookings: list[dict[str, Any]] = field(default_factory=list)
    leads: list[dict[str, Any]] = field(default_factory=list)
    history: list[AgentResponse] = field(default_factory=list)  # every answer so far

    def named(self, name: str | None) -> str:
        """`name`, or the place added last in the case when the corpus says "it"."""
        return name or self.last_added or "<nothing added yet>"


# ---- reading an itinerary ---------------------------------------------------------------


def name_of(node: Node) -> str:
    """What the traveler calls an item: its place's name, else its title."""
    return node.place.name if node.place else node.title


def placed(view: ItineraryView) -> list[tuple[int, Node]]:
    """(day, node) for every item that holds a place."""
    return [(d.day, n) for d in view.days for n in d.nodes if n.place_id]


def find(view: ItineraryView, name: str, day: int | None = None) -> list[tuple[int, Node]]:
    """(day, node) of items whose name or title contains `name` as whole words."""
    return [
        (d.day, n)
        for d in view.days
        if day is None or d.day == day
        for n in d.nodes
        if contains(name_of(n), name) or contains(n.title, name)
    ]


def shape(view: ItineraryView) -> tuple[Any, ...]:
    """What "nothing changed" compares: days, items (title, type, time, place), dates."""
    days = tuple(
        tuple((n.title, n.type.value, n.time, n.place_id) for n in d.nodes) for d in view.days
    )
    return (view.destination, view.start_date, days)


def new_items(ctx: Ctx) -> list[tuple[int, Node]]:
    """Items that hold a place now and did not hold that place before (filled slots count)."""
    old = {(n.id, n.place_id) for _, n in placed(ctx.before)}
    return [(day, n) for day, n in placed(ctx.after) if (n.id, n.place_id) not in old]


def lost_items(ctx: Ctx) -> list[str]:
    """Names of placed items gone from the trip (by place, so a move is not a loss)."""
    before = Counter(n.place_id for _, n in placed(ctx.before))
    after = Counter(n.place_id for _, n in placed(ctx.after))
    names = {n.place_id: name_of(n) for _, n in placed(ctx.before)}
    return [names[pid] for pid in before - after]


def minutes(value: str | None) -> int | None:
    """'13:30' → 810."""
    if not value:
        return None
    hours, mins = value.split(":")
    return int(hours) * 60 + int(mins)


def node_matches(ctx: Ctx, node: Node, terms: tuple[str, ...]) -> bool:
    """The item's demo place (or, failing that, its own data) matches any of the terms."""
    place = ctx.places.get(node.place_id)
    if place is not None:
        return place.matches(terms)
    text = " ".join([node.title, *(node.place.cuisine if node.place else [])])
    return not terms or any(contains(text, t) for t in terms)


def wish_problem(ctx: Ctx, node: Node, wish: Wish | None) -> str | None:
    """Why the item fails the wish (None if it meets it or there is none)."""
    if wish is None:
        return None
    place = ctx.places.get(node.place_id)
    if place is None:
        return f"{name_of(node)} is not a demo place"
    return wish.why_not(place, ctx.now)


def reply_text(response: AgentResponse) -> str:
    """Message, warnings and errors: where the reply may mention names."""
    return "\n".join([response.message, *response.warnings, *response.errors])


def describe(view: ItineraryView, day: int | None = None) -> str:
    """A short picture of a day (or the trip) for failure reasons."""
    parts = []
    for d in view.days:
        if day is not None and d.day != day:
            continue
        items = ", ".join(f"{n.time or '--'} {name_of(n)}" for n in d.nodes) or "empty"
        parts.append(f"day {d.day}: {items}")
    return "; ".join(parts)


# ---- the checks -------------------------------------------------------------------------


def shape_day(day: Any) -> tuple[Any, ...]:
    """One day's comparable content."""
    return tuple((n.title, n.time, n.place_id) for n in day.nodes)


def candidates(response: AgentResponse) -> list[dict[str, Any]]:
    """The place cards of a NEEDS_SELECTION (empty when it offers none)."""
    data: Mapping[str, Any] = response.data or {}
    cards = data.get("candidates") if isinstance(data, Mapping) else None
    return list(cards) if isinstance(cards, list) else []


def options(response: AgentResponse) -> list[dict[str, Any]]:
    """The non-place options of a NEEDS_SELECTION / NEEDS_CONFIRMATION."""
    data: Mapping[str, Any] = response.data or {}
    found = data.get("options") if isinstance(data, Mapping) else None
    return list(found) if isinstance(found, list) else []


def card_id(card: dict[str, Any]) -> str:
    return str(card.get("placeId") or card.get("place_id") or "")


class Check:
    """One expectation; `check` returns None when it holds, else a reason."""

    def check(self, ctx: Ctx) -> str | None:
        """None if the expectation holds for this turn, else why not."""
        raise NotImplementedError

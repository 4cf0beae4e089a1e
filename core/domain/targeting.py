"""Find the itinerary items a turn refers to: by name, meal, time, type or 'all'. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.itinerary import Day, Node, NodeType, format_time
from core.intents.model import Meal, Target
from core.messages import msg
from core.text import fold, similar

_GENERIC = frozenset(
    "the a an my our that this one item items thing things stop activity activities place spot "
    "visit trip to at on in of for".split()
)
_MEAL_WINDOWS = {
    Meal.BREAKFAST: ("00:00", "11:00"),
    Meal.LUNCH: ("11:00", "16:00"),
    Meal.DINNER: ("17:00", "24:00"),
}


@dataclass(frozen=True)
class Located:
    """A node and the day it is on."""

    day: int
    node: Node

    @property
    def label(self) -> str:
        """'Day 2 · 1:00 PM · Lunch at Sushi Zen' for option lists, in the turn's language."""
        parts = [msg("day_label", day=self.day)]
        if self.node.time:
            parts.append(format_time(self.node.time))
        parts.append(self.node.title)
        return " · ".join(parts)


def _words(node: Node) -> set[str]:
    text = [node.title, node.type.value]
    if node.place:
        text += [node.place.name, *node.place.types, *node.place.cuisine]
    return set(fold(" ".join(text)).replace("_", " ").split())


def _is_meal(node: Node, meal: Meal) -> bool:
    if node.type is not NodeType.MEAL:
        return False
    if meal.value in fold(node.title):
        return True
    start, end = _MEAL_WINDOWS[meal]
    return node.time is not None and start <= node.time < end


def _name_matches(words: list[str], node: Node) -> bool:
    node_words = _words(node)
    return all(
        any(similar(w, nw) or (len(w) >= 3 and nw.startswith(w)) for nw in node_words)
        for w in words
    )


def find_targets(days: list[Day], target: Target, day: int | None) -> list[Located]:
    """The nodes a target refers to, restricted to `day` when given."""
    pool = [Located(d.day, node) for d in days if day is None or d.day == day for node in d.nodes]
    if target.node_id:
        return [item for item in pool if item.node.id == target.node_id]
    if target.node_type:
        pool = [item for item in pool if item.node.type is target.node_type]
    if target.every:
        return pool
    if target.time:
        pool = [item for item in pool if item.node.time == target.time]
    text = fold(target.text or "")
    if target.meal and text in {
        target.meal.value,
        "breakfast",
        "brunch",
        "lunch",
        "dinner",
        "supper",
    }:
        titled = [item for item in pool if target.meal.value in fold(item.node.title)]
        return titled or [item for item in pool if _is_meal(item.node, target.meal)]
    words = [w for w in text.split() if w not in _GENERIC]
    if not words:
        return pool if target.time else []
    exact = [
        item
        for item in pool
        if fold(item.node.title) == text or (item.node.place and fold(item.node.place.name) == text)
    ]
    return exact or [item for item in pool if _name_matches(words, item.node)]

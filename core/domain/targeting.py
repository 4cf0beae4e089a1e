"""Find the itinerary items a turn refers to: by name, meal, time, type or 'all'. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from core.domain.itinerary import Day, Node, NodeType, format_time
from core.intents.model import Meal, Target
from core.intents.place_words import search_terms
from core.messages import msg, stop_title
from core.text import fold, similar

_GENERIC = frozenset(
    "the a an my our that this one item items thing things stop activity activities place spot "
    "visit trip to at on in of for and & n back forward ahead later earlier".split()
)
_MEAL_WORDS = frozenset({"breakfast", "brunch", "lunch", "dinner", "supper", "meal"})
NAME_SCORE = 90  # rapidfuzz score over which a typed name is that item's name
MIN_NAME = 6  # shorter titles ("Lunch") would be found inside any phrase
MEAL_WINDOWS = {
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
        parts.append(stop_title(self.node.title))
        return " · ".join(parts)


def _words(node: Node, *, aliases: bool = False) -> set[str]:
    text = [node.title, node.type.value]
    if node.place:
        text += [node.place.name, *node.place.types, *node.place.cuisine]
        if aliases:
            text += node.place.keywords
    return set(fold(" ".join(text)).replace("_", " ").split())


def _is_meal(node: Node, meal: Meal) -> bool:
    if node.type is not NodeType.MEAL:
        return False
    if meal.value in fold(node.title):
        return True
    start, end = MEAL_WINDOWS[meal]
    return node.time is not None and start <= node.time < end


def _name_matches(
    words: list[str], node: Node, *, prefixes: bool = True, aliases: bool = False
) -> bool:
    node_words = _words(node, aliases=aliases)
    return all(
        any(similar(w, nw) or (prefixes and len(w) >= 3 and nw.startswith(w)) for nw in node_words)
        for w in words
    )


def _in_english(words: list[str]) -> list[str]:
    """Kinds of place named in Spanish or Portuguese, in the English that names often use."""
    return [w for w in search_terms(" ".join(words)).split() if w not in _GENERIC]


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
    named = [w for w in words if w not in _MEAL_WORDS]
    if named and named != words:
        words = named  # "the fish grill dinner": the name says which, the meal is what it is
    if not words:
        return pool if target.time else []
    exact = [
        item
        for item in pool
        if fold(item.node.title) == text or (item.node.place and fold(item.node.place.name) == text)
    ]
    if exact:
        return exact
    # "the bar" is the bar, not "Barajas": whole words first, beginnings of words only after.
    whole = [item for item in pool if _name_matches(words, item.node, prefixes=False)]
    begun = whole or [item for item in pool if _name_matches(words, item.node)]
    if not begun and (english := _in_english(words)) != words:
        # "el castillo nijo" is Nijo Castle, "a estação de são bento" São Bento Station
        begun = [item for item in pool if _name_matches(english, item.node, prefixes=False)]
    # What a place is also called ("the golden pavilion", "the observatory") comes last.
    return (
        begun
        or [item for item in pool if _name_matches(words, item.node, prefixes=False, aliases=True)]
        or [item for item in pool if _initials_match(words, item.node)]
    )


# Small words a name's initials may leave out ("MoMA": Museum of Modern Art).
_LINKS = frozenset("of the de da do das dos del la las los and e y & di du von van".split())


def _initials_match(words: list[str], node: Node) -> bool:
    """A name said by its initials: "CSMVS", "the MNAA", "moma" (three letters or more)."""
    if len(words) != 1 or not 3 <= len(words[0]) <= 7 or not words[0].isalpha():
        return False
    names = [node.title, *([node.place.name] if node.place else [])]
    for name in names:
        parts = fold(name).replace("-", " ").split()
        if len(parts) < 3:
            continue
        every = "".join(p[0] for p in parts)
        main = "".join(p[0] for p in parts if p not in _LINKS)
        if words[0] in {every, main}:
            return True
    return False


def existing_items(
    days: list[Day], query: str | None, meal: Meal | None, day: int | None
) -> list[Located]:
    """Items of the trip a place request names: by their name, or a meal with a place.

    A kind of place ("a museum") names nothing; a name ("the bamboo grove", "Museo Botero")
    or a meal that already has its place ("dinner on day 1") does.
    """
    pool = [Located(d.day, n) for d in days for n in d.nodes if n.place_id]
    if not query:
        if meal is None or day is None:
            return []
        return [item for item in pool if item.day == day and _is_meal(item.node, meal)]
    wanted = " ".join(w for w in fold(query).split() if w not in _GENERIC)
    if not wanted:
        return []
    several = len(wanted.split()) >= 2
    return [
        item
        for item in pool
        if fuzz.token_sort_ratio(wanted, fold(item.node.title)) >= NAME_SCORE
        or fuzz.token_sort_ratio(wanted, _without_article(fold(item.node.title))) >= NAME_SCORE
        or (several and fuzz.partial_ratio(wanted, fold(item.node.title)) >= NAME_SCORE)
    ]


# A name's own article ("Las Bóvedas", "La Boqueria", "The Shard"): said or not, the same name.
_LEADING_ARTICLE = re.compile(r"^(?:the|el|la|los|las|le|les|o|a|os|as|il|lo)\s+(?=\S)")


def _without_article(title: str) -> str:
    return _LEADING_ARTICLE.sub("", title)


def named_within(days: list[Day], text: str, day: int | None) -> list[Located]:
    """Items whose whole name stands inside a longer phrase ("the old palace, we skip it")."""
    said = fold(text)
    return [
        Located(d.day, node)
        for d in days
        if day is None or d.day == day
        for node in d.nodes
        if len(fold(node.title)) >= MIN_NAME
        and fuzz.partial_ratio(fold(node.title), said) >= NAME_SCORE
    ]

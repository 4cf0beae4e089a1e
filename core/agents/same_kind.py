"""What a stop is replaced by when the traveler says only how it should differ.

"cambia vindaloo & vinho por algo más barato", "swap X for something with better reviews",
"troca o X por algo mais em conta": no kind of place is named, only a wish (a price, a
rating) that the parse keeps in `preferences`. The replacement is then a place of the same
kind as the stop (read from the place data copied onto the node: its first type, or a meal),
searched with that wish. Without a wish nothing is guessed: the editor asks what to put.
"""

from __future__ import annotations

from core.domain.itinerary import Node, NodeType
from core.intents.model import ParsedTurn
from core.intents.place_words import is_vague_query
from core.text import fold

# Place types (as the place data has them) → the words a search reads.
_SEARCH_WORD = {
    "restaurant": "restaurant",
    "cafe": "cafe",
    "bar": "bar",
    "bakery": "bakery",
    "museum": "museum",
    "park": "park",
    "viewpoint": "viewpoint",
    "temple": "temple",
    "church": "church",
    "market": "market",
    "beach": "beach",
    "night_club": "club",
    "hiking_area": "hike",
    "lodging": "hotel",
}


# Words of a replacement that stand for "another of the same" ("a cheaper one", "smth else").
_ANOTHER = frozenset(
    "one ones smth sth smthg else option alternative instead otro otra outro outra".split()
)


def _says_no_kind(query: str | None) -> bool:
    kept = [word for word in fold(query or "").split() if word not in _ANOTHER]
    return is_vague_query(" ".join(kept))


def kind_of(node: Node) -> str | None:
    """The search word for the kind of place a stop is, or None when nothing tells it."""
    types = node.place.types if node.place is not None else []
    for kind in types:
        if kind in _SEARCH_WORD:
            return _SEARCH_WORD[kind]
    if node.type is NodeType.MEAL:
        return "restaurant"
    return None


def same_kind_wished(turn: ParsedTurn, node: Node) -> ParsedTurn | None:
    """The replacement turn searching the stop's kind with the wish said, or None."""
    if turn.preferences is None or not _says_no_kind(turn.query):
        return None
    kind = kind_of(node)
    return None if kind is None else turn.model_copy(update={"query": kind})

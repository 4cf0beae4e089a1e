"""What a stop is replaced by when the traveler says only how it should differ.

"cambia vindaloo & vinho por algo más barato", "swap X for something with better reviews",
"troca o X por algo mais em conta", "something closer": no kind of place is named, only a
wish (a price, a rating, kept by the parse in `preferences`; or nearness, said in the query).
The replacement is then a place of the same kind as the stop (read from the place data
copied onto the node: its first type, or a meal), searched with that wish; "closer" keeps
the places nearer to the day's other stops than the stop is, nearest first. Without a wish
nothing is guessed: the editor asks what to put.
"""

from __future__ import annotations

from core.domain.itinerary import Node, NodeType
from core.intents.model import ParsedTurn
from core.intents.place_words import is_vague_query
from core.protocol import Coordinates, PlaceCandidate
from core.services.places.geo import distance_meters
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
    """one ones uno una um uma smth sth smthg else option alternative instead otro otra outro
    outra""".split()
)


# Words that ask for a place nearer than the stop ("algo más cerca", "smth nearer").
_CLOSER = frozenset(
    "closer nearer near nearby close mas más mais cerca cercano cercana perto pertinho".split()
)


def _says_no_kind(query: str | None) -> bool:
    kept = [word for word in fold(query or "").split() if word not in _ANOTHER]
    return is_vague_query(" ".join(kept))


def wants_closer(query: str | None) -> bool:
    """'something closer', 'algo más cerca', 'um mais perto': nearness is the whole wish."""
    words = fold(query or "").split()
    near = {"closer", "nearer", "cerca", "cercano", "cercana", "perto", "pertinho"}
    if not near & set(words):
        return False
    return _says_no_kind(" ".join(word for word in words if word not in _CLOSER))


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
    if wants_closer(turn.query):
        kind = kind_of(node)
        return None if kind is None else turn.model_copy(update={"query": kind})
    if turn.preferences is None or not _says_no_kind(turn.query):
        return None
    kind = kind_of(node)
    return None if kind is None else turn.model_copy(update={"query": kind})


def nearer_first(
    candidates: list[PlaceCandidate], node: Node, others: list[Node]
) -> list[PlaceCandidate]:
    """The candidates nearer to the day's other stops than `node` is, nearest first.

    When nothing tells where things are (no coordinates), the candidates stay as they are.
    """
    here = node.place.coordinates if node.place is not None else None
    points = [n.place.coordinates for n in others if n.place is not None and n.place.coordinates]
    if here is None or not points:
        return candidates
    centre = Coordinates(
        lat=sum(p.lat for p in points) / len(points),
        lng=sum(p.lng for p in points) / len(points),
    )
    limit = distance_meters(here, centre)
    placed = [c for c in candidates if c.coordinates is not None]
    nearer = [c for c in placed if c.coordinates and distance_meters(c.coordinates, centre) < limit]
    return sorted(nearer, key=lambda c: distance_meters(c.coordinates or centre, centre))

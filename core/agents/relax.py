"""A lighter version of one day: meals stay, at most two visits, time to breathe between stops.

Pure: it only reads the day and says what would change; TripAgent turns that into a ChangeSet.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.domain.itinerary import Day, Node, NodeType, minutes_of
from core.services.places.geo import centroid, distance_meters

MAX_VISITS = 2
GAP_MINUTES = 90  # between the starts of two stops, or the first one's length if longer
LATEST_START = 23 * 60 + 30  # never push a stop past this; it keeps its time instead
STEP_MINUTES = 15  # new times fall on quarter hours
VISIT_TYPES = frozenset({NodeType.ATTRACTION, NodeType.ACTIVITY})
UNKNOWN_RATING = 4.0  # an unrated visit counts as an ordinary one, neither kept nor dropped first
RATING_PER_KM = 0.1  # a visit 5 km from the rest of the day "costs" half a star


@dataclass(frozen=True)
class Lighter:
    """What making a day lighter would change: the visits dropped and the stops moved later."""

    dropped: list[Node]
    retimed: list[tuple[Node, str]]

    @property
    def changes_nothing(self) -> bool:
        """Whether the day is light enough already."""
        return not self.dropped and not self.retimed


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _keep_score(node: Node, day: Day) -> float:
    """Higher is better: the rating, less a little for every km away from the day's other stops."""
    rating = node.place.rating if node.place and node.place.rating is not None else UNKNOWN_RATING
    here = node.place.coordinates if node.place else None
    others = [
        other.place.coordinates
        for other in day.nodes
        if other.id != node.id and other.place and other.place.coordinates
    ]
    middle = centroid(others)
    if here is None or middle is None:
        return rating
    return rating - RATING_PER_KM * distance_meters(here, middle) / 1000


def _dropped(day: Day) -> list[Node]:
    visits = [node for node in day.nodes if node.type in VISIT_TYPES]
    if len(visits) <= MAX_VISITS:
        return []
    # Stable sort: among equals, the earlier visit stays.
    ranked = sorted(visits, key=lambda node: _keep_score(node, day), reverse=True)
    return ranked[MAX_VISITS:]


def _spaced(nodes: list[Node]) -> list[tuple[Node, str]]:
    """Push stops later so each starts GAP_MINUTES (or the previous one's length) after the last.

    Untimed stops are left alone.
    """
    retimed: list[tuple[Node, str]] = []
    previous: tuple[int, Node] | None = None
    for node in nodes:
        if node.time is None:
            continue
        start = minutes_of(node.time)
        if previous is not None:
            prev_start, prev_node = previous
            earliest = prev_start + max(GAP_MINUTES, prev_node.duration_minutes or 0)
            if start < earliest:
                pushed = -(-earliest // STEP_MINUTES) * STEP_MINUTES
                if pushed <= LATEST_START:
                    start = pushed
                    retimed.append((node, _clock(start)))
        previous = (start, node)
    return retimed


def lighten(day: Day) -> Lighter:
    """What would make `day` relaxed: drop the weakest extra visits, then space the rest."""
    dropped = _dropped(day)
    gone = {node.id for node in dropped}
    kept = [node for node in day.nodes if node.id not in gone]
    return Lighter(dropped=dropped, retimed=_spaced(kept))

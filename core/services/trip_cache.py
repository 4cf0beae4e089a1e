"""A trip's days decoded and validated once per stored version, not on every read (issue #19).

Every turn reads its trip, and the enrichment worker reads it again: decoding the stored JSON
and validating it into `Day` models was a sixth of a turn's CPU. The days of a stored version
never change, so they are kept here per (trip id, version), bounded, least recently used out.

A cached entry is used only when the text the database holds is the text it was built from
(compared as strings, far cheaper than decoding), so nothing here has to trust that every
writer bumps the version, or that a write it remembered was committed: a version written
differently by anyone else, or rolled back and written again, is simply a miss. The reads
select the column as text for that (`stored_days_text`).

Cached days are shared between turns, so they must never change: `Day` and `Node` are frozen
models, and every change builds new lists and models (`core.domain.changeset` works on
copies). A view gets its own outer list. After an apply, the days just written are remembered
with the text that was sent, when their free-form parts (a node's `enrichment` and `origin`)
are plain JSON values, so that reading them back would build equal models.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Text, cast
from sqlalchemy.sql.elements import Label

from core.domain.itinerary import Day
from core.storage.json_text import JsonText

# ~10 kB each for a long trip: a few MB at most, and enough for every trip active at once.
MAX_TRIPS = 512

_SCALARS = frozenset({str, int, float, bool, type(None)})
_cache: OrderedDict[tuple[str, int], tuple[str, tuple[Day, ...]]] = OrderedDict()


def stored_days_text(column: Any) -> Label[str]:
    """The days column as the text the database stores (no JSON decoding), labelled `days`."""
    return cast(column, Text).label("days")


def days_of(itinerary_id: str, version: int, stored: str | Sequence[Any]) -> list[Day]:
    """The days stored for `itinerary_id` at `version` (`stored`: the text, or decoded JSON)."""
    if not isinstance(stored, str):  # an ORM row: already decoded, nothing to compare with
        return [Day.model_validate(day) for day in stored]
    key = (itinerary_id, version)
    hit = _cache.get(key)
    if hit is not None and hit[0] == stored:
        _cache.move_to_end(key)
        return list(hit[1])
    days = tuple(Day.model_validate(day) for day in json.loads(stored))
    _remember(key, stored, days)
    return list(days)


def serialized(days: Sequence[Day]) -> JsonText:
    """The days as the JSON text to store (sent as is by the engine's serializer)."""
    return JsonText(json.dumps([day.to_json_dict() for day in days]))


def remember(itinerary_id: str, version: int, text: str, days: Sequence[Day]) -> None:
    """Keep days just written as `text`, if reading that text back gives equal models."""
    if all(_plain_node_parts(day) for day in days):
        _remember((itinerary_id, version), text, tuple(days))


def clear() -> None:
    """Forget every trip (tests)."""
    _cache.clear()


def _remember(key: tuple[str, int], text: str, days: tuple[Day, ...]) -> None:
    _cache[key] = (text, days)
    _cache.move_to_end(key)
    while len(_cache) > MAX_TRIPS:
        _cache.popitem(last=False)


def _plain_node_parts(day: Day) -> bool:
    # A tuple or a datetime in a node's free-form dicts would come back as a list or a string.
    return all(_plain(node.enrichment) and _plain(node.origin) for node in day.nodes)


def _plain(value: Any) -> bool:
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is list:
        return all(_plain(item) for item in value)
    if kind is dict:
        return all(type(key) is str and _plain(item) for key, item in value.items())
    return False

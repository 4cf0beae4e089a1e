"""Itinerary documents: days of nodes, as stored and as sent to clients."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from enum import StrEnum
from typing import Any

from pydantic import Field, field_validator

from core.locale_format import format_clock
from core.protocol import Coordinates, PlaceCandidate, ProtocolModel


class NodeType(StrEnum):
    """What kind of stop a node is."""

    MEAL = "meal"
    ATTRACTION = "attraction"
    LODGING = "lodging"
    TRANSPORT = "transport"
    ACTIVITY = "activity"


class PlaceSnapshot(ProtocolModel):
    """Place data copied onto a node when chosen (stable even if the provider changes)."""

    place_id: str
    name: str
    formatted_address: str | None = None
    coordinates: Coordinates | None = None
    rating: float | None = None
    rating_count: int | None = None
    price_level: int | None = None
    photo_url: str | None = None
    cuisine: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)

    @classmethod
    def from_candidate(cls, candidate: PlaceCandidate) -> PlaceSnapshot:
        """Copy the lasting facts of a search result."""
        return cls(
            place_id=candidate.place_id,
            name=candidate.name,
            formatted_address=candidate.formatted_address,
            coordinates=candidate.coordinates,
            rating=candidate.rating,
            rating_count=candidate.rating_count,
            price_level=candidate.price_level,
            photo_url=candidate.photo_url,
            cuisine=candidate.cuisine,
            types=candidate.types,
            keywords=candidate.keywords,
        )


def new_node_id() -> str:
    """A short random node id."""
    return "n" + secrets.token_hex(5)


_HH_MM = re.compile(r"^(\d{1,2}):(\d{2})$", re.ASCII)


def check_time(value: str | None) -> str | None:
    """Validate and normalize a clock time: '9:05' → '09:05'; anything else is an error."""
    if value is None:
        return None
    match = _HH_MM.match(value)
    if match is None:
        msg = f"time must be HH:MM, got {value!r}"
        raise ValueError(msg)
    hours, minutes = int(match.group(1)), int(match.group(2))
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        msg = f"time out of range: {value!r}"
        raise ValueError(msg)
    return f"{hours:02d}:{minutes:02d}"


class Node(ProtocolModel):
    """One stop of a day."""

    id: str = Field(default_factory=new_node_id)
    title: str = Field(min_length=1, max_length=200)
    type: NodeType = NodeType.ACTIVITY
    time: str | None = None
    duration_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    place_id: str | None = None
    place: PlaceSnapshot | None = None
    enrichment: dict[str, Any] | None = None
    origin: dict[str, Any] | None = None

    _time_is_hh_mm = field_validator("time")(check_time)


class Day(ProtocolModel):
    """One day of the trip, its nodes ordered by time (untimed nodes last)."""

    day: int = Field(ge=1)
    date: dt.date | None = None
    nodes: list[Node] = Field(default_factory=list)


def sort_key(node: Node) -> str:
    """Order of nodes inside a day: by time, untimed last, stable otherwise."""
    return node.time or "99:99"


def format_time(value: str | None, language: str | None = None) -> str:
    """'14:00' for chat text: '2:00 PM' in English, '14:00' in Spanish and Portuguese.

    Args:
        value: a node's "HH:MM" time; None gives "".
        language: 'en', 'es', 'pt'…; the current turn's language when omitted.
    """
    if value is None:
        return ""
    return format_clock(value, language)


def minutes_of(clock_time: str) -> int:
    """'13:30' → 810 minutes after midnight."""
    hours, minutes = (int(part) for part in clock_time.split(":"))
    return hours * 60 + minutes


def open_for(hours: tuple[str, str] | None, start: str, minutes: int) -> bool:
    """Whether daily hours cover [start, start + minutes); unknown hours count as open."""
    if hours is None:
        return True
    opens, closes = minutes_of(hours[0]), minutes_of(hours[1])
    if closes <= opens:  # past midnight ("18:00"–"02:00") or "24:00"
        closes += 24 * 60
    begin = minutes_of(start)
    return opens <= begin and begin + minutes <= closes


def nearer_half(time: str, current: str) -> str:
    """'8:15' said of a place at 19:00 is 20:15; of one at 09:00, 08:15 (HH:MM in, HH:MM out).

    Nobody means 3 a.m.: a half before 06:00 is never chosen, and a tie keeps `time`.
    """
    hours, minutes = (int(part) for part in time.split(":"))
    if hours % 12 == 0 or hours > 23:
        return time
    now_hours, now_minutes = (int(part) for part in current.split(":"))
    now = now_hours * 60 + now_minutes
    other = (hours + 12) % 24
    if other < 6:
        return time
    if abs(other * 60 + minutes - now) < abs(hours * 60 + minutes - now):
        return f"{other:02d}:{minutes:02d}"
    return time

"""A stored change described in the traveler's language, from its diff (not its summary).

Versions keep an English summary for the record; what the traveler reads ("Undid: …") is
worded here from the diff's facts (op, titles, days, times), so old versions read well too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from core.domain.itinerary import format_time
from core.locale_format import format_day_date, format_names
from core.messages import msg

Entry = dict[str, Any]
# Beyond this many names, a group of adds or removes is told as a count.
MAX_NAMES = 4


def _title(entry: Entry, side: str = "") -> str:
    node = entry.get(side) if side else None
    title = (node or {}).get("title") if isinstance(node, dict) else entry.get("title")
    return str(title or "?")


def _names_or_count(key: str, titles: list[str], day: object) -> str:
    if len(titles) > MAX_NAMES:
        return msg(f"{key}_count", count=len(titles), day=day)
    return msg(key, names=format_names(titles), day=day)


def _grouped(diff: list[Entry], op: str, side: str, key: str) -> list[str]:
    """One sentence per day for the adds (or removes) of a change, names listed."""
    by_day: dict[object, list[str]] = {}
    for entry in diff:
        if entry.get("op") == op:
            by_day.setdefault(entry.get("day"), []).append(_title(entry, side))
    return [_names_or_count(key, titles, day) for day, titles in by_day.items()]


def _moved(entry: Entry) -> str:
    name, to_day = _title(entry), entry.get("toDay")
    if entry.get("fromDay") != to_day:
        return msg("change_moved", name=name, from_day=entry.get("fromDay"), to_day=to_day)
    return _retimed({**entry, "day": to_day})


def _retimed(entry: Entry) -> str:
    name, day, time = _title(entry), entry.get("day"), entry.get("toTime")
    if not time:
        return msg("change_untimed", name=name, day=day)
    return msg("change_retimed", name=name, day=day, time=format_time(str(time)))


def _replaced(entry: Entry) -> str:
    return msg(
        "change_replaced",
        old=_title(entry, "before"),
        new=_title(entry, "after"),
        day=entry.get("day"),
    )


def _planned(entry: Entry) -> str:
    return msg("change_planned", count=int(entry.get("days") or 0), city=entry.get("toDestination"))


def _enriched(entry: Entry) -> str:
    return msg("change_enriched", name=_title(entry))


def _days_changed(key: str) -> Callable[[Entry], str]:
    def describe(entry: Entry) -> str:
        days = [str(day) for day in entry.get("days") or []]
        return msg(key, count=len(days), days=format_names(days))

    return describe


def _swapped(entry: Entry) -> str:
    return msg("change_swapped_days", day=entry.get("day"), to_day=entry.get("toDay"))


def _start_set(entry: Entry) -> str:
    to_date = entry.get("toDate")
    if not to_date:
        return msg("change_start_cleared")
    return msg("change_start_set", date=format_day_date(date.fromisoformat(str(to_date))))


_ONE_BY_ONE: dict[str, Callable[[Entry], str]] = {
    "move": _moved,
    "retime": _retimed,
    "replace": _replaced,
    "reset": _planned,
    "enrich": _enriched,
    "swap_days": _swapped,
    "insert_days": _days_changed("change_days_added"),
    "remove_days": _days_changed("change_days_removed"),
    "set_start": _start_set,
}


def describe_change(diff: list[Entry]) -> str:
    """What a change did, in the current language ('' when its diff says nothing we can tell).

    Adds and removes are grouped by day ("Removed A, B and C from day 2"); other steps are told
    one by one; several sentences are joined with "; ".
    """
    parts = _grouped(diff, "add", "after", "change_added")
    parts += _grouped(diff, "remove", "before", "change_removed")
    for entry in diff:
        describe = _ONE_BY_ONE.get(str(entry.get("op")))
        if describe is not None:
            parts.append(describe(entry))
    return "; ".join(parts)

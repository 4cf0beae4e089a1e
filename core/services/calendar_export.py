"""An itinerary as an iCalendar file (RFC 5545): one event per timed item.

Times are written in UTC (`…Z`), converted from the destination's time zone, so every calendar
imports them at the right moment without needing a VTIMEZONE block; `X-WR-TIMEZONE` tells
calendars which zone to show them in.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote_plus
from zoneinfo import ZoneInfo

from core.domain.itinerary import Day, Node
from core.services.itinerary import ItineraryView

DEFAULT_MINUTES = 90
_LINE_OCTETS = 75
_PRODID = "-//Traveloure//Trip export//EN"


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    # Control characters other than tab and newline are not allowed in a TEXT value.
    value = "".join(c for c in value if c in "\t\n" or (ord(c) >= 32 and ord(c) != 127))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1)."""
    out: list[str] = []
    current = ""
    size = 0
    limit = _LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _LINE_OCTETS
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _day_date(itinerary: ItineraryView, day: Day) -> dt.date | None:
    if day.date is not None:
        return day.date
    if itinerary.start_date is None:
        return None
    return itinerary.start_date + dt.timedelta(days=day.day - 1)


def map_link(node: Node) -> str | None:
    """A map link for the item's place (Google Maps search; never carries a key)."""
    place = node.place
    if place is None:
        return None
    query = quote_plus(", ".join(p for p in (place.name, place.formatted_address) if p))
    link = f"https://www.google.com/maps/search/?api=1&query={query}"
    if not place.place_id.startswith("demo-"):
        link += f"&query_place_id={quote_plus(place.place_id)}"
    return link


def _event(
    itinerary: ItineraryView, day: Day, node: Node, zone: ZoneInfo, stamp: dt.datetime
) -> list[str] | None:
    on = _day_date(itinerary, day)
    if node.time is None or on is None:
        return None
    hours, minutes = (int(part) for part in node.time.split(":"))
    start = dt.datetime.combine(on, dt.time(hours, minutes), tzinfo=zone)
    end = start + dt.timedelta(minutes=node.duration_minutes or DEFAULT_MINUTES)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{itinerary.id}-{node.id}@traveloure",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{escape_text(node.title)}",
        f"DESCRIPTION:{escape_text(f'{itinerary.destination} · day {day.day}')}",
    ]
    if node.place is not None and node.place.formatted_address:
        lines.append(f"LOCATION:{escape_text(node.place.formatted_address)}")
    if (link := map_link(node)) is not None:
        lines.append(f"URL:{link}")
    lines.append("END:VEVENT")
    return lines


def build_calendar(itinerary: ItineraryView, zone: ZoneInfo, now: dt.datetime) -> str:
    """The trip as an .ics text with CRLF line endings.

    Args:
        itinerary: The trip; items without a time or without a date (no start date) are left
            out, since a calendar event needs both.
        zone: The destination's time zone: item times are local times there.
        now: DTSTAMP of every event.
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(itinerary.destination)}",
        f"X-WR-TIMEZONE:{zone.key}",
    ]
    for day in itinerary.days:
        for node in day.nodes:
            event = _event(itinerary, day, node, zone, now)
            if event is not None:
                lines.extend(event)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def timed_item_count(itinerary: ItineraryView) -> int:
    """How many items would become events."""
    return sum(
        1
        for day in itinerary.days
        if _day_date(itinerary, day) is not None
        for node in day.nodes
        if node.time is not None
    )

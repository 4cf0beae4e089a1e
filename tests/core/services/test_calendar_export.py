"""The .ics export, read back by the `icalendar` package (an independent RFC 5545 parser) and
by a small reader written here that also asserts the RFC's line rules (CRLF, 75 octets)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from core.domain.itinerary import Day, Node, PlaceSnapshot
from core.services.calendar_export import build_calendar, escape_text, fold_line
from core.services.itinerary import ItineraryView

STAMP = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.UTC)
_CONTENT_LINE = re.compile(r"^(?P<name>[A-Z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")


def _unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def parse_ics(raw: bytes) -> list[dict[str, str]]:
    """Events as {property: value}; asserts the RFC's line rules on the way."""
    text = raw.decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF, no bare LF
    physical = text.split("\r\n")[:-1]
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
    logical: list[str] = []
    for line in physical:
        if line.startswith((" ", "\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    assert logical[0] == "BEGIN:VCALENDAR"
    assert logical[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in logical
    assert any(line.startswith("PRODID:") for line in logical)
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in logical:
        match = _CONTENT_LINE.match(line)
        assert match, line
        name, value = match["name"], match["value"]
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            current[name] = (
                _unescape(value) if name in {"SUMMARY", "LOCATION", "DESCRIPTION"} else value
            )
    return events


def _utc(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)


def _trip() -> ItineraryView:
    grill = PlaceSnapshot(
        place_id="demo-hadibo-grill",
        name="Corniche Fish Grill",
        formatted_address="Corniche Road, Hadibo; Socotra",
    )
    days = [
        Day(
            day=1,
            nodes=[
                Node(id="n1", title="Breakfast, then a walk; slowly", time="08:30"),
                Node(
                    id="n2",
                    title="Corniche Fish Grill",
                    time="19:30",
                    place=grill,
                    duration_minutes=120,
                ),
                Node(id="n3", title="Free time"),  # no time: no event
            ],
        ),
        Day(day=2, nodes=[Node(id="n4", title="Café São Bento ☕ " * 6, time="23:45")]),
    ]
    return ItineraryView("trip1", "u1", "Hadibo", dt.date(2027, 3, 14), 3, days)


def test_events_import_at_the_destinations_local_times() -> None:
    zone = ZoneInfo("Asia/Aden")  # UTC+3
    events = parse_ics(build_calendar(_trip(), zone, STAMP).encode())
    assert [e["SUMMARY"] for e in events] == [
        "Breakfast, then a walk; slowly",
        "Corniche Fish Grill",
        "Café São Bento ☕ " * 6,
    ]
    first, grill, late = events
    assert _utc(first["DTSTART"]) == dt.datetime(2027, 3, 14, 8, 30, tzinfo=zone)
    assert _utc(grill["DTSTART"]) == dt.datetime(2027, 3, 14, 19, 30, tzinfo=zone)
    assert _utc(grill["DTEND"]) - _utc(grill["DTSTART"]) == dt.timedelta(hours=2)
    assert _utc(late["DTSTART"]) == dt.datetime(2027, 3, 15, 23, 45, tzinfo=zone)
    assert grill["LOCATION"] == "Corniche Road, Hadibo; Socotra"
    assert grill["URL"].startswith("https://www.google.com/maps/search/?api=1&query=")
    assert len({e["UID"] for e in events}) == 3


def test_an_independent_parser_imports_the_same_events_and_times() -> None:
    zone = ZoneInfo("Asia/Aden")  # UTC+3
    calendar = icalendar.Calendar.from_ical(build_calendar(_trip(), zone, STAMP))
    events = list(calendar.walk("VEVENT"))
    assert [str(e.get("SUMMARY")) for e in events] == [
        "Breakfast, then a walk; slowly",
        "Corniche Fish Grill",
        "Café São Bento ☕ " * 6,
    ]
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == [
        dt.datetime(2027, 3, 14, 8, 30, tzinfo=zone),
        dt.datetime(2027, 3, 14, 19, 30, tzinfo=zone),
        dt.datetime(2027, 3, 15, 23, 45, tzinfo=zone),
    ]
    assert events[1].decoded("DTEND") - starts[1] == dt.timedelta(hours=2)
    assert str(events[1].get("LOCATION")) == "Corniche Road, Hadibo; Socotra"


def test_a_daylight_saving_change_is_respected() -> None:
    trip = _trip()
    trip = ItineraryView(trip.id, trip.user_id, "Porto", dt.date(2027, 3, 27), 1, trip.days)
    zone = ZoneInfo("Europe/Lisbon")  # summer time starts on 28 March 2027
    events = parse_ics(build_calendar(trip, zone, STAMP).encode())
    assert events[0]["DTSTART"] == "20270327T083000Z"  # WET = UTC
    assert events[2]["DTSTART"] == "20270328T224500Z"  # WEST = UTC+1


def test_commas_and_semicolons_are_escaped_on_the_wire() -> None:
    text = build_calendar(_trip(), ZoneInfo("UTC"), STAMP)
    assert "SUMMARY:Breakfast\\, then a walk\\; slowly\r\n" in text
    assert escape_text("a\\b\nc") == "a\\\\b\\nc"


@given(st.text(min_size=0, max_size=400))
def test_folding_keeps_every_character_and_utf8_sequence(value: str) -> None:
    line = "SUMMARY:" + escape_text(value)
    folded = fold_line(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line


def test_control_characters_never_reach_the_file() -> None:
    assert escape_text("a\x00b\x1bc\td") == "abc\td"

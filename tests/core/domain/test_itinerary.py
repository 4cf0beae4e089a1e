"""Itinerary documents: node time validation, time formatting, ordering, place snapshots."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from core.domain.itinerary import (
    Day,
    Node,
    NodeType,
    PlaceSnapshot,
    format_time,
    nearer_half,
    new_node_id,
    sort_key,
)
from core.messages import use_locale
from core.protocol import Coordinates, PlaceCandidate


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("9:05", "09:05"),
        ("09:05", "09:05"),
        ("0:00", "00:00"),
        ("00:00", "00:00"),
        ("12:00", "12:00"),
        ("23:59", "23:59"),
        (None, None),
    ],
)
def test_node_time_is_normalized(raw: str | None, stored: str | None) -> None:
    assert Node(title="x", time=raw).time == stored


@pytest.mark.parametrize(
    "raw",
    [
        "25:00",
        "24:00",
        "12:60",
        "12:5",
        "12:005",
        "9",
        "",
        "1200",
        "12:00:00",
        "-1:00",
        "+9:05",
        "ab:cd",
        "12:ab",
        " 9:05",
        "9:05 ",
        "9:05pm",
        "noon",
    ],
)
def test_node_time_invalid(raw: str) -> None:
    with pytest.raises(ValidationError):
        Node(title="x", time=raw)


@pytest.mark.parametrize("raw", ["１２:００", "12:0５", "١٢:٣٠"])
def test_node_time_non_ascii_digits_are_rejected_or_normalized(raw: str) -> None:
    """str.isdigit() accepts other scripts' digits; a stored time must still be ASCII HH:MM."""
    try:
        time = Node(title="x", time=raw).time
    except ValidationError:
        return
    assert time is not None
    assert time.isascii(), time
    assert len(time) == 5, time
    assert time[2] == ":", time


def test_node_time_is_validated_on_model_validate_too() -> None:
    assert Node.model_validate({"title": "x", "time": "7:30"}).time == "07:30"
    with pytest.raises(ValidationError):
        Node.model_validate({"title": "x", "time": "7:3"})


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", ""), ("title", "x" * 201), ("duration_minutes", -1), ("duration_minutes", 1441)],
)
def test_node_field_limits(field: str, value: object) -> None:
    data: dict[str, object] = {"title": "x", field: value}
    with pytest.raises(ValidationError):
        Node.model_validate(data)


def test_node_defaults() -> None:
    node = Node(title="Walk")
    assert node.type is NodeType.ACTIVITY
    assert node.time is None
    assert node.id.startswith("n")
    assert node.id != Node(title="Walk").id


def test_new_node_id_is_short_and_unique() -> None:
    generated = {new_node_id() for _ in range(200)}
    assert len(generated) == 200
    assert all(len(i) == 11 and i.startswith("n") for i in generated)


def test_node_wire_form_is_camel_case_without_nones() -> None:
    node = Node(id="n1", title="Lunch", type=NodeType.MEAL, time="13:00", duration_minutes=60)
    assert node.to_json_dict() == {
        "id": "n1",
        "title": "Lunch",
        "type": "meal",
        "time": "13:00",
        "durationMinutes": 60,
    }
    assert Node.model_validate(node.to_json_dict()) == node


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("00:00", "12:00 AM"),
        ("00:05", "12:05 AM"),
        ("09:05", "9:05 AM"),
        ("11:59", "11:59 AM"),
        ("12:00", "12:00 PM"),
        ("12:30", "12:30 PM"),
        ("13:00", "1:00 PM"),
        ("14:00", "2:00 PM"),
        ("23:59", "11:59 PM"),
    ],
)
def test_format_time(value: str | None, text: str) -> None:
    assert format_time(value) == text


@pytest.mark.parametrize(
    ("locale", "value", "text"),
    [
        ("es", "14:00", "14:00"),
        ("es", "20:30", "20:30"),
        ("es", "09:05", "9:05"),
        ("es-MX", "23:59", "23:59"),
        ("pt", "14:00", "14:00"),
        ("pt", "00:05", "00:05"),
        ("pt_PT", "19:30", "19:30"),
        ("fr", "14:00", "2:00 PM"),  # a language we don't speak is answered in English
    ],
)
def test_format_time_uses_the_24_hour_clock_in_spanish_and_portuguese(
    locale: str, value: str, text: str
) -> None:
    with use_locale(locale):
        assert format_time(value) == text


def test_format_time_takes_an_explicit_language_over_the_turns() -> None:
    with use_locale("es"):
        assert format_time("14:00", "en") == "2:00 PM"
    assert format_time("14:00", "pt") == "14:00"
    assert format_time(None, "es") == ""


def test_sort_key_orders_by_time_untimed_last_stably() -> None:
    nodes = [
        Node(id="u1", title="u1"),
        Node(id="late", title="late", time="21:00"),
        Node(id="t1", title="t1", time="09:00"),
        Node(id="u2", title="u2"),
        Node(id="t2", title="t2", time="09:00"),
        Node(id="early", title="early", time="00:00"),
    ]
    assert [n.id for n in sorted(nodes, key=sort_key)] == ["early", "t1", "t2", "late", "u1", "u2"]


def test_day_numbers_start_at_one() -> None:
    assert Day(day=1).nodes == []
    with pytest.raises(ValidationError):
        Day(day=0)


def test_place_snapshot_from_candidate_copies_lasting_facts() -> None:
    candidate = PlaceCandidate(
        place_id="p1",
        name="Sushi Zen",
        rating=4.6,
        rating_count=321,
        price_level=2,
        formatted_address="1 Main St, Hadibo",
        coordinates=Coordinates(lat=12.65, lng=54.02),
        photo_url="https://example.test/p.jpg",
        is_open_now=True,
        distance=450,
        cuisine=["japanese", "sushi"],
        types=["restaurant"],
    )
    snapshot = PlaceSnapshot.from_candidate(candidate)
    assert snapshot == PlaceSnapshot(
        place_id="p1",
        name="Sushi Zen",
        formatted_address="1 Main St, Hadibo",
        coordinates=Coordinates(lat=12.65, lng=54.02),
        rating=4.6,
        rating_count=321,
        price_level=2,
        photo_url="https://example.test/p.jpg",
        cuisine=["japanese", "sushi"],
        types=["restaurant"],
    )
    # momentary facts are not part of the snapshot
    dumped = snapshot.to_json_dict()
    assert "isOpenNow" not in dumped
    assert "distance" not in dumped
    assert dumped["placeId"] == "p1"


def test_place_snapshot_from_minimal_candidate() -> None:
    snapshot = PlaceSnapshot.from_candidate(PlaceCandidate(place_id="p2", name="Tokyo Bay"))
    assert snapshot == PlaceSnapshot(place_id="p2", name="Tokyo Bay")
    assert snapshot.cuisine == []
    assert snapshot.types == []


@pytest.mark.parametrize(
    ("said", "current", "meant"),
    [
        ("08:15", "19:00", "20:15"),  # "a las 8 y cuarto" for a dinner place
        ("19:30", "07:00", "07:30"),  # "at 7:30" (read as evening) for a breakfast place
        ("09:00", "21:00", "21:00"),
        ("15:00", "09:00", "15:00"),  # a tie keeps what the parser read
        ("03:00", "15:00", "15:00"),
        ("01:00", "02:00", "01:00"),  # already the nearer half: kept
        ("12:30", "20:00", "12:30"),  # noon-ish is never flipped
    ],
)
def test_a_bare_clock_time_takes_the_half_of_the_day_nearer_the_item(
    said: str, current: str, meant: str
) -> None:
    assert nearer_half(said, current) == meant

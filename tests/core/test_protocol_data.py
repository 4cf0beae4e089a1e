"""AgentResponse.data: one typed model per response kind, the same JSON on the wire."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from core.protocol import (
    AgentResponse,
    BookingData,
    BookingsData,
    CardsData,
    ChangeData,
    ChoicesData,
    DayData,
    LeadData,
    NodeData,
    Option,
    PlaceData,
    Preview,
    ResponseData,
    ResponseType,
    VersionData,
)

CARD = {
    "placeId": "demo-hadibo-sushi-zen",
    "name": "Sushi Zen",
    "rating": 4.6,
    "priceLevel": 2,
    "coordinates": {"lat": 12.65, "lng": 54.02},
    "cuisine": ["Japanese"],
    "types": ["restaurant"],
    "keywords": [],
}
BOOKING = {
    "ref": "B-1A2B3C",
    "placeName": "Corniche Fish Grill",
    "kind": "table",
    "day": 1,
    "date": None,  # a trip without dates: null stays on the wire
    "time": "19:30",
    "partySize": 2,
    "status": "pending_review",
}
WIRE: list[tuple[dict[str, Any], type[ResponseData]]] = [
    ({"toVersion": 3, "diff": [{"op": "add", "id": "n1", "after": None}]}, ChangeData),
    ({"candidates": [CARD]}, CardsData),
    ({"candidates": []}, CardsData),
    ({"options": [{"id": "2", "label": "Day 2", "description": "Sat 14 Mar"}]}, ChoicesData),
    ({"preview": {"items": ["Lunch"]}, "options": [{"id": "yes", "label": "Yes"}]}, ChoicesData),
    ({"preview": {"items": ["Lunch"]}}, ChoicesData),
    ({"version": 4}, VersionData),
    ({"nodeId": "n17e884429c"}, NodeData),
    ({"placeId": "demo-hadibo-sushi-zen"}, PlaceData),
    ({"day": {"day": 2, "nodes": []}}, DayData),
    ({"leadId": "lead-1"}, LeadData),
    ({"booking": BOOKING}, BookingData),
    ({"bookings": [BOOKING]}, BookingsData),
    ({"bookings": []}, BookingsData),
]


@pytest.mark.parametrize(("wire", "kind"), WIRE)
def test_each_kind_of_data_is_its_own_model_and_keeps_its_json(
    wire: dict[str, Any], kind: type[ResponseData]
) -> None:
    response = AgentResponse.model_validate({"type": "COMPLETE", "message": "ok", "data": wire})
    assert type(response.data) is kind
    assert response.to_json_dict()["data"] == wire
    assert AgentResponse.model_validate_json(response.model_dump_json(by_alias=True)) == response


def test_built_data_is_the_json_the_dicts_used_to_make() -> None:
    options = [Option(id="yes", label="Yes"), Option(id="no", label="Cancel")]
    built = ChoicesData(preview=Preview(items=["Lunch at Sushi Zen"]), options=options)
    assert built.to_json_dict() == {
        "preview": {"items": ["Lunch at Sushi Zen"]},
        "options": [{"id": "yes", "label": "Yes"}, {"id": "no", "label": "Cancel"}],
    }
    response = AgentResponse(type=ResponseType.NEEDS_CONFIRMATION, message="Sure?", data=built)
    assert response.to_json_dict()["data"] == built.to_json_dict()


def test_data_reads_like_its_json() -> None:
    data = CardsData.model_validate({"candidates": [CARD]})
    assert data["candidates"][0]["name"] == "Sushi Zen"
    assert data.get("options") is None
    assert list(data) == ["candidates"]
    assert data == {"candidates": [CARD]}
    assert dict(ChangeData(to_version=2, diff=[])) == {"toVersion": 2, "diff": []}


@pytest.mark.parametrize(
    "wire",
    [
        {"surprise": True},
        {"options": [{"label": "no id"}]},
        {"toVersion": "three", "diff": []},
        {"options": [], "toVersionx": 1},
    ],
)
def test_data_of_no_known_kind_is_refused(wire: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        AgentResponse.model_validate({"type": "COMPLETE", "message": "ok", "data": wire})

"""One traveler can never read or change another's trip, prompts, bookings or leads.

(The events socket's refusal of a foreign token is in test_events_socket.py.)
"""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import DemoTrip, start_demo


@pytest.fixture
async def intruder(client: httpx.AsyncClient) -> DemoTrip:
    return await start_demo(client)


async def test_another_travelers_open_cards_cannot_be_answered(
    trip: DemoTrip, intruder: DemoTrip
) -> None:
    cards = await trip.chat("add a sushi place on day 2")
    prompt_id = cards["metadata"]["promptId"]
    # On the intruder's own trip, with the victim's prompt id: not their question.
    stolen = await intruder.chat(selectedIndex=0, promptId=prompt_id)
    assert stolen["type"] == "ERROR"
    assert "Sushi" not in " ".join(await trip.day_titles(2))
    assert (await trip.itinerary())["version"] == 1
    # The owner's cards still work afterwards.
    assert (await trip.chat(selectedIndex=1, promptId=prompt_id))["type"] == "COMPLETE"


async def test_bookings_are_private(trip: DemoTrip, intruder: DemoTrip) -> None:
    assert (await trip.chat("add Sushi Zen restaurant on day 2"))["type"] == "COMPLETE"
    ask = await trip.chat("reserve a table at Sushi Zen for 2 at 8pm")
    assert ask["type"] == "NEEDS_CONFIRMATION", ask
    assert (await trip.chat("yes"))["type"] == "COMPLETE"
    mine = await trip.chat("my bookings")
    assert "Sushi Zen" in mine["message"]
    theirs = await intruder.chat("my bookings")
    assert "Sushi Zen" not in theirs["message"]
    await intruder.chat("cancel my reservation at Sushi Zen")  # finds none of theirs
    assert "Sushi Zen" in (await trip.chat("my bookings"))["message"]  # still there


async def test_every_itinerary_route_refuses_a_foreign_token(
    client: httpx.AsyncClient, trip: DemoTrip, intruder: DemoTrip
) -> None:
    base = f"/api/v1/itineraries/{trip.itinerary_id}"
    for method, path, body in (
        ("GET", base, None),
        ("GET", f"{base}/versions", None),
        ("POST", f"{base}/chat", {"text": "clear day 1"}),
        ("POST", f"{base}/chat", {"selectedIndex": 0}),
    ):
        response = await client.request(method, path, json=body, headers=intruder.headers)
        assert response.status_code == 403, (method, path, response.text)
        assert response.json()["error"]["code"] == "forbidden"
    assert (await trip.itinerary())["version"] == 1


async def test_link_codes_and_leads_of_another_traveler_are_forbidden(
    client: httpx.AsyncClient, trip: DemoTrip, intruder: DemoTrip
) -> None:
    code = await client.post(
        f"/api/v1/travelers/{trip.user_id}/link-code", headers=intruder.headers
    )
    assert code.status_code == 403
    lead = await client.post(
        "/api/v1/leads",
        json={"travelerId": trip.user_id, "market": "Kyoto", "interests": ["temples"]},
        headers=intruder.headers,
    )
    assert lead.status_code == 403


async def test_admin_routes_refuse_traveler_tokens(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    for method, path in (
        ("GET", "/api/v1/admin/outbox"),
        ("POST", "/api/v1/admin/intel"),
        ("POST", "/api/v1/admin/experts"),
        ("POST", "/api/v1/travelers"),
    ):
        response = await client.request(method, path, json={}, headers=trip.headers)
        assert response.status_code == 403, (method, path, response.text)
        anonymous = await client.request(method, path, json={})
        assert anonymous.status_code == 401, (method, path, anonymous.text)

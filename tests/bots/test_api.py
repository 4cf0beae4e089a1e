"""HTTP contract: auth, validation, bad input, versions. Errors are JSON, never a trace."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import DemoTrip, start_demo
from tests.fakes.clock import FakeClock

ADMIN = {"Authorization": "Bearer admin-secret"}


async def test_health_and_docs(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["database"] == "ok"
    assert (await client.get("/docs")).status_code == 200
    page = await client.get("/")
    assert page.status_code == 200
    assert "chat-input" in page.text


async def test_operator_creates_a_traveler_who_can_use_the_api(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/api/v1/travelers",
        headers=ADMIN,
        json={
            "name": "Ana",
            "locale": "es-CO",
            "timezone": "America/Bogota",
            "phone": "+573001112233",
        },
    )
    assert created.status_code == 201, created.text
    body = created.json()
    headers = {"Authorization": f"Bearer {body['token']}"}
    itinerary = await client.post(
        "/api/v1/itineraries",
        headers=headers,
        json={"userId": body["id"], "destination": "Bogotá", "startDate": "2026-12-01", "days": 2},
    )
    assert itinerary.status_code == 201, itinerary.text
    trip = itinerary.json()
    assert trip["version"] == 1
    assert [d["day"] for d in trip["days"]] == [1, 2]
    assert trip["days"][1]["date"] == "2026-12-02"


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic x"}, 401)],
)
async def test_traveler_creation_needs_the_admin_token(
    client: httpx.AsyncClient, headers: dict[str, str], status: int
) -> None:
    response = await client.post("/api/v1/travelers", headers=headers, json={"name": "X"})
    assert response.status_code == status
    assert set(response.json()["error"]) == {"code", "message"}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"name": ""}, "name"),
        ({"name": "A", "timezone": "Mars/Olympus"}, "time zone"),
        ({"name": "A", "phone": "12345"}, "phone"),
        ({"name": "A", "colour": "red"}, "colour"),
        ({"name": "A", "quietStart": "22:00"}, "quietEnd"),
        ({"name": "A", "quietStart": "25:00", "quietEnd": "07:00"}, "quietStart: time out"),
    ],
)
async def test_invalid_traveler_bodies_are_422_with_a_readable_message(
    client: httpx.AsyncClient, body: dict[str, str], fragment: str
) -> None:
    response = await client.post("/api/v1/travelers", headers=ADMIN, json=body)
    assert response.status_code == 422
    assert fragment in response.json()["error"]["message"]


async def test_itineraries_need_a_valid_token(client: httpx.AsyncClient, trip: DemoTrip) -> None:
    url = f"/api/v1/itineraries/{trip.itinerary_id}"
    assert (await client.get(url)).status_code == 401
    bad = await client.get(url, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    assert bad.json()["error"]["code"] == "unauthorized"


async def test_another_travelers_itinerary_is_forbidden(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    intruder = await start_demo(client)
    url = f"/api/v1/itineraries/{trip.itinerary_id}"
    assert (await client.get(url, headers=intruder.headers)).status_code == 403
    assert (await client.get(f"{url}/versions", headers=intruder.headers)).status_code == 403
    chat = await client.post(f"{url}/chat", headers=intruder.headers, json={"text": "undo"})
    assert chat.status_code == 403
    assert (await trip.itinerary())["version"] == 1


async def test_body_user_id_must_match_the_token(client: httpx.AsyncClient, trip: DemoTrip) -> None:
    url = f"/api/v1/itineraries/{trip.itinerary_id}/chat"
    response = await client.post(
        url, headers=trip.headers, json={"text": "undo", "userId": "someone-else"}
    )
    assert response.status_code == 403
    create = await client.post(
        "/api/v1/itineraries",
        headers=trip.headers,
        json={"userId": "someone-else", "destination": "Porto", "days": 1},
    )
    assert create.status_code == 403


async def test_unknown_itinerary_is_404(client: httpx.AsyncClient, trip: DemoTrip) -> None:
    for method, suffix in (("GET", ""), ("GET", "/versions"), ("POST", "/chat")):
        response = await client.request(
            method, f"/api/v1/itineraries/nope{suffix}", headers=trip.headers, json={"text": "hi"}
        )
        assert response.status_code == 404, (method, suffix)
        assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"{}", "text"),
        (b'{"selectedIndex": -1}', "selectedIndex"),
        (b'{"text": "hi", "day": 0}', "day"),
        (b'{"text": 5}', "text"),
    ],
)
async def test_malformed_chat_bodies_are_422(
    client: httpx.AsyncClient, trip: DemoTrip, content: bytes, fragment: str
) -> None:
    response = await client.post(
        f"/api/v1/itineraries/{trip.itinerary_id}/chat",
        headers={**trip.headers, "content-type": "application/json"},
        content=content,
    )
    assert response.status_code == 422
    assert fragment in response.json()["error"]["message"]
    assert (await trip.itinerary())["version"] == 1


async def test_itinerary_id_in_body_must_match_the_url(trip: DemoTrip) -> None:
    response = await trip.client.post(
        f"/api/v1/itineraries/{trip.itinerary_id}/chat",
        headers=trip.headers,
        json={"text": "undo", "itineraryId": "other"},
    )
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("days", "ok"), [(0, False), (1, True), (30, True), (31, False), ("three", False)]
)
async def test_trip_length_is_validated(trip: DemoTrip, days: object, ok: bool) -> None:
    response = await trip.client.post(
        "/api/v1/itineraries", headers=trip.headers, json={"destination": "Kyoto", "days": days}
    )
    assert (response.status_code == 201) is ok


@pytest.mark.parametrize(
    "text", ["", "   ", "x" * 10_240, "add a museum on day 9", "remove lunch on day 0"]
)
async def test_bad_chat_text_gets_a_clear_error_and_changes_nothing(
    trip: DemoTrip, text: str
) -> None:
    before = await trip.itinerary()
    answer = await trip.chat(text)
    assert answer["type"] == "ERROR"
    assert answer["message"]
    assert await trip.itinerary() == before


async def test_unknown_day_says_how_many_days_there_are(trip: DemoTrip) -> None:
    answer = await trip.chat("add a museum on day 9")
    assert "3 days" in answer["message"]
    assert "day 9" in answer["message"]


async def test_selected_index_without_a_question(trip: DemoTrip) -> None:
    answer = await trip.chat(selectedIndex=0)
    assert answer["type"] == "ERROR"
    assert "no open question" in answer["message"]


async def test_out_of_range_choice_keeps_the_cards_open(trip: DemoTrip) -> None:
    await trip.chat("add a sushi place on day 2")
    before = await trip.itinerary()
    for reply in ({"selectedIndex": 7}, {"text": "9"}):
        answer = await trip.chat(**reply)  # type: ignore[arg-type]
        assert answer["type"] == "ERROR"
        assert "1 to 5" in answer["message"]
    assert await trip.itinerary() == before
    assert (await trip.chat("the last one"))["type"] == "COMPLETE"


async def test_expired_cards_over_http(trip: DemoTrip, clock: FakeClock) -> None:
    await trip.chat("add a sushi place on day 2")
    clock.advance(minutes=5, seconds=1)
    answer = await trip.chat(selectedIndex=1)
    assert answer["type"] == "ERROR"
    assert "expired" in answer["message"]
    assert (await trip.itinerary())["version"] == 1


async def test_versions_list_every_change_with_its_diff(trip: DemoTrip) -> None:
    await trip.chat("add Sushi Zen restaurant on day 2")
    await trip.chat("move Sushi Zen to day 3")
    await trip.chat("undo")
    response = await trip.client.get(
        f"/api/v1/itineraries/{trip.itinerary_id}/versions", headers=trip.headers
    )
    body = response.json()
    assert body["version"] == 4
    versions = body["versions"]
    assert [v["version"] for v in versions] == [4, 3, 2, 1]
    assert versions[0]["undoesVersion"] == 3
    assert versions[1]["undone"] is True
    assert versions[1]["diff"][0]["op"] == "move"
    assert versions[2]["diff"][0]["after"]["title"] == "Sushi Zen"
    assert "Sushi Zen" in await trip.day_titles(2)


async def test_big_removal_asks_first_then_applies(trip: DemoTrip) -> None:
    day_three = await trip.day_titles(3)
    ask = await trip.chat("clear day 3")
    assert ask["type"] == "NEEDS_CONFIRMATION"
    assert ask["message"] == f"This will remove {len(day_three)} activities from day 3. Continue?"
    assert ask["metadata"]["promptId"]
    assert (await trip.chat("nope"))["message"] == "Okay, I left your trip as it was."
    assert await trip.day_titles(3) == day_three
    await trip.chat("clear day 3")
    done = await trip.chat(selectedIndex=0)
    assert done["type"] == "COMPLETE"
    assert await trip.day_titles(3) == []


async def test_demo_session_is_refused_outside_demo_mode(settings, clock) -> None:  # type: ignore[no-untyped-def]
    from bots.app import create_app

    live = settings.model_copy(update={"demo_mode": False})
    application = create_app(live, clock=clock)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            response = await http.post("/api/v1/demo/session")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_demo_mode"

"""A NUL character (U+0000) gets the same answer on SQLite and PostgreSQL (issue #14.7).

PostgreSQL cannot store a NUL in text; before, the API answered 500 there (and 2xx on
SQLite), and a channel message holding one was dropped after the welcome. Every test here
runs on both databases.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from starlette.websockets import WebSocketDisconnect

from bots.app import create_app
from core.config import Settings
from core.messages import msg
from core.storage.models import Expert, Itinerary, Lead, Traveler
from tests.bots.test_whatsapp_flow import WhatsApp, whatsapp
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock

__all__ = ["whatsapp"]  # the fixture, shared with the WhatsApp flow tests

ADMIN = {"Authorization": "Bearer admin-secret"}
NUL = "\u0000"
EXPERT = {
    "name": "Yuki",
    "market": "Kyoto",
    "specialties": ["temples"],
    "languages": ["English"],
    "priceMin": 100,
    "priceMax": 300,
    "rating": 4.8,
    "reviewCount": 12,
    "medianResponseMinutes": 30,
}


async def _count(app: Any, model: type[Any]) -> int:
    async with app.state.services.sessions() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def _refused(response: httpx.Response) -> None:
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert "NUL" in error["message"]


async def test_a_nul_in_any_body_text_is_a_clear_422(
    app: Any, client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    before = {m: await _count(app, m) for m in (Traveler, Itinerary, Lead, Expert)}
    mine = trip.headers
    chat = f"/api/v1/itineraries/{trip.itinerary_id}/chat"
    lead = {"travelerId": trip.user_id, "market": "Kyoto", "message": "hi"}
    calls = [
        ("/api/v1/travelers", ADMIN, {"name": f"Ana{NUL}Silva"}),
        ("/api/v1/itineraries", mine, {"destination": f"Ha{NUL}dibo", "days": 2}),
        (chat, mine, {"text": f"add a sushi{NUL} place on day 2"}),
        ("/api/v1/leads", mine, lead | {"message": f"temples{NUL}"}),
        ("/api/v1/leads", mine, lead | {"interests": ["tea", f"te{NUL}a"]}),
        ("/api/v1/admin/experts", ADMIN, EXPERT | {"slackUserId": f"U0{NUL}1"}),
        (
            "/api/v1/admin/intel",
            ADMIN,
            {
                "market": "Kyoto",
                "intelType": "event",
                "data": {"title": "Festival", "description": f"x{NUL}"},
            },
        ),
    ]
    for path, headers, body in calls:
        _refused(await client.post(path, headers=headers, json=body))
    expert = (await client.post("/api/v1/admin/experts", headers=ADMIN, json=EXPERT)).json()
    _refused(
        await client.patch(
            f"/api/v1/admin/experts/{expert['id']}", headers=ADMIN, json={"name": f"Y{NUL}"}
        )
    )
    after = {m: await _count(app, m) for m in (Traveler, Itinerary, Lead, Expert)}
    assert after == before | {Expert: before[Expert] + 1}
    # Nothing was half-done: the trip and the chat still work.
    answer = await trip.chat("add a sushi place on day 2")
    assert answer["type"] == "NEEDS_SELECTION"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/itineraries/ab%00cd",
        "/api/v1/itineraries/ab%00cd/versions",
        "/api/v1/itineraries/x?token=a%00b",
        "/api/v1/place-photos/places/a/photos/b?sig=%00",
    ],
)
async def test_a_nul_in_the_url_is_a_clear_422(
    client: httpx.AsyncClient, trip: DemoTrip, url: str
) -> None:
    _refused(await client.get(url, headers=trip.headers))


async def test_a_nul_in_a_path_id_of_a_write_is_a_clear_422(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    _refused(await client.post(f"/api/v1/travelers/{trip.user_id}%00/link-code", headers=ADMIN))
    _refused(await client.patch("/api/v1/admin/experts/a%00b", headers=ADMIN, json={}))


def test_a_nul_in_the_socket_url_closes_it(settings: Settings, clock: FakeClock) -> None:
    with TestClient(create_app(settings, clock=clock)) as sync_client:
        session = sync_client.post("/api/v1/demo/session").json()
        url = f"/api/v1/itineraries/{session['itineraryId']}%00/events?token={session['token']}"
        with pytest.raises(WebSocketDisconnect) as closed, sync_client.websocket_connect(url):
            pass
    assert closed.value.code == 1008


async def test_a_channel_message_with_a_nul_is_answered_not_dropped(whatsapp: WhatsApp) -> None:
    answer = await whatsapp.say(
        "SM" + "1" * 32, f"add a sushi{NUL} place on day 2", name=f"Ana{NUL} Silva"
    )
    assert answer.status_code == 200
    assert whatsapp.twilio.messages[0] == whatsapp.to_traveler(msg("welcome"))
    assert whatsapp.shown(1) == whatsapp.picker(whatsapp.prompt_id)
    assert len(whatsapp.twilio.messages) == 2
    async with whatsapp.app.state.services.sessions() as session:
        names = (await session.execute(select(Traveler.name))).scalars().all()
    assert names == ["Ana Silva"]

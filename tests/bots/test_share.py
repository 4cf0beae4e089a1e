"""Taking a trip along: share links (read-only, unguessable, revocable) and the calendar file."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI
from sqlalchemy import select, update

from bots.container import Services
from core.storage.console_models import ShareLink
from core.storage.models import Traveler
from tests.conftest import DemoTrip, start_demo

_LINK = re.compile(r"http://127\.0\.0\.1:8000(/share/[A-Za-z0-9_-]+(?:/trip\.ics)?)")


def _path(message: str) -> str:
    found = _LINK.search(message)
    assert found, message
    return found.group(1)


async def test_share_my_trip_gives_a_read_only_page_until_stop_sharing(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    answer = await trip.chat("share my trip with my wife")
    assert answer["type"] == "COMPLETE"
    path = _path(answer["message"])
    secret = path.rsplit("/", 1)[1]
    assert len(secret) >= 43  # 256 random bits

    page = await client.get(path)  # no token: anyone holding the link
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "Sunrise Breakfast Cafe" in page.text
    assert "Day 2" in page.text
    assert "<script" not in page.text
    assert "form" not in page.text  # read-only: nothing to submit
    for method in ("post", "put", "delete"):
        assert (await client.request(method, path)).status_code == 405

    services: Services = app.state.services
    async with services.sessions() as session:
        stored = list(await session.scalars(select(ShareLink.token_hash)))
    assert secret not in stored  # only its hash is kept

    stopped = await trip.chat("stop sharing")
    assert stopped["message"] == "Done: the links to your trip no longer work."
    assert (await client.get(path)).status_code == 404
    again = await trip.chat("stop sharing")
    assert again["message"] == "Your trip isn't shared, so there was nothing to turn off."


async def test_links_answer_404_alike_for_unknown_and_malformed_secrets(
    client: httpx.AsyncClient,
) -> None:
    for secret in ("nope", "x" * 300, "%00", "A" * 43):
        assert (await client.get(f"/share/{secret}")).status_code in (404, 422)
        assert (await client.get(f"/share/{secret}/trip.ics")).status_code in (404, 422)


async def test_export_to_my_calendar_in_spanish_links_an_ics(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    answer = await trip.chat("exportar al calendario")
    assert answer["message"].startswith("Aquí tienes tu viaje como archivo de calendario")
    assert "Asia/Aden" in answer["message"]
    response = await client.get(_path(answer["message"]))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"DTSTART:" in response.content


async def test_the_page_speaks_the_travelers_language(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    services: Services = app.state.services
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Traveler).where(Traveler.id == trip.user_id).values(locale="pt")
        )
    made = await client.post(f"/api/v1/itineraries/{trip.itinerary_id}/share", headers=trip.headers)
    assert made.status_code == 200
    page = await client.get(made.json()["url"].removeprefix("http://127.0.0.1:8000"))
    assert '<html lang="pt">' in page.text
    assert "Dia 1" in page.text
    assert "Adicionar ao calendário" in page.text


async def test_only_the_owner_makes_or_ends_links(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    other = await start_demo(client)
    route = f"/api/v1/itineraries/{trip.itinerary_id}/share"
    assert (await client.post(route)).status_code == 401
    assert (await client.post(route, headers=other.headers)).status_code == 403
    assert (await client.delete(route, headers=other.headers)).status_code == 403
    calendar = f"/api/v1/itineraries/{trip.itinerary_id}/calendar.ics"
    assert (await client.get(calendar, headers=other.headers)).status_code == 403

    made = (await client.post(route, headers=trip.headers)).json()
    url = made["url"].removeprefix("http://127.0.0.1:8000")
    assert (await client.get(url)).status_code == 200
    assert (await client.delete(route, headers=trip.headers)).status_code == 204
    assert (await client.get(url)).status_code == 404
    assert (await client.get(f"{url}/trip.ics")).status_code == 404
    own = await client.get(calendar, headers=trip.headers)
    assert own.status_code == 200
    assert own.content.count(b"BEGIN:VEVENT") == 12

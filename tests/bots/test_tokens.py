"""Traveler tokens: rotation, revocation (traveler and operator), expiry, creation time."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from bots.auth import CACHE_SECONDS
from bots.container import Services
from core.storage.models import Traveler
from tests.conftest import DemoTrip, start_demo
from tests.fakes.clock import FakeClock

ADMIN = {"Authorization": "Bearer admin-secret"}


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _itinerary_status(trip: DemoTrip, token: str) -> int:
    response = await trip.client.get(
        f"/api/v1/itineraries/{trip.itinerary_id}", headers=_bearer(token)
    )
    return response.status_code


async def test_rotation_gives_a_new_token_and_the_old_one_stops_at_once(trip: DemoTrip) -> None:
    assert await _itinerary_status(trip, trip.token) == 200  # now in the verified cache
    path = f"/api/v1/travelers/{trip.user_id}/token"
    rotated = await trip.client.post(path, headers=trip.headers)
    assert rotated.status_code == 200, rotated.text
    body = rotated.json()
    assert body["token"] != trip.token
    assert body["createdAt"]
    assert body["expiresAt"]
    assert await _itinerary_status(trip, trip.token) == 401
    assert await _itinerary_status(trip, body["token"]) == 200


async def test_log_me_out_everywhere_revokes_the_token_until_the_operator_issues_one(
    trip: DemoTrip,
) -> None:
    assert await _itinerary_status(trip, trip.token) == 200
    out = await trip.client.delete(f"/api/v1/travelers/{trip.user_id}/token", headers=trip.headers)
    assert out.status_code == 204, out.text
    assert await _itinerary_status(trip, trip.token) == 401
    # Nor can the revoked token get itself a new one.
    again = await trip.client.post(f"/api/v1/travelers/{trip.user_id}/token", headers=trip.headers)
    assert again.status_code == 401
    issued = await trip.client.post(f"/api/v1/travelers/{trip.user_id}/token", headers=ADMIN)
    assert issued.status_code == 200, issued.text
    assert await _itinerary_status(trip, issued.json()["token"]) == 200


async def test_the_operator_revokes_a_travelers_token(trip: DemoTrip) -> None:
    assert await _itinerary_status(trip, trip.token) == 200
    revoked = await trip.client.delete(f"/api/v1/travelers/{trip.user_id}/token", headers=ADMIN)
    assert revoked.status_code == 204
    assert await _itinerary_status(trip, trip.token) == 401


async def test_a_traveler_cannot_rotate_or_revoke_someone_elses_token(
    client: httpx.AsyncClient, trip: DemoTrip
) -> None:
    other = await start_demo(client)
    path = f"/api/v1/travelers/{trip.user_id}/token"
    assert (await client.delete(path, headers=other.headers)).status_code == 403
    assert (await client.post(path, headers=other.headers)).status_code == 403
    assert await _itinerary_status(trip, trip.token) == 200


async def test_unknown_traveler_is_404_for_the_operator(client: httpx.AsyncClient) -> None:
    for method in ("POST", "DELETE"):
        response = await client.request(method, "/api/v1/travelers/nobody/token", headers=ADMIN)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


async def test_tokens_expire_after_the_maximum_age_even_when_cached(
    trip: DemoTrip, app: FastAPI, clock: FakeClock
) -> None:
    max_age = app.state.services.settings.traveler_token_max_age
    assert max_age is not None  # 90 days by default
    assert await _itinerary_status(trip, trip.token) == 200
    clock.advance(seconds=max_age.total_seconds() - 1)
    # Within the cache's lifetime, so the cached answer has to know the expiry too.
    assert CACHE_SECONDS > 1
    assert await _itinerary_status(trip, trip.token) == 200
    clock.advance(seconds=1)
    assert await _itinerary_status(trip, trip.token) == 401
    renewed = await trip.client.post(f"/api/v1/travelers/{trip.user_id}/token", headers=ADMIN)
    assert await _itinerary_status(trip, renewed.json()["token"]) == 200


async def test_the_token_creation_time_is_stored(
    trip: DemoTrip, app: FastAPI, clock: FakeClock
) -> None:
    services: Services = app.state.services

    async def created_at() -> object:
        async with services.sessions() as session:
            return await session.scalar(
                select(Traveler.token_created_at).where(Traveler.id == trip.user_id)
            )

    assert await created_at() == clock.now()
    clock.advance(hours=2)
    await trip.client.post(f"/api/v1/travelers/{trip.user_id}/token", headers=trip.headers)
    assert await created_at() == clock.now()


@pytest.mark.parametrize("days", [0])
async def test_zero_maximum_age_means_tokens_never_expire(
    days: int, client: httpx.AsyncClient, app: FastAPI, clock: FakeClock
) -> None:
    services: Services = app.state.services
    services.authenticator.max_age = services.settings.model_copy(
        update={"traveler_token_max_age_days": days}
    ).traveler_token_max_age
    trip = await start_demo(client)
    clock.advance(days=3650)
    assert await _itinerary_status(trip, trip.token) == 200

"""The verified-token cache: refreshed in the background while in use, one lookup at a time."""

from __future__ import annotations

import asyncio

import pytest
from fastapi import FastAPI

from bots.auth import CACHE_SECONDS, REFRESH_AFTER_SECONDS, Authenticator
from bots.container import Services
from core.services.traveler_tokens import TravelerTokens
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock


def _counting(authenticator: Authenticator, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    lookups: list[str] = []
    tokens = authenticator.tokens

    def counted(session: object) -> TravelerTokens:
        lookups.append("lookup")
        return tokens(session)  # type: ignore[arg-type]

    monkeypatch.setattr(authenticator, "tokens", counted)
    return lookups


async def _settled() -> None:
    for _ in range(50):
        await asyncio.sleep(0.01)


async def test_a_token_in_use_is_checked_again_without_making_a_request_wait(
    trip: DemoTrip, app: FastAPI, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #19: a busy token's entry expired every 30 s, and the request that found it so
    queued twice for a database connection under load (the lookup, then its turn)."""
    authenticator = app.state.services.authenticator
    lookups = _counting(authenticator, monkeypatch)
    clock.advance(seconds=CACHE_SECONDS + 1)  # whatever the fixtures cached is gone
    assert await authenticator.authenticate(trip.token) is not None
    assert len(lookups) == 1
    clock.advance(seconds=REFRESH_AFTER_SECONDS)
    # Served from the cache at once; the lookup runs beside it and renews the entry.
    principal = await authenticator.authenticate(trip.token)
    assert principal is not None
    assert principal.id == trip.user_id
    assert len(lookups) == 1
    await _settled()
    assert len(lookups) == 2
    clock.advance(seconds=CACHE_SECONDS - 1)  # past the first verification's lifetime
    assert await authenticator.authenticate(trip.token) is not None
    await _settled()
    assert len(lookups) == 3  # renewed again in the background, never on the request's path


async def test_a_revocation_elsewhere_is_seen_by_the_background_check(
    trip: DemoTrip, app: FastAPI, clock: FakeClock
) -> None:
    services: Services = app.state.services
    authenticator = services.authenticator
    assert await authenticator.authenticate(trip.token) is not None
    async with services.sessions() as session, session.begin():  # another process revokes
        await TravelerTokens(session, clock, None).revoke(trip.user_id)
    clock.advance(seconds=REFRESH_AFTER_SECONDS)
    assert await authenticator.authenticate(trip.token) is not None  # within CACHE_SECONDS
    await _settled()
    assert await authenticator.authenticate(trip.token) is None


async def test_requests_that_find_a_token_unverified_at_once_share_one_lookup(
    trip: DemoTrip, app: FastAPI, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    authenticator = app.state.services.authenticator
    lookups = _counting(authenticator, monkeypatch)
    clock.advance(seconds=CACHE_SECONDS + 1)
    found = await asyncio.gather(*(authenticator.authenticate(trip.token) for _ in range(6)))
    assert {principal.id for principal in found if principal is not None} == {trip.user_id}
    assert len(lookups) == 1

"""GET /api/v1/admin/outbox: counts by status, how late the oldest due row is, dead letters."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from bots.routers import admin_outbox
from core.services.outbox import DEAD, HELD, SENT, enqueue_push
from core.storage.models import OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, add_traveler

ADMIN = {"Authorization": "Bearer admin-secret"}
ROUTE = "/api/v1/admin/outbox"


@pytest.fixture(autouse=True)
def _router(app: FastAPI) -> None:
    # The lead wires the router into create_app; until then the test includes it itself.
    if not any(getattr(route, "path", None) == ROUTE for route in app.routes):
        app.include_router(admin_outbox.router)


async def test_needs_the_admin_token(client: httpx.AsyncClient) -> None:
    assert (await client.get(ROUTE)).status_code == 401
    wrong = await client.get(ROUTE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert wrong.json()["error"]["code"] == "forbidden"


async def test_an_empty_outbox(client: httpx.AsyncClient) -> None:
    response = await client.get(ROUTE, headers=ADMIN)
    assert response.status_code == 200
    assert response.json() == {
        "counts": {"pending": 0, "sending": 0, "sent": 0, "held": 0, "dead": 0},
        "oldestPendingAgeSeconds": None,
        "byChannel": {},
        "deadLetters": [],
        "recent": [],
    }


async def test_counts_lag_and_the_latest_dead_letters(
    app: FastAPI, client: httpx.AsyncClient, clock: FakeClock
) -> None:
    services = app.state.services

    async def push(key: str, *, not_before_hours: float = 0) -> None:
        await enqueue_push(
            session,
            clock,
            key=key,
            traveler_id=traveler,
            kind="alert",
            text=key,
            not_before=clock.now() + timedelta(hours=not_before_hours),
        )

    async with services.sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("telegram", "1")])
        await push("due-first")
        clock.advance(minutes=5)
        await push("due-later")
        await push("after-quiet-hours", not_before_hours=8)
        await push("sent")
        await push("held")
        for n in range(22):
            clock.advance(seconds=1)
            await push(f"dead-{n}")
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.idempotency_key == "sent").values(status=SENT)
        )
        await session.execute(
            update(OutboxMessage).where(OutboxMessage.idempotency_key == "held").values(status=HELD)
        )
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.idempotency_key.like("dead-%"))
            .values(status=DEAD, attempts=6, last_error="PlatformError: HTTP 502")
        )
    clock.advance(minutes=5)
    body = (await client.get(ROUTE, headers=ADMIN)).json()
    assert body["counts"] == {"pending": 3, "sending": 0, "sent": 1, "held": 1, "dead": 22}
    assert body["oldestPendingAgeSeconds"] == 10 * 60 + 22
    dead = body["deadLetters"]
    assert len(dead) == 20
    assert [letter["idempotencyKey"] for letter in dead[:2]] == ["dead-21", "dead-20"]
    assert dead[0]["lastError"] == "PlatformError: HTTP 502"
    assert dead[0]["attempts"] == 6
    assert dead[0]["travelerId"] == traveler
    assert set(dead[0]) == {
        "id",
        "idempotencyKey",
        "travelerId",
        "kind",
        "attempts",
        "lastError",
        "channel",
        "deliveryStatus",
        "deliveryErrorCode",
        "createdAt",
    }
    # Nothing here reached a channel: every row counts under "none".
    assert body["byChannel"] == {
        "none": {
            "alert": {"pending": 3, "sent": 1, "delivered": 0, "read": 0, "failed": 22, "held": 1}
        }
    }

"""The web chat's live events socket."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from bots.app import create_app
from bots.routers import itineraries
from core.config import Settings
from tests.fakes.clock import FakeClock


@pytest.fixture
def sync_client(settings: Settings, clock: FakeClock):  # type: ignore[no-untyped-def]
    with TestClient(create_app(settings, clock=clock)) as client:
        yield client


def test_an_edit_is_pushed_to_the_itinerary_socket(sync_client: TestClient) -> None:
    session = sync_client.post("/api/v1/demo/session").json()
    url = f"/api/v1/itineraries/{session['itineraryId']}"
    headers = {"Authorization": f"Bearer {session['token']}"}
    with sync_client.websocket_connect(f"{url}/events?token={session['token']}") as socket:
        answer = sync_client.post(
            f"{url}/chat", headers=headers, json={"text": "add Sushi Zen restaurant on day 2"}
        ).json()
        event = socket.receive_json()
    assert event == {"event": "itinerary.updated", "version": answer["data"]["toVersion"]}


@pytest.mark.parametrize("token", ["", "wrong", "other"])
def test_socket_refuses_missing_wrong_or_foreign_tokens(
    sync_client: TestClient, token: str
) -> None:
    mine = sync_client.post("/api/v1/demo/session").json()
    other = sync_client.post("/api/v1/demo/session").json()
    value = other["token"] if token == "other" else token
    url = f"/api/v1/itineraries/{mine['itineraryId']}/events?token={value}"
    with pytest.raises(WebSocketDisconnect) as refused, sync_client.websocket_connect(url) as ws:
        ws.receive_json()
    assert refused.value.code == 4403


def test_revoking_the_token_closes_an_open_socket(
    sync_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(itineraries, "RECHECK_SECONDS", 0.05)
    session = sync_client.post("/api/v1/demo/session").json()
    url = f"/api/v1/itineraries/{session['itineraryId']}/events?token={session['token']}"
    with sync_client.websocket_connect(url) as socket:
        revoked = sync_client.delete(
            f"/api/v1/travelers/{session['userId']}/token",
            headers={"Authorization": f"Bearer {session['token']}"},
        )
        assert revoked.status_code == 204
        with pytest.raises(WebSocketDisconnect) as closed:
            socket.receive_json()
    assert closed.value.code == 4403


def test_an_event_for_a_socket_the_page_is_closing_is_dropped_quietly(
    sync_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    # uvicorn raises ClientDisconnected (an OSError) when the close is already under way.
    async def closing(self: object, data: object, mode: str = "text") -> None:
        attempts.append(data)
        raise OSError("client disconnected")

    monkeypatch.setattr(itineraries.WebSocket, "send_json", closing)
    session = sync_client.post("/api/v1/demo/session").json()
    url = f"/api/v1/itineraries/{session['itineraryId']}"
    headers = {"Authorization": f"Bearer {session['token']}"}
    # Leaving the block re-raises anything the socket's handler raised: nothing must be.
    with sync_client.websocket_connect(f"{url}/events?token={session['token']}"):
        answer = sync_client.post(
            f"{url}/chat", headers=headers, json={"text": "add Sushi Zen restaurant on day 2"}
        )
        assert answer.status_code == 200
        for _ in range(200):
            if attempts:
                break
            time.sleep(0.01)
    assert attempts  # the event was sent, and the failure stayed inside the handler

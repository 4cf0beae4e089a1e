"""Booking requests in Slack: the card in SLACK_BOOKINGS_CHANNEL, Confirm / Decline, first wins."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from adapters.slack.booking_cards import BookingCard, render_booking_card
from core.services.operators import Operators
from core.storage.models import BookingRequest, OutboxMessage
from tests.bots.test_console import EMAIL, PASSWORD, _csrf
from tests.conftest import DemoTrip, start_demo
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    FakeSlack,
    assert_within_slack_limits,
    button_values,
    form_body,
    payload,
    signed_headers,
    slack_service,
)

BOOKINGS = "C0BOOKINGS"


@dataclass
class World:
    http: httpx.AsyncClient
    fake: FakeSlack
    clock: FakeClock
    services: Any

    async def tap(
        self, ts: str, value: str, user: str, action_ts: str, channel: str = BOOKINGS
    ) -> httpx.Response:
        stored = self.fake.messages[ts]
        document = payload("block_actions")
        document["user"] |= {"id": user}
        document["container"] = {"type": "message", "message_ts": ts, "channel_id": channel}
        document["channel"] = {"id": channel, "name": "bookings"}
        document["message"] = {k: v for k, v in stored.items() if k != "channel"}
        # Notes to the tapper go through it: to this fake, never the real hooks.slack.com.
        document["response_url"] = self.fake.response_url(f"actions/T0TEAM001/{action_ts}")
        document["actions"] = [
            {
                "action_id": "booking_x",
                "block_id": "booking_actions_0",
                "text": {"type": "plain_text", "text": "Confirm"},
                "value": value,
                "type": "button",
                "action_ts": action_ts,
            }
        ]
        body = form_body(document)
        headers = signed_headers(body, int(self.clock.now().timestamp()), form=True)
        return await self.http.post("/webhooks/slack", content=body, headers=headers)

    async def settle(self) -> None:
        await self.services.pipeline.drain()
        await self.services.bookings.drain()


@pytest.fixture
async def world(db_url: str, clock: FakeClock) -> AsyncIterator[World]:
    async with slack_service(db_url, clock, slack_bookings_channel=BOOKINGS) as (
        http,
        fake,
        services,
    ):
        yield World(http, fake, clock, services)


async def _book(world: World, trip: DemoTrip) -> tuple[str, str]:
    """A booking made in chat; its id and the ts of its Slack card."""
    asked = await trip.chat("reserve a table at Corniche Fish Grill for 2 at 8pm")
    assert asked["type"] == "NEEDS_CONFIRMATION", asked
    made = await trip.chat("yes")
    booking_id = made["data"]["booking"]["ref"].removeprefix("B-")
    await world.settle()
    [post] = [p for p in world.fake.bodies("chat.postMessage") if f"B-{booking_id}" in p["text"]]
    assert post["channel"] == BOOKINGS
    assert_within_slack_limits(post)
    assert button_values(post) == [f"booking:confirm:{booking_id}", f"booking:decline:{booking_id}"]
    ts = next(ts for ts, m in world.fake.messages.items() if f"B-{booking_id}" in m["text"])
    return booking_id, ts


async def test_first_click_wins_and_every_copy_shows_it(world: World) -> None:
    trip = await start_demo(world.http)
    booking_id, ts = await _book(world, trip)

    await asyncio.gather(
        world.tap(ts, f"booking:confirm:{booking_id}", "U0OPS1", "1795424430.000001"),
        world.tap(ts, f"booking:decline:{booking_id}", "U0OPS2", "1795424430.000002"),
    )
    await world.settle()
    async with world.services.sessions() as session:
        row = await session.get(BookingRequest, booking_id)
        pushes = list(await session.scalars(select(OutboxMessage)))
    assert row is not None
    assert row.status in {"confirmed", "declined"}
    assert len(pushes) == 1  # the traveler hears one decision
    assert pushes[0].idempotency_key == f"booking:{booking_id}:{row.status}"
    updates = world.fake.bodies("chat.update")
    assert updates
    assert updates[-1]["ts"] == ts
    assert button_values(updates[-1]) == []  # decided: no buttons left
    assert row.status in updates[-1]["text"]
    [loser] = world.fake.notes()  # only the one who tapped second sees it
    assert loser["response_type"] == "ephemeral"
    assert f"already {row.status}" in loser["text"]

    mine = await trip.chat("my bookings")
    assert row.status[:7] in mine["message"]


async def test_a_decline_tells_the_traveler_a_reason_in_their_language(world: World) -> None:
    trip = await start_demo(world.http)
    await trip.chat("hola, ¿qué hay el día 1?")
    await trip.chat("hola otra vez, ¿qué hay el día 2?")
    booking_id, ts = await _book(world, trip)
    await world.tap(ts, f"booking:decline:{booking_id}", "U0OPS1", "1.1")
    await world.settle()
    async with world.services.sessions() as session:
        text = await session.scalar(select(OutboxMessage.text))
    assert text is not None
    assert text.startswith(f"❌ Tu solicitud de reserva B-{booking_id}")
    assert "el lugar no pudo aceptarla" in text


async def test_a_card_tapped_outside_the_bookings_channel_changes_nothing(world: World) -> None:
    trip = await start_demo(world.http)
    booking_id, ts = await _book(world, trip)
    await world.tap(ts, f"booking:confirm:{booking_id}", "U0SOMEONE", "1.1", channel="C0OTHER")
    await world.settle()
    async with world.services.sessions() as session:
        row = await session.get(BookingRequest, booking_id)
    assert row is not None
    assert row.status == "pending_review"
    # Through the tap's response_url: the bot need not be in the channel the card was taken to.
    [note] = world.fake.responses()
    assert note["response_type"] == "ephemeral"
    assert "decided in the bookings channel" in note["text"]
    assert world.fake.bodies("chat.postEphemeral") == []


async def test_a_console_decision_updates_the_slack_card(world: World) -> None:
    trip = await start_demo(world.http)
    booking_id, ts = await _book(world, trip)
    async with world.services.sessions() as session, session.begin():
        await Operators(session, world.clock).add(EMAIL, PASSWORD)
    form = await world.http.get("/admin")
    await world.http.post(
        "/admin/login", data={"csrf": _csrf(form.text), "email": EMAIL, "password": PASSWORD}
    )
    csrf = _csrf((await world.http.get("/admin/home")).text)
    done = await world.http.post(
        f"/admin/bookings/{booking_id}/confirm", data={"csrf": csrf, "reference": "CFG-1"}
    )
    assert done.status_code == 303
    await world.settle()
    [update] = [u for u in world.fake.bodies("chat.update") if u["ts"] == ts]
    assert "confirmed by ops@traveloure.example" in update["text"]
    assert button_values(update) == []


def test_the_card_escapes_what_travelers_typed() -> None:
    card = render_booking_card(
        BookingCard(
            "abc123",
            "<!channel>",
            "<https://evil.example|Sushi>",
            "day 1 20:00",
            2,
            "pending_review",
        )
    )
    flat = str(card)
    assert "<!channel>" not in flat
    assert "<https://evil" not in flat
    assert "&lt;!channel&gt;" in flat

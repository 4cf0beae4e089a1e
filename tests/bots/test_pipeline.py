"""The channel pipeline with a fake channel: inbox, identity, linking, taps, restarts."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import httpx
from fastapi import FastAPI

from bots.app import create_app
from core.config import Settings
from core.deliveries import Delivery
from core.protocol import AgentResponse, InboundTurn, choice_token
from core.services.inbox import CLAIM_LEASE, MAX_ATTEMPTS
from tests.fakes.clock import FakeClock


class FakeChannel:
    """A channel whose deliveries are JSON turns and whose sends are recorded."""

    name = "fake"

    def __init__(self) -> None:
        self.delivered: list[tuple[InboundTurn, AgentResponse]] = []
        self.texts: list[tuple[str, str]] = []
        self.acknowledged: list[str] = []

    def verify(self, body: bytes, headers: Mapping[str, str], url: str) -> bool:
        return headers.get("x-fake-secret") == "s3cret" and url.endswith("/webhooks/fake")

    def parse(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        return Delivery(turns=(InboundTurn.model_validate(json.loads(body)),))

    async def acknowledge(self, turn: InboundTurn) -> None:
        self.acknowledged.append(turn.event_id)

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> None:
        self.delivered.append((turn, response))

    async def send_text(self, chat_id: str, text: str) -> None:
        self.texts.append((chat_id, text))

    async def notify(self, turn: InboundTurn, text: str) -> None:
        self.texts.append((turn.chat_id, text))

    async def aclose(self) -> None:
        return None


def _delivery(
    event: str, text: str | None = None, token: str | None = None, user: str = "u1"
) -> dict[str, Any]:
    return {
        "channel": "fake",
        "eventId": event,
        "externalUserId": user,
        "chatId": f"chat-{user}",
        "text": text,
        "choiceToken": token,
        "displayName": "Ana",
    }


async def _post(
    app: FastAPI,
    body: dict[str, Any],
    secret: str = "s3cret",  # noqa: S107 - a test value
) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
        return await http.post("/webhooks/fake", json=body, headers={"x-fake-secret": secret})


async def _app_with_fake(settings: Settings, clock: FakeClock):  # type: ignore[no-untyped-def]
    application = create_app(settings, clock=clock)
    fake = FakeChannel()
    return application, fake


async def test_first_contact_cards_then_a_tap(settings: Settings, clock: FakeClock) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        assert (
            await _post(application, _delivery("e1", "add a sushi place on day 2"))
        ).status_code == 200
        await pipeline.drain()
        assert fake.texts
        assert "Welcome" in fake.texts[0][1]
        _, cards = fake.delivered[-1]
        assert cards.type.value == "NEEDS_SELECTION"
        token = choice_token(cards.prompt_id or "", 1)
        await _post(application, _delivery("e2", token=token))
        await pipeline.drain()
        _, done = fake.delivered[-1]
        assert done.message == "Added Sushi Zen to day 2 for lunch ✅"
        assert fake.acknowledged == ["e1", "e2"]
        # The same tap delivered again (platform retry) is dropped: nothing new is sent.
        await _post(application, _delivery("e2", token=token))
        await pipeline.drain()
        assert len(fake.delivered) == 2
        # A second tap on the old buttons (new event id) is explained, not applied.
        await _post(application, _delivery("e3", token=token))
        await pipeline.drain()
        assert fake.delivered[-1][1].type.value == "ERROR"


async def test_two_first_turns_of_a_new_person_at_once_are_both_answered(
    settings: Settings, clock: FakeClock
) -> None:
    # Both create the chat's identity; the unique key refuses one, which finds the other's.
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        for event in ("e1", "e2"):
            assert (
                await _post(application, _delivery(event, "what's on day 1?"))
            ).status_code == 200
        await pipeline.drain()
        assert sorted(turn.event_id for turn, _ in fake.delivered) == ["e1", "e2"]
        assert [text for _, text in fake.texts if "Welcome" in text] == [fake.texts[0][1]]


async def test_bad_signature_processes_nothing(settings: Settings, clock: FakeClock) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        application.state.services.pipeline.channels["fake"] = fake
        response = await _post(application, _delivery("e1", "help"), secret="wrong")
        assert response.status_code == 401
        await application.state.services.pipeline.drain()
        assert fake.delivered == []


async def test_unconfigured_channel_is_404(settings: Settings, clock: FakeClock) -> None:
    application, _ = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        response = await _post(application, _delivery("e1", "help"))
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "channel_disabled"


async def test_accepted_but_unprocessed_deliveries_run_after_a_restart(
    settings: Settings, clock: FakeClock
) -> None:
    first, _ = await _app_with_fake(settings, clock)
    async with first.router.lifespan_context(first):
        inbox = first.state.services.pipeline.inbox
        turn = InboundTurn.model_validate(_delivery("e9", "what's on day 1?"))
        await inbox.accept("fake", "e9", turn.to_json_dict())  # accepted, then the process dies
    second, fake = await _app_with_fake(settings, clock)
    second_services_ready = second.router.lifespan_context(second)
    async with second_services_ready:
        pipeline = second.state.services.pipeline
        pipeline.channels["fake"] = fake  # start-up already scheduled the pending delivery
        await pipeline.drain()
        assert await pipeline.resume_pending() == 0  # and it is done: nothing runs twice
        ((_, answer),) = fake.delivered
        assert "Day 1" in answer.message


async def test_a_restart_takes_over_only_claims_older_than_the_lease(
    settings: Settings, clock: FakeClock
) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        inbox = pipeline.inbox
        live = await inbox.accept("fake", "live", _delivery("live", "what's on day 1?"))
        assert live is not None
        assert await inbox.claim(live.id)  # another instance is answering it right now
        # A second instance starting now must leave that claim alone...
        assert await pipeline.resume_pending() == 0
        await pipeline.drain()
        assert fake.delivered == []
        # ...but once the claim is older than the lease, its process evidently died.
        clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
        assert await pipeline.resume_pending() == 1
        await pipeline.drain()
        assert [turn.event_id for turn, _ in fake.delivered] == ["live"]


async def test_a_delivery_that_kills_every_process_is_given_up_on(
    settings: Settings, clock: FakeClock
) -> None:
    application, _ = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        inbox = application.state.services.pipeline.inbox
        item = await inbox.accept("fake", "poison", _delivery("poison", "help"))
        assert item is not None
        for _ in range(MAX_ATTEMPTS):
            assert await inbox.claim(item.id)  # a process takes it, then dies
            clock.advance(seconds=CLAIM_LEASE.total_seconds() + 1)
            await inbox.requeue_abandoned()
        assert await inbox.pending() == []
        assert not await inbox.claim(item.id)  # failed for good: nobody runs it again


async def test_the_sweeper_runs_deliveries_left_pending_but_not_fresh_ones(
    settings: Settings, clock: FakeClock
) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        inbox = pipeline.inbox
        await inbox.accept("fake", "old", _delivery("old", "help"))  # its process died
        clock.advance(seconds=45)
        await inbox.accept("fake", "new", _delivery("new", "help"))  # being scheduled elsewhere
        swept = await pipeline.resume_pending(received_before=timedelta(seconds=30))
        assert swept == 1
        await pipeline.drain()
        assert [turn.event_id for turn, _ in fake.delivered] == ["old"]
        assert [item.event_id for item in await inbox.pending()] == ["new"]


async def test_link_code_attaches_a_chat_to_an_existing_traveler(
    settings: Settings, clock: FakeClock
) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            session = (await http.post("/api/v1/demo/session")).json()
            headers = {"Authorization": f"Bearer {session['token']}"}
            code = (
                await http.post(f"/api/v1/travelers/{session['userId']}/link-code", headers=headers)
            ).json()["code"]
            other = (await http.post("/api/v1/demo/session")).json()
            forbidden = await http.post(
                f"/api/v1/travelers/{session['userId']}/link-code",
                headers={"Authorization": f"Bearer {other['token']}"},
            )
            assert forbidden.status_code == 403
            await http.post(
                f"/api/v1/itineraries/{session['itineraryId']}/chat",
                headers=headers,
                json={"text": "add Sushi Zen restaurant on day 2"},
            )
        await _post(application, _delivery("e1", f"link {code.lower()}"))
        await pipeline.drain()
        assert "linked" in fake.delivered[-1][1].message
        await _post(application, _delivery("e2", "what's on day 2?"))
        await pipeline.drain()
        assert "Sushi Zen" in fake.delivered[-1][1].message  # the web traveler's own trip
        await _post(application, _delivery("e3", f"link {code}", user="u2"))
        await pipeline.drain()
        assert fake.delivered[-1][1].type.value == "ERROR"  # a code works once


async def test_stop_and_start(settings: Settings, clock: FakeClock) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        await _post(application, _delivery("e1", "STOP"))
        await pipeline.drain()
        assert "START" in fake.delivered[-1][1].message
        await _post(application, _delivery("e2", "start"))
        await pipeline.drain()
        assert "on again" in fake.delivered[-1][1].message


async def test_a_message_from_the_traveler_releases_held_pushes(
    settings: Settings, clock: FakeClock
) -> None:
    from sqlalchemy import select, update

    from core.services.outbox import HELD, PENDING, enqueue_push
    from core.storage.models import ChannelIdentity, OutboxMessage

    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        services = application.state.services
        services.pipeline.channels["fake"] = fake
        await _post(application, _delivery("e1", "help"))
        await services.pipeline.drain()
        async with services.sessions() as session, session.begin():
            traveler_id = await session.scalar(select(ChannelIdentity.traveler_id))
            assert traveler_id is not None
            await enqueue_push(
                session, clock, key="k", traveler_id=traveler_id, kind="alert", text="⚠️"
            )
            await session.execute(update(OutboxMessage).values(status=HELD))
        await _post(application, _delivery("e2", "what's on day 1?"))
        await services.pipeline.drain()
        async with services.sessions() as session:
            assert await session.scalar(select(OutboxMessage.status)) == PENDING


async def test_telegram_stop_then_start_command(settings: Settings, clock: FakeClock) -> None:
    application, fake = await _app_with_fake(settings, clock)
    async with application.router.lifespan_context(application):
        pipeline = application.state.services.pipeline
        pipeline.channels["fake"] = fake
        await _post(application, _delivery("e1", "/stop"))
        await pipeline.drain()
        assert "START" in fake.delivered[-1][1].message
        await _post(application, _delivery("e2", "/start"))
        await pipeline.drain()
        assert "on again" in fake.delivered[-1][1].message
        await _post(application, _delivery("e3", "/start"))
        await pipeline.drain()
        assert "I can change your trip" in fake.delivered[-1][1].message  # plain /start: help

"""Delivery receipts end to end: a push goes out with its StatusCallback, Twilio's signed
status callbacks come back (valid, forged, duplicated, out of order) and the outbox row and
GET /api/v1/admin/outbox show the final state; 63016 takes the fallback path."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import select

from adapters.whatsapp.channel import WhatsAppChannel
from adapters.whatsapp.sender import TwilioSender
from bots.app import create_app
from core.services.alerts import queue_test_alert
from core.services.outbox_drain import drain_outbox
from core.services.outbox_routing import template_sids
from core.storage.models import ChannelIdentity, OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.whatsapp import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    OUR_NUMBER,
    FakeTwilio,
    RecordedSleeps,
    inbound_form,
    payload,
    signed,
)

STATUS_URL = "https://chat.example/webhooks/whatsapp/status"
TEMPLATE_SID = "HX" + "a" * 32
ADMIN = {"Authorization": "Bearer admin-secret"}


@dataclass
class World:
    app: FastAPI
    twilio: FakeTwilio
    clock: FakeClock

    async def http(self) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=self.app)
        return httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5:8000")

    async def say(self, sid: str, text: str) -> None:
        async with await self.http() as http:
            body, headers = signed(inbound_form(sid, text))
            answer = await http.post("/webhooks/whatsapp", content=body, headers=headers)
        assert answer.status_code == 200
        await self.app.state.services.pipeline.drain()

    async def receipt(
        self, sid: str, status: str, error: str | None = None, *, forged: bool = False
    ) -> httpx.Response:
        form = [
            ("MessageSid", sid),
            ("SmsSid", sid),
            ("MessageStatus", status),
            ("SmsStatus", status),
            ("AccountSid", ACCOUNT_SID),
            ("From", OUR_NUMBER),
            ("To", "whatsapp:+14155551234"),
            ("ChannelPrefix", "whatsapp"),
            *((("ErrorCode", error),) if error else ()),
        ]
        body, headers = signed(form, url=STATUS_URL, auth_token="wrong" if forged else AUTH_TOKEN)
        async with await self.http() as http:
            return await http.post("/webhooks/whatsapp/status", content=body, headers=headers)

    async def traveler(self) -> str:
        async with self.app.state.services.sessions() as session:
            identity = await session.scalar(
                select(ChannelIdentity).where(ChannelIdentity.channel == "whatsapp")
            )
            assert identity is not None
            return identity.traveler_id

    async def push(self) -> None:
        services = self.app.state.services
        traveler = await self.traveler()
        async with services.sessions() as session, session.begin():
            assert await queue_test_alert(session, self.clock, traveler)

    async def drain(self) -> None:
        services = self.app.state.services
        await drain_outbox(
            services.sessions,
            self.clock,
            services.pipeline.channels,
            templates=template_sids(services.settings),
            sleep=RecordedSleeps(self.clock),
        )

    async def row(self) -> OutboxMessage:
        async with self.app.state.services.sessions() as session:
            row = await session.scalar(select(OutboxMessage).where(OutboxMessage.kind == "test"))
            assert row is not None
            return row


async def _world(db_url: str, clock: FakeClock, template: str | None) -> AsyncIterator[World]:
    from core.config import Settings

    settings = Settings(
        _env_file=None,
        database_url=db_url,
        admin_api_token=SecretStr("admin-secret"),
        public_base_url="https://chat.example",
        run_jobs_in_web=False,
        enrichment_queue_workers=0,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=SecretStr(AUTH_TOKEN),
        twilio_whatsapp_from=OUR_NUMBER,
        twilio_template_safety_alert=template,
    )
    twilio = FakeTwilio()
    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        client=twilio.client(),
        sleep=RecordedSleeps(clock),
        status_callback=STATUS_URL,
    )
    channel = WhatsAppChannel(auth_token=AUTH_TOKEN, sender_address=OUR_NUMBER, sender=sender)
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        channels = app.state.services.pipeline.channels
        if (wired := channels.get("whatsapp")) is not None:
            await wired.aclose()
        channels["whatsapp"] = channel
        yield World(app, twilio, clock)
    assert twilio.rejected == []


@pytest.fixture
async def world(db_url: str, clock: FakeClock) -> AsyncIterator[World]:
    async for made in _world(db_url, clock, None):
        yield made


@pytest.fixture
async def templated(db_url: str, clock: FakeClock) -> AsyncIterator[World]:
    async for made in _world(db_url, clock, TEMPLATE_SID):
        yield made


async def _sent_push(world: World) -> str:
    """The traveler writes, a push goes out; its message SID."""
    await world.say("SM" + "1" * 32, "hello")
    await world.push()
    await world.drain()
    row = await world.row()
    assert row.status == "sent"
    assert row.provider_message_id is not None
    assert row.delivery_status == "queued"
    assert world.twilio.callbacks[-1] == STATUS_URL
    return row.provider_message_id


async def test_every_send_names_the_status_callback(world: World) -> None:
    await _sent_push(world)
    assert world.twilio.callbacks
    assert set(world.twilio.callbacks) == {STATUS_URL}


async def test_receipts_move_a_row_forward_only(world: World) -> None:
    sid = await _sent_push(world)
    assert (await world.receipt(sid, "sent")).status_code == 204
    assert (await world.row()).delivery_status == "sent"
    assert (await world.receipt(sid, "delivered")).status_code == 204
    # Late and repeated news changes nothing.
    assert (await world.receipt(sid, "sent")).status_code == 204
    assert (await world.receipt(sid, "queued")).status_code == 204
    assert (await world.receipt(sid, "delivered")).status_code == 204
    row = await world.row()
    assert (row.status, row.delivery_status) == ("sent", "delivered")
    await world.receipt(sid, "read")
    await world.receipt(sid, "delivered")
    row = await world.row()
    assert (row.status, row.delivery_status, row.delivery_error_code) == ("sent", "read", None)
    async with await world.http() as http:
        report = (await http.get("/api/v1/admin/outbox", headers=ADMIN)).json()
    assert report["byChannel"] == {
        "whatsapp": {
            "test": {"pending": 0, "sent": 1, "delivered": 1, "read": 1, "failed": 0, "held": 0}
        }
    }
    [shown] = report["recent"]
    assert (shown["status"], shown["channel"], shown["deliveryStatus"]) == (
        "sent",
        "whatsapp",
        "read",
    )
    assert shown["providerMessageId"] == sid


async def test_a_forged_receipt_is_refused_and_changes_nothing(world: World) -> None:
    sid = await _sent_push(world)
    answer = await world.receipt(sid, "delivered", forged=True)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "bad_signature"
    assert (await world.row()).delivery_status == "queued"


async def test_a_receipt_for_a_message_we_did_not_track_is_acknowledged(world: World) -> None:
    async with await world.http() as http:
        body, headers = signed(payload("status_callback.txt"), url=STATUS_URL)
        answer = await http.post("/webhooks/whatsapp/status", content=body, headers=headers)
    assert answer.status_code == 204


async def test_an_unreadable_receipt_is_a_400(world: World) -> None:
    sid = await _sent_push(world)
    answer = await world.receipt(sid, "exploded")
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_payload"
    assert (await world.row()).delivery_status == "queued"


async def test_a_failure_ends_the_row_with_its_code(world: World) -> None:
    sid = await _sent_push(world)
    sent = len(world.twilio.messages)
    await world.receipt(sid, "sent")
    await world.receipt(sid, "failed", "63003")
    await world.receipt(sid, "failed", "63003")
    row = await world.row()
    assert (row.status, row.delivery_status, row.delivery_error_code) == ("dead", "failed", 63003)
    assert row.last_error is not None
    assert "63003" in row.last_error
    await world.drain()
    assert len(world.twilio.messages) == sent  # a refused push is not sent again


async def test_63016_resends_the_push_by_the_approved_template(templated: World) -> None:
    world = templated
    sid = await _sent_push(world)
    sent = len(world.twilio.messages)
    await world.receipt(sid, "undelivered", "63016")
    await world.receipt(sid, "undelivered", "63016")  # a duplicate: one resend only
    row = await world.row()
    assert (row.status, row.delivery_error_code) == ("pending", 63016)
    await world.drain()
    resent = world.twilio.messages[sent:]
    assert len(resent) == 1
    assert resent[0]["ContentSid"] == TEMPLATE_SID
    row = await world.row()
    assert row.status == "sent"
    assert row.provider_message_id not in (None, sid)
    assert row.delivery_status == "queued"
    # A late receipt of the first send no longer applies to the row.
    await world.receipt(sid, "read")
    assert (await world.row()).delivery_status == "queued"
    await world.receipt(row.provider_message_id or "", "delivered")
    assert (await world.row()).delivery_status == "delivered"


async def test_63016_without_a_template_holds_until_the_traveler_writes(world: World) -> None:
    sid = await _sent_push(world)
    await world.receipt(sid, "undelivered", "63016")
    await world.drain()
    row = await world.row()
    assert row.status == "held"
    sent = len(world.twilio.messages)
    await world.say("SM" + "2" * 32, "hi again")
    await world.drain()
    row = await world.row()
    assert row.status == "sent"
    assert "Body" in world.twilio.messages[-1]
    assert len(world.twilio.messages) > sent


async def test_receipts_posted_to_the_inbound_webhook_count_too(world: World) -> None:
    sid = await _sent_push(world)
    form = [("MessageSid", sid), ("MessageStatus", "delivered"), ("AccountSid", ACCOUNT_SID)]
    inbound = "https://chat.example/webhooks/whatsapp"
    async with await world.http() as http:
        body, headers = signed(form, url=inbound, auth_token="forged")
        refused = await http.post("/webhooks/whatsapp", content=body, headers=headers)
        assert refused.status_code == 401
        assert (await world.row()).delivery_status == "queued"
        body, headers = signed(form, url=inbound)
        answer = await http.post("/webhooks/whatsapp", content=body, headers=headers)
    assert answer.status_code == 200
    assert (await world.row()).delivery_status == "delivered"

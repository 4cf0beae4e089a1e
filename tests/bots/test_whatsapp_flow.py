"""WhatsApp end to end: signed Twilio webhooks into the app, every Messages API body checked."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr

from adapters.whatsapp.channel import EMPTY_TWIML, WhatsAppChannel
from adapters.whatsapp.sender import TwilioSender
from bots.app import create_app
from core.config import Settings
from core.messages import msg
from core.protocol import AgentResponse, InboundTurn, ResponseType
from tests.fakes.clock import FakeClock
from tests.fakes.whatsapp import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    OUR_NUMBER,
    TRAVELER,
    FakeTwilio,
    RecordedSleeps,
    inbound_form,
    payload,
    rate_limited,
    signed,
    twilio_error,
)

SELECTION = (
    "I found 5 sushi places near Hadibo. Select one:\n"
    "1. Hadibo Sushi ★ 4.7 (412) · $$$ · 597 m · open now\n"
    "2. Sushi Zen ★ 4.5 (234) · $$$ · 1.0 km · open now\n"
    "3. Tokyo Bay ★ 4.3 (156) · $$ · 1.2 km · closed now\n"
    "4. Ocean Sushi ★ 4.1 (98) · $$ · 2.0 km · open now\n"
    "5. Socotra Sushi House ★ 3.9 (57) · $ · 2.3 km · open now\n"
    "⚠️ Demo data: places are illustrative, not real listings.\n"
    "Reply with a number or a name."
)


class SpyChannel(WhatsAppChannel):
    """The real channel, also remembering each AgentResponse (to read prompt ids)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.responses: list[AgentResponse] = []

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> None:
        self.responses.append(response)
        await super().deliver(turn, response)


@dataclass
class WhatsApp:
    app: FastAPI
    twilio: FakeTwilio
    channel: SpyChannel
    sleeps: RecordedSleeps

    async def post(self, body: bytes, headers: dict[str, str]) -> httpx.Response:
        # The app sees an internal URL; the signature covers the public one (PUBLIC_BASE_URL).
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5:8000") as http:
            return await http.post("/webhooks/whatsapp", content=body, headers=headers)

    async def say(self, sid: str, text: str = "", **extra: str) -> httpx.Response:
        """The traveler sends a message (or taps, with ButtonPayload/ListId extras)."""
        answer = await self.post(*signed(inbound_form(sid, text, **extra)))
        await self.app.state.services.pipeline.drain()
        return answer

    def to_traveler(self, body: str) -> dict[str, str]:
        return {"To": TRAVELER, "From": OUR_NUMBER, "Body": body}

    def shown(self, index: int) -> dict[str, Any]:
        """Sent message `index` as the traveler sees it: its text, or the filled-in content."""
        message = self.twilio.messages[index]
        assert (message["To"], message["From"]) == (TRAVELER, OUR_NUMBER)
        if "ContentSid" in message:
            return self.twilio.rendered(message)
        return {"type": "text", "body": message["Body"]}

    def picker(self, prompt_id: str, day: int = 2) -> dict[str, Any]:
        """The list picker of "add a sushi place on day N" (demo data), bound to its prompt."""
        rows = [
            ("Hadibo Sushi", "★ 4.7 (412) · $$$ · 597 m · open now"),
            ("Sushi Zen", "★ 4.5 (234) · $$$ · 1.0 km · open now"),
            ("Tokyo Bay", "★ 4.3 (156) · $$ · 1.2 km · closed now"),
            ("Ocean Sushi", "★ 4.1 (98) · $$ · 2.0 km · open now"),
            ("Socotra Sushi House", "★ 3.9 (57) · $ · 2.3 km · open now"),
        ]
        return {
            "type": "twilio/list-picker",
            "body": "I found 5 sushi places near Hadibo. Select one:\n"
            "⚠️ Demo data: places are illustrative, not real listings.",
            "button": "Choose",
            "items": [
                {"item": name, "id": f"{prompt_id}:{index}", "description": facts}
                for index, (name, facts) in enumerate(rows)
            ],
        }

    @property
    def prompt_id(self) -> str:
        prompt = self.channel.responses[-1].prompt_id
        assert prompt is not None
        return prompt


@pytest.fixture
async def whatsapp(db_url: str, clock: FakeClock) -> AsyncIterator[WhatsApp]:
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
    )
    twilio = FakeTwilio()
    sleeps = RecordedSleeps(clock)
    sender = TwilioSender(
        ACCOUNT_SID, AUTH_TOKEN, clock=clock, client=twilio.client(), sleep=sleeps
    )
    channel = SpyChannel(auth_token=AUTH_TOKEN, sender_address=OUR_NUMBER, sender=sender)
    app = create_app(settings, clock=clock)
    async with app.router.lifespan_context(app):
        channels = app.state.services.pipeline.channels
        if (wired := channels.get("whatsapp")) is not None:
            await wired.aclose()  # once the registry builds it, swap in the one on the fake
        channels["whatsapp"] = channel
        yield WhatsApp(app, twilio, channel, sleeps)
    assert twilio.rejected == []  # no malformed request in any test


async def test_sushi_flow_with_a_tap(whatsapp: WhatsApp) -> None:
    answer = await whatsapp.say("SM" + "1" * 32, "add a sushi place on day 2")
    assert answer.status_code == 200
    assert answer.text == EMPTY_TWIML
    assert answer.headers["content-type"].startswith("text/xml")
    assert whatsapp.twilio.messages[0] == whatsapp.to_traveler(msg("welcome"))
    assert whatsapp.shown(1) == whatsapp.picker(whatsapp.prompt_id)
    assert len(whatsapp.twilio.messages) == 2
    token = f"{whatsapp.prompt_id}:1"

    await whatsapp.say("SM" + "2" * 32, "Sushi Zen", ButtonText="Sushi Zen", ButtonPayload=token)
    assert whatsapp.twilio.messages[2:] == [
        whatsapp.to_traveler("✅ Sushi Zen\nAdded Sushi Zen to day 2 for lunch ✅")
    ]
    assert whatsapp.channel.responses[-1].type is ResponseType.COMPLETE

    # The same button again: refused, and not confirmed as a choice.
    await whatsapp.say("SM" + "3" * 32, "Sushi Zen", ButtonText="Sushi Zen", ButtonPayload=token)
    assert whatsapp.twilio.messages[3:] == [whatsapp.to_traveler(msg("prompt_closed"))]


async def test_a_list_choice_works_like_a_tap(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "add a sushi place on day 2")
    token = f"{whatsapp.prompt_id}:2"
    await whatsapp.say("SM" + "2" * 32, "Tokyo Bay", ListId=token, ListTitle="Tokyo Bay")
    assert whatsapp.twilio.messages[2:] == [
        whatsapp.to_traveler("✅ Tokyo Bay\nAdded Tokyo Bay to day 2 for dinner ✅")
    ]


async def test_typed_reply_instead_of_a_tap(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "add a sushi place on day 2")
    await whatsapp.say("SM" + "2" * 32, "the second one")
    assert whatsapp.shown(1)["type"] == "twilio/list-picker"
    assert whatsapp.twilio.messages[2:] == [
        whatsapp.to_traveler("Added Sushi Zen to day 2 for lunch ✅"),
    ]


async def test_a_redelivered_message_is_processed_once(whatsapp: WhatsApp) -> None:
    delivery = signed(inbound_form("SM" + "1" * 32, "add a sushi place on day 2"))
    first = await whatsapp.post(*delivery)
    second = await whatsapp.post(*delivery)  # Twilio retried: same MessageSid
    await whatsapp.app.state.services.pipeline.drain()
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.text == EMPTY_TWIML
    assert len(whatsapp.twilio.messages) == 2
    assert whatsapp.shown(1) == whatsapp.picker(whatsapp.prompt_id)


@pytest.mark.parametrize(
    "forge",
    [
        lambda h: {**h, "X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"},
        lambda h: {k: v for k, v in h.items() if k != "X-Twilio-Signature"},
    ],
    ids=["bad", "missing"],
)
async def test_a_bad_signature_is_refused_and_nothing_runs(whatsapp: WhatsApp, forge) -> None:
    body, headers = signed(inbound_form("SM" + "1" * 32, "add a sushi place on day 2"))
    answer = await whatsapp.post(body, forge(headers))
    await whatsapp.app.state.services.pipeline.drain()
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "bad_signature"
    assert whatsapp.twilio.attempts == []
    assert whatsapp.channel.responses == []
    assert await whatsapp.app.state.services.pipeline.inbox.pending() == []


async def test_signed_for_the_internal_url_is_refused(whatsapp: WhatsApp) -> None:
    form = inbound_form("SM" + "1" * 32, "hi")
    answer = await whatsapp.post(*signed(form, url="http://10.0.0.5:8000/webhooks/whatsapp"))
    assert answer.status_code == 401
    assert whatsapp.twilio.attempts == []


async def test_a_stale_tap_is_explained(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "add a sushi place on day 2")
    old_token = f"{whatsapp.prompt_id}:1"
    await whatsapp.say("SM" + "2" * 32, "add a sushi place on day 3")  # replaces the question
    sent = len(whatsapp.twilio.messages)
    await whatsapp.say(
        "SM" + "3" * 32, "Sushi Zen", ButtonText="Sushi Zen", ButtonPayload=old_token
    )
    assert whatsapp.channel.responses[-1].type is ResponseType.ERROR
    assert whatsapp.twilio.messages[sent:] == [whatsapp.to_traveler(msg("prompt_replaced"))]
    await whatsapp.say("SM" + "4" * 32, "2")  # the newer question still works
    assert whatsapp.twilio.bodies[-1] == "Added Sushi Zen to day 3 at 7:30 PM ✅"


async def test_429_then_success(whatsapp: WhatsApp) -> None:
    whatsapp.twilio.answers = [rate_limited(retry_after="1")]
    await whatsapp.say("SM" + "1" * 32, "add a sushi place on day 2")
    assert len(whatsapp.twilio.attempts) == 3  # the welcome twice, then the cards
    assert whatsapp.twilio.messages[0] == whatsapp.to_traveler(msg("welcome"))
    assert whatsapp.shown(1) == whatsapp.picker(whatsapp.prompt_id)
    assert 1.0 in whatsapp.sleeps.waits


async def test_a_refused_answer_is_logged_not_lost(
    whatsapp: WhatsApp, caplog: pytest.LogCaptureFixture
) -> None:
    whatsapp.twilio.answers = [twilio_error(400, 63016, "Outside the allowed window")]
    with caplog.at_level(logging.ERROR):
        await whatsapp.say("SM" + "1" * 32, "help")
    assert "63016" in caplog.text
    assert "Outside the allowed window" in caplog.text


async def test_stop_and_start(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "hello")
    sent = len(whatsapp.twilio.messages)
    await whatsapp.say("SM" + "2" * 32, "Stop")
    await whatsapp.say("SM" + "3" * 32, "START")
    assert whatsapp.twilio.messages[sent:] == [
        whatsapp.to_traveler(msg("opted_out")),
        whatsapp.to_traveler(msg("opted_in")),
    ]


async def test_status_callbacks_are_acknowledged_and_ignored(whatsapp: WhatsApp) -> None:
    answer = await whatsapp.post(*signed(payload("status_callback.txt")))
    await whatsapp.app.state.services.pipeline.drain()
    assert answer.status_code == 200
    assert answer.text == EMPTY_TWIML
    assert whatsapp.twilio.attempts == []

"""Issue #15: what each channel answers in groups, threads and for non-text messages.

Real payload shapes (tests/payloads/) are posted to the webhooks of the whole app; what goes
out is checked with python-telegram-bot's own objects and the fakes' request checks.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from slack_sdk.models.blocks import Block
from sqlalchemy import func, select
from telegram import ForceReply, Message, ReplyParameters

from adapters.telegram.signature import SECRET_HEADER
from core.messages import msg, use_locale
from core.protocol import SharedLocation
from core.services.places.base import PlaceQuery
from core.storage.models import ChannelIdentity, InboxEvent
from tests.bots import test_slack_flow, test_whatsapp_flow
from tests.bots.test_slack_flow import SlackWorld
from tests.bots.test_whatsapp_flow import WhatsApp
from tests.fakes.clock import FakeClock
from tests.fakes.slack import payload as slack_payload
from tests.fakes.telegram import BOT, WEBHOOK_SECRET, FakeTelegram, attached, payload
from tests.fakes.whatsapp import inbound_form, signed
from tests.fakes.whatsapp import payload as twilio_payload

world = test_slack_flow.world
whatsapp = test_whatsapp_flow.whatsapp


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def telegram(app: FastAPI, fake: FakeTelegram, clock: FakeClock) -> AsyncIterator[None]:
    async def sleep(seconds: float) -> None:
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep):
        yield


async def _post(app: FastAPI, client: httpx.AsyncClient, update: dict[str, Any]) -> None:
    headers = {"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}
    response = await client.post("/webhooks/telegram", content=json.dumps(update), headers=headers)
    assert response.status_code == 200, response.text
    await app.state.services.pipeline.drain()


def _sent(fake: FakeTelegram) -> list[dict[str, Any]]:
    """sendMessage bodies, each read back through PTB's own Message model."""
    bodies = fake.bodies("sendMessage")
    for body in bodies:
        if "reply_parameters" in body:
            assert ReplyParameters.de_json(body["reply_parameters"], None) is not None
        markup = body.get("reply_markup")
        if markup and "force_reply" in markup:
            assert ForceReply.de_json(markup, None) is not None
    return bodies


async def _inbox_rows(app: FastAPI) -> int:
    async with app.state.services.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(InboxEvent)) or 0)


@pytest.mark.usefixtures("telegram")
@pytest.mark.parametrize(
    "name",
    [
        "update_group_command_other_bot.json",
        "update_group_moderation_command.json",
        "update_group_text.json",
        "update_group_photo.json",
    ],
)
async def test_telegram_group_messages_for_others_get_no_answer(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, name: str
) -> None:
    await _post(app, client, payload(name))
    assert fake.methods() == []  # not even a welcome
    assert await _inbox_rows(app) == 0  # nor kept: nobody said it to us


@pytest.mark.usefixtures("telegram")
async def test_a_group_mention_is_answered_as_a_reply_to_the_asker(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await _post(app, client, payload("update_group_mention.json"))
    sent = _sent(fake)
    assert len(sent) == 2  # the asker's welcome, then the answer
    assert all(body["reply_parameters"]["message_id"] == 94 for body in sent)
    assert all(body["chat_id"] == -1001234567890 for body in sent)


@pytest.mark.usefixtures("telegram")
async def test_a_question_in_a_group_forces_a_reply_from_the_asker_only(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    update = payload("update_group_mention.json")
    update["message"]["text"] = f"@{BOT['username']} remove"
    await _post(app, client, update)
    question = _sent(fake)[-1]
    with use_locale("pt"):  # "remove" is English and Portuguese: the asker's language decides
        assert question["text"] == msg("say_what")
    assert question["reply_markup"] == {"force_reply": True, "selective": True}
    assert question["reply_parameters"]["message_id"] == 94


@pytest.mark.usefixtures("telegram")
async def test_a_forum_topic_command_is_answered_in_its_topic(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await _post(app, client, payload("update_forum_topic_command.json"))
    sent = _sent(fake)
    assert sent
    for body in sent:
        assert body["message_thread_id"] == 305
        assert body["reply_parameters"]["message_id"] == 310
        message = Message.de_json(
            {
                "message_id": 1,
                "date": 0,
                "chat": {"id": body["chat_id"], "type": "supergroup"},
                **body,
            },
            None,
        )
        assert message is not None


@pytest.mark.usefixtures("telegram")
@pytest.mark.parametrize("name", ["update_photo.json", "update_sticker.json", "update_voice.json"])
@pytest.mark.parametrize("language", ["en", "es", "pt"])
async def test_what_cannot_be_read_gets_one_short_answer_in_the_travelers_language(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, name: str, language: str
) -> None:
    update = payload(name)
    update["message"]["from"]["language_code"] = language
    await _post(app, client, update)
    with use_locale(language):
        assert [body["text"] for body in _sent(fake)] == [msg("welcome"), msg("cannot_read")]


async def _anchor(app: FastAPI, user_id: str, channel: str) -> dict[str, Any] | None:
    async with app.state.services.sessions() as session:
        row = await session.scalar(
            select(ChannelIdentity).where(
                ChannelIdentity.channel == channel, ChannelIdentity.external_user_id == user_id
            )
        )
        assert row is not None
        return row.anchor


class _Recorder:
    """Wraps the place provider's search to see the center each search used."""

    def __init__(self, app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries: list[PlaceQuery] = []
        provider = app.state.services.places.provider
        original = provider.search

        async def search(query: PlaceQuery) -> Any:
            self.queries.append(query)
            return await original(query)

        monkeypatch.setattr(provider, "search", search)


@pytest.mark.usefixtures("telegram")
async def test_a_shared_location_is_where_near_me_searches(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Recorder(app, monkeypatch)
    await _post(app, client, payload("update_location.json"))
    assert _sent(fake)[-1]["text"] == msg("location_saved")
    assert await _anchor(app, "4242", "telegram") == {"lat": 38.710696, "lng": -9.136632}

    fake.clear()
    text = payload("update_text_message.json")
    text["message"] |= {"text": "add a sushi place near me", "message_id": 1390}
    text["update_id"] = 10000140
    await _post(app, client, text)
    [query] = recorder.queries
    assert query.center is not None
    assert (query.center.lat, query.center.lng) == (38.710696, -9.136632)
    assert "near me" not in query.text
    assert _sent(fake)[-1]["reply_markup"]["inline_keyboard"]  # the places to choose from


@pytest.mark.usefixtures("telegram")
async def test_without_near_me_a_search_keeps_the_trips_center(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Recorder(app, monkeypatch)
    await _post(app, client, payload("update_location.json"))
    text = payload("update_text_message.json")
    text["message"] |= {"text": "add a sushi place on day 2"}
    text["update_id"] = 10000141
    await _post(app, client, text)
    [query] = recorder.queries
    assert query.center is None or (query.center.lat, query.center.lng) != (38.710696, -9.136632)


@pytest.mark.usefixtures("telegram")
async def test_a_shared_venue_can_be_added_by_name(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Recorder(app, monkeypatch)
    await _post(app, client, payload("update_venue.json"))
    assert _sent(fake)[-1]["text"] == msg("venue_saved", name="Café A Brasileira")
    stored = await _anchor(app, "4242", "telegram")
    assert SharedLocation.model_validate(stored).title == "Café A Brasileira"
    text = payload("update_text_message.json")
    text["message"] |= {"text": "add Café A Brasileira"}
    text["update_id"] = 10000142
    await _post(app, client, text)
    # A name the translated search misses is searched again as typed: every search is near it.
    assert recorder.queries
    for query in recorder.queries:
        assert query.center is not None
        assert (query.center.lat, query.center.lng) == (38.710885, -9.141698)


# --- Slack ------------------------------------------------------------------------------


def _slack_valid(message: dict[str, Any]) -> dict[str, Any]:
    """A message body whose blocks slack-sdk's own models read back unchanged."""
    for block in message.get("blocks", []):
        parsed = Block.parse(block)
        assert parsed is not None
        assert parsed.to_dict() == block
    assert message["text"].strip()
    return message


@pytest.mark.parametrize(
    "name", ["message_channel_chatter", "message_thread_broadcast", "message_file_share_channel"]
)
async def test_slack_channel_chatter_gets_no_answer(world: SlackWorld, name: str) -> None:
    document = slack_payload(name)
    response = await world.deliver(json.dumps(document).encode())
    assert response.status_code == 200
    assert world.fake.calls == []  # no welcome, no answer, no ephemeral


async def test_slack_a_reply_in_our_thread_is_answered_in_it(world: SlackWorld) -> None:
    document = slack_payload("message_thread_reply_to_bot")
    await world.deliver(json.dumps(document).encode())
    [welcome] = world.fake.bodies("chat.postEphemeral")  # the newcomer's own notice
    assert _slack_valid(welcome)["user"] == "U0TRAVEL2"
    [answer] = world.posts()
    assert _slack_valid(answer)["thread_ts"] == "1795424401.000300"


async def test_slack_a_file_in_a_dm_gets_the_cannot_read_answer(world: SlackWorld) -> None:
    document = slack_payload("message_file_share_im")
    await world.deliver(json.dumps(document).encode())
    posts = [_slack_valid(post) for post in world.posts()]
    assert [post["text"] for post in posts] == [msg("welcome"), msg("cannot_read")]


# --- WhatsApp ---------------------------------------------------------------------------


async def test_whatsapp_media_gets_the_cannot_read_answer(whatsapp: WhatsApp) -> None:
    await whatsapp.post(*signed(twilio_payload("inbound_media.txt")))
    await whatsapp.app.state.services.pipeline.drain()
    assert whatsapp.twilio.bodies[-1] == msg("cannot_read")


async def test_whatsapp_a_shared_place_becomes_the_anchor(
    whatsapp: WhatsApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = _Recorder(whatsapp.app, monkeypatch)
    await whatsapp.post(*signed(twilio_payload("inbound_location.txt")))
    await whatsapp.app.state.services.pipeline.drain()
    assert whatsapp.twilio.bodies[-1] == msg("venue_saved", name="Café A Brasileira")
    stored = await _anchor(whatsapp.app, "14155551234", "whatsapp")
    assert stored is not None
    assert (stored["lat"], stored["lng"]) == (38.710885, -9.141698)
    await whatsapp.post(*signed(inbound_form("SM" + "9" * 32, "¿qué hay cerca?")))
    await whatsapp.app.state.services.pipeline.drain()
    # "What's nearby?" searches around the shared place (Spanish words, Spanish answer).
    # A name the translated search misses is searched again as typed: every search is near it.
    assert recorder.queries
    for query in recorder.queries:
        assert query.center is not None
        assert (query.center.lat, query.center.lng) == (38.710885, -9.141698)


async def test_slack_a_thread_the_bot_answered_in_is_followed_without_a_mention(
    world: SlackWorld,
) -> None:
    # A mention inside a person's thread: answered there, and the bot is now part of it.
    await world.deliver(json.dumps(slack_payload("message_channel_mention")).encode())
    assert {post["thread_ts"] for post in world.posts()} == {"1795424000.000050"}
    answered = len(world.posts())

    follow_up = slack_payload("message_channel_chatter")
    follow_up["event"] |= {
        "thread_ts": "1795424000.000050",
        "parent_user_id": "U0TRAVEL2",
        "text": "show my itinerary",
        "ts": "1795424500.000900",
        "event_ts": "1795424500.000900",
    }
    follow_up["event"].pop("blocks")
    await world.deliver(json.dumps(follow_up).encode())
    assert len(world.posts()) == answered + 1
    assert world.posts()[-1]["thread_ts"] == "1795424000.000050"

    elsewhere = slack_payload("message_channel_chatter")
    elsewhere["event"] |= {"thread_ts": "1795420000.000001", "parent_user_id": "U0TRAVEL3"}
    await world.deliver(json.dumps(elsewhere).encode())
    assert len(world.posts()) == answered + 1  # another people's thread: not ours

"""Shared chats: a prompt is answered only by the traveler it was asked of (issue #14, item 2).

Two people write in one Telegram group (signed webhook deliveries) or one Slack channel
(signed Events API and interactivity deliveries). Each has their own traveler and trip; one's
typed "yes", "2" or tap never answers the other's open question.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from adapters.telegram.signature import SECRET_HEADER
from core.messages import msg, use_locale
from core.services.itinerary import ItineraryService, ItineraryView
from core.storage.models import ChannelIdentity
from tests.bots import test_slack_flow
from tests.bots.test_slack_flow import SlackWorld
from tests.fakes.clock import FakeClock
from tests.fakes.slack import form_body, message_event
from tests.fakes.telegram import BOT, TRAVELER, WEBHOOK_SECRET, FakeTelegram, attached

GROUP = -1001234567890
ANA = TRAVELER
BEN = {"id": 5151, "is_bot": False, "first_name": "Ben", "language_code": "en"}
CHANNEL = "C0TRIPS01"
world = test_slack_flow.world  # the Slack fixture: the app, a fake Slack, signed deliveries
# Internal ids look like this (node ids, prompt ids): none may reach a traveler.
_ID = re.compile(r"\b(?=[A-Za-z0-9_-]{8,32}\b)(?=\S*\d)(?=\S*[a-z])[A-Za-z0-9_-]+\b")


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def telegram(app: FastAPI, fake: FakeTelegram, clock: FakeClock) -> AsyncIterator[None]:
    async def sleep(seconds: float) -> None:  # a group's send pacing passes in fake time
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep):
        yield


async def _post(client: httpx.AsyncClient, update: dict[str, Any]) -> None:
    headers = {"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET}
    response = await client.post("/webhooks/telegram", content=json.dumps(update), headers=headers)
    assert response.status_code == 200, response.text


async def _settle(app: FastAPI) -> None:
    await app.state.services.pipeline.drain()  # turns and local taps alike


async def say(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, who: dict[str, Any], text: str
) -> list[str]:
    """`who` writes `text` to the bot (an @mention) in the group; the texts the bot sent back."""
    fake.clear()
    mention = f"@{BOT['username']}"
    update = fake.text_update(f"{mention} {text}", who, chat_id=GROUP)
    update["message"]["entities"] = [{"offset": 0, "length": len(mention), "type": "mention"}]
    await _post(client, update)
    await _settle(app)
    return [body["text"] for body in fake.bodies("sendMessage")]


async def tap(
    app: FastAPI,
    client: httpx.AsyncClient,
    fake: FakeTelegram,
    who: dict[str, Any],
    message: dict[str, Any],
    button: int,
) -> list[str]:
    fake.clear()
    await _post(client, fake.tap(message, button, who))
    await _settle(app)
    public = [body["text"] for body in fake.bodies("sendMessage")]
    # A tap's refusal is the tapper's alone: their callback answer, not a group message.
    private = [
        body["text"] for body in fake.bodies("answerCallbackQuery") if body.get("show_alert")
    ]
    return public or private


async def trip_of(services: Any, channel: str, user: str) -> ItineraryView:
    async with services.sessions() as session:
        row = await session.scalar(
            select(ChannelIdentity).where(
                ChannelIdentity.channel == channel, ChannelIdentity.external_user_id == user
            )
        )
        assert row is not None
        assert row.itinerary_id is not None
        return await ItineraryService(session, services.clock).get(row.itinerary_id)


def titles(trip: ItineraryView) -> list[list[str]]:
    return [[node.title for node in day.nodes] for day in trip.days]


def assert_no_internal_ids(texts: list[str]) -> None:
    for text in texts:
        assert not _ID.findall(text.replace("Traveloure", "")), text


async def _both_in_the_group(app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram) -> None:
    await say(app, client, fake, ANA, "hi")
    await say(app, client, fake, BEN, "hi")


@pytest.mark.usefixtures("telegram")
async def test_a_typed_yes_in_a_group_answers_only_the_askers_confirmation(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await _both_in_the_group(app, client, fake)
    services = app.state.services
    ben_before = titles(await trip_of(services, "telegram", str(BEN["id"])))
    ana_before = await trip_of(services, "telegram", str(ANA["id"]))

    asked = await say(app, client, fake, ANA, "plan 3 days in Hadibo")
    assert fake.keyboard_messages(), asked  # Ana is asked to confirm replacing her trip
    answer = await say(app, client, fake, BEN, "yes")

    # Ben's "yes" is his own turn: his trip is untouched and Ana's question is still open.
    assert titles(await trip_of(services, "telegram", str(BEN["id"]))) == ben_before
    assert (await trip_of(services, "telegram", str(ANA["id"]))).version == ana_before.version
    assert_no_internal_ids(answer)
    done = await say(app, client, fake, ANA, "yes")
    assert (await trip_of(services, "telegram", str(ANA["id"]))).version > ana_before.version
    assert done
    assert msg("prompt_closed") not in done


@pytest.mark.usefixtures("telegram")
async def test_a_typed_number_in_a_group_does_not_pick_someone_elses_card(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await _both_in_the_group(app, client, fake)
    services = app.state.services
    ben_before = titles(await trip_of(services, "telegram", str(BEN["id"])))

    await say(app, client, fake, ANA, "add a sushi place on day 2")
    answer = await say(app, client, fake, BEN, "2")
    assert titles(await trip_of(services, "telegram", str(BEN["id"]))) == ben_before
    assert not any("Sushi Zen" in text for text in answer), answer
    # Ana's cards still answer Ana.
    added = await say(app, client, fake, ANA, "2")
    assert added == ["Added Sushi Zen to day 2 for lunch ✅"]
    assert "Sushi Zen" in titles(await trip_of(services, "telegram", str(ANA["id"])))[1]


@pytest.mark.usefixtures("telegram")
async def test_a_yes_to_someone_elses_removal_shows_no_internal_id(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await _both_in_the_group(app, client, fake)
    services = app.state.services
    ben_before = titles(await trip_of(services, "telegram", str(BEN["id"])))
    ana_before = titles(await trip_of(services, "telegram", str(ANA["id"])))

    await say(app, client, fake, ANA, "clear day 3")
    answer = await say(app, client, fake, BEN, "yes")
    assert_no_internal_ids(answer)
    assert titles(await trip_of(services, "telegram", str(BEN["id"]))) == ben_before
    assert titles(await trip_of(services, "telegram", str(ANA["id"]))) == ana_before
    await say(app, client, fake, ANA, "yes")
    assert titles(await trip_of(services, "telegram", str(ANA["id"])))[2] == []


@pytest.mark.usefixtures("telegram")
async def test_tapping_someone_elses_button_is_refused_and_their_question_stays_open(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await _both_in_the_group(app, client, fake)
    services = app.state.services
    await say(app, client, fake, ANA, "clear day 3")
    [question] = fake.keyboard_messages()
    refused = await tap(app, client, fake, BEN, question, 0)
    assert refused == [msg("prompt_not_yours")]
    assert fake.bodies("sendMessage") == []  # only Ben saw it
    assert fake.bodies("editMessageText") == []  # Ana's buttons are still there
    assert titles(await trip_of(services, "telegram", str(BEN["id"])))[2] != []

    await tap(app, client, fake, ANA, question, 0)
    assert titles(await trip_of(services, "telegram", str(ANA["id"])))[2] == []


@pytest.mark.usefixtures("telegram")
async def test_the_refusal_of_a_foreign_tap_speaks_the_tappers_language(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    beto = {"id": 6161, "is_bot": False, "first_name": "Beto", "language_code": "es"}
    await say(app, client, fake, ANA, "hi")
    await say(app, client, fake, beto, "hola")
    await say(app, client, fake, ANA, "clear day 3")
    [question] = fake.keyboard_messages()
    refused = await tap(app, client, fake, beto, question, 0)
    with use_locale("es"):
        assert refused == [msg("prompt_not_yours")]


async def test_in_a_slack_channel_one_persons_reply_never_answers_anothers_question(
    world: SlackWorld,
) -> None:
    ana, ben = "U0ANA0001", "U0BEN0001"

    async def say_in_channel(user: str, text: str, ts: str) -> None:
        # In a channel the bot answers what mentions it.
        event = message_event(f"<@U0BOTUSER> {text}", ts, channel=CHANNEL, user=user)
        body = json.dumps(event).encode()
        response = await world.deliver(body)
        assert response.status_code == 200

    await say_in_channel(ana, "hi", "1795424400.000100")
    await say_in_channel(ben, "hi", "1795424401.000100")
    ben_before = titles(await trip_of(world.services, "slack", ben))
    ana_before = titles(await trip_of(world.services, "slack", ana))

    await say_in_channel(ana, "clear day 3", "1795424402.000100")
    question_ts = world.last_post_ts()
    posted = len(world.posts())
    await say_in_channel(ben, "yes", "1795424403.000100")
    answers = [post.get("text", "") for post in world.posts()[posted:]]
    assert_no_internal_ids(answers)
    assert titles(await trip_of(world.services, "slack", ben)) == ben_before
    assert titles(await trip_of(world.services, "slack", ana)) == ana_before

    # Ben taps Ana's button: a notice only he sees, Ana's message keeps its buttons.
    posted = len(world.posts())
    await world.deliver(form_body(world.fake.tap(question_ts, 0, user=ben)), form=True)
    assert world.fake.bodies("chat.update") == []
    assert world.posts()[posted:] == []
    # Through the tap's response_url, ephemeral: it reaches Ben wherever he tapped.
    [notice] = world.fake.responses()
    assert notice["response_type"] == "ephemeral"
    assert notice["text"] == msg("prompt_not_yours")
    # The welcomes were Ana's and Ben's own notices, not the channel's.
    welcomes = world.fake.bodies("chat.postEphemeral")
    assert {(w["user"], w["channel"]) for w in welcomes} == {(ana, CHANNEL), (ben, CHANNEL)}
    assert all(w["text"] == msg("welcome") for w in welcomes)
    assert titles(await trip_of(world.services, "slack", ben)) == ben_before

    await say_in_channel(ana, "yes", "1795424404.000100")
    assert titles(await trip_of(world.services, "slack", ana))[2] == []

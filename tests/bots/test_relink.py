"""A link code never silently takes over a chat (issue #14, item 5).

Signed Telegram webhook deliveries: a traveler with a trip taps someone else's deep link
(`/start CODE`); they are asked first, "no" keeps everything, "yes" switches and "switch back"
returns them to their own, untouched trip. In a group, the one who handed out the code cannot
answer the question for them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from core.messages import msg, use_locale
from core.storage.models import ChannelIdentity
from tests.bots.test_group_prompts import BEN, _post, _settle, tap, titles, trip_of
from tests.bots.test_group_prompts import say as say_in_group
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import TRAVELER, FakeTelegram, attached

VICTIM = TRAVELER
ADMIN = {"Authorization": "Bearer admin-secret"}


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def telegram(app: FastAPI, fake: FakeTelegram, clock: FakeClock) -> AsyncIterator[None]:
    async def sleep(seconds: float) -> None:  # a group's send pacing passes in fake time
        clock.advance(seconds=seconds)

    async with attached(app, fake, clock, sleep=sleep):
        yield


async def say(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram, text: str, who: Any = VICTIM
) -> list[str]:
    """`who` writes `text` in their private chat; the texts the bot sent back."""
    fake.clear()
    await _post(client, fake.text_update(text, who))
    await _settle(app)
    return [body["text"] for body in fake.bodies("sendMessage")]


async def traveler_of(app: FastAPI, user: int) -> str:
    async with app.state.services.sessions() as session:
        row = await session.scalar(
            select(ChannelIdentity).where(ChannelIdentity.external_user_id == str(user))
        )
        assert row is not None
        return row.traveler_id


async def attackers_code(client: httpx.AsyncClient) -> tuple[str, str]:
    """Another traveler (with a trip of their own) and a link code of theirs."""
    made = await client.post("/api/v1/travelers", json={"name": "Mallory"}, headers=ADMIN)
    traveler = made.json()
    await client.post(
        "/api/v1/itineraries",
        json={"userId": traveler["id"], "destination": "Hadibo", "days": 2},
        headers=ADMIN | {"Authorization": f"Bearer {traveler['token']}"},
    )
    code = await client.post(f"/api/v1/travelers/{traveler['id']}/link-code", headers=ADMIN)
    return traveler["id"], code.json()["code"]


@pytest.mark.usefixtures("telegram")
async def test_a_deep_link_into_a_chat_with_a_trip_asks_first_and_no_keeps_everything(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "hi")
    own = await traveler_of(app, VICTIM["id"])
    trip_before = await trip_of(app.state.services, "telegram", str(VICTIM["id"]))
    _, code = await attackers_code(client)

    asked = await say(app, client, fake, f"/start {code}")
    assert asked == [msg("relink_ask", destination=trip_before.destination)]
    [question] = fake.keyboard_messages()
    assert fake.button_texts(question) == [msg("relink_yes"), msg("cancel")]
    assert await traveler_of(app, VICTIM["id"]) == own  # nothing moved by asking

    kept = await say(app, client, fake, "no")
    assert kept == [msg("relink_kept", destination=trip_before.destination)]
    assert await traveler_of(app, VICTIM["id"]) == own
    trip_after = await trip_of(app.state.services, "telegram", str(VICTIM["id"]))
    assert (trip_after.id, titles(trip_after)) == (trip_before.id, titles(trip_before))


@pytest.mark.usefixtures("telegram")
async def test_yes_switches_the_chat_and_switch_back_returns_to_the_own_trip(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await say(app, client, fake, "hi")
    own = await traveler_of(app, VICTIM["id"])
    trip_before = await trip_of(app.state.services, "telegram", str(VICTIM["id"]))
    other, code = await attackers_code(client)

    await say(app, client, fake, f"/start {code}")
    [question] = fake.keyboard_messages()
    fake.clear()
    await _post(client, fake.tap(question, 0))  # "Yes, switch"
    await _settle(app)
    sent = [body["text"] for body in fake.bodies("sendMessage")]
    assert sent == [msg("relinked", destination=trip_before.destination)]
    assert await traveler_of(app, VICTIM["id"]) == other

    back = await say(app, client, fake, "switch back")
    assert back == [msg("switched_back", destination=trip_before.destination)]
    assert await traveler_of(app, VICTIM["id"]) == own
    trip_after = await trip_of(app.state.services, "telegram", str(VICTIM["id"]))
    assert (trip_after.id, titles(trip_after)) == (trip_before.id, titles(trip_before))
    # Switched back once: the words are now an ordinary message again.
    again = await say(app, client, fake, "switch back")
    assert again != back
    assert await traveler_of(app, VICTIM["id"]) == own


@pytest.mark.usefixtures("telegram")
async def test_the_relink_question_speaks_the_travelers_language(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    lucia = {"id": 7373, "is_bot": False, "first_name": "Lucía", "language_code": "es"}
    await say(app, client, fake, "hola", lucia)
    trip = await trip_of(app.state.services, "telegram", str(lucia["id"]))
    _, code = await attackers_code(client)
    asked = await say(app, client, fake, f"link {code}", lucia)
    with use_locale("es"):
        assert asked == [msg("relink_ask", destination=trip.destination)]
    kept = await say(app, client, fake, "no", lucia)
    with use_locale("es"):
        assert kept == [msg("relink_kept", destination=trip.destination)]


@pytest.mark.usefixtures("telegram")
async def test_a_new_chat_is_linked_at_once(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    other, code = await attackers_code(client)
    assert await say(app, client, fake, f"/start {code}") == [msg("linked")]
    assert await traveler_of(app, VICTIM["id"]) == other


@pytest.mark.usefixtures("telegram")
async def test_in_a_group_the_code_giver_cannot_answer_the_relink_question(
    app: FastAPI, client: httpx.AsyncClient, fake: FakeTelegram
) -> None:
    await say_in_group(app, client, fake, VICTIM, "hi")
    await say_in_group(app, client, fake, BEN, "hi")
    own = await traveler_of(app, VICTIM["id"])
    bens = await traveler_of(app, BEN["id"])
    code = await client.post(f"/api/v1/travelers/{bens}/link-code", headers=ADMIN)

    await say_in_group(app, client, fake, VICTIM, f"link {code.json()['code']}")
    [question] = fake.keyboard_messages()
    await say_in_group(app, client, fake, BEN, "yes")
    assert await tap(app, client, fake, BEN, question, 0) == [msg("prompt_not_yours")]
    assert await traveler_of(app, VICTIM["id"]) == own

    trip = await trip_of(app.state.services, "telegram", str(VICTIM["id"]))
    kept = await say_in_group(app, client, fake, VICTIM, "no")
    assert kept == [msg("relink_kept", destination=trip.destination)]
    assert await traveler_of(app, VICTIM["id"]) == own

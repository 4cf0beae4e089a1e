"""Slack end to end: signed deliveries to /webhooks/slack, the real pipeline, a fake Web API.

Every request body the adapter sends is checked.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from adapters.slack.channel import from_settings
from bots.app import create_app
from core.config import Settings
from core.storage.models import InboxEvent
from tests.fakes.clock import FakeClock
from tests.fakes.slack import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    RecordingSleep,
    assert_within_slack_limits,
    button_values,
    form_body,
    message_event,
    payload,
    running_fake_slack,
    signed_headers,
)

DM = "D0DMCHAN1"


@dataclass
class SlackWorld:
    """The app with the Slack channel plugged in, the fake Slack and the test's clock."""

    http: httpx.AsyncClient
    fake: FakeSlack
    clock: FakeClock
    sleep: RecordingSleep
    services: Any

    async def deliver(
        self, body: bytes, *, form: bool = False, extra: dict[str, str] | None = None
    ) -> httpx.Response:
        headers = signed_headers(body, int(self.clock.now().timestamp()), form=form)
        response = await self.http.post(
            "/webhooks/slack", content=body, headers=headers | (extra or {})
        )
        await self.services.pipeline.drain()
        return response

    async def say(self, text: str, ts: str) -> httpx.Response:
        return await self.deliver(json.dumps(message_event(text, ts)).encode())

    async def tap(self, ts: str, index: int, **kwargs: Any) -> httpx.Response:
        return await self.deliver(form_body(self.fake.tap(ts, index, **kwargs)), form=True)

    def posts(self) -> list[dict[str, Any]]:
        return self.fake.bodies("chat.postMessage")

    def last_post_ts(self) -> str:
        return list(self.fake.messages)[-1]


@pytest.fixture
async def world(db_url: str, clock: FakeClock) -> AsyncIterator[SlackWorld]:
    async with running_fake_slack() as fake:
        settings = Settings(
            _env_file=None,
            database_url=db_url,
            admin_api_token="admin-secret",
            run_jobs_in_web=False,
            enrichment_queue_workers=0,
            public_base_url="https://chat.example",
            slack_bot_token=SecretStr(BOT_TOKEN),
            slack_signing_secret=SecretStr(SIGNING_SECRET),
            slack_api_base_url=fake.base_url,
        )
        app = create_app(settings, clock=clock)
        sleep = RecordingSleep(clock)
        async with app.router.lifespan_context(app):
            services = app.state.services
            channel = from_settings(settings, clock, sleep=sleep)
            assert channel is not None
            services.pipeline.channels["slack"] = channel  # registry wiring comes later
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
                yield SlackWorld(http, fake, clock, sleep, services)


def _section(block_id: str, text: str, accessory: dict[str, Any] | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "section",
        "block_id": block_id,
        "text": {"type": "mrkdwn", "text": text},
    }
    if accessory:
        block["accessory"] = accessory
    return block


def _pick(number: int, name: str, value: str) -> dict[str, Any]:
    return {
        "type": "button",
        "action_id": f"pick_{number}",
        "text": {"type": "plain_text", "text": name, "emoji": True},
        "value": value,
    }


SUSHI_CARDS = [
    ("Hadibo Sushi", "★ 4.7 (412) · $$$ · 597 m · open now", "Airport Road, Hadibo, Socotra"),
    ("Sushi Zen", "★ 4.5 (234) · $$$ · 1.0 km · open now", "12 Corniche Road, Hadibo, Socotra"),
    ("Tokyo Bay", "★ 4.3 (156) · $$ · 1.2 km · closed now", "Harbour Street, Hadibo, Socotra"),
    ("Ocean Sushi", "★ 4.1 (98) · $$ · 2.0 km · open now", "East Coast Road, Hadibo, Socotra"),
    (
        "Socotra Sushi House",
        "★ 3.9 (57) · $ · 2.3 km · open now",
        "Delisha Road, Hadibo, Socotra",
    ),
]
QUESTION = "I found 5 sushi places near Hadibo. Select one:"


def _text_message(text: str, channel: str = DM) -> dict[str, Any]:
    return {"channel": channel, "text": text, "blocks": [_section("msg_0", text)]}


def _expected_selection(prompt_id: str) -> dict[str, Any]:
    return {
        "channel": DM,
        "text": QUESTION + "".join(f"\n{n}. {c[0]}" for n, c in enumerate(SUSHI_CARDS, 1)),
        "blocks": [
            _section("msg_0", QUESTION),
            {
                "type": "context",
                "block_id": "note_0",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": "⚠️ Demo data: places are illustrative, not real listings.",
                    }
                ],
            },
            *(
                _section(
                    f"card_{n}",
                    f"*{n}. {name}*\n{facts}\n{address}",
                    _pick(n, name, f"{prompt_id}:{n - 1}"),
                )
                for n, (name, facts, address) in enumerate(SUSHI_CARDS, 1)
            ),
        ],
    }


def _prompt_id(message: dict[str, Any]) -> str:
    values = button_values(message)
    prompt_id = values[0].split(":")[0]
    assert values == [f"{prompt_id}:{i}" for i in range(len(values))]
    return prompt_id


async def _inbox_rows(world: SlackWorld) -> int:
    async with world.services.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(InboxEvent)) or 0)


async def test_sushi_flow_tap_the_second_card(world: SlackWorld) -> None:
    answer = await world.say("add a sushi place on day 2", "1795424400.000100")
    assert answer.status_code == 200
    assert answer.content == b""  # the ack: an empty 200 right after storing
    welcome, selection = world.posts()
    assert welcome == _text_message(
        'Welcome to Traveloure! I plan and edit trips by chat. Try "plan 3 days in Kyoto", '
        '"add a sushi place on day 2" or "help".'
    )
    prompt_id = _prompt_id(selection)
    assert selection == _expected_selection(prompt_id)
    assert_within_slack_limits(selection)
    assert all(call.authorization == f"Bearer {BOT_TOKEN}" for call in world.fake.calls)

    picker_ts = world.last_post_ts()
    assert (await world.tap(picker_ts, 1)).status_code == 200
    assert [call.method for call in world.fake.calls[2:]] == ["chat.update", "chat.postMessage"]
    assert world.fake.bodies("chat.update") == [
        {
            "channel": DM,
            "ts": picker_ts,
            "text": "✅ Sushi Zen",
            "blocks": [_section("msg_0", QUESTION), _section("chosen", "✅ *Sushi Zen*")],
        }
    ]
    assert button_values(world.fake.messages[picker_ts]) == []  # can't be pressed again
    assert world.posts()[2] == _text_message("Added Sushi Zen to day 2 for lunch ✅")

    await world.say("what's on day 2?", "1795424500.000100")
    day_two = world.posts()[3]
    assert day_two["channel"] == DM
    assert "Sushi Zen" in day_two["text"]
    assert world.sleep.delays == [1.0, 1.0, 1.0]  # about one message a second per channel


async def test_a_redelivered_event_or_tap_is_processed_once(world: SlackWorld) -> None:
    body = json.dumps(message_event("add a sushi place on day 2", "1795424400.000100")).encode()
    await world.deliver(body)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert (await world.deliver(body, extra=retry)).status_code == 200
    assert len(world.fake.calls) == 2  # welcome and the cards, once

    tap = form_body(world.fake.tap(world.last_post_ts(), 1))
    await world.deliver(tap, form=True)
    calls = len(world.fake.calls)
    assert (await world.deliver(tap, form=True, extra=retry)).status_code == 200
    assert len(world.fake.calls) == calls
    assert [b["text"] for b in world.posts()].count("Added Sushi Zen to day 2 for lunch ✅") == 1
    assert await _inbox_rows(world) == 2


async def test_a_typed_reply_answers_the_cards(world: SlackWorld) -> None:
    await world.say("add a sushi place on day 2", "1795424400.000100")
    await world.say("the second one", "1795424410.000100")
    assert world.fake.bodies("chat.update") == []  # nothing was tapped
    assert world.posts()[-1] == _text_message("Added Sushi Zen to day 2 for lunch ✅")
    assert len(world.posts()) == 3


async def test_a_bad_signature_is_rejected_and_nothing_is_processed(world: SlackWorld) -> None:
    body = json.dumps(message_event("add a sushi place on day 2", "1795424400.000100")).encode()
    headers = signed_headers(body, int(world.clock.now().timestamp()), secret="wrong")
    answer = await world.http.post("/webhooks/slack", content=body, headers=headers)
    assert answer.status_code == 401
    unsigned = await world.http.post("/webhooks/slack", content=body)
    assert unsigned.status_code == 401
    old = signed_headers(body, int(world.clock.now().timestamp()) - 301)
    assert (await world.http.post("/webhooks/slack", content=body, headers=old)).status_code == 401
    await world.services.pipeline.drain()
    assert world.fake.calls == []
    assert await _inbox_rows(world) == 0


async def test_a_tap_on_a_replaced_question_is_explained_and_changes_nothing(
    world: SlackWorld,
) -> None:
    await world.say("add a sushi place on day 2", "1795424400.000100")
    old_ts = world.last_post_ts()
    await world.say("add a sushi place on day 3", "1795424410.000100")
    new_ts = world.last_post_ts()
    assert _prompt_id(world.fake.messages[new_ts]) != _prompt_id(world.fake.messages[old_ts])
    await world.tap(old_ts, 1)
    assert world.fake.bodies("chat.update") == []
    assert world.posts()[-1] == _text_message("That question was replaced by a newer one.")
    # the new question still works
    await world.tap(new_ts, 2)
    assert [b["ts"] for b in world.fake.bodies("chat.update")] == [new_ts]
    assert world.posts()[-1] == _text_message("Added Tokyo Bay to day 3 at 7:30 PM ✅")


async def test_a_confirmation_has_two_styled_buttons_and_a_tap_answers_it(
    world: SlackWorld,
) -> None:
    await world.say("clear day 3", "1795424400.000100")
    confirm = world.posts()[-1]
    assert_within_slack_limits(confirm)
    prompt_id = _prompt_id(confirm)
    actions = confirm["blocks"][-1]
    assert actions == {
        "type": "actions",
        "block_id": "confirm_0",
        "elements": [
            {
                "type": "button",
                "action_id": "confirm_0",
                "text": {"type": "plain_text", "text": "Yes, remove them", "emoji": True},
                "value": f"{prompt_id}:0",
                "style": "primary",
            },
            {
                "type": "button",
                "action_id": "confirm_1",
                "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                "value": f"{prompt_id}:1",
                "style": "danger",
            },
        ],
    }
    assert confirm["blocks"][0] == _section(
        "msg_0", "This will remove 3 activities from day 3. Continue?"
    )
    assert confirm["blocks"][1]["block_id"] == "preview_0"
    assert confirm["blocks"][1]["text"]["text"].count("• Day 3 · ") == 3

    ts = world.last_post_ts()
    await world.tap(ts, 1)
    [update] = world.fake.bodies("chat.update")
    assert update == {
        "channel": DM,
        "ts": ts,
        "text": "✅ Cancel",
        "blocks": [
            _section("msg_0", "This will remove 3 activities from day 3. Continue?"),
            _section("chosen", "✅ *Cancel*"),
        ],
    }
    assert world.posts()[-1] == _text_message("Okay, I left your trip as it was.")


async def test_a_429_is_waited_out_and_the_answer_still_arrives(world: SlackWorld) -> None:
    world.fake.fail(
        "chat.postMessage", 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "3"}
    )
    await world.say("add a sushi place on day 2", "1795424400.000100")
    welcome_refused, welcome, selection = world.posts()
    assert welcome_refused == welcome  # the same body, resent
    assert 3.0 in world.sleep.delays
    assert selection == _expected_selection(_prompt_id(selection))


async def test_url_verification_is_answered_on_the_spot(world: SlackWorld) -> None:
    body = json.dumps(payload("url_verification")).encode()
    answer = await world.deliver(body)
    assert answer.status_code == 200
    assert answer.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}
    assert await _inbox_rows(world) == 0


@pytest.mark.parametrize("name", ["message_from_our_bot", "message_bot_message", "message_changed"])
async def test_bot_echoes_and_edits_are_acknowledged_and_ignored(
    world: SlackWorld, name: str
) -> None:
    answer = await world.deliver(json.dumps(payload(name)).encode())
    assert answer.status_code == 200
    assert world.fake.calls == []
    assert await _inbox_rows(world) == 0


async def test_an_unreadable_delivery_is_a_400(world: SlackWorld) -> None:
    answer = await world.deliver(b"{not json")
    assert answer.status_code == 400
    assert world.fake.calls == []

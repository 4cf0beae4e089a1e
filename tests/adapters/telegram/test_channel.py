"""The Channel port for Telegram against the fake Bot API (no app)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest

from adapters.telegram.channel import TelegramChannel, from_settings
from adapters.telegram.keyboards import MORE
from adapters.telegram.signature import SECRET_HEADER
from core.config import Settings
from core.deliveries import Delivery
from core.protocol import AgentResponse, InboundTurn, ResponseMetadata, ResponseType
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import (
    BASE_URL,
    TOKEN,
    TRAVELER,
    WEBHOOK_SECRET,
    FakeTelegram,
    error,
    payload,
)


def telegram_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_webhook_secret": WEBHOOK_SECRET,
        "telegram_api_base_url": BASE_URL,
        **overrides,
    }
    return Settings(_env_file=None, **values)


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def channel(fake: FakeTelegram) -> AsyncIterator[TelegramChannel]:
    clock = FakeClock()

    async def sleep(seconds: float) -> None:
        clock.advance(seconds=seconds)

    client = fake.client()
    built = from_settings(telegram_settings(), clock, client=client, sleep=sleep)
    assert built is not None
    yield built
    await built.aclose()
    await client.aclose()


def body_of(update: dict[str, Any]) -> bytes:
    return json.dumps(update).encode()


def options_response(count: int, prompt_id: str = "Pq7_x-2Z") -> AgentResponse:
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which place do you mean?",
        data={"options": [{"id": str(n), "label": f"Place {n}"} for n in range(1, count + 1)]},
        metadata=ResponseMetadata(prompt_id=prompt_id),
    )


def text_turn(text: str = "hi") -> InboundTurn:
    return InboundTurn(
        channel="telegram", event_id="1", external_user_id="4242", chat_id="4242", text=text
    )


def test_no_token_means_no_channel() -> None:
    assert from_settings(telegram_settings(telegram_bot_token=None), FakeClock()) is None
    assert from_settings(telegram_settings(telegram_bot_token=""), FakeClock()) is None


async def test_without_a_webhook_secret_every_webhook_is_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    channel = from_settings(telegram_settings(telegram_webhook_secret=None), FakeClock())
    assert channel is not None
    assert "TELEGRAM_WEBHOOK_SECRET" in caplog.text
    assert not channel.verify(b"{}", {SECRET_HEADER: ""}, "https://chat.example/webhooks/telegram")
    await channel.aclose()


def test_verify_checks_the_secret_header(channel: TelegramChannel) -> None:
    url = "https://chat.example/webhooks/telegram"
    assert channel.verify(b"{}", {SECRET_HEADER: WEBHOOK_SECRET}, url)
    assert not channel.verify(b"{}", {SECRET_HEADER: "nope"}, url)
    assert not channel.verify(b"{}", {}, url)


async def run_local(delivery: Delivery) -> None:
    """What the webhook route starts in the background, run to the end."""
    for action in delivery.local:
        await action()


def test_parse_and_ack(channel: TelegramChannel) -> None:
    delivery = channel.parse(body_of(payload("update_text_message.json")), {})
    [turn] = delivery.turns
    assert turn.text == "add a sushi place on day 2"
    assert (delivery.reply.status, delivery.local) == (200, ())
    with pytest.raises(ValueError, match="Expecting value"):
        channel.parse(b"<html>", {})


async def test_send_text_goes_to_the_configured_base_url(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    await channel.send_text("4242", "Welcome!")
    assert fake.calls == [("sendMessage", {"chat_id": 4242, "text": "Welcome!"})]


async def test_tap_is_answered_then_the_message_edited_then_the_answer_sent(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    await channel.deliver(text_turn(), options_response(3))
    [question] = fake.keyboard_messages()
    fake.clear()
    [turn] = channel.parse(body_of(fake.tap(question, "2. Place 2")), {}).turns
    assert turn.choice_token == "Pq7_x-2Z:1"
    await channel.acknowledge(turn)
    query_id = (turn.reply_context or {})["callback_query_id"]
    assert fake.calls == [
        ("answerCallbackQuery", {"callback_query_id": query_id, "text": "2. Place 2"})
    ]
    await channel.deliver(turn, AgentResponse.complete("Added Place 2 to day 2 ✅"))
    assert fake.calls[1:] == [
        (
            "editMessageText",
            {
                "chat_id": 4242,
                "message_id": question["message_id"],
                "text": question["text"] + "\n\n✅ Place 2",
            },
        ),
        ("sendMessage", {"chat_id": 4242, "text": "Added Place 2 to day 2 ✅"}),
    ]
    assert fake.keyboard_messages() == []  # its buttons are gone


async def test_refused_tap_removes_the_keyboard_without_a_tick(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    await channel.deliver(text_turn(), options_response(3))
    [question] = fake.keyboard_messages()
    [turn] = channel.parse(body_of(fake.tap(question, 0)), {}).turns
    fake.clear()
    await channel.deliver(turn, AgentResponse.error("That question was already answered."))
    assert fake.calls == [
        (
            "editMessageReplyMarkup",
            {
                "chat_id": 4242,
                "message_id": question["message_id"],
            },
        ),
        ("sendMessage", {"chat_id": 4242, "text": "That question was already answered."}),
    ]
    assert fake.messages[(4242, question["message_id"])]["text"] == question["text"]


async def test_a_failed_edit_or_stale_callback_does_not_stop_the_answer(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    [turn] = channel.parse(body_of(payload("update_callback_choice.json")), {}).turns
    await channel.acknowledge(turn)  # an unknown query id: 400, logged, swallowed
    await channel.deliver(turn, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    assert fake.methods() == ["answerCallbackQuery", "editMessageText", "sendMessage"]
    assert fake.rejected == [
        "query is too old and response timeout expired or query ID is invalid",
        "message to edit not found",
    ]
    assert fake.bodies("sendMessage") == [{"chat_id": 4242, "text": "Added Sushi Zen to day 2 ✅"}]


async def test_an_answer_that_cannot_be_sent_is_raised(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    from adapters.telegram.sender import TelegramApiError

    fake.fail_next("sendMessage", error(403, "Forbidden: bot was blocked by the user"))
    with pytest.raises(TelegramApiError, match="blocked"):
        await channel.deliver(text_turn(), AgentResponse.complete("Done"))


async def test_more_pages_the_keyboard_without_a_turn(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    await channel.deliver(text_turn(), options_response(12))
    [question] = fake.keyboard_messages()
    first_page = fake.button_texts(question)
    assert first_page == [f"{n}. Place {n}" for n in range(1, 9)] + [MORE]
    tap = fake.tap(question, MORE)
    body = body_of(tap)
    delivery = channel.parse(body, {})
    assert delivery.turns == ()  # never reaches the inbox or the orchestrator
    assert delivery.reply.status == 200
    await run_local(delivery)
    query_id = tap["callback_query"]["id"]
    assert fake.calls[-2:] == [
        ("answerCallbackQuery", {"callback_query_id": query_id}),
        (
            "editMessageReplyMarkup",
            {
                "chat_id": 4242,
                "message_id": question["message_id"],
                "reply_markup": {
                    "inline_keyboard": [
                        [{"text": f"{n}. Place {n}", "callback_data": f"Pq7_x-2Z:{n - 1}"}]
                        for n in range(9, 13)
                    ]
                    + [[{"text": MORE, "callback_data": "Pq7_x-2Z:more:0"}]]
                },
            },
        ),
    ]
    # a button of the second page is an ordinary choice
    [turn] = channel.parse(body_of(fake.tap(question, "11. Place 11")), {}).turns
    assert turn.choice_token == "Pq7_x-2Z:10"
    # and "More…" on the last page comes back to the first
    await run_local(channel.parse(body_of(fake.tap(question, MORE)), {}))
    assert fake.button_texts(question) == first_page


async def test_foreign_buttons_are_answered_and_left_alone(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    update = payload("update_callback_foreign.json")
    fake.open_queries.add(update["callback_query"]["id"])
    delivery = channel.parse(body_of(update), {})
    assert delivery.turns == ()
    await run_local(delivery)
    assert fake.calls == [
        ("answerCallbackQuery", {"callback_query_id": update["callback_query"]["id"]})
    ]


def test_turns_have_no_local_action(channel: TelegramChannel) -> None:
    assert channel.parse(body_of(payload("update_text_message.json")), {}).local == ()
    assert channel.parse(body_of(payload("update_callback_choice.json")), {}).local == ()


async def test_a_failing_local_tap_is_logged_not_lost(
    channel: TelegramChannel, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    await channel.deliver(text_turn(), options_response(12))
    [question] = fake.keyboard_messages()
    fake.fail_next("editMessageReplyMarkup", error(400, "Bad Request: message can't be edited"))
    with caplog.at_level(logging.WARNING):
        await run_local(channel.parse(body_of(fake.tap(question, MORE)), {}))
    assert "message can't be edited" in caplog.text


async def test_needs_input_and_confirmation_reach_telegram_intact(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    await channel.deliver(text_turn(), AgentResponse.needs_input("Which day?", "e.g. day 2"))
    confirm = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="Continue?",
        data={"preview": {"items": ["Remove lunch"]}},
        metadata=ResponseMetadata(prompt_id="c0nf1rm_"),
    )
    await channel.deliver(text_turn(), confirm)
    assert fake.bodies("sendMessage") == [
        {
            "chat_id": 4242,
            "text": "Which day?",
            "reply_markup": {"force_reply": True, "input_field_placeholder": "e.g. day 2"},
        },
        {
            "chat_id": 4242,
            "text": "Continue?\n\n• Remove lunch",
            "reply_markup": {
                "inline_keyboard": [
                    [
                        {"text": "Yes", "callback_data": "c0nf1rm_:0"},
                        {"text": "No", "callback_data": "c0nf1rm_:1"},
                    ]
                ]
            },
        },
    ]
    assert fake.rejected == []


async def test_a_refused_tap_in_a_group_leaves_the_question_for_its_owner(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    group = InboundTurn(
        channel="telegram", event_id="1", external_user_id="4242", chat_id="-100777", text="x"
    )
    await channel.deliver(group, options_response(3))
    [question] = fake.keyboard_messages()
    other = {**TRAVELER, "id": 5151, "first_name": "Rui"}
    [turn] = channel.parse(body_of(fake.tap(question, 0, user=other)), {}).turns
    assert (turn.chat_id, turn.external_user_id) == ("-100777", "5151")
    fake.clear()
    await channel.acknowledge(turn)  # in a group the answer waits for the outcome
    assert fake.calls == []
    await channel.notify(turn, "Welcome!")  # nor is the group told about the tapper
    assert fake.calls == []
    await channel.deliver(turn, AgentResponse.error("There is no open question to answer."))
    # Only the tapper sees the refusal; the group sees nothing, the buttons stay.
    query_id = turn.reply_context["callback_query_id"]
    assert fake.calls == [
        (
            "answerCallbackQuery",
            {
                "callback_query_id": query_id,
                "text": "There is no open question to answer.",
                "show_alert": True,
            },
        )
    ]
    assert fake.keyboard_messages() != []


async def test_the_owners_tap_in_a_group_is_answered_after_the_outcome(
    channel: TelegramChannel, fake: FakeTelegram
) -> None:
    group = InboundTurn(
        channel="telegram", event_id="1", external_user_id="4242", chat_id="-100777", text="x"
    )
    await channel.deliver(group, options_response(3))
    [question] = fake.keyboard_messages()
    [turn] = channel.parse(body_of(fake.tap(question, 1)), {}).turns
    fake.clear()
    await channel.acknowledge(turn)
    assert fake.calls == []
    await channel.deliver(turn, AgentResponse.complete("Added Place 2 ✅"))
    assert fake.methods() == ["answerCallbackQuery", "editMessageText", "sendMessage"]
    assert fake.bodies("answerCallbackQuery")[0]["text"] == "2. Place 2"
    assert "show_alert" not in fake.bodies("answerCallbackQuery")[0]

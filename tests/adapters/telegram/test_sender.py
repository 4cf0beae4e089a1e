"""The sender against the fake Bot API: URL scheme, spacing, 429, 5xx backoff, failures."""

from __future__ import annotations

import logging

import httpx
import pytest

from adapters.telegram.sender import TelegramApiError, TelegramChatBlockedError, TelegramSender
from core.delivery import ChatUnreachableError
from tests.fakes.telegram import BASE_URL, TOKEN, FakeTelegram, error, payload, too_many_requests


class FakeTime:
    """Monotonic time that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 4))
        self.now += seconds


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
def time() -> FakeTime:
    return FakeTime()


@pytest.fixture
async def sender(fake: FakeTelegram, time: FakeTime):
    client = fake.client()
    sender = TelegramSender(
        TOKEN,
        base_url=BASE_URL + "/",
        client=client,
        monotonic=time.monotonic,
        sleep=time.sleep,
        jitter=lambda: 1.0,
    )
    yield sender
    await sender.aclose()
    await client.aclose()


HELLO = {"chat_id": 4242, "text": "hello"}


async def test_calls_go_to_base_bot_token_method_with_json(
    sender: TelegramSender, fake: FakeTelegram
) -> None:
    result = await sender.call("sendMessage", HELLO, chat_id=4242)
    assert fake.calls == [("sendMessage", HELLO)]
    assert result["text"] == "hello"
    assert result["chat"]["id"] == 4242


async def test_429_waits_retry_after_then_resends(
    sender: TelegramSender, fake: FakeTelegram, time: FakeTime
) -> None:
    fake.fail_next("sendMessage", httpx.Response(429, json=payload("error_429.json")))
    result = await sender.call("sendMessage", HELLO, chat_id=4242)
    assert result["text"] == "hello"
    assert fake.calls == [("sendMessage", HELLO), ("sendMessage", HELLO)]
    assert 3.0 in time.sleeps


async def test_a_flood_wait_too_long_to_hold_a_turn_fails_and_is_logged(
    sender: TelegramSender, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next("sendMessage", too_many_requests(3600))
    with pytest.raises(TelegramApiError) as raised:
        await sender.call("sendMessage", HELLO, chat_id=4242)
    assert raised.value.status == 429
    assert raised.value.retry_after == 3600
    assert len(fake.calls) == 1
    assert "Too Many Requests: retry after 3600" in caplog.text  # Telegram's words, not PTB's


async def test_5xx_backs_off_exponentially_then_succeeds(
    sender: TelegramSender, fake: FakeTelegram, time: FakeTime
) -> None:
    fake.fail_next(
        "sendMessage", error(502, "Bad Gateway"), httpx.Response(500, text="<html>oops</html>")
    )
    result = await sender.call("sendMessage", HELLO)
    assert result["text"] == "hello"
    assert len(fake.calls) == 3
    assert time.sleeps == [0.5, 1.0]  # 0.5 s doubling, jitter fixed at its maximum


async def test_jitter_spreads_retries_below_the_exponential_cap(fake: FakeTelegram) -> None:
    time = FakeTime()
    async with fake.client() as client:
        sender = TelegramSender(
            TOKEN, base_url=BASE_URL, client=client, sleep=time.sleep, jitter=lambda: 0.0
        )
        fake.fail_next("sendMessage", error(500, "Internal Server Error"))
        await sender.call("sendMessage", HELLO)
    assert time.sleeps == [0.25]


async def test_5xx_every_time_fails_after_bounded_attempts_and_logs_telegrams_error(
    sender: TelegramSender,
    fake: FakeTelegram,
    time: FakeTime,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake.fail_next("sendMessage", *[error(500, "Internal Server Error: restarting")] * 4)
    with (
        caplog.at_level(logging.WARNING, logger="adapters.telegram.sender"),
        pytest.raises(TelegramApiError) as raised,
    ):
        await sender.call("sendMessage", HELLO)
    assert raised.value.status == 500
    assert raised.value.description == "Internal Server Error: restarting"
    assert len(fake.calls) == 4
    assert time.sleeps == [0.5, 1.0, 2.0]
    final = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(final) == 1
    assert "sendMessage failed after 4 attempt(s)" in final[0].getMessage()
    assert "Internal Server Error: restarting" in final[0].getMessage()
    assert TOKEN not in caplog.text


async def test_network_errors_are_retried(fake: FakeTelegram, time: FakeTime) -> None:
    failures = [httpx.ConnectError("connection refused")]

    def flaky(request: httpx.Request) -> httpx.Response:
        if failures:
            raise failures.pop()
        return fake.handle(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(flaky)) as client:
        sender = TelegramSender(TOKEN, base_url=BASE_URL, client=client, sleep=time.sleep)
        result = await sender.call("sendMessage", HELLO)
    assert result["text"] == "hello"
    assert len(time.sleeps) == 1


async def test_other_4xx_fail_at_once_with_telegrams_description(
    sender: TelegramSender, fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail_next("sendMessage", httpx.Response(403, json=payload("error_403_blocked.json")))
    with pytest.raises(TelegramChatBlockedError, match="bot was blocked by the user") as raised:
        await sender.call("sendMessage", HELLO, chat_id=4242)
    assert isinstance(raised.value, ChatUnreachableError)  # the outbox skips the chat
    assert raised.value.status == 403
    assert len(fake.calls) == 1
    assert "Forbidden: bot was blocked by the user" in caplog.text


async def test_messages_to_one_chat_are_a_second_apart(
    sender: TelegramSender, time: FakeTime
) -> None:
    for _ in range(3):
        await sender.call("sendMessage", HELLO, chat_id=4242)
    assert time.sleeps == [1.0, 1.0]
    await sender.call("sendMessage", {"chat_id": 77, "text": "hi"}, chat_id=77)
    assert time.sleeps == [1.0, 1.0]  # another chat doesn't wait


async def test_the_token_never_reaches_the_logs(
    sender: TelegramSender, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        await sender.call("sendMessage", HELLO)
    assert "sendMessage" in caplog.text  # httpx logged the request …
    assert TOKEN not in caplog.text  # … without the token
    assert TOKEN.split(":")[1] not in caplog.text


async def test_the_token_never_reaches_the_logs_even_at_debug_level(
    fake: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        async with fake.client() as client:
            sender = TelegramSender(TOKEN, base_url=BASE_URL, client=client)
            await sender.call("sendMessage", HELLO)
    assert "Set Bot API URL" in caplog.text  # PTB logged its URL …
    assert TOKEN.split(":")[1] not in caplog.text  # … without the token


async def test_a_sender_closes_only_the_client_it_created(fake: FakeTelegram) -> None:
    own = TelegramSender(TOKEN)
    await own.aclose()
    async with fake.client() as client:
        borrowed = TelegramSender(TOKEN, base_url=BASE_URL, client=client)
        await borrowed.aclose()
        assert not client.is_closed


async def test_429_without_retry_after_backs_off_like_a_5xx(
    sender: TelegramSender, fake: FakeTelegram, time: FakeTime
) -> None:
    fake.fail_next("answerCallbackQuery", error(429, "Too Many Requests"))
    fake.open_queries.add("q1")
    assert await sender.call("answerCallbackQuery", {"callback_query_id": "q1"}) is True
    assert time.sleeps == [0.5]


@pytest.mark.parametrize(
    ("answer", "status", "description"),
    [
        (error(400, "Bad Request: message is not modified"), 400, "message is not modified"),
        (error(400, "Bad Request: group chat was upgraded", migrate_to_chat_id=-100123), 400, ""),
        (error(413, "Request Entity Too Large"), 413, "Request Entity Too Large"),
        (error(401, "Unauthorized"), 401, "Unauthorized"),
    ],
    ids=["bad-request", "chat-migrated", "413", "401"],
)
async def test_refusals_ptb_reports_in_any_form_are_not_retried(
    sender: TelegramSender,
    fake: FakeTelegram,
    time: FakeTime,
    answer: httpx.Response,
    status: int,
    description: str,
) -> None:
    fake.fail_next("sendMessage", answer)
    with pytest.raises(TelegramApiError) as raised:
        await sender.call("sendMessage", HELLO)
    assert not raised.value.retryable
    assert raised.value.status == status
    assert description in raised.value.description
    assert len(fake.calls) == 1
    assert time.sleeps == []


async def test_a_message_goes_out_with_its_keyboard_through_the_bot(
    sender: TelegramSender, fake: FakeTelegram
) -> None:
    keyboard = {"inline_keyboard": [[{"text": "1. Sushi Zen", "callback_data": "p1:0"}]]}
    body = {"chat_id": 4242, "text": "Which one?", "reply_markup": keyboard}
    result = await sender.call("sendMessage", body, chat_id=4242)
    assert fake.calls == [("sendMessage", body)]
    assert result["reply_markup"] == keyboard
    assert fake.unmodelled == []


async def test_get_updates_hands_back_the_updates_as_telegram_sent_them(
    sender: TelegramSender, fake: FakeTelegram
) -> None:
    update = fake.text_update("hola")
    fake.updates.append(update)
    assert await sender.call("getUpdates", {"timeout": 0}, http_timeout=5) == [update]

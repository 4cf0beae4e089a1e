"""PTB's network seam over an injected httpx client: JSON bodies, timeouts, errors, answers."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

from adapters.telegram.request import Answer, HttpxJsonRequest, last_answer
from tests.fakes.telegram import BASE_URL, TOKEN, FakeTelegram, error


def bot_on(handler: httpx.MockTransport, timeout: float = 15.0) -> tuple[Bot, HttpxJsonRequest]:
    request = HttpxJsonRequest(httpx.AsyncClient(transport=handler, timeout=timeout))
    bot = Bot(TOKEN, base_url=f"{BASE_URL}/bot", request=request, get_updates_request=request)
    return bot, request


async def test_calls_are_json_posts_to_the_bot_api_path() -> None:
    seen: list[httpx.Request] = []
    fake = FakeTelegram()

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return fake.handle(request)

    bot, request = bot_on(httpx.MockTransport(handle))
    message = await bot.send_message(4242, "hello", message_thread_id=7)
    await request.client.aclose()
    assert message.text == "hello"
    [sent] = seen
    assert str(sent.url) == f"{BASE_URL}/bot{TOKEN}/sendMessage"
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == {"chat_id": 4242, "text": "hello", "message_thread_id": 7}
    assert last_answer() == Answer(200)


async def test_the_clients_timeouts_apply_unless_a_call_names_its_own() -> None:
    timeouts: list[dict[str, float]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json={"ok": True, "result": True})

    bot, request = bot_on(httpx.MockTransport(handle), timeout=15.0)
    await bot.answer_callback_query("q1")
    await bot.answer_callback_query("q2", read_timeout=2.0)
    await request.client.aclose()
    assert timeouts[0] == {"connect": 15.0, "read": 15.0, "write": 15.0, "pool": 15.0}
    assert timeouts[1]["read"] == 2.0


@pytest.mark.parametrize(
    ("exception", "expected", "words"),
    [
        (httpx.ReadTimeout("slow"), TimedOut, "ReadTimeout"),
        (httpx.ConnectError("refused"), NetworkError, "ConnectError"),
    ],
)
async def test_transport_failures_become_ptbs_errors_with_no_answer(
    exception: Exception, expected: type[Exception], words: str
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        raise exception

    bot, request = bot_on(httpx.MockTransport(handle))
    with pytest.raises(expected, match=words):
        await bot.send_message(4242, "hello")
    await request.client.aclose()
    assert last_answer() is None


async def test_each_task_keeps_its_own_answer() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        chat = json.loads(request.content)["chat_id"]
        if chat == 1:
            return error(403, "Forbidden: bot was blocked by the user")
        return error(400, "Bad Request: chat not found")

    bot, request = bot_on(httpx.MockTransport(handle))

    async def send(chat: int) -> tuple[type[Exception], Answer | None]:
        try:
            await bot.send_message(chat, "hello")
        except (Forbidden, BadRequest) as exc:
            await asyncio.sleep(0)  # let the other task's answer arrive meanwhile
            return type(exc), last_answer()
        raise AssertionError("the fake refuses every message")

    blocked, missing = await asyncio.gather(send(1), send(2))
    await request.client.aclose()
    assert blocked == (Forbidden, Answer(403, "Forbidden: bot was blocked by the user"))
    assert missing == (BadRequest, Answer(400, "Bad Request: chat not found"))


async def test_only_a_client_it_made_is_closed() -> None:
    own = HttpxJsonRequest()
    await own.shutdown()
    assert own.client.is_closed
    async with httpx.AsyncClient() as client:
        borrowed = HttpxJsonRequest(client)
        await borrowed.shutdown()
        assert not client.is_closed

"""twilio's async client over an injected httpx client: forms, JSON, timeouts, Retry-After."""

from __future__ import annotations

import asyncio
import json

import httpx
from twilio.rest import Client

from adapters.whatsapp.http_client import HttpxTwilioClient, last_retry_after
from tests.fakes.whatsapp import ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER, TRAVELER, FakeTwilio


async def test_twilio_posts_its_form_with_basic_auth_to_its_own_path() -> None:
    twilio = FakeTwilio()
    async with twilio.client() as client:
        api = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=HttpxTwilioClient(client))
        message = await api.messages.create_async(to=TRAVELER, from_=OUR_NUMBER, body="hola")
    assert message.sid.startswith("SM")
    assert twilio.rejected == []  # path, auth, content type and fields as Twilio wants them
    assert twilio.messages == [{"To": TRAVELER, "From": OUR_NUMBER, "Body": "hola"}]


async def test_json_requests_go_as_json_with_the_clients_timeout_override() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"sid": "HX1"})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handle), timeout=15) as client:
        http = HttpxTwilioClient(client, timeout=5.0)
        answer = await http.request(
            "POST",
            "https://content.twilio.com/v1/Content",
            data={"friendly_name": "x", "types": {"twilio/text": {"body": "hi"}}},
            headers={"Content-Type": "application/json"},
            auth=(ACCOUNT_SID, AUTH_TOKEN),
        )
    assert answer.status_code == 201
    [request] = seen
    assert json.loads(request.content) == {
        "friendly_name": "x",
        "types": {"twilio/text": {"body": "hi"}},
    }
    assert request.extensions["timeout"]["read"] == 5.0


async def test_each_task_sees_the_retry_after_of_its_own_answer() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        wait = request.url.params.get("wait")
        return httpx.Response(429, headers={"Retry-After": wait} if wait else {})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handle)) as client:
        http = HttpxTwilioClient(client)

        async def ask(wait: str | None) -> float | None:
            await http.request(
                "GET", "https://api.twilio.com/x", params={"wait": wait} if wait else None
            )
            await asyncio.sleep(0)  # the other task's answer arrives meanwhile
            return last_retry_after()

        assert await asyncio.gather(ask("7"), ask(None), ask("soon")) == [7.0, None, None]

"""Content template SIDs: found again after a restart, created once, a failure cooled down."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from adapters.whatsapp.interactive import LIST_PICKER, QUICK_REPLY, Shape
from adapters.whatsapp.sender import TwilioSender
from adapters.whatsapp.templates import RETRY_AFTER_SECONDS, ContentTemplates
from tests.fakes.clock import FakeClock
from tests.fakes.whatsapp import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio, server_error

FIVE = Shape(LIST_PICKER, 5, True, "en")
YES_NO = Shape(QUICK_REPLY, 2, False, "es")


@pytest.fixture
def twilio() -> FakeTwilio:
    return FakeTwilio()


def _templates(twilio: FakeTwilio, clock: FakeClock) -> ContentTemplates:
    sender = TwilioSender(ACCOUNT_SID, AUTH_TOKEN, clock=clock, client=twilio.client())
    return ContentTemplates(sender, clock)


async def test_each_shape_is_created_once(twilio: FakeTwilio, clock: FakeClock) -> None:
    templates = _templates(twilio, clock)
    first = await templates.sid(FIVE)
    assert first is not None
    assert first.startswith("HX")
    assert await templates.sid(FIVE) == first
    other = await templates.sid(YES_NO)
    assert other not in {None, first}
    assert twilio.content_requests == ["GET", "POST", "POST"]
    assert twilio.contents[first]["friendly_name"] == "traveloure_list_5d_en_v1"
    assert twilio.contents[str(other)]["language"] == "es"


async def test_a_restarted_process_finds_its_templates_instead_of_creating_more(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    made = await _templates(twilio, clock).sid(FIVE)
    restarted = _templates(twilio, clock)
    assert await restarted.sid(FIVE) == made
    assert len(twilio.contents) == 1


async def test_answers_at_once_wait_for_one_creation(twilio: FakeTwilio, clock: FakeClock) -> None:
    templates = _templates(twilio, clock)
    sids = await asyncio.gather(*(templates.sid(FIVE) for _ in range(5)))
    assert len(set(sids)) == 1
    assert len(twilio.contents) == 1


async def test_a_failure_is_not_retried_on_every_answer(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    twilio.content_answers = [server_error(), server_error()]
    templates = _templates(twilio, clock)
    assert await templates.sid(FIVE) is None  # the listing and the creation failed
    assert await templates.sid(YES_NO) is None  # not asked again yet
    assert twilio.content_requests == ["GET", "POST"]
    clock.advance(seconds=RETRY_AFTER_SECONDS)
    assert await templates.sid(FIVE) is not None
    assert twilio.content_requests == ["GET", "POST", "POST"]


async def test_an_unreachable_content_api_is_a_failure_not_an_error(clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    sender = TwilioSender(ACCOUNT_SID, AUTH_TOKEN, clock=clock, client=client)
    assert await ContentTemplates(sender, clock).sid(FIVE) is None
    await client.aclose()


async def test_a_forgotten_template_is_made_again(twilio: FakeTwilio, clock: FakeClock) -> None:
    templates = _templates(twilio, clock)
    first = await templates.sid(FIVE)
    templates.forget(FIVE)
    assert await templates.sid(FIVE) not in {None, first}


async def test_a_malformed_answer_is_a_failure(twilio: FakeTwilio, clock: FakeClock) -> None:
    twilio.content_answers = [
        httpx.Response(200, text="<html>proxy error</html>"),  # the listing: ignored
        httpx.Response(201, json={"friendly_name": "no sid"}),
    ]
    assert await _templates(twilio, clock).sid(FIVE) is None

"""WhatsAppChannel: the Channel port over a fake Twilio; from_settings."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
import respx
from pydantic import SecretStr

from adapters.whatsapp.channel import EMPTY_TWIML, WhatsAppChannel, from_settings
from adapters.whatsapp.inbound import to_turns
from adapters.whatsapp.sender import TwilioSendError
from bots.channels.port import Channel
from core.config import Settings
from core.protocol import AgentResponse, InboundTurn, ResponseMetadata, ResponseType
from tests.fakes.clock import FakeClock
from tests.fakes.whatsapp import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    OUR_NUMBER,
    PUBLIC_URL,
    TRAVELER,
    FakeTwilio,
    payload,
    signed,
    twilio_error,
)


def _settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "twilio_account_sid": ACCOUNT_SID,
        "twilio_auth_token": SecretStr(AUTH_TOKEN),
        "twilio_whatsapp_from": "+14155238886",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


async def _no_wait(seconds: float) -> None:
    return None


@pytest.fixture
def twilio() -> FakeTwilio:
    return FakeTwilio()


@pytest.fixture
async def channel(twilio: FakeTwilio, clock: FakeClock) -> AsyncIterator[WhatsAppChannel]:
    built = from_settings(_settings(), clock, client=twilio.client(), sleep=_no_wait)
    assert built is not None
    yield built
    await built.aclose()


def _turn(**changes: object) -> InboundTurn:
    [turn] = to_turns({"MessageSid": "SM1", "From": TRAVELER, "WaId": "14155551234", "Body": "x"})
    return turn.model_copy(update=changes)


def test_it_is_a_channel(channel: WhatsAppChannel) -> None:
    port: Channel = channel
    assert port.name == "whatsapp"


@pytest.mark.parametrize(
    "missing", ["twilio_account_sid", "twilio_auth_token", "twilio_whatsapp_from"]
)
def test_disabled_without_credentials(missing: str, clock: FakeClock) -> None:
    assert from_settings(_settings(**{missing: None}), clock) is None


def test_verify_and_parse_a_signed_delivery(channel: WhatsAppChannel) -> None:
    body, headers = signed(payload("inbound_text.txt"))
    lowered = {key.lower(): value for key, value in headers.items()}  # as Starlette gives them
    assert channel.verify(body, lowered, PUBLIC_URL)
    assert not channel.verify(body, {}, PUBLIC_URL)
    assert not channel.verify(body, lowered, "https://other.example/webhooks/whatsapp")
    assert not channel.verify(b"\xff", lowered, PUBLIC_URL)
    delivery = channel.parse(body, lowered)
    [turn] = delivery.turns
    assert turn.text == "add a sushi place on day 2"
    assert delivery.local == ()


def test_ack_is_empty_twiml(channel: WhatsAppChannel) -> None:
    body, _ = signed(payload("status_callback.txt"))
    reply = channel.parse(body, {}).reply
    assert reply.status == 200
    assert reply.body == EMPTY_TWIML
    assert reply.media_type == "text/xml"


async def test_deliver_sends_each_body_to_the_chat(
    channel: WhatsAppChannel, twilio: FakeTwilio
) -> None:
    await channel.acknowledge(_turn())  # nothing to do on WhatsApp
    await channel.deliver(_turn(), AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    assert twilio.rejected == []
    assert twilio.messages == [
        {"To": TRAVELER, "From": OUR_NUMBER, "Body": "Added Sushi Zen to day 2 ✅"}
    ]


async def test_after_a_tap_the_choice_is_confirmed_first(
    channel: WhatsAppChannel, twilio: FakeTwilio
) -> None:
    tap = _turn(text=None, choice_token="Pq7Xk2Lm:1", reply_context={"choiceLabel": "Sushi Zen"})
    await channel.deliver(tap, AgentResponse.complete("Added Sushi Zen to day 2 ✅"))
    assert twilio.bodies == ["✅ Sushi Zen\nAdded Sushi Zen to day 2 ✅"]


async def test_send_text_and_template(channel: WhatsAppChannel, twilio: FakeTwilio) -> None:
    await channel.send_text(TRAVELER, "Welcome to Traveloure!")
    sid = await channel.send_template(
        "+14155551234", "HXb5b62575e6e4ff6129ad7c8efe1f983e", {"1": "Hadibo"}
    )
    assert sid.startswith("SM")
    assert twilio.rejected == []
    assert twilio.messages == [
        {"To": TRAVELER, "From": OUR_NUMBER, "Body": "Welcome to Traveloure!"},
        {
            "To": TRAVELER,
            "From": OUR_NUMBER,
            "ContentSid": "HXb5b62575e6e4ff6129ad7c8efe1f983e",
            "ContentVariables": json.dumps({"1": "Hadibo"}),
        },
    ]


async def test_a_failed_send_reaches_the_caller(
    channel: WhatsAppChannel, twilio: FakeTwilio
) -> None:
    twilio.answers = [twilio_error(400, 63016, "Outside the allowed window")]
    with pytest.raises(TwilioSendError, match="63016"):
        await channel.deliver(_turn(), AgentResponse.complete("hi"))


async def test_twilio_api_base_url_redirects_every_request(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    built = from_settings(_settings(twilio_api_base_url="http://twilio.fake:4010"), clock)
    assert built is not None
    with respx.mock(assert_all_called=True) as router:
        route = router.post(
            f"http://twilio.fake:4010/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
        ).mock(side_effect=twilio.handle)
        await built.send_text(TRAVELER, "hello")
    await built.aclose()
    assert route.call_count == 1
    assert twilio.bodies == ["hello"]


async def test_the_default_base_url_is_twilios(twilio: FakeTwilio, clock: FakeClock) -> None:
    built = from_settings(_settings(), clock)
    assert built is not None
    with respx.mock(assert_all_called=True) as router:
        router.post(url__startswith="https://api.twilio.com/2010-04-01/").mock(
            side_effect=twilio.handle
        )
        await built.send_text(TRAVELER, "hello")
    await built.aclose()
    assert twilio.bodies == ["hello"]


async def test_twelve_options_and_a_long_emoji_text_reach_twilio_whole(
    channel: WhatsAppChannel, twilio: FakeTwilio
) -> None:
    cards = [
        {"placeId": f"p{n}", "name": f"Sushi Bar {n}", "rating": 4.0, "cuisine": [], "types": []}
        for n in range(1, 13)
    ]
    selection = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="I found 12 sushi places near Hadibo. Select one:",
        data={"candidates": cards},
    )
    await channel.deliver(_turn(), selection)
    await channel.deliver(_turn(), AgentResponse.complete("🍣 Sushi night 🍜 " * 200))
    assert twilio.rejected == []  # the fake refuses bodies over 1600 UTF-16 units
    [options, long_text] = twilio.bodies
    for n in range(1, 13):
        assert f"\n{n}. Sushi Bar {n} ★ 4.0\n" in options
    assert long_text.endswith("…")


def _selection(prompt_id: str | None = "Pq7Xk2Lm") -> AgentResponse:
    cards = [{"placeId": "p1", "name": "Sushi Zen"}, {"placeId": "p2", "name": "Tokyo Bay"}]
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Select one:",
        data={"candidates": cards},
        metadata=ResponseMetadata(prompt_id=prompt_id),
    )


async def test_a_choice_in_session_is_a_list_picker(
    channel: WhatsAppChannel, twilio: FakeTwilio, clock: FakeClock
) -> None:
    [turn] = channel.parse(*signed(payload("inbound_text.txt"))[:1], {}).turns
    assert (turn.reply_context or {})["receivedAt"] == clock.now().isoformat()
    clock.advance(hours=23)
    await channel.deliver(turn, _selection())
    assert twilio.rejected == []
    [sent] = twilio.messages
    assert twilio.rendered(sent)["items"][1] == {"item": "Tokyo Bay", "id": "Pq7Xk2Lm:1"}


async def test_outside_the_24_hour_session_a_choice_is_numbered_text(
    channel: WhatsAppChannel, twilio: FakeTwilio, clock: FakeClock
) -> None:
    # A reply resumed long after the traveler wrote (an outage): interactive content would
    # be refused outside the session, so it is not even created.
    [turn] = channel.parse(*signed(payload("inbound_text.txt"))[:1], {}).turns
    clock.advance(hours=24)
    await channel.deliver(turn, _selection())
    assert twilio.content_requests == []
    assert twilio.bodies == [
        "Select one:\n1. Sushi Zen\n2. Tokyo Bay\nReply with a number or a name."
    ]


async def test_a_prompt_without_an_id_stays_numbered_text(
    channel: WhatsAppChannel, twilio: FakeTwilio
) -> None:
    await channel.deliver(_turn(), _selection(prompt_id=None))
    assert twilio.content_requests == []
    assert twilio.bodies[0].startswith("Select one:\n1. Sushi Zen")


async def test_the_content_api_follows_its_own_base_url(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    built = from_settings(
        _settings(
            twilio_api_base_url="http://twilio.fake:4010",
            twilio_content_base_url="http://content.fake:4020",
        ),
        clock,
    )
    assert built is not None
    with respx.mock(assert_all_called=True) as router:
        content = router.route(url__startswith="http://content.fake:4020/v1/Content").mock(
            side_effect=twilio.handle
        )
        router.post(url__startswith="http://twilio.fake:4010/2010-04-01/").mock(
            side_effect=twilio.handle
        )
        await built.deliver(_turn(), _selection())
    await built.aclose()
    assert content.call_count == 2  # the listing, then the creation
    assert twilio.rejected == []
    assert twilio.rendered(twilio.messages[0])["type"] == "twilio/list-picker"


async def test_without_its_own_base_url_the_content_api_follows_twilio_api_base_url(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    built = from_settings(_settings(twilio_api_base_url="http://twilio.fake:4010"), clock)
    assert built is not None
    with respx.mock(assert_all_called=True) as router:
        router.route(url__startswith="http://twilio.fake:4010/").mock(side_effect=twilio.handle)
        await built.deliver(_turn(), _selection())
    await built.aclose()
    assert twilio.content_requests == ["GET", "POST"]
    assert "ContentSid" in twilio.messages[0]

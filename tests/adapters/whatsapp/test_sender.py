"""TwilioSender against a fake Twilio: pacing, 429 and 5xx retries, failures logged and raised."""

from __future__ import annotations

import logging

import httpx
import pytest

from adapters.whatsapp.sender import CONTENT_MAX_PAGES, TwilioSender, TwilioSendError
from tests.fakes.clock import FakeClock
from tests.fakes.whatsapp import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    OUR_NUMBER,
    TRAVELER,
    FakeTwilio,
    RecordedSleeps,
    rate_limited,
    server_error,
    twilio_error,
)

FORM = {"To": TRAVELER, "From": OUR_NUMBER, "Body": "Added Sushi Zen to day 2 ✅"}


@pytest.fixture
def twilio() -> FakeTwilio:
    return FakeTwilio()


@pytest.fixture
def sleeps(clock: FakeClock) -> RecordedSleeps:
    return RecordedSleeps(clock)


@pytest.fixture
async def sender(twilio: FakeTwilio, clock: FakeClock, sleeps: RecordedSleeps):
    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        base_url="https://twilio.test",
        client=twilio.client(),
        sleep=sleeps,
        jitter=lambda: 1.0,  # backoff at its full value, so waits are predictable
    )
    yield sender
    await sender.aclose()


async def test_sends_the_form_with_basic_auth(twilio: FakeTwilio, sender: TwilioSender) -> None:
    sid = await sender.send(FORM)
    assert sid.startswith("SM")
    assert twilio.rejected == []
    assert twilio.messages == [FORM]


async def test_base_url_keeps_twilios_path(clock: FakeClock) -> None:
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(201, json={"sid": "SM1"})

    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        base_url="http://127.0.0.1:9999/",
        client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
    )
    await sender.send(FORM)
    await sender.aclose()
    assert seen == [f"http://127.0.0.1:9999/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"]


async def test_429_waits_retry_after_then_succeeds(
    twilio: FakeTwilio, sender: TwilioSender, sleeps: RecordedSleeps
) -> None:
    twilio.answers = [rate_limited(retry_after="2")]
    await sender.send(FORM)
    assert twilio.attempts == [FORM, FORM]
    assert twilio.messages == [FORM]
    assert 2.0 in sleeps.waits


async def test_error_20429_without_retry_after_backs_off(
    twilio: FakeTwilio, sender: TwilioSender, sleeps: RecordedSleeps
) -> None:
    twilio.answers = [rate_limited(retry_after=None), rate_limited(retry_after=None)]
    await sender.send(FORM)
    assert len(twilio.attempts) == 3
    assert sleeps.waits[:1] == [0.5]
    assert 1.0 in sleeps.waits


async def test_5xx_backs_off_exponentially_then_succeeds(
    twilio: FakeTwilio, sender: TwilioSender, sleeps: RecordedSleeps
) -> None:
    twilio.answers = [server_error(), server_error(), httpx.Response(503, text="unavailable")]
    await sender.send(FORM)
    assert len(twilio.attempts) == 4
    backoffs = [wait for wait in sleeps.waits if wait >= 0.5]
    assert backoffs == [0.5, 1.0, 2.0]


async def test_jitter_spreads_the_backoff(twilio: FakeTwilio, clock: FakeClock) -> None:
    sleeps = RecordedSleeps(clock)
    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        client=twilio.client(),
        sleep=sleeps,
        jitter=lambda: 0.0,
    )
    twilio.answers = [server_error()]
    await sender.send(FORM)
    assert 0.25 in sleeps.waits  # half of 0.5 s


async def test_final_failure_is_logged_and_raised(
    twilio: FakeTwilio, sender: TwilioSender, caplog: pytest.LogCaptureFixture
) -> None:
    twilio.answers = [server_error() for _ in range(4)]
    with caplog.at_level(logging.WARNING), pytest.raises(TwilioSendError) as failure:
        await sender.send(FORM)
    assert (failure.value.status, failure.value.code) == (500, 20500)
    assert len(twilio.attempts) == 4
    assert twilio.messages == []
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert "code 20500" in errors[0].getMessage()
    assert "Internal Server Error" in errors[0].getMessage()
    assert "+14155551234" not in errors[0].getMessage()  # the number is masked
    assert AUTH_TOKEN not in caplog.text


async def test_a_refused_message_is_not_resent(
    twilio: FakeTwilio, sender: TwilioSender, caplog: pytest.LogCaptureFixture
) -> None:
    twilio.answers = [twilio_error(400, 21211, "Invalid 'To' Phone Number")]
    with pytest.raises(TwilioSendError, match="21211"):
        await sender.send(FORM)
    assert len(twilio.attempts) == 1
    assert "Invalid 'To' Phone Number" in caplog.text


async def test_connection_failures_are_retried(clock: FakeClock, sleeps: RecordedSleeps) -> None:
    calls = 0

    def handle(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(201, json={"sid": "SM1"})

    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
        sleep=sleeps,
    )
    assert await sender.send(FORM) == "SM1"
    assert calls == 2


async def test_a_read_timeout_is_not_resent(clock: FakeClock, sleeps: RecordedSleeps) -> None:
    # Twilio may have created the message already: resending could send it twice.
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        client=httpx.AsyncClient(transport=httpx.MockTransport(handle)),
        sleep=sleeps,
    )
    with pytest.raises(TwilioSendError, match="ReadTimeout"):
        await sender.send(FORM)
    assert sleeps.waits == []


async def test_sends_are_paced_at_ten_per_second(
    twilio: FakeTwilio, sender: TwilioSender, sleeps: RecordedSleeps
) -> None:
    for _ in range(5):
        await sender.send(FORM)
    assert len(twilio.messages) == 5
    assert sleeps.waits == [0.1, 0.1, 0.1, 0.1]


async def test_no_wait_when_sends_are_far_apart(
    twilio: FakeTwilio, sender: TwilioSender, sleeps: RecordedSleeps, clock: FakeClock
) -> None:
    await sender.send(FORM)
    clock.advance(seconds=5)
    await sender.send(FORM)
    assert sleeps.waits == []


async def test_content_is_created_as_json_on_the_content_api(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return twilio.handle(request)

    client = httpx.AsyncClient(transport=httpx.MockTransport(record))
    sender = TwilioSender(
        ACCOUNT_SID,
        AUTH_TOKEN,
        clock=clock,
        content_base_url="https://content.test/",
        client=client,
    )
    definition = {
        "friendly_name": "traveloure_quick_2_en_v1",
        "language": "en",
        "variables": {"1": "a", "2": "b", "3": "c"},
        "types": {
            "twilio/quick-reply": {"body": "{{1}}", "actions": [{"title": "{{2}}", "id": "{{3}}"}]}
        },
    }
    sid = await sender.create_content(definition)
    assert await sender.list_contents() == {"traveloure_quick_2_en_v1": sid}
    await sender.aclose()
    assert [str(r.url) for r in seen] == [
        "https://content.test/v1/Content",
        "https://content.test/v1/Content?PageSize=500",
    ]
    assert twilio.rejected == []


async def test_a_refused_content_creation_raises_with_twilios_code(
    twilio: FakeTwilio, sender: TwilioSender
) -> None:
    twilio.content_answers = [twilio_error(400, 20001, "Invalid types")]
    with pytest.raises(TwilioSendError, match="20001"):
        await sender.create_content({"friendly_name": "x", "language": "en", "types": {}})


@pytest.mark.parametrize(
    ("base_url", "content_url"),
    [
        ("https://api.twilio.com", "https://content.twilio.com/v1/Content"),
        ("http://twilio.fake:4010", "http://twilio.fake:4010/v1/Content"),
    ],
)
async def test_a_redirected_sender_sends_content_requests_there_too(
    twilio: FakeTwilio, clock: FakeClock, base_url: str, content_url: str
) -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return twilio.handle(request)

    client = httpx.AsyncClient(transport=httpx.MockTransport(record))
    sender = TwilioSender(ACCOUNT_SID, AUTH_TOKEN, clock=clock, base_url=base_url, client=client)
    await sender.list_contents()
    await sender.aclose()
    assert seen == [f"{content_url}?PageSize=500"]


async def test_content_api_calls_wait_at_most_five_seconds(
    twilio: FakeTwilio, clock: FakeClock
) -> None:
    timeouts: list[object] = []

    def record(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"]["read"])
        raise httpx.ReadTimeout("slow", request=request)

    client = httpx.AsyncClient(transport=httpx.MockTransport(record), timeout=15.0)
    sender = TwilioSender(ACCOUNT_SID, AUTH_TOKEN, clock=clock, client=client)
    with pytest.raises(TwilioSendError):
        await sender.list_contents()
    with pytest.raises(TwilioSendError):
        await sender.create_content({"friendly_name": "x", "language": "en", "types": {}})
    await sender.aclose()
    assert timeouts == [5.0, 5.0]


def content_page(request: httpx.Request, names: list[str], next_url: str | None) -> httpx.Response:
    """One page of `GET /v1/Content` as Twilio answers it (`meta.key` names the list)."""
    contents = [{"sid": f"HX{abs(hash(name)):032x}"[:34], "friendly_name": name} for name in names]
    meta = {"page_size": 500, "key": "contents", "next_page_url": next_url, "url": str(request.url)}
    return httpx.Response(200, json={"contents": contents, "meta": meta})


async def test_listing_follows_next_pages_of_the_same_endpoint_only(clock: FakeClock) -> None:
    seen: list[str] = []
    base = "https://content.test/v1/Content"

    def pages(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        page = int(request.url.params.get("Page", "0"))
        following = {
            0: f"{base}?PageSize=500&Page=1&PageToken=PA1",
            1: "https://elsewhere.example/v1/Content?Page=2",  # not ours: never fetched
        }
        return content_page(request, [f"traveloure_list_{page}_en_v1"], following.get(page))

    client = httpx.AsyncClient(transport=httpx.MockTransport(pages))
    sender = TwilioSender(
        ACCOUNT_SID, AUTH_TOKEN, clock=clock, content_base_url="https://content.test", client=client
    )
    listed = await sender.list_contents()
    await sender.aclose()
    assert set(listed) == {"traveloure_list_0_en_v1", "traveloure_list_1_en_v1"}
    assert seen == [f"{base}?PageSize=500", f"{base}?PageSize=500&Page=1&PageToken=PA1"]


async def test_listing_stops_after_a_few_pages(clock: FakeClock) -> None:
    seen: list[str] = []
    base = "https://content.test/v1/Content"

    def endless(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        page = int(request.url.params.get("Page", "0"))
        return content_page(request, [f"t{page}"], f"{base}?PageSize=500&Page={page + 1}")

    client = httpx.AsyncClient(transport=httpx.MockTransport(endless))
    sender = TwilioSender(
        ACCOUNT_SID, AUTH_TOKEN, clock=clock, content_base_url="https://content.test", client=client
    )
    assert len(await sender.list_contents()) == CONTENT_MAX_PAGES
    await sender.aclose()
    assert len(seen) == CONTENT_MAX_PAGES


async def test_a_refused_listing_raises_with_twilios_status(
    twilio: FakeTwilio, sender: TwilioSender
) -> None:
    twilio.content_answers = [twilio_error(403, 20003, "Permission Denied")]
    with pytest.raises(TwilioSendError) as failure:
        await sender.list_contents()
    assert failure.value.status == 403


async def test_the_message_form_becomes_twilios_create_arguments(
    twilio: FakeTwilio, sender: TwilioSender
) -> None:
    form = {
        "To": TRAVELER,
        "From": OUR_NUMBER,
        "ContentSid": "HX" + "0" * 32,
        "ContentVariables": '{"1": "Kyoto"}',
        "StatusCallback": "https://chat.example/webhooks/whatsapp/status",
    }
    await sender.send(form)
    assert twilio.rejected == []
    assert twilio.messages == [{k: v for k, v in form.items() if k != "StatusCallback"}]
    assert twilio.callbacks == [form["StatusCallback"]]

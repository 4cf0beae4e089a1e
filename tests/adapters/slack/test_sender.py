"""The Slack sender against a fake Web API: pacing, 429 Retry-After, 5xx backoff, final failure."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from adapters.slack.errors import SlackSendError
from adapters.slack.sender import SlackSender
from tests.fakes.clock import FakeClock
from tests.fakes.slack import BOT_TOKEN, FakeSlack, RecordingSleep

MESSAGE = {"channel": "D0DMCHAN1", "text": "hi", "blocks": []}


@pytest.fixture
async def sender(
    fake_slack: FakeSlack, clock: FakeClock, sleep: RecordingSleep
) -> AsyncIterator[SlackSender]:
    sender = SlackSender(BOT_TOKEN, fake_slack.base_url, clock, sleep=sleep, jitter=lambda: 0.5)
    yield sender
    await sender.aclose()


async def test_post_uses_the_api_path_under_the_origin_and_the_bot_token(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    assert sender.base_url == f"{fake_slack.base_url}/api/"
    ts = await sender.post(MESSAGE)
    [call] = fake_slack.calls
    assert call.method == "chat.postMessage"
    assert call.body == MESSAGE
    assert call.authorization == f"Bearer {BOT_TOKEN}"
    assert fake_slack.messages[ts]["text"] == "hi"


async def test_update_edits_by_channel_and_ts(sender: SlackSender, fake_slack: FakeSlack) -> None:
    ts = await sender.post(MESSAGE)
    await sender.update({"channel": "D0DMCHAN1", "ts": ts, "text": "✅ Sushi Zen", "blocks": []})
    assert fake_slack.messages[ts]["text"] == "✅ Sushi Zen"


async def test_posts_to_one_channel_are_paced_one_a_second(
    sender: SlackSender, fake_slack: FakeSlack, sleep: RecordingSleep
) -> None:
    await sender.post(MESSAGE)
    await sender.post(MESSAGE)
    await sender.post(MESSAGE | {"channel": "C0OTHER01"})  # another channel: no wait
    await sender.post(MESSAGE)
    assert sleep.delays == [1.0, 1.0]
    assert len(fake_slack.bodies("chat.postMessage")) == 4


async def test_a_429_waits_retry_after_then_resends(
    sender: SlackSender, fake_slack: FakeSlack, sleep: RecordingSleep
) -> None:
    fake_slack.fail(
        "chat.postMessage", 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "7"}
    )
    ts = await sender.post(MESSAGE)
    assert sleep.delays == [7.0]
    assert fake_slack.bodies("chat.postMessage") == [MESSAGE, MESSAGE]
    assert ts in fake_slack.messages


async def test_5xx_backs_off_exponentially_with_jitter_then_succeeds(
    sender: SlackSender, fake_slack: FakeSlack, sleep: RecordingSleep
) -> None:
    fake_slack.fail("chat.postMessage", 500, {"ok": False, "error": "internal_error"})
    fake_slack.fail("chat.postMessage", 503, "<html>Service Unavailable</html>")  # not JSON
    fake_slack.fail("chat.postMessage", 502, {"ok": False, "error": "bad_gateway"})
    await sender.post(MESSAGE)
    assert sleep.delays == [0.375, 0.75, 1.5]  # 0.5·2^n, three quarters of it at jitter 0.5
    assert len(fake_slack.bodies("chat.postMessage")) == 4


async def test_a_message_that_keeps_failing_is_logged_and_raised(
    sender: SlackSender,
    fake_slack: FakeSlack,
    sleep: RecordingSleep,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_slack.fail("chat.postMessage", 500, {"ok": False, "error": "internal_error"}, times=4)
    with (
        caplog.at_level(logging.WARNING, "adapters.slack.sender"),
        pytest.raises(SlackSendError) as failure,
    ):
        await sender.post(MESSAGE)
    assert failure.value.error == "internal_error"
    assert failure.value.status == 500
    assert len(fake_slack.bodies("chat.postMessage")) == 4
    assert len(sleep.delays) == 3
    final = caplog.records[-1]
    assert final.levelno == logging.ERROR
    assert "chat.postMessage" in final.getMessage()
    assert "internal_error" in final.getMessage()
    assert "D0DMCHAN1" in final.getMessage()


async def test_a_refusal_is_not_retried(
    sender: SlackSender,
    fake_slack: FakeSlack,
    sleep: RecordingSleep,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake_slack.fail("chat.postMessage", 200, {"ok": False, "error": "channel_not_found"})
    with caplog.at_level(logging.WARNING, "adapters.slack.sender"), pytest.raises(SlackSendError):
        await sender.post(MESSAGE)
    assert len(fake_slack.calls) == 1
    assert sleep.delays == []
    assert "channel_not_found" in caplog.records[-1].getMessage()


async def test_a_wrong_token_is_a_refusal(
    fake_slack: FakeSlack, clock: FakeClock, sleep: RecordingSleep
) -> None:
    sender = SlackSender("xoxb-wrong", fake_slack.base_url, clock, sleep=sleep)
    with pytest.raises(SlackSendError, match="invalid_auth"):
        await sender.post(MESSAGE)
    await sender.aclose()


async def test_an_unreachable_api_is_retried_then_raised(
    clock: FakeClock, sleep: RecordingSleep
) -> None:
    # Port 9 (discard) on localhost: connection refused, never the internet.
    sender = SlackSender(BOT_TOKEN, "http://127.0.0.1:9", clock, sleep=sleep, max_attempts=3)
    with pytest.raises(SlackSendError) as failure:
        await sender.post(MESSAGE)
    assert failure.value.status is None
    assert "ClientConnectorError" in failure.value.error
    assert len(sleep.delays) == 2
    await sender.aclose()


async def test_aclose_is_idempotent_and_a_later_call_reopens(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    await sender.post(MESSAGE)
    await sender.aclose()
    await sender.aclose()
    await sender.post(MESSAGE | {"channel": "C0OTHER01"})
    assert len(fake_slack.calls) == 2


async def test_an_ephemeral_message_goes_to_one_user(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    note = {"channel": "C0TRIPS01", "user": "U0TRAVEL1", "text": "There is no open question."}
    await sender.post_ephemeral(note)
    assert fake_slack.bodies("chat.postEphemeral") == [note]


async def test_a_response_url_is_answered_through_the_webhook_client(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    url = fake_slack.response_url("commands/T0TEAM001/1/abc")
    answer = {"response_type": "ephemeral", "text": "No open leads."}
    await sender.respond(url, answer)
    assert fake_slack.responses() == [answer]


async def test_a_response_url_that_is_not_slacks_is_never_called(
    sender: SlackSender, fake_slack: FakeSlack
) -> None:
    with pytest.raises(SlackSendError, match="foreign_url"):
        await sender.respond("https://attacker.example/hooks/x", {"text": "hi"})
    assert fake_slack.calls == []


async def test_a_response_url_is_retried_once_on_5xx_and_never_when_refused(
    sender: SlackSender, fake_slack: FakeSlack, sleep: RecordingSleep
) -> None:
    url = fake_slack.response_url("actions/T0TEAM001/2/abc")
    fake_slack.fail("response_url", 503, "unavailable", times=2)
    with pytest.raises(SlackSendError):
        await sender.respond(url, {"text": "hi"})
    assert len(fake_slack.responses()) == 2  # Slack takes a response_url only five times
    assert sleep.delays == [0.375]
    fake_slack.calls.clear()
    fake_slack.fail("response_url", 404, "expired_url")
    with pytest.raises(SlackSendError, match="expired_url"):
        await sender.respond(url, {"text": "hi"})
    assert len(fake_slack.responses()) == 1

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.security import HTTPAuthorizationCredentials

from adapters.telegram.signature import SECRET_HEADER
from bots.deps import current_traveler
from bots.logs import (
    JsonLines,
    RedactTokens,
    ScrubbedText,
    Scrubber,
    configure_logging,
    redact,
    settings_secrets,
)
from core.config import Settings
from core.services.travelers import TravelerService
from core.tracing import current_log_fields, log_context, traced
from tests.fakes.clock import FakeClock
from tests.fakes.telegram import BASE_URL, TOKEN, WEBHOOK_SECRET, FakeTelegram, attached


def test_tokens_in_access_log_urls_are_redacted() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:1", "GET", "/api/v1/itineraries/abc/events?token=SECRET123&x=1", "1.1", 101),
        None,
    )
    assert RedactTokens().filter(record)
    text = record.getMessage()
    assert "SECRET123" not in text
    assert "token=[redacted]&x=1" in text


def test_messages_without_tokens_are_untouched() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "GET /healthz", None, None)
    RedactTokens().filter(record)
    assert record.getMessage() == "GET /healthz"


def test_telegram_bot_tokens_in_url_paths_are_redacted() -> None:
    url = httpx.URL("https://api.telegram.org/bot123456:AAH-secret_part/sendMessage")
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", ("POST", url), None
    )
    RedactTokens().filter(record)
    assert "AAH-secret_part" not in record.getMessage()
    assert "/bot[redacted]/sendMessage" in record.getMessage()


# --- JSON lines, trace ids and secrets ---------------------------------------------------------


def _record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord("core.x", logging.WARNING, __file__, 1, message, args, exc_info)


def test_json_lines_carry_the_trace_id_and_no_secret() -> None:
    formatter = JsonLines(Scrubber(["xoxb-very-secret-token"]))
    try:
        raise ValueError("auth failed with xoxb-very-secret-token")  # noqa: TRY301
    except ValueError as exc:
        record = _record("calling slack with %s", "xoxb-very-secret-token", exc=exc)
    with traced("abc123") as trace_id:
        line = formatter.format(record)
    entry = json.loads(line)
    assert entry["traceId"] == trace_id == "abc123"
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "core.x"
    assert entry["message"] == "calling slack with [redacted]"
    assert "ValueError" in entry["exception"]
    assert "xoxb-very-secret-token" not in line
    assert "\n" not in line


def test_structured_fields_are_json_keys_from_the_context_or_the_record() -> None:
    formatter = JsonLines(Scrubber(["xoxb-very-secret-token"]))
    with traced("t-2"), log_context(channel="telegram", event_id=991):
        entry = json.loads(formatter.format(_record("accepted")))
        record = _record("sent")
        record.traveler_id = "trv-1"
        record.channel = "slack"  # the record's own value wins over the context's
        sent = json.loads(formatter.format(record))
    assert {k: entry[k] for k in ("channel", "eventId", "traceId")} == {
        "channel": "telegram",
        "eventId": "991",
        "traceId": "t-2",
    }
    assert "travelerId" not in entry
    assert (sent["channel"], sent["eventId"], sent["travelerId"]) == ("slack", "991", "trv-1")
    assert current_log_fields() == {}  # the block's fields end with it
    with log_context(event_id="xoxb-very-secret-token"):
        assert "xoxb-very" not in formatter.format(_record("odd"))


def test_only_known_fields_are_accepted() -> None:
    with pytest.raises(ValueError, match="not a log field"), log_context(user="x"):
        pass


async def test_an_authenticated_request_logs_whose_it_is(app: FastAPI) -> None:
    services = app.state.services
    async with services.sessions() as session, session.begin():
        created = await TravelerService(session, services.clock).create("Ana", "en", "UTC")
    bearer = HTTPAuthorizationCredentials(scheme="Bearer", credentials=created.token)

    async def request() -> Mapping[str, str]:  # a request runs in a task of its own
        await current_traveler(services, bearer)
        return current_log_fields()

    assert await asyncio.create_task(request()) == {"traveler_id": created.traveler.id}
    assert current_log_fields() == {}


def test_lines_outside_a_trace_have_no_trace_id() -> None:
    assert "traceId" not in json.loads(JsonLines().format(_record("started")))


def test_text_format_prefixes_the_trace_id() -> None:
    with traced("t-1"):
        line = ScrubbedText(Scrubber(["hunter2-secret"])).format(_record("pw hunter2-secret"))
    assert line.startswith("[t-1] ")
    assert "hunter2-secret" not in line


def test_every_secret_setting_is_scrubbed_but_short_values_are_not() -> None:
    settings = Settings(
        _env_file=None,
        admin_api_token="admin-token-123",
        slack_signing_secret="slack-signing-456",
        telegram_webhook_secret="abc",  # too short to scrub safely: it would blank out words
    )
    found = settings_secrets(settings)
    assert "admin-token-123" in found
    assert "slack-signing-456" in found
    assert "abc" not in found


@pytest.fixture
def json_log(settings: Settings) -> Iterator[io.StringIO]:
    """The root logger writes JSON lines (as configure_logging sets it up) into a buffer."""
    stream = io.StringIO()
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    configure_logging(settings.model_copy(update={"log_level": "DEBUG"}))
    root.handlers[0].setStream(stream)  # type: ignore[attr-defined]
    yield stream
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)


async def test_one_trace_id_from_webhook_to_orchestrator_to_send(
    app: FastAPI, json_log: io.StringIO
) -> None:
    fake = FakeTelegram()
    settings = Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=WEBHOOK_SECRET,
        telegram_api_base_url=BASE_URL,
    )
    # The app's own scrubber knows the app's secrets; the channel's come from these settings.
    root = logging.getLogger()
    root.handlers[0].setFormatter(JsonLines(Scrubber(settings_secrets(settings))))
    async with attached(app, fake, FakeClock(), settings=settings):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.post(
                "/webhooks/telegram",
                content=json.dumps(fake.text_update("what's on day 1?")),
                headers={"content-type": "application/json", SECRET_HEADER: WEBHOOK_SECRET},
            )
        assert response.status_code == 200

    output = json_log.getvalue()
    lines: list[dict[str, Any]] = [json.loads(line) for line in output.splitlines()]
    trace_id = response.headers["x-trace-id"]

    def traced_lines(fragment: str) -> list[dict[str, Any]]:
        return [line for line in lines if fragment in line["message"]]

    steps = [
        traced_lines("telegram delivery"),  # the webhook stored it
        traced_lines("turn on telegram"),  # the orchestrator answered it
        traced_lines("sendMessage"),  # the Bot API call (httpx's request log)
        traced_lines("answer sent on telegram"),
    ]
    for step in steps:
        assert step, output
        assert {line.get("traceId") for line in step} == {trace_id}
    for secret in (TOKEN, WEBHOOK_SECRET, "admin-secret", TOKEN.split(":")[1]):
        assert secret not in output


@pytest.mark.parametrize(
    "query",
    [
        "tok%65n=SECRET123",  # the server decodes the name: this is `token`
        "%74%6F%6B%65%6E=SECRET123",
        "tok%2565n=SECRET123",  # encoded twice
        "TOKEN=SECRET123",
        "x=1&access_token=SECRET123",
        "api+key=SECRET123",
    ],
)
def test_tokens_under_encoded_or_odd_names_are_redacted(query: str) -> None:
    text = redact(f'127.0.0.1:1 - "WebSocket /api/v1/itineraries/abc/events?{query}" [accepted]')
    assert "SECRET123" not in text
    assert "[redacted]" in text


def test_other_query_values_are_kept() -> None:
    assert redact("/api?day=2&tokens_left=3x&name=Ana") == "/api?day=2&tokens_left=3x&name=Ana"

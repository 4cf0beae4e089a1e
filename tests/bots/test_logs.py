import logging

from bots.logs import RedactTokens


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
    import httpx

    url = httpx.URL("https://api.telegram.org/bot123456:AAH-secret_part/sendMessage")
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "HTTP Request: %s %s", ("POST", url), None
    )
    RedactTokens().filter(record)
    assert "AAH-secret_part" not in record.getMessage()
    assert "/bot[redacted]/sendMessage" in record.getMessage()

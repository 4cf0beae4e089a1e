"""Logging that never writes secrets: bearer tokens in URLs are redacted."""

from __future__ import annotations

import logging
import re

_TOKEN_IN_URL = re.compile(r"((?:token|access_token|key)=)[^&\s\"']+", re.IGNORECASE)
# Telegram puts the bot token in the path: https://api.telegram.org/bot123:ABC/sendMessage
_BOT_TOKEN_IN_PATH = re.compile(r"(/bot)\d+:[\w-]+")


def redact(text: str) -> str:
    """The text with tokens in URLs (query or Telegram path) replaced."""
    return _BOT_TOKEN_IN_PATH.sub(r"\1[redacted]", _TOKEN_IN_URL.sub(r"\1[redacted]", text))


class RedactTokens(logging.Filter):
    """Replaces `token=…` in a record's message and arguments (uvicorn's access log)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact, then let the record through."""
        if isinstance(record.args, tuple):
            record.args = tuple(self._clean(arg) for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True

    @staticmethod
    def _clean(arg: object) -> object:
        if isinstance(arg, int | float) or arg is None:
            return arg
        text = str(arg)  # URL objects (httpx.URL) carry tokens too
        cleaned = redact(text)
        return arg if cleaned == text else cleaned


def install_redaction() -> None:
    """Attach the redacting filter to the loggers that print request URLs."""
    for name in ("uvicorn.access", "uvicorn.error", "httpx"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())

"""Logging that never writes secrets: JSON lines with the trace id, secrets and tokens redacted.

Two layers keep secrets out. Every configured secret (the `SecretStr` settings) is replaced
wherever it appears in a line, tracebacks included; and tokens that are not settings (a
traveler's `?token=` on the events socket, Telegram's bot token in a URL path) are caught by
pattern.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import unquote_plus

from pydantic import SecretStr

from core.config import Settings
from core.tracing import LOG_FIELDS, current_log_fields, current_trace_id

# A query parameter: its name (percent-encoding allowed) and value. The name is judged decoded,
# the way the server reads it: `?tok%65n=` is a token too.
_QUERY_PARAM = re.compile(r"((?:[\w.~+-]|%[0-9A-Fa-f]{2})+)=([^&\s\"'#]+)")
_SECRET_NAMES = ("token", "key")
# Telegram puts the bot token in the path: https://api.telegram.org/bot123:ABC/sendMessage
_BOT_TOKEN_IN_PATH = re.compile(r"(/bot)\d+:[\w-]+")
REDACTED = "[redacted]"
# Shorter "secrets" would blank out ordinary words; real tokens and keys are far longer.
_MIN_SECRET_LENGTH = 6


def _decoded(name: str) -> str:
    # Decoded until it no longer changes (a few rounds): double encoding hides nothing either.
    for _ in range(3):
        decoded = unquote_plus(name)
        if decoded == name:
            break
        name = decoded
    return name.lower()


def _redact_param(match: re.Match[str]) -> str:
    if _decoded(match[1]).endswith(_SECRET_NAMES):
        return f"{match[1]}={REDACTED}"
    return match[0]


def redact(text: str) -> str:
    """The text with tokens in URLs (query or Telegram path) replaced."""
    if "=" in text:
        text = _QUERY_PARAM.sub(_redact_param, text)
    return _BOT_TOKEN_IN_PATH.sub(r"\1[redacted]", text)


def settings_secrets(settings: Settings) -> list[str]:
    """Every secret value configured in `settings` (tokens, signing secrets, API keys)."""
    found = []
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr) and len(value.get_secret_value()) >= _MIN_SECRET_LENGTH:
            found.append(value.get_secret_value())
    return found


class Scrubber:
    """Replaces known secret values and URL tokens in text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted(
            {s for s in secrets if len(s) >= _MIN_SECRET_LENGTH}, key=len, reverse=True
        )

    def __call__(self, text: str) -> str:
        """`text` without secrets."""
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return redact(text)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


# JSON keys of the structured fields: channel, eventId, travelerId.
_FIELD_KEYS = {name: _camel(name) for name in LOG_FIELDS}


class JsonLines(logging.Formatter):
    """One JSON object per line: ts, level, logger, message, traceId, exception.

    The structured fields (channel, eventId, travelerId) are keys of their own when known: from
    the record (`log.info(..., extra={"channel": ...})`) or from core.tracing.log_context.
    """

    def __init__(self, scrub: Scrubber | None = None) -> None:
        super().__init__()
        self._scrub = scrub or Scrubber()

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON, secrets removed."""
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": self._scrub(record.getMessage()),
        }
        trace_id = getattr(record, "trace_id", None) or current_trace_id()
        if trace_id:
            entry["traceId"] = trace_id
        context = current_log_fields()
        for name, key in _FIELD_KEYS.items():
            value = getattr(record, name, None) or context.get(name)
            if value is not None:
                entry[key] = self._scrub(str(value))
        if record.exc_info:
            entry["exception"] = self._scrub(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exception"] = self._scrub(record.exc_text)
        return json.dumps(entry, ensure_ascii=False)


class ScrubbedText(logging.Formatter):
    """The classic text format (LOG_FORMAT=text), with the trace id and secrets removed."""

    def __init__(self, scrub: Scrubber | None = None) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self._scrub = scrub or Scrubber()

    def format(self, record: logging.LogRecord) -> str:
        """The record as text, prefixed with its trace id when there is one."""
        line = self._scrub(super().format(record))
        trace_id = getattr(record, "trace_id", None) or current_trace_id()
        return f"[{trace_id}] {line}" if trace_id else line


def configure_logging(settings: Settings) -> None:
    """Route every logger (uvicorn's too) to stderr in the configured format, secrets scrubbed."""
    scrub = Scrubber(settings_secrets(settings))
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(ScrubbedText(scrub) if settings.log_format == "text" else JsonLines(scrub))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    install_redaction()


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
    """Attach the redacting filter to the loggers that print request URLs.

    This covers processes whose handlers we did not configure (e.g. `uvicorn --factory`).
    """
    for name in ("uvicorn.access", "uvicorn.error", "httpx"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())

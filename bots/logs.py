"""Logging that never writes secrets: bearer tokens in URLs are redacted."""

from __future__ import annotations

import logging
import re

_TOKEN_IN_URL = re.compile(r"((?:token|access_token|key)=)[^&\s\"']+", re.IGNORECASE)


class RedactTokens(logging.Filter):
    """Replaces `token=…` in a record's message and arguments (uvicorn's access log)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact, then let the record through."""
        if isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_IN_URL.sub(r"\1[redacted]", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = _TOKEN_IN_URL.sub(r"\1[redacted]", record.msg)
        return True


def install_redaction() -> None:
    """Attach the redacting filter to the loggers that print request URLs."""
    for name in ("uvicorn.access", "uvicorn.error", "httpx"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())

"""A trace id that follows one message from its webhook to the orchestrator to the send.

The id lives in a context variable: asyncio copies the context into every task it creates, so
work scheduled from a request (the background turn, the lead card) keeps the request's id, and
every log line written on the way carries it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_TRACE_ID: ContextVar[str | None] = ContextVar("trace_id", default=None)
# An id taken from a caller (X-Request-Id, an inbox row) is kept only if it is short and plain,
# so nobody can write arbitrary text into our logs through it.
_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def new_trace_id() -> str:
    """A fresh random id (16 hex characters)."""
    return secrets.token_hex(8)


def acceptable_trace_id(candidate: str | None) -> str | None:
    """`candidate` if it is safe to log as a trace id, else None."""
    if candidate is not None and _ACCEPTABLE.match(candidate):
        return candidate
    return None


def current_trace_id() -> str | None:
    """The trace id of the work under way, if any."""
    return _TRACE_ID.get()


@contextmanager
def traced(trace_id: str | None = None) -> Iterator[str]:
    """Run a block under `trace_id` (a new one when None); the previous id comes back after."""
    value = acceptable_trace_id(trace_id) or new_trace_id()
    token = _TRACE_ID.set(value)
    try:
        yield value
    finally:
        _TRACE_ID.reset(token)

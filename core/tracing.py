"""A trace id that follows one message from its webhook to the orchestrator to the send.

The id lives in a context variable: asyncio copies the context into every task it creates, so
work scheduled from a request (the background turn, the lead card) keeps the request's id, and
every log line written on the way carries it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

_TRACE_ID: ContextVar[str | None] = ContextVar("trace_id", default=None)
# What the work under way is about, for log shippers: written as JSON keys on every log line.
LOG_FIELDS = ("channel", "event_id", "traveler_id")
_FIELDS: ContextVar[Mapping[str, str] | None] = ContextVar("log_fields", default=None)
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


def current_log_fields() -> Mapping[str, str]:
    """The structured fields (LOG_FIELDS) of the work under way."""
    return _FIELDS.get() or {}


def _merged(fields: Mapping[str, object | None]) -> dict[str, str]:
    unknown = set(fields) - set(LOG_FIELDS)
    if unknown:
        raise ValueError(f"not a log field: {sorted(unknown)}")
    return {**current_log_fields(), **{k: str(v) for k, v in fields.items() if v is not None}}


@contextmanager
def log_context(**fields: object | None) -> Iterator[None]:
    """Log lines written in the block carry these fields (None leaves a field as it was)."""
    token = _FIELDS.set(_merged(fields))
    try:
        yield
    finally:
        _FIELDS.reset(token)


def bind_log_fields(**fields: object | None) -> None:
    """These fields for the rest of the current task (an HTTP request runs in a task of its own)."""
    _FIELDS.set(_merged(fields))

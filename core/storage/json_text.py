"""The engines' JSON serializer: json.dumps, except for text that is already JSON.

A trip's days are serialized once by the writer (core.services.trip_cache keeps that text to
recognise the stored version when it is read back); serialized again by SQLAlchemy's JSON type
they would be stored as one JSON string. Every other value is serialized as before.
"""

from __future__ import annotations

import json
from typing import Any


class JsonText(str):
    """A value already serialized as JSON text."""

    __slots__ = ()


def dumps(value: Any) -> str:
    """`value` as JSON text (`JsonText` as it is)."""
    if type(value) is JsonText:
        return str.__str__(value)
    return json.dumps(value)

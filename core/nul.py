"""The NUL character (U+0000): PostgreSQL cannot store it in text, SQLite can.

So that both databases give the same answer, text with a NUL never reaches storage: the API
refuses it (422) and channel messages lose it (a traveler cannot have meant it).
"""

from __future__ import annotations

from typing import Any

NUL = "\x00"


def has_nul(value: object) -> bool:
    """Whether a string, or any string key or value nested in lists and dicts, holds a NUL.

    Walks with an explicit stack: a deeply nested JSON body must not overflow the recursion.
    """
    pending: list[object] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if NUL in item:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return False


def without_nul(value: Any) -> Any:
    """The same value with every NUL removed from its strings (lists and dicts rebuilt)."""
    if isinstance(value, str):
        return value.replace(NUL, "")
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    return value

"""What the intent tests share: the corpus's today and the one operation a message reads as."""

from __future__ import annotations

import datetime as dt

from core.intents.model import ParsedTurn
from core.intents.parse import parse

TODAY = dt.date(2026, 11, 23)


def only(text: str) -> ParsedTurn:
    """The single operation `text` is read as (fails when it reads as several or none)."""
    ops = parse(text, today=TODAY).ops
    assert len(ops) == 1, ops
    return ops[0]

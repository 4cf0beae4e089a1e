"""How one is, asked in world Englishes, after a greeting or alone: small talk, no search.

Our own phrasings: Nigerian and Ghanaian pidgin ("how una dey", "how body"), Irish "how's
the form", "how goes it", "how've you been", "what's cracking". "how far is the fort" stays a
question about a place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "said",
    [
        "good evening o! how una dey",
        "how you dey",
        "morning o, how body",
        "hey hey, how goes it",
        "hi there, how've you been?",
        "evening! how's the form",
        "yo, what's cracking",
        "hello, how you been",
        "good afternoon, how are you keeping",
    ],
)
def test_how_one_is_asked_is_a_greeting(said: str) -> None:
    assert [op.intent for op in parse(said, today=TODAY).ops] == [Intent.SOCIAL]


@pytest.mark.parametrize("said", ["how far is the fort", "how far"])
def test_how_far_asks_about_a_place(said: str) -> None:
    assert Intent.SOCIAL not in {op.intent for op in parse(said, today=TODAY).ops}

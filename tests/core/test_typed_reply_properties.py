"""Hypothesis properties of typed replies read against a prompt (core.typed_reply).

Any text against any options and cards resolves without raising and never names an option
that is not there; a sentence that merely contains a number is not a choice.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from core.choices import Outcome, PromptKind
from core.protocol import PlaceCandidate
from core.typed_reply import resolve_typed_reply
from tests.core.test_choices_properties import (
    FAST,
    KINDS,
    LABELS,
    PLACE_NAMES,
    TEXT,
    assert_within,
)

WORDS = st.sampled_from(
    ["vegan", "Japanese", "rooftop", "sea view", "bakery", "cafe", "restaurant", "peruvian"]
)
CARD = st.builds(
    PlaceCandidate,
    place_id=st.text(min_size=1, max_size=8),
    name=st.text(max_size=20),
    rating=st.none() | st.floats(1, 5),
    price_level=st.none() | st.integers(0, 4),
    distance=st.none() | st.integers(0, 5000),
    cuisine=st.lists(WORDS, max_size=2),
    keywords=st.lists(WORDS, max_size=3),
)
CHATTY = TEXT | st.sampled_from(
    ["the cheapest", "o mais barato", "el peruano", "none of these", "esse segundo aí", "la 2da"]
)


@FAST
@given(text=CHATTY, labels=LABELS, kind=KINDS, cards=st.lists(CARD, max_size=8))
def test_any_reply_resolves_within_the_options(
    text: str, labels: list[str], kind: PromptKind, cards: list[PlaceCandidate]
) -> None:
    shown = cards if len(cards) == len(labels) else []
    assert_within(resolve_typed_reply(text, labels, kind, shown), len(labels))


@FAST
@example(["Sushi Zen", "Kids Corner"], 2, "kids")
@given(
    labels=st.lists(st.sampled_from(PLACE_NAMES), min_size=1, max_size=8),
    count=st.integers(2, 9),
    noun=st.sampled_from(["kids", "people", "days", "pm", "am", "euros", "personas", "pessoas"]),
)
def test_a_count_of_things_is_not_a_choice(labels: list[str], count: int, noun: str) -> None:
    said = f"we have {count} {noun}"
    resolution = resolve_typed_reply(said, labels, PromptKind.SELECTION)
    assert resolution.outcome is not Outcome.CHOSEN

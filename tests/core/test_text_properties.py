"""Hypothesis properties of core/text.shorten, which every platform limit goes through."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.text import fold, shorten

FAST = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
TEXTS = (
    st.text(max_size=200)
    | st.text(min_size=1000, max_size=5000)
    | st.sampled_from(["", " ", "🍣" * 100, "👨‍👩‍👧‍👦 family", "مطعم الشاطئ", "a " * 300])
)
ELLIPSES = st.sampled_from(["…", "...", ""])


@FAST
@given(text=TEXTS, limit=st.integers(0, 5000), ellipsis=ELLIPSES)
@example("hello", 0, "…")  # regression: gave "…", one character over a limit of zero
@example("hello world", 1, "...")
def test_shorten_keeps_within_a_character_limit(text: str, limit: int, ellipsis: str) -> None:
    cut = shorten(text, max_chars=limit, ellipsis=ellipsis)
    assert len(cut) <= limit
    if len(text) <= limit:
        assert cut == text
    else:
        assert text.startswith(cut.removesuffix(ellipsis)) or ellipsis.startswith(cut)


@FAST
@given(text=TEXTS, limit=st.integers(0, 2000), ellipsis=ELLIPSES)
@example("hello", 2, "…")  # regression: gave "…", three bytes over a limit of two
@example("é" * 100, 3, "…")
def test_shorten_keeps_within_a_byte_limit(text: str, limit: int, ellipsis: str) -> None:
    cut = shorten(text, max_bytes=limit, ellipsis=ellipsis)
    assert len(cut.encode()) <= limit
    if len(text.encode()) <= limit:
        assert cut == text
    else:
        assert text.startswith(cut.removesuffix(ellipsis)) or ellipsis.startswith(cut)


@FAST
@given(text=TEXTS, chars=st.integers(1, 300), data=st.data())
def test_shorten_keeps_within_both_limits(text: str, chars: int, data: st.DataObject) -> None:
    max_bytes = data.draw(st.integers(3, 4 * chars), label="max_bytes")
    cut = shorten(text, max_chars=chars, max_bytes=max_bytes)
    assert len(cut) <= chars
    assert len(cut.encode()) <= max_bytes
    if text.strip():
        assert cut, "something must remain when the limits allow a character"


def test_shorten_a_long_text_to_a_few_bytes_is_quick() -> None:
    """Regression: the byte loop dropped one character per UTF-8 encoding of the whole text."""
    started = time.perf_counter()
    cut = shorten("x" * 200_000, max_bytes=64)
    assert len(cut.encode()) <= 64
    assert time.perf_counter() - started < 0.5


@FAST
@given(TEXTS)
def test_fold_has_no_edges_to_trim(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert folded == folded.lower()

"""The one token bucket: queueing (reserve), refusing (try_take), and buckets per key."""

from __future__ import annotations

import pytest

from core.token_bucket import KeyedBuckets, TokenBucket


class Now:
    """Monotonic time moved by hand."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


def test_reserve_spends_the_burst_then_queues_callers_one_interval_apart() -> None:
    now = Now()
    bucket = TokenBucket(100, burst=2, monotonic=now)
    assert [bucket.reserve() for _ in range(4)] == pytest.approx([0, 0, 0.01, 0.02])
    bucket.refund()
    assert bucket.reserve() == pytest.approx(0.02)
    now.seconds = 10.0
    assert bucket.reserve() == 0


def test_a_burst_of_one_spaces_calls_evenly() -> None:
    now = Now()
    bucket = TokenBucket(0.5, monotonic=now)  # one every 2 s
    assert [bucket.reserve() for _ in range(3)] == pytest.approx([0, 2, 4])
    now.seconds = 4.0  # the third caller's turn
    assert bucket.reserve() == pytest.approx(2)


def test_try_take_refuses_without_taking_and_says_how_long() -> None:
    now = Now()
    bucket = TokenBucket(1, burst=3, monotonic=now)
    assert [bucket.try_take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.try_take() == pytest.approx(1.0)
    assert bucket.try_take() == pytest.approx(1.0)  # a refusal took nothing
    now.seconds = 0.5
    assert bucket.try_take() == pytest.approx(0.5)
    now.seconds = 1.0
    assert bucket.try_take() == 0.0


def test_tokens_never_pile_up_beyond_the_burst() -> None:
    now = Now()
    bucket = TokenBucket(10, burst=2, monotonic=now)
    now.seconds = 3600.0
    assert [bucket.try_take() for _ in range(3)] == [0.0, 0.0, pytest.approx(0.1)]


def test_an_empty_bucket_refuses_everything() -> None:
    bucket = TokenBucket(1, burst=0, monotonic=Now())
    assert bucket.try_take() == pytest.approx(1.0)


def test_keys_have_their_own_buckets_and_memory_is_bounded() -> None:
    now = Now()
    buckets = KeyedBuckets(1, monotonic=now, max_keys=3)
    assert buckets["a"].reserve() == 0
    assert buckets["a"].reserve() == pytest.approx(1)
    assert buckets["b"].reserve() == 0  # another key doesn't wait
    for key in ("c", "d"):
        buckets[key].reserve()
    assert len(buckets) == 3  # "a", used longest ago, was forgotten …
    assert buckets["a"].reserve() == 0  # … and starts again full

"""Expert matching: each factor table-driven, totals and tiers deterministic."""

from __future__ import annotations

import pytest

from core.services import matching
from core.services.matching import ExpertProfile, LeadNeeds, rank, score, tier_for

YUKI = ExpertProfile(
    id="e1",
    name="Yuki",
    specialties=["Temples", "tea ceremony", "traditional arts"],
    languages=["Japanese", "English", "Spanish"],
    price_min=100,
    price_max=300,
    rating=4.9,
    review_count=412,
    median_response_minutes=25,
)


@pytest.mark.parametrize(
    ("interests", "points"),
    [
        (["temples", "Tea Ceremony"], 40),
        (["témples", "nightlife"], 20),
        (["nightlife"], 0),
        ([], 20),
        (["temple visits", "sushi", "bars", "clubs"], 10),
    ],
)
def test_expertise(interests: list[str], points: int) -> None:
    factor = matching.expertise(LeadNeeds(interests, None, []), YUKI)
    assert factor.points == points
    assert factor.max_points == 40


@pytest.mark.parametrize(
    ("budget", "points", "word"),
    [
        (200, 20, "fits"),
        (100, 20, "fits"),
        (50, 10, "below"),
        (0, 0, "below"),
        (450, 10, "above"),
        (None, 10, "no budget"),
    ],
)
def test_budget(budget: int | None, points: int, word: str) -> None:
    factor = matching.budget(LeadNeeds([], budget, []), YUKI)
    assert factor.points == points
    assert word in factor.reason


@pytest.mark.parametrize(
    ("languages", "points", "reason"),
    [
        (["es"], 15, "speaks Spanish, the traveler's language"),
        (["Español", "Spanish"], 15, "speaks Spanish, the traveler's language"),
        (["pt-BR"], 0, "speaks none of Portuguese"),
        ([], 7, "no language given"),
    ],
)
def test_language(languages: list[str], points: int, reason: str) -> None:
    factor = matching.language(LeadNeeds([], None, languages), YUKI)
    assert (factor.points, factor.reason) == (points, reason)


@pytest.mark.parametrize(
    ("rating", "count", "points"), [(4.9, 412, 15), (4.0, 30, 11), (5.0, 0, 0), (3.0, 3, 7)]
)
def test_reviews(rating: float, count: int, points: int) -> None:
    expert = ExpertProfile("x", "X", [], [], 0, 0, rating, count, 60)
    assert matching.reviews(expert).points == points


@pytest.mark.parametrize(
    ("minutes", "points"), [(10, 10), (30, 10), (45, 8), (90, 6), (200, 4), (600, 2), (3000, 0)]
)
def test_response(minutes: int, points: int) -> None:
    expert = ExpertProfile("x", "X", [], [], 0, 0, 4.0, 10, minutes)
    assert matching.response(expert).points == points


@pytest.mark.parametrize(
    ("total", "tier"),
    [(100, "excellent"), (85, "excellent"), (84, "good"), (70, "good"), (50, "fair"), (49, "poor")],
)
def test_tiers(total: int, tier: str) -> None:
    assert tier_for(total) == tier


def test_total_is_the_sum_and_reasons_are_explained() -> None:
    needs = LeadNeeds(["temples", "tea ceremony"], 250, ["Spanish"])
    match = score(needs, YUKI)
    assert match.score == 100
    assert match.tier == "excellent"
    assert sum(f["points"] for f in match.factors_json().values()) == 100
    assert "speaks Spanish, the traveler's language" in match.reasons
    assert len(match.reasons) == 5


def test_rank_is_deterministic_best_first() -> None:
    weak = ExpertProfile("e0", "Weak", ["nightlife"], ["French"], 10, 20, 3.0, 2, 2000)
    twin = ExpertProfile(**{**YUKI.__dict__, "id": "e2"})
    needs = LeadNeeds(["temples"], 150, ["English"])
    order = [m.expert_id for m in rank(needs, [weak, twin, YUKI])]
    assert order == ["e1", "e2", "e0"]

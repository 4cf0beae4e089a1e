"""Expert ↔ lead matching (DESIGN §9): a pure, deterministic 0–100 score with reasons.

expertise 40 + budget 20 + language 15 + reviews 15 + response time 10. Each factor keeps its
points and one human-readable reason, so the Slack card and the stored row explain the score.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from core.text import fold

EXPERTISE, BUDGET, LANGUAGE, REVIEWS, RESPONSE = 40, 20, 15, 15, 10
FACTOR_NAMES = ("expertise", "budget", "language", "reviews", "response")

_LANGUAGE_CODES = {
    "en": "english",
    "es": "spanish",
    "pt": "portuguese",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "ja": "japanese",
    "hi": "hindi",
    "mr": "marathi",
    "kn": "konkani",
    "zh": "chinese",
    "ko": "korean",
    "gd": "gaelic",
}


@dataclass(frozen=True)
class ExpertProfile:
    """What matching needs to know about an expert."""

    id: str
    name: str
    specialties: Sequence[str]
    languages: Sequence[str]
    price_min: int
    price_max: int
    rating: float
    review_count: int
    median_response_minutes: int


@dataclass(frozen=True)
class LeadNeeds:
    """What matching needs to know about a lead."""

    interests: Sequence[str]
    budget: int | None
    languages: Sequence[str]


@dataclass(frozen=True)
class Factor:
    """One factor's points (out of `max_points`) and why."""

    points: int
    max_points: int
    reason: str


@dataclass(frozen=True)
class Match:
    """An expert's score for a lead, with its factors."""

    expert_id: str
    score: int
    tier: str
    factors: dict[str, Factor] = field(default_factory=dict)

    @property
    def reasons(self) -> list[str]:
        """The factors' reasons, strongest factor (relative to its weight) first."""
        ordered = sorted(
            FACTOR_NAMES,
            key=lambda name: -self.factors[name].points / self.factors[name].max_points,
        )
        return [self.factors[name].reason for name in ordered]

    def factors_json(self) -> dict[str, Any]:
        """{factor: {points, max, reason}} for storage and the API."""
        return {
            name: {"points": f.points, "max": f.max_points, "reason": f.reason}
            for name, f in self.factors.items()
        }


def tier_for(score: int) -> str:
    """Excellent ≥ 85, good ≥ 70, fair ≥ 50, else poor."""
    if score >= 85:
        return "excellent"
    if score >= 70:
        return "good"
    if score >= 50:
        return "fair"
    return "poor"


def _language(name: str) -> str:
    """'es', 'es-CO' and 'Spanish' all fold to 'spanish'."""
    first = fold(name).split(" ")[0] if fold(name) else ""
    return _LANGUAGE_CODES.get(first, fold(name)) if len(first) == 2 else fold(name)


def _overlaps(interest: str, specialty: str) -> bool:
    a, b = fold(interest), fold(specialty)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    # Shared meaningful words ("temple visits" ~ "temples and shrines") count too.
    words_a = {w.rstrip("s") for w in a.split() if len(w) > 3}
    words_b = {w.rstrip("s") for w in b.split() if len(w) > 3}
    return bool(words_a & words_b)


def _join(items: Iterable[str]) -> str:
    return ", ".join(items)


def expertise(needs: LeadNeeds, expert: ExpertProfile) -> Factor:
    """Share of the traveler's interests among the expert's specialties."""
    interests = [i for i in needs.interests if fold(i)]
    if not interests:
        return Factor(EXPERTISE // 2, EXPERTISE, "no interests given to compare")
    matched = [i for i in interests if any(_overlaps(i, s) for s in expert.specialties)]
    points = round(EXPERTISE * len(matched) / len(interests))
    if not matched:
        return Factor(0, EXPERTISE, f"no specialty covers {_join(interests)}")
    return Factor(
        points,
        EXPERTISE,
        f"specializes in {_join(matched)} ({len(matched)} of {len(interests)} interests)",
    )


def budget(needs: LeadNeeds, expert: ExpertProfile) -> Factor:
    """Full points inside the expert's price range, fewer the further outside it."""
    low, high = expert.price_min, max(expert.price_max, expert.price_min)
    if needs.budget is None:
        return Factor(BUDGET // 2, BUDGET, "no budget given")
    amount = needs.budget
    span = f"${low}–${high}"
    if low <= amount <= high:
        return Factor(BUDGET, BUDGET, f"budget ${amount} fits the {span} range")
    edge = low if amount < low else high
    distance = abs(amount - edge) / max(edge, 1)
    points = max(0, round(BUDGET * (1 - distance)))
    where = "below" if amount < low else "above"
    return Factor(points, BUDGET, f"budget ${amount} is {where} the {span} range")


def language(needs: LeadNeeds, expert: ExpertProfile) -> Factor:
    """Full points when the expert speaks one of the traveler's languages."""
    wanted = [_language(x) for x in needs.languages if fold(x)]
    if not wanted:
        return Factor(LANGUAGE // 2, LANGUAGE, "no language given")
    spoken = {_language(x) for x in expert.languages}
    shared = [w for w in wanted if w in spoken]
    if shared:
        return Factor(LANGUAGE, LANGUAGE, f"speaks {shared[0].title()}, the traveler's language")
    return Factor(0, LANGUAGE, f"speaks none of {_join(w.title() for w in wanted)}")


def reviews(expert: ExpertProfile) -> Factor:
    """Up to 10 points for the rating and 5 for how many reviews back it."""
    rating = min(max(expert.rating, 0.0), 5.0)
    count = max(expert.review_count, 0)
    volume = next(
        (p for limit, p in ((100, 5), (50, 4), (20, 3), (5, 2), (1, 1)) if count >= limit), 0
    )
    points = round(rating / 5 * 10) + volume if count else 0
    if not count:
        return Factor(0, REVIEWS, "no reviews yet")
    return Factor(points, REVIEWS, f"rated {rating:.1f}★ from {count} reviews")


def response(expert: ExpertProfile) -> Factor:
    """Faster median replies score higher."""
    minutes = max(expert.median_response_minutes, 0)
    steps = ((30, 10), (60, 8), (120, 6), (240, 4), (1440, 2))
    points = next((p for limit, p in steps if minutes <= limit), 0)
    if minutes < 60:
        when = f"{minutes} min"
    elif minutes < 1440:
        when = f"{minutes / 60:.0f} h" if minutes % 60 == 0 else f"{minutes / 60:.1f} h"
    else:
        when = f"{minutes / 1440:.0f} days"
    return Factor(points, RESPONSE, f"usually replies within {when}")


def score(needs: LeadNeeds, expert: ExpertProfile) -> Match:
    """One expert's match for a lead."""
    factors = {
        "expertise": expertise(needs, expert),
        "budget": budget(needs, expert),
        "language": language(needs, expert),
        "reviews": reviews(expert),
        "response": response(expert),
    }
    total = min(100, sum(f.points for f in factors.values()))
    return Match(expert.id, total, tier_for(total), factors)


def rank(needs: LeadNeeds, experts: Iterable[ExpertProfile]) -> list[Match]:
    """Every expert's match, best first (ties: expert id, so the order is stable)."""
    return sorted((score(needs, e) for e in experts), key=lambda m: (-m.score, m.expert_id))

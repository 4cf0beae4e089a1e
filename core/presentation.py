"""Plain-text pieces every channel shows the same way (card lines, prices, distances)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.messages import msg

PRICE_SIGNS = {1: "$", 2: "$$", 3: "$$$", 4: "$$$$"}  # 0 is "free", in words


def distance_text(meters: int | float | None) -> str:
    """'350 m' or '1.2 km'."""
    if meters is None:
        return ""
    return f"{round(meters)} m" if meters < 1000 else f"{meters / 1000:.1f} km"


def card_facts(card: dict[str, Any]) -> str:
    """'★ 4.5 (234) · $$$ · 350 m · open now' from a PlaceCandidate's JSON (unknowns left out)."""
    facts = []
    if card.get("rating") is not None:
        count = f" ({card['ratingCount']})" if card.get("ratingCount") else ""
        facts.append(f"★ {card['rating']}{count}")
    if card.get("priceLevel") is not None:
        level = int(card["priceLevel"])
        facts.append(msg("price_free") if level == 0 else PRICE_SIGNS.get(level, ""))
    facts.append(distance_text(card.get("distance")))
    open_now = card.get("isOpenNow")
    if open_now is not None:
        facts.append(msg("explain_open_now") if open_now else msg("explain_closed_now"))
    return " · ".join(fact for fact in facts if fact)


def option_labels(data: Mapping[str, Any] | None) -> list[str]:
    """The labels of a response's choices, cards or options, in order."""
    data = data or {}
    if cards := data.get("candidates"):
        return [str(card["name"]) for card in cards]
    return [str(option["label"]) for option in data.get("options", [])]

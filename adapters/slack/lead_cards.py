"""The Slack lead card (DESIGN §9): who asks, what for, the top experts and why (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from adapters.slack.blocks import (
    FALLBACK_CHARS,
    MAX_BLOCKS,
    Block,
    actions,
    button,
    context,
    fit,
    section,
)
from core.text import shorten

MESSAGE_CHARS = 1500  # the traveler's note on the card; the rest is in the draft
_TIER_BADGES = {"excellent": "🟢", "good": "🔵", "fair": "🟡", "poor": "⚪"}


@dataclass(frozen=True)
class CardExpert:
    """One offered expert on the card."""

    name: str
    score: int
    tier: str
    reasons: Sequence[str]


@dataclass(frozen=True)
class LeadCard:
    """Everything the card shows."""

    lead_id: str
    traveler: str  # first name only
    market: str
    dates: str
    budget: int | None
    interests: Sequence[str]
    languages: Sequence[str]
    message: str
    experts: Sequence[CardExpert] = field(default_factory=list)
    demo: bool = False
    claimed_by: str | None = None


def claim_value(lead_id: str) -> str:
    """The Claim button's value."""
    return f"lead:claim:{lead_id}"


def render_lead_card(card: LeadCard) -> dict[str, Any]:
    """chat.postMessage / chat.update fields (`text` and `blocks`) for a lead card."""
    title = f"New lead: {card.traveler} → {card.market}"
    facts = [
        f"*Dates:* {card.dates or 'not given'}",
        f"*Budget:* {'$' + str(card.budget) if card.budget is not None else 'not given'}",
        f"*Interests:* {', '.join(card.interests) or 'not given'}",
        f"*Languages:* {', '.join(card.languages) or 'not given'}",
    ]
    blocks: list[Block] = [
        section("lead_title", f"*{title}*"),
        section("lead_facts", "\n".join(facts)),
    ]
    if card.message.strip():
        blocks.append(
            section("lead_message", "> " + shorten(card.message.strip(), max_chars=MESSAGE_CHARS))
        )
    for number, expert in enumerate(card.experts, 1):
        badge = _TIER_BADGES.get(expert.tier, "⚪")
        name = shorten(expert.name, max_chars=200)
        lines = [f"*{number}. {name}* — {badge} {expert.score}/100 ({expert.tier})"]
        lines += [f"• {shorten(reason, max_chars=400)}" for reason in expert.reasons]
        blocks.append(section(f"lead_expert_{number}", "\n".join(lines)))
    if card.demo:
        blocks += context("lead_demo", ["Demo data: these experts are fictional."])
    if card.claimed_by is not None:
        blocks.append(section("lead_claimed", f"✅ Claimed by *{card.claimed_by}*"))
        text = f"{title} — claimed by {card.claimed_by}"
    else:
        blocks += actions(
            "lead_actions",
            [
                button("Claim", claim_value(card.lead_id), "lead_claim", "primary"),
                button("Pass", f"lead:pass:{card.lead_id}", "lead_pass"),
                button("View draft", f"lead:draft:{card.lead_id}", "lead_draft"),
            ],
        )
        text = title
    if len(blocks) > MAX_BLOCKS:  # never with three experts; kept for safety
        blocks = blocks[: MAX_BLOCKS - 1] + blocks[-1:]
    # The fallback text is mrkdwn too (notifications, clients without blocks): a traveler's
    # market or name must not become a <!channel> ping or a disguised link.
    return {"text": fit(text, FALLBACK_CHARS), "blocks": blocks}


def render_note(text: str) -> dict[str, Any]:
    """An ephemeral note (already claimed, the draft…)."""
    return {
        "text": fit(text, FALLBACK_CHARS),
        "blocks": [section("lead_note", text)],
    }

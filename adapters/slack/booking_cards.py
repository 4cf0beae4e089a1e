"""The Slack booking-request card: what is asked, and Confirm / Decline until decided (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.slack.blocks import FALLBACK_CHARS, Block, actions, button, fit, section

PREFIX = "booking:"


@dataclass(frozen=True)
class BookingCard:
    """Everything the card shows."""

    booking_id: str
    traveler: str  # first name only
    place: str
    when: str
    party_size: int | None
    status: str
    decided_by: str | None = None


def booking_value(action: str, booking_id: str) -> str:
    """A button's value: "booking:{confirm|decline}:{id}"."""
    return f"{PREFIX}{action}:{booking_id}"


def parse_booking_value(value: str) -> tuple[str, str] | None:
    """(action, booking id) of one of our buttons, else None."""
    parts = value.split(":", 2)
    if len(parts) != 3 or f"{parts[0]}:" != PREFIX or parts[1] not in {"confirm", "decline"}:
        return None
    return parts[1], parts[2][:16]


def render_booking_card(card: BookingCard) -> dict[str, Any]:
    """chat.postMessage / chat.update fields for a booking request."""
    title = f"Booking request B-{card.booking_id}: {card.place}"
    party = f"{card.party_size} people" if card.party_size else "party size not given"
    blocks: list[Block] = [
        section("booking_title", f"*{title}*"),
        section("booking_facts", f"*Traveler:* {card.traveler}\n*When:* {card.when}\n*{party}*"),
    ]
    if card.status == "pending_review":
        blocks += actions(
            "booking_actions",
            [
                button(
                    "Confirm",
                    booking_value("confirm", card.booking_id),
                    "booking_confirm",
                    "primary",
                ),
                button(
                    "Decline",
                    booking_value("decline", card.booking_id),
                    "booking_decline",
                    "danger",
                ),
            ],
        )
        text = title
    else:
        by = f" by {card.decided_by}" if card.decided_by else ""
        badge = "✅" if card.status == "confirmed" else "❌" if card.status == "declined" else "➖"
        blocks.append(section("booking_status", f"{badge} *{card.status}*{by}"))
        text = f"{title} — {card.status}{by}"
    # The fallback text is mrkdwn too: a place name must not become a ping or a link.
    return {"text": fit(text, FALLBACK_CHARS), "blocks": blocks}

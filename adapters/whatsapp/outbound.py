"""AgentResponse → Twilio Messages API form bodies for WhatsApp (pure).

Choices go out here as numbered text the core resolves ("2", "the second one", "sushi zen",
"yes"): outside the 24-hour session, and whenever a list picker or quick reply (interactive.py)
cannot be created or sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from adapters.whatsapp.inbound import ADDRESS_PREFIX
from core.messages import msg
from core.presentation import card_facts
from core.protocol import AgentResponse, ResponseType
from core.text import shorten

MAX_BODY = 1600


def address(number: str) -> str:
    """'whatsapp:+14155238886' from a number with or without the channel prefix."""
    number = number.strip()
    return number if number.startswith(ADDRESS_PREFIX) else f"{ADDRESS_PREFIX}{number}"


def render(response: AgentResponse, chosen: str | None = None) -> list[str]:
    """The message bodies for one answer, in order; more than one only when 1600 is too few.

    Args:
        response: the orchestrator's answer.
        chosen: the label of the button or list row the traveler tapped; WhatsApp can't edit
            the message that showed it, so the answer starts by confirming the choice. A
            refused tap (ERROR: stale, expired, answered) is not confirmed.
    """
    blocks: list[str] = []
    if chosen and response.type is not ResponseType.ERROR:
        blocks.append(f"✅ {chosen}")
    blocks.append(response.message)
    data: Mapping[str, Any] = response.data or {}
    if response.type is ResponseType.NEEDS_SELECTION:
        blocks += _choice_lines(data)
    elif response.type is ResponseType.NEEDS_CONFIRMATION:
        blocks += [f"• {item}" for item in data.get("preview", {}).get("items", [])]
    blocks += [f"• {error}" for error in response.errors]
    blocks += [f"⚠️ {warning}" for warning in response.warnings]
    if response.type is ResponseType.NEEDS_SELECTION:
        blocks.append(msg("reply_choice"))
    elif response.type is ResponseType.NEEDS_CONFIRMATION:
        blocks.append(msg("reply_yes_no"))
    return pack(blocks) or ["…"]  # never silent, and Twilio refuses an empty Body


def render_text(text: str) -> list[str]:
    """A plain message (welcome, link confirmation), cut to one body ("…" when blank)."""
    return [fit(text)] if text.strip() else ["…"]


def _choice_lines(data: Mapping[str, Any]) -> list[str]:
    """'1. Sushi Zen ★ 4.5 (234) · $$ · 350 m' for cards, '2. Day 2 — Beach' for options."""
    if cards := data.get("candidates"):
        return [
            f"{number}. {card['name']} {card_facts(card)}".rstrip()
            for number, card in enumerate(cards, start=1)
        ]
    lines = []
    for number, option in enumerate(data.get("options", []), start=1):
        description = f" — {option['description']}" if option.get("description") else ""
        lines.append(f"{number}. {option['label']}{description}")
    return lines


def units(text: str) -> int:
    """Length as Twilio counts it, in UTF-16 code units: an emoji takes two."""
    return len(text.encode("utf-16-le")) // 2


def fit(text: str) -> str:
    """Text cut on a word boundary to fit one body (MAX_BODY UTF-16 units)."""
    cut = shorten(text, max_chars=MAX_BODY)
    while (excess := units(cut) - MAX_BODY) > 0:
        # Astral characters (emoji) count twice: drop at least half the excess in code points.
        cut = shorten(text, max_chars=len(cut) - (excess + 1) // 2)
    return cut


def pack(blocks: list[str]) -> list[str]:
    """Lines joined into as few bodies as fit; a line is never split, an option never dropped."""
    bodies: list[str] = []
    current = ""
    for raw in blocks:
        block = fit(raw.strip())
        if not block:
            continue
        joined = f"{current}\n{block}" if current else block
        if units(joined) > MAX_BODY:
            bodies.append(current)
            joined = block
        current = joined
    if current:
        bodies.append(current)
    return bodies


def message_form(to: str, sender: str, body: str) -> dict[str, str]:
    """The Messages API fields of a free-form (in-session) message."""
    return {"To": address(to), "From": address(sender), "Body": body}


def template_form(
    to: str, sender: str, content_sid: str, variables: Mapping[str, str]
) -> dict[str, str]:
    """The Messages API fields of an approved template, deliverable outside the 24-hour window.

    Args:
        to: the traveler's number or WhatsApp address.
        sender: our WhatsApp sender (TWILIO_WHATSAPP_FROM).
        content_sid: the approved Content SID ("HX…").
        variables: template placeholders by number, e.g. {"1": "Hadibo"}.
    """
    return {
        "To": address(to),
        "From": address(sender),
        "ContentSid": content_sid,
        "ContentVariables": json.dumps(dict(variables), ensure_ascii=False),
    }

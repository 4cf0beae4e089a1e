"""AgentResponse → Slack chat.postMessage / chat.update bodies (pure; DESIGN §7)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adapters.slack.blocks import (
    FALLBACK_CHARS,
    Block,
    Piece,
    actions,
    button,
    chunk_lines,
    context,
    fit,
    image,
    pack,
    section,
)
from core.messages import msg
from core.presentation import card_facts, option_labels
from core.protocol import AgentResponse, ResponseType, choice_token


def _text_pieces(prefix: str, text: str) -> list[Piece]:
    """A long text as consecutive sections (split between lines, a too-long line is cut)."""
    return [
        Piece([section(f"{prefix}_{index}", chunk)], chunk)
        for index, chunk in enumerate(chunk_lines(text.splitlines() or [text]))
        if chunk.strip()
    ]


def _note_pieces(response: AgentResponse) -> list[Piece]:
    """Errors as bullets, then warnings, in context blocks (DESIGN §7 ERROR / PARTIAL)."""
    lines = [f"• {error}" for error in response.errors]
    lines += [f"⚠️ {warning}" for warning in response.warnings]
    if response.type is ResponseType.NEEDS_INPUT and response.metadata:
        placeholder = (response.metadata.custom_props or {}).get("placeholder")
        if placeholder:
            lines.append(f"_{placeholder}_")
    return [Piece([block], "") for block in context("note", lines)] if lines else []


def _card_piece(number: int, card: dict[str, Any], token: str | None) -> Piece:
    """One place card: name and facts, photo accessory when known, and its button."""
    name = str(card["name"])
    facts = [card_facts(card), str(card.get("formattedAddress") or "")]
    text = "\n".join([f"*{number}. {name}*", *(fact for fact in facts if fact)])
    shown = name if name.strip() else str(number)  # Slack refuses a blank button or alt text
    pick = button(shown, token, f"pick_{number}") if token else None
    photo = image(card.get("photoUrl"), shown)
    if photo is not None and pick is not None:
        blocks = [section(f"card_{number}", text, photo), *actions(f"card_{number}_pick", [pick])]
    else:
        blocks = [section(f"card_{number}", text, pick or photo)]
    return Piece(blocks, f"{number}. {name}")


def _option_piece(number: int, option: dict[str, Any], token: str | None) -> Piece:
    """One non-place option (a day, an itinerary item) with its button."""
    label = str(option["label"])
    text = f"*{number}. {label}*"
    if option.get("description"):
        text += f"\n{option['description']}"
    shown = label if label.strip() else str(number)  # Slack refuses a blank button
    pick = button(shown, token, f"pick_{number}") if token else None
    return Piece([section(f"option_{number}", text, pick)], f"{number}. {label}")


def _selection_pieces(response: AgentResponse) -> list[Piece]:
    """Every candidate or option as its own piece: none is ever dropped."""
    data: Mapping[str, Any] = response.data or {}
    prompt = response.prompt_id

    def token(index: int) -> str | None:
        return choice_token(prompt, index) if prompt else None

    if cards := data.get("candidates"):
        return [_card_piece(i + 1, card, token(i)) for i, card in enumerate(cards)]
    return [
        _option_piece(i + 1, option, token(i)) for i, option in enumerate(data.get("options", []))
    ]


def _confirmation_pieces(response: AgentResponse) -> list[Piece]:
    """The preview as bullets and two buttons: yes (primary), no (danger)."""
    data: Mapping[str, Any] = response.data or {}
    items = (data.get("preview") or {}).get("items") or []
    pieces = _text_pieces("preview", "\n".join(f"• {item}" for item in items)) if items else []
    defaults = [msg("yes"), msg("no")]
    labels = option_labels(data)
    labels += defaults[len(labels) :]
    # A blank label would be a button without text, which Slack refuses.
    labels = [label if label.strip() else defaults[min(i, 1)] for i, label in enumerate(labels)]
    prompt = response.prompt_id
    if prompt is None:  # no prompt to answer: the labels are still shown, for a typed reply
        return [*pieces, Piece(context("confirm", [" / ".join(labels)]), " / ".join(labels))]
    styles = {0: "primary", 1: "danger"}  # option 0 is yes, 1 is no (core/protocol)
    buttons = [
        button(label, choice_token(prompt, index), f"confirm_{index}", styles.get(index))
        for index, label in enumerate(labels)
    ]
    return [*pieces, Piece(actions("confirm", buttons), " / ".join(labels))]


def render(response: AgentResponse) -> list[Block]:
    """The messages for a response, in order: text, notes, then the choices.

    Args:
        response: any AgentResponse from the core.

    Returns:
        chat.postMessage bodies without `channel`; more than one when the choices do not fit in
        Slack's 50 blocks (further messages carry the rest, numbered on).
    """
    pieces = [*_text_pieces("msg", response.message), *_note_pieces(response)]
    if response.type is ResponseType.NEEDS_SELECTION:
        pieces += _selection_pieces(response)
    elif response.type is ResponseType.NEEDS_CONFIRMATION:
        pieces += _confirmation_pieces(response)
    return pack(pieces) or pack([Piece([section("msg_0", "…")], "…")])


def render_text(text: str) -> list[Block]:
    """A plain message (welcome, link confirmations) as sections with the same fallback."""
    return pack(_text_pieces("msg", text)) or pack([Piece([section("msg_0", "…")], "…")])


def render_chosen(question: str | None, choice: str) -> Block:
    """The chat.update body (without channel and ts) for a tapped message: buttons gone.

    Shows the question that was asked, if known, and "✅ <choice>".
    """
    pieces = _text_pieces("msg", question) if question else []
    pieces.append(Piece([section("chosen", f"✅ *{choice}*")], f"✅ {choice}"))
    message = pack(pieces)[0]
    message["text"] = fit(f"✅ {choice}", FALLBACK_CHARS)
    return message

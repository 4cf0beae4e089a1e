"""Block Kit building blocks within Slack's limits (pure; PLATFORMS.md "Slack")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from core.text import shorten

MAX_BLOCKS = 50  # per message
MAX_ACTION_ELEMENTS = 25  # per actions block
MAX_CONTEXT_ELEMENTS = 10  # per context block
SECTION_CHARS = 3000  # section and context text
BUTTON_CHARS = 75  # button text
FALLBACK_CHARS = 4000  # top-level `text`: Slack truncates far later, but advises 4,000
IMAGE_URL_CHARS = 3000
ALT_TEXT_CHARS = 2000

Block = dict[str, Any]


def escape(text: str) -> str:
    """Slack's mrkdwn escaping: &, < and > are control characters there."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int = SECTION_CHARS) -> str:
    """Escaped mrkdwn of at most `limit` characters, cut on a word boundary.

    The cut happens before escaping so it never lands inside an entity like "&amp;".
    """
    budget = limit
    while True:
        cut = shorten(text, max_chars=budget)
        escaped = escape(cut)
        if len(escaped) <= limit:
            return escaped
        # Escaping grew the text: cut the source shorter. A character escapes to at most 5
        # ("&amp;"), so dropping a fifth of the excess never overshoots to nothing ("&" * 1000).
        budget = min(budget, len(cut)) - max(1, (len(escaped) - limit) // 5)


def section(block_id: str, text: str, accessory: Block | None = None) -> Block:
    """A mrkdwn section (text escaped and cut to 3,000 characters)."""
    block: Block = {
        "type": "section",
        "block_id": block_id,
        "text": {"type": "mrkdwn", "text": fit(text)},
    }
    if accessory is not None:
        block["accessory"] = accessory
    return block


def chunk_lines(lines: Iterable[str], limit: int = SECTION_CHARS) -> list[str]:
    """Lines grouped into texts that stay within `limit` once escaped.

    Only a single line longer than the limit is cut; nothing else is lost.
    """
    chunks: list[str] = []
    current: list[str] = []
    for line in lines:
        candidate = "\n".join([*current, line])
        if current and len(escape(candidate)) > limit:
            chunks.append("\n".join(current))
            current = [line]
        else:
            current.append(line)
    if current:
        chunks.append("\n".join(current))
    return chunks


def context(block_id: str, lines: Sequence[str]) -> list[Block]:
    """Context blocks showing every line (≤ 10 elements of ≤ 3,000 characters per block)."""
    elements = [{"type": "mrkdwn", "text": fit(chunk)} for chunk in chunk_lines(lines)]
    return [
        {
            "type": "context",
            "block_id": f"{block_id}_{start // MAX_CONTEXT_ELEMENTS}",
            "elements": elements[start : start + MAX_CONTEXT_ELEMENTS],
        }
        for start in range(0, len(elements), MAX_CONTEXT_ELEMENTS)
    ]


def button(text: str, value: str, action_id: str, style: str | None = None) -> Block:
    """A button whose value is our choice token (text cut to 75 characters)."""
    element: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {
            "type": "plain_text",
            "text": shorten(text, max_chars=BUTTON_CHARS),
            "emoji": True,
        },
        "value": value,
    }
    if style is not None:
        element["style"] = style
    return element


def actions(block_id: str, elements: Sequence[Block]) -> list[Block]:
    """Actions blocks holding every element, 25 per block."""
    return [
        {
            "type": "actions",
            "block_id": f"{block_id}_{start // MAX_ACTION_ELEMENTS}",
            "elements": list(elements[start : start + MAX_ACTION_ELEMENTS]),
        }
        for start in range(0, len(elements), MAX_ACTION_ELEMENTS)
    ]


def image(url: str | None, alt_text: str) -> Block | None:
    """An image accessory, or None when there is no usable URL."""
    if not url or len(url) > IMAGE_URL_CHARS or not url.startswith(("https://", "http://")):
        return None
    return {
        "type": "image",
        "image_url": url,
        "alt_text": shorten(alt_text, max_chars=ALT_TEXT_CHARS),
    }


@dataclass(frozen=True)
class Piece:
    """Blocks that must stay in one message, and their plain-text fallback."""

    blocks: list[Block]
    fallback: str


def pack(pieces: Sequence[Piece]) -> list[Block]:
    """chat.postMessage bodies (without channel): ≤ 50 blocks each, pieces never split.

    Every message gets a plain `text` fallback (notifications, screen readers).
    """
    messages: list[Block] = []
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        text = "\n".join(line for line in lines if line) or "…"
        messages.append({"text": fit(text, FALLBACK_CHARS), "blocks": list(blocks)})
        blocks.clear()
        lines.clear()

    for piece in pieces:
        if blocks and len(blocks) + len(piece.blocks) > MAX_BLOCKS:
            flush()
        blocks.extend(piece.blocks)
        lines.append(piece.fallback)
    if blocks:
        flush()
    return messages

"""English phrasings rewritten into the rules' grammar (wishes said many ways, plurals of days)."""

from __future__ import annotations

from core.intents.lexicon import Replacement, rules

_PAIRS: list[tuple[str, Replacement]] = [
    (
        r"\b(?:kid|kids|child|children|family)[\s-]*friendly\b|\bfor\s+(?:the\s+)?(?:kids|children|"
        r"little\s+ones|families|the\s+family)\b|\bwith\s+(?:the\s+)?(?:kids|children)\b"
        r"|\bgood\s+for\s+(?:kids|children|families)\b",
        "family",
    ),
    (r"\bsomewhere\s+to\s+(?:grab\s+|have\s+|get\s+)?(?:a\s+)?(?:drink|drinks)\b", "bar"),
    (r"\bfor\s+(?:a\s+)?(?:drink|drinks|cocktails?|a\s+nightcap)\b", "bar"),
    (r"\bgrab\s+(?:a\s+)?(?:drink|drinks)\b", "bar"),
    (
        r"\b(?:swap|switch|exchange)\s+days\s+(\d{1,2})\s+and\s+(\d{1,2})\b",
        r"swap day \1 and day \2",
    ),
    (r"\bdays\s+(\d{1,2})\s+and\s+(\d{1,2})\b", r"day \1 and day \2"),
]

ENGLISH_RULES = rules(_PAIRS)

"""Search preferences typed in a turn: rating, price and 'open now'. Pure."""

from __future__ import annotations

import re

from core.intents.model import Preferences

_STARS = r"[1-4](?:[.,]\d)?|5(?:[.,]0)?"
_MORE = r"(?:\s*\+|\s+and\s+(?:up|above|over|better)|\s+or\s+(?:more|better|higher|above))"
_RATING = re.compile(
    rf"(?:\bwith\s+(?:an?\s+)?)?(?:"
    rf"\b(?:rated|rating(?:\s+of)?|at\s+least|min(?:imum)?)\s+(?:above\s+|over\s+)?"
    rf"(?P<plain>{_STARS})(?:\s*(?:stars?|★))?{_MORE}?"
    rf"|\b(?P<stars>{_STARS})\s*(?:\+\s*(?:stars?|★)?|(?:stars?|★){_MORE}?)"
    rf"|\b(?P<well>well|highly|top|best|highest|better|higher)[\s-](?:rated|reviewed)"
    rf"|\b(?:with\s+)?(?P<reviews>better|good|great|top|best)\s+(?:reviews|ratings)"
    rf")(?=\s|$|[,.!?])",
    re.IGNORECASE,
)
_UNNUMBERED_RATING = 4.5
_PRICE_WORDS: list[tuple[re.Pattern[str], tuple[int, ...]]] = [
    (re.compile(pattern, re.IGNORECASE), levels)
    for pattern, levels in (
        (
            r"\b(?:(?:bem|bien|muy|muito|mto|super|bastante|really|very|real)\s+)?"
            r"(?:cheap(?:er)?|budget|inexpensive|(?:more\s+)?affordable|low[\s-]cost|"
            r"less\s+(?:expensive|pricey|pricy|dear))\b",
            (0, 1),
        ),
        (r"\bnot\s+fancy\b", (0, 1, 2)),  # "nothing fancy", "nada chique" (wish_words)
        (r"\b(?:mid[\s-]?range|moderately\s+priced|moderate)\b", (2,)),
        (
            # "fancy a curry", "we fancy some tapas": the verb of wanting, not a price
            r"\b(?:expensive|upscale|fancy(?!\s+(?:a|an|some|any|going|getting|grabbing|trying|"
            r"doing|having|heading|popping|one|it|that|this)\b)|fine[\s-]dining|luxury|"
            r"high[\s-]end|posh)\b",
            (3, 4),
        ),
        (r"(?<![\w$])(\${1,4})(?![\w$])", ()),  # "$$" means exactly that level
    )
]
_OPEN_NOW = re.compile(
    r"\b(?:(?:that\s+(?:is|s)\s+|thats\s+|which\s+is\s+)?open\s+(?:right\s+)?now|currently\s+open)\b",
    re.IGNORECASE,
)


def find_preferences(text: str) -> tuple[Preferences | None, str]:
    """The preferences named in `text`, and the text without them."""
    min_rating: float | None = None
    price_levels: tuple[int, ...] | None = None
    open_now: bool | None = None
    # "well rated, 4.5 and up": every rating wish goes, the strictest one counts.
    while match := _RATING.search(text):
        if match.group("well") or match.group("reviews"):
            # Said without a number ("highly rated", "bem avaliado", "de los mejor valorados"),
            # travelers mean the best places: 4.5 and up; at 4.0 most places would qualify.
            rating = _UNNUMBERED_RATING
        else:
            value = match.group("stars") or match.group("plain")
            rating = float(value.replace(",", "."))
        min_rating = max(rating, min_rating or 0.0)
        text = text[: match.start()] + " " + text[match.end() :]
    for pattern, levels in _PRICE_WORDS:
        if match := pattern.search(text):
            price_levels = levels or (len(match.group(1)),)
            # "un sushi barato, nada caro porfa": the wish said twice goes both times
            text = pattern.sub(" ", text)
            break
    if match := _OPEN_NOW.search(text):
        open_now = True
        text = text[: match.start()] + " " + text[match.end() :]
    cleaned = " ".join(text.split())
    if min_rating is None and price_levels is None and open_now is None:
        return None, cleaned
    return Preferences(min_rating=min_rating, price_levels=price_levels, open_now=open_now), cleaned

"""English phrasings rewritten into the rules' grammar (wishes said many ways, plurals of days)."""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement, rules

_WORD_HOURS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}


def _half_past(match: re.Match[str]) -> str:
    """British 'half six' is 6:30."""
    word = match.group(1).lower()
    hour = int(word) if word.isdigit() else _WORD_HOURS[word]
    return f"at {hour}:30"


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
    (
        r"\b(?:the\s+)?(first|second|third|fourth|fifth|last|final)\s+(?:and|with)\s+(?:the\s+)?"
        r"(first|second|third|fourth|fifth|last|final)\s+days?\b",
        r"the \1 day and the \2 day",
    ),
    (
        r"\b(?:somewhere|something|a\s+place|anywhere)\s+(?:to|for)\s+(?:eat|food)\b"
        r"|\bgrab\s+a\s+bite\b",
        "restaurant",
    ),
    (
        r"^(?:i|we)\s+(?:don'?\s*t|do\s+not)\s+(?:want|wanna|need)\s+to\s+(?:go\s+to|visit|do|see)"
        r"\s+(.+?)(?:\s+any\s*more)?[.!]*$",
        r"remove \1",
    ),
    (
        r"^(?:i|we)\s+(?:don'?\s*t|do\s+not)\s+(?:want|need)\s+(.+?)(?:\s+any\s*more)?[.!]*$",
        r"remove \1",
    ),
    (r"^take\s+(.+?)\s+(?:off|out)\b(.*)$", r"remove \1\2"),
    (r"^no\s+more\s+(.+)$", r"remove all \1"),
    (
        r"^no\s+(?!thanks|thank|problem|worries|way|wait|not|idea)(?=\w+\s+\w)(.+)$",
        r"remove \1",
    ),
    (
        r"^can\s+(?:we\s+(?:move\s+)?)?(?:the\s+)?(.+?)\s+(?:go|be|happen)\s+(?:on|to)\s+(.+?)\??$",
        r"move \1 to \2",
    ),
    (r"^(.+?)\s+at\s+(\S+)\s+instead\s+of\s+(\S+)$", r"move \1 from \3 to \2"),
    (
        r"^instead\s+of\s+(.+?),?\s+(?:can\s+we\s+|could\s+we\s+|let'?s\s+|we\s+could\s+)?"
        r"(?:add|put|do|have|try|go\s+(?:with|to)|get)\s+(.+?)\??$",
        r"replace \1 with \2",
    ),
    (r",?\s+(?:like|say|maybe|about|roughly)\s+(?=\d)", " at "),
    (r"\bsomewhere\s+(?:for|to\s+(?:get|grab|have))\s+(?:a\s+)?coffee\b", "cafe"),
    (r"^what\s*(?:'?s|\s+is|\s+are)\s+(.+?)\s+like\??$", r"tell me about \1"),
    (r"^(?:is|are)\s+(.+?)\s+open\s+(?:at|for|in|during)\s+.+?\??$", r"is \1 open"),
    (
        r"\b(shorten|cut|reduce|trim)\s+(the|my|our)\s+trip\s+(?:a|para|pra)\s+(?=\d+\s+days?\b)",
        r"\1 \2 trip to ",
    ),
    (r"^(?:fill|fill\s+in|fill\s+up)\s+", "replace "),
    (r"\b(?:swap|switch|flip|invert|reverse)\s+them\b|\bchange\s+the\s+order\b", "swap"),
    (r"\bhow\s+are\s+(?:you|u)(?:\s+doing)?\b\??(?=.*\w)", " "),
    (r"\bcan\s+u\b", "can you"),
    (r"\b(?:u)\b", "you"),
    (r"\b(\d{1,2})\s*ish\b", r"\1"),
    (
        r"\bhalf\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b",
        _half_past,
    ),
    (r"\b(?:after|from)\s+(?=\d{1,2}(?:\s*(?:am|pm))?\b)(?!\d{1,2}:)", "at "),
    (
        r",?\s*\b(?:if\s+(?:that\s*'?s|it\s*'?s|that\s+is|it\s+is)\s+(?:possible|ok|okay|alright)|if\s+possible|"
        r"if\s+you\s+can)\b",
        " ",
    ),
    (
        r"\b(?:that|which)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:too|very|that)\s+"
        r"(?:pricey|expensive|dear|costly)\b|\bnot\s+too\s+(?:pricey|expensive)\b",
        "cheap",
    ),
    (
        r"\b(?:somewhere|some\s+place|a\s+place|a\s+spot|anywhere)\s+(?:that|which)\s+"
        r"(?:does|has|serves|do|have|serve)\s+(?:a\s+|an\s+|some\s+|good\s+|proper\s+|great\s+)*",
        "",
    ),
    (
        r"\b(?:somewhere|some\s+place|a\s+place|a\s+spot)\s+with\s+(?:a\s+|an\s+|some\s+|good\s+|great\s+)*",
        "",
    ),
    (r"\s+(?:somewhere|anywhere)\b(?=\s|$)", " "),
    (r"\b(?:stay|spend)\s+(?:one|an?)\s+(?:more|extra|additional)\s+day", "add 1 more day"),
    (r"^(?:i|we)'?\s*d\s+love\s+to\s+(?:see|visit|go\s+to|do|try)?\s*", "add "),
]

ENGLISH_RULES = rules(_PAIRS)

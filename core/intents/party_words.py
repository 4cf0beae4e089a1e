"""A party said as who comes, not as a number: "eu e minha esposa" is 2.

"me and my wife", "my husband and I", "yo y mi novia", "eu, minha mulher e os 2 filhos" (4),
"somos 3 + un bebé" (4), "we're two adults and a kid" (3): a list of people joined by "and",
"y", "e", commas or "+", each one counted (me, a companion, a counted group, a count said
with "we are"). A list counts only with two people or more in it and one of them the
traveler or someone of theirs, so "add a place for kids" is no party. Read on folded text
with the number words of the three languages (text2num, via the lexicon). Pure, no I/O.
"""

from __future__ import annotations

import re

from core.intents.lexicon import number_value

_SELF = r"(?:me|myself|i|eu|yo|mim|mi)"
_COMPANION = (
    r"(?:wife|husband|partner|boyfriend|girlfriend|fiance|fiancee|friend|mum|mom|dad|mother|"
    r"father|sister|brother|son|daughter|kid|child|baby|toddler|"
    r"esposa|esposo|mujer|marido|pareja|novi[oa]|amig[oa]|mama|papa|madre|padre|herman[oa]|"
    r"hij[oa]|nene|nena|bebe|mulher|namorad[oa]|companheir[oa]|mae|pai|irma|irmao|filh[oa]|"
    r"crianca)"
)
_PEOPLE = (
    r"(?:people|adults?|kids|children|friends|sons|daughters|babies|personas|adultos|ninos|"
    r"ninas|hij[oa]s|amig[oa]s|pessoas|criancas|filh[oa]s|bebes)"
)
_OWNER = (
    r"(?:my|the|a|an|our|mi|mis|la|el|los|las|un|una|nuestr[oa]s?|minha|meu|meus|minhas|o|os|"
    r"as|um|uma|nossa|nosso)"
)
_COUNT = r"(?:\d{1,2}|two|three|four|five|dos|tres|cuatro|cinco|dois|duas|quatro)"
# One person or group of the list: "we are 3", a companion ("minha esposa"), a counted group
# ("os 2 filhos", "two kids"), the traveler ("eu").
_ITEM = (
    r"(?:(?:pra|pro|para|for|with|con|com)\s+)?"
    rf"(?:(?:we\s*re|we\s+are|somos|seremos|estamos)\s+{_COUNT}(?:\s+{_PEOPLE})?"
    rf"|(?:{_OWNER}\s+){{0,2}}(?:{_COUNT}\s+)?(?:{_COMPANION}s?|{_PEOPLE})"
    rf"|{_SELF})"
)
_JOIN = r"(?:\s*(?:\+|\band\b|\by\b|\be\b|\bplus\b|\bmais\b|\bmas\b)\s*|\s+)"
_LIST = re.compile(rf"\b{_ITEM}(?:{_JOIN}{_ITEM})+\b")
_ONE_ITEM = re.compile(rf"\b{_ITEM}\b")
_OWN = re.compile(
    rf"^(?:{_SELF}|my|mi|mis|minha|meu|meus|minhas|our|nuestr\w*|nossa|nosso|we|somos|"
    r"seremos|estamos)$"
)
_PREP = re.compile(r"^(?:pra|pro|para|for|with|con|com)\s+")
_COUNTED = re.compile(rf"\b(?P<k>{_COUNT})\b")


def _number(word: str) -> int | None:
    for language in ("en", "es", "pt"):
        if (value := number_value(word, language)) is not None:
            return value
    return None


def _worth(item: str) -> int:
    """How many people one item of the list is ("os 2 filhos": 2, "minha esposa": 1)."""
    found = _COUNTED.search(item)
    return (_number(found.group("k")) or 1) if found is not None else 1


_SAID_TOTAL = re.compile(r"^(?:we\s*re|we\s+are|somos|seremos|estamos)\s")


def _total(items: list[str]) -> int:
    """The people of a list: "somos 5 (3 adultos e 2 criancas)" is 5, the rest tells who."""
    worth = [_worth(item) for item in items]
    for at, item in enumerate(items):
        rest = sum(worth) - worth[at]
        if _SAID_TOTAL.match(_PREP.sub("", item)) and rest == worth[at]:
            return worth[at]
    return sum(worth)


def people_listed(folded: str) -> tuple[int, int, int] | None:
    """(count, start, end) of a list of two people or more in folded text, or None.

    One of them must be the traveler or one of theirs ("me", "my wife", "somos 3").
    """
    for found in _LIST.finditer(folded):
        items = [m.group(0) for m in _ONE_ITEM.finditer(found.group(0))]
        if len(items) < 2 or not (
            any(_OWN.match(_PREP.sub("", item).split()[0]) for item in items)
            # "3 adults and 2 kids", "2 adultos y un niño": every part counted is who comes
            or all(_COUNTED.search(item) for item in items)
        ):
            continue
        total = _total(items)
        if 1 < total < 100:
            return total, found.start(), found.end()
    return None


_PEOPLE_TAIL = re.compile(rf"[\s,;(+-]*\(?\s*\b{_ITEM}\s*\)?\s*$")


def people_only(folded: str) -> bool:
    """Whether a request's target is only people ("2 criancas)"): a split party, no place."""
    return bool(folded.strip()) and _PEOPLE_TAIL.sub("", folded).strip(" ,;()+-") == ""


def without_people(text: str, folded: str) -> str:
    """`text` without the people said at its end ("Haveli, (3 adultos" → "Haveli")."""
    found = _PEOPLE_TAIL.search(folded)
    return text if found is None or found.start() == 0 else text[: found.start()].rstrip(" ,;(")

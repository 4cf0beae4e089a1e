"""A count of people said in a message: "we are 5 members", "somos 3", "pra nós 3", "4 of us".

Said as who comes ("eu e minha esposa", "me and 3 friends"): core.intents.party_words.

Only counts that say people count: "add 2 temples" or "I have 2 kids" are not a party. Read
on folded text with the number words of the three languages (text2num, via the lexicon).
Pure, no I/O.
"""

from __future__ import annotations

import re

from core.intents.lexicon import number_value
from core.intents.model import Intent, ParsedTurn
from core.intents.party_words import people_listed, people_only, without_people
from core.text import fold

# Number words of the three languages, checked by text2num (lexicon.number_value).
_N = r"(?P<n>\d{1,2}|[a-z]{2,9})"
_PEOPLE = (
    r"(?:people|ppl|peeps|persons?|pax|guests?|adults?|members?|folks|of\s+us|personas?|pessoas?|"
    r"adultos?|gente|comensales|integrantes)"
)
# A count of people, in the ways travelers give it (checked on folded text).
_NOT_PEOPLE = r"(?!\s+(?:days?|nights?|hours?|dias?|noches?|noites?|horas?|pm|am|h)\b)"
_PARTY = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:(?:we|there)\s*(?:re|are|ll\s+be|will\s+be)|somos|seremos|seriamos|vamos|"
        rf"iremos|estamos|vamos\s+a\s+ser|vamos\s+ser)\s+(?:(?:em|en|un\s+total\s+de)\s+)?{_N}"
        rf"(?:\s+{_PEOPLE})?\b{_NOT_PEOPLE}",
        rf"\b(?:(?:para|pra|pa|for|pour|p)\s+(?:(?:nos|nosotros|nosotras|us|a\s+party\s+of)\s+)?)?"
        rf"{_N}\s+{_PEOPLE}\b",
        # "reservar o Fogón Llanero p/ 3": "p/" is "para" in a hurry (its slash folds to a space)
        rf"\bp\s+{_N}\b{_NOT_PEOPLE}",
        rf"\b(?:para|pra|for)\s+(?:nos|nosotros|nosotras|us)\s+(?:(?:os|as|los|las|all)\s+)?{_N}\b",
        rf"\b(?:party|group|grupo)\s+(?:of|de)\s+{_N}\b",
        rf"\b(?:table|mesa|reservation|reserva)\s+(?:for|para|pra|pa|p)\s+{_N}\b{_NOT_PEOPLE}",
        # "mesa en la Cevichería Caribe pa 6 ajá": a table, a place, then who it is for.
        rf"\b(?:table|mesa|reservation|reserva)\b.*\s(?P<at>(?:for|para|pra|pa)\s+{_N}\b{_NOT_PEOPLE}"
        r"(?:\s+(?:aja|pues|porfa|please|pls|por\s+favor|amigo|amiga|mano|vale|ok))*)\s*$",
    )
)
# What is left of "somos em 5" / "seremos 2" / "we're 4" once the count is taken off a name.
_COUNT_VERB_LEFT = re.compile(
    r"[\s,;?!-]+(?:we\s*'?\s*re|we\s+are|we\s+ll\s+be|somos|seremos|seriamos|vamos\s+ser|"
    r"estamos)(?:\s+(?:em|en|in|um\s+total\s+de))?\s*$",
    re.IGNORECASE,
)
_ALONE = re.compile(
    r"\b(?:just|only)\s+(?:me|myself|one)\b|\b(?:solo|somente|apenas|so)\s+(?:yo|eu)\b"
    r"|\b(?:yo|eu)\s+(?:solo|sola|sozinh[oa])\b|\bsolo\s+para\s+mi\b|\bso\s+pra\s+mim\b"
    r"|\b(?:party|table|mesa)\s+(?:of|for|para)\s+(?:one|uno|una|um)\b",
)
_COUPLE = re.compile(
    r"\b(?:somos|we\s*re|we\s+are)\s+(?:a\s+|una\s+|um\s+)?(?:couple|pareja|casal)\b"
)


_PUNCT = re.compile(r"^[\s,.;:!?¡¿()-]+|[\s,.;:!?¡¿()-]+$")


def _count(match: re.Match[str], language: str | None) -> int | None:
    word = match.group("n")
    for lang in dict.fromkeys((language or "en", "en", "es", "pt")):
        value = number_value(word, lang)
        if value is not None:
            return value if 1 <= value <= 99 else None
    return None


def _party_match(folded: str, language: str | None) -> tuple[int, int, int] | None:
    """(count, start, end) of the party said in `folded`, or None."""
    if (listed := people_listed(folded)) is not None:
        return listed  # "eu e minha esposa", "somos 3 + un bebé"
    for pattern, fixed in ((_ALONE, 1), (_COUPLE, 2)):
        if found := pattern.search(folded):
            return fixed, found.start(), found.end()
    for pattern in _PARTY:
        for found in pattern.finditer(folded):
            if (count := _count(found, language)) is not None:
                at = "at" if "at" in pattern.groupindex else 0
                return count, found.start(at), found.end(at)
    return None


def party_in(text: str, language: str | None = None) -> tuple[int, str] | None:
    """A count of people said in `text` and the text without it, or None.

    "Kindly book Casa Xacuti for lunch, we are 5 members" → (5, "Kindly book Casa Xacuti for
    lunch"). Only counts that say people ("we are", "somos", "4 personas", "party of") count:
    "add 2 temples" or "I have 2 kids" are not a party.
    """
    folded = _folded_keeping_length(text)
    found = _party_match(folded, language)
    if found is None:
        return None
    count, start, end = found
    left = f"{text[:start]} {text[end:]}"
    return count, _PUNCT.sub("", " ".join(left.split()))


def _folded_keeping_length(text: str) -> str:
    """`text` folded letter by letter, so positions found in it are positions in `text`."""
    return "".join(
        (fold(ch) or " ") if ch.strip() else " " for ch in text.replace("'", " ")
    ).lower()


def with_party(ops: list[ParsedTurn], text: str, language: str | None) -> list[ParsedTurn]:
    """Booking requests with the party the message gives ("book X for lunch, we are 5")."""
    listed = people_listed(_folded_keeping_length(text))
    if not any(op.intent is Intent.BOOK and (op.party_size is None or listed) for op in ops):
        return ops
    found = party_in(text, language)
    if found is None:
        return ops
    count = found[0]
    if listed:  # "somos 5 (3 adultos e 2 criancas)" read as a second booking of "2 criancas"
        ops = [op for op in ops if not _people_booked(op)] or ops
    return [_booked_for(op, count, bool(listed)) for op in ops]


def _people_booked(op: ParsedTurn) -> bool:
    said = op.target.text if op.intent is Intent.BOOK and op.target is not None else None
    return bool(said) and people_only(_folded_keeping_length(said or ""))


def _booked_for(op: ParsedTurn, count: int, listed: bool) -> ParsedTurn:
    if op.intent is not Intent.BOOK or (op.party_size is not None and not listed):
        return op  # a list of people ("somos 3 + un bebé") says more than its first count
    update: dict[str, object] = {"party_size": count}
    said = op.target.text if op.target else None
    if op.target is not None and said:
        # "reserva la Cevichería pra nós 3" leaves "la Cevichería 3": the count is no name;
        # "o Thistle & Stag, eu and minha esposa": nor are the people.
        if (people := people_listed(_folded_keeping_length(said))) is not None:
            said = said[: people[1]].rstrip(" ,;-")
        if listed:
            said = without_people(said, _folded_keeping_length(said))
        elif (inner := _party_match(_folded_keeping_length(said), None)) and not said[
            inner[2] :
        ].strip(" ,;?!.-"):
            said = said[: inner[1]].rstrip(" ,;-")  # "na Marisqueira da Foz pour 6 pessoas"
        name = re.sub(rf"(?:\s+|^){count}$", "", said).strip()
        name = re.sub(r"\s+(?:p\s*/|pour)$", "", name)  # "o Fogón Llanero p/ 3"
        # "o Thistle & Stag, somos em 5", "no Kamogawa? seremos 2": the verb of the count too
        name = _COUNT_VERB_LEFT.sub("", name).strip(" ,;?!-") or name
        update["target"] = op.target.model_copy(update={"text": name or None})
    return op.model_copy(update=update)

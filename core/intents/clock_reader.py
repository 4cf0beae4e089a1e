"""Clock times and their corrections, every way travelers type them, read once for en/es/pt.

Why: each language's phrase table reads its own "a las 8 de la noche" / "às 20h30", but the
shapes between languages fell through ("at 16h", "20hs", "half 7", "quarter to 9",
"8ish at night", "a las 4 menos cuarto", "às 3 menos um quarto da tarde", "at 1930"), and so did
a time corrected inside the message ("a las 18h, o mejor 18:30", "às 10h, não, espera, às 11h",
"tomorrow evening.. no wait, afternoon", "às 20h e não 19h30"), and a message typed in
capitals ("ADD BIRLA MANDIR DAY 1 EVENING PLEASE").

Read: the message as typed (normalized), before every language's own rewrites
(core.intents.parse.canonical). Written: the same message with each such time as digits the
tables already read ("at 20:00", "a las 18:30", "às 11:00"), the preposition said kept; a
corrected time or part of the day replaced by the one that wins; "X and not Y" said as
"X instead of Y" (the old time tells which stop moves), or just X when a place is added;
a stop asked to "be" at a time ("o almoço pode ser meio-dia e meia?", "¿la cena puede ser
21h?", "can the dinner be 8pm?") given the preposition the retime rules read.
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement, loose, rewrite, rules
from core.text import fold

_HOUR_WORDS = {
    **dict.fromkeys(("one", "una", "uma", "um"), 1),
    **dict.fromkeys(("two", "dos", "duas", "dois"), 2),
    **dict.fromkeys(("three", "tres"), 3),
    **dict.fromkeys(("four", "cuatro", "quatro"), 4),
    **dict.fromkeys(("five", "cinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "siete", "sete"), 7),
    **dict.fromkeys(("eight", "ocho", "oito"), 8),
    **dict.fromkeys(("nine", "nueve", "nove"), 9),
    **dict.fromkeys(("ten", "diez", "dez"), 10),
    **dict.fromkeys(("eleven", "once", "onze"), 11),
    **dict.fromkeys(("twelve", "doce", "doze"), 12),
}
_WORD = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
_H = rf"(?:\d{{1,2}}|{_WORD})"
_PM_PARTS = (
    r"in\s+the\s+(?:afternoon|evening)|at\s+night|tonight|p\.?m\.?|"
    r"de\s+la\s+(?:tarde|noche)|da\s+(?:tarde|noite)|de\s+(?:tarde|noche|noite)"
)
_AM_PARTS = r"in\s+the\s+morning|a\.?m\.?|de\s+la\s+manana|da\s+manha|de\s+manha|de\s+madrugada"
# What says a time is a length, not a clock ("a 2h hike", "por 3h").
_NOT_CLOCK_BEFORE = r"(?<!\ba\s)(?<!\ban\s)(?<!\bfor\s)(?<!\bpor\s)(?<!\buma\s)(?<!\bdurante\s)"


def _hour(said: str) -> int | None:
    said = fold(said).strip()
    return int(said) if said.isdigit() else _HOUR_WORDS.get(said)


def _hhmm(hours: int, minutes: int) -> str:
    return f"{hours:02d}:{minutes:02d}"


def _with_part(hours: int, minutes: int, part: str | None) -> str:
    """'H:MM' as said (bare), or 'HH:MM' once a part of the day says which half."""
    if part is None:
        return f"{hours}:{minutes:02d}"
    folded = fold(part)
    if re.fullmatch(_PM_PARTS, folded) and hours < 12:
        hours += 12
    elif re.fullmatch(_AM_PARTS, folded) and hours == 12:
        hours = 0
    return _hhmm(hours, minutes)


def _kept_part(part: str | None) -> str:
    """'tonight' still says the day; the other parts of the day are in the clock now."""
    return " tonight" if part and fold(part) == "tonight" else ""


def _fraction(match: re.Match[str]) -> str:
    """'half 7' → '7:30', 'quarter to 9' → '8:45', 'a las 4 menos cuarto' → 'a las 3:45'."""
    hours = _hour(match["h"])
    if hours is None or not 0 < hours <= 12:
        return match.group(0)
    kind = fold(match["kind"])
    part = match["part"]
    if part is None and kind.startswith(("half", "a quarter", "quarter")):
        return match.group(0)  # the English rules read "half 1", "quarter to 9" themselves
    if kind.startswith(("half", "meia", "media")):
        minutes = 30
    elif "past" in kind or kind.startswith(("y ", "e ")):
        minutes = 15
    else:
        hours, minutes = (hours - 1) or 12, 45
    return f"{match['lead'] or ''}{_with_part(hours, minutes, part)}{_kept_part(part)}"


def _hour_then_part(match: re.Match[str]) -> str:
    """'8ish at night' → '20:00', '9 in the morning' → '09:00' (English leaves them apart)."""
    hours = _hour(match["h"])
    minutes = int(match["m"] or 0)
    if hours is None or not 0 < hours <= 12:
        return match.group(0)
    part = match["part"]
    return f"{match['lead']}{_with_part(hours, minutes, part)}{_kept_part(part)}"


def _h_clock(match: re.Match[str]) -> str:
    """'20h', '20hs', '9h15', '21H': a 24-hour clock."""
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if hours > 24 or minutes > 59:
        return match.group(0)
    return _hhmm(hours % 24, minutes)


_LEAD = r"(?P<lead>\b(?:at|around|about|by|to|until|a\s+las?|as|às|pelas|pras|para\s+las?|tipo)\s+)"
_PAIRS: list[tuple[str, Replacement]] = [
    # "half 7", "half past seven", "quarter to 9", "a quarter past 8", "4 menos cuarto",
    # "3 menos um quarto", "quinze para as 9": the minutes said around the hour.
    (
        rf"{_LEAD}?\b(?P<kind>half(?:\s+past)?|(?:a\s+)?quarter\s+(?:past|to|til|till))\s+"
        rf"(?P<h>{_H})\b(?:\s*(?:ish|o'?clock))?(?:\s+(?P<part>{_PM_PARTS}|{_AM_PARTS}))?\b",
        _fraction,
    ),
    (
        rf"{_LEAD}?\b(?P<h>{_H})\s+(?P<kind>menos\s+(?:um\s+)?(?:cuarto|quarto))\b"
        rf"(?:\s+(?P<part>{_PM_PARTS}|{_AM_PARTS}))?\b",
        _fraction,
    ),
    # "at 1930", "a las 2030": a 24-hour clock without its colon, after a preposition.
    (
        r"(?P<lead>\b(?:at|around|by|las|as|às)\s)(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\b",
        r"\g<lead>\g<h>:\g<m>",
    ),
    # "18:30 hrs", "9:30h": the clock said, and the hours named after it.
    (r"\b(?P<c>\d{1,2}:\d{2})\s?(?:h|hs|hrs|horas)\b", r"\g<c>"),
    # "20h", "20hs", "20hrs", "9h15", "16H": the 24-hour clock of Europe and Latin America.
    (
        rf"{_NOT_CLOCK_BEFORE}(?<![:.\d])\b(?P<h>\d{{1,2}})\s?(?:h|hs|hrs)(?P<m>\d{{2}})?\b"
        r"(?!\s*(?:tour|hike|walk|drive|trip|ride|long|de\s+(?:caminhada|viaje|viagem)))",
        _h_clock,
    ),
    # "8ish", "around 3-ish": about that hour.
    (r"\b(?P<h>\d{1,2}(?::\d{2})?)\s*-?ish\b", r"\g<h>"),
    # "8 at night", "around 8 in the evening", "9 in the morning", "8:30 tonight".
    (
        rf"(?P<lead>\b(?:at|around|about|by|to|until)\s+)(?P<h>{_H})(?::(?P<m>\d{{2}}))?\s+"
        r"(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight)\b",
        _hour_then_part,
    ),
    # "10:30 de la noche", "8:15 da noite", "9:45 in the evening" with no preposition before:
    # a clock with its minutes is a time whatever comes before it.
    (
        rf"(?P<lead>)(?<![:.\d])\b(?P<h>\d{{1,2}}):(?P<m>[0-5]\d)\s+(?P<part>{_PM_PARTS}|{_AM_PARTS})\b",
        _hour_then_part,
    ),
]
_BE_PREP = {"pode": "às", "podia": "às", "poderia": "às", "puede": "a las", "podria": "a las"}


def _be_at(match: re.Match[str]) -> str:
    """'pode ser meio-dia e meia' → 'pode ser às meio-dia e meia': the clock its preposition.

    Spanish says the thing and its time with no verb ("la cena a las 9"): "puede ser" goes.
    ("às meio-dia" is no Portuguese, but the tables read it, and as a time.)
    """
    prep = match["prep"] or _BE_PREP.get(fold(match["verb"]), "at")
    spanish = fold(match["verb"]) in {"puede", "podria"}
    if spanish:
        clock = match["v"] if re.match(r"\d", match["v"]) else "12:00"  # "al mediodía"
        return f"a las {clock}"
    return f"{match['said']} {prep} {match['v']}"


_PAIRS.append(
    # "o almoço pode ser meio-dia e meia?", "¿la cena puede ser 21h?", "can it be 8pm?"
    (
        r"(?P<said>\b(?P<verb>pode|podia|poderia|puede|podria|can|could)\s+(?:\w+\s+){0,3}?"
        r"(?:ser|be))\s+(?:(?P<prep>al|a\s+las?|at)\s+)?"
        r"(?P<v>(?:meio[\s-]dia|mediodia|noon|midday|\d{1,2}(?::\d{2})?(?:\s*(?:am|pm))?)\b)",
        _be_at,
    )
)
_CLOCK_RULES = rules(_PAIRS)

# A clock as the tables read it after the rules above (with the preposition said).
_PREP = r"(?:at|around|about|by|to|a\s+las?|as|às|pelas|pras|para\s+las?|tipo)"
_VALUE = (
    rf"(?:\d{{1,2}}(?::\d{{2}})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|{_WORD}|noon|midday|"
    r"(?:al\s+|ao\s+)?(?:mediodia|meio[\s-]dia)(?:\s+e\s+meia)?)"
    rf"(?:\s+(?:{_PM_PARTS}|{_AM_PARTS}|horas?))?"
)
_CLOCK = rf"(?:(?P<PREP>{_PREP})\s+)?(?P<VALUE>{_VALUE})"


def _clock(prep: str, value: str) -> str:
    return _CLOCK.replace("PREP", prep).replace("VALUE", value)


# Words that take back what was said before them and say it again.
_TAKE_BACK = (
    r"(?:\.\.+|…|[,;:]|\s-+)?\s*(?:(?:no|nah|nope|não|nao|ah|oh|uh|um+)\s*[,.]?\s+)?"
    r"(?:no\s+wait|wait|actually|i\s+mean|sorry|make\s+it|better|rather|o\s+mejor|ou\s+melhor|"
    r"mejor\s+dicho|mejor|melhor|mas\s+bien|no\s+perd[oó]n|perd[oó]n|perd[aã]o|digo|"
    r"quiero\s+decir|quer\s+dizer|o\s+sea|ou\s+seja|espera|pera|espere|desculpa|"
    r"no(?=\s*[,.])|n[aã]o(?=\s*[,.]))"
    r"(?:\s*[,.]?\s*(?:espera|pera|wait|make\s+it|mejor|melhor|better|rather|sorry)\b)*[\s,.]*"
)
_REPLACED = loose(_clock("p1", "v1") + r"\s*" + _TAKE_BACK + _clock("p2", "v2") + r"\b")
# "at 8 and not 9", "às 20h e não 19h30", "a las 11 y no a las 10", "at 8, not 9".
_KEPT = loose(
    _clock("p1", "v1")
    + r"\s*,?\s+(?:and\s+not|not|e\s+nao|y\s+no|no)\s+"
    + _clock("p2", "v2")
    + r"\b(?![:.]?\d)"
)
_PART = (
    r"(?:(?:in|on|at|during|this|en|por|a|de|na|no|pela|de|à)\s+(?:the\s+|la\s+|a\s+|o\s+)?)?"
    r"(?:morning|afternoon|evening|night|manana|mañana|tarde|noche|manha|manhã|noite)"
)
_PART_REPLACED = loose(
    rf"\b(?P<p1>{_PART})\s*{_TAKE_BACK}(?P<p2>{_PART})\b(?!\s+(?:de|da|del|do)\b)"
)
_ADDING = loose(
    r"^\W*(?:(?:pls|please|can\s+you|could\s+you|por\s+favor|hola|oi|ola)[\s,!]+)*"
    r"(?:add|put|agrega|anade|pon|adiciona|acrescenta|coloca|bota|poe|mete)\b"
)


def _a_clock(prep: str | None, value: str) -> bool:
    """A time for sure: said with "at" / "a las" / "às", or as "18:30", "7pm", "noon"."""
    return bool(prep) or re.fullmatch(r"\d{1,2}|" + _WORD, fold(value).strip()) is None


def _replaced(match: re.Match[str]) -> str:
    if not _a_clock(match["p1"], match["v1"]):
        return match.group(0)  # "day 2, actually 3pm": the 2 was no time
    prep = match["p2"] or match["p1"]
    return f"{prep} {match['v2']}" if prep else match["v2"]


def _kept(text: str) -> str:
    def keep(match: re.Match[str]) -> str:
        first = match.group(0)[: match.end("v1") - match.start()]
        if not _a_clock(match["p1"], match["v1"]):
            return match.group(0)
        if _ADDING.search(text):
            return first  # a place added: the time not wanted tells nothing
        return f"{first} instead of {match['v2']}"

    return _KEPT.sub(keep, text)


def _unshouted(text: str) -> str:
    """A message typed in capitals, in lower case: capitals then say nothing about names."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
        return text.lower()
    return text


def read_clock(text: str) -> str:
    """The message with its times in digits and its corrected times and parts of day settled."""
    text = rewrite(_unshouted(text), _CLOCK_RULES)
    text = _REPLACED.sub(_replaced, text)
    text = _PART_REPLACED.sub(lambda m: m["p2"], text)
    return _kept(text)

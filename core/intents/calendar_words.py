"""Days and parts of the day as travelers type them, read once for every language.

Why: each language's table reads its weekdays after a preposition ("na quinta", "el jueves"),
but chat drops both the preposition and the letters: "qnta a noite", "sex de manhã",
"jue por la mañana", "sáb.", "5ª feira", and a day set off by a comma ("praia calminha, quinta
de manhã", "una heladería, sábado"). The trip's own last night ("última noite, a janta…",
"la última noche", "on our last night") named no day at all; nor did the diminutive afternoons
("por la tardita", "de tardezinha", "fim de tarde", "this arvo"); and Spanish "la cena de
mañana" (tomorrow's dinner) was read as a dinner in the morning.

Read: the message in the grammar so far (core.intents.parse.canonical), before the language's
own tables. Written: the words the English grammar reads ("on thursday", "on the last day in
the evening", "in the afternoon", "dinner tomorrow"), so every table after sees a plain day.
A short weekday is one only where a day is expected: before a part of the day, a time or a
meal, after a preposition of days, with its dot or "feira", or as the whole reply ("sex").
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement, Rule, rewrite, rules
from core.intents.weekday_forms import plain_weekdays
from core.text import fold

_ENGLISH = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Short forms of the weekdays in Portuguese and Spanish (accent-free, see lexicon.loose).
# Spanish "mar" (martes) is left out: it is the sea far more often than Tuesday.
_SHORT: dict[str, int] = {
    **dict.fromkeys(("seg", "lun"), 0),
    **dict.fromkeys(("ter",), 1),
    **dict.fromkeys(("qua", "qrt", "mie", "mier", "mierc"), 2),
    **dict.fromkeys(("qui", "qnta", "qta", "quin", "jue", "juev"), 3),
    **dict.fromkeys(("sex", "sext", "sxt", "vie", "vier"), 4),
    **dict.fromkeys(("sab",), 5),
    **dict.fromkeys(("dom",), 6),
}
# Full weekday names of both languages, for a day said with no preposition.
_FULL: dict[str, int] = {
    **dict.fromkeys(("segunda", "lunes"), 0),
    **dict.fromkeys(("terca", "martes"), 1),
    **dict.fromkeys(("quarta", "miercoles"), 2),
    **dict.fromkeys(("quinta", "jueves"), 3),
    **dict.fromkeys(("sexta", "viernes"), 4),
    **dict.fromkeys(("sabado",), 5),
    **dict.fromkeys(("domingo",), 6),
}
# "2ª feira" … "6ª feira": Portuguese weekdays by number (segunda is the 2nd).
_NUMBERED = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4}

# What says a word before it is a day: a part of the day, a time, a meal (pt/es/en).
_PART_WORDS = (
    r"noite|manha|manana|tarde|tardinha|tardezinha|madrugada|noche|tardecita|tardita|"
    r"morning|afternoon|evening|night|arvo"
)
_DAY_FOLLOWS = (
    r"(?=\s*(?:"
    rf"(?:(?:a|de|pela|na|em|en\s+la|por\s+la|a\s+la|de\s+la|x\s+la|in\s+the|at)\s+)?(?:{_PART_WORDS})\b"
    r"|(?:cedo|cedinho|cedinho|temprano|tempranito)\b"
    r"|(?:(?:no|o|pro|al|el|pa|para|for)\s+)?(?:almoco|jantar|janta|cafe\s+da\s+manha|almuerzo|"
    r"cena|desayuno|brunch|lunch|dinner|breakfast)\b"
    r"|(?:(?:as|a\s+las|at|tipo|pelas|las|la|around|por\s+volta\s+das)\s+)?\d{1,2}(?:[:h]\d\d|h|hs|am|pm)?\b"
    r"|(?:at\s+|al\s+|ao\s+)?(?:noon|midday|mediodia|meio[- ]dia)\b"
    r"))"
)
# After which a short weekday is a day: "na qui", "pro sab", "el jue", "hasta el vie".
_DAY_PREP = (
    r"(?:na|no|nesta|neste|nessa|nesse|pra|pro|para\s+a|para\s+o|ate\s+a|ate\s+o|ate|"
    r"a\s+partir\s+de|toda|todo|cada|el|este|esta|para\s+el|pal|hasta\s+el|desde\s+el|del)\s+"
)
# A short weekday does not name the day before a name ("no Dom Luís") or "de/da" + a noun.
_NOT_A_NAME = r"(?!\s+(?-i:[A-Z]))(?!\s+d[aeo]s?\s+(?!(?:" + _PART_WORDS + r")\b))"
_SHORT_WORDS = "|".join(sorted(_SHORT, key=len, reverse=True))
_FULL_WORDS = "|".join(sorted(_FULL, key=len, reverse=True))
_FEIRA = r"(?:[- ]?feira)"


def _day(index: int) -> str:
    return f"on {_ENGLISH[index]}"


def _short(match: re.Match[str]) -> str:
    """'qnta', 'sex.', 'jue': the weekday, the preposition said before it dropped."""
    return _day(_SHORT[fold(match.group("short"))])


def _full(match: re.Match[str]) -> str:
    """'quinta', 'sábado' where a day goes: the weekday, the comma before it kept."""
    return f"{match.group('lead') or ''}{_day(_FULL[fold(match.group('full'))])}"


# Words after which a weekday is not bare: the language's own tables read "el/del/na lunes";
# "Santo Domingo", "São Domingos" are names.
_NOT_BARE = frozenset(
    """la el los las del de al a o os as da do na no nos nas ao pra pro pal para hasta desde
    ate este esta neste nesta cada todo toda todos todas proximo proxima on this next santo san
    sao""".split()
)


def _bare_full(match: re.Match[str]) -> str:
    """'sábado de manhã' with nothing before it: the weekday; 'del lunes' is left as said."""
    prev = match.group("prev") or ""
    if fold(prev) in _NOT_BARE:
        return match.group(0)
    return f"{prev} {_day(_FULL[fold(match.group('full'))])}".strip()


def _numbered(match: re.Match[str]) -> str:
    """'5ª feira' → Thursday (segunda is the 2nd day of the Portuguese week)."""
    return _day(_NUMBERED[match.group("n") or match.group("n2")])


_WEEKDAY_PAIRS: list[tuple[str, Replacement]] = [
    # "5ª feira", "6a-feira", "na 2ª"
    (
        rf"(?:\b{_DAY_PREP})?(?:\b(?P<n>[2-6])\s*(?:a|ª|º|o)?{_FEIRA}\b|\b(?P<n2>[2-6])ª(?!\w))",
        _numbered,
    ),
    # "ter" is also "to have": only with its dot, "feira" or a preposition of days.
    (rf"(?:\b{_DAY_PREP})?\b(?P<short>ter)(?:\.(?=\s|$)|{_FEIRA}\b)", _short),
    (
        rf"\b(?:na|nesta|pra|ate\s+a|toda)\s+(?P<short>ter)\b{_NOT_A_NAME}(?!\s+(?:que|de)\b)",
        _short,
    ),
    # Any short weekday: with its dot or "feira", or before a part of the day, a time, a meal.
    (rf"(?:\b{_DAY_PREP})?\b(?P<short>{_SHORT_WORDS})(?:\.(?=\s|$)|{_FEIRA}\b)", _short),
    (rf"(?:\b{_DAY_PREP})?\b(?P<short>{_SHORT_WORDS})\b(?<!\bter){_DAY_FOLLOWS}", _short),
    (rf"\b{_DAY_PREP}(?P<short>{_SHORT_WORDS})\b(?<!\bter){_NOT_A_NAME}", _short),
    # The whole reply is the day ("sex", "jue.", "qui?"): an answer to "which day?".
    (rf"^\s*(?P<short>{_SHORT_WORDS})\s*[.!?]*\s*$", _short),
    # A full weekday with no preposition where a day goes: after a comma or at the start,
    # before a part of the day, a time, a meal or the end; anywhere with "feira".
    (
        rf"(?<!\bsanto\s)(?<!\bsan\s)(?<!\bsao\s)(?<!\bsão\s)"
        rf"(?P<lead>(?:^|(?<=[,;:])|(?<=\s-))\s*)(?:(?:e|y|and)\s+)?\b(?P<full>{_FULL_WORDS})"
        rf"{_FEIRA}?\b(?=\s*(?:$|[,.;!?]))",
        _full,
    ),
    (
        rf"(?:\b(?P<prev>[^\W\d_]+)\s+)?(?<![-\w])(?P<full>{_FULL_WORDS})"
        rf"(?:{_FEIRA}\b|\b{_DAY_FOLLOWS})",
        _bare_full,
    ),
]

_LAST_PART = {
    "noite": "in the evening", "noche": "in the evening", "night": "in the evening",
    "evening": "in the evening", "tarde": "in the afternoon", "afternoon": "in the afternoon",
    "manha": "in the morning", "manana": "in the morning", "morning": "in the morning",
}  # fmt: skip


def _last(match: re.Match[str]) -> str:
    part = _LAST_PART.get(fold(match.group("part") or ""), "")
    return f"on the last day {part}".strip()


_DAY_PAIRS: list[tuple[str, Replacement]] = [
    # The trip's last night / evening / afternoon / morning (its last day).
    (
        r"\b(?:(?:em|en|na|para|pra|pa)\s+)?(?:(?:a|la|nossa|nuestra|minha|mi)\s+)?"
        r"(?:ultima|derradeira)\s+(?P<part>noite|noche|tarde|manha|manana)\b"
        r"(?:\s+(?:da|de\s+la|del|de\s+nuestro|de\s+nossa)\s+(?:viagem|viaje))?",
        _last,
    ),
    (
        r"\b(?:(?:on|for|in)\s+)?(?:the|our|my)\s+(?:very\s+)?(?:last|final)\s+"
        r"(?P<part>night|evening|afternoon|morning)\b(?:\s+of\s+(?:the|our)\s+trip)?",
        _last,
    ),
    # "last night" said for the trip: with "of the trip", or opening the message ("last
    # night, dinner somewhere romantic"); else it is yesterday, and no day of the trip.
    (
        r"^\s*last\s+(?P<part>night)\b(?=\s*[,:-])|\blast\s+(?P<p2>night)\s+of\s+(?:the|our)\s+trip\b",
        lambda m: "on the last day in the evening",
    ),
    # Diminutive and colloquial afternoons: "por la tardita", "de tardezinha", "this arvo".
    (
        r"\b(?:(?:en|por|a|de|x|pela|na|a|de|ao|no)\s+)?(?:la\s+)?"
        r"(?:tardita|tardecita|tardinha|tardezinha)\b",
        "in the afternoon",
    ),
    (r"\b(?:(?:no|ao|num|pro)\s+)?(?:fim|final|finalzinho)\s+de\s+tarde\b", "in the afternoon"),
    (r"\bthis\s+arvo\b|\bs'?arvo\b", "this afternoon"),
    (r"\b(?:(?:in|on)\s+the\s+)?arvo\b", "in the afternoon"),
    # "el desayuno de mañana", "la cena de mañana": tomorrow's, not a morning one.
    (
        r"\b(?P<what>desayuno|almuerzo|comida|cena|brunch|merienda|plan|planes|agenda|"
        r"itinerario|programa|salida|paseo|tour|excursion|visita|actividad|actividades)\s+"
        r"de\s+manana\b(?!\s+(?:temprano|tempranito|bien\s+temprano))",
        lambda m: f"{m.group('what')} tomorrow",
    ),
]

WEEKDAY_RULES: tuple[Rule, ...] = rules(_WEEKDAY_PAIRS)
DAY_RULES: tuple[Rule, ...] = rules(_DAY_PAIRS)


def read_calendar(text: str, language: str | None) -> str:
    """The message with its days and parts of the day in the words the grammar reads."""
    text = rewrite(plain_weekdays(text), DAY_RULES)
    if language == "en":
        return text  # English short weekdays: core.intents.english
    return rewrite(text, WEEKDAY_RULES)

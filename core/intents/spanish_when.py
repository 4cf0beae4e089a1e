"""When, said the Spanish way: parts of the day, meals by their local names, verbless retimes.

"x la tarde", "a la mañana", "al atardecer" are parts of the day; "bien temprano, tipo 7" is
7 in the morning; "la once", "merienda" (the afternoon tea of Chile, Spain and the River Plate)
is a café in the afternoon; "cenamos en X" / "¿qué almorzamos el viernes?" ask for a meal;
"el kaiseki a las 8 de la noche mejor" moves the kaiseki, though no verb says so.
"""

from __future__ import annotations

import re
import unicodedata

from core.intents.clause_spans import same_clause
from core.intents.lexicon import Replacement
from core.text import fold

_MORNING = r"temprano|tempranito|de\s+manana|(?:en|por|a|de)\s+la\s+manana|mananita|madrugada"
_AFTERNOON = r"(?:en|por|a|de|x)\s+la\s+tarde|de\s+tarde|tardecita"
_EVENING = r"(?:en|por|a|de|x)\s+la\s+noche|de\s+noche|esta\s+noche|anoche"
# A bare hour: "a las 7", "tipo 7", "como a las 7 y media", not "a las 7 de la tarde" / "7pm".
_BARE_HOUR = re.compile(
    r"\b(?P<clock>(?:(?:a|para|desde|hasta|como\s+a|sobre)\s+las?\s+|tipo\s+(?:las?\s+)?)"
    r"(?:\d{1,2}(?:[:.]\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
    r"(?:\s+y\s+(?:media|cuarto))?)\b"
    r"(?!\s*(?:de\s+la|en\s+la|por\s+la|am|pm|a\.m|p\.m|h\b|hs|hrs|:|\d|dias|personas))"
    r"(?!\s+y\s+(?:media|cuarto))",
    re.IGNORECASE,
)


def _hour_in_part(text: str) -> str:
    """'bien temprano, tipo 7' → 'bien temprano, tipo 7 de la manana': the part says the half.

    Only a part said on its own counts, and only for an hour of its own clause: in "X a las 10
    y la cena a las 8 de la noche" the night is the 8's (core.intents.clause_spans).
    """
    folded = _plain(text)
    halves = ((_MORNING, "de la manana"), (_AFTERNOON, "de la tarde"), (_EVENING, "de la noche"))
    said_parts = [(_free_parts(folded, pattern), half) for pattern, half in halves]
    parts, half = next(((found, half) for found, half in said_parts if found), ([], ""))
    if not parts:
        return text
    clocks = [
        clock
        for clock in _BARE_HOUR.finditer(text)
        if any(same_clause(folded, clock.start(), part.start()) for part in parts)
    ]
    if len(clocks) != 1:
        return text
    clock = clocks[0]
    said = clock.group("clock")
    if re.match(r"tipo|sobre|como", said, re.IGNORECASE):
        said = re.sub(
            r"^(?:tipo|sobre|como\s+a)\s+(?:las?\s+)?", "a las ", said, flags=re.IGNORECASE
        )
    return f"{text[: clock.start()]}{said} {half}{text[clock.end() :]}"


def _free_parts(folded: str, pattern: str) -> list[re.Match[str]]:
    """Where a part of the day is said on its own, not right after an hour."""
    return [
        part
        for part in re.finditer(rf"\b(?:{pattern})\b", folded)
        if not _ATTACHED.search(folded[: part.start()])
    ]


def _plain(text: str) -> str:
    """`text` lowercased without accents, each character where it was (positions kept)."""
    return "".join(unicodedata.normalize("NFKD", ch)[:1] or ch for ch in text).lower()


# A part of the day said right after an hour is that hour's ("a las 8 de la noche").
_ATTACHED = re.compile(
    r"(?:\d|\b(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|media|cuarto))"
    r"\s*$"
)


_MEAL_VERBS = {
    "desayun": "breakfast",
    "almorz": "lunch",
    "almuerz": "lunch",
    "cen": "dinner",
    "com": "lunch",
}


def _meal_of(verb: str) -> str:
    folded = fold(verb)
    return next(meal for stem, meal in _MEAL_VERBS.items() if folded.startswith(stem))


_MEAL_VERB = r"(?P<verb>desayunamos|almorzamos|almuerzo|cenamos|comemos|desayuno|ceno)"

WHEN_PAIRS: list[tuple[str, Replacement]] = [
    # "pasa Getsemaní al 4": after a verb that moves, "al 4" is a day ("a las 4" is the hour).
    (
        r"\b(?P<v>pasa|mueve|cambia|lleva|manda|move)(?P<mid>(?:\s+\S+){1,5}?)\s+al\s+"
        r"(?P<n>\d{1,2})\b(?!\s*(?:h\b|hs\b|hrs\b|:|\.\d|am\b|pm\b|de\s+la|y\s+media))",
        r"\g<v>\g<mid> al dia \g<n>",
    ),
    # "bien temprano, tipo 7": the hour is in the part of the day said with it.
    (r"^.+$", lambda m: _hour_in_part(m.group(0))),
    (r"\b(?:bien|muy|super|re)\s+(?=temprano|tempranito|tarde\b|de\s+manana)", ""),
    # Parts of the day the way they are said from Mexico to the River Plate.
    (r"\b(?:a|x)\s+la\s+manana\b(?!\s+siguiente)|\ba\s+media\s+manana\b", "por la manana"),
    (
        r"\b(?:a|x)\s+la\s+tarde\b|\ba\s+media\s+tarde\b|\b(?:en\s+la\s+)?tardecita\b",
        "por la tarde",
    ),
    (r"\bx\s+la\s+noche\b", "por la noche"),
    (
        r"\b(?:al|a\s+la\s+hora\s+del|para\s+el|pal|pa\s+el|en\s+el)\s+atardecer\b"
        r"|\b(?:a\s+la|para\s+la|en\s+la)\s+puesta\s+de(?:l)?\s+sol\b|\bcuando\s+(?:se\s+pone|cae)\s+el\s+sol\b",
        "at sunset",
    ),
    (r"\b(?:al|para\s+el|pal)\s+amanecer\b|\bcuando\s+sale\s+el\s+sol\b", "at sunrise"),
    # The afternoon meal by its local names: "la once", "onces", "merienda", "merendar".
    (
        r"\b(?:(?:pa|para|de|a\s+la\s+hora\s+de)\s+)?"
        r"(?:(?:tomar|hacer)\s+(?:la\s+|las\s+)?onces?|la\s+once|onces)\b",
        "cafe in the afternoon",
    ),
    (
        r"\b(?:(?:pa|para|de|a\s+la\s+hora\s+de)\s+)?(?:la\s+)?merienda\b"
        r"|\b(?:pa|para|de)?\s*merendar\b",
        "cafe in the afternoon",
    ),
    # "¿qué almorzamos el viernes?", "cenamos en Casa X hoy": asking for a meal is adding one.
    (
        rf"^(?:y\s+)?(?:que|q)\s+{_MEAL_VERB}\b",
        lambda m: f"add for {_meal_of(m.group('verb'))}",
    ),
    (
        rf"(?:^|(?<=\s))(?P<pre>(?:y\s+)?(?:hoy|manana|el\s+\w+|esta\s+noche)\s+)?{_MEAL_VERB}\s+"
        r"(?:en|algo\s+de|algo|un|una)\b",
        lambda m: f"{m.group('pre') or ''}add for {_meal_of(m.group('verb'))}",
    ),
]

# "el kaiseki a las 8 de la noche mejor", "la cena del martes para las 9": the thing named
# with "the" and a new time, and no verb, is that thing moved to the time.
RETIME_PAIRS: list[tuple[str, Replacement]] = [
    (
        r"^(?:(?:y|bueno|mejor|entonces|ah)[\s,]+)?"
        r"(?P<x>(?:el|la|los|las)\s+(?!(?:dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
        r"primer|segundo|tercer|ultimo|proximo|siguiente)\b)[^,?!.]+?)\s*,?\s+"
        r"(?:(?:mejor|mas\s+bien|entonces)\s+)?"
        r"(?P<t>(?![^,?!]*\b(?:un|una|unos|unas|algo)\b)(?:a|para|tipo|sobre|como\s+a)\s+las?\s+"
        r"(?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)[^,?!]*?)"
        r"(?:\s*,?\s*(?:mejor|mas\s+bien|por\s+favor|porfa|please))*\s*[.!?]*$",
        lambda m: _moved(m.group("x"), m.group("t")),
    ),
]

_A_VERB = re.compile(
    r"\b(?:agreg|anad|pon|quit|sac|borr|elimin|muev|pas|cambi|reemplaz|reserv|busc|sum|met|inclu|"
    r"dej|adelant|atras|corr|llev|mand|quier|quisier|gustar|hay|tengo|tenemos|es|son|esta)\w*\b",
)


def _moved(thing: str, when: str) -> str:
    if _A_VERB.search(fold(thing)):
        return f"{thing} {when}"
    return f"mueve {thing} {when}"

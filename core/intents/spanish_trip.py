"""Changes to the whole trip and to whole days, said the Spanish way.

"agrégale un día más al viaje", "nos quedamos solo 4 días", "empezamos el 12 de diciembre",
"el viaje empieza el 14 de dic, no el 7", "pasá lo del martes al miércoles y lo del miércoles
al martes", "hacé el día 2 primero y el 1 después", "deja libre el miércoles", and a traveler
correcting the day they just said ("el día 2, no perdón, el 3").
"""

from __future__ import annotations

import re

from core.intents.lexicon import NOT_A_DATE, Counting, Replacement

_NUM = (
    r"\d{1,2}|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
    r"catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintidos|"
    r"veintitres|veinticuatro|veinticinco|veintiseis|veintisiete|veintiocho|veintinueve|treinta|"
    r"treinta\s+y\s+uno|primero"
)
_COUNTING = Counting("es", {"primero": 1})
_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    r"diciembre|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic"
)
_WEEKDAY = r"lunes|martes|miercoles|jueves|viernes|sabado|domingo"
# A day said as a weekday, "el día 2", "el 2" or "el primer día".
_DAY = (
    rf"(?:dia\s+\d{{1,2}}|{_WEEKDAY}|\d{{1,2}}|"
    r"primer\s+dia|ultimo\s+dia|segundo\s+dia|tercer\s+dia)"
)


def _day(said: str) -> str:
    """'2' → 'el dia 2'; a weekday or 'dia 2' stays as said, with its article."""
    said = " ".join(said.split())
    return f"el dia {said}" if said.isdigit() else f"el {said}"


def _counted_date(match: re.Match[str]) -> str:
    """'diez de diciembre' → '10 de diciembre' (dates are read from digits)."""
    return f"{_COUNTING.count(' '.join(match.group('n').split()))} de {match.group('m')}"


TRIP_PAIRS: list[tuple[str, Replacement]] = [
    # Opening words that only call attention: "ojo q …", "oye, …".
    (r"^(?:ojo|ojito|atencion|aviso)\s*[,!:]?\s*(?:(?:que|q)\s+)?", ""),
    # "me equivoqué" opens an undo or a correction: said as "oops".
    (
        r"^(?:(?:ay|uy|ups|uf|hay)\s*[,!]?\s*)?(?:no\s*,?\s*)?(?:me\s+equivoqu\w*|me\s+confund\w*|"
        r"la\s+cague|la\s+regue|meti\s+la\s+pata)\b\s*[,.!]*\s*",
        "oops, ",
    ),
    (
        r"^(?:(?:y|bueno|entonces)\s+)?(?:la\s+|nuestra\s+|mi\s+)?fecha\s+de\s+(?:inicio|salida|llegada|comienzo)"
        r"\s+(?:es|sera|seria|queda|pasa\s+a\s+ser)\s+(?:el\s+)?",
        "cambia la fecha de inicio al ",
    ),
    # Dates with the day in words: "al diez de diciembre".
    (rf"\b(?P<n>{_NUM})\s+de\s+(?P<m>{_MONTHS})\b", _counted_date),
    # "el 14 de dic, no el 7": the date said, then the one it replaces.
    (
        rf"(?P<m>\b(?:{_MONTHS}))\s*,?\s*(?:y\s+)?no\s+(?:el|en|para\s+el|desde\s+el)\s+\d{{1,2}}"
        rf"(?:\s+de\s+(?:{_MONTHS}))?\b",
        lambda m: m.group("m"),
    ),
    # "… llegamos el 9 de diciembre, corré todo el viaje": the date says it all.
    (
        rf"(?P<d>\b\d{{1,2}}\s+de\s+(?:{_MONTHS}))\s*,?\s*(?:y\s+|asi\s+que\s+)?"
        r"(?:corr|muev|pas|adelant|atras|rod|cambi)\w*\s+todo\b.*$",
        lambda m: m.group("d"),
    ),
    # "empezamos el 12", "arrancamos el lunes 14": the trip's new start.
    (
        rf"^.*?\b(?:empezamos|arrancamos|comenzamos|iniciamos|empezaremos|salimos)\s+"
        rf"(?=(?:el\s+)?(?:\w+\s+)?\d{{1,2}}\s+de\s+(?:{_MONTHS})\b)",
        "we start ",
    ),
    # Days added: "agrégale un día más al viaje", "súmale 2 días".
    (
        r"\b(?:agreg|anad|sum|pon|met|alarg|extiend)\w*\s+(?:un|1|otro)\s+dia(?:\s+mas)?"
        r"(?:\s+(?:al|a\s+mi|a\s+nuestro|del)\s+viaje)?\b",
        "add a day",
    ),
    (
        rf"\b(?:agreg|anad|sum|pon|met|alarg|extiend)\w*\s+(?:el\s+viaje\s+)?(?P<n>{_NUM})\s+"
        r"dias(?:\s+mas)?(?:\s+(?:al|a\s+mi|a\s+nuestro)\s+viaje)?\b",
        _COUNTING.counted("add {n} days"),
    ),
    # "al final nos quedamos solo 4 días(, acorta el viaje)": the trip's new length.
    (
        rf"\b(?:nos\s+quedamos|nos\s+vamos\s+a\s+quedar|vamos\s+a\s+estar|estaremos|son|seran|"
        rf"tenemos|me\s+quedo)\s+(?:solo|solamente|nada\s+mas|apenas|al\s+final)\s+(?P<n>{_NUM})\s+"
        r"dias\b(?:\s*[,.]?\s*(?:y\s+|asi\s+que\s+)?(?:acort|recort|reduc|achic)\w*\s+(?:el|mi|nuestro)\s+"
        r"viaje\b)?",
        _COUNTING.counted("shorten the trip to {n} days"),
    ),
    # Two days traded: "pasá lo del martes al miércoles y lo del miércoles al martes".
    (
        rf"\b(?:pas|muev|cambi|llev)\w*\s+(?:todo\s+)?lo\s+del?\s+(?:(?:el\s+)?)(?P<dx>{_DAY})\s+"
        rf"(?:al|para\s+el|pal|a)\s+(?P<dy>{_DAY})\s+y\s+(?:todo\s+)?(?:lo\s+)?del?\s+(?:el\s+)?(?P=dy)\s+"
        r"(?:al|para\s+el|pal|a)\s+(?P=dx)\b",
        lambda m: f"intercambia {_day(m.group('dx'))} con {_day(m.group('dy'))}",
    ),
    # "hacé el día 2 primero y el 1 después": the order of two days changed.
    (
        rf"^.*?\b(?:hac|hag|ver|pon|dej)\w*\s+(?:el\s+)?(?P<dx>{_DAY})\s+(?:primero|antes)\s*,?\s+"
        rf"y\s+(?:el\s+)?(?P<dy>{_DAY})\s+(?:despues|luego|al\s+final)\b.*$",
        lambda m: f"intercambia {_day(m.group('dx'))} con {_day(m.group('dy'))}",
    ),
    (
        r"\b(?:cambi|invert|inviert|altern)\w*\s+(?:el\s+)?orden\s+(?:de\s+los\s+dias\s+|del?\s+)?",
        "intercambia ",
    ),
    (
        r"(?<=\d)\s*[?.!,]+\s*(?:mejor\s+)?(?:hacer|ver)?\s*(?:el\s+)?\d{1,2}\s+(?:antes|primero)\b.*$",
        "",
    ),
    # "pal desayuno del 2": a bare number after "del" is the day of the trip.
    (
        r"\b(?P<p>del|pal|para\s+el)\s+(?P<n>\d{1,2})\b"
        + NOT_A_DATE
        + r"(?!\s*(?:h\b|hs|hrs|:|am|pm|de\s+la|personas|pax|y\s+media|estrellas|\*))",
        lambda m: f"{m.group('p')} dia {m.group('n')}",
    ),
    # "deja libre el miércoles", "deja el día 3 libre": clear that day.
    (
        rf"\bdej\w*\s+(?:libre|vacio|vacia|en\s+blanco|sin\s+nada)\s+(?P<d>(?:el\s+)?{_DAY})\b",
        lambda m: f"vacia {m.group('d')}",
    ),
    (
        rf"\bdej\w*\s+(?P<d>el\s+(?:{_WEEKDAY}))\s+(?:libre|vacio|en\s+blanco|sin\s+nada)\b",
        lambda m: f"vacia {m.group('d')}",
    ),
    # "déjalo para el día siguiente", "deja el museo para el jueves": a move.
    (
        r"\bdeja(?:lo|la|los|las)\s+(?=(?:para|pa|pal|al|hasta)\s+)",
        "muevelo ",
    ),
    # "el día 2, no perdón, el 3", "al día 2, no espera, mejor al 4": the day corrected.
    (
        r"[,\s]+(?:no\s*,?\s*)?(?:perdon|perdona|mejor\s+dicho|digo|no\s+espera|espera|no)\s*,?\s+"
        r"(?:mejor\s+)?(?:el|al|pal|para\s+el)\s+(?:dia\s+)?(?P<n>\d{1,2})\b"
        + NOT_A_DATE
        + r"(?!\s*(?:h\b|hs|hrs|:|am|pm|de\s+la|personas))",
        lambda m: f" no wait day {m.group('n')}",
    ),
]

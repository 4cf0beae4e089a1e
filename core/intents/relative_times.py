"""Times said relative to the day's meals or its edges, in English, Spanish and Portuguese.

Read: the message as typed (normalized, before the language's own rewrites), so that "después
de la cena" is a time of the day and never "and then for dinner" (a meal to find). Written: the
English part-of-day phrase the grammar already reads ("at night", "in the evening", "in the
afternoon", "in the morning"), which the placement then turns into a free time of that part.

- after dinner / después de cenar / depois do jantar / noite adentro → at night
- before dinner / antes de la cena / antes do jantar / à noitinha / al anochecer → in the evening
- after lunch / después del almuerzo / depois do almoço / de tardezinha → in the afternoon
- before lunch / antes del almuerzo / antes do almoço / after breakfast / de manhãzinha →
  in the morning

The edges of the parts of the day ("late night", "first thing", "fim da tarde") are clock
times, read before these (core.intents.day_part_times).
"""

from __future__ import annotations

from core.intents.lexicon import Replacement, rules

# The meals as nouns and verbs, with the article each language puts before them.
_DINNER = (
    r"(?:(?:the\s+|our\s+)?(?:dinner|supper)|(?:la\s+)?cena|cenar|(?:o\s+)?jantar|(?:a\s+)?janta)"
)
_LUNCH = (
    r"(?:(?:the\s+|our\s+)?lunch|(?:el\s+)?almuerzo|almorzar|(?:la\s+)?comida|"
    r"(?:o\s+)?almoco|almocar|(?:o\s+)?rango)"
)
_BREAKFAST = (
    r"(?:(?:the\s+)?breakfast|(?:el\s+)?desayuno|desayunar|(?:o\s+)?cafe\s+da\s+manha|"
    r"(?:o\s+)?pequeno[\s-]almoco)"
)
_AFTER = (
    r"(?:right\s+|just\s+|justo\s+|logo\s+|bem\s+|recien\s+)?"
    r"(?:after|post[\s-]?|despues\s+de(?:l)?|luego\s+de(?:l)?|tras|depois\s+d[oea]|apos(?:\s+o)?|"
    r"pos[\s-])"
)
_BEFORE = (
    r"(?:right\s+|just\s+|justo\s+|logo\s+|bem\s+)?"
    r"(?:before|pre[\s-]?|antes\s+de(?:l)?|antes\s+d[oea])"
)
_LEAD = r",?\s*(?:(?:on|el|la|no|na)\s+)?"

_PAIRS: list[tuple[str, Replacement]] = [
    (rf"{_LEAD}\b{_AFTER}\s*{_DINNER}\b", " at night "),
    (rf"{_LEAD}\b{_BEFORE}\s*{_DINNER}\b", " in the evening "),
    (rf"{_LEAD}\b{_AFTER}\s*{_LUNCH}\b", " in the afternoon "),
    (rf"{_LEAD}\b{_BEFORE}\s*{_LUNCH}\b", " in the morning "),
    (rf"{_LEAD}\b{_AFTER}\s*{_BREAKFAST}\b", " in the morning "),
    # The small hours: "noite adentro", "a altas horas" ("late night" is a time: day_part_times).
    (r",?\s*\b(?:(?:pela\s+)?noite\s+adentro|(?:a\s+)?altas\s+horas)\b", " at night "),
    # The evening's own words: "à noitinha", "de noitinha", "al anochecer", "ao entardecer".
    (
        r",?\s*\b(?:(?:a|de|na|pela)\s+)?noitinha\b|,?\s*\b(?:ao|no)\s+(?:anoitecer|entardecer|"
        r"cair\s+da\s+(?:tarde|noite))\b|,?\s*\b(?:al|en\s+el)\s+anochecer\b|"
        r",?\s*\b(?:a\s+la|en\s+la|de)\s+nochecita\b|,?\s*\bal\s+caer\s+la\s+(?:tarde|noche)\b",
        " in the evening ",
    ),
    (r",?\s*\b(?:(?:a|de|na|pela)\s+)?tardezinha\b", " in the afternoon "),
    # The morning's small hours ("first thing", "a primera hora" are a time: day_part_times).
    (r",?\s*\b(?:de\s+)?manhazinha\b", " in the morning "),
]

RELATIVE_TIME_RULES = rules(_PAIRS)

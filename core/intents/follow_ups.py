"""A short follow-up that only says a new time or day: the stop just added or talked about moves.

Why: right after "add kissa matcha-an on day 3 afternoon" a traveler writes "actually make it
4pm", "mejor a las 5", "melhor às 16h", "no, mejor el jueves", "melhor pro dia 3". The message
names no place and no verb: on its own it is a time or a day. Led by a word that corrects
("mejor", "melhor", "better", "rather", "perdón", "desculpa", "digo"), it is a request about
"it", which the conversation resolves (core.antecedent, the editor's last item). A bare "a las 5"
is left alone: it may answer a question the service asked.

Read on the message after openers, before the language rewrites (which would drop "mejor" as a
preference); the English "actually make it 4pm" is read by core.intents.corrections.
"""

from __future__ import annotations

import re

from core.intents.lexicon import loose

_NO = (
    r"(?:(?:no|nao|não|nope|nah|ah|oh|ay|uy|ops|oops|hmm|mm|ok|okay|cool|vale|dale|beleza)[\s,.]+)*"
)
_SAID = (
    r"(?:o\s+|ou\s+)?(?:mejor|melhor|mas\s+bien|better|rather|instead|perdon|perdón|desculpa|"
    r"digo|quer\s+dizer|o\s+sea|ou\s+seja|na\s+verdade|en\s+realidad|i\s+mean|sorry|"
    # asked as a question: "¿puede ser a las 8?", "pode ser às 20h?", "e se for às 9?"
    r"(?:y\s+)?(?:puede|podria|podría)\s+ser|y\s+si\s+(?:es|fuera)|(?:y\s+)?que\s+tal|"
    r"(?:e\s+)?(?:pode|poderia)\s+ser|e\s+se\s+(?:for|fosse)|(?:e\s+)?que\s+tal)"
)
# "de la tarde", "da noite", "por la noche": the half said with the hour
_HALF = r"(?:\s+(?:de|da|en|por|a|à|na)\s+(?:la\s+)?(?:manana|tarde|noche|manha|noite))?"
_SPANISH_TIME = (
    r"(?:a|para|tipo|como\s+a)\s+las?\s+\d{1,2}(?:[:.h]\d{2}|h)?(?:\s+y\s+media)?" + _HALF
)
_PORTUGUESE_TIME = (
    r"(?:[aà]s|pras?|para\s+as|umas?)\s+\d{1,2}(?:[:.h]\d{2}|h)?(?:\s+e\s+meia)?" + _HALF
)
_SPANISH_DAY = (
    r"(?:(?:para\s+)?el|al|pal)\s+(?:dia\s+\d{1,2}|d[ií]a\s+\d{1,2}|\d{1,2}|lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
)
_PORTUGUESE_DAY = (
    r"(?:(?:pr[oa]|para\s+[oa]|n[oa])\s+)(?:dia\s+\d{1,2}|segunda|ter[cç]a|quarta|quinta|sexta|"
    r"s[aá]bado|domingo)(?:-feira)?"
)
# "… en vez de las 7", "… em vez das 19h": the time turned down, the one "it" has now
_INSTEAD = (
    r"(?:\s*,?\s+(?:en\s+vez\s+de|em\s+vez\s+d[aeo]s?|no\s+lugar\s+d[aeo]s?|instead\s+of|"
    r"y\s+no|e\s+n[aã]o|not)\s+[^,.!?]{1,20})?"
)
_TAIL = (
    _INSTEAD + r"[\s,.!?]*(?:(?:por\s+favor|porfa|pls|please|pf|pfv|entonces|ent[aã]o|then|"
    r"mejor|melhor|instead)[\s.!?]*)?$"
)
_FOLLOW_UP = loose(
    rf"^{_NO}{_SAID}[\s,]+(?:(?P<es_time>{_SPANISH_TIME})|(?P<pt_time>{_PORTUGUESE_TIME})|"
    rf"(?P<es_day>{_SPANISH_DAY})|(?P<pt_day>{_PORTUGUESE_DAY})){_TAIL}"
)
# "how about 8 instead", "can it be at 8 instead", "8pm instead?": English, said of "it".
_CLOCK = r"(?:at\s+)?(?P<en_time>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon)"
_ENGLISH = loose(
    rf"^{_NO}(?P<lead>(?:(?:how|what)\s+about|(?:can|could)\s+(?:it|that|we)\s+"
    rf"(?:be|do\s+it|make\s+it)|maybe|actually)\s+)?{_CLOCK}(?P<instead>\s+instead)?[\s.!?]*$"
)


def followed_up(text: str) -> str:
    """`text` said as a request about "it" when it only corrects a time or a day, else `text`."""
    english = _ENGLISH.match(text.strip())
    if english is not None and (english["lead"] or english["instead"]):
        return f"make it at {english['en_time']}"
    found = _FOLLOW_UP.match(text.strip())
    if found is None:
        return text
    if found["es_time"]:
        return f"pasa eso {found['es_time']}"
    if found["pt_time"]:
        return f"passa isso {found['pt_time']}"
    if found["es_day"]:
        day = re.sub(r"^(?:para\s+el|al|pal|el)\s+", "", found["es_day"], flags=re.IGNORECASE)
        return f"pasa eso para el {day}"
    day = re.sub(r"^(?:pr[oa]|para\s+[oa]|n[oa])\s+", "", found["pt_day"], flags=re.IGNORECASE)
    article = "o" if re.match(r"dia|s[aá]bado|domingo", day, re.IGNORECASE) else "a"
    return f"passa isso para {article} {day}"

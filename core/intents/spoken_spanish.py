"""Spanish as the regions speak and type it, made plain before anything else reads it.

Why: travelers write the way they talk. Andalusian and Caribbean Spanish drop a final "s" and a
"d" between vowels and swap "l" for "r" ("el miercole", "el jueve", "llegamo", "argo de pescao",
"er kinkakuji", "a las die", "mu temprano", "grasia"), and every region calls the listener its
own way ("plebe", "guaje", "culiado", "miarma", "quillo", "chele") or opens with its own
interjection ("ajá", "eche", "aupa", "nombre"). The phrase tables know the plain words only,
so a dropped "s" lost the day, and a word of address became a place to search for ("No
encontré 'plebe'").

Read: a message told Spanish, after normalizing (core.intents.shorthand). Written: the plain
words; a word of address or an interjection is taken away where it stands, an opening greeting
becomes "hola" and an opening "nombre" (Mexico's "no hombre") becomes "no".
"""

from __future__ import annotations

import re

from core.intents.lexicon import loose
from core.text import fold

# Words whose regional spelling is never another word in a request, each with its plain form.
_SPELLED = {
    "grasia": "gracias", "grasias": "gracias", "ere": "eres", "argo": "algo", "mu": "muy",
    "nosotro": "nosotros", "vosotro": "vosotros", "llegamo": "llegamos", "tenemo": "tenemos",
    "estamo": "estamos", "queremo": "queremos", "podemo": "podemos", "salimo": "salimos",
    "volvemo": "volvemos", "comemo": "comemos", "pescao": "pescado", "pescaito": "pescadito",
    "valorao": "valorado", "valoraos": "valorados", "cansao": "cansado", "cansaos": "cansados",
    "helao": "helado", "helaos": "helados", "asao": "asado", "reservao": "reservado",
    "cerrao": "cerrado", "quedao": "quedado", "er": "el",
}  # fmt: skip
_SPELLED_WORD = loose(r"\b(?:" + "|".join(_SPELLED) + r")\b")
# A weekday without its final "s" ("el jueve", "del miercole", "pal vierne"), after the word
# that makes it a day: "marte" alone is a planet.
_WEEKDAY = loose(
    r"\b(?P<lead>el|del|al|pal|este|ese|cada|los|para\s+el|hasta\s+el)\s+"
    r"(?P<day>lune|marte|miercole|miércole|jueve|vierne)\b"
)
# "a las die", "a las do": a clock number without its "z", "s".
_CLOCK = loose(r"\b(?P<at>(?:a|de|para|hasta)\s+las)\s+(?P<n>die|do|tre)\b")
_CLOCK_PLAIN = {"die": "diez", "do": "dos", "tre": "tres"}
# Words of address that are never anything else in a request: taken away wherever they stand
# ("un hambre q no veas plebe, algo …", "udon o soba, guaje, q …", "sos un capo culiado").
_CALLED = loose(
    # "los plebes", "mis plebes": the kids the trip is for, not a word of address
    r"(?<!\bla\s)(?<!\bel\s)(?<!\blos\s)(?<!\blas\s)(?<!\bmis\s)(?<!\bunos\s)"
    r"\b(?:plebe|plebes|guaje|guajes|culiado|culiao|culiada|miarma|quillo|"
    r"quilla|illo|pisha|chele|chacho|acho|vato|parcerito|mopri|ñero|nero)\b"
)
# Words of address or cheers only at the end of a clause, where they cannot be a place's
# ("el desayuno de mañana bomba, …", "el dia 3 ho, …", "planeamelo vos").
_CLOSING = loose(
    r"(?<!\bla\s)(?<!\buna\s)\s+(?:bomba|ho|xe|vos|tronco|fiera|maquina|crack)(?=\s*(?:[,;.!?)(]|$))"
)
# Interjections a message opens with ("ajá y la Popa?", "eche la cevicheria esa …").
_OPENING = loose(r"^(?:aja|ajá|eche|echeee|ala|hala|ey|ea)\b[\s,!.]*(?=\w)")
_GREETING = loose(r"^(?:aupa|epale|épale|quiubo|quihubo|qiubo|wena|buenas\s+buenas)\b")
# News said before the request ("fíjate que ya no son 4 días…", "resulta que…"): the "que" opens
# what is said, never a reason to drop.
_NEWS = loose(r"^(?:f[ií]j[ae]te|f[ií]jese|resulta|sabes|sabe|imag[ií]nate)\s+(?:que|q)\s+(?=\w)")
# Mexico's and Central America's "voltear" (to flip) said of two days: a swap.
_FLIP = loose(
    r"\bvoltea(?:me|nos|los|las|le)?\b(?=\s+(?:(?:el|los|las|la|del)\s+)?(?:dias?\s+\d|lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo|primer|segundo|tercer|ultimo))"
)
# "baratuco", "baratito", "baratillo": cheap said small, read as cheap.
_CHEAP = loose(r"\bbarat(?:it|uc|uch|ill|ong)(?P<end>[oa]s?)\b")
# "echa ahí un templo", "échanos una heladería": put one in ("échale un ojo" is a look).
_PUT = loose(
    r"\bech(?:a|ale|ame|anos)\b(?:\s+(?:ahi|alli|aca|aqui))?"
    r"(?=\s+(?:un|una|unos|unas|algo|el|la|los|las)\s+(?!ojo|ojito|vistazo|mirada|cable|mano)\w)"
)
# "pásame con alguien de allá", "comunícame con un guía": hand me over to a person, the way a
# phone call is passed on; never a stop to move.
_HAND_OVER = loose(
    r"\b(?:pasa|comunica)(?:me|nos)\s+con\s+(?=(?:alguien|algun|alguna|un|una|el|la)\s+"
    r"(?:\w+\s+)?(?:de\s+(?:alla|alli|aca|aqui|ahi|la\s+zona)|local|experto|experta|guia|persona|"
    r"humano|agente|asesor|asesora|que|q)\b)"
)
_NO_MAN = loose(r"^(?:nombre|nombres|n'ombre|no\s+manches|no\s+mames)\b\s*[,!.]+\s*")

# A rude word taken back for a polite one: "…, culiado... digo, porfa": the "digo" corrects the
# word of address taken away above, not the request.
_POLITE_AGAIN = loose(
    r"\s*(?:\.{2,}|…|,)?\s*\bdigo\b\s*,?\s*(?=(?:porfa|porfis|por\s+favor|plis|please)\b)"
)


def _spelled(match: re.Match[str]) -> str:
    word = match.group(0)
    plain = _SPELLED[fold(word).casefold()]
    return plain.capitalize() if word[0].isupper() else plain


def plain_spanish(text: str) -> str:
    """The message in plain Spanish: regional spellings written out, words of address gone.

    Args:
        text: a normalized message told Spanish.

    Returns:
        The message the phrase tables can read: "pa la cena del miercole busca argo de pescao
        miarma" → "pa la cena del miercoles busca algo de pescado".
    """
    text = _NO_MAN.sub("no, ", _GREETING.sub("hola", text))
    text = _NEWS.sub("", _OPENING.sub("", text))
    text = _HAND_OVER.sub("conéctame con ", text)
    text = _PUT.sub("pon", _FLIP.sub("intercambia", text))
    text = _CHEAP.sub(lambda m: "barat" + m.group("end"), text)
    text = _SPELLED_WORD.sub(_spelled, text)
    text = _WEEKDAY.sub(lambda m: f"{m.group('lead')} {m.group('day')}s", text)
    text = _CLOCK.sub(lambda m: f"{m.group('at')} {_CLOCK_PLAIN[m.group('n').casefold()]}", text)
    text = _CLOSING.sub("", _CALLED.sub("", text))
    text = _POLITE_AGAIN.sub(" ", text)
    text = re.sub(r"\s*,(?:\s*,)+", ",", text)  # "soba, guaje, q …" → "soba, q …"
    text = re.sub(r"^\s*[,.]\s*|\s+(?=[,.!?)])", "", text)
    text = re.sub(r",\s*$|,(?=\.)", "", text)
    return " ".join(text.split())

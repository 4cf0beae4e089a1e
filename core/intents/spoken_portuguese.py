"""Portuguese as it is spoken, written the standard way before the phrase tables read it.

Travelers from the Brazilian countryside, Minas, the north-east, and from Portugal type the
way they talk: the infinitive's -r dropped ("pra jantá", "um lugá", "pode marcá"), the -ei-
of "primeiro" said -e- ("no primero dia", "dinhero"), an unstressed e said i ("o sigundo",
"disfaz", "pur favor"), "nóis" for "nós", and a question stressed with "é que" ("o que é que
eu tenho", "onde é que fica"). Each is a rule of the spoken language, not a list of typed
messages: the tables then read these words as they read the standard ones.

Only Portuguese messages are respelled: "primero" and "qué" are Spanish words as typed.
"""

from __future__ import annotations

import re

from core.intents.verb_forms import PORTUGUESE_INFINITIVES

# A question stressed with "é que": the question word alone says the same.
_STRESSED_QUESTION = re.compile(
    r"\b(?P<asked>o\s+que|que|onde|aonde|quando|como|quem|qual|quais|quanto|quantos|quantas|"
    r"por\s*que|pra\s+que)\s+(?:é|e)\s+que\b",
    re.IGNORECASE,
)
# Infinitives and nouns in -r the tables read, said without it ("jantá", "lugá", "comê").
_DROPPED_R_WORDS = frozenset(
    {
        *PORTUGUESE_INFINITIVES,
        "lugar",
        "jantar",
        "almoçar",
        "tomar",
        "comer",
        "beber",
        "passear",
        "visitar",
        "conhecer",
        "dormir",
        "chegar",
        "voltar",
        "ficar",
        "levar",
    }
)
# Words that are already words without the -r: "pra bebê" is for the baby, not to drink.
_WORDS_AS_THEY_ARE = frozenset({"bebê"})
# -ir and "pôr" stay out: "incluí", "substituí" are the past, "pô" an interjection.
_DROPPED_R = {
    said: word
    for word in _DROPPED_R_WORDS
    if word.endswith(("ar", "er"))
    and (said := word[:-2] + {"a": "á", "e": "ê"}[word[-2]]) not in _WORDS_AS_THEY_ARE
}
# "primero", "tercera", "dinhero", "brasilero": the -ei- said as -e- before r.
_EI_SAID_E = re.compile(
    r"\b(?P<stem>prim|terc|dinh|brasil|derrad)er(?P<end>[oa]s?)\b", re.IGNORECASE
)
# An unstressed e said i in the words the tables read: "sigundo", "disfaz", "pur favor".
_SAID_I = {
    "sigundo": "segundo",
    "sigunda": "segunda",
    "disfaz": "desfaz",
    "disfazer": "desfazer",
    "dismarca": "desmarca",
    "pur": "por",
    "nóis": "nós",
    "nois": "nós",
    "qué": "quer",  # "nóis qué": the -r dropped, the vowel closed
}
# The Minas diminutive "-im" of the describing words the tables read: "baratim", "cedim".
_MINAS_DIMINUTIVE = re.compile(
    r"\b(?P<stem>barat|ced|pert|rapid|pequen|tranquil|bonit|calm|simpl)im\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+", re.IGNORECASE)


def _standard_word(found: re.Match[str]) -> str:
    word = found.group()
    lower = word.lower()
    if lower in _DROPPED_R:
        return _DROPPED_R[lower]
    return _SAID_I.get(lower, word)


def standard_portuguese(text: str, language: str | None) -> str:
    """A Portuguese message with its spoken forms in the standard spelling; others as typed.

    "nóis qué um lugá pra jantá no primero dia" → "nós qué um lugar pra jantar no primeiro
    dia"; "o que é que eu tenho no sábado" → "o que eu tenho no sábado".
    """
    if language != "pt":
        return text
    text = _STRESSED_QUESTION.sub(lambda m: m["asked"], text)
    text = _EI_SAID_E.sub(lambda m: f"{m['stem']}eir{m['end']}", text)
    text = _MINAS_DIMINUTIVE.sub(lambda m: f"{m['stem']}inho", text)
    return _WORD.sub(_standard_word, text)

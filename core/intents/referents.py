"""Words that point back at the item last talked about, in the three languages.

"it", "that one", "the last one I added", "esa misma", "el último", "ele", "essa mesma",
"o que acabei de adicionar".

A target made only of such words names no place: the orchestrator's context (the item the
open question is about, else the one the latest change touched) says which item it is.
Read on folded text, after the es/pt clitics ("quítala", "tira-o") became "that" in the
rules' grammar. Pure, no I/O.
"""

from __future__ import annotations

import re

from core.text import fold

_POINT = (
    r"it|that|this|them|there|the\s+one|that\s+one|this\s+one|eso|esa|ese|esto|esta|este|ella|"
    r"el|la|lo|ele|ela|isso|isto|esse|essa|aquele|aquela|aquel|aquella|o|a"
)
_LAST = (
    r"(?:(?:the|el|la|lo|o|a|my|mi|meu|minha)\s+)?(?:very\s+)?"
    r"(?:last|latest|newest|ultim[oa]|recien\s+agregad[oa]|mais\s+recente)"
)
_SAME = r"(?:(?:the|that|this|el|la|ese|esa|este|esta|esse|essa|o|a)\s+)?(?:same|mism[oa]|mesm[oa])"
_KIND = (
    r"one|place|spot|thing|item|stop|restaurant|cafe|bar|museum|hotel|temple|lugar|sitio|local|"
    r"restaurante|museo|museu|templo|cosa|coisa|parada|ponto"
)
_ADDED = (
    r"(?:(?:that|which|que|q)\s+)?(?:(?:i|we|yo|eu|nos)\s+)?"
    r"(?:just\s+|acabo\s+de\s+|acabamos\s+de\s+|acabei\s+de\s+|acabamos\s+de\s+)?"
    r"(?:added|put\s+in|put|moved|changed|agregue|agregamos|agrege|puse|pusimos|movi|cambie|"
    r"adicionei|adicionamos|coloquei|colocamos|botei|mudei|troquei|agregar|poner|adicionar|colocar)"
)
_REFERENT = re.compile(
    rf"^(?:{_LAST}|{_SAME}|(?:{_POINT})(?:\s+(?:{_SAME}|{_LAST}))?)"
    rf"(?:\s+(?:{_KIND}))?(?:\s+{_ADDED})?"
    r"(?:\s+(?:to\s+the|al|ao|a|na|en\s+el|no)?\s*(?:trip|viaje|viagem|itinerary|roteiro))?$"
)


def points_back(text: str | None) -> bool:
    """Whether a target is only words pointing at the item last talked about."""
    folded = fold(text or "")
    return bool(folded) and _REFERENT.match(folded) is not None

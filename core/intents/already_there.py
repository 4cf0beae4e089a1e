"""A correction that takes back the place said, because the trip has it, and names another.

Why: "no sábado eu queria colocar o cais de gaia, não pera, o cais já tá, o que eu quero é o
jardim do morro no fim da tarde", "add the fort on day 2, no wait the fort is already there, I
want the lighthouse", "pon el mercado el jueves, no espera, el mercado ya está, lo que quiero es
el mirador": the request stays (its verb, its day); only its place is the one named after the
remark. Read on the message before the language rewrites, which cut the remark apart.
"""

from __future__ import annotations

from core.intents.lexicon import loose

_VERB = (
    r"(?:colocar|coloca|coloque|adicionar|adiciona|botar|bota|por|incluir|inclui|poner|pon|"
    r"agregar|agrega|meter|mete|anadir|anade|add|put|include|visit|see|ver|visitar)"
)
_TAKEN_BACK = (
    r"(?:(?:no|nao|nope|nah)[\s,]+)?(?:pera|espera|wait|perdon|desculpa|sorry|ops|oops)"
    r"|(?:no|nao|nope|nah)(?=\s*,)"
)
_ALREADY = (
    r"(?:ja|ya|already|is\s+already|s\s+already|esta\s+ya|ta\s+ja)\s+"
    r"(?:ta|esta|tem|tenemos|temos|there|in|on|have|got|it)\b[^,.!?]*?"
)
_WANTED = (
    r"(?:o\s+que\s+(?:eu\s+)?quero\s+e|lo\s+que\s+quiero\s+es|what\s+i\s+(?:want|meant)\s+is|"
    r"i\s+want|i\s+meant|quero|quiero|queria|quería|i\s+mean)"
)
# Where a day or a time starts after a place ("… on day 2", "… el jueves", "… no dia 3").
_WHEN = loose(
    r"\s+(?:on|at|el|no|na|a\s+las|as|pro|pra|para\s+el|tomorrow|today|tonight|hoy|hoje|"
    r"manana|amanha|day|dia)\b.*$"
)
_SWAPPED = loose(
    rf"^(?P<before>.*\b{_VERB})\s+(?P<old>[^,.!?]+?)[\s,.…]+(?:{_TAKEN_BACK})[\s,.…]+"
    rf"(?:(?:o|a|el|la|the)\s+)?[^,.!?]{{1,40}}?\s+{_ALREADY}[\s,.…]*(?:e\s+|y\s+|and\s+)?"
    rf"{_WANTED}\s+(?P<new>\w.*)$"
)


def swapped_place(text: str) -> str:
    """`text` with the place taken back replaced by the one wanted, or `text` unchanged."""
    found = _SWAPPED.match(text.strip())
    if found is None:
        return text
    when = _WHEN.search(found["old"])  # "the fort on day 2": the day stays the request's
    return f"{found['before']} {found['new']}{when.group(0) if when else ''}"

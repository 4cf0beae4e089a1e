"""Where each clause of a message starts and ends, so a day or a time stays in its own clause.

Why: "el Kinkaku-ji a las 10 y la cena pásala a las 8 de la noche" says two times; the "de la
noche" belongs to the 8, never to the 10. "quita X, pon Y a las 5 de la tarde y agrega Z el
jueves" says the Thursday of Z, not of Y. A reader that fills in a missing half of the day, or
a missing day, asks `same_clause` first: a word said in another clause does not count.

A clause ends at ";", at "and / y / e / then / luego / depois" and at a comma followed by a
verb that starts a request ("…, pon …", "…, add …"); a comma alone does not ("bien temprano,
tipo 7" is one clause).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.intents.model import Intent, ParsedTurn

_VERB = (
    r"(?:pon|ponlo|ponla|pone|agrega|a[nñ]ade|suma|mete|quita|saca|borra|elimina|mueve|pasa|"
    r"cambia|lleva|reserva|coloca|adiciona|acrescenta|bota|p[oõ]e|tira|remove|exclui|muda|passa|"
    r"troca|add|put|move|take|drop|delete|swap|book|make|push|shift)"
)
_BARRIER = re.compile(
    rf"\s*;\s*|\s+(?:y|e|and|then|luego|depois|despu[eé]s)\s+|,\s*(?:(?:y|e|and)\s+)?(?={_VERB}\b)",
    re.IGNORECASE,
)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of `text`, in order, covering it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for barrier in _BARRIER.finditer(text):
        spans.append((start, barrier.start()))
        start = barrier.end()
    spans.append((start, len(text)))
    return spans


def clause_at(text: str, index: int) -> tuple[int, int]:
    """The span of the clause holding the character at `index`."""
    spans = clause_spans(text)
    return next((span for span in spans if span[0] <= index < span[1]), spans[-1])


def same_clause(text: str, first: int, second: int) -> bool:
    """True when the characters at `first` and `second` are said in one clause."""
    return clause_at(text, first) == clause_at(text, second)


def read_apart(
    text: str, read: Callable[[str], Sequence[ParsedTurn]], whole: Callable[[str], bool]
) -> list[ParsedTurn] | None:
    """A message whose clauses mix a request read whole with others, read clause by clause.

    "pon la Ponte Luís I a las 17h y la comida del martes llénala con algo barato": filling a
    meal is read on the whole message (`whole`), which would swallow the clause before it. Each
    clause is `read` on its own then, with its own day and time; None when every clause (or
    none) is of the whole kind, or when a clause is not understood or has no verb of its own.
    """
    texts = [text[start:end].strip() for start, end in clause_spans(text)]
    texts = [piece for piece in texts if piece]
    kinds = [whole(piece) for piece in texts]
    if len(texts) < 2 or all(kinds) or not any(kinds):
        return None
    ops: list[ParsedTurn] = []
    for piece in texts:
        said = list(read(piece))
        if any(op.intent is Intent.UNKNOWN or op.confidence < 1 for op in said):
            return None  # not understood, or no verb of its own ("… e o jantar com marisco")
        ops.extend(said)
    return ops

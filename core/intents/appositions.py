"""A place described, then named: the name is what is meant.

"quita lo del cementerio ese, el Greyfriars Kirkyard", "mueve la iglesia esa, la Sainte-
Chapelle, al viernes", "tira aquilo do mosteiro, o Jerónimos": the description ("lo del X",
"eso del X", "el X ese", "aquilo do X") is how the traveler looks for the words; the name set
off after it by a comma says which stop. The description is dropped, so the two are one
target, not two. Only a name with a capital counts: "quita el museo ese, el bar y la playa" is
a list and stays. Read on the message as typed (after normalizing), before the rewrites.
"""

from __future__ import annotations

from core.intents.lexicon import loose

_THAT = r"(?:ese|esa|esos|esas|aquel|aquella|aquellos|aquellas|esse|essa|aquele|aquela)"
_DESCRIBED = loose(
    r"\b(?:(?:lo|eso|aquello|aquilo|isso)\s+(?:de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?[\w'-]+(?:\s+{_THAT})?"
    rf"|(?:el|la|los|las|o|a|os|as)\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+\s+{_THAT})"
    r"\s*,\s*(?=(?:(?:el|la|los|las|o|a|os|as)\s+)?(?-i:[A-ZÀ-Ý]))"
)


def named_not_described(text: str) -> str:
    """`text` with a description followed by the name it describes reduced to the name."""
    return _DESCRIBED.sub("", text, count=1)

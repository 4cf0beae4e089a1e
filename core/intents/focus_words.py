"""What a place phrase asks for, when the words around the kind are noise or say what to avoid.

Travelers name the kind they want anywhere in a sentence and often say, beside it, what they
are tired of: "pizza, as crianças não aguentam mais bacalhau", "udon or soba, not a ramen
person", "algo de pasta que ya estamos hartos de arepas", "sushi, chega de francesinha". The
kind said under a negation ("não aguentam mais X", "not a X person", "hartos de X", "sin X")
is what NOT to find: it is cut from the search and places tagged with it go last or away. A
phrase that is only a list of dishes or cuisines ("lamen udon soba") offers alternatives, as
"udon o soba" does. Pure, no I/O: the search ladder (core.agents.search_ladder) uses these.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_as_typed, kinds_named
from core.intents.place_words import search_terms
from core.text import fold

# A cue after which a phrase says what to avoid, up to the end of its clause. A bare "no" is
# left out: in Portuguese it is "in the" ("no centro").
_AVOID = re.compile(
    r"\b(?:not(?!\s+(?:fancy|too|so|very|that|super|expensive|pricey|far|crowded)\b)|nao|não|"
    r"without|sin|sem|nada\s+de|nothing|no\s+more|no\s+(?:quiero|queremos|"
    r"quieren|mas|más|aguanto|aguantamos|aguantan)|chega\s+de|basta\s+de|"
    r"hart[oa]s?\s+de|cansad[oa]s?\s+de|enjoad[oa]s?\s+de|fart[oa]s?\s+de|podrid[oa]s?\s+de|"
    r"tired\s+of|sick\s+of|fed\s+up\s+with|bored\s+of|had\s+enough\s+of|"
    r"instead\s+of|en\s+vez\s+de|em\s+vez\s+de|rather\s+than)\b"
    r"(?P<avoided>[^,;.!?]*)",
    re.IGNORECASE,
)
# Kinds too general to be alternatives of one another ("italian restaurant" is one ask).
_GENERAL = frozenset(
    """restaurant cafe bar pub food local food market hotel breakfast brunch lunch dinner
    family romantic traditional views hearty rooftop""".split()
)
# Words of a negated clause that name nothing to avoid.
_NOT_A_TAG = frozenset(
    """a an the person people fan guy type big much more any mais mas mucho muito de do da
    del la el o os as los las um uma un una aguentam aguento aguentamos aguantan aguanto
    quiero queremos quieren again today hoje hoy fancy expensive pricey cheap caro cara
    barato barata too very muy""".split()
)


def avoided(query: str | None) -> frozenset[str]:
    """The words a phrase says to avoid, folded and as place data tags them.

    "as crianças não aguentam mais bacalhau" → {"bacalhau"}; "not a ramen person" →
    {"ramen"}; "hartos de arepas" → {"arepas"}.
    """
    out: set[str] = set()
    for found in _AVOID.finditer(query or ""):
        said = fold(found.group("avoided"))
        words = [w for w in said.split() if w not in _NOT_A_TAG and len(w) >= 3]
        out.update(words)
        out.update(w for w in search_terms(" ".join(words)).split() if w not in _NOT_A_TAG)
    return frozenset(out)


def wanted_part(query: str | None) -> str | None:
    """The phrase without what it says to avoid, or None when nothing is cut or nothing stays.

    "pizza as crianças não aguentam mais bacalhau" → "pizza as crianças".
    """
    if not query or not _AVOID.search(query):
        return None
    kept = " ".join(_AVOID.sub(" ", query).split()).strip(" ,;.!?-")
    return kept if kept and kept != query.strip() and kinds_named(kept) else None


def kinds_in_turn(query: str | None) -> list[str]:
    """The kinds a phrase names outside what it says to avoid, in the order said, as typed.

    "pizza as crianças não aguentam mais bacalhau" → ["pizza", "crianças"] (crianças: family).
    """
    if not query:
        return []
    return kinds_as_typed(wanted_part(query) or query, frozenset())


def specific_kinds(kinds: list[str]) -> list[str]:
    """The dishes and cuisines among kinds said ("pizza", not "restaurant" or "crianças")."""
    return [kind for kind in kinds if not set(kinds_named(kind)) & _GENERAL]


def listed_kinds(query: str | None) -> list[str]:
    """The dishes or cuisines of a phrase that is only a list of them ("lamen udon soba").

    Empty for one kind, for a phrase with other words, and for a kind with a general one
    ("italian restaurant" asks for one thing).
    """
    if not query:
        return []
    kinds = kinds_as_typed(query, frozenset())
    words = re.findall(r"[^\W\d_]+", query)
    if len(kinds) < 2 or sum(len(k.split()) for k in kinds) != len(words):
        return []
    return kinds if specific_kinds(kinds) == kinds else []


def says_avoided(tags: str, avoid: frozenset[str]) -> bool:
    """True when a place's own words (name, tags, cuisine; folded) say something to avoid."""
    own = set(fold(tags).split())
    return bool(own & avoid)

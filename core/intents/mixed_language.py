"""The language of a message that mixes English into the traveler's Spanish or Portuguese.

"resérvame en the wee dram", "The Wee Dram às 21h pls", "add Panna Meena ka Kund no dia 3":
a traveler who writes Spanish or Portuguese says English place names and chat words ("add",
"pls", "ok") the world over. Such words tell no language; when every other telling word is
the traveler's own language, the message is in that language (its reply too). A message whose
English goes beyond them ("add a cafe on day 2") is English. Pure, no I/O.
"""

from __future__ import annotations

from core.intents.language import language_scores
from core.text import fold

# English said in any language's chat, or starting a name typed in lower case ("the wee dram").
_WORLD_ENGLISH = frozenset(
    """the add pls plz please ok okay thanks thx ty yes yeah lol sorry sry""".split()
)


def language_meant(text: str, detected: str | None, usual: str | None) -> str | None:
    """The message's language, `detected` unless its English is only world English.

    World English beside words of the traveler's own Spanish or Portuguese: `usual`.

    Args:
        text: The message, normalized.
        detected: What core.intents.language.detect_language says of it.
        usual: The traveler's stored language.
    """
    if detected != "en" or usual not in {"es", "pt"}:
        return detected
    told = language_scores(text)
    if told is None:
        return detected
    scores, iberian = told
    own = scores[usual] + iberian
    other = "pt" if usual == "es" else "es"
    if own == 0 or scores[other] > scores[usual]:
        return detected
    plain = " ".join(w for w in text.split() if fold(w).strip(".,;:!?") not in _WORLD_ENGLISH)
    rest = language_scores(plain)
    english = rest[0]["en"] if rest is not None else 0
    return usual if english == 0 else detected

"""Words of address and discourse particles that ask nothing, at the edges of what is said.

World Englishes and the Spanish and Portuguese of each country wrap a request in small words
that carry tone, not content: "arre yaar, undo that na", "abeg undo that one o", "ag no man",
"salamat po", "deshaz eso po", "ta, deshacé eso bo", "klk manito", "regrésalo mae", "venga
tío", "desfaz lá isso pá", "y'all". Each of these is also a word of something else somewhere
("o" is the Portuguese article, "na" "in the", "ta" "is"), so they are only taken away where
they stand as tags: at the start or the end of a clause, or as a clause of their own. What is
left is read as if they had never been said.
"""

from __future__ import annotations

import re

# Tags that open a clause ("abeg …", "ag …", "klk, …", "arre yaar …", "ta, …").
_OPENING = (
    r"arre|arey|are\s+yaar|yaar|yar|ji|accha|acha|achha|chalo|abeg|abi|ehn|chai|haba|wahala|"
    r"ag|ach|eish|oya|haiya|haiyaa|aiya|aiyah|alamak|"
    r"jislaaik|yoh|howzit|ay|ayy|aiyo|ayyo|aiyoo|hala|naku|hay\s+naku|oy|uy|klk|wepa|diablo|"
    r"mae|ta|bo|che|boludo|wey|guey|chuta|ya\s+po|oye|mira|hombre|tio|tia|venga|vale|"
    r"pa|pá|epa|eita|xi|vixe|mano|meu|velho|bro|dude|man|mate|bru|boet|china|fam|chief|"
    r"whoa|whoa\s+there|"
    # Spain's and the Caribbean's ways of calling someone: "chacho, …", "acho …", "asere …"
    r"chacho|acho|quillo|miarma|asere|xopa|oe|primo|chamo"
)
# Tags that close a clause ("… na", "… o", "… po", "… bo", "… mae", "… pá", "… y'all").
_CLOSING = (
    r"na|naa|yaar|yar|ji|no|o|oo|ooo|sha|abeg|jare|jor|biko|bru|boet|china|man|mate|bro|dude|"
    r"fam|eh|ay|lah|la|leh|lor|po|naman|nga|ha|pare|mare|tol|bes|y\s*all|yall|you\s+all|"
    r"cachai|weon|po\s+weon|bo|che|mae|pues|vaya\s+pues|tio|tia|chaval|macho|manito|manita|"
    r"mi\s+pana|pana|loco|loca|wey|guey|compa|causa|parce|pa|pá|mano|mana|meu|velho|cara|"
    r"moço|moco|amigo|amiga|brother|mi\s+amor|querido|querida|pls|plz|please|"
    r"chacho|acho|maño|mano|quillo|miarma|pisha|neno|nena|primo|prima|asere|ñaño|ñaña|nano|"
    r"nana|pelao|chamo|carnal|cipote|chele|tiguere|mi\s+ni[nñ][oa]|mi\s+rey|mi\s+reina|"
    # how soon: "sharp sharp", "jaldi", "ya mismo", "rapidinho"
    r"sharp\s+sharp|quick|quickly|asap|jaldi|jaldi\s+se|rapido|rapidinho|ya\s+mismo|now\s+now"
)
_OPEN = re.compile(rf"^(?:(?:{_OPENING})\b[\s,!.]*)+", re.IGNORECASE)
_CLOSE = re.compile(rf"(?:[\s,]+(?:{_CLOSING}))+[\s!.?]*$", re.IGNORECASE)
# A clause that is nothing but tags ("ta", "klk", "ayyo", "ag man").
_ONLY = re.compile(rf"^(?:(?:{_OPENING}|{_CLOSING})\b[\s,!.]*)+$", re.IGNORECASE)


def is_tag(clause: str) -> bool:
    """Whether a clause says nothing but tags ("ta", "arre yaar", "ag man", "klk")."""
    return bool(_ONLY.match(clause.strip()))


def untagged(clause: str) -> str:
    """The clause without the tags at its edges: "abeg undo that one o" → "undo that one".

    A clause of nothing but tags comes back empty; a clause whose tags are all it would keep
    of a word ("o" alone, "na") is not emptied by the closing rule, which needs a word before.
    """
    said = clause.strip()
    if is_tag(said):
        return ""
    opened = _OPEN.sub("", said).strip()
    return _CLOSE.sub("", opened or said).strip()


_CLAUSES = re.compile(r"\s*[,;.!?]+\s*")


def without_tags(text: str) -> str:
    """The message with every clause untagged: what its language is told by.

    "ta, volvé como estaba" and "na, déjalo como estaba po" are Spanish, though "ta" and "na"
    alone are Portuguese words.
    """
    kept = (untagged(clause) for clause in _CLAUSES.split(text))
    return ", ".join(clause for clause in kept if clause)

"""Words of address at the edges of a clause, taken off before a message is read.

Travelers call the assistant what they call a friend: "moço", "fio", "sô", "véi", "mermão",
"ó filho", "macho", "visse", "mn" across Brazil, Portugal and Africa; "güey", "parce", "mijo",
"chamo" in Spanish; "bro", "dude", "mate", "fam" in English. Said before or after a request
("um museu pra amanhã, moço", "fio, põe um templo no dia 1", "add a pub on day 2 bro") they
name no place, no day and no time, but left in they become search words or targets ("troca
por um de peixe, moço" asked to replace "moço").

Only words that are nothing but address are listed (not "man", "cara", "filho" alone, which
are nouns of a request too), and only where they stand at the edge of a clause: the start or
the end of the message, or next to a comma or a mark. core.intents.chat_tags keeps the wider
lists read where a whole reply is a tag.
"""

from __future__ import annotations

import re

# Never a place, a day or a time: a call to the listener, or a tag asking for agreement.
_ADDRESS = (
    # Brazil: north-east, Minas, the south, the cities; Portugal; Cabo Verde, Angola
    r"mo[cç][oa]|fi[oa]?|sô|v[eé]i|v[eé]io|v[eé]ia|merm[aã]o|maninh[oa]|macho|visse|"
    r"carago|caramba|[oó]\s+(?:filh[oa]|p[aá]|meu|moç[oa]|senhor[a]?)|pi[aá]|guri|guria|"
    r"tch[eê]|pai\s+d'?\s*[eé]gua|meu\s+rei|minha\s+rainha|painho|mainha|par[cç]a|mn|mna|brother|"
    # Spanish
    r"g[uü]ey|wey|parce|parcero|parcera|mij[oa]|chamo|chama|pana|we[oó]n|compadre|"
    # English
    r"bro|bruh|bruv|dude|mate|fam|yaar|fella"
)
# At the start of a clause (the message's or after a mark), set off or not: "sô, …", "pá mete…".
_LEADING = re.compile(
    rf"(?:^|(?<=[,;.!?]))\s*(?:{_ADDRESS}|pá)(?![\w'])\s*,?\s*(?=\w)", re.IGNORECASE
)
# At the end of a clause, after a word: "…, moço", "… no dia 5 mn", "… hoje, visse?".
_TRAILING = re.compile(rf"(?<=\w)[\s,]+(?:{_ADDRESS})(?=\s*(?:[,;.!?]|$))", re.IGNORECASE)


def without_address(text: str) -> str:
    """The message without the words of address at its clauses' edges.

    "um museu pra amanhã à tarde, moço" → "um museu pra amanhã à tarde"; a message that is
    nothing but address ("valeu mano") keeps it: a message never comes back empty.
    """
    said = _TRAILING.sub("", _LEADING.sub(" ", text)).strip()
    said = re.sub(r"\s+([,;.!?])", r"\1", said)
    return said if said.strip(" ,;.!?") else text

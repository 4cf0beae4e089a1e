"""'oh no i didn't mean that, undo undo', 'put it back how it was', 'scratch that, changed my mind'.

A message asks to undo when every clause of it is either an undo phrase or a filler
(surprise, apology, "wait"), and at least one clause is an undo phrase.
"""

from __future__ import annotations

import re

from core.text import fold

_CLAUSES = re.compile(r"\s*(?:[,.;!?]+|\s-+\s)\s*")
_REPEATED = re.compile(r"\b(undo|revert)(?:\s+\1)+\b", re.IGNORECASE)
_LEADING_FILLER = re.compile(
    r"^(?:(?:oh|ohh|no|nope|nah|wait|hold\s+on|oops|whoops|ugh|argh|sorry|actually|hmm|please|pls|"
    r"damn|dammit|shoot|crap|ay|ai|okay|ok|um|uh|nvm|never\s*mind|ahh?|opa|ops|ups|uy|uyy|eh|"
    r"mejor|better|melhor|nah\s+mejor|eita|vish|xi|ih|(?:can|could|would)\s+(?:you|u)|"
    # "vuelve a ponerla como estaba", "volta a deixar como estava": back to how it was
    r"vuelve\s+a|volve\s+a|volvé\s+a|volta\s+a|volte\s+a|"
    r"(?:nao|não|no)\s+(?:ficou|quedo|quedó)(?:\s+(?:bom|bien|legal))?|"
    r"afinal(?:\s+(?:nao|não))?)\s+)+",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^(?:oh|ohh|oh\s+no|no+|nope|nah|wait|hold\s+on|oops|whoops|ugh|argh|sorry|my\s+bad|actually|hmm+|"
    r"please|pls|damn|dammit|shoot|crap|no\s+no|oh\s+dear|my\s+mistake|mistake|wrong|lol|haha|"
    r"nvm|never\s*mind|opa|ops|ups|uy|eita|vish|mejor|melhor|afinal(?:\s+(?:nao|não|no))?|"
    r"al\s+final(?:\s+no)?|hmm+\s+(?:nao|não|no)\s+(?:ficou|quedo|quedó)\s+(?:bom|bien|legal))$",
    re.IGNORECASE,
)
_UNDO_PHRASE = re.compile(
    r"^(?:undo(?:\s+(?:that|it|this|the\s+last\s+(?:one|change|thing|step)|(?:my|your|our)\s+last\s+change))?"
    r"|(?:revert|reverse|roll\s+back|rollback)(?:\s+(?:that|it|this|the\s+(?:last\s+)?change|"
    r"everything|it\s+all|that\s+last\s+one))?"
    r"|roll\s+(?:it|that|this|everything|it\s+all)\s+back|back\s+(?:that|it)\s+out"
    # Spanish and Portuguese forms the rewrites leave as said: "revertí eso", "reviértelo",
    # "volvé atrás", "echalo para atras", "volta pra trás", "desfaz aí"
    r"|(?:reverti|revertilo|revertila|revertelo|revierte(?:lo)?|reviertan|revertir(?:lo)?|"
    r"reverta|reverte|reverter|desfaze|desfazer|desfaca|deshace(?:lo)?|deshaze(?:lo)?|"
    r"deshaceme(?:lo)?|deshagalo)(?:\s+(?:that|it|this|eso|isso|lo\s+ultimo|o\s+ultimo))?"
    r"|(?:volve|volvamos|volvemos|vuelve|volver|regresa|regresemos|volta|voltar|voltemos|volte)\s+"
    r"(?:para\s+|pa\s+|pra\s+|p\s+)?(?:atras|tras)(?:\s+(?:that|it|eso|isso))?"
    r"|put\s+(?:it|that|them|everything|it\s+all)\s+back(?:\s+(?:how|the\s+way|as|like)\s+(?:it|they)\s+"
    r"(?:was|were))?"
    r"|(?:change|set)\s+it\s+back|take\s+(?:that|it)\s+back|go\s+back(?:\s+to\s+how\s+it\s+was)?"
    r"|take\s+back\s+(?:that|it|the\s+last\s+(?:one|change|thing|step))"
    r"|(?:i\s+)?changed\s+my\s+mind|i\s+(?:didn\s*t|did\s+not|don\s*t)\s+mean\s+(?:that|to(?:\s+do\s+that)?|it)"
    r"|not\s+what\s+i\s+meant|that\s+was\s+(?:a\s+)?(?:mistake|wrong)|scratch\s+that|ctrl\s*\+?\s*z"
    r"|back\s+to\s+(?:how\s+it\s+was|before))(?:\s+(?:there|please|pls|now|already|again|antes|before))?$",
    re.IGNORECASE,
)

# "… the last thing you did", "… lo último que hiciste", "… o que você fez": who did the
# change says nothing more; "what you just did", "lo que acabas de hacer" is the change itself.
_DONE_BY = re.compile(
    r"\s+(?:que\s+|that\s+)?(?:you|u|we|i|voce|vc|tu|usted|ustedes)?\s*(?:just\s+)?"
    r"(?:did|made|changed|done|hiciste|hice|hicimos|hizo|cambiaste|cambiamos|cambie|fizeste|fez|"
    r"fizemos|fiz|mudou|mudaste|mudamos|mudei)$"
)
_POLITE_END = re.compile(r"(?:\s+(?:please|pls|plz|porfa|por\s+favor|pfv|pf|ya|ja))+$")
_JUST_DONE = re.compile(
    r"\b(?:what\s+(?:you|u|we|i)\s+just\s+(?:did|changed|made)|"
    r"lo\s+que\s+(?:acab\w+\s+de\s+(?:hacer|cambiar)|(?:hiciste|cambiaste)(?:\s+recien)?)|"
    r"o\s+que\s+(?:(?:voce|vc|tu)\s+)?(?:acab\w+\s+de\s+(?:fazer|mudar)|(?:fez|fizeste|mudou)))\b"
)


def said_undo(text: str) -> bool:
    """Whether the whole message asks to take the last change back."""
    text = _REPEATED.sub(r"\1", text.replace("'", " ").replace("’", " "))
    text = re.sub(r"\b(didn|don)\s+t\b", r"\1t", text, flags=re.IGNORECASE)
    found = False
    for said in _CLAUSES.split(text):
        clause = _LEADING_FILLER.sub("", fold(said) + " ").strip()
        clause = _POLITE_END.sub("", clause)
        clause = _DONE_BY.sub("", _JUST_DONE.sub("that", clause))
        if not clause or _FILLER.match(clause):
            continue
        if not _UNDO_PHRASE.match(clause):
            return False
        found = True
    return found

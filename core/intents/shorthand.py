"""Chat shorthand for the words the grammar needs, written out before the phrase tables.

"tell me abt X", "fish n chips", "ponle la playa tmb", "na vdd tira isso", "dps do museu":
a shorthand is written out only in the language that uses it that way ("n" is "and" in
English chat but "não" in Portuguese), so the message's language is told first. Shorthand the
tables already read ("tmrw", "pq", "vc", "hj", "xfa") is left to them.
"""

from __future__ import annotations

import re

from core.intents.language import detect_language
from core.intents.restarts import without_restarts
from core.intents.spoken_spanish import plain_spanish

# (shorthand, written out, the languages it is said in; None: a message that tells none).
_SHORTHAND: tuple[tuple[re.Pattern[str], str, frozenset[str | None]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), written, frozenset(languages))
    for pattern, written, languages in (
        (r"\babt\b", "about", ("en", "es", "pt", None)),
        (r"(?<=\w)\s+n\s+(?=\w)", " and ", ("en", None)),
        (r"\bb4\b", "before", ("en", None)),
        # "wat is on 4 tomorow", "a cafe 4 the kids": "4" is "for" before a day or a noun phrase
        (
            r"(?<!\bday\s)(?<!\bdia\s)\b4\b(?=\s+(?:tomorrow|tomorow|tmrw|today|tonight|the|us|me|"
            r"[a-z]+day)\b)",
            "for",
            ("en",),
        ),
        (r"\b(?:bc|bcs|cuz|coz)\b", "because", ("en", None)),
        (r"\bthru\b", "through", ("en", None)),
        (r"^hw\b(?=\s+(?:do|does|can|to|is|it)\b)", "how", ("en", None)),
        (r"\bnite\b", "night", ("en", None)),
        # patois and dialect spellings: "w a veg place", "good fi children", "wid us", "pon"
        (r"\bw\b(?=\s+(?:a|an|the|some|my|our)\b)", "with", ("en", None)),
        (r"\bfi\b", "for", ("en", None)),
        (r"\bwid\b", "with", ("en", None)),
        (r"\bpon\b", "on", ("en",)),
        (r"\bmek\s+(?:we|us)\b", "let's", ("en", None)),
        (r"\bweh\b", "that's", ("en",)),
        (r"\bhoose\b", "house", ("en", None)),
        (r"\bwhit(?=\s*'?\s*s\b|\s+is\b)", "what", ("en", None)),  # Scots "whit's X"
        (r"\bhame\b", "home", ("en", None)),
        (r"(?<=\d)\s*uhr\b", "h", ("en", None)),  # a German "15 Uhr" in English chat
        (r"^gonnae\s+(?=\w)", "can you ", ("en", None)),  # Scots: "gonnae book X" asks
        (r"\b(?:tmb|tmbn|tb)\b", "también", ("es",)),
        (r"\b(?:dsp|dps)\b", "después", ("es",)),
        (r"\bbn\b", "bien", ("es",)),
        # "cámbiala x un sitio de bacalao": "x" is "por" before a noun phrase.
        (r"\bx\b(?=\s+(?:un|una|unos|unas|el|la|los|las)\b)", "por", ("es",)),
        (r"\btmb\b", "também", ("pt",)),  # "tb", "tbm": the Portuguese table reads them
        (r"\bdps\b", "depois", ("pt",)),
        (r"\bvdd\b", "verdade", ("pt",)),
        (r"\bqdo\b", "quando", ("pt",)),
        (r"\bmsm\b", "mesmo", ("pt",)),
        (r"\btds\b", "todos", ("pt",)),
        # "uma praia no dia 4 di tarde": the spoken "di" of "de" before a part of the day
        (r"\bdi\b(?=\s+(?:tarde|manh[aã]|noite|madrugada)\b)", "de", ("pt", None)),
        # "algo barato p almoçar", "p comer": "p" is "pra" before an infinitive.
        (r"\bp\b(?=\s+[^\W\d_]+(?:ar|er|ir|á|ê)\b)", "pra", ("pt", None)),
    )
)


def expand_shorthand(text: str) -> str:
    """The message with the chat shorthand of its language written out.

    Args:
        text: a normalized message (core.intents.parse.normalize).

    Returns:
        The message, each shorthand its language uses replaced by the word it stands for.
    """
    text = without_restarts(text)  # "canvia... cambia", "una pastisseria... una pasteleria"
    language = detect_language(text)
    for pattern, written, languages in _SHORTHAND:
        if language in languages:
            text = pattern.sub(written, text)
    if language == "es":
        text = plain_spanish(text)  # "el miercole", "argo de pescao", "…, plebe"
    return " ".join(text.split())

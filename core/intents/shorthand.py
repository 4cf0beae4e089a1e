"""Chat shorthand for the words the grammar needs, written out before the phrase tables.

"tell me abt X", "fish n chips", "ponle la playa tmb", "na vdd tira isso", "dps do museu":
a shorthand is written out only in the language that uses it that way ("n" is "and" in
English chat but "não" in Portuguese), so the message's language is told first. Shorthand the
tables already read ("tmrw", "pq", "vc", "hj", "xfa") is left to them.
"""

from __future__ import annotations

import re

from core.intents.language import detect_language

# (shorthand, written out, the languages it is said in; None: a message that tells none).
_SHORTHAND: tuple[tuple[re.Pattern[str], str, frozenset[str | None]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), written, frozenset(languages))
    for pattern, written, languages in (
        (r"\babt\b", "about", ("en", "es", "pt", None)),
        (r"(?<=\w)\s+n\s+(?=\w)", " and ", ("en", None)),
        (r"\bb4\b", "before", ("en", None)),
        (r"\b(?:bc|bcs|cuz|coz)\b", "because", ("en", None)),
        (r"\bthru\b", "through", ("en", None)),
        (r"\bnite\b", "night", ("en", None)),
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
    language = detect_language(text)
    for pattern, written, languages in _SHORTHAND:
        if language in languages:
            text = pattern.sub(written, text)
    return " ".join(text.split())

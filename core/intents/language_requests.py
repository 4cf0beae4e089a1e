"""Asking to be answered in another language ("háblame en español", "can you speak english pls").

A request names one of the languages the service speaks and asks to be spoken to in it: with a
verb of speaking or writing ("fala comigo em português"), a preference ("prefiro português",
"I'd rather English"), or alone with nothing else to ask ("en español por favor"). A language
named inside another request ("a restaurant with an english menu", "how do you say thanks in
spanish") is not one: a kind of place, a number or a word of another request rules it out.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn, Topic
from core.intents.place_words import TRANSLATIONS
from core.text import fold

# Every name a traveler may give a language, in the three languages (folded).
_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "ingles", "inglish", "englis", "engles", "anglais"),
    "es": ("spanish", "espanol", "espanhol", "castellano", "castelhano", "spanol", "espaniol"),
    "pt": ("portuguese", "portugues", "portuges", "portugese", "portugue", "brasileiro"),
}
_LANGUAGE_OF = {name: code for code, names in _NAMES.items() for name in names}
# Speaking, writing, answering, switching, preferring: the request itself.
_ASKING = re.compile(
    r"\b(?:speak\w*|talk\w*|writ\w*|wrote|answer\w*|repl\w*|respond\w*|reply|text|chat\w*|"
    r"communicat\w*|switch\w*|chang\w*|use|prefer\w*|rather|"
    r"habl\w*|escrib\w*|respond\w*|contest\w*|comunic\w*|cambi\w*|pas[ae]\w*|usa\w*|"
    r"prefier\w*|prefer\w*|"
    r"fal[ae]\w*|escrev\w*|respond\w*|convers\w*|mud[ae]\w*|troc\w*|pass[ae]\w*|us[ae]\w*|"
    r"prefir\w*)\b"
)
# Other things a language is named in: a menu, a guide, a tour, translating, saying a word.
_ELSEWHERE = re.compile(
    r"\b(?:menu|menus|cardapio|carta|guide|guia|guias|tour|tours|visita|translat\w*|traduc\w*|"
    r"traduz\w*|say|dice|diz|decir|dizer|means?|significa|speaking\s+staff|staff|film|movie|"
    r"pelicula|filme|book|libro|livro|mass|misa|missa|sign|signs)\b"
)
# Words that may stand beside a bare language name: "in english please", "em português pf".
_BARE_PADDING = frozenset(
    """in en em to a al para pra please pls plz por favor porfa pf pfv ok okay only solo so
    now ahora agora just the el o idioma lingua language lang yes si sim thanks gracias obrigado
    obrigada i me we""".split()
)
MAX_WORDS = 25


def language_request(text: str) -> str | None:
    """The language code ('en', 'es', 'pt') a message asks to be answered in, or None.

    Args:
        text: The message as typed.

    Returns:
        The code of the one language named, when the message asks to be spoken to in it.
    """
    folded = fold(text)
    words = folded.split()
    if not words or len(words) > MAX_WORDS or re.search(r"\d", folded):
        return None
    rest = [w for w in words if w not in _LANGUAGE_OF]
    if _ELSEWHERE.search(folded) or any(word in TRANSLATIONS for word in rest):
        return None
    asking = list(_ASKING.finditer(" ".join(rest)))
    if not asking and not all(w in _BARE_PADDING for w in rest):
        return None
    if asking:
        # "my phone is in english but I'd rather portuguese": the language asked for comes
        # after the last verb of asking.
        verb_at = " ".join(rest)[: asking[-1].start()].count(" ") + 1
        after = {_LANGUAGE_OF[w] for w in _after_word(words, verb_at) if w in _LANGUAGE_OF}
        if len(after) == 1:
            return after.pop()
    named = {_LANGUAGE_OF[word] for word in words if word in _LANGUAGE_OF}
    # None named, or "from english to spanish": which one is meant is unclear.
    return named.pop() if len(named) == 1 else None


def _after_word(words: list[str], count: int) -> list[str]:
    """The words from the `count`-th word that is not a language name on."""
    seen = 0
    for index, word in enumerate(words):
        if word in _LANGUAGE_OF:
            continue
        seen += 1
        if seen == count:
            return words[index:]
    return []


def language_turn(text: str) -> ParsedTurn | None:
    """A LANGUAGE turn for a request to be answered in another language, or None."""
    code = language_request(text)
    if code is None:
        return None
    return ParsedTurn(intent=Intent.SOCIAL, topic=Topic.LANGUAGE, reply_language=code)

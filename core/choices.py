"""Resolve a typed reply against the options of an open prompt (DESIGN §6). Pure, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from core.intents.slots import NUMBER_WORDS, ORDINAL_WORDS
from core.text import fold, similar
from core.yes_no_reading import YES_SAID, read_yes_no
from core.yes_no_words import NO, YES


class PromptKind(StrEnum):
    """What an open prompt asks for."""

    SELECTION = "selection"
    CONFIRMATION = "confirmation"


class Outcome(StrEnum):
    """What a typed reply turned out to be."""

    CHOSEN = "chosen"
    AMBIGUOUS = "ambiguous"
    OUT_OF_RANGE = "out_of_range"
    NOT_A_CHOICE = "not_a_choice"
    # Every option turned down ("none of these"): the prompt closes, nothing changes.
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class Resolution:
    """The result of resolving a reply; `index` is set when CHOSEN."""

    outcome: Outcome
    index: int | None = None
    matches: tuple[int, ...] = field(default_factory=tuple)


NOT_A_CHOICE = Resolution(Outcome.NOT_A_CHOICE)

CONFIRM_YES = 0
CONFIRM_NO = 1

_YES = YES
_NO = NO
# Said around a yes or a no without changing it ("yes please", "no, keep it", "sí, dale").
_ALONG = frozenset(
    fold(w)
    for w in (
        "please",
        "thanks",
        "thank you",
        "por favor",
        "gracias",
        "obrigado",
        "obrigada",
        "pls",
        # "sí, todo", "yes all of it", "sim, tudo": the yes covers everything asked
        "todo",
        "tudo",
        "all",
        "all of it",
        "everything",
        "todo eso",
        "tudo isso",
        "de una",
        "claro",
        "of course",
    )
)
_LEAD_IN = re.compile(r"^(?:actually|well|hmm+|oh|um+|uh+|ok so|so|bueno|pues|entao|ah)\s+")

_CARDINALS = {
    **NUMBER_WORDS,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "quatro": 4,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
}
_ORDINALS = {
    **ORDINAL_WORDS,
    "primero": 1,
    "primera": 1,
    "segundo": 2,
    "segunda": 2,
    "tercero": 3,
    "tercera": 3,
    "cuarto": 4,
    "cuarta": 4,
    "quinto": 5,
    "quinta": 5,
    "primeiro": 1,
    "primeira": 1,
    "terceiro": 3,
    "terceira": 3,
    "premier": 1,
    "premiere": 1,
    "deuxieme": 2,
    "troisieme": 3,
    "erste": 1,
    "erster": 1,
    "zweite": 2,
    "zweiter": 2,
    "dritte": 3,
}
_LAST = frozenset({"last", "ultimo", "ultima", "dernier", "derniere", "letzte", "letzter"})
_PENULTIMATE = re.compile(r"^(second to last|second last|next to last|penultimate)$")
# Words around a choice that add nothing: "I'll take the second one, please".
_LEADING = re.compile(
    r"^(?:(?:i ?ll|i will|ill|lets|let s|we ll|i d like|id like|i want|i choose|i pick|"
    r"i ll take|take|pick|choose|go with|going with|select|give me|i ll go with|ill go with|"
    r"i ll have|ill have|make it|how about|maybe|hmm|um|ok|okay|so|that|this|"
    r"dame|deme|quiero|me quedo con|elijo|escojo|prefiero|voy con|vamos con|ponme|pon|mejor|"
    r"dale con|dale|va el|va la|vai o|vai a|vai de|manda o|manda a|"
    r"fico com|quero|escolho|prefiro|vou de|vou com|vamos de|vamos com|me da|pode ser|bota|"
    r"coloca|manda)\s+)*"
    r"(?:(?:the|a|option|number|no|num|card|choice|opcion|opcao|numero|el|la|o|a)\s+)?"
    r"(?:(?:de|do|da|del)\s+)?"
)
_TRAILING = re.compile(
    r"(?:\s+(?:one|option|choice|card|please|pls|plz|thanks|thank you|thx|por favor|porfa|porfis|"
    r"pfv|plis|opcion|opcao|"
    r"obrigado|obrigada|gracias|merci|danke|on the list|in the list|from the list|looks good|"
    r"sounds good|looks great|is good|is fine|works|works for me|would be great|is perfect|"
    r"se ve bien|esta bien|me gusta|parece bien|parece bom|ta bom|ta otimo))*\s*$"
)
_EMOJI = {
    "👍": CONFIRM_YES,
    "👌": CONFIRM_YES,
    "✅": CONFIRM_YES,
    "👎": CONFIRM_NO,
    "❌": CONFIRM_NO,
}
_NUMBER = re.compile(r"^#?\s*(\d{1,3})(?:st|nd|rd|th)?[.)]?$")
_RAW_NUMBER = re.compile(
    r"^\s*(?:#|no\.?|option|number|num\.?)?\s*(\d{1,3})\s*[.)!]?\s*$", re.IGNORECASE
)
_GENERIC_NAME_WORDS = frozenset({"restaurant", "cafe", "the", "hotel", "bar", "place", "day"})


def _strip(folded: str) -> str:
    core = _LEADING.sub("", folded, count=1)
    core = _TRAILING.sub("", core, count=1)
    return core.strip()


def _position(core: str, count: int, *, cardinal_words: bool = True) -> int | None:
    """1-based position named by a number, ordinal or 'last'; None if the text is not one."""
    if match := _NUMBER.match(core):
        return int(match.group(1))
    if cardinal_words and core in _CARDINALS:
        return _CARDINALS[core]
    if core in _ORDINALS:
        return _ORDINALS[core]
    if core in _LAST:
        return count
    if _PENULTIMATE.match(core):
        return count - 1
    return None


def _by_name(core: str, labels: list[str]) -> tuple[int, ...]:
    folded_labels = [fold(label) for label in labels]
    exact = tuple(i for i, label in enumerate(folded_labels) if label == core)
    if exact:
        return exact
    words = [w for w in core.split() if w not in _GENERIC_NAME_WORDS] or core.split()
    if not words or len(core) < 3:
        return ()
    return tuple(
        i
        for i, label in enumerate(folded_labels)
        if all(
            any(similar(w, lw) or (len(w) >= 3 and lw.startswith(w)) for lw in label.split())
            for w in words
        )
    )


def _as_typed(text: str) -> str:
    return " ".join(text.casefold().split())


def _exact_label(text: str, labels: list[str]) -> int | None:
    """The one label the reply spells out in full, before any filler word is stripped.

    "The One", "Number One" or "Maybe Sammy" typed as shown name that option, not the first
    or "Sammy". Compared folded first, then as typed (for "Café Día" beside "Cafe Dia", and
    labels that fold to nothing, like "🍣").
    """
    for key in (fold, _as_typed):
        typed = key(text)
        keys = [key(label) for label in labels]
        if typed and keys.count(typed) == 1:
            return keys.index(typed)
    return None


def _polarity(words: str) -> int | None:
    if words in _YES:
        return CONFIRM_YES
    if words in _NO:
        return CONFIRM_NO
    return None


# Words around a yes or no that say neither ("ah cierto, ya estaba. entonces nada").
_NEITHER = frozenset(
    "ah oh ok okay hmm um well so then right true cierto verdad bueno pues entonces entao "
    "ai ah la ya ja nossa".split()
)


def _polarity_of_phrases(words: list[str]) -> int | None:
    """The one polarity of a reply made only of yes phrases or only of no phrases.

    Words that say neither may stand between them; None when it says both, nothing, or
    anything else.
    """
    said: set[int] = set()
    index = 0
    while index < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(words[index : index + size])
            if (polarity := _polarity(phrase)) is not None:
                said.add(polarity)
                index += size
                break
            if size == 1 and (phrase in _NEITHER or phrase in _ALONG):
                index += 1
                break
        else:
            return None
    return said.pop() if len(said) == 1 else None


def _yes_no(core: str, folded: str, text: str) -> int | None:
    """A yes or no said in the reply; never a yes when any word of it says no."""
    reading = read_yes_no(text)
    if reading.said is not None:
        return CONFIRM_YES if reading.said == YES_SAID else CONFIRM_NO
    said = _yes_no_words(core, folded)
    return None if said == CONFIRM_YES and reading.no_heard else said


def _yes_no_words(core: str, folded: str) -> int | None:
    for candidate in (folded, core, _TRAILING.sub("", folded).strip()):
        if (said := _polarity(candidate)) is not None:
            return said
    if (said := _polarity_of_phrases(folded.split())) is not None:
        return said
    # "yep go ahead", "actually no, keep it", "sí, dale": a yes or no, then more of the same.
    words = _LEAD_IN.sub("", folded).split()
    for size in (3, 2, 1):
        said = _polarity(" ".join(words[:size]))
        rest = " ".join(words[size:])
        rest = _LEAD_IN.sub("", rest) if rest else rest
        while size == 1 and rest.split()[:1] == words[:1]:
            rest = " ".join(rest.split()[1:])  # "no no mejor déjalo así"
        if said is not None and (not rest or rest in _ALONG or _polarity(rest) == said):
            return said
    return CONFIRM_YES if _yes_then_the_same(words) else None


# After a yes, words that take something back or ask for more than was asked ("sí, pero más
# tarde", "yes and add a bar too", "sim, mas só o almoço"): then it is not a plain yes.
_NOT_PLAIN = frozenset(
    fold(w)
    for w in """no not dont don't nao não nunca never but pero mas instead actually mejor melhor
    prefiero prefiro wait espera espere cancel cancela cancelar change cambia muda only solo
    só just except menos sin sem and y e also tambien tambem then luego depois after despues
    antes before later tarde other otro otra outro outra""".split()
)


def _yes_then_the_same(words: list[str]) -> bool:
    """A yes followed by words that only go along with it.

    "sí, acórtalo", "sim, apaga", "ok lah", "yes po", "sim, se faz favor": the action said
    again, particles, politeness.
    """
    for size in (3, 2, 1):
        if _polarity(" ".join(words[:size])) == CONFIRM_YES:
            rest = words[size:]
            return bool(rest) and not any(
                w in _NOT_PLAIN or any(ch.isdigit() for ch in w) for w in rest
            )
    return False


# "you pick", "cualquiera", "pode escolher vc": the traveler leaves the choice to us, and the
# first card is the best match.
_YOU_CHOOSE = re.compile(
    r"^(?:(?:ok|okay|hmm|um|bueno|pues|entao|ah)\s+)?(?:(?:you|u)\s+(?:choose|pick|decide)|"
    r"(?:your|ur)\s+(?:choice|call|pick)|dealer\s*s\s+choice|surprise\s+me|"
    r"(?:any|anyone|whichever|whatever)(?:\s+(?:one|of\s+them|is\s+fine|works|you\s+like))?|"
    r"(?:elige|elegi|escoge|escogé|decide|decidi)\s+(?:tu|vos|usted)|(?:tu|vos)\s+(?:elige|elegi|decides)|"
    r"cualquier[ae]?(?:\s+(?:una|uno|esta\s+bien))?|(?:el|la)\s+que\s+(?:quieras|sea)|"
    r"(?:me\s+)?da\s+(?:igual|lo\s+mismo)|sorprendeme|(?:pode\s+)?escolh\w*\s+(?:vc|voce|tu)|"
    r"(?:vc|voce|tu)\s+escolhe|qualquer(?:\s+(?:um|uma))?|tanto\s+faz|surpreende\s*me)"
    r"(?:\s+(?:please|pls|porfa|pf|pfv|por\s+favor|mesmo|then|entonces))?$"
)


_HELD_LETTER = re.compile(r"([a-z])\1{2,}")


# "4 of us", "we're 3", "somos 2", "para 5 personas", "pra 4 pessoas": a count of people.
_PEOPLE = re.compile(
    r"^\s*(?:(?:we\s*(?:'?\s*re|\s+are)|somos|seremos|para|pra|for)\s+)?(?P<n>\d{1,2})\s*"
    r"(?:of\s+us|people|persons|pax|guests|adults|personas|pessoas|adultos)?\b",
    re.IGNORECASE,
)


def _counted_label(text: str, labels: list[str]) -> int | None:
    """The option naming as many people as a reply that counts them ("4 of us, 7pm")."""
    said = _PEOPLE.match(fold(text))
    if said is None or not re.search(
        r"\b(?:of\s+us|people|persons|pax|guests|adults|personas|"
        r"pessoas|adultos|somos|seremos|we|were|we\s*'\s*re)\b",
        fold(text),
    ):
        return None
    count = said.group("n")
    for index, label in enumerate(labels):
        words = fold(label).split()
        if words and words[0] == count and len(words) == 2:  # "4 people", "4 personas"
            return index
    return None


def _emoji_answer(text: str) -> int | None:
    """The yes or no of a reply with no word in it ("👍", "👍🏽👍🏽", "❌")."""
    if (emoji := _EMOJI.get(text.strip())) is not None or fold(text):
        return emoji
    said = read_yes_no(text).said
    return None if said is None else (CONFIRM_YES if said == YES_SAID else CONFIRM_NO)


def resolve_reply(text: str, labels: list[str], kind: PromptKind) -> Resolution:
    """Resolve a typed reply to the index of one of `labels`.

    Order: number ("2", "#2", "option 2") → an option's whole label ("The One") → ordinal
    ("second", "the last one") → option name (accent/case-insensitive, partial, typo-tolerant
    when unambiguous) → yes/no words for confirmations. A sentence that merely contains a
    number is not a choice.
    """
    if not labels:
        return NOT_A_CHOICE
    if match := _RAW_NUMBER.match(text):
        return _in_range(int(match.group(1)), len(labels))
    if kind is PromptKind.CONFIRMATION and (emoji := _emoji_answer(text)) is not None:
        return _in_range(emoji + 1, len(labels))  # a one-option "confirmation" has no "no"
    if (exact := _exact_label(text, labels)) is not None:
        return Resolution(Outcome.CHOSEN, exact)
    if (counted := _counted_label(text, labels)) is not None:
        return Resolution(Outcome.CHOSEN, counted)  # "4 of us, 7pm" to "For how many people?"
    # "nooo", "siii": a letter held for feeling is still the word.
    folded = _HELD_LETTER.sub(r"\1", fold(text))
    if not folded:
        return NOT_A_CHOICE
    core = _strip(folded) or folded
    confirming = kind is PromptKind.CONFIRMATION
    if not confirming and _YOU_CHOOSE.match(folded):
        return Resolution(Outcome.CHOSEN, 0)
    if confirming and (answer := _yes_no(core, folded, text)) is not None:
        return _in_range(answer + 1, len(labels))
    # Number words stay out of yes/no questions: a hesitant "um" (pt "one") must not confirm.
    position = _position(core, len(labels), cardinal_words=not confirming)
    if position is not None:
        return _in_range(position, len(labels))
    matches = _by_name(core, labels) if core else ()
    if len(matches) == 1:
        return Resolution(Outcome.CHOSEN, matches[0])
    if len(matches) > 1:
        return Resolution(Outcome.AMBIGUOUS, matches=matches)
    return NOT_A_CHOICE


def _in_range(position: int, count: int) -> Resolution:
    if 1 <= position <= count:
        return Resolution(Outcome.CHOSEN, position - 1)
    return Resolution(Outcome.OUT_OF_RANGE)

"""Phrase rules that rewrite a language's ways of saying things into the one grammar we parse.

A rule's pattern is written without accents ("dia", "manana", "almoco"); `loose` compiles it
so that it also matches every accented spelling ("día", "mañana", "almoço"), in any case. Only
the words that carry structure (verbs, days, times, meals, connectors, wishes) are rewritten;
place names and what the traveler is looking for are left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from babel.dates import get_month_names
from text_to_num import text2num

from core.intents.rule_gate import GateIndex, fold, needs

_ACCENTS = {
    "a": "[aáàâãä]",
    "e": "[eéèêë]",
    "i": "[iíìîï]",
    "o": "[oóòôõö]",
    "u": "[uúùûü]",
    "c": "[cç]",
    "n": "[nñ]",
}


def loose(pattern: str) -> re.Pattern[str]:
    r"""Compile an accent-free pattern so that it matches accented spellings too.

    Escapes (`\\b`, `\\s`), character classes and group names are kept as written.
    """
    out: list[str] = []
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if pattern.startswith("(?P<", index):
            end = pattern.index(">", index)
            out.append(pattern[index : end + 1])
            index = end + 1
            continue
        if pattern.startswith("(?", index):  # inline flags such as (?-i:…) stay as written
            end = index + 2
            while end < len(pattern) and pattern[end] in "-aiLmsux":
                end += 1
            out.append(pattern[index:end])
            index = end
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        out.append(char if in_class else _ACCENTS.get(char, char))
        index += 1
    return re.compile("".join(out), re.IGNORECASE)


Replacement = str | Callable[[re.Match[str]], str]

_MONTH_NAMES = sorted(
    {
        name.lower()
        for language in ("es", "pt")
        for name in get_month_names("wide", locale=language).values()
    },
    key=len,
    reverse=True,
)
# "el día 10 de diciembre", "dia 10/12" are dates, not day 10 of the trip.
NOT_A_DATE = r"(?!\s+de\s+(?:" + "|".join(_MONTH_NAMES) + r")\b|/\d)"


@dataclass(frozen=True)
class Rule:
    """One rewrite: every match of `pattern` becomes `replacement` (padded with spaces)."""

    pattern: re.Pattern[str]
    replacement: Replacement
    # `pattern.sub` with the padded replacement, built once: a message meets hundreds of rules
    # and most match nothing, so building the replacement per call was most of a rule's cost.
    run: Callable[[str], str] = field(init=False, repr=False, compare=False)
    # Folded strings at least one of which every match contains (`rule_gate`): a rule whose
    # strings are all absent from a message is not scanned at all. ("",) runs always.
    needs: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.replacement, str):
            template = self.replacement

            def padded(match: re.Match[str]) -> str:
                return f" {match.expand(template)} "

        else:
            replace = self.replacement

            def padded(match: re.Match[str]) -> str:
                return f" {replace(match)} "

        object.__setattr__(self, "run", partial(self.pattern.sub, padded))
        object.__setattr__(self, "needs", needs(self.pattern))

    def apply(self, text: str) -> str:
        """The text with this rule applied everywhere (the same string when nothing matched)."""
        return self.run(text)


def rules(pairs: Iterable[tuple[str, Replacement]]) -> tuple[Rule, ...]:
    """Compile (accent-free pattern, replacement) pairs, in order."""
    return tuple(Rule(loose(pattern), replacement) for pattern, replacement in pairs)


def rewrite(text: str, table: Iterable[Rule]) -> str:
    """Apply every rule in order, then tidy spaces."""
    text = " ".join(text.split())
    rules_ = table if isinstance(table, tuple) else tuple(table)
    if len(rules_) < _INDEXED_FROM:
        return _rewrite_each(text, rules_)
    index = _index_of(rules_)
    # Only the rules whose gate strings are in the text are run (`rule_gate`), in order.
    live = index.live(fold(text))
    while live:
        lowest = live & -live
        position = lowest.bit_length() - 1
        changed = rules_[position].run(text)
        live ^= lowest
        # Tidy after every rule that changed something: a later pattern's single spaces must
        # still match. (Most of the rules match nothing in a message, and re.sub then hands
        # the same string back: tidying it again cost a third of a parse.)
        if changed is not text:
            text = " ".join(changed.split())
            live = index.live(fold(text)) >> (position + 1) << (position + 1)
    return text


def _rewrite_each(text: str, table: tuple[Rule, ...]) -> str:
    """`rewrite` for a short table: each rule's gate strings checked in turn."""
    folded = fold(text)
    for rule in table:
        for need in rule.needs:
            if need in folded:
                break
        else:
            continue  # nothing this rule's pattern needs is in the text: it cannot match
        changed = rule.run(text)
        if changed is not text:
            text = " ".join(changed.split())
            folded = fold(text)
    return text


# A table this long is read through a `GateIndex` (built once per table); a shorter one is
# cheaper to gate rule by rule than to split the text into pairs of characters.
_INDEXED_FROM = 24
_INDEXES: dict[int, tuple[tuple[Rule, ...], GateIndex]] = {}


def _index_of(table: tuple[Rule, ...]) -> GateIndex:
    """The table's gate index, built on first use.

    Tables are module constants; the entry holds its table, so the id is never reused.
    """
    held = _INDEXES.get(id(table))
    if held is None or held[0] is not table:
        held = _INDEXES[id(table)] = (table, GateIndex(rule.needs for rule in table))
    return held[1]


def number_value(word: str, language: str) -> int | None:
    """A number written as digits or words ("2", "dos", "três", "two") → 2, else None."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    try:
        return int(text2num(word, language))
    except ValueError:
        return None


class Counting:
    """Numbers and ordinals of one language, as replacements for phrase rules."""

    def __init__(self, language: str, ordinals: dict[str, int]) -> None:
        self._language = language
        self._ordinals = ordinals

    def count(self, word: str) -> str:
        """'dos' → '2'; a word that is no number stays as it is."""
        value = number_value(word, self._language)
        return str(value) if value is not None else word

    def day(self, prefix: str) -> Callable[[re.Match[str]], str]:
        """A replacement for a matched day number or ordinal (group `n`): 'on day 2'."""

        def replace(match: re.Match[str]) -> str:
            number = match.group("n")
            ordinal = None if number.isdigit() else self._ordinals.get(number.lower())
            return " ".join(filter(None, (prefix, "day", str(ordinal or self.count(number)))))

        return replace

    def counted(self, template: str) -> Callable[[re.Match[str]], str]:
        """A replacement that puts the matched number (group `n`) into `template`'s `{n}`."""
        return lambda match: template.format(n=self.count(match.group("n")))


# How a remark starts, whatever it follows: a reason, a feeling, a plan of one's own ("want to
# beat the crowds", "not fussed on haggis", "my wife is vegetarian", "ja fomos lá", "vamos a
# descansar", "lo queremos libre", "too far w the ferry", "this has been really helpful").
REMARK_START = (
    r"want\s+to|wanna|do\s+(?:i|we)\s+need|not\s+(?:fussed|keen|into|a\s+fan|sure)|on\s+a\s+budget|"
    r"too\s+(?:far|expensive|busy|crowded|pricey|touristy|hot|cold|tired|long|much)|"
    r"(?:my|our)\s+\w+\s+(?:is|s|are|has|have|hates?|loves?|can\s*t|cannot|doesn\s*t)|"
    r"(?:ja|ya)\s+(?:fomos|fuimos|fui|estivemos|estuvimos|vimos|conocemos|conhecemos|visitamos)|"
    r"(?:vamos|vamo)\s+(?:fazer|a\s+descansar|descansar|a\s+hacer|a\s+ir|ir|dormir|a\s+dormir)|"
    r"nos\s+vamos|volvemos|voltamos|lo\s+queremos|la\s+queremos|queremos\s+(?:descansar|dormir|libre)|"
    r"imprevisto|(?:q|que)\s+(?:queda|fica|es|esta|e)\s+(?:muy|mt|muito|mto)|"
    r"(?:it|its|it\s+s|that\s+s|thats)\s+too|we\s+(?:ll|will)\s+(?:just\s+)?(?:wing|improvise|see)|"
    r"(?:we|i)\s+(?:d|would)\s+like\s+a\s+lie\s+in|got\s+new\s+flights|this\s+has\s+been|"
    r"estamos|estou|to\s+mort[oa]|a\s+gente\s+(?:vai|quer|ja)|mi\s+\w+\s+es|minha\s+\w+\s+e|"
    r"meu\s+\w+\s+e|not\s+feeling\s+it|keep\s+(?:the|my|our|that)|leave\s+(?:the|that)|"
    r"deja\s+(?:el|la|los|las)|mant[eé]n\s+(?:el|la)|deixa\s+(?:o|a|os|as)|mant[eé]m\s+(?:o|a)|"
    r"mudei\s+de\s+ideia|cambi[eé]\s+de\s+(?:idea|opini[oó]n)|changed\s+my\s+mind"
)
# Laughter and the little words a remark may start with ("lol", "jajaja", "pq", "because").
REMARK_LEAD = r"(?:(?:lol|haha\w*|jaja\w*|kkk\w*|ah|oh|pq|porque|because|cause|since|as)\s+)*"

# What may follow a thanks said as a whole message ("gracias por todo tío", "valeu demais gente"):
# anything else is a request said after it ("valeu! agora tira o ryoan-ji").
AFTER_THANKS = (
    r"(?:[\s,!.]+(?:por\s+todo|por\s+la\s+ayuda|por\s+tudo|pela\s+ajuda|de\s+nuevo|otra\s+vez|"
    r"de\s+novo|totales|mil|muchas|muchisimas|tio|tia|che|amigo|amiga|amigos|crack|capo|genio|"
    r"demais|mesmo|muito|gente|pessoal|viu|cara|mano|ai|aí|hermano|bro|chicos|chicas|loco|"
    r"de\s+verdad|en\s+serio|tudo|todo|valeu|vlw|obrigad[oa]|gracias|thanks|show|top|"
    # "gracias, eres un arte", "valeu, você é fera"
    r"(?:sos|eres|es)\s+(?:un|una)\s+(?:genio|crack|capo|maquina|idolo|arte|fenomeno|hacha|"
    r"titan|lujo|sol|amor)|(?:voce|vc)\s+e\s+(?:fera|demais|top|o\s+cara)))*[\s,!.]*$"
)


def replace_with(match: re.Match[str]) -> str:
    """'cambia X por' / 'troca X por' → 'replace X with' (group `old`)."""
    return f"replace {match.group('old')} with"


def is_open(match: re.Match[str]) -> str:
    """'¿está abierto X?' / 'X está aberto?' → 'is X open' (group `name`)."""
    return f"is {match.group('name')} open"


# Words that open or pad a chat clause but never name a thing: what "it" cannot point at
# ("nel, mejor quita eso", "hmm on second thought remove it").
NOT_A_TOPIC = frozenset(
    "no yes ok okay nah nope yeah yep well so and but oh ah hmm ugh then also actually sure "
    "e y pero si sim nao não nel if "
    # words that turn a conversation, never a thing: "deixa, tira ele", "uy no, quítala"
    "deixa deja dejalo déjalo espera wait oops ops ups uy ay eita sorry perdon perdón desculpa "
    "mejor melhor bueno pues entonces entao então".split()
) | {
    "if so",
    "uy no",
    "ay no",
    "na vdd",
    "na verdade",
    "en realidad",
    "me equivoqué",
    "me equivoque",
    "errei",
    "pensando bem",
    "pensándolo bien",
    "pensandolo bien",
    "never mind",
    "my bad",
}

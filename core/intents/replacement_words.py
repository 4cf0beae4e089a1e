"""A replacement said without "replace": one thing of the trip for another, every way.

- Without a verb, "x" or "por" between the two: "la Marisqueira da Foz x sushi", "Konkan
  Coast Kitchen por comida callejera", "o jantar do dia 2 pelo sushi".
- Putting something in another's place: "põe um templo no lugar dela", "pon un mirador en
  lugar del castillo", "put a temple in place of the caves", "en vez del kaiseki pon un
  izakaya", "no lugar da Elephanta coloca um templo". A pronoun ("dela", "it", "eso") is the
  place named in the message's other clause ("a Elephanta é longe demais, põe um templo no
  lugar dela").

Read on the message as typed (normalized, openers off), before the es/pt rewrites, which
would make "põe um templo" an addition and "longe" a question about distance. Written: the
rules' phrasing, "replace {old} with {new}".
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn
from core.text import fold

_NAME = r"[A-ZÀ-Ý][\w'&.-]*(?:\s+(?:de|da|do|del|dos|das|la|el|&|y|e|[A-ZÀ-Ý][\w'&.-]*))*"
_MEAL = (
    r"(?i:cena|almuerzo|desayuno|comida|jantar|almo[cç]o|caf[eé]\s+da\s+manh[aã]|"
    r"pequeno[\s-]almo[cç]o|dinner|lunch|breakfast)"
    r"(?:\s+(?:del?|do|of|on)\s+(?:d[ií]a|day)\s+\d{1,2})?"
)
_ARTICLE = r"(?i:(?:el|la|los|las|o|a|os|as|the|mi|my|our|nuestro|nuestra|nosso|nossa)\s+)?"
# "la Marisqueira da Foz x sushi": the thing, "x" / "por" / "pelo", what instead.
_VERBLESS = re.compile(
    rf"^{_ARTICLE}(?P<old>{_NAME}|{_MEAL})\s+(?:x|por|pel[oa]|pra|->)\s+"
    r"(?!(?:favor|fa|la\s+(?:noche|tarde|manana|mañana)|a\s+(?:noite|tarde|manh[aã])|persona|"
    r"pessoa|ahi|aqui|aquí|ali|dia|d[ií]a|day|hora|las|los|el)\b)(?!\d)(?P<new>[^,.!?;]+?)\s*[.!?]*$",
)
_PUT = (
    r"(?:pon|ponme|ponle|pone|pongan|p[oõ]e|poe|ponha|coloca|coloque|bota|mete|mete-me|agrega|"
    r"agregale|adiciona|put|add|stick|throw|"
    # "instead of X give me a veg place", "find us Y instead of X": who it is for is no place
    r"(?:give|get|find|book|show)\s+(?:me|us)|gimme|suggest|recommend|"
    r"get|pick|elige|escolhe|busca|procura)"
)
_IN_PLACE = (
    r"(?:no\s+lugar\s+d(?:[oa]s?|e|ele|ela|eles|elas)|en\s+(?:el\s+)?lugar\s+de(?:l)?|"
    r"en\s+vez\s+de(?:l)?|em\s+vez\s+d(?:[eoa]s?|ele|ela)|ao\s+inv[eé]s\s+d(?:[eoa]s?|ele|ela)|"
    r"in\s+place\s+of|instead\s+of)"
)
_PUT_IN_PLACE = re.compile(
    rf"\b{_PUT}\s+(?P<new>[^,.!?;]+?)\s+{_IN_PLACE}\b\s*(?P<old>[^,.!?;]*)", re.IGNORECASE
)
_IN_PLACE_PUT = re.compile(
    rf"(?:^|[,.;!?]\s*){_IN_PLACE}\s+(?P<old>[^,.!?;]+?)\s*,?\s+{_PUT}\s+(?P<new>[^,.!?;]+)",
    re.IGNORECASE,
)
# "en vez del Fogón Llanero mejor algo italiano", "instead of the wee dram, a cocktail bar":
# what instead, after a comma or a word of preferring, with no verb of putting.
_WANT = (
    r"(?:mejor|melhor|better|rather|quiero|queremos|quero|queremos|queria|prefiero|prefiro|"
    r"preferimos|i\s+want|we\s+want|i'?d\s+like|we'?d\s+like|let'?s\s+(?:do|go\s+with|try)|"
    r"how\s+about|what\s+about|maybe|tal\s+vez|quiz[aá]s|talvez|go\s+with|vamos\s+(?:a|de|com)|"
    # "instead of X please something vegan": the polite word is where what instead starts
    r"please|pls|plz|por\s+favor|porfa|pf)"
)
_IN_PLACE_SAID = re.compile(
    rf"(?:^|[,.;!?]\s*){_IN_PLACE}\s+(?P<old>[^,.!?;]+?)(?:\s*,\s*(?:{_WANT}\s+)?|\s+{_WANT}\s+)"
    r"(?P<new>[^,.!?;]+)",
    re.IGNORECASE,
)
# What instead that is no place: a change of day or time ("…, move it to 9", "…, el martes").
_NOT_A_PLACE = re.compile(
    r"\b(?:it|lo|le|ele|ela|isso|eso|move|mueve|muda|mudar|push|shift|pasa|pasalo|at|a\s+las|"
    r"as|às|day|d[ií]a|can|could|would|pode|puede|puedes)\b|\d",
    re.IGNORECASE,
)
# "marisqueira da foz is too pricey for us, some other seafood place?": a complaint about a stop,
# then another of a kind; a complaint of price asks for a cheaper one.
_COMPLAINT_OTHER = re.compile(
    r"^(?:(?:the|el|la|o|a)\s+)?(?P<old>[^,.!?;]+?)\s+(?:is|s|'s|es|est[aá]|[eé]|t[aá]|fica|queda)\s+"
    r"(?:way\s+|a\s+bit\s+|kinda\s+|muy\s+|mt\s+|muito\s+|mto\s+|bem\s+|meio\s+|"
    r"demasiado\s+|super\s+|re\s+|too\s+|so\s+)*(?P<why>[\w-]+)(?:\s+(?:demais|for\s+us|"
    r"for\s+me|pra\s+gente|pa\s+nosotros|para\s+nosotros))*\s*[,.;!?-]+\s*"
    r"(?P<new>(?:some\s+other|another|other|any\s+other|otro|otra|alg[uú]n\s+otro|alguna\s+otra|"
    r"outro|outra|algum\s+outro|alguma\s+outra|something\s+else|algo\s+(?:m[aá]s\s+)?diferente|"
    r"otra\s+cosa|outra\s+coisa)\b[^,.!?;]*)",
    re.IGNORECASE,
)
_PRICEY = re.compile(
    r"^(?:pricey|expensive|costly|dear|caro|cara|car[ií]s+im[oa])", re.IGNORECASE
)
_PRONOUN = re.compile(
    r"^(?:it|that|this|them|one|eso|esa|ese|esto|este|esta|ele|ela|eles|elas|isso|isto|aquilo|"
    r"lo|la)?$",
    re.IGNORECASE,
)
_TOPIC = re.compile(rf"(?:^|[,.;!?]\s*){_ARTICLE}(?P<topic>{_NAME})")
# "put the castle on day 2 instead of day 1": a day or a time instead of another, no place.
_WHEN = re.compile(
    r"^(?:(?:the|el|la|o|a|los|las)\s+)?(?:d[ií]a|day|dia)\b|^(?:a\s+|at\s+)?(?:las\s+|as\s+|às\s+)?\d"
    r"|^(?:(?:the|el|la|o|a)\s+)?"
    r"(?:today|tomorrow|tonight|hoy|ma[nñ]ana|hoje|amanh[aã]|morning|afternoon|evening|night|"
    r"tarde|noche|noite|manh[aã]|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|segunda|ter[cç]a|quarta|quinta|sexta)\b",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s*(?:pls|please|porfa|por\s+favor|pf|pfv|thanks|gracias|obrigad[oa])\s*$")


def _topic(text: str, span: tuple[int, int]) -> str | None:
    """The place named outside the request's own words ("a Elephanta é longe demais, …")."""
    outside = text[: span[0]] + " , " + text[span[1] :]
    found = _TOPIC.search(outside)
    return found.group("topic") if found else None


def replacement(text: str) -> str | None:
    """The message as "replace {old} with {new}" when it says a replacement that way, or None.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    said = _TAIL.sub("", text.strip())
    if (found := _VERBLESS.match(said)) is not None:
        return f"replace {found.group('old')} with {found.group('new')}"
    for pattern in (_PUT_IN_PLACE, _IN_PLACE_PUT, _IN_PLACE_SAID):
        if (found := pattern.search(said)) is None:
            continue
        old, new = found.group("old").strip(), found.group("new").strip()
        if _PRONOUN.match(old):
            old = _topic(said, found.span()) or ""
        if pattern is _IN_PLACE_SAID and (_NOT_A_PLACE.search(new) or _WHEN.match(new)):
            continue
        if old and new and not _WHEN.match(old):
            return f"replace {old} with {new}"
    if (found := _COMPLAINT_OTHER.match(said)) is not None:
        cheaper = " cheaper" if _PRICEY.match(found.group("why")) else ""
        return f"replace {found.group('old').strip()} with {found.group('new').strip()}{cheaper}"
    return None


def one_replacement(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """A removal, then a replacement of the same stop, as the one replacement it is.

    "not feeling the rooftop kitchen on tuesday, swap it for the italian place", "tira o
    Fogón, troca por um italiano": removing first would leave nothing to replace.
    """
    out: list[ParsedTurn] = []
    for op in ops:
        before = out[-1] if out else None
        if (
            before is not None
            and before.intent is Intent.REMOVE
            and op.intent is Intent.REPLACE
            and before.target is not None
            and op.target is not None
            and (
                _PRONOUN.match(op.target.text or "")
                or fold(op.target.text or "") == fold(before.target.text or "")
            )
        ):
            update: dict[str, object] = {"target": before.target}
            if op.day is None and op.day_ref is None:
                update |= {"day": before.day, "day_ref": before.day_ref}
            out[-1] = op.model_copy(update=update)
            continue
        out.append(op)
    return out

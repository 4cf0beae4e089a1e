"""Moving one item by an amount of time, in three languages.

"push dinner back an hour", "make the museum 30 min earlier", "la cena una hora más tarde",
"atrasá el city palace una hora", "adelanta el desayuno media hora", "o jantar uma hora mais
tarde", "adianta o museu meia hora". The editor adds the minutes to the item's own time.
"""

from __future__ import annotations

import re

from core.intents.day_words import find_when
from core.intents.model import Intent, ParsedTurn, Target
from core.intents.slots import cut, find_days
from core.intents.trip_shift import COUNT_WORDS
from core.text import fold

_AMOUNT = (
    r"(?P<n>an?|one|two|three|un|una|dos|tres|um|uma|dois|duas|\d{1,3}(?:[.,]5)?|half\s+an|"
    r"media|meia)(?:\s+(?:and\s+a\s+half|y\s+media|e\s+meia))?"
)
_UNIT = r"(?P<unit>hours?|hrs?|h|minutes?|mins?|horas?|minutos?)"
_LATER = r"later|back|after|mas\s+tarde|mais\s+tarde|despues|depois"
_EARLIER = r"earlier|forward|sooner|before|mas\s+temprano|antes|mais\s+cedo|mas\s+pronto"
_LATER_VERB = r"(?:push|delay|postpone|bump|atrasa|atrasar|atras[aá]|retrasa|retras[aá]|empurra)"
_EARLIER_VERB = r"(?:bring|pull|adelanta|adelant[aá]|adianta|antecipa)"
_VERB_FIRST = re.compile(
    rf"^(?:(?:can|could)\s+(?:you|u|we)\s+|pls\s+|please\s+|porfa\s+)?"
    rf"(?P<verb>{_LATER_VERB}|{_EARLIER_VERB}|move|make|shift|put|pon|pone|pasa|mueve|passa|"
    r"coloca|bota|deja|deixa)\s+(?P<what>.+?)(?:\s+(?P<dir0>back|forward|up|ahead))?"
    r"\s+(?:by\s+|en\s+|em\s+)?"
    rf"{_AMOUNT}\s+{_UNIT}(?:\s+(?P<dir>{_LATER}|{_EARLIER}))?\s*[?.!]*$",
    re.IGNORECASE,
)
_WHAT_FIRST = re.compile(
    rf"^(?P<what>(?:the|el|la|los|las|o|a|os|as)\s+.+?)\s+{_AMOUNT}\s+{_UNIT}\s+"
    rf"(?P<dir>{_LATER}|{_EARLIER})\s*(?:please|pls|porfa|por\s+favor|pf|pfv)?\s*[?.!]*$",
    re.IGNORECASE,
)
# "el Fogón Llanero atrasalo una hora", "o jantar adianta ele meia hora": the item first, then
# the verb with a pronoun for it.
_WHAT_THEN_VERB = re.compile(
    rf"^(?P<what>(?:the|el|la|los|las|o|a|os|as)\s+.+?)\s*,?\s+"
    rf"(?P<verb>{_LATER_VERB}|{_EARLIER_VERB})(?:lo|la|-?o|-?a|\s+(?:it|ele|ela|lo|la|eso|isso|esto|isto))?"
    r"(?:\s+(?P<dir0>back|forward|up|ahead))?\s+"
    rf"(?:(?:by|en|em|uns|unos)\s+)?{_AMOUNT}\s+{_UNIT}(?:\s+(?P<dir>{_LATER}|{_EARLIER}))?"
    r"\s*(?:please|pls|porfa|por\s+favor|pf|pfv)?\s*[?.!]*$",
    re.IGNORECASE,
)
# "adianta meia hora o Ryoan-ji", "atrasa uma hora o jantar", "retrasa media hora la cena": the
# amount said before the item (the Iberian order).
_AMOUNT_FIRST = re.compile(
    rf"^(?:(?:can|could)\s+(?:you|u|we)\s+|pls\s+|please\s+|porfa\s+|(?:vc\s+|voce\s+)?pode\s+)?"
    rf"(?P<verb>{_LATER_VERB}|{_EARLIER_VERB})(?:r)?\s+(?:(?:em|en|uns|unos)\s+)?{_AMOUNT}\s+{_UNIT}"
    r"(?:\s+(?:and\s+a\s+half|y\s+media|e\s+meia))?"
    rf"(?:\s+(?P<dir>{_LATER}|{_EARLIER}))?\s+(?P<what>(?:the|el|la|los|las|o|a|os|as|d[oa])\s+.+?)"
    r"\s*(?:please|pls|porfa|por\s+favor|pf|pfv)?\s*[?.!]*$",
    re.IGNORECASE,
)
_COUNTS: dict[str, float] = {**COUNT_WORDS, "half an": 0.5, "media": 0.5, "meia": 0.5}
_ARTICLE = re.compile(r"^(?:the|el|la|los|las|o|a|os|as|d[oa])\s+", re.IGNORECASE)


def time_shift_turn(text: str) -> ParsedTurn | None:
    """A RETIME of one item by `shift_minutes` (negative: earlier), or None."""
    folded = fold(text)
    found = (
        _VERB_FIRST.match(folded)
        or _WHAT_FIRST.match(folded)
        or _WHAT_THEN_VERB.match(folded)
        or _AMOUNT_FIRST.match(folded)
    )
    if found is None:
        return None
    amount = re.sub(r"\s+", " ", found.group("n"))
    count = float(amount.replace(",", ".")) if amount[0].isdigit() else _COUNTS.get(amount, 1.0)
    if re.search(r"\b(?:and\s+a\s+half|y\s+media|e\s+meia)\b", found.group(0)):
        count += 0.5
    unit = found.group("unit")
    minutes = round(count * (1 if unit.startswith("m") else 60))
    verb = found.groupdict().get("verb") or ""
    direction = found.group("dir") or found.groupdict().get("dir0") or ""
    earlier = bool(re.match(rf"{_EARLIER}|up|ahead", direction)) or (
        not direction and bool(re.match(_EARLIER_VERB, verb))
    )
    if not direction and not re.match(rf"{_LATER_VERB}|{_EARLIER_VERB}", verb):
        return None  # "move the museum 2 hours": which way is not said
    what = _ARTICLE.sub("", found.group("what").strip())
    if not what or minutes == 0 or minutes > 12 * 60:
        return None
    shift = -minutes if earlier else minutes
    return ParsedTurn(intent=Intent.RETIME, target=Target(text=what), shift_minutes=shift)


def with_target_day(op: ParsedTurn) -> ParsedTurn:
    """The nudge with the day its item was named by taken out of the item's words.

    "push lunch on day 1 back an hour", "atrasa o almoço do dia 1 uma hora": the lunch of
    day 1, not an item called "lunch on day 1".
    """
    said = op.target.text if op.target is not None else None
    if op.target is None or not said or op.day is not None or op.day_ref is not None:
        return op
    update: dict[str, object] = {}
    if days := find_days(said):
        update["day"] = int(days[0].value)
        said = cut(said, days[:1])
    else:
        when = find_when(said)
        if when.day_ref is None or not when.text:
            return op
        update["day_ref"] = when.day_ref
        said = when.text
    said = re.sub(r"^(?:the|of|on|for)\s+|\s+(?:of|on|for|the)$", "", said.strip())
    if not said:
        return op
    update["target"] = op.target.model_copy(update={"text": said})
    return op.model_copy(update=update)

"""Moving the whole trip by days or weeks, in three languages.

"push the whole thing back a week", "postpone the trip by 2 days", "bring everything forward a
day", "corré todo el viaje dos días", "adelanta el viaje una semana", "adia a viagem uma
semana", "empurra tudo 3 dias".

Read on the message as typed and on the rules' grammar. The trip agent turns the
shift into a new start date; the traveler's days keep their plans.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn
from core.text import fold

_WHOLE = (
    r"(?:the\s+whole\s+thing|everything|it\s+all|all\s+of\s+it|the\s+(?:whole\s+|entire\s+)?trip|"
    r"(?:our|my)\s+(?:whole\s+)?trip|the\s+dates|our\s+dates|the\s+whole\s+plan|"
    r"todo(?:\s+el\s+viaje)?|el\s+viaje|(?:a\s+)?viagem(?:\s+toda)?|(?:a\s+)?viagem\s+inteira|tudo)"
)
_LATER_VERB = (
    r"(?:push|move|shift|postpone|delay|bump|put\s+off|corr[eé]|corre|correr|mueve|mov[eé]|atrasa|"
    r"atras[aá]|retrasa|pospon[eé]|pospone|posterga|empurra|adia|joga|passa)"
)
_EARLIER_VERB = r"(?:bring|pull|adelanta|adelant[aá]|antecipa|adianta)"
_AMOUNT = r"(?P<n>a|an|one|two|three|four|five|six|seven|un|una|dos|tres|um|uma|dois|duas|\d{1,2})"
_UNIT = r"(?P<unit>days?|weeks?|d[ií]as?|semanas?)"
_DIRECTION = r"(?P<dir>back|forward|later|earlier|ahead|up|para\s+(?:atras|adelante|frente))"
_SHIFT = re.compile(
    rf"\b(?P<verb>{_LATER_VERB}|{_EARLIER_VERB})\s+{_WHOLE}"
    rf"(?:\s+{_DIRECTION})?\s+(?:by\s+|en\s+|em\s+)?{_AMOUNT}\s+{_UNIT}"
    rf"(?:\s+{_DIRECTION.replace('dir', 'dir2')})?"
    rf"|\b(?P<verb2>{_LATER_VERB}|{_EARLIER_VERB})\s+{_WHOLE}\s+{_DIRECTION.replace('dir', 'dir3')}"
    rf"\s+(?:by\s+)?{_AMOUNT.replace('<n>', '<n2>')}\s+{_UNIT.replace('unit', 'unit2')}",
    re.IGNORECASE,
)
# Amounts said in words, in three languages (time_shift reads the same words).
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "um": 1, "uma": 1, "two": 2, "dos": 2,
    "dois": 2, "duas": 2, "three": 3, "tres": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
}  # fmt: skip
_EARLIER = re.compile(
    r"^(?:bring|pull|adelant|antecip|adiant)|^(?:earlier|up|para\s+(?:adelante|frente))"
)


def trip_shift_turn(grammar: str) -> ParsedTurn | None:
    """A SET_START that moves the whole trip by `shift_days` (negative: earlier), or None."""
    found = _SHIFT.search(fold(grammar))
    if found is None:
        return None
    verb = found.group("verb") or found.group("verb2") or ""
    amount = found.group("n") or found.group("n2") or "1"
    unit = found.group("unit") or found.group("unit2") or "day"
    direction = found.group("dir") or found.group("dir2") or found.group("dir3") or ""
    count = int(amount) if amount.isdigit() else COUNT_WORDS.get(amount, 1)
    days = count * (7 if unit.startswith(("week", "semana")) else 1)
    earlier = bool(_EARLIER.match(verb)) or bool(_EARLIER.match(direction))
    if direction in {"back", "later"}:
        earlier = False
    return ParsedTurn(intent=Intent.SET_START, shift_days=-days if earlier else days)

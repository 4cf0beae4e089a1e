"""The trip made longer, shorter or moved, said the way travelers say it in chat.

Why: trips change by days said indirectly, and only some shapes were read: "we're staying
till sunday", "volvemos el jueves", "a gente volta na quinta" (a new last day said as a
weekday) became searches; "nos vamos un día antes", "a gente vai embora dois dias antes"
(leaving early), "start the trip two days later", "a gente chega um dia depois" (the start
moved), "knock a day off", "the trip is 2 days longer now", "quita los dos últimos días"
(days off the end) were unknown or a removal of a stop. One reading for them all:

- a leaving cue with a count and a direction: days off (earlier) or on (later) the end;
- a start or arrival cue with a count and a direction: the whole trip moves;
- a leaving or staying cue with a weekday or a date: the new last day (a weekday is
  `end_ref`, resolved against the trip's own dates by the trip agent);
- days off or on said as a length ("two days shorter", "knock 2 days off", "the last 3 days").

Counts are digits or words (core.intents.lexicon, text2num in three languages). Read on the
message as typed, folded (core.intents.trip_settings keeps "5/12" whole). Pure.
"""

from __future__ import annotations

import datetime as dt
import re

from core.intents.lexicon import number_value
from core.intents.model import Intent, ParsedTurn
from core.intents.trip_settings import date_after, fold_dates, month_day_after
from core.intents.weekday_numbers import SHORT_WEEKDAY_NUMBERS, WEEKDAY_NUMBERS

_ONE = frozenset({"a", "an", "one", "un", "uno", "una", "um", "uma"})
_COUPLE = re.compile(r"\b(?:a\s+couple(?:\s+of)?|un\s+par\s+de|um\s+par\s+de)\b")
_N = r"(?P<n>\d{1,2}|[a-z]{1,7})"
_DAYS = r"(?:days?|d[ií]as?|dais|diaz|dyas|nights?|noches?|noites?)"
_LATER = r"(?:later|late|after|despues|mas\s+tarde|depois|mais\s+tarde|extra|more|mas|mais)"
_EARLIER = r"(?:earlier|early|sooner|before|antes|mas\s+temprano|mais\s+cedo|less|menos)"
_WHEN = rf"(?P<dir>{_LATER}|{_EARLIER})"
# Who leaves or arrives: "we", "a gente", "nos", "tenemos que", "precisamos", "gotta"…
_WHO = (
    r"(?:(?:so|ok|well|bueno|pues|entonces|then|y|e|and|actually|al\s+final|afinal|"
    r"we|were|we\s+re|well|we\s+ll|we\s+will|we\s+now|now|i|im|ill|a\s+gente|nos|nosotros|"
    r"nosotras|la\s+gente|tenemos\s+que|temos\s+que|tem\s+que|hay\s+que|precisamos|"
    r"necesitamos|need\s+to|have\s+to|has\s+to|gotta|must|going\s+to|gonna|vamos\s+a|vou|"
    r"vamos|vai|ahora|agora|ya|ja|will|can|could|should|the\s+trip|trip|el\s+viaje|our|my|the|"
    r"el|o|nuestro|nosso|meu|mi|lets|let\s+s|let\s+us|"
    r"a\s+viagem|it|everything|todo|tudo)\s+)*"
)
_LEAVE = (
    r"(?:leave|leaving|head(?:ing)?\s+(?:home|back|out)|fly(?:ing)?\s+(?:home|back|out)|"
    r"go(?:ing)?\s+(?:home|back)|depart(?:ing)?|check(?:ing)?\s+out|return(?:ing)?|"
    r"nos\s+vamos|irnos|volvemos|volver(?:nos)?|volvamos|regresamos|regresar(?:nos)?|"
    r"salimos|salir|partimos|partir|embora|vamos\s+embora|vai\s+embora|ir\s+embora|voltamos|"
    r"volta|voltar|regressamos|regressar|saimos|sair|finish|end|ends|termina|terminamos|"
    r"acaba|acabamos)"
)
_START = (
    r"(?:start(?:ing|s)?|begin(?:s|ning)?|arrive|arriving|land|landing|get(?:ting)?\s+(?:in|there)|"
    r"fly(?:ing)?\s+in|empezamos|empieza|empezar|comenzamos|comienza|comenzar|arrancamos|"
    r"arranca|llegamos|llega|llego|llegar|aterrizamos|comeca|comecamos|comecar|chega|"
    r"chegamos|chego|chegar|aterrissamos)"
)
_TRAIL = (
    r"(?:\s+(?:now|then|instead|please|pls|plz|ok|ahora|agora|entonces|entao|al\s+final|"
    r"afinal|mejor|melhor|porfa|por\s+favor|pfv|pf|than\s+planned|de\s+lo\s+previsto|"
    r"do\s+que\s+o\s+previsto|do\s+que\s+planejado|que\s+lo\s+planeado|(?:on|of|del|de|da|do)\s+"
    r"(?:the|our|el|la|a|o|nuestro|nossa)?\s*(?:trip|viaje|viagem)|the\s+trip|"
    r"el\s+viaje|a\s+viagem|lol|kk+|jaja\w*|haha\w*))*$"
)
_RESTATED = re.compile(rf"\b{_START}\b")
_OBJECT = r"(?:\s+(?:the\s+trip|el\s+viaje|a\s+viagem|it|everything|todo|tudo|(?:la|a)\s+vuelta))?"
_MOVED_BY = re.compile(
    rf"^{_WHO}(?P<verb>{_LEAVE}|{_START}){_OBJECT}\s+(?:by\s+|en\s+|em\s+|con\s+|com\s+)?"
    rf"{_N}\s+{_DAYS}\s+(?:(?:mas|mais|a|de)\s+)?{_WHEN}{_TRAIL}"
)
_LEAVE_ONLY = re.compile(rf"^{_LEAVE}$")
# A new last day said with a weekday or a date: "staying till sunday", "volvemos el jueves".
_END = (
    r"(?:stay(?:ing)?(?:\s+(?:on|here|there))?\s+(?:till|til|until|through|thru|to)|"
    r"(?:here|there|aqui|aca|ai|la|alli|ali)\s+(?:till|til|until|hasta|ate)|last\s+day\s+(?:is|will\s+be|becomes)|flight\s+(?:home|back)\s+(?:is|on)|"
    r"nos\s+quedamos\s+hasta|quedarnos\s+hasta|quedamos\s+hasta|vuelo\s+de\s+(?:vuelta|"
    r"regreso)\s+(?:es|sale)|(?:el\s+)?ultimo\s+dia\s+(?:es|sera)|ficamos\s+ate|ficar\s+ate|"
    r"fica(?:mos)?\s+ate|voo\s+de\s+(?:volta|regresso)\s+(?:e|sai)|(?:o\s+)?ultimo\s+dia\s+"
    r"(?:e|sera)|"
    rf"{_LEAVE})"
)
_WEEKDAYS = {**WEEKDAY_NUMBERS, **SHORT_WEEKDAY_NUMBERS}
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")"
_ON = r"(?:(?:on|this|next|el|la|na|no|em|o|a|the|este|esta|essa|nesse|nessa|pro|pra|para|al)\s+)*"
_END_WEEKDAY = re.compile(
    rf"^{_WHO}{_END}\s+{_ON}{_WEEKDAY}(?:\s*-?\s*feira)?(?:\s+(?:que\s+vem|next\s+week))?"
    rf"{_TRAIL}"
)
_END_DATE = re.compile(rf"^{_WHO}(?P<cue>{_END})\s+")
# Days off or on said as a length: "knock a day off", "two days shorter", "the last 3 days".
_OFF = re.compile(
    rf"^{_WHO}(?:(?:shave|knock|chop|lop|trim|cut)\s+{_N}\s+{_DAYS}\s+off"
    rf"|(?:make\s+it|hazlo|hacelo|deixa|faz|(?:is|s|es|e|sera|fica|queda)\s+"
    rf"(?:now\s+|ahora\s+|agora\s+)?){_N.replace('<n>', '<m>')}\s+{_DAYS}\s+(?:(?:mas|mais)\s+)?"
    rf"(?P<dir>shorter|longer|cort[oa]|larg[oa]|curt[oa]|long[oa])|(?:extend|lengthen|prolong)(?:\s+it|\s+the\s+trip)?\s+by\s+"
    rf"{_N.replace('<n>', '<k>')}\s+{_DAYS}"
    rf"|(?:remove|delete|drop|cut|lose|skip|quita\w*|saca\w*|corta\w*|elimina\w*|borra\w*|"
    rf"tira\w*|apaga\w*|remove|corta|sacale|quitale)\s+(?:the\s+|los\s+|las\s+|os\s+|as\s+|el\s+|"
    rf"o\s+)?(?:(?:last|final|ultimos?|ultimas?)\s+{_N.replace('<n>', '<j>')}\s+{_DAYS}|"
    rf"{_N.replace('<n>', '<i>')}\s+(?:last|final|ultimos?|ultimas?)\s+{_DAYS}|"
    rf"(?:last|final|ultimo|ultima)\s+(?:dia|day))(?:\s+(?:from|off|of|del|de|da|do)\s+"
    rf"(?:the\s+|el\s+|la\s+|a\s+|o\s+|my\s+|our\s+)?(?:trip|viaje|viagem|itinerary))?)"
    rf"{_TRAIL}"
)


def count_of(word: str) -> int | None:
    """A count said in digits or words, in any of the three languages ('dos', 'três')."""
    if word in _ONE:
        return 1
    for language in ("en", "es", "pt"):
        if (value := number_value(word, language)) is not None:
            return value if 1 <= value <= 60 else None
    return None


def trip_change_turn(text: str, today: dt.date | None) -> ParsedTurn | None:
    """ADD_DAYS, REMOVE_DAYS or SET_START for a change of the trip said indirectly, or None."""
    for folded in _readings(text):
        if (turn := _moved_by(folded)) is not None or (turn := _off(folded)) is not None:
            return turn
        if (found := _END_WEEKDAY.match(folded)) is not None:
            return ParsedTurn(
                intent=Intent.ADD_DAYS, end_ref=f"weekday:{_WEEKDAYS[found.group('weekday')]}"
            )
        if today is not None and (cue := _END_DATE.match(folded)) is not None:
            last = date_after(folded, cue.end(), today)
            if last is not None and _only_a_date_after(folded, cue.end()):
                ref = month_day_after(folded, cue.end())  # "till the 12th": near the trip's end
                return ParsedTurn(intent=Intent.ADD_DAYS, date=last, end_ref=ref)
    return None


def _readings(text: str) -> list[str]:
    """The message folded whole, then its first clause alone ("…, the flight changed").

    Not the first clause alone when the rest says the start again ("nos vamos un día antes,
    el viaje empieza el domingo 6": the whole trip moves, read by the start rules).
    """
    whole = _COUPLE.sub("2", fold_dates(text))
    first, *rest = re.split(r"[,;.!?(]", text, maxsplit=1)
    first = _COUPLE.sub("2", fold_dates(first))
    if first == whole or _RESTATED.search(fold_dates(" ".join(rest))):
        return [whole]
    return [whole, first]


def _moved_by(folded: str) -> ParsedTurn | None:
    found = _MOVED_BY.match(folded)
    if found is None or (count := count_of(found.group("n"))) is None:
        return None
    later = re.fullmatch(_LATER, found.group("dir")) is not None
    if _LEAVE_ONLY.match(found.group("verb")):
        if later:
            return ParsedTurn(intent=Intent.ADD_DAYS, day_count=count)
        return ParsedTurn(intent=Intent.REMOVE_DAYS, day_count=count)
    return ParsedTurn(intent=Intent.SET_START, shift_days=count if later else -count)


def _off(folded: str) -> ParsedTurn | None:
    found = _OFF.match(folded)
    if found is None:
        return None
    said = next((found.group(g) for g in ("n", "m", "k", "j", "i") if found.group(g)), "1")
    count = count_of(said)
    if count is None:
        return None
    if found.group("k") or (found.group("dir") or "").startswith(("longer", "larg", "long")):
        return ParsedTurn(intent=Intent.ADD_DAYS, day_count=count)
    return ParsedTurn(intent=Intent.REMOVE_DAYS, day_count=count)


_DATE_WORDS = re.compile(
    r"^(?:\s*(?:on|the|el|o|a|em|no|dia|de|of|del|do|now|ahora|agora|then|instead|\d{1,4}|"
    r"\d{1,2}x\d{1,2}(?:x\d{2,4})?|\d{1,2}(?:st|nd|rd|th)|jan\w*|feb\w*|fev\w*|mar\w*|apr\w*|"
    r"abr\w*|may\w*|mai\w*|jun\w*|jul\w*|aug\w*|ago\w*|sep\w*|set\w*|oct\w*|out\w*|nov\w*|"
    r"dec\w*|dic\w*|dez\w*|ene\w*))*\s*$"
)


def _only_a_date_after(folded: str, position: int) -> bool:
    """Nothing but a date (and the words around one) after the cue: "on the 12th now"."""
    rest = folded[position:]
    return (
        len(rest.split()) <= 6
        and bool(_DATE_WORDS.match(rest))
        and any(ch.isdigit() for ch in rest)
    )

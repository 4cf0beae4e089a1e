"""The trip's end moved, its dates said as a range, or the arrival moved by days.

Why: a new start date was read ("we land on the 10th"), but not a new last day ("our flight
home is on the 12th now", "o voo de volta mudou pro dia 12/12", "el viaje termina el 11"),
nor both at once ("the trip now runs 8-12 dec", "vamos del 8 al 12 de diciembre"), nor an
arrival moved by days with no date ("we arrive 2 days later", "chegamos um dia antes"): they
became searches for "flight is" or questions. The last day is ADD_DAYS with `date` (the trip
agent resizes the trip to end then); a range is SET_START then that; a moved arrival is
SET_START with `shift_days`. Read on the message as typed (core.intents.trip_settings folds
it with its dates whole); pure.
"""

from __future__ import annotations

import datetime as dt
import re

from core.intents.lexicon import number_value
from core.intents.model import Intent, ParsedTurn
from core.intents.trip_rules import parse_calendar_date
from core.intents.trip_settings import date_after, fold_dates, month_day_after

# The trip's end, or the flight home, in the three languages (folded).
_END_CUE = re.compile(
    r"\b(?:(?:trip|it|we)\s+(?:now\s+|will\s+|should\s+)?(?:ends?|finish(?:es)?)|end\s+date|"
    r"(?:last|final)\s+day\s+(?:is|will\s+be|should\s+be|becomes)|"
    r"(?:fly|flying|flight|head|heading)\s+(?:home|back)|(?:return|return\s+flight)\s+(?:is|on)|"
    r"(?:el\s+viaje\s+|viaje\s+)?(?:termina|terminamos|acaba|acabamos)|"
    r"fecha\s+de\s+(?:fin|regreso|vuelta)|vuelo\s+de\s+(?:vuelta|regreso)|"
    r"(?:volvemos|regresamos|nos\s+volvemos)|"
    r"(?:a\s+viagem\s+|viagem\s+)?(?:termina|acaba)|data\s+de\s+(?:fim|volta|regresso)|"
    r"voo\s+de\s+(?:volta|regresso)|voltamos|regressamos|vamos\s+embora)\b"
)
# A date said of something else: a stop's day or a booking.
_OTHER_REQUEST = re.compile(
    r"\b(?:add|book|reserve|remove|put|agrega\w*|reserva\w*|quita\w*|adiciona\w*|bota|pon|"
    r"coloca\w*|tira|museum|museo|museu|restaurant\w*|dinner|lunch|cena|jantar|almoco)\b"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|"
    r"fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|dic|dez)"
)
_TO = (
    r"\s*(?:-|to|til|till|until|through|thru|al|a|ao|hasta|ate|y|e)\s*"
    r"(?:the\s+|el\s+|o\s+|dia\s+)?"
)
# "8-12 dec", "from the 8th to the 12th of december", "del 8 al 12 de diciembre", "dec 8-12".
_RANGE = re.compile(
    r"\b(?:from\s+|del\s+|de\s+|do\s+|entre\s+(?:el\s+|o\s+)?)?(?:the\s+|el\s+|o\s+|dia\s+)?"
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:de\s+|of\s+)?(?P<m1>{_MONTH}))?{_TO}"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?P<m2>{_MONTH})\b"
    rf"|\b(?P<m3>{_MONTH})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?{_TO}(?:(?P<m4>{_MONTH})\s+)?"
    r"(?P<d4>\d{1,2})(?:st|nd|rd|th)?\b"
)
# What says the range is the trip's own dates.
_TRIP = re.compile(
    r"\b(?:trip|viaje|viagem|dates|fechas|datas|runs|we(?:re|\s+are)\s+there|we\s+(?:ll|will)\s+"
    r"be\s+there|estaremos|estamos|ficamos|ficaremos|vamos|we\s+go|we\s+travel|viajamos)\b"
)
# The arrival moved by days: "we arrive 2 days later", "chegamos um dia antes".
_ARRIVAL = re.compile(
    r"\b(?:we\s+(?:now\s+)?(?:arrive|land|get\s+in|fly\s+in|get\s+there)|arriving|landing|"
    r"llegamos|llego|aterrizamos|chegamos|chego|aterrissamos)\s+"
    r"(?P<n>a|one|two|three|un|uno|una|dos|tres|um|uma|dois|duas|\d{1,2})\s+"
    r"(?:days?|d[ií]as?)\s+(?P<dir>later|late|earlier|early|sooner|after|before|"
    r"despues|mas\s+tarde|tarde|antes|depois|mais\s+tarde|mais\s+cedo)\b"
)
_DASH = re.compile(r"(?<=\w)(\s*)[-–]\s*(?=\d)")
_EARLIER = frozenset({"earlier", "early", "sooner", "before", "antes", "mais cedo"})


def trip_end_turns(text: str, today: dt.date | None) -> tuple[ParsedTurn, ...] | None:
    """A new last day, the trip's dates as a range, or the arrival moved; else None."""
    folded = fold_dates(_DASH.sub(" to ", text))  # "8-12 dec": fold drops the dash
    if (arrival := _ARRIVAL.search(folded)) is not None:
        count = _count(arrival.group("n"))
        if count:
            moved = -count if arrival.group("dir") in _EARLIER else count
            return (ParsedTurn(intent=Intent.SET_START, shift_days=moved),)
    if today is None or _OTHER_REQUEST.search(folded):
        return None
    if _TRIP.search(folded) and (dates := _range(folded, today)) is not None:
        first, last = dates
        return (
            ParsedTurn(intent=Intent.SET_START, date=first),
            ParsedTurn(intent=Intent.ADD_DAYS, date=last),
        )
    if (cue := _END_CUE.search(folded)) is not None:
        last_day = date_after(folded, cue.start(), today)
        if last_day is not None:
            ref = month_day_after(folded, cue.start())  # "the 12th": near the trip's end
            return (ParsedTurn(intent=Intent.ADD_DAYS, date=last_day, end_ref=ref),)
    return None


def _range(folded: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of "8-12 dec" and the like, or None."""
    found = _RANGE.search(folded)
    if found is None:
        return None
    if found.group("d1"):
        start_day, end_day = found.group("d1"), found.group("d2")
        start_month, end_month = found.group("m1") or found.group("m2"), found.group("m2")
    else:
        start_day, end_day = found.group("d3"), found.group("d4")
        start_month, end_month = found.group("m3"), found.group("m4") or found.group("m3")
    first = parse_calendar_date(f"{start_day} {start_month}", today)
    last = parse_calendar_date(f"{end_day} {end_month}", first or today)
    if first is None or last is None or not 0 <= (last - first).days <= 60:
        return None
    return first, last


def _count(word: str) -> int | None:
    for language in ("en", "es", "pt"):
        if (value := number_value(word, language)) is not None:
            return value
    return 1 if word in {"a", "un", "uno", "una", "um", "uma"} else None

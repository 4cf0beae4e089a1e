"""A new start date or a new length for the whole trip, said the way travelers say it.

"our flight got moved, can the trip start on the 9th instead?", "a gente só chega dia 8 de
dezembro, começa a viagem nesse dia", "empezamos el 9 al final": a cue of starting or arriving
and a calendar date (a month, an ordinal, or an article before the number: "dia 8" alone is a
trip day, not a date). "necesito q el viaje sea de 4 dias no de 3", "a viagem agora é de 5
dias", "make it a 4-day trip": the length as a target (more or fewer days: the trip agent
compares it with the trip). "one day less", "un día menos", "um dia a mais": one day off or
on. "pushed back two days", "se atrasó todo dos días": the whole trip moves.

Read on the message as typed (folded), before the es/pt rewrites, which would make a search
of "chega" or "sea de 4". Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re

from core.intents.lexicon import number_value
from core.intents.model import Intent, ParsedTurn
from core.intents.trip_rules import month_day_ref, parse_calendar_date
from core.text import fold

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|"
    r"fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|ene|dic|fev|dez|"
    r"ago|set|out)"
)
_WEEKDAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta)(?:\s+feira)?"
)
# A calendar date: "the 9th", "9th", "el 9", "o dia 8 de dezembro", "dec 9", "9 de enero".
_DATE = re.compile(
    rf"\b(?P<date>(?:(?:the|el|o|a|em|on|no|dia)\s+)?\d{{1,2}}x\d{{1,2}}(?:x(?:\d{{4}}|\d{{2}}))?\b|"
    rf"(?:(?:the|el|o|a)\s+)?(?:dia\s+|day\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?{_MONTHS}\b|"
    rf"{_MONTHS}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?\b|{_WEEKDAYS}\s+(?:(?:the|el|o|dia)\s+)?\d{{1,2}}"
    r"(?:st|nd|rd|th)?\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|(?:the|el|o|a)\s+(?:dia\s+)?"
    r"\d{1,2}\b(?!\s*(?:h\b|:|am\b|pm\b|hs?\b|horas?\b|dias?\b|days?\b|personas?\b|pessoas?\b)))"
)
# Starting or arriving, in the three languages (folded).
_START_CUE = re.compile(
    r"\b(?:(?:trip|it|we)\s+(?:now\s+|actually\s+|can\s+|could\s+|should\s+)?starts?|"
    r"start(?:ing)?\s+(?:the\s+trip|it|on|from|date)|(?:begin|begins|beginning)\b|"
    r"(?:fecha|dia|data)\s+de\s+(?:inicio|salida|comienzo|partida|ida|llegada|chegada)|"
    r"(?:we|i)\s+(?:now\s+|only\s+|actually\s+|wont\s+|will\s+only\s+)?"
    r"(?:land|arrive|get\s+(?:in|there)|fly\s+in)|landing|arriving|"
    r"empie(?:za|ce)|empezamos|empezariamos|comienza|comience|comenzamos|arranca(?:mos)?|"
    r"llegamos|llego|llegaremos|llegariamos|aterrizamos|"
    r"comeca|comece|comecamos|comecar|chega(?:mos)?|chego|chegaremos|chegar|aterrissamos)\b"
)
# A date said of something else: a stop's day or a booking ("reserve for the 9th").
_OTHER_REQUEST = re.compile(
    r"\b(?:add|book|reserve|remove|put|agrega\w*|reserva\w*|quita\w*|adiciona\w*|bota|pon|"
    r"coloca\w*|tira|museum|museo|museu|restaurant\w*|dinner|lunch|cena|jantar|almoco|"
    r"hotel|check\s*in)\b"
)
_NUMBER = r"(?P<n>\d{1,2}|[a-z]{3,7})"
_DAYS = r"(?:d[ií]as?|days?)"
# The length as a target: "the trip will be 4 days", "q el viaje sea de 4 dias", "a viagem
# agora é de 5 dias", "make it a 4-day trip", "que sean 4 dias", "deixa com 4 dias".
_LENGTH = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:the|our|my|this|el|nuestro|mi|este|a|nossa|minha|esta|essa)\s+"
        rf"(?:(?:whole|entire)\s+)?(?:trip|viaje|viagem)\s+(?:\w+\s+){{0,3}}?(?:is|be|sea|es|seja|e|fica|quede|"
        rf"tenha|tenga|tiene|tem|ter|tera|ser|sera|tener|have|dure|dura|lasts?|of|de|to|a|para|pra|com|con|en)\s+"
        rf"(?:(?:now|ahora|agora|only|solo|so|just|de|of|a|para|pra|com|con|en)\s+){{0,2}}"
        rf"{_NUMBER}\s+{_DAYS}\b",
        rf"\bmake\s+(?:it|the\s+trip|our\s+trip|my\s+trip)\s+(?:a\s+)?{_NUMBER}[\s-]+days?"
        rf"(?:\s+(?:trip|long))?\b",
        rf"\b(?:que\s+sean|q\s+sean|sean|dejalo\s+en|dejala\s+en|deja\s+el\s+viaje\s+en|"
        rf"deixa\s+(?:a\s+viagem\s+)?(?:com|em)|sao|serao|ahora\s+son|agora\s+sao)\s+"
        rf"{_NUMBER}\s+{_DAYS}\b",
        rf"\b(?:now|only|just)\s+(?:have|got)\s+{_NUMBER}\s+days\b",
        rf"\b{_NUMBER}[\s-]+days?\s+(?:trip\s+)?(?:instead\s+of|not|rather\s+than|en\s+vez\s+de|"
        rf"en\s+lugar\s+de|no|em\s+vez\s+de|ao\s+inves\s+de|nao)\s+(?:de\s+)?\d{{1,2}}\b",
    )
)
# One day off or on the end: "one day less", "un dia menos", "um dia a menos", "a day more".
_ONE_DAY = re.compile(
    r"^(?:(?:make\s+it|que\s+sea|q\s+sea|que\s+seja|deixa|dejalo|pon|bota|quiero|quero|"
    r"necesito|preciso|y|e|and|so|ok|mejor|melhor)\s+)*"
    # the count may be gone: "um dia a menos" loses its "um" as a hesitation (core.intents.openers)
    r"(?:(?P<n>one|a|un|uno|um|1|two|dos|dois|2)\s+)?(?:day|dia)s?\s+(?:a\s+|de\s+)?"
    r"(?P<dir>less|fewer|shorter|menos|more|extra|longer|mas|mais)"
    r"(?:\s+(?:de\s+viaje|de\s+viagem|na\s+viagem|en\s+el\s+viaje|on\s+the\s+trip|pls|please|"
    r"porfa|por\s+favor|pfv|pf|plis|plz))?$"
)
_PLAN = re.compile(
    r"\b(?:plan\w*|planifica\w*|planea\w*|planeja\w*|arma\w*|monta\w*|itinerar\w*|roteiro|"
    r"organiza\w*)\b"
)
_DIRECTED = re.compile(
    r"\b(?:shorten|shrink|cut|trim|reduce|extend|lengthen|prolong|longer|shorter|add|remove|"
    r"acorta\w*|alarga\w*|extiende|reduce|encurta\w*|estende|prolonga\w*|aumenta\w*)\b"
)
_MORE = frozenset({"more", "extra", "longer", "mas", "mais"})
# Days gained, said as staying longer: "good news we're staying 2 more days!", "nos quedamos
# dos días más", "vamos ficar mais 2 dias", "we got 3 extra days", "se nos suman 2 dias".
_STAY = (
    r"(?:stay(?:ing)?(?:\s+on)?|got|have|get|gained|quedamos|quedarnos|quedaremos|quedare|"
    r"quedarme|nos\s+suman|sumamos|tenemos|ganamos|ficamos|ficar|ficaremos|ficarei|fico|temos|"
    r"ganhamos|mos\s+ficar)"
)
_EXTRA = re.compile(
    rf"\b{_STAY}\s+(?:(?:for|por|on|an?|uns|unos)\s+)?(?:more|extra|another|mais|otros|outros)\s+"
    rf"{_NUMBER}\s+(?:d[ií]as?|days?|nights?|noches|noites)\b(?!\s+(?:to|left|para|pra|por))"
    rf"|\b{_STAY}\s+(?:(?:for|por|on|uns|unos)\s+)?{_NUMBER.replace('<n>', '<m>')}\s+"
    r"(?:(?:more|extra|additional|mais|extras?)\s+(?:d[ií]as?|days?|nights?)|"
    r"(?:d[ií]as?|days?|nights?|noches|noites)\s+(?:(?:a\s+|de\s+)?(?:mas|mais|more|extra)))\b"
    r"(?!\s+(?:to|left|para|pra|pa|por|que|restantes))"  # "2 more days to plan": what is left
)
# The whole trip pushed, said with no object: "pushed back two days", "se atrasó todo 2 días".
_PUSHED = re.compile(
    r"^(?:(?:we|everything|it\s+all|all|our\s+trip|the\s+trip)\s+(?:got|was|has\s+been|is)\s+|"
    r"(?:got|been)\s+)?(?P<verb>pushed\s+back|delayed|postponed|moved\s+back|bumped\s+back|"
    r"pushed\s+forward|moved\s+forward|brought\s+forward|moved\s+up)\s+(?:by\s+)?"
    r"(?P<n>a|one|two|three|four|five|\d{1,2})\s+(?P<unit>days?|weeks?)$"
    r"|^(?:se\s+)?(?P<verb2>atraso|atrasa|retraso|postergo|pospuso|adelanto|atrasou|adiou|"
    r"adiantou|antecipou|atrasaram|adiaram)\s+(?:todo|tudo|el\s+viaje|a\s+viagem)\s+"
    r"(?:en\s+|em\s+)?(?P<n2>un|una|dos|tres|um|uma|dois|duas|tres|\d{1,2})\s+"
    r"(?P<unit2>dias?|semanas?)$"
)
_SLASHED = re.compile(r"(?<!\d)(\d{1,2})/(?=\d)")
# Before a date it is not: "…, not the 7th", "…, no el 7", "em vez do dia 7".
_DENIED = re.compile(r"\b(?:not|nao|instead\s+of|en\s+vez\s+de|em\s+vez\s+de)\s+$")
_EARLIER = re.compile(r"forward|up|adelanto|adiantou|antecipou")


def _count(word: str) -> int | None:
    for language in ("en", "es", "pt"):
        value = number_value(word, language)
        if value is not None:
            return value
    return {"a": 1, "an": 1, "un": 1, "uno": 1, "um": 1}.get(word)


def trip_setting_turn(text: str, today: dt.date | None) -> ParsedTurn | None:
    """SET_START, ADD_DAYS or REMOVE_DAYS for a start or length said naturally, or None.

    A length as a target is ADD_DAYS with `trip_days` (the trip agent adds or removes days).
    """
    folded = fold_dates(text)
    if (pushed := _pushed(folded)) is not None:
        return pushed
    first_clause = fold(re.split(r"[,;.!?]", text, maxsplit=1)[0])
    if (one := _ONE_DAY.match(folded) or _ONE_DAY.match(first_clause)) is not None:
        # "un dia menos, nos volvemos antes": the remark after it says why
        count = _count(one.group("n") or "1") or 1
        if one.group("dir") in _MORE:
            return ParsedTurn(intent=Intent.ADD_DAYS, day_count=count)
        return ParsedTurn(intent=Intent.REMOVE_DAYS, day_count=count)
    if (extra := _EXTRA.search(folded)) is not None and (
        gained := _count(extra.group("n") or extra.group("m"))
    ):
        return ParsedTurn(intent=Intent.ADD_DAYS, day_count=gained)  # "staying 2 more days"
    if _PLAN.search(folded) or _DIRECTED.search(folded):
        # "planifica un viaje de 3 días a Cartagena": a new plan, not this trip; "shorten the
        # trip to 4 days": the trip rules read which way
        return None
    for pattern in _LENGTH:
        if (found := pattern.search(folded)) is not None and (
            (total := _count(found.group("n"))) is not None and 1 <= total <= 60
        ):
            return ParsedTurn(intent=Intent.ADD_DAYS, trip_days=total)
    return _start(folded, today)


def _pushed(folded: str) -> ParsedTurn | None:
    found = _PUSHED.match(folded.removesuffix(" now").removesuffix(" instead"))
    if found is None:
        return None
    amount = _count(found.group("n") or found.group("n2") or "1") or 1
    unit = found.group("unit") or found.group("unit2") or "day"
    days = amount * (7 if unit.startswith(("week", "semana")) else 1)
    earlier = bool(_EARLIER.search(found.group("verb") or found.group("verb2") or ""))
    return ParsedTurn(intent=Intent.SET_START, shift_days=-days if earlier else days)


def _start(folded: str, today: dt.date | None) -> ParsedTurn | None:
    """A start cue and a calendar date in the same message, and no other request."""
    cue = _START_CUE.search(folded)
    if today is None or cue is None or _OTHER_REQUEST.search(folded):
        return None
    # "llegamos el martes 8 y nos vamos el jueves 10", "empieza el 14 de dic, no el 7": the
    # first date said after the first cue is the start.
    date = date_after(folded, cue.start(), today)
    if date is None:
        return None
    # "llegamos el 12": the 12th near the trip's own dates (core.agents.trip), not today's
    return ParsedTurn(
        intent=Intent.SET_START, date=date, day_ref=month_day_after(folded, cue.start())
    )


def fold_dates(text: str) -> str:
    """The text folded with "5/12" kept whole (as "5x12": fold drops the slash)."""
    return fold(_SLASHED.sub(r"\1x", text))


def date_after(folded: str, position: int, today: dt.date) -> dt.date | None:
    """The first calendar date said from `position` of a `fold_dates` text, or None."""
    said = _said_after(folded, position)
    return None if said is None else parse_calendar_date(said, today)


def month_day_after(folded: str, position: int) -> str | None:
    """'monthday:00-DD' when the first date said from `position` is a day of the month alone."""
    said = _said_after(folded, position)
    return None if said is None else month_day_ref(said)


def _said_after(folded: str, position: int) -> str | None:
    """The words of the first calendar date said from `position`, or None."""
    dates = [
        m.group("date")
        for m in _DATE.finditer(folded, position)
        if not _DENIED.search(folded, 0, m.start())
        and not (m.group("date").startswith("el ") and folded[: m.start()].endswith(" no "))
    ]
    if not dates:
        return None
    said = re.sub(r"^(?:the|el|o|a)\s+(?:dia\s+)?", "", dates[0])
    said = re.sub(rf"^{_WEEKDAYS}\s+(?:(?:the|el|o|dia)\s+)?", "", said)
    return re.sub(r"(?<=\d)x(?=\d)", "/", said)

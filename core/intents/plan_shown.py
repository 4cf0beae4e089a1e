"""What is planned, asked the chat way: only asking words and a day (or the trip).

"wots on 2day", "so what we doing thursday then", "wat's the plan for the last day lah", "y
mañana qué toca", "a ver que hay el martes", "qual a boa de sexta", "e no último dia, fazemos o
quê?", "como tá a viagem toda": nothing in them but words of asking and padding (a closed list
per language) and the words naming one day, or the trip as a whole. Such a message shows that
day (or the trip): it never searches for a place nor plans the day again. A word outside these
lists ("what's open on friday", "what should we eat tomorrow") leaves the message to the rules.

The day is read by the rules themselves, as "what do i have <day words>", so every way of naming
a day they know ("pal jueves", "2moro", "the 9th", "el último día") works here too.
"""

from __future__ import annotations

from collections.abc import Callable

from core.intents.model import Intent, ParsedTurn
from core.text import fold

# Words that ask what is planned, in the three languages (folded, typos of chat included).
_ASKING = frozenset(
    """what whats wat wats wot wots wut wuts wha whatre whatcha wassup sup
    que q qe ke k oq oque qual qualé quale cual cuales
    show remind gimme mostra mostrame muestra muestrame ensename lembra recuerdame""".split()
)
# "how's friday looking", "cómo queda el martes", "como tá a quinta": how + a word of looking.
_HOW = frozenset({"how", "hows", "como", "cmo"})
_LOOKING = frozenset(
    "look looks looking shaping queda quedo pinta va ta tá fica ficou esta está".split()
)
# Padding around the question: pronouns, verbs of doing and having, fillers and tags.
_PADDING = frozenset(
    """so ok okay k and then again is are r s re we were u you us our i me my mine
    doing doin do does did done up to on for happening happenin happens going goin gonna go
    have got gotten planned lined in store the a an plan plans game agenda schedule
    itinerary program programme deal look looks like looking lah la leh lor mate bro bruh guys
    hey hi yo pls please plz tell give be will hmm um uh exactly there anything stuff things
    of it this that with just exactly today's again tho though right now
    hay tenemos tienes tiene toca tocaria tocara hacemos haremos hariamos hacer vamos va
    el lo los las pa pal para y e pues entonces onda con planes es sera ver a nos nosotros
    programa programacion como queda quedo esta tal de del mira dime decime oye che bo mae
    po wey guey pana dale ahora cosas me cual cuales hacemo tenemo
    o tem temos rola rolando rolar vai boa qual eh da do no na pra pro gente fazer faz
    fazemos ser bora ver plano roteiro programacao ta fica ficou ai mano galera entao hein
    mesmo vcs voces mostra manda fala diz cara tipo ha quê previsto planejado planeado
    pasa pasando passa acontece""".split()
)
# Words naming a day: read by the rules once the message is seen to be only a question.
_DAY_WORDS = frozenset(
    """today tonight tomorrow tmrw tmr tmw tmrow tomoz 2day 2nite 2moro 2morrow 2mrw
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun
    hoy manana pasado lunes martes miercoles jueves viernes sabado domingo lun mie jue vie sab
    dom
    hoje amanha depois segunda terca quarta quinta sexta feira seg ter qua qui sex
    day dia first second third fourth fifth sixth seventh last final primer primero primera
    segundo segunda tercer tercero tercera cuarto quinto sexto ultimo ultima primeiro
    primeira terceiro terceira quarto quinto sexto penultimo next this after
    1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th""".split()
)
# Words of the trip as a whole: "what does the whole trip look like", "cómo queda todo el viaje".
_TRIP_WORDS = frozenset(
    """trip whole entire everything full overall viaje todo toda entero completo completa
    viagem tudo inteira inteiro rest resto""".split()
)
# Joining words a day may be said with ("for the last day", "pal jueves", "de sexta").
_JOINING = frozenset(
    "on for the this next of el la los pal pa para de del o a no na do da pra pro em".split()
)
_MAX_WORDS = 14
# Days spelled the chat way, in the words the rules know.
_CHAT_DAYS = {
    "2day": "today",
    "2nite": "tonight",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "tmrow": "tomorrow",
    "tomoz": "tomorrow",
}


def _asks(words: list[str]) -> bool:
    """A word of asking is said, or "how" with a word of looking."""
    return any(w in _ASKING for w in words) or (
        any(w in _HOW for w in words) and any(w in _LOOKING for w in words)
    )


def _day_span(words: list[str]) -> tuple[int, int] | None:
    """Where the day is named: from its first day word to its last, or None."""
    found = [
        i
        for i, w in enumerate(words)
        if w in _DAY_WORDS or (w.isdigit() and i and words[i - 1] in {"day", "dia"})
    ]
    if not found:
        return None
    return found[0], found[-1] + 1


def plan_shown(said: str, shown: Callable[[str], list[ParsedTurn]]) -> ParsedTurn | None:
    """The SHOW of a day, or of the whole trip, a message of only asking words asks for.

    `shown(piece)` reads the words naming the day as "what do i have <piece>" with the rules.
    """
    words = fold(said).split()
    if not words or len(words) > _MAX_WORDS or not _asks(words):
        return None
    span = _day_span(words)
    if span is None:
        outside = words
        if not any(w in _TRIP_WORDS for w in words):
            return None
    else:
        outside = words[: span[0]] + words[span[1] :]
        inside = words[span[0] : span[1]]
        if not all(w in _DAY_WORDS or w in _JOINING or w.isdigit() for w in inside):
            return None
    known = _PADDING | _ASKING | _HOW | _LOOKING | _TRIP_WORDS | _JOINING
    if not all(w in known for w in outside):
        return None  # "what's open on friday", "que comemos mañana": more than a question
    if span is None:
        return ParsedTurn(intent=Intent.SHOW)  # "como tá a viagem toda"
    before = words[span[0] - 1] if span[0] else ""
    piece = " ".join(_CHAT_DAYS.get(w, w) for w in words[span[0] : span[1]])
    joined = f"para {piece}" if before == "de" else f"{before} {piece}"
    for said_as in (piece, f"on {piece}", joined):
        ops = shown(said_as.strip())
        if len(ops) == 1 and ops[0].intent is Intent.SHOW and _names_a_day(ops[0]):
            return ops[0]
    return None


def _names_a_day(op: ParsedTurn) -> bool:
    return op.day is not None or op.day_ref is not None or op.date is not None

"""When a stop of the trip is scheduled, asked in chat: an answer, never an add.

"what time we go to ribeira on monday?", "when are we doing the bamboo grove?", "what day is
nijo castle?", "a qué hora vamos al Museo del Oro?", "cuándo toca el Palacio de la
Inquisición?", "que horas a gente vai na Ribeira?", "quando é a Livraria Lello?". The rules
read "go to ribeira on monday" as an add (and offer it again when it is already on the trip).

A question word of time (what time, when, which day, a qué hora, cuándo, qué día, que horas,
quando, que dia), a verb of going or being, then what is left names the place. Asking when a
place opens or closes is its hours (core.intents.place_questions), not its slot in the trip.
The explain agent answers "when" with the stop's day and time (core.agents.explain).
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn, Target
from core.text import fold

_WHEN = (
    r"(?:what\s+time|when|which\s+day|what\s+day|at\s+what\s+time|a\s+que\s+hora|cuando|"
    r"que\s+dia|que\s+horas?|a\s+que\s+horas|quando|qual\s+(?:o\s+)?dia|q\s+hora|q\s+horas|q\s+dia)"
)
_GO = (
    r"(?:(?:do|are|r|will|shall|did|were)\s+)?(?:(?:we|i|you)\s+)?(?:(?:gonna|going\s+to|supposed\s+to"
    r"|planned\s+to|meant\s+to)\s+)?"
    r"(?:go(?:ing)?(?:\s+back)?|head(?:ing)?(?:\s+back)?|visit(?:ing)?|see(?:ing)?|do(?:ing)?|hit(?:ting)?|be(?:\s+at)?|"
    r"get(?:ting)?|is|s|'s|was|vamos(?:\s+a\s+ir)?|vamos|voy|iremos|vemos|es|esta|toca|tenemos|"
    r"visitamos|(?:a\s+gente\s+)?(?:vai|vamos|visita|ve)|vou|e|fica|ta|esta\s+marcad[oa]|"
    r"(?:we\s+)?(?:have|got))"
)
_TO = r"(?:\s+(?:to|at|a|al|en|el|la|na|no|pra|pro|ao|a|o|the|ver|see|conhecer|visitar))*"
_ASKED = re.compile(rf"^(?:(?:and|so|ok|hey|y|e|oye|ei)\s+)?{_WHEN}\s+{_GO}{_TO}\s+(?P<what>.+)$")
# Hours, not the trip's schedule ("when does it open", "a qué hora cierra").
_HOURS = re.compile(
    r"\b(?:open\w*|clos\w*|abre\w*|abierto|aberto|cierra\w*|fecha\w*|horario\w*|hours?)\b"
)
_TAIL = re.compile(
    r"\s+(?:(?:on|el|la|no|na|o|a|this|next|este|esse|nesse)\s+)?(?:(?:day|dia)\s+\d{1,2}|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|(?:segunda|terca|quarta|quinta|"
    r"sexta)[\s-]feira|today|tomorrow|hoy|manana|hoje|amanha)\b.*$"
    r"|\s+(?:again|exactly|exactamente|exatamente|then|entonces|entao|pls|please|porfa)\b.*$"
)
_NOT_A_PLACE = frozenset(
    {"it", "that", "this", "there", "eso", "esto", "ahi", "isso", "ai", "la", "lunch", "dinner",
     "breakfast", "almuerzo", "cena", "desayuno", "almoco", "jantar", "the plan", "el plan",
     "o plano", "back", "home", "de vuelta", "de volta", "the airport", "el aeropuerto",
     "o aeroporto"}
)  # fmt: skip
MAX_NAME_WORDS = 6


def schedule_question(text: str) -> ParsedTurn | None:
    """EXPLAIN "when" of the stop a question about the schedule names, or None.

    Args:
        text: The message, normalized and without its openers.
    """
    folded = fold(text).strip(" ?!.")
    found = _ASKED.match(folded)
    if found is None or _HOURS.search(folded):
        return None
    what = _TAIL.sub("", found.group("what")).strip(" ?!.,")
    what = re.sub(r"^(?:(?:the|el|la|los|las|o|a|os|as)\s+)", "", what)
    if not what or what in _NOT_A_PLACE or len(what.split()) > MAX_NAME_WORDS:
        return None
    return ParsedTurn(intent=Intent.EXPLAIN, question="when", target=Target(text=what))

"""An empty day, or the rest of the trip, handed over to be planned, said indirectly.

"day 4 is empty, sort it out", "can u fill the free day", "thursday's blank, do something with
it", "el viernes está vacío, arma algo", "rellena el día vacío", "o sábado tá livre, monta um
roteiro pra gente", "a sexta tá livre, inventa alguma coisa": a verb of making or filling, a
day said to be empty (or "the free day" itself) and exactly one day named: that day is planned
(core.agents.day_planner), never searched for nor the whole trip planned again.

"plan the rest of the trip", "armame el resto del viaje", "monta o resto da viagem": the
trip's own destination planned (core.agents.planner, which asks before replacing anything).

A verb of adding, moving or booking ("put the castle on the free day") is a request of its
own, and a meal ("fill the free day's dinner") is a meal fill: neither is read here.
"""

from __future__ import annotations

import re

from core.intents.day_plan_words import day_plan_turn
from core.intents.day_words import EMPTY_DAY, day_refs
from core.intents.model import Intent, ParsedTurn
from core.intents.slots import find_days
from core.text import fold

# Verbs of making or filling a day, in the three languages (folded).
_MAKE = re.compile(
    r"\b(?:plan(?!ned\b)\w*|fill\w*|sort|figure|organi[sz]\w*|arr?ange|arm[aeá]\w*|mont[aeá]\w*|"
    r"llen[aeá]\w*|rellen\w*|preench\w*|ench[ae]\w*|invent\w*|bola\w*|resolv\w*|program\w*|"
    r"come\s+up|cook\s+up|whip\s+up|throw\s+together|put\s+together|do\s+something|"
    r"do\s+smth|haz(?:nos|me)?\s+algo|hac(?:e|er)\s+algo|faz(?:er)?\s+(?:algo|alguma)|"
    r"suggest\w*|sugier\w*|suger\w*|propon\w*|prop[oe]e\w*|think\s+of|build|design|"
    r"make\s+(?:something|smth|a\s+plan|plans|it)|set\s+up|set\s+it\s+up|hook\s+(?:us|me)\s+up)\b"
)
# A day said to have nothing on it.
_EMPTY = re.compile(
    r"\b(?:empty|free|blank|bare|wide\s+open|nothing|vaci[oa]|libre|nada|livre|vazi[oa]|"
    r"sin\s+(?:plan\w*|nada)|sem\s+(?:plan\w*|nada|programa\w*))\b"
)
# The days still to come, as one request: "the rest of the trip", "lo que queda del viaje".
_REST = re.compile(
    r"\b(?:(?:the\s+)?rest\s+of\s+(?:the|our|my)\s+(?:trip|days|itinerary|holiday|vacation)|"
    r"(?:the\s+)?remaining\s+days|resto\s+(?:del|de\s+los|da|dos)\s+(?:viaje|dias|viagem)|"
    r"lo\s+que\s+(?:queda|falta|resta)\s+del\s+viaje|o\s+que\s+(?:falta|resta|sobra)\s+da\s+viagem)\b"
)
# Another request, a meal or "leave it free": not a plan of the day.
_OTHER = re.compile(
    r"\b(?:add|put|move|shift|swap|switch|book|reserve|remove|delete|drop|cancel|undo|"
    r"agreg\w*|anad\w*|pon|ponl[oa]|pone|mueve\w*|mover|cambia\w*|reserv\w*|quita\w*|borra\w*|"
    r"adiciona\w*|coloca\w*|bota|botar|boto|poe|tira\w*|muda\w*|troca\w*|apaga\w*|"
    r"breakfast|brunch|lunch|dinner|supper|meals?|desayuno|almuerzo|cena|comidas?|almoco|jantar|"
    r"refeic\w*|"
    r"cafe\s+da\s+manha|dont|don\s+t|do\s+not|leave|keep|deja\w*|deixa\w*|manten\w*|"
    # "speak with a local expert about planning the rest of our trip": a person asked for
    r"expert\w*|especialista\w*|agent\w*|agencia|human\w*|person\w*|pessoa\w*|someone|"
    r"alguien|alguem|speak|talk|hablar|falar|guide\w*|guia\w*|"
    r"mantem|no\s+(?:planees|llenes|armes|toques)|nao\s+(?:planeja|monta|enche|mexe))\b"
)


def day_fill_asked(said: str, grammar: str) -> ParsedTurn | None:
    """A PLAN of the empty day (or of the rest of the trip) the message hands over, or None.

    `said` is the message as typed, `grammar` the same in the rules' phrasing.
    """
    folded = fold(said)
    if not _MAKE.search(folded) or _OTHER.search(folded):
        return None
    if _REST.search(folded):
        return ParsedTurn(intent=Intent.PLAN)  # the trip's own destination, its own length
    if not _EMPTY.search(folded):
        return None
    if (planned := day_plan_turn(grammar)) is not None:
        return planned  # "day 4 is free, fill it with museums": with what they like
    numbers = list(dict.fromkeys(int(found.value) for found in find_days(grammar)))
    refs = list(dict.fromkeys(day_refs(grammar)))
    if len(refs) > 1 and EMPTY_DAY in refs:
        refs.remove(EMPTY_DAY)  # "friday is the free day": the day named
    if len(numbers) + len(refs) > 1:
        return None
    if not numbers and not refs:
        if not re.search(r"\b(?:day|dia)\b", folded):
            return None
        refs = [EMPTY_DAY]  # "can u fill the free day", "enche o dia livre"
    return ParsedTurn(
        intent=Intent.PLAN,
        day=numbers[0] if numbers else None,
        day_ref=refs[0] if refs else None,
        day_only=True,
    )

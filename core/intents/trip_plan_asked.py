"""The whole trip handed over to be planned, said in chat, with what the travelers like.

"planifícame los dos días con museos y jardines, voy con mi madre que camina poco", "ármanos
un plan pa los 2 días, nos gustan los templos y la comida callejera", "a gente vai pra kyoto
com um bebê e queria um roteiro tranquilo com parques e jardins", "can u put together a plan
for the 2 days, we're into temples and street food".

Two cues hand the trip over: a verb of planning whose object is the trip, its days or "a
plan" ("planifícame los dos días", "monta um roteiro", "plan out both days"), or a wish for a
plan ("queria um roteiro", "quiero un itinerario", "we'd like an itinerary"). A day named
alone ("plan tomorrow") is a day plan (core.intents.day_plan_words); a question about the
plan ("qual o roteiro de amanhã?") shows it (core.intents.day_asked).

What the travelers like is read wherever it is said ("con museos y jardines", "nos gustan los
templos", "curtimos museus", "we're into temples"), only the kinds place data knows, the list
cut at the first remark ("… nada muito puxado porque tem o carrinho"). A gentle pace (a baby,
a mother who walks little, "tranquilo", "nothing too hectic") makes the plan relaxed.

Read on the message as typed (normalized, openers off), before the es/pt rewrites, like
core.intents.trip_wishes; written in the rules' phrasing: "plan a relaxed trip with museum and
garden", "plan 2 days with temple and street food".
"""

from __future__ import annotations

import re

from core.intents.place_words import KIND_WORDS, interest_words
from core.text import fold

_COUNT_WORDS = {
    "two": 2, "dos": 2, "dois": 2, "duas": 2, "both": 2, "ambos": 2, "three": 3, "tres": 3,
    "four": 4, "cuatro": 4, "quatro": 4, "five": 5, "cinco": 5,
}  # fmt: skip
_N = r"(?:\d{1,2}|two|three|four|five|dos|tres|cuatro|cinco|dois|duas|quatro)"
# The trip or its days as the object of planning ("los dos días", "os 3 dias", "both days").
_TRIP = (
    r"(?:(?:the|our|my|los|las|nuestros|mis|os|as|nossos|meus|all|todos|todas|ambos|both|"
    rf"pros|pros\s+nossos|para\s+los|pa\s+los|for\s+the|for\s+our|de\s+los|dos)\s+)*"
    rf"(?:(?:(?P<N>{_N})|both|all|whole|entire|todos\s+los|todos\s+os)\s+)?"
    r"(?:days|dias|trip|viaje|viagem|itinerary|itinerario|roteiro|plan|plano|programa|"
    r"thing|todo|tudo)\b"
)
_PLAN_VERB = (
    r"(?:plan(?:\s+out)?|planifica\w*|planific\w*|planea\w*|planeja\w*|planeia\w*|planej\w*|"
    r"arma\w*|arm[ae]\w*|monta\w*|organiza\w*|organic\w*|organi[sz]e|prepara\w*|disena\w*|"
    r"make|build|put\s+together|sort\s+out|come\s+up\s+with|hazme|haznos|haz|faz|faca\w*|"
    r"fazer|hacer|crea\w*|cria\w*)"
)
_PERSON = r"(?:me|us|nos|pra\s+gente|pra\s+mim|para\s+nosotros|for\s+us|for\s+me|pra\s+nos)"
_A = r"(?:a|an|un|una|um|uma|el|o|the|our|nuestro|nosso)"
_GENTLE_WORD = (
    r"(?:(?:\w+\s+)?(?:tranqui\w*|relax\w*|chill|calm\w*|easy(?:\s+going)?|leve|suave|light|slow))"
)
_GENTLE_ADJ = rf"(?:\s+{_GENTLE_WORD})?"
_HANDED = re.compile(
    rf"\b{_PLAN_VERB}(?:\s+{_PERSON})*\s+(?:{_A}\s+)?(?:{_GENTLE_WORD}\s+)?"
    rf"(?:(?:plan|plano|itinerary|itinerario|roteiro|programa)\b(?:\s+(?:for|para|pa|pra|pros|de)"
    rf"\s+{_TRIP.replace('<N>', '<n>')})?|{_TRIP.replace('<N>', '<m>')})"
)
_WISHED = re.compile(
    r"\b(?:quiero|queremos|quisiera|quisieramos|queria|queriamos|quero|necesito|necesitamos|"
    r"preciso|precisamos|(?:we|i)\s*(?:d|would)\s+(?:like|love)|(?:we|i)\s+(?:want|need))"
    rf"\s+(?:{_A}\s+)?(?:(?:plan|plano|itinerary|itinerario|roteiro|programa){_GENTLE_ADJ}"
    r"|(?:\w+\s+){0,2}(?:plan|plano|itinerary|itinerario|roteiro|programa))\b"
)
# The trip made longer or shorter ("make the trip 5 days instead of 3"): core.agents.trip.
_RESIZED = re.compile(
    r"\b(?:trip|viaje|viagem)\s+(?:(?:be|of|de|ser|tener|ter)\s+)*\d{1,2}\s+(?:days|dias)|"
    r"\b(?:instead\s+of|en\s+vez\s+de|em\s+vez\s+de|ao\s+inves|cut\w*|short\w*|extend\w*|"
    r"longer|fewer|(?:more|less|mas|menos|mais)\s+(?:\w+\s+)?(?:days?|dias?)|a\s+menos|de\s+menos)\b"
)
# One day named: a day plan or a question, not the trip ("plan tomorrow", "o roteiro de sexta").
_ONE_DAY = re.compile(
    r"\b(?:day|dia)\s+\d|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|last)\s+day\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|tomorrow|today|manana|"
    r"amanha|hoy|hoje)\b"
)
_ASKED = re.compile(r"^(?:\w+\s+){0,2}(?:what|whats|cual|qual|como|how|que|o\s+que)\b")
_NOT_THIS = re.compile(
    r"\b(?:again|de\s+nuevo|otra\s+vez|de\s+novo|outra\s+vez|redo|rehaz\w*|refaz\w*|"
    r"breakfast|brunch|lunch|dinner|desayuno|almuerzo|comida\s+y\s+cena|cena|cafe\s+da\s+manha|"
    r"almoco|jantar|janta|add|agrega\w*|adiciona\w*|quita\w*|tira\w*|remove|borra\w*|"
    r"move|mueve|muda\w*|book|reserva\w*|"
    # a person to plan it (core.agents.expert): "tem alguém local pra montar um roteiro?"
    r"local|locals|expert\w*|especialista\w*|someone|somebody|alguien|alguem|guia|guide|human\w*|"
    r"person|pessoa|persona|agent|agente)\b"
)
_LIKE_LEAD = re.compile(
    r"\b(?:with|con|com|focused\s+on|around|(?:we|i)\s*(?:re|m|are|am)?\s+(?:really\s+)?"
    r"(?:like|love|enjoy|into|dig|big\s+on)|big\s+on|(?:nos|me)\s+(?:gusta|gustan|encanta|"
    r"encantan|interesa\w*)|somos\s+de|curt\w+|gost\w+\s+(?:muito\s+)?de|adoramos|amamos|"
    r"a\s+gente\s+(?:curte|gosta\s+de|ama))\s+(?=(?P<what>[^.!?;]+))"
)
# Where a list of likes ends and a remark begins.
_LIST_END = re.compile(
    r"[,;]|\s(?:nada|nothing|not|no|nao|sin|sem|porque|pq|because|since|cause|que|q|voy|"
    r"vamos|vou|we|nos|ne|for|para|pra|pa|por|my|mi|minha|meu|pls|please|porfa|pf|"
    r"traveling|travelling|viajando|but|pero|mas|with|con|com|queria|quero|quiero|want)\b"
)
_GENTLE = re.compile(
    r"\b(?:tranqui\w*|relax\w*|chill|calm\w*|easy\s*going|slow|suave|leve|light|sin\s+prisa\w*|"
    r"sem\s+pressa|de\s+boa|sossegad\w*|nada\s+(?:muy|muito|mt|mto|tan|too)\s+\w+|nothing\s+too\s+\w+|"
    r"not\s+too\s+\w+|camina\s+poco|anda\s+pouco|can\s*'?\s*t\s+walk\s+much|bebe|baby|toddler|"
    r"stroller|carrinho|carrito|cochecito|abuel[oa]|avo|grandma|grandpa|elderly|mayores|idos[oa]s?)\b"
)


# A place to go, named ("3 days in Goa", "un viaje a Cartagena"): the rules read new trips.
_DESTINATION = re.compile(r"(?i:\b(?:in|en|em|to|a|al|para|pra|pro|no|na))\s+[A-ZÀ-Ý]")


# The same said in lower case: "3 dias en cartagena", "3 dias no porto", "a trip to lisbon".
_GOING_TO = re.compile(
    rf"\b{_N}\s+(?:days|dias|noches|noites|nights)\s+(?:in|en|em|no|na|a|al|to|para|pra|pro|por)"
    r"\s+(?!(?:the|el|la|los|las|o|a|os|as|um|uma|un|una|gente|nosotros|nos|mim|mi|us|me)\b)[a-z]"
    r"|\b(?:trip|viaje|viagem)\s+(?:to|a|para|pra|pro)\s+(?!(?:the|el|la|o|a)\b)[a-z]"
)


def _count(found: re.Match[str]) -> int | None:
    named = [name for name in ("n", "m") if name in found.re.groupindex]
    said = next((found.group(name) for name in named if found.group(name)), None)
    if said is None:
        return None
    return int(said) if said.isdigit() else _COUNT_WORDS.get(said)


_DAYS_SAID = re.compile(rf"\b(?P<n>{_N})\s+(?:days|dias)\b")


def _count_anywhere(folded: str) -> int | None:
    """The number of days said anywhere in the message ("… pros dois dias"), or None."""
    found = _DAYS_SAID.search(folded)
    return _count(found) if found else None


def _liked(folded: str) -> list[str]:
    """The kinds of place the message says the travelers like, in place-data words."""
    liked: list[str] = []
    for found in _LIKE_LEAD.finditer(folded):
        said = _LIST_END.split(f" {found.group('what')}", maxsplit=1)[0]
        for word in interest_words(said):
            known = [part for part in word.split() if part in KIND_WORDS]
            if known and len(word.split()) <= 2 * len(known) and word not in liked:
                liked.append(word)
    return liked


def trip_plan_asked(text: str) -> str | None:
    """The message in the rules' phrasing when it hands the whole trip over, or None.

    Args:
        text: The message, normalized and without its openers (core.intents.openers).
    """
    folded = fold(text)
    if any(shape.search(folded) for shape in (_ONE_DAY, _NOT_THIS, _ASKED, _RESIZED)):
        return None
    found = _HANDED.search(folded) or _WISHED.search(folded)
    if found is None:
        return None
    # "arma um roteiro bem de boa pros dois dias": the days may be said after the pace
    count = _count(found) or _count_anywhere(folded)
    if _DESTINATION.search(text) or _GOING_TO.search(folded):
        return None  # "plan 3 days in Goa with beaches": a new trip, the rules' own phrasing
    liked = _liked(folded)
    gentle = _GENTLE.search(folded) is not None
    # "a relaxed trip of 2 days": the rules read a pace before "trip", a count before "days"
    what = (
        (f"a relaxed trip of {count} days" if gentle else f"{count} days")
        if count
        else ("a relaxed trip" if gentle else "my trip")
    )
    return f"plan {what} with {' and '.join(liked)}" if liked else f"plan {what}"

"""Questions about the service itself: what it can do, how to use it, what one may ask for.

"cómo le hago para cambiar algo del itinerario?", "o q vc sabe fazer?", "what sort of stuff
can I ask?": a question word of manner or capability, a verb of doing, asking or using, and
only general words besides (something, things, the trip, this app). A question with anything
concrete in it (a place, a kind of place, a day, a meal, a number) is about the trip, not the
service, and is left to the other readings.
"""

from __future__ import annotations

import re

from core.intents.place_words import TRANSLATIONS
from core.text import fold

# "how", "what can", "what kind of": the question asks about ways or abilities.
_MANNER = re.compile(
    r"\b(?:how|como|que\s+tipo|q\s+tipo|what\s+(?:kind|sort|type)s?|que\s+clase|"
    r"que\s+(?:cosas|coisas)|q\s+(?:cosas|coisas))\b"
)
_CAPABILITY = re.compile(
    r"\b(?:what|que|q|o\s+que|o\s+q)\b(?:\s+\w+){0,3}?\s+(?:can|could|do|does|puedes|podes|"
    r"pode|podem|sabe|sabes|consegue|consegues|posso|puedo|podemos|haces|fazes|faz|hace|da|"
    r"se\s+puede)\b"
)
# Doing, asking, using, working: what a question about the service asks how to do.
_DOING = re.compile(
    r"\b(?:do|does|doing|work|works|use|using|ask|request|help|make|change|edit|get|"
    r"hago|hace|haces|hacer|funciona\w*|usa|usar|uso|utiliz\w*|pedir|pido|pides|ayud\w*|"
    r"cambi\w*|modific\w*|edit\w*|"
    r"faco|faz|fazes|fazer|usa|usar|uso|pedir|peco|ajud\w*|mud\w*|alter\w*|troc\w*)\b"
)
# Everything else a question about the service may say.
_GENERAL = frozenset(
    """how como what que q o kind sort type types tipo tipos clase de da do del la el lo le a
    an the this that esto eso isto isso aqui here it algo something anything stuff things thing
    cosas coisas coisa cosa itinerary itinerario roteiro trip viaje viagem plan plans planes
    app bot chat service servicio servico you u vc voce tu te ti me i we my mi meu minha
    can could do does puedes podes pode sabe sabes consegue posso puedo podemos para pra
    to for with con com en em in of is are be ser es e so just exactly exactamente
    changes cambios mudancas alteracoes requests pedidos work works use using ask request help
    make change edit get hago hace haces hacer funciona funcionas usa usar uso pedir pido
    ayuda ayudar ajuda ajudar faco faz fazes fazer peco cambiar modificar editar mudar alterar
    trocar oi hi hey hola ola ok okay so y and then pf pls please por favor any anything else
    mas more all todo tudo everything which kinds que mais se esta este esse essa estas isso
    alguma algum alguna alguno algun no na nos nas pro al da dá eu yo mudo cambio altero troco
    modifico edito""".split()
)
_CONCRETE = re.compile(
    r"\b(?:days?|dias?|tomorrow|tonight|today|manana|amanha|hoy|hoje|breakfast|brunch|lunch|"
    r"dinner|desayuno|almuerzo|cena|almoco|jantar|weather|clima|cost|price|precio|preco|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta)\b|\d"
)
# Kinds of places as place data names them ("castle", "museum"): something concrete.
_KINDS = frozenset(TRANSLATIONS.values()) | frozenset("castle museum restaurant bar".split())
MAX_WORDS = 18


def help_question(text: str) -> bool:
    """True for a question about what the service does or how to use it.

    Args:
        text: The message as typed.
    """
    folded = fold(text)
    words = folded.split()
    if not words or len(words) > MAX_WORDS or _CONCRETE.search(folded):
        return False
    if any(word in TRANSLATIONS or word in _KINDS for word in words):
        return False  # "how do I add a museum": a request about a kind of place
    if not (_MANNER.search(folded) or _CAPABILITY.search(folded)) or not _DOING.search(folded):
        return False
    # Only the service may be what is asked about: one word of something else at most
    # ("pedir-te", a name for the bot).
    return len([w for w in words if w not in _GENERAL]) <= 1

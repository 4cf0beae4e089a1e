"""Spanish questions, rewritten as the show / explain / help / cards requests they are.

"¿cómo quedó el día 3?" shows the day; "¿el kaiseki es muy caro?", "¿está abierto ahora el X?",
"¿el castillo abre los lunes?" ask about a place; "¿por qué pusiste X tan temprano?" asks why;
"¿qué opciones hay pa cenar el martes?", "mostrame cafés" want cards to choose from; "¿qué te
puedo pedir?", "respondeme en español" want to know how to talk to the bot.
"""

from __future__ import annotations

from core.intents.lexicon import Replacement

_DAY_WORDS = (
    r"dia|d[ií]a|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|viaje|itinerario|"
    r"plan|agenda|programa|semana|finde|primer|segundo|tercer|cuarto|quinto|ultimo"
)
# What a place is asked to be ("¿es muy caro?", "¿queda lejos?", "¿vale la pena?").
_QUALITY = (
    r"car[oa]s?|barat[oa]s?|buen[oa]s?|bonit[oa]s?|lind[oa]s?|lej[oa]s?|cerca|dificil|facil|"
    r"peligros[oa]s?|segur[oa]s?|grande|chic[oa]|turistic[oa]|interesante|recomendable|famos[oa]|"
    r"rico|rica|lleno|llena|concurrid[oa]|gratis|accesible|apto\s+para\s+ninos"
)
# Kinds of things a traveler asks for options of.
_OPTIONS = r"opciones|ideas|sugerencias|alternativas|recomendaciones|planes|cosas|lugares|sitios"

QUESTION_PAIRS: list[tuple[str, Replacement]] = [
    # "¿cómo quedó el día 3?", "¿cómo pinta el martes?": show that day.
    (
        r"^(?:y\s+)?(?:como|cómo)\s+(?:quedo|quedaria|va\s+a\s+quedar|quedamos|pinta|luce|viene|"
        rf"esta|va|queda|se\s+ve|nos\s+queda)\s+(?=(?:el|la|mi|nuestro|nuestra|todo)?\s*(?:{_DAY_WORDS})\b)",
        "que hay ",
    ),
    # "¿está abierto ahora el Jehangir?", "¿el museo está abierto hoy?": is it open.
    (
        r"^(?:y\s+)?(?:esta|estan|sigue|siguen)\s+abiert[oa]s?\s+(?:(?:ahora|hoy|ya|todavia|aun|a\s+esta\s+hora)\s+)?"
        r"(?P<x>[^?]+?)\s*(?:ahora|hoy|todavia)?\s*\?*$",
        lambda m: f"is {m.group('x')} open",
    ),
    (
        r"^(?:y\s+)?(?P<x>[^?,]+?)\s+(?:esta|estan|sigue|siguen)\s+abiert[oa]s?"
        r"(?:\s+(?:ahora|hoy|ya|todavia|aun|a\s+esta\s+hora))?\s*\?*$",
        lambda m: f"is {m.group('x')} open",
    ),
    # "¿el castillo abre los lunes?", "¿la galería cierra temprano?": its hours.
    (
        r"^(?:y\s+)?(?P<x>(?:el|la|los|las)\s+[^?,]+?)\s+(?:abre|abren|cierra|cierran)\s+"
        r"(?:los|las|el|hoy|manana|este|temprano|tarde|de)\b[^?]*\?*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    # "¿el kaiseki es muy caro?", "¿la subida queda lejos?", "¿vale la pena el museo?"
    (
        r"^(?:y\s+)?(?P<x>(?:el|la|los|las)\s+[^?,]+?)\s+(?:es|son|esta|estan|queda|quedan|sale)\s+"
        rf"(?:muy\s+|tan\s+|demasiado\s+|re\s+|super\s+|bastante\s+|medio\s+)?(?:{_QUALITY})\s*\?+\s*$",
        lambda m: f"tell me about {m.group('x')}",
    ),
    (
        r"^(?:y\s+)?(?:es|son|esta)\s+(?:muy\s+|tan\s+|demasiado\s+|re\s+|super\s+)?"
        rf"(?:{_QUALITY})\s+(?P<x>(?:el|la|los|las)\s+[^?,]+?)\s*\?+\s*$",
        lambda m: f"tell me about {m.group('x')}",
    ),
    (
        r"^(?:y\s+)?(?:vale|valdra|merece)\s+la\s+pena\s+(?:ir\s+a\s+|visitar\s+|ver\s+)?"
        r"(?P<x>[^?,]+?)\s*\?*$",
        lambda m: f"tell me about {m.group('x')}",
    ),
    # "¿por qué pusiste el X tan temprano?": why X (how early is what is asked about).
    (
        r"^(?P<q>(?:por\s*(?:que|q)|xq|pq|porq)\s+(?:pusiste|elegiste|escogiste|agregaste|"
        r"metiste|programaste|dejaste)\s+.+?)\s+(?:tan|muy|demasiado|re)\s+\w+(?:\s+\w+)?\s*\?*$",
        lambda m: m.group("q"),
    ),
    # "¿por qué el día 1 está tan lleno?": why that day is like that.
    (
        r"^(?:por\s*(?:que|q)|xq|pq|porq)\s+(?P<d>(?:el\s+)?(?:dia\s+\d{1,2}|primer\s+dia|"
        r"segundo\s+dia|tercer\s+dia|ultimo\s+dia|lunes|martes|miercoles|jueves|viernes|sabado|"
        r"domingo))\s+(?:esta|quedo|es|va)\s+(?:tan|muy|demasiado|re)\s+(?P<a>\w+)\b.*$",
        lambda m: f"why is {m.group('d')} so {m.group('a')}",
    ),
    # "¿qué opciones hay pa cenar el martes?", "¿qué restaurantes hay cerca?": cards.
    (
        rf"^(?:y\s+)?(?:que|q|cuales|qué)\s+(?:{_OPTIONS})\s+(?:hay|tienes|tenes|me\s+das|"
        r"me\s+recomiendas|recomiendas|recomendas|me\s+sugieres|sugieres|hay\s+disponibles|"
        r"tenemos|habra)\b",
        "busca ",
    ),
    (
        r"^(?:y\s+)?(?:que|q|cuales|qué)\s+(?P<k>restaurantes|bares|cafes|cafeterias|museos|"
        r"playas|parques|mercados|tiendas|lugares\s+de\s+\w+|sitios\s+de\s+\w+)\s+(?:hay|tienes|"
        r"me\s+recomiendas|recomiendas|recomendas)\b",
        lambda m: f"busca {m.group('k')}",
    ),
    # "mostrame cafés pal desayuno", "muéstrame unos bares": cards, not the itinerary.
    (
        r"\b(?:muestrame|mostrame|ensename|ensenanos|muestranos|mostranos)\s+"
        r"(?:(?:unos|unas|algunos|algunas|los|las)\s+)?"
        r"(?!(?:el|la|mi|mis|lo|todo|que|como|cual|donde|itinerario|plan|dia|dias|viaje|agenda|"
        r"reservas|reservaciones|programa|cronograma|nuestro|nuestra|tu|eso|esto)\b)(?=\w)",
        "busca ",
    ),
    # "¿qué te puedo pedir?", "¿me explicas cómo añado cosas?", "no entiendo cómo usar esto".
    (
        r"^(?:y\s+)?(?:que|q)\s+(?:cosas\s+|mas\s+)?(?:te\s+|le\s+)?(?:puedo|podemos|se\s+puede)\s+"
        r"(?:pedir|hacer|preguntar|decir)(?:te|le)?\b[^,]*$",
        "help",
    ),
    (
        r"^.*?\b(?:me\s+)?(?:explicas|explica|ensenas|ensename|decime|dime|me\s+dices)\s+"
        r"(?:como|que)\s+(?:agrego|anado|pongo|quito|muevo|cambio|uso|funciona|se\s+usa|hago|"
        r"se\s+hace|te\s+pido|puedo|le\s+pido)\b.*$",
        "help",
    ),
    (
        r"^(?:(?:la\s+verdad|jaja\w*|uf|ay|ups|perdon)[\s,]+)*no\s+(?:entiendo|me\s+entero|cacho|"
        r"capto|comprendo|se)\s+(?:nada|como|que\s+hacer|usar)\b[^,?]*(?:[,?]\s*)?$",
        "help",
    ),
    # "respondeme en español", "háblame en castellano": the reply follows the message's
    # language; what the traveler gets is what they can ask, in Spanish.
    (
        r"^.*?\b(?:respondeme|responde|respondeme|contestame|contesta|hablame|habla|escribime|"
        r"escribeme|escribi|escribe)\s+(?:en|in)\s+(?:espanol|castellano|spanish)\b.*$",
        "help",
    ),
]

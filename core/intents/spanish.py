"""How Spanish-speaking travelers say things, rewritten into the grammar the rules parse.

Patterns are accent-free (see core.intents.lexicon.loose): "dia" also matches "día".
Order matters: times and days before the bare words they contain ("mañana" the morning vs
"mañana" tomorrow), verbs last.
"""

from __future__ import annotations

import re

from core.intents.lexicon import (
    AFTER_THANKS,
    NOT_A_DATE,
    Counting,
    Replacement,
    Rule,
    is_open,
    replace_with,
    rules,
)
from core.intents.same_day import SPANISH_PAIRS as SAME_DAY_ES
from core.intents.spanish_asides import VOCATIVES, without_remarks
from core.intents.spanish_questions import QUESTION_PAIRS
from core.intents.spanish_trip import TRIP_PAIRS
from core.intents.spanish_when import RETIME_PAIRS, WHEN_PAIRS
from core.intents.spanish_wishes import WISH_PAIRS
from core.intents.when import clock_phrase
from core.intents.wish_words import when_kept
from core.text import fold

_NUM = (
    r"\d{1,2}|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
    r"catorce|quince"
)
_ORDINALS = {
    "primer": 1,
    "primero": 1,
    "1er": 1,
    "1ro": 1,
    "segundo": 2,
    "tercer": 3,
    "tercero": 3,
    "cuarto": 4,
    "quinto": 5,
    "sexto": 6,
    "septimo": 7,
    "séptimo": 7,
    "octavo": 8,
}
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_COUNTING = Counting("es", _ORDINALS)


_TIME = (
    r"\b(?:a|para|desde|hasta|tipo|como a|sobre)\s+(?:las?|eso de las?)\s+"
    r"(?P<hour>\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
    r"(?:[:.h](?P<minutes>\d{2})|h(?![a-z]))?(?:\s+y\s+(?P<fraction>media|cuarto))?"
    r"(?:\s*(?:de la|en la|por la)\s+(?P<half>manana|tarde|noche)|\s*(?P<half2>am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*(?:hs|hrs|horas))?\b"
)


def _clock(match: re.Match[str]) -> str:
    if match.group("half2") and not match.group("half"):
        text = (
            f"{match.group('hour')}{':' + match.group('minutes') if match.group('minutes') else ''}"
        )
        return f"at {text}{match.group('half2').replace('.', '')}"
    return clock_phrase(match, "es")


_WEEKDAYS = {
    "lunes": "monday",
    "martes": "tuesday",
    "miercoles": "wednesday",
    "jueves": "thursday",
    "viernes": "friday",
    "sabado": "saturday",
    "domingo": "sunday",
}

_SHORT_WEEKDAYS = {
    "lun": "lunes",
    "mie": "miercoles",
    "mier": "miercoles",
    "jue": "jueves",
    "vie": "viernes",
    "sab": "sabado",
    "dom": "domingo",
}

_PAIRS: list[tuple[str, Replacement]] = [
    # Before the day rules make "del sábado" "on saturday": "en vez del sábado" is instead of.
    (
        r"\ben (?:vez|lugar) de(?P<l>l)?\b",
        lambda m: "instead of el" if m.group("l") else "instead of",
    ),
    *VOCATIVES,
    *TRIP_PAIRS,
    *QUESTION_PAIRS,
    *WISH_PAIRS,
    *WHEN_PAIRS,
    *RETIME_PAIRS,
    (
        r"\b(?P<before>(?:el|del|al|para el|pal|este|el proximo|hasta el|desde el)\s+)"
        r"(?P<short>lun|mier?|jue|vie|sab|dom)\b\.?",
        lambda m: m.group("before") + _SHORT_WEEKDAYS[fold(m.group("short"))],
    ),
    (r"\bq\b", "que"),
    (r"\bma~nana\b|\bma-nana\b", "manana"),
    # "la Marine Drive pásala para esta noche", "el ramen del día 2 cámbialo a las 2": the
    # thing said first, then the verb with "it" → the verb, then the thing.
    (
        r"^(?:(?:y|bueno|che|oye|mejor|porfa)[\s,]+)?(?P<x>(?:el|la|los|las)\s+.+?)[\s,]+"
        r"(?P<v>pas[aá]|pon|pon[eé]|cambi[aá]|muev[eé]|mov[eé]|quit[aá]|sac[aá]|borr[aá]|dej[aá]|"
        r"mand[aá]|llev[aá]|adelant[aá]|atras[aá])(?:lo|la|los|las|\s+eso)\b(?P<rest>.*)$",
        lambda m: f"{m.group('v')} {m.group('x')}{m.group('rest')}",
    ),
    (r"\bx\b(?=\s+(?:otro|otra|otros|otras|uno|una|algo|favor)\b)", "por"),
    (r"\b(?:para|pa|pal)\s+(?=(?:esta\s+noche|hoy|ma[nñ]ana|pasado)\b)", ""),
    (r"\bpa\b(?=\s)", "para"),
    (
        r"^(?:y\s+)?(?:cual|cuál|como|cómo)\s+es\s+(?:el\s+|la\s+)?(?:plan|itinerario|programa|"
        r"programacion|programación|agenda|cronograma)\s+"
        r"(?:(?:para|del|de|pa|on)\s+|(?=(?:hoy|ma[nñ]ana|pasado|esta\s+noche|tomorrow|today)\b))"
        r"(?P<weekday>(?:el\s+)?(?:lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo)\b)?",
        lambda m: "que hay " + (f"el {m['weekday'].removeprefix('el ')}" if m["weekday"] else ""),
    ),
    (
        r"^(?:(?:buenisimo|genial|perfecto|excelente|super|listo|ok|vale|dale|chevere|bacano|chido|chida|padre|"
        r"bacan|que\s+bien)[,!.\s]+)+(?:muchas\s+|mil\s+)?gracias\b" + AFTER_THANKS,
        "thanks",
    ),
    (
        r"^(?:buenas\s+noches|chao|chau|bueno)[\s,!]+(?:hasta\s+manana|nos\s+vemos|hasta\s+luego)\W*$",
        "bye",
    ),
    (r"^hola+\b", "hola"),
    # Whole-message thanks with a compliment ("gracias parce, muy bacano", "sos un genio").
    (
        r"^(?:(?:che|oye|ay|uy|jaja\w*|jeje\w*)[\s,!]+)?(?:(?:sos|eres)\s+(?:un|una)\s+(?:genio|crack|capo|"
        r"maquina|idolo|duro|dura|amor|sol|arte|fenomeno|hacha|titan|grande|lujo)\b[\s,!.]*)?(?:(?:muchas|mil)\s+)?gracias\b"
        + AFTER_THANKS
        + r"|^(?:(?:che|oye|ay|uy|jaja\w*)[\s,!]+)?(?:sos|eres)\s+(?:un|una)\s+(?:genio|crack|capo|maquina|idolo|"
        r"arte|fenomeno|hacha|titan|lujo)\b" + AFTER_THANKS,
        "thanks",
    ),
    (
        r"^(?:que\s+cosas|que\s+mas)\s+(?:puedes|sabes|podes)\s+hacer\W*$",
        "help",
    ),  # Whole messages first: help, greetings, thanks, goodbyes.
    (
        r"^(?:ayuda|ayudame|que (?:puedes|sabes) hacer|como funciona(?: esto)?|menu|comandos|"
        r"opciones|que hago)\W*$",
        "help",
    ),
    (
        r"^(?:hola|holi|holis|buenas|buenos dias|buenas tardes|buenas noches|que tal|saludos)"
        r"(?:\s+\w+)?\W*$",
        "hello",
    ),
    (
        r"^(?:(?:buenisimo|buenisima|genial|perfecto|excelente|super|listo|ok|vale|dale|chevere|"
        r"bacano)[,!.\s]+)*(?:(?:muchas |mil )?gracias|te agradezco|genial,? gracias|perfecto,? gracias|"
        r"super,? gracias)(?:\s+\w+)?\W*$",
        "thanks",
    ),
    (r"^(?:chao|chau|adios|hasta luego|hasta pronto|nos vemos|hasta manana)\W*$", "bye"),
    (r"\b(?:muchas |mil )?gracias\b", "thanks"),
    # Courtesy and "can you" openers.
    (r"\b(?:por favor|porfa|porfis|porfavor|xfa|plis|pls)\b", "please"),
    (
        r"\b(?:me podrias|podrias|me puedes|puedes|podes|me podes|podrian|pueden|me puede|"
        r"nos puede|me podria|nos podria|puede usted|podria usted|"
        r"quisiera que|necesito que|quiero que|me ayudas a|ayudame a)\b",
        "can you",
    ),
    # Bookings before the verbs that share words with them.
    (
        r"\b(?:mis|las|ver mis|muestrame mis) (?:reservas|reservaciones|reservas hechas)\b",
        "my bookings",
    ),
    (r"\bque (?:he|hemos|tengo|tenemos) reservado\b", "my bookings"),
    (r"\bcancela(?:r|me)? (?:mi|la|una) (?:reserva|reservacion)\b", "cancel my booking"),
    (r"^q\b", "que"),
    (r"\bpa'?l\b", "para el"),
    (r"\bpa'?(?=\s|$)", "para"),
    (r"^(?:hola|holi|buenas|buenos dias|buenas tardes|buenas noches)\b[,!.\s]+(?=\w)", "hello, "),
    (
        r"\b(?:oye|mira|uy|ay|bueno|pues|ey|hey|al final|la verdad|o sea|jaja\w*|jeje\w*|"
        r"parce|parcero|parcera|wey|guey|che|mano|hermano|amigo|amiga)\b[,!\s]*",
        " ",
    ),
    (r"^(?:y|pero|entonces|ahora)\s+", ""),
    (r"\b(?:ahorita|al tiro|ya mismo|rapidito)\b[,\s]*", " "),
    (r"[,\s]+(?:po|pe|vale|si|cierto|ok)\s*\??\s*$", " "),
    (r"\b(?:me equivoque|me confundi)\b[,\s]*", " "),
    (r"\b(?:musica\s+)?en\s+vivo\b", "live music"),
    (r"\b(?:o\s+)?algo\s+(?:asi|por\s+el\s+estilo|parecido)\b", " "),
    (r"\balgo\s+con\s+", " "),
    (
        r"\b(?:bacan|bacano|bacana|chevere|chido|chida|padre|buenazo|rico)\b(?=\s+(?:el|al|para|pa|en|$))",
        " ",
    ),
    (
        r"\b(?:estamos|ando|andamos|estoy)\s+(?:cortos?|cortas?|pelados?|pelad[oa]s?|quebrad[oa]s?|sin)\s*(?:de\s+)?(?:plata|lana|dinero|pasta|guita)?\b",
        "cheap",
    ),
    (
        r"\b(?:y\s+)?(?:no\s+(?:muy|tan)\s+car[oa]s?|que\s+no\s+sea\s+car[oa]|economic[oa]s?|baratit[oa]s?)\b",
        " cheap",
    ),
    # "…, es nuestro aniversario", "el miércoles es nuestro aniversario, agrega…": the
    # occasion goes (core.intents.meal_remarks reads it as a wish), its day stays.
    (
        r",?\s*(?:es|por)\s+(?:nuestro\s+)?aniversario\b[^,.;!?]*(?:[,.;!?]+\s*|$)",
        lambda m: f" {when_kept(m.group(0))} ",
    ),
    (r"\b(?:soy|somos)\s+vegan[oa]s?\b[,\s]*", "vegan "),
    (r"\b(?:soy|somos)\s+vegetarian[oa]s?\b[,\s]*", "vegetarian "),
    (
        r"\b(?:vamos|voy|viajamos|vamos\s+a\s+ir)\s+con\s+(?:los|mis|nuestros)\s+(?:ninos|hijos|chicos|peques|nenes)\b[,\s]*",
        "family ",
    ),
    (r"\bel\s+mejor\s+(?P<k>\w+)(?:\s+que\s+haya)?\b", lambda m: f"top rated {m.group('k')}"),
    (r"\bque\s+haya\b", " "),
    # "q me queda pa hoy?": asking what is left, not a reason (read before reasons are cut)
    (r"^(?:que|q)\s+(?:me|nos)\s+queda\b", "what's on"),
    (r"\b(?:que|porque|pq|ya\s+que)\s+(?:queremos|vamos|lo|nos|me|se)\b.*$", " "),
    (r"\b(?:pa|para)\s+(?:caminar|pasear|comprar(?:\s+cosas)?|relajarnos|descansar)\b", " "),
    (r"\b(?:pa|para)\s+bailar\b", " "),
    (r"\ben la mananita\b|\bde mananita\b|\btempranito\b", "in the morning"),
    (r"\ba la noche\b", "in the evening"),
    (
        r"\b(?:subimos|vamos|iremos|pasamos)\s+(?:a|al)\b(?!\s+(?:quedar|estar|llegar|salir|volver|"
        r"regresar|tener|hacer|ir|improvisar|necesitar|querer|poder)\b)",
        "add",
    ),
    (
        # never a name said with its article ("la Ponte Luís I", "o Ponte Vecchio")
        r"(?<!\bla\s)(?<!\bel\s)(?<!\bo\s)(?<!\ba\s)"
        r"\b(?:mete|suma|agrega|anade|pon|incluye|anota|apunta)(?:me|le|nos|les|te)(?:lo|la|los|las)?\b",
        "add",
    ),
    (r"\b(?:metan|pongan|agreguen|sumen|incluyan|anoten)\b", "add"),
    (r"\bme\s+regalas\b", "add"),
    (
        r"\b(?:quiero|queremos|quisiera|quisieramos)\s+reservar(?:\s+una)?(?:\s+mesa)?\b|\bme\s+reservas\b",
        "book",
    ),
    (
        r"\b(?:hablar|conversar|charlar)\s+con\s+(?:un|una|algun|alguna)?\s*(?:experto|experta|guia|local)(?:\s+local)?\b",
        "talk to a local expert",
    ),
    (r"\bponme\s+en\s+contacto\s+con\b.*$", "find me a local guide"),
    (r"^recuerdame\b", "show"),
    (
        r"\b(?:armame|arma|armanos|organizame|organiza|planeame|planificame)\s+(?:el|un|mi|nuestro)\s+viaje\s+(?:a|en)\b",
        "plan a trip to",
    ),
    (r"\bque\s+tiene\s+de\s+especial\b", "what is special about"),
    (
        r"^por\s*que\s+(?!no\b|elegiste|escogiste|pusiste|agregaste|recomendaste|seleccionaste|"
        r"esta\b|es\b|hay\b)(?P<x>[^?]+)\?*$",
        lambda m: f"why {m.group('x')}",
    ),
    (
        r"\b(?:hasta\s+)?(?:a\s+)?que\s+hora\s+(?:esta|está)\s+abiert[oa]\s+(?P<x>.+?)\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    (r"^(?:el\s+)?horario\s+de(?:l)?\s+(?P<x>.+?)\W*$", lambda m: f"hours of {m.group('x')}"),
    (
        r"^cuando\s+(?:abre|cierra|abren|cierran)\s+(?P<x>.+?)\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    (r"^(?:y\s+)?(?:a\s+)?que\s+hora\s+(?:abre|cierra|abren|cierran)\W*$", "hours of that"),
    (
        r"^(?P<old>.+?)\s+no,?\s+(?:mejor|prefiero|mas\s+bien|más\s+bien)\s+"
        r"(?!(?:no|na|nos|nas|em|pro|pra|pras|para|pa|pal|às|as|ao|el|en|al|a\s+las|on|at|to|"
        r"in|for|day|dia|d[ií]a)\b)(?P<new>.+)$",
        lambda m: f"replace {m.group('old')} with {m.group('new')}",
    ),
    # "nada de la tasca do cais, mejor algo de mariscos"
    (
        r"^nada\s+de\s+(?P<old>.+?),?\s+(?:mejor|prefiero|mas\s+bien|más\s+bien)\s+"
        r"(?!(?:no|na|nos|nas|em|pro|pra|pras|para|pa|pal|às|as|ao|el|en|al|a\s+las|on|at|to|"
        r"in|for|day|dia|d[ií]a)\b)(?P<new>.+)$",
        lambda m: f"replace {m.group('old')} with {m.group('new')}",
    ),
    (r"\bcambia(?:r|me)?\s+la\s+hora\s+de(?:l)?\s+", "move "),
    (r",?\s*(?:cambia|actualiza)(?:r|me)?\s+la\s+fecha\s*[.!]*$", " "),
    (r"\s+ahora\s*[.!]*$", " "),
    (r"\btipo\s+(?=\d)", "a las "),
    (r"^(?:listo|ok|vale|dale|perfecto|genial|bueno|sale|orale)[,!.\s]+(?=\w)", ""),
    (r"\balgo\s+(?=tipic|local|tradicional|ric[oa]|buen[oa])", ""),
    (
        r"\b(?:algun|alguna|algunos|algunas)\b(?!\s+(?:experto|experta|expertos|guia|guias|local))",
        " ",
    ),
    (r"\b(?:bien|muy|super|re)\s+(?=barat|car[oa]|buen|ric[oa]|chid[oa]|bonit|tranq)", ""),
    (
        r",?\s*\balgo\s+(?:mas\s+)?(?:sencillo|simple|rapido|bueno|rico|chido|tranqui|tranquilo|"
        r"relajado|calmado|chill|ligero)\b,?\s*(?:(?:un|una|como un|como una|tipo)\s+)?",
        " ",
    ),
    (
        r"^en (?:lugar|vez) del?\s+(?P<old>.+?)\s*,?\s+(?:unos|unas|un|una|algo de|algo|mejor)\s+(?P<new>.+)$",
        lambda m: f"replace {m.group('old')} with {m.group('new')}",
    ),
    (r"\b(?:ese|el|este|el mismo)\s+mismo\s+dia\b|\bese\s+dia\b", " "),
    (
        r"\b(?:donde|algo pa(?:ra)?|algun lugar pa(?:ra)?|un lugar pa(?:ra)?|un sitio pa(?:ra)?)\s+"
        r"(?=(?:desayunar|almorzar|comer|cenar)\b)",
        "para ",
    ),
    (r"\b(?:un|algun)\s+(?:sitio|lugar)\s+(?:de|con)\s+", " "),
    (
        r"^(?:y\s+)?(?:tu\s+)?que\s+(?:haces|puedes hacer|sabes hacer)(?:\s+exactamente)?\W*$",
        "help",
    ),
    (
        r"\bque tan (?:caliente|frio|fresco|caluroso|humedo|lluvioso)\b|\bhace (?:calor|frio)\b",
        "weather",
    ),
    (
        r"\b(?:hasta\s+)?(?:a\s+)?que\s+hora\s+(?:abren|abre|cierran|cierra)\s+(?P<x>.+?)\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    (
        r"^(?P<x>.+?)\s+(?:hasta\s+)?a\s+que\s+hora\s+(?:abre|cierra|abren|cierran)\W*$",
        lambda m: f"hours of {m.group('x')}",
    ),
    (r"\bhaz(?:me|nos)?\s+(?:una\s+|la\s+)?reserva(?:cion)?\b", "book"),
    (r"\bahi\b", "there"),
    (r"^nel\b|^nop\b", "no"),
    (r"\balgo\s+m[aá]s\s+barat[oa]\b", "cheap"),
    (r"\balgo\s+(?=vegan|vegetarian|barat|ligero|rapido|sano|saludable|dulce)", ""),
    (
        r",?\s*(?:que|porque)\s+no\s+(?:mola|me\s+gusta|nos\s+gusta|me\s+late|nos\s+late|vale\s+la\s+pena|nos\s+llama)\b.*$",
        " ",
    ),
    (r"^(?P<x>.+?)\s+(?:es|son)\s+gratis\W*$", lambda m: f"tell me about {m.group('x')}"),
    (r"\b(?:add|ponme|pon)\s+en\s+contacto\s+con\b.*$", "find me a local guide"),
    (
        r"\b(?:un|una)\s+(?P<kind>\w+)(?P<mid>.*?),\s*(?:el|la)\s+(?:de|del)\s+(?P<name>[^,?!.]+?)\s*$",
        lambda m: f"{m.group('name')} {m.group('kind')}{m.group('mid')}",
    ),
    (
        r"^(?P<x>.+?)\s+(?:cobra|cobran)\s+(?:la\s+)?entrada\W*$",
        lambda m: f"tell me about {m.group('x')}",
    ),
    (r"^(?:quitalo|quitala|borralo|borrala|sacalo|sacala)\s*[.!]*$", "remove it"),
    (r"\b(\d+|dos|tres|cuatro|cinco)\s+dias\s+(?:en|pa|para)\s+(?=\w)", r"\1 dias in "),
    (r"\b(?:en realidad|de hecho|pensandolo bien)\b[,\s]*", " "),
    (r"\b(?:enter[oa]|enterit[oa]|complet[oa])\b(?=\s*$)", " "),
    (r"\bque (?:chevere|bacano|padre|chido|genial|bien)\b", "great"),
    (
        r"\bque onda con\b|\bque tal (?:es|esta)\b|\bcomo es\b(?=\s+(?:el|la|los|las)\b)",
        "tell me about",
    ),
    (
        r",?\s*\b(?:vale|valdra|merece) la pena(?:\s+(?:ir|visitarlo|visitarla|ir alli|verlo))?\b\??",
        " ",
    ),
    (r"^(?:que|q) onda (?=(?:el|la|los|las)\b)", "tell me about "),
    (
        r"\b(?:regresa|devuelve|vuelve|deja|pon)\w*\s+(?:todo\s+)?(?:a\s+)?(?:como|a como)\s+"
        r"(?:estaba|era|antes)\b",
        "undo",
    ),
    (r"\b(?:llegamos|llegaremos|vamos a llegar|aterrizamos)\b", "we arrive"),
    (
        r"\b(?:corre|recorre|mueve|pasa)\w*\s+todo(?:\s+el\s+(?:viaje|plan|itinerario))?\s*(?=$|[,.!?])",
        " ",
    ),
    (r"\b(?:opciones|ideas|sugerencias|alternativas)\s+(?:de|para)\b", "options for"),
    (r"\b(?:que tal|como estas|como va todo|como andas)\b\??(?=.*\w)", " "),
    (r"\b(?:lo que pasa es que|pasa que|resulta que|la cosa es que)\b", " "),
    (r"\b(?:sera que se puede|se puede|si se puede|es posible|si es posible|si puedes)\b\??", " "),
    (r"\b(?:no me late|no me gusta|no nos gusta|ya la conocemos|ya lo conocemos|ya fuimos)\b", " "),
    (r"\b(?:de los|de las)\s+mejores\b", "well-rated"),
    (r"\bpara la noche\b", "in the evening"),
    (r"\bpara la manana\b", "in the morning"),
    (
        r"\bdeja(?:r)?\s+(?P<d>(?:el\s+)?dia\s+\d{1,2})\s+(?:en blanco|vacio|libre|sin nada)(?:,?\s+sin nada)?",
        lambda m: f"clear {m.group('d')}",
    ),
    (r"\b(?:quitale|borrale|sacale)\s+todo\b", "remove everything"),
    (r"\bya no (?:vamos|iremos|vamos a ir)(?: a| al)?\b", "remove"),
    (r"\b(?:xq|pq|porq)\b", "por que"),
    (r"^(?:llena|llenar|rellena|rellenar|completa|completar)\s+", "replace "),
    # "… y llena el almuerzo del día 5 con algo vegetariano": a second request, a meal to fill
    (
        r"(?:(?<=, )|(?<= y )|(?<= and ))(?:llena|llenar|rellena|rellenar|completa|completar)\s+"
        r"(?=(?:(?:el|la|los|las|the)\s+)?(?:almuerzo|cena|desayuno|comida|lunch|dinner|"
        r"breakfast|brunch)\b)",
        "replace ",
    ),
    (r"\b(?:intercambialos|cambialos|invertilos|voltealos)\b|\bcambia el orden\b", "swap"),
    (r"\b(?:quiero|queremos|vamos a|me gustaria)\s+(?:ver|conocer|visitar)\b", "add"),
    (r"\b(?:con|y)\s+el\s+ultimo\b(?!\s+dia)", "and the last day"),
    (r"\b(?:del|de mi|de nuestro)\s+viaje\b", "from the trip"),
    (r"\bmejor\b(?!\s+(?:calificad|valorad|puntuad|dicho))", ""),
    (
        r"\b(?:esta|anda)\s+(?:muy|demasiado|super)\s+(?:cargado|cargada|lleno|llena|apretado|apretada|pesado|pesada)\b",
        "is too busy",
    ),
    (
        r"\ba que hora (?:abre|cierra)\s+(?P<name>.+?)\??$",
        lambda m: f"when does {m.group('name')} open",
    ),
    (r"\bque tal (?:es|esta|son)\s+(?P<x>.+?)\??$", lambda m: f"tell me about {m.group('x')}"),
    (
        r"\b(?:hay|tienes|conoces|tienen)\s+(?:algun|alguna|un|una)\s+(?:experto|experta|guia)(?:\s+local)?\b",
        "find me a local guide",
    ),
    (r"\b(?:ahi|alli|alla)\b", "there"),
    # "sepárame una mesa", "apártanos mesa", "consíguenos una mesa", "guárdame la mesa": a table
    # held for the traveler is a booking
    (
        r"\b(?:separ|apart|guard|agarr|consig|consigu|pid|cog|coj|asegur|ped)[a-z]*?(?:me|nos|le|les)?"
        r"\s+(?=(?:una\s+|la\s+|un\s+)?mesa\b)",
        "reserva ",
    ),
    (r"\b(?:una\s+|la\s+)?mesa\b", "a table"),
    (r"\blos dias (\d{1,2}) [y] (\d{1,2})\b", r"day \1 and day \2"),
    (
        r"\b(?:con\s+)?(?:nota|calificacion|puntaje)\s+(?:de\s+)?(?P<r>[1-5](?:[.,]\d)?)(?:\s+o\s+mas|\s+pa\s+arriba|\s+para\s+arriba)?",
        lambda m: f"rated {m.group('r')}+",
    ),
    (
        r"\b(?:quita|quitar|elimina|eliminar|borra|borrar|saca|sacar)\s+(?:el\s+)?ultimo dia(?:\s+(?:del viaje|al viaje|from the trip))?"
        # "sácale el último día al viaje": the verb already read, the trip still named
        r"|\bremove\s+(?:on\s+)?the\s+last\s+day\s+(?:al|del)\s+(?:viaje|trip)\b",
        "remove the last day from the trip",
    ),
    (
        rf"\b(?:nos vamos a quedar|nos quedamos|quedarnos|me quedo|vamos a estar)\s+(?P<n>{_NUM})\s+dias?\s+mas\b",
        _COUNTING.counted("add {n} days"),
    ),
    (r"\b(?:nos vamos a quedar|nos quedamos|quedarnos|me quedo)\s+un dia mas\b", "add a day"),
    (
        r"\b(?:quiero|queremos|necesito|necesitamos|me gustaria)\s+(?:un|una)\s+(?:viaje|itinerario|plan|ruta|recorrido)\b",
        "plan a trip",
    ),
    (
        r"\bdonde\s+(?:almorzamos|cenamos|comemos|desayunamos|vamos|estamos|dormimos)\b",
        "where do we have",
    ),
    (r"\bya no (?:quiero|queremos) (?:ir a|ir al|visitar)\b", "remove"),
    # Times, then parts of the day, then relative days.
    (_TIME, _clock),
    (r"\b(?:al|a|para el) mediodia\b", "at noon"),
    (r"\b(?:a|para la) medianoche\b", "at midnight"),
    (r"\bpasado manana\b", "the day after tomorrow"),
    (r"\b(?:esta|hoy en la|hoy por la) noche\b", "tonight"),
    (r"\b(?:por|en|de|durante) la manana\b|\btemprano\b|\bde manana\b", "in the morning"),
    (r"\b(?:por|en|de|durante) la tarde\b|\bde tarde\b", "in the afternoon"),
    (r"\b(?:por|en|de|durante) la noche\b|\bde noche\b", "in the evening"),
    (r"\bhoy\b", "today"),
    (r"\bmanana\b", "tomorrow"),
    (
        r"\b(?:el|este|el proximo|para el|del|al)\s+"
        r"(?P<wd>lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b",
        lambda m: "on " + _WEEKDAYS[fold(m.group("wd"))],
    ),
    # Days of the trip.
    (rf"\b(?:al|para el|hasta el|pal)\s+(?P<n>{_ORD})\s+dia\b", _COUNTING.day("to")),
    (rf"\b(?:al|para el|hasta el|pal)\s+dia\s+(?P<n>{_NUM})\b{NOT_A_DATE}", _COUNTING.day("to")),
    (r"\b(?:al|para el|hasta el)\s+ultimo dia\b", "to the last day"),
    (rf"\b(?:el|del|en el|de el|en)\s+(?P<n>{_ORD})\s+dia\b", _COUNTING.day("on")),
    (r"\b(?:el|del|en el|de el|en)\s+ultimo dia\b", "on the last day"),
    (rf"\b(?:el|del|en el|de el|en)\s+dia\s+(?P<n>{_NUM})\b{NOT_A_DATE}", _COUNTING.day("on")),
    (rf"\b(?P<n>{_ORD})\s+dia\b", _COUNTING.day("")),
    (rf"\bdia\s+(?P<n>{_NUM})\b{NOT_A_DATE}", _COUNTING.day("")),
    (r"\b(?P<n>\d{1,2})\s*[o°º]\s*dia\b", _COUNTING.day("on")),
    (r"\bultimo dia\b", "last day"),
    # Trip-wide changes.
    (
        r"\b(?:intercambia|intercambiar|invierte|invertir|inverti|voltea|cambia|cambiar|permuta|"
        r"cambiame|invertime|intercambiame)\s+"
        r"(?:los dias\s+|el orden de los dias\s+)?(?=(?:on\s+)?day\b)",
        "swap ",
    ),
    (
        r"\b(?:agrega|agregar|anade|anadir|suma|sumar|pon|ponle)\s+(?:un|1)\s+dia(?:\s+mas)?\b",
        "add a day",
    ),
    (
        rf"\b(?:agrega|agregar|anade|anadir|suma|sumar)\s+(?P<n>{_NUM})\s+dias(?:\s+mas)?\b",
        _COUNTING.counted("add {n} days"),
    ),
    (r"\bun dia mas\b|\b(?:alarga|alargar|extiende|extender)\s+(?:el|mi)\s+viaje\b", "add a day"),
    (
        r"\b(?:acorta|acortar|recorta|recortar|reduce|reducir)\s+(?:el|mi)\s+viaje\b",
        "shorten the trip",
    ),
    (
        r"\b(?:quita|quitar|elimina|eliminar|saca|sacar)\s+(?:un|1)\s+dia\b",
        "shorten the trip by 1 day",
    ),
    (r"\bfecha de (?:inicio|salida|llegada|comienzo)\b|\bfecha del viaje\b", "start date"),
    (r"\b(?:el viaje )?(?:empieza|comienza|inicia|arranca)\b", "starts"),
    (
        r"\bmas (?:relajado|relajada|tranquilo|tranquila|suave|ligero|ligera|calmado|light)\b",
        "more relaxed",
    ),
    (
        r"\bmenos (?:cargado|cargada|apretado|apretada|pesado|pesada|intenso|intensa)\b",
        "more relaxed",
    ),
    (r"\b(?:haz|hazme|deja|dejame|vuelve|pon)\b(?=.*\bmore relaxed\b)", "make"),
    # Plans.
    (rf"\b(?P<n>{_NUM})\s+dias\b", _COUNTING.counted("{n} days")),
    (rf"\b(?P<n>{_NUM})\s+noches\b", _COUNTING.counted("{n} nights")),
    (r"\b(?:un|1) fin de semana largo\b|\bpuente\b", "a long weekend"),
    (r"\b(?:un|1) fin de semana\b|\bfinde\b", "a weekend"),
    (r"\buna semana\b", "a week"),
    (
        r"\b(?:haz|hazme|armame|arma|armar|crea|creame|crear|prepara|preparame|preparar|disena|"
        r"disename)(?: me| nos)?\s+(?:un|una)\s+(?:viaje|itinerario|plan|recorrido|ruta|escapada)\b",
        "plan a trip",
    ),
    (
        r"\b(?:planea|planear|planeame|planifica|planificar|planifiquemos|organiza|organizame|"
        r"organizar|programa|programame)\b",
        "plan",
    ),
    (r"\b(?:viaje|itinerario|escapada)\b", "trip"),
    # Meals.
    (r"\b(?:para|de|en|a la hora de)\s+(?:el|la)\s+desayuno\b|\bpara desayunar\b", "for breakfast"),
    (
        r"\b(?:para|de|en|a la hora de)\s+(?:el|la)\s+(?:almuerzo|comida)\b|\bpara almorzar\b",
        "for lunch",
    ),
    (
        r"\b(?:para|de|en|a la hora de)\s+(?:el|la)\s+cena\b|\bpara cenar\b|\bde cena\b",
        "for dinner",
    ),
    (
        r"\b(?:quiero|quisiera|queremos|vamos a|me gustaria|nos gustaria)\s+cenar\b(?:\s+en)?",
        "add for dinner",
    ),
    (
        r"\b(?:quiero|quisiera|queremos|vamos a|me gustaria|nos gustaria)\s+almorzar\b(?:\s+en)?",
        "add for lunch",
    ),
    (
        r"\b(?:quiero|quisiera|queremos|vamos a|me gustaria|nos gustaria)\s+desayunar\b(?:\s+en)?",
        "add for breakfast",
    ),
    (
        r"\b(?:quiero|quisiera|queremos|vamos a|me gustaria|nos gustaria)\s+comer\b(?:\s+en|\s+algo de)?",
        "add",
    ),
    (r"\bdesayuno\b", "breakfast"),
    (r"\balmuerzo\b", "lunch"),
    (r"\bcena\b", "dinner"),
    # Party size.
    (
        rf"\bpara\s+(?P<n>{_NUM})(?:\s+(?:personas|pax|adultos|comensales))?\b(?!\s*(?:dias|noches|days|nights|de\b))",
        _COUNTING.counted("for {n} people"),
    ),
    (rf"\bsomos\s+(?P<n>{_NUM})\b", _COUNTING.counted("for {n} people")),
    # Wishes.
    (
        r"\b(?:barato|barata|baratos|baratas|economico|economica|economicos|de buen precio|"
        r"no muy caro|no muy cara|bueno y barato)\b",
        "cheap",
    ),
    (r"\b(?:caro|cara|elegante|de lujo|lujoso|lujosa|gourmet|fino|fina|alta cocina)\b", "upscale"),
    (
        r"\b(?:bien|mejor)\s+(?:calificado|calificada|valorado|valorada|puntuado|puntuada|rankeado)s?\b"
        r"|\bcon buenas (?:resenas|calificaciones|opiniones)\b",
        "well-rated",
    ),
    (
        r"\b(?:con|de)\s+(?:mas de\s+)?(?P<r>[1-5](?:[.,]\d)?)\s*(?:estrellas|\*)(?:\s+o mas)?\b",
        lambda m: f"rated {m.group('r')}+",
    ),
    (r"\b(?:que este |que esten )?abiert[oa]s? (?:ahora|ya|en este momento)\b", "open now"),
    (
        r"\b(?:para|con)\s+(?:ninos|chicos|nenes|familia|la familia|los ninos|los chicos|peques)\b"
        r"|\bapto para ninos\b|\bfamiliar\b",
        "family",
    ),
    (r"\b(?:en la |con )?azotea\b", "rooftop"),
    # Questions about places.
    (
        r"\b(?:hablame|cuentame|contame|dime|decime|platicame)\s+(?:mas\s+|un poco\s+|algo\s+)?"
        r"(?:del|de la|de los|de las|de|sobre|acerca de)\b"
        r"|\bque (?:sabes|me puedes decir) (?:de|sobre)\b|\binfo(?:rmacion)? (?:de|sobre)\b",
        "tell me about",
    ),
    (
        r"\bpor ?que\s+(?:elegiste|escogiste|pusiste|agregaste|recomendaste|seleccionaste|"
        r"elegiste|esta|hay)\b",
        "why did you pick",
    ),
    (r"\besta abiert[oa]\s+(?P<name>.+?)(?:\s+(?:ahora|hoy))?\s*$", is_open),
    (r"\b(?P<name>.+?)\s+esta abiert[oa](?:\s+(?:ahora|hoy))?\s*$", is_open),
    (r"\ba que hora (?:abre|cierra)\b", "when does"),
    (r"\bque es\b", "what is"),
    # Experts.
    (
        r"\b(?:busca|buscame|consigue|consigueme|quiero|queremos|necesito|necesitamos|"
        r"recomiendame|conectame con|ponme en contacto con)\s+(?:a\s+)?(?:un|una)\s+"
        r"(?:guia|experto|experta)(?:\s+local)?\b",
        "find me a local guide",
    ),
    # "al Amber Fort queremos ir temprano", "a la playa vamos a ir el viernes": the place said
    # first, the going after it
    (
        r"^\W*(?P<to>al|a\s+la|a\s+los|a\s+las)\s+(?P<x>(?:[\w'-]+\s+){0,5}?[\w'-]+)\s+"
        r"(?:queremos|quiero|quisiera|quisieramos|vamos\s+a|me\s+gustaria|nos\s+gustaria|"
        r"hay\s+que|podemos|pensamos|planeamos|tenemos\s+que|tengo\s+que)\s+ir\b",
        r"ir \g<to> \g<x>",
    ),
    (
        r"\b(?:(?:quiero|queremos|quisiera|me gustaria|nos gustaria|vamos a|podemos)\s+)?ir\s+(?:a la|al|a|hasta)\b",
        "add",
    ),
    (
        r"\b(?:de\s+)?(?P<r>[1-5][.,]\d)\s*(?:pa|para|o|y)\s+(?:arriba|mas)\b",
        lambda m: f"rated {m.group('r')}+",
    ),
    (
        r"\b(?P<v>mueve|quita|borra|cambia|elimina|saca|reemplaza|reserva|agrega|pasa|pon|adelanta|atrasa)(?:lo|la)\b",
        lambda m: f"{m.group('v')} it",
    ),
    (
        r"\b(?:ese|este) (?P<k>restaurante|bar|museo|hotel|cafe)\b",
        lambda m: (
            "that "
            + {"restaurante": "restaurant", "museo": "museum"}.get(
                m.group("k").lower(), m.group("k")
            )
        ),
    ),
    (
        r"\b(?:eso|esto|ese lugar|este lugar|ese sitio|este sitio|ese|este|esa)\b(?!\s+(?:dia|day))",
        "that",
    ),
    # Replace X with Y ("cambia la cena por sushi").
    (
        r"\b(?:reemplaza|reemplazar|reemplazame|sustituye|sustituir|cambia|cambiar|cambiame)\b"
        r"(?P<old>.+?)\bpor\b",
        replace_with,
    ),
    (r"\b(?:reemplaza|reemplazar|sustituye|sustituir)\b", "replace"),
    (r"\ben (?:vez|lugar) del?\b", "instead of"),
    # Verbs.
    (
        r"\b(?:deshacer|deshaz|deshazlo|deshace|deshacelo|deshacé|deshaga|deshagalo|deshagamos|"
        r"deshacerlo|desace|desacelo|revierte|revertir|revertilo|anula lo ultimo|"
        r"anula el ultimo cambio|vuelve atras|volver atras|regresa como estaba|"
        r"vuelve a como estaba|dejalo como estaba|"
        # "volvé todo como estaba antes", "déjalo todo como estaba"
        r"(?:vuelve|volve|volvé|volver|deja|dejalo|dejá|pon|pone|poné)\s+(?:todo\s+|eso\s+|lo\s+)?"
        r"(?:a\s+)?como\s+estaba(?:\s+antes)?)\b(?:\s+(?:eso|lo ultimo|el ultimo cambio|"
        r"ultimo cambio|el cambio))?(?:\s+(?:porfa|por favor|plis|xfa|ya))?",
        "undo",
    ),
    # "a ver el plan completo": asking to see the plan
    (
        r"\ba\s+ver\s+(?:el|mi|nuestro)\s+(?:plan|itinerario|viaje)(?:\s+(?:completo|entero))?\b",
        "show my itinerary",
    ),
    (
        r"\bque (?:hay|tengo|tenemos|hacemos|haremos|toca|sigue|hago|haremos)\b(?: planeado)?"
        r"|\bcomo (?:va|queda|esta|se ve)\b",
        "what do i have",
    ),
    (
        r"\b(?:muestrame|mostrame|ensename|ensename|dejame ver)\b",
        "show me",
    ),
    (
        r"\b(?:muestra|mostrar|quiero ver|ver)\b",
        "show",
    ),
    (
        r"\b(?:mi|el|nuestro)\s+(?:itinerario|plan|cronograma|programa|agenda|trip)\b",
        "my itinerary",
    ),
    (r"\bcual es el plan\b", "what is the plan"),
    (r"\b(?:vacia|vaciar|limpia|limpiar|despeja|despejar|libera|liberar)\b", "clear"),
    (r"\b(?:borra|borrar|quita|quitar|elimina|eliminar)\s+todo(?:\s+lo)?\b", "remove everything"),
    (
        r"\b(?:quit\w*|elimin\w*|borr\w*|saca(?:me|le|nos|lo|la|los|las|r|s)*|descarta\w*|tacha\w*|"
        r"cancela|cancelar)\b"
        r"|\bya no (?:quiero|queremos)(?: ir a| ir al| visitar)?\b",
        "remove",
    ),
    (
        r"\b(?:muev\w*|mover|moverlo|pasa|pasar|pasalo|pasala|traslad\w*|"
        r"adelanta|adelantar|atrasa|atrasar|retrasa|retrasar|corre|correr)\b",
        "move",
    ),
    (r"\b(?:cambia|cambiar|cambialo|cambiala)\b", "change"),
    (
        r"\b(?:reserva|reservar|reservame|reservanos|haz(?:me)? una reserva(?:cion)?(?: en| para)?|"
        r"aparta|apartar|apartame|apartanos|apartenos)\b",
        "book",
    ),
    (
        r"\b(?:agreg\w*|anad\w*|pon|poner|ponme|ponle|ponnos|pones|pongas|mete|meter|meteme|metes|"
        r"inclu\w*|suma|sumar|sumale|"
        r"busca|buscar|buscame|encuentra|encuentrame|recomienda|recomiendame|agenda|agendar|"
        r"agendame|anota|anotame|dame|regalame|quiero ir a|queremos ir a|quiero visitar|"
        r"queremos visitar|quisiera ir a|me gustaria ir a|vamos a|quiero|queremos|quisiera|"
        r"me gustaria|nos gustaria|visitar|ir a|conocer)\b",
        "add",
    ),
    # "y pone el Calton Hill a las 5": "pone" asks only where a request starts ("me pone mal").
    (r"(?:^|(?<=\by\s)|(?<=,\s))pone\b", "add"),
    (r"\b(?:me|nos|te)\s+(?=(?:add|remove|move|change|book|show|replace|clear|undo)\b)", ""),
    # Off-topic questions.
    (
        r"\b(?:que tiempo|que clima|el clima|el tiempo|va a llover|llovera|llueve|pronostico|"
        r"temperatura|hara frio|hara calor)\b",
        "weather",
    ),
    (r"\b(?:eventos|festivales|conciertos|que eventos)\b", "events"),
    (r"\b(?:es seguro|es peligroso|seguridad|peligro|alertas)\b", "is it safe"),
    (
        r"\bcuanto (?:me |nos |te )?(?:cuesta|costara|va a costar|sale|me sale|nos sale|cuesta todo)\b"
        r"|\bpresupuesto\b|\bcosto total\b",
        "how much will it cost",
    ),
    (r"\b(?:comparte|compartir|compartelo|mandale|enviale|pasale|envialo|mandalo)\b", "share"),
    (
        r"\b(?:exporta|exportar|exportalo)\b|\bal calendario\b|\ba mi calendario\b",
        "export calendar",
    ),
    # Connectors.
    (r"\by (?:luego|despues)\b|\b(?:luego|despues)\b", "and then"),
    # "ponle la playa también", "…también, y pasa X al 4": "too" ends its request.
    (
        r"[,\s]*\b(?:y\s+)?tambien(?:\s*(?P<c>,)|(?=[\s.!]*$))",
        lambda m: "too" + (m.group("c") or ""),
    ),
    (r"\by tambien\b|\btambien\b|\bademas\b", "and also"),
    (r"\s+[ye]\s+", "and"),
    (r"\ben\b", "in"),
    (r"\bcon\b", "with"),
    (r"\b(?:a|para|hacia|al)\s+(?=(?-i:[A-ZÁÉÍÓÚÑ]))", "to"),
]


# Remarks go first, while the message still reads as the traveler wrote it.
SPANISH_RULES = (
    *rules(SAME_DAY_ES),  # before the remarks, which drop "mismo"
    Rule(re.compile(r"^.+$", re.DOTALL), lambda m: without_remarks(m.group(0))),
    *rules(_PAIRS),
)

"""Remarks a Spanish-speaking traveler glues to a request, told apart from what the request says.

"agrega un mercado pa mañana, quiero comprar especias", "elimina las cuevas, el ferry me marea",
"ponme un ramen, que ya estaremos hartos de ajiaco": after the request, a clause with a subject
and a verb of its own, a reason ("que …", "porque …", "ya …"), a plan of one's own ("nos
quedamos …", "andamos …") or a purpose ("pa ver el atardecer") is context, not a request.
It is dropped before the rewrites, unless it says what the place must be ("mi novia no come
carne", "es celíaca", "vamos con los niños"): then that wish is kept, in the words the rules
read ("vegetariano", "sin gluten", "para niños").

Only clauses after the first are read: the first carries the request. A clause that holds a
request verb ("…, y pasa X al 4"), a time, a day, a rating or a subjunctive wish ("que sea
barato", "que esté abierto") is never a remark.
"""

from __future__ import annotations

import re

from core.text import fold

# Where one clause ends and another starts.
_BREAK = re.compile(r"(\s*(?:[,;!?]+|\.(?:\s+|$)|\s-+\s|…)\s*)")

# Words a clause may open with that say nothing yet ("jaja", "y", "pero", "ojo", "es que").
_LEAD = re.compile(
    r"^(?:(?:y|e|pero|aunque|jaja\w*|jeje\w*|ja|je|ah|oh|ay|uy|eh|ojo|total|igual|bueno|pues|"
    r"es\s+que|lo\s+que\s+pasa\s+es\s+que|la\s+verdad|o\s+sea|obvio|claro)\s+)+"
)

# A request verb in the clause: it is a request, never a remark.
_REQUEST = re.compile(
    r"\b(?:agreg\w*|anad\w*|pon|pone|ponle|ponlo|ponla|ponme|poner|quit\w*|sac[aá]\w*|borr\w*|"
    r"elimin\w*|muev\w*|mover|pas[aá]|pasal\w*|pasar|cambi[aá]\w*|reemplaz\w*|reserv\w*|busc\w*|"
    r"sum[aá]\w*|met[eé]\w*|inclu\w*|dame|deja(?:lo|la|me)?|mostr\w*|muestr\w*|planea\w*|"
    r"planific\w*|arma\w*|adelant\w*|atras\w*|corr[eé]|deshac\w*|deshaz\w*|vac[ií]a|limpia|"
    r"agend\w*|anot\w*)\b"
)
# A slot said in the clause (a time, a day, a rating, a wish): part of the request, unless a
# subject and its verb make it a remark ("el 2 ya está lleno").
_SLOT = re.compile(
    r"\b(?:a\s+las?|tipo|sobre\s+las?)\s+\d|\b\d{1,2}(?::\d\d|h|hs|hrs|am|pm)\b"
    r"|\b(?:el|del|al|pal|para\s+el)\s+(?:dia\s+\d|\d{1,2}\b|primer|segundo|tercer|cuarto|quinto|"
    r"ultimo|lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|\bestrellas\b|\bcalificad\w*|\bpuntuad\w*"
    r"|^(?:que|q)\s+(?:no\s+)?(?:sea|sean|este|esten|tenga|tengan|haya|quede|quede)\b"
    r"|^(?:(?:pero|y)\s+)?(?:nada|algo|ni)\b"
    r"|^(?:un|una|unos|unas|otro|otra|el|la|los|las)\s+\w+$"
)

# What a wishful remark asks of the place, in words the rewrites and the search read.
_WISHES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:no\s+(?:come|comen|comemos|como|comes)\s+(?:carne|pollo|animales)|"
            r"vegetarian[oa]s?)\b"
        ),
        "vegetariano",
    ),
    (re.compile(r"\bvegan[oa]s?\b|\bno\s+(?:come|comen|comemos|como)\s+nada\s+animal"), "vegano"),
    (re.compile(r"\bcel[ií]ac[oa]s?\b|\b(?:sin|no\s+\w+\s+)gluten\b"), "sin gluten"),
    (re.compile(r"\bhalal\b|\bmusulman\w*"), "halal"),
    (re.compile(r"\bkosher\b|\bjudi[oa]s?\b"), "kosher"),
    (
        re.compile(r"\b(?:ninos|ninas|nenes|peques|chicos|hijos|hijas|bebes?|cochecito)\b"),
        "para ninos",
    ),
    (re.compile(r"\bsilla\s+de\s+ruedas\b|\bno\s+puede\s+caminar\b"), "accesible"),
]

# A subject and its verb: "el ferry me marea", "mi novia no come carne", "el 2 ya está lleno".
_SUBJECT_VERB = re.compile(
    r"^(?:a\s+(?=mi|mis|nuestr|tu|su|el|la|los|las))?"
    r"(?:mi|mis|nuestro|nuestra|nuestros|nuestras|tu|su|sus|el|la|los|las|este|esta|ese|esa)\s+"
    r"(?:\S+\s+){0,3}?(?:no|ya|me|te|nos|se|le|les|nunca|siempre|tambien|solo|"
    r"es|son|esta|estan|era|eran|fue|fueron|sera|tiene|tienen|queda|quedan|ama|aman|odia|odian|"
    r"prefiere|prefieren|quiere|quieren|come|comen|adora|adoran|detesta|va|van|viene|vienen|"
    r"llega|llegan|sale|salen|cierra|cierran|cuesta|cuestan|encanta|encantan|gusta|gustan|"
    # "la visitamos", "la reservar"; "a las 8 de la tarde" is a time, no verb in it
    r"lo\s+\w+|la\s+(?!tarde\b)\w+[aeií]r\w*|\w+(?:amos|emos|imos))\b"
)
# How any other remark starts: a reason, one's own plan or feeling, a purpose, a tag question.
_REMARK = re.compile(
    # a reason or a comment: "que ya estaremos hartos…", "porque llueve", "ya fuimos"
    r"^(?:que|q|porque|porq|pq|xq|ya\s+que|como\s+(?:en|si|siempre|cuando|de|ya))\b"
    r"|^ya\s+(?!no\b)\w+"
    # a clitic before a verb: "me marea", "nos encanta", "se cena tarde", "me equivoqué"
    r"|^(?:no\s+)?(?:me|te|nos|se|le|les)\s+\w+"
    # our own plans and state: "nos quedamos hasta…", "andamos con hambre", "tienen 5 años"
    r"|^(?:somos|soy)\s+(?!\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|vegan|vegetarian)"
    r"|^(?:andamos|ando|estamos|estoy|estaremos|tenemos|tengo|tienen|tiene|"
    r"es|son|esta|estan|era|fue|llegamos|salimos|volvemos|venimos|vinimos|fuimos|"
    r"viajamos|hay\s+que|toca|tocara|dicen|dice|parece|creo|"
    r"pienso|supongo|imagino|seguro|tal\s+vez|quizas|capaz|ojala)\b"
    r"|^(?:vamos|voy)\s+a\s+(?!(?:ir|ver|visitar|conocer|comer|cenar|almorzar|desayunar|"
    r"probar|tomar|agregar|poner|quitar|mover|cambiar|reservar)\b)\w+"
    r"|^(?:quiero|queremos|quisiera|quisieramos|me\s+gustaria|nos\s+gustaria)\s+"
    r"(?!(?:ir|ver|visitar|conocer|comer|cenar|almorzar|desayunar|merendar|probar|tomar|"
    r"agregar|poner|quitar|sacar|mover|cambiar|reservar)\b)\w+r\b"
    # whatever you find: "lo que tengas", "lo q te parezca"; "el q sea más bonito q tú veas"
    r"|^lo\s+(?:que|q)\b"
    r"|^(?:el|la|los|las|cualquiera)\s+(?:que|q)\s+(?:(?:tu|usted|vos)\s+)?(?:sea|sean|quieras|"
    r"veas|prefieras|elijas|escojas|te\s+parezca|mas\s+te\s+guste)\b"
    # a purpose: "pa ver el atardecer", "para sacar fotos"
    r"|^(?:pa|para|pra)\s+(?:ver|mirar|disfrutar|sacar|hacer|aprovechar|descansar|caminar|"
    r"pasear|comprar|relajarnos|relajarme|celebrar|no\s+\w+)\b"
)
# A clause that only says the traveler corrects themselves: what follows is the new value.
_CORRECTING = re.compile(
    r"^(?:(?:ah|oh|ay|uy|eh)\s+)?(?:no\s+)?(?:perdon|espera|digo|mejor(?:\s+dicho)?|o\s+sea|"
    r"no\s+no|no)$"
)
# A question tagged on at the very end: "no?", "no es mucho?", "verdad?", "eh".
_TAG = re.compile(
    r"^(?:no|verdad|cierto|sabes|viste|eh|o\s+no)(?:\s+(?:es|seria|crees|te\s+parece)\b.*)?$"
)

# A purpose said inline after a clock time: "ponlo a las 4 pa ver el sunset desde arriba".
_PURPOSE_AFTER_TIME = re.compile(
    r"(?P<keep>\b(?:a|tipo|sobre)\s+las?\s+\S+(?:\s+(?:de\s+la\s+\w+|y\s+\w+))?)\s+"
    r"(?:pa|para|pra)\s+(?:ver|mirar|disfrutar|sacar|aprovechar|agarrar)\b.*$",
    re.IGNORECASE,
)


# What the traveler likes is a wish for the plan or the place ("nos encantan los museos").
_LIKING = re.compile(
    r"^(?:a\s+(?:nosotros|mi)\s+)?(?:nos|me)\s+(?:gusta|gustan|encanta|encantan|interesa|interesan)\b"
    r"|^(?:preferimos|prefiero|somos\s+fans?\s+de|soy\s+fan\s+de)\b"
)


def _is_remark(clause: str) -> bool:
    folded = _LEAD.sub("", fold(clause))
    if not folded or _REQUEST.search(folded) or _LIKING.match(folded):
        return False
    if _SUBJECT_VERB.match(folded):
        return True
    return not _SLOT.search(folded) and bool(_REMARK.match(folded))


def _wishes(clause: str) -> list[str]:
    folded = fold(clause)
    return [wish for pattern, wish in _WISHES if pattern.search(folded)]


def without_remarks(text: str) -> str:
    """The message without the remarks glued to its request; a wish a remark holds is kept.

    Args:
        text: a normalized Spanish message.

    Returns:
        The message with every remark clause after the first clause taken out, and the wishes
        those remarks carried ("vegetariano") added at the end of the request.
    """
    text = _PURPOSE_AFTER_TIME.sub(lambda m: m.group("keep"), text)
    pieces = _BREAK.split(text)
    if len(pieces) < 3 or len(fold(pieces[0]).split()) < 2:
        return text
    kept = [pieces[0]]
    wishes: list[str] = []
    for index in range(1, len(pieces), 2):
        separator, clause = pieces[index], pieces[index + 1]
        last = index + 2 >= len(pieces) or not "".join(pieces[index + 2 :]).strip(" ?!.,;")
        if _CORRECTING.match(fold(pieces[index - 1]).strip()):
            kept += [separator, clause]  # "…el martes, no perdón, el jueves q …": the new value
            continue
        if clause.strip() and (_is_remark(clause) or (last and _TAG.match(fold(clause)))):
            wishes += [w for w in _wishes(clause) if w not in fold(text).replace(fold(clause), "")]
            continue
        kept += [separator, clause]
    if len(kept) == len(pieces):
        return text
    head = "".join(kept).rstrip(" ,;-")
    return " ".join([head, *dict.fromkeys(wishes)])


# How travelers address the bot across the Spanish-speaking world ("chamo", "wey", "parce",
# "che", "tío", "mae", "pana", "pata"…): never part of a request. The words that are also
# nouns ("pata", "causa", "loco", "mano") count only when a comma sets them apart.
_ALWAYS_VOCATIVE = (
    r"chamo|chama|chamos|wey|guey|güey|parce|parcero|parcera|che|boludo|boluda|weon|weona|"
    r"hueon|huevon|cuate|carnal|pana|mae|tio|tia|bro|broder|brother|mijo|mija|compadre|"
    r"comadre|pibe|piba|chaval|chavala|primo|prima|hermano|hermana|amigo|amiga"
)
_COMMA_VOCATIVE = r"pata|causa|loco|loca|mano|man|socio|socia|compa|viejo|vieja|jefe|jefa|nena"
VOCATIVES: list[tuple[str, str]] = [
    (rf"^(?:(?:oye|mira|ey|hey|ay)\s+)?(?:{_ALWAYS_VOCATIVE})\b[\s,!.]*", ""),
    (rf"^(?:(?:oye|mira|ey|hey|ay)\s+)?(?:{_COMMA_VOCATIVE})\s*[,!]+\s*", ""),
    (rf"\s*,\s*(?:{_ALWAYS_VOCATIVE}|{_COMMA_VOCATIVE})\s*(?=[?!.]*$)", " "),
    (r"\s+(?:chamo|wey|guey|güey|parce|che|boludo|boluda|weon|bro|mae|pana)\s*(?=[?!.]*$)", " "),
]

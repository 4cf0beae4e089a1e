"""A question about one place: its price, hours, rating, address, what it is, how long, how far.

"how much is entry for elephanta caves", "el hawa mahal q horario tiene", "o Castillo San
Felipe é bem avaliado?", "o q tem de legal nesse lugar?": a cue for what is asked (a small
lexicon per aspect, in the three languages), no verb of a request, and what is left once the
cue, the question words and the padding are taken away names the place. "this place", "it",
"nesse lugar" name the last place talked about. The place itself is found by the explain agent
(the trip's stops first, then the city's places); nothing here guesses which one it is.
"""

from __future__ import annotations

import re

from core.intents.model import Intent, ParsedTurn, Target
from core.intents.small_talk import word_kind
from core.text import fold

# What is asked, by cue (folded text). Order matters: the first aspect whose cue is said wins.
_ASPECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # Who it suits, how hard it is: "is it good for kids?", "é bom pra criança?", "is it a
        # hard climb for a 70 yr old", "apto para niños?": what we know of the place answers
        # (asked as "about"); said with no subject ("é bom pra criança?"), of the place
        # talked about.
        "suits",
        re.compile(
            r"\b(?:kids?|children|child|family|familia|familiar|toddlers?|bab(?:y|ies)|strollers?|prams?|wheelchairs?|"
            r"accessible|elderly|seniors?|old(?:er)?\s+(?:people|folks|parents)|ninos|nenes|"
            r"criancas?|bebes?|carrinho|carrito|cochecito|acessivel|accesible|"
            r"cadeira\s+de\s+rodas|silla\s+de\s+ruedas|climb\w*|subida|escalada|trilha|"
            r"hike|hiking|apto|apta|adequad[oa]|suitable|friendly|(?:hard|tough|easy|dificil|"
            r"facil|puxad[oa]|pesad[oa]|cansativ[oa]|agotador[oa]?)\s+(?:climb|walk|hike|subida|"
            r"caminata|caminhada|trilha|for)|\d{1,3}\s*(?:yr|yrs|years?|anos|años)(?:\s+old)?)\b"
        ),
    ),
    (
        "hours",
        re.compile(
            r"\b(?:hours?|timings?|opening|open(?:s|ed)?|clos(?:e|es|ing)|horarios?|abre[nm]?|abierto|"
            r"aberto|cierra[nm]?|fecha[m]?|que\s+horas?\s+(?:abre|fecha)|a\s+que\s+hora\s+abre)\b"
        ),
    ),
    (
        "address",
        re.compile(
            r"\b(?:address|addy|location|located|directions|map|how\s+do\s+(?:i|we)\s+get\s+(?:to|there)|"
            r"how\s+to\s+get\s+(?:to|there)|where\s+(?:is|s|are|exactly\s+is)|wheres|"
            r"direccion|ubicacion|ubicad[oa]|donde\s+(?:queda|esta|estan|es)|como\s+llego|"
            r"como\s+(?:se\s+)?llega|mapa|endereco|localizacao|localizad[oa]|onde\s+(?:fica|e|esta)|"
            r"como\s+(?:eu\s+)?chego|como\s+(?:se\s+)?chega)\b"
        ),
    ),
    (
        "price",
        re.compile(
            # "is it free?", "se paga?", "é pago?", "hw much": whether it costs, said the chat way
            r"\b(?:(?:free|gratis|gratuit[oa]s?|pag[oa]s?|de\s+graca)(?:\s+(?:to\s+(?:get\s+in|"
            r"enter|visit|go\s+in)|entry|entrance|admission|de\s+entrar|pra\s+entrar|"
            r"para\s+entrar))?\s*$|se\s+paga|se\s+cobra|hay\s+(?:que|q)\s+pagar|tem\s+que\s+pagar|"
            # "is X free or do we pay?", "do we have to pay for X?"
            r"free\s+or\s+(?:do\s+(?:we|i|you)\s+)?(?:pay|paid|not)|(?:do|should|must)\s+(?:we|i|you)\s+"
            r"(?:have\s+to\s+|need\s+to\s+)?pay|"
            r"h(?:o)?w\s+much|price|prices|pricey|cost|costs|fee|fees|entry|entrance|admission|"
            r"tickets?|cuanto\s+(?:cuesta|sale|cobran|vale|es)|cuesta|precio|precios|entrada|"
            r"boletos?|caro|cara|caros|caras|carisim[oa]|carissim[oa]|expensive|quanto\s+(?:custa|cobram|e|sai)|custa|preco|precos|ingressos?|"
            r"bilhetes?)\b"
        ),
    ),
    (
        "rating",
        re.compile(
            r"\b(?:rated|rating|ratings|reviews?|stars|avaliad[oa]s?|avaliac\w*|valorad[oa]s?|"
            r"calificad[oa]s?|calificacion\w*|resenas?|estrelas|estrellas|opinion\w*|"
            r"bem\s+falad[oa]|(?:e|eh|es|esta|ta|is\s+(?:it|this|that|the\s+place)|"
            r"are\s+(?:they|those|these))\s+(?:(?:muito|mto|mt|muy|really|actually|even|any)\s+)?"
            # world slang for good: "é fixe?", "está chévere?", "is it lekker?", "is it deadly?"
            r"(?:bom|boa|bueno|buena|good|legit|decent|fixe|chevere|bacan[oa]?|lekker|deadly|"
            r"grand|brutal|top)|(?:actually|really)\s+good)\b"
        ),
    ),
    (
        "duration",
        re.compile(
            r"\b(?:how\s+long|cuanto\s+tiempo|quanto\s+tempo|tarda\w*|demora\w*|se\s+tarda)\b"
        ),
    ),
    (
        "distance",
        re.compile(r"\b(?:how\s+far|far\s+from|far|lejos|longe|distancia|distance)\b"),
    ),
    (
        "about",
        re.compile(
            r"\b(?:worth(?:\s+(?:the|a)\s+(?:trip|visit|detour|queue|wait|hype))?|any\s+good|"
            r"vale\s+(?:la|a)\s+pena|merece\s+la\s+pena|what\s+(?:even\s+|exactly\s+)?is|"
            # q tal before a name asks about it; never before si (a suggestion) or es
            r"(?:que|q)\s+tal(?=\s+(?:el|la|los|las|o|a|os|as)\s)|"
            r"whats|what\s+s|"
            r"que\s+es|q\s+es|o\s+que\s+e|o\s+q\s+e|explica\w*|explain|"
            r"tell\s+(?:me\s+|us\s+)?(?:about|abt|more\s+about)|"
            # "qué tal el Museo del Oro?", "que tal a Casa da Música?", "X qué onda?"
            r"(?:que|q)\s+tal(?=\s+(?:el|la|los|las|o|a|os|as)\s)|(?:que|q)\s+onda|"
            # "qué tal es la Casa da Francesinha?", "que tal está o Majestic?", "como es el X?"
            r"(?:que|q)\s+tal\s+(?:es|son|esta|estan|e|sao)(?=\s+(?:el|la|los|las|o|a|os|as)\s)|"
            r"me\s+conta\s+(?:do|da|de|sobre)|conta-?\s*me\s+(?:do|da|de|sobre)|"
            r"cuentame|contame|conta\s+me|fala\s+(?:me\s+)?(?:sobre|do|da)|famous|famos[oa]|"
            r"special|especial|de\s+(?:legal|bueno|bom|especial)|so\s+good|tan\s+bueno|"
            r"tao\s+bom|pesada|dificil|hard|steep|crowded|lotad[oa]|lleno)\b"
        ),
    ),
)
# A question is asked: a mark, or a question word of the three languages.
_QUESTION = re.compile(
    r"\?|\b(?:q|que|qual|cual|cuanto|quanto|how|hw|what|when|which|where|donde|onde)\b|^(?:how|what|whats|is|are|does|do|why|cuanto|cuanta|que|q|a\s+que|como|es|el|la|"
    r"quanto|o|a|por\s*que|pq|xq|me|tell|explain|explica|vale)\b"
)
# A polite or tag word before the question ("kindly tell about…", "abeg what's…").
_LEAD = re.compile(r"^(?:(?:kindly|please|pls|plz|abeg|arre|yaar|oye|ey|hey|ag|ta|bo)[\s,]+)+")
# A request rules the question out ("add it if it's worth it", "book entry tickets").
_REQUEST = re.compile(
    r"\b(?:add|put|remove|delete|drop|move|shift|swap|replace|book|reserve|plan|find|search|"
    r"show|cancel|undo|clear|schedule|agrega\w*|anade|pon|ponlo|quita\w*|saca\w*|borra\w*|"
    r"mueve\w*|cambia\w*|reemplaza\w*|reserva\w*|busca\w*|muestra\w*|adiciona\w*|coloca\w*|"
    r"bota[rm]?|tira[rm]?|apaga\w*|muda\w*|troca\w*|procura\w*|mostra\w*|planeja\w*)\b"
)
# Words that never name the place: question words, verbs of being and having, articles,
# pronouns, fillers, what the cue words leave behind.
_PADDING = frozenset(
    """how what whats is are was it its the a an of for to at in on about does do did much
    there here this that be s for me us we i you u my our your go going visit visiting get
    really actually exactly roughly approx approximately around like just so tho though eh
    why would could should can roughly usually normally typically pls please
    que q cual es son esta estan el la lo los las un una de del al en y o por para con
    tiene tienen hay cuanto cuanta mas muy tan me te le nos se su sus como pues oye chuta
    ir visitar vale pena entrar subir la cuesta ese esa eso este esta
    o a os as um uma do da dos das no na nos nas em pro pra e ao aos com tem ter sao
    quanto quanta mais muito tao msm mesmo ne ai meu esse essa isso esses essas aquele aquela
    mano cara gente entao vc voce pq xq tipo sobre me isso legal bom bueno buena especial
    famous famoso famosa good special worth pena de bem bien even bastante when time hora horas
    tho though does do did usually still later early late temprano cedo into get got well
    take takes taking visit visita visitar queda fica tal any out inside dentro
    menos more less approx aprox aproximadamente masomenos idea exact exacto exato
    qual cual where wheres address located location está esta estan direccion endereco
    kindly abt they them those these eles elas ellos ellas
    ate until till hasta late ok okay fine safe hard easy tough too climb walk old yr yrs
    years year anos for para pra pro dificil facil friendly suitable apto apta
    buenas buenos boas bons malas malos ruins muchas muchos muitas muitos""".split()
)
# Tags of address at a clause's edge ("… worth it o?", "… está bueno bo?"): never the name.
_EDGE_TAGS = frozenset("o oo na yaar ji po bo mae tio pa mano bro bru naman sha abeg ta".split())
# "this place", "ese lugar", "nesse lugar", "there": the last place talked about.
_THIS_PLACE = re.compile(
    r"\b(?:this|that|the)\s+(?:place|spot|one|restaurant|bar|cafe|museum|temple|beach)\b|\b(?:ese|este|esse|este|aquele|aquel)\s+"
    r"(?:lugar|sitio|local|sitio)\b|\b(?:nesse|neste|naquele|desse|deste|daquele)\s+"
    r"(?:lugar|local|sitio)\b|\b(?:ahi|alli|la|ali|there)\s*$"
)
_WEEKDAY = re.compile(
    r"\b(?:(?:on\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)|"
    r"(?:los\s+|el\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)|"
    r"(?:as|na|nas)\s+(?:segundas?|tercas?|quartas?|quintas?|sextas?)(?:\s+feiras?)?|"
    r"(?:segundas?|tercas?|quartas?|quintas?|sextas?)\s+feiras?|"
    r"(?:aos\s+|no\s+|nos\s+)?(?:sabados?|domingos?)|today|tomorrow|hoy|manana|hoje|amanha|now|ahora|agora|"
    r"(?:in\s+the\s+|at\s+|por\s+la\s+|a\s+la\s+|de\s+|a\s+)?(?:evening|morning|afternoon|night|"
    r"noche|noite|tarde|manha))\b"
)
# Words of the trip as a whole, its days and meals: a question about them is no place's.
_TRIP = frozenset(
    """will trip whole total everything all altogether overall itinerary plan day days week
    viaje viagem todo tudo itinerario roteiro plano dia dias semana total
    weather clima tiempo tempo rain lluvia chuva""".split()
)
# A meal alone is the trip's meal slot, not a place ("is dinner expensive?"); inside a name it
# is a name ("Jantar Mantar").
_MEALS = frozenset(
    "breakfast lunch dinner brunch desayuno almuerzo cena comida almoco jantar cafe".split()
)
MAX_WORDS = 20
_DIGIT = re.compile(r"\d")
_AGE = re.compile(r"\b\d{1,3}\s*(?:yr|yrs|years?|y/?o|anos|meses|months?)\b(?:\s+old)?")
# "from the hotel", "do hotel": where a distance is measured from, not the place asked about.
_FROM = re.compile(
    r"\b(?:from|desde)\b.*$|\b(?:de|del|do|da)\s+(?:(?:the|el|o|nuestro|nosso)\s+)?"
    r"(?:hotel|hostel|airbnb|aqui|aca|here|centro|center|centre)\b.*$"
)
# "it", "that", "ese": with nothing else named, the last place talked about.
_PRONOUN = re.compile(
    r"\b(?:it|that|this|they|them|ese|esa|eso|este|esta|esse|essa|isso|ele|ela|eles|elas|"
    r"ellos|ellas|there)\b"
)
# What opens a clause that only names a place ("and the…", "y el…", "e o…", "what about…").
_NAMING_LEAD = re.compile(r"^(?:and|y|e|so|ok|oh|the|el|la|los|las|o|a|os|as|\s)+\b")


def place_question(text: str) -> ParsedTurn | None:
    """An EXPLAIN turn for a question about one place's aspect, or None.

    Args:
        text: The message as typed (normalized).

    Returns:
        EXPLAIN with `question` the aspect ("price", "hours", "rating", "duration", "distance",
        "about") and `target` the place's words ("this" for the last place talked about).
    """
    folded = _AGE.sub(" ", fold(text))  # "for a 70 yr old": who asks, not a slot
    words = folded.split()
    if not words or len(words) > MAX_WORDS or _REQUEST.search(folded) or _DIGIT.search(folded):
        return None  # a number is a slot of a request ("a temple rated 4.6 on day 3")
    said = _LEAD.sub("", text.lower().lstrip(" ¿¡"))
    if not _QUESTION.search(said) and not _QUESTION.search(_LEAD.sub("", folded)):
        return None
    # "vale la pena Arthur's Seat? q tan pesada es la subida": the first clause that asks
    # something of a place says which place; "the elephanta caves, are they worth it?", "e o
    # Cais de Gaia, é fixe?": a clause that only names a place says which one the next asks of.
    before: str | None = None
    for clause in re.split(r"\s*[?.!,;:]+\s*", text):
        asked = _asked_in(_AGE.sub(" ", fold(clause)), before)
        if asked is not None:
            return asked
        before = fold(clause)
    if _SERVES.search(folded) and (_THIS_PLACE.search(folded) or _PRONOUN.search(folded)):
        # "¿ese lugar tiene opciones vegetarianas?", "does it do vegan food?": what the place
        # talked about serves, answered with what we know of it
        return ParsedTurn(intent=Intent.EXPLAIN, question="about", target=Target(text="this"))
    return None


# What a place serves, asked of a place already named ("… tiene opciones vegetarianas?").
_SERVES = re.compile(
    r"\b(?:vegetarian\w*|vegan\w*|veggie|gluten|halal|kosher|menu|cardapio|carta|"
    r"dietary|alergi\w*|allerg\w*)\b"
)


# "any top rated sushi for dinner?", "hay algo barato…", "tem algum bem avaliado…": asks for
# options (a search), not about one place's rating or price.
_OPTIONS = re.compile(
    r"^(?:(?:so|and|y|e|ok|hey|oye|mano)\s+)?(?:any|anything|anywhere|some|somewhere|"
    r"is\s+there\s+(?:a|an|any)|are\s+there\s+(?:any|some)|know\s+(?:a|an|any)|"
    r"(?:hay|conoces|conoce|sabes\s+de)\s+(?:algun\w*|algo|un|una)|algun\w*|algo\s+(?:bien|muy)|"
    r"(?:tem|tiver|conhece|sabe\s+de)\s+(?:algum\w*|um|uma)|algum\w*)\b"
)


# The best rated, asked for a day or a meal, is a search: "o parque mais bem avaliado no
# sábado", "el mejor valorado para el jueves", "the top rated one for friday dinner".
_BEST = re.compile(
    r"\b(?:mais\s+bem|melhor(?:es)?|mejor(?:es)?|mas\s+bien|best|top|highest)[\s-]+"
    r"(?:avaliad|cotad|valorad|calificad|puntuad|rated|reviewed)\w*"
)
_FOR_WHEN = re.compile(
    r"\b(?:pra|para|pro|no|na|el|for|on|de)\s+(?:o\s+|a\s+|el\s+)?(?:segunda|terca|quarta|quinta|"
    r"sexta|sabado|domingo|lunes|martes|miercoles|jueves|viernes|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|amanha|manana|tomorrow|hoje|hoy|today|jantar|almoco|"
    r"cena|almuerzo|dinner|lunch|ultimo\s+dia|dia\s+\w+)\b"
)


def _named_alone(clause: str | None) -> str | None:
    """The place a clause names and nothing else ("the elephanta caves", "e o Cais de Gaia")."""
    if not clause or _DIGIT.search(clause) or _PRONOUN.search(clause):
        return None
    words = [w for w in _NAMING_LEAD.sub("", clause).split() if w not in _EDGE_TAGS]
    if not words or len(words) > 6 or any(w in _TRIP for w in words) or set(words) <= _MEALS:
        return None
    if words[0] in _PADDING or any(word_kind(w) == "manners" for w in words):
        return None  # "ok cool, is it worth it?": no place named before
    return " ".join(words)


# Who a place suits is asked as "is it / é / es / da pra …", not "something for the kids?"
_SUITS_ASKED = re.compile(
    r"^(?:(?:and|so|y|e|ok|but|pero|mas|hey)\s+)?(?:is|are|was|would|will|does|do|can|could|"
    r"e|eh|es|esta|sera|seria|fica|queda|da\s+pra|tem|vale|se\s+puede|how|como|que\s+tan|"
    r"q\s+tan|quao)\b|.*\b(?:is|e|eh|es|esta|sera|seria|fica)\s+(?:it\s+|that\s+)?"
    r"(?:\w+\s+)?(?:family|good|ok|okay|suitable|bom|boa|bueno|buena|apt[oa]|hard|easy)\b"
)
# Is it safe: the city's safety (an INFO topic), not what one place suits.
_SAFETY = re.compile(
    r"\b(?:safe|unsafe|segur[oa]|seguridad|seguranca|peligros\w*|perigos\w*|danger\w*)\b"
)
# Asked with no subject at all, these are still a place's ("queda lejos?", "abre los lunes?").
_SAID_OF_A_PLACE = frozenset({"hours", "distance", "duration", "suits"})


def _asked_in(clause: str, before: str | None = None) -> ParsedTurn | None:
    """The aspect one clause asks about and the place it names (or the clause `before` names)."""
    aspect = next(
        (
            (name, cue)
            for name, cue in _ASPECTS
            if cue.search(clause)
            and (name != "suits" or (_SUITS_ASKED.match(clause) and not _SAFETY.search(clause)))
        ),
        None,
    )
    if aspect is None:
        return None
    name, cue = aspect
    question = "about" if name == "suits" else name
    if name in {"rating", "price"} and _OPTIONS.search(clause):
        return None
    if name == "rating" and _BEST.search(clause) and _FOR_WHEN.search(clause):
        return None  # "o restaurante mais bem avaliado pra sexta": the best one, for a day
    if _THIS_PLACE.search(clause):
        return ParsedTurn(intent=Intent.EXPLAIN, question=question, target=Target(text="this"))
    if name == "distance":
        clause = _FROM.sub(" ", clause)  # "how far is it from the hotel?": it
    words = _WEEKDAY.sub(" ", cue.sub(" ", clause)).split()
    kept = [
        i
        for i, w in enumerate(words)
        if w not in _PADDING and w not in _EDGE_TAGS and not w.isdigit()
    ]
    if not kept and (named_before := _named_alone(before)) is not None:
        target = Target(text=named_before)
        return ParsedTurn(intent=Intent.EXPLAIN, question=question, target=target)
    if not kept:
        if name != "price" and (_PRONOUN.search(clause) or name in _SAID_OF_A_PLACE):
            # "a q hora cierra eso?", "queda lejos?", "abre los lunes?": the place talked about
            return ParsedTurn(intent=Intent.EXPLAIN, question=question, target=Target(text="this"))
        return None  # "how much is it?": the trip's cost, not a place's
    # The name runs from its first word to its last, articles inside kept ("museo del oro").
    named = words[kept[0] : kept[-1] + 1]
    # A place's name is a word or a few; a longer remainder is a sentence about something else,
    # and the trip, a day or a meal is not one place ("how much will the whole trip cost").
    if len(named) > 6 or any(w in _TRIP for w in named) or set(named) <= _MEALS:
        return None
    return ParsedTurn(intent=Intent.EXPLAIN, question=question, target=Target(text=" ".join(named)))

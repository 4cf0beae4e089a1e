"""Remarks, reasons and purposes said beside a request: context, never a search nor a request.

Travelers explain themselves: "a kid friendly thing for thursday morning? the twins are 6",
"quita la cena del día 1, vamos a comer en casa de mi tía", "acrescenta uma trilha no dia 4,
a gente curte andar", "bota um café no dia 1 pra gente não ir de estômago vazio", "algum bar
com rooftop pra hoje? queremos ver o mar", "tira o X porque a gente vai tomar café no hotel e
aí coloca o Y". Read on the message as typed, before the language's rewrites (which would make
"vamos comer no hotel" an add and "mar" a search word):

- a clause after the first that gives a reason ("porque…", "because…"), a plan of the
  travelers' own ("we'll be too tired", "vamos a comer en casa", "a gente curte andar"), a
  purpose of their own ("pra gente não…", "so we don't…"), party details ("the twins are 6") or
  scenery wished for ("queremos ver o mar") is taken out, up to where a new request starts
  ("… e aí coloca o Y", "… and then add Y");
- a purpose that says when ("for sunset beers", "pa ver el atardecer", "pra ver o pôr do sol")
  becomes that time ("at sunset"): it sets the time, not the search words.

A remark that says what the place must be ("my wife is vegan", "con los niños") is kept for
the readers that turn it into a wish (core.intents.several, core.intents.spanish_asides).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from core.intents.lexicon import loose
from core.text import fold

# A purpose that says when: it becomes the time ("at sunset").
_SUNSET = r"(?:sunset|sundown|atardecer|puesta\s+de(?:l)?\s+sol|por\s+do\s+sol|entardecer)"
_SUNRISE = r"(?:sunrise|amanecer|nascer\s+do\s+sol|salida\s+del\s+sol)"
_PURPOSE_LEAD = (
    r"(?:for|to\s+(?:watch|see|catch|enjoy|have|grab|get|drink|do)|pa|para|pra|pro|"
    r"pa\s+ver|para\s+ver|pra\s+ver|para\s+mirar|pa\s+mirar|pra\s+curtir|pra\s+assistir|"
    r"para\s+disfrutar|pa\s+disfrutar|para\s+curtir|para\s+assistir)"
)
_DRINKS = (
    r"(?:beers?|drinks?|cocktails?|views?|photos?|pics?|vibes?|walks?|chill|cervez\w*|tragos?|"
    r"copas?|fotos?|chelas?|birras?|cervej\w*|drinks?|chopp?s?|caipirinhas?)"
)
_PURPOSE_TIME = loose(
    rf"\b{_PURPOSE_LEAD}\s+(?:(?:the|a|some|el|la|los|las|unas?|o|a|os|as|umas?)\s+)?"
    rf"(?:(?P<set>{_SUNSET})|(?P<rise>{_SUNRISE}))(?:\s+{_DRINKS})?\b"
    rf"|\b{_PURPOSE_LEAD}\s+(?:(?:some|a|unas?|umas?)\s+)?{_DRINKS}\s+(?:at|al|a\s+la|en\s+el|no|ao)\s+"
    rf"(?:(?P<set2>{_SUNSET})|(?P<rise2>{_SUNRISE}))\b"
)

# A vague head ("anything", "algo") whose purpose names the kind: "anything open now for a quick
# coffee" is a coffee place; "a kid friendly thing" is something kid friendly.
_VAGUE_FOR = loose(
    r"^(?P<head>(?:anything|something|somewhere|anywhere|any\s+place|algo|algum\s+lugar|"
    r"alguma\s+coisa|algun\s+sitio|algun\s+lugar)\b[^,?!.]*?)\s+(?:for|pa|para|pra|pro)\s+"
    r"(?:(?:a|an|some|un|una|unos|um|uma|uns)\s+)?(?:(?:quick|nice|good|little|proper|decent|"
    r"rapido|rapida|rapidito|buen|bom|boa)\s+)?"
    r"(?=(?:coffee|cafe|cafecito|cafezinho|tinto|drinks?|beers?|pints?|bite|snacks?|tea|chai|"
    r"lassi|juice|jugo|suco|ice\s+cream|helado|sorvete|gelato|pastr\w+|dessert|postre|"
    r"sobremesa|cerveza\w*|chelas?|birras?|tragos?|cerveja\w*|chopp?s?|caipirinhas?|"
    r"cocktails?|coctel\w*)\b)"
)
_THING = loose(
    r"^(?:a|an|some|any|alguna|algum|alguma)\s+(?P<kind>[\w-]+(?:[\s-]+[\w-]+)?)\s+"
    r"(?:thing|things|activity|activities)\b"
)


# A meal wished for after another request: "… and then for dinner that night we want seafood"
# is a request to add seafood for dinner on the day said before.
_MEALS = {
    "breakfast": "breakfast",
    "desayuno": "breakfast",
    "cafe da manha": "breakfast",
    "brunch": "brunch",
    "lunch": "lunch",
    "almuerzo": "lunch",
    "comida": "lunch",
    "almoco": "lunch",
    "dinner": "dinner",
    "cena": "dinner",
    "jantar": "dinner",
}
_MEAL_WISHED = loose(
    r"\b(?:for|pa|para|pra|pro)\s+(?:(?:la|el|o|a)\s+)?"
    r"(?P<meal>breakfast|brunch|lunch|dinner|desayuno|almuerzo|comida|cena|cafe\s+da\s+manha|"
    r"almoco|jantar)\s+(?P<when>(?:that|esa|ese|nesse|nessa|naquela|naquele|essa|esse)\s+"
    r"(?:night|evening|day|afternoon|morning|noche|dia|noite|tarde)\s+)?"
    r"(?:(?:we|i)\s*'?\s*(?:want|wanna|would\s+like|d\s+like|fancy|feel\s+like|are\s+craving|"
    r"crave|could\s+do)|queremos|quiero|quero|a\s+gente\s+quer)\s+"
    r"(?!to\b|ir\b)(?P<what>[^,.;!?]+)"
)


def _meal_wished(match: re.Match[str]) -> str:
    same = " same day" if match["when"] else ""
    meal = _MEALS.get(fold(match["meal"]), "dinner")
    return f"add {match['what'].strip()} for {meal}{same}"


# A preamble that only says an explanation follows: "mira, lo que pasa es que…", "the thing is".
_PREAMBLE = loose(
    r"^(?:(?:oye|mira|olha|olhe|look|listen|so|bueno|pues)[\s,]+)*"
    r"(?:lo\s+que\s+pasa\s+es\s+que|la\s+cosa\s+es\s+que|el\s+tema\s+es\s+que|"
    r"o\s+que\s+acontece\s+e\s+que|a\s+questao\s+e\s+que|a\s+coisa\s+e\s+que|"
    r"(?:the\s+)?thing\s+is(?:\s+that)?|what\s+happened\s+is(?:\s+that)?)[\s,]+(?=\w)"
)


# A Spanish wish verb carries over to a meal said after "y": "queremos ir a la playa y también
# almorzar algo de mariscos" wants the lunch too (the Spanish rules read "queremos almorzar X").
_WISH_VERB = loose(r"\b(?P<wish>queremos|quiero|quisiera|quisieramos|queriamos)\s+\w+")
_MEAL_AFTER = loose(
    r"(?P<join>\s+y\s+(?:(?:tambien|luego|despues)\s+)?)"
    r"(?=(?:almorzar|cenar|desayunar|merendar|comer)\b)"
)

_THEREABOUTS = loose(r"\s+por\s+(?:ahi|alli|aca|aqui)\b")


def _wish_carried(text: str) -> str:
    """`text` with its wish verb said again before a meal joined by "and"."""
    if (wish := _WISH_VERB.search(text)) is None:
        return text
    head, tail = text[: wish.end()], text[wish.end() :]
    carried = _MEAL_AFTER.sub(lambda m: f"{m['join']}{wish['wish']} ", tail, count=1)
    if carried != tail:  # "almorzar por ahí algo de mariscos": "por ahí" is no place
        carried = _THEREABOUTS.sub("", carried)
    return head + carried


# "… e também ver um lugar pra jantar": after another request, "see about a place" asks for one.
_SEE_ABOUT = loose(
    r"(?P<join>\s+(?:e|y)\s+(?:(?:tambem|tambien|depois|luego|despues|ai)\s+)?)"
    r"(?:ver|olhar|achar|procurar|mirar)\s+(?=(?:um|uma|un|una|algum|alguma|algun|alguna)\s+"
    r"(?:lugar|sitio|restaurante|bar|cafe|boteco)\b)"
)


# A remark before a request about "it" names what "it" is: "a gente desistiu do cemitério, tira
# ele" is about the cemetery; "we gave up on the castle, take it out" about the castle.
_TOPIC_IN_REMARK = loose(
    r"^(?:a\s+gente|nos|eu|we|i|yo|nosotros)\s+(?:\w+\s+){1,2}?(?:(?:up\s+)?on|of|about|do|da|"
    r"dos|das|del|de\s+la|de\s+los|de\s+las)\s+(?P<x>[^,.;!?]+?)(?P<sep>\s*[,.;!?]+\s*)"
    r"(?P<rest>.*\b(?:it|that|them|ele|ela|eles|elas|isso|isto|eso|esto|lo|la)\b.*)$"
)


# Where a clause may start: after a mark, or at a word that opens a reason or a purpose.
_BREAK = re.compile(
    r"[,;!?]+\s*|\.+\s+|\s+-+\s+|…\s*"
    r"|\s+(?=(?:porque|porq|pq|xq|because|cause|cuz|coz|since|ya\s+que|j[aá]\s+que|"
    r"pra\s+(?:a\s+)?gente|para\s+a\s+gente|pra\s+n[oó]s|para\s+n[oó]s|para\s+no\s+|pa\s+no\s+|"
    r"so\s+(?:that\s+)?we|so\s+(?:that\s+)?i)\b)",
    re.IGNORECASE,
)
_REQUEST_VERB = (
    r"(?:add|put|remove|move|book|plan|swap|replace|drop|delete|schedule|agrega\w*|anad\w*|"
    r"pon|ponle|ponme|quita\w*|saca\w*|mueve\w*|reserva\w*|cambia\w*|adiciona\w*|acrescenta\w*|"
    r"coloca\w*|bota\w*|poe|p[oõ]e|tira\w*|muda\w*|troca\w*|inclui\w*|mete\w*|encaixa\w*)"
)
# Where a new request starts inside a remark: "… e aí coloca o Y", "… and then add Y".
_NEXT_REQUEST = loose(
    r"\s+(?:(?:e|y|and)\s+(?:ai|entao|depois|tambem|then|also|luego|despues|tambien)|"
    r"and|e|y|then|entao|luego|depois)\s+(?=(?:(?:a\s+gente\s+|we\s+)?(?:quer\w*|want\w*\s+to\s+)?)"
    rf"{_REQUEST_VERB}\b)"
    r"|\s+(?:e|y|and)\s+(?:ai|entao|depois|tambem|then|also|luego|despues|tambien)\s+"
)
_SCENERY = (
    r"(?:(?:the|a|el|la|o|os|las|los|as)\s+)?(?:sea|ocean|mar|oceano|view|views|vista|vistas|"
    r"paisa\w+|sunset|sunrise|atardecer|amanecer|por\s+do\s+sol|nascer\s+do\s+sol|city|cidade|"
    r"ciudad|stars|estrelas|estrellas|skyline|lights|luzes|luces|mountains?|montanhas?|"
    r"montanas?|waves|ondas|olas|horizon\w*)"
)
_OWN_PLACE = (
    r"(?:(?:en|no|na|em|at|in|con|com|with)\s+)(?:(?:the|our|my|el|la|o|a|nuestro|nuestra|"
    r"nosso|nossa|meu|minha|mi|some|unos|unas|uns|umas|uns|os|as|los|las|mis|meus|minhas)\s+)?(?:hotel|home|casa|apartment|apartamento|apto|depto|"
    r"departamento|airbnb|hostel|pousada|room|cuarto|quarto|aunt\w*|uncle\w*|t[ií][ao]s?|"
    r"friends?|amig[oa]s?|family|familia|parents|pais|padres|cousins?|prim[oa]s?|avo|avos|"
    r"abuel[oa]s?|grandma\w*|grandpa\w*)\b"
)
_PARTY = (
    r"(?:twins|kids|boys|miud[oa]s||girls|children|little\s+ones|baby|babies|toddlers?|son|daughter|"
    r"grandparents|grandma|grandpa|parents|in-?laws|gemel[oa]s|mellizos|ninos|nenes|hijos|"
    r"criancas|meninos|meninas|filhos|gemeos|bebe|bebes)"
)
_PARTY_AGE_SAID = (
    rf"^(?:(?:the|our|my|los|las|mis|nuestros|os|as|meus|nossos)\s+)?{_PARTY}\s+"
    r"(?:are|is|re|s|just\s+turned|turned|turn|tienen|tiene|tem|cumplen|fazem|have|has)\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve|diez|dois|tres|quatro|sete|oito|nove|dez)\b"
)
_PARTY_AGE = loose(_PARTY_AGE_SAID)
_REMARK = loose(
    # a reason: "because…", "porque…", "pq…", "ya que…"
    r"^(?:porque|porq|pq|xq|because|cause|cuz|coz|since|ya\s+que|ja\s+que)\b"
    # a purpose of one's own: "pra gente não…", "so we don't…", "para no llegar…"
    r"|^(?:pra|para|pro)\s+(?:(?:a\s+)?gente|nos|mim|eu)\s+nao\s+\w+"
    r"|^(?:para|pa)\s+no\s+\w+r\b|^so\s+(?:that\s+)?(?:we|i)\b"
    # party details: "the twins are 6", "os gêmeos têm 6 anos"
    rf"|{_PARTY_AGE_SAID}"
    # our own state and plans: "we'll be too tired", "we're beat", "I'm exhausted"
    r"|^(?:and\s+|but\s+)?(?:we|i|they)\s*(?:ll|will|re|are|m|am|ve|have|were|was|d|would)\s+"
    r"(?!(?:like|love|prefer|need|want|rather)\b|\d)"
    r"(?:be|been|gonna\s+be|going\s+to\s+be|already|still|too|so|really|pretty|super|very|"
    r"exhausted|tired|starving|full|beat|knackered|hungry|eating|sleeping|having|staying|"
    r"probably|just|eat|sleep|rest|stay|grab|have)\b"
    r"|^(?:and\s+|but\s+)?(?:we|i)\s+(?:love|like|enjoy|adore|dig)\s+\w+ing\b"
    # "vamos a comer en casa de mi tía", "vamos comer no hotel", "we'll eat at the hotel"
    rf"|^(?:y\s+|e\s+)?(?:vamos|vou|voy|nos\s+vamos|a\s+gente\s+vai)\s+(?:a\s+)?\w+r\s+{_OWN_PLACE}"
    # "a gente curte andar", "a gente vai tomar café no hotel", "a gente tá cansado"
    r"|^(?:e\s+)?a\s+gente\s+(?!(?:quer|queria|gostaria|precisa|pode|podia)\b)\w+"
    r"|^(?:e\s+)?a\s+gente\s+(?:quer|queria|gostaria)\s+(?:de\s+)?(?:ver|olhar|curtir)\s+"
    rf"{_SCENERY}\b"
    # scenery wished for: "queremos ver o mar", "we want to see the sea", "quiero ver la ciudad"
    r"|^(?:(?:y|e|and)\s+)?(?:queremos|quero|quiero|we\s+want\s+to|i\s+want\s+to|we\s+wanna|"
    r"i\s+wanna|we\s+d\s+love\s+to|we\s+d\s+like\s+to)\s+(?:ver|mirar|olhar|see|watch|curtir)\s+"
    rf"{_SCENERY}\b"
    # something never tried: "nunca comi", "never had it"
    r"|^(?:(?:a\s+gente|we|i)\s+)?(?:nunca|never)\s+(?:comi|comemos|provei|provamos|probe|"
    r"probamos|tried|had|been|fui|fomos|fuimos)\b"
    r"|^(?:(?:a\s+gente|nos|eu)\s+)?(?:curtimos|gostamos\s+de|adoramos|amamos)\s+\w+r\b"
    r"|^(?:a\s+(?:nosotros|mi)\s+)?(?:nos|me)\s+(?:encanta|gusta|fascina)\s+\w+(?:ar|er|ir)\b"
)
# A clause opened by a reason word is a remark whatever it names ("because we saw the Louvre").
_REASON = loose(r"^(?:porque|porq|pq|xq|because|cause|cuz|coz|since|ya\s+que|ja\s+que)\b")
# A request verb before a reason: "tira o X pq …" gives a reason, "me explica pq …" asks why.
_ASKS = loose(rf"\b{_REQUEST_VERB}\b|\b(?:take\s+out|get\s+rid|lose|skip|ditch|scrap|cut)\b")
# A capitalised word after the first: a place named ("vamos a cenar en La Cevichería").
_NAMED = re.compile(r"(?<=\s)(?!I\b)[A-ZÀ-Ý]")
# A day or a clock time: a clause that says one belongs to a request.
_WHEN = loose(
    r"\b(?:day|dia)\s*\d|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|h)\b|\b(?:a|as)\s+las?\s+\d|\bas\s+\d"
    r"|\b(?:today|tomorrow|tonight|hoy|manana|hoje|amanha|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|"
    r"terca|quarta|quinta|sexta)\b"
)
# A remark that says what the place must be: kept, the wish readers turn it into a wish.
_WISHFUL = loose(
    r"\b(?:vegan\w*|vegetarian\w*|veggie|gluten|halal|kosher|celiac\w*|allerg\w*|alerg\w*|"
    r"wheelchair|cadeira\s+de\s+rodas|silla\s+de\s+ruedas|carne|meat|broke|skint|budget|"
    r"money|plata|grana|dinheiro|pelad[oa]s?|lis[oa]s?|kids?|children|ninos|criancas|filhos|"
    r"hijos|peques|toddlers?|bab(?:y|ies))\b"
)


# A place said only vaguely before the purpose ("um lugar pra ver o pôr do sol").
_VAGUE_BEFORE = loose(
    r"(?:^|\b(?:um|uma|algum|alguma|un|una|algun|alguna|a|an|some|any)\s+)(?:lugar|sitio|canto|spot|"
    r"place|lugarzinho|cantinho|lugarcito)\s*$|\b(?:somewhere|anywhere|algo|something)\s*$"
)
_CLOCK = loose(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|h)\b|\b(?:a|as|at)\s+(?:las?\s+)?\d{1,2}\b")
_SPANISH_PURPOSE = loose(r"^pa\b|\b(?:atardecer|puesta|amanecer|salida)\b")
# Where the view is had from goes with the purpose: "… desde arriba", "… from the top".
_FROM_HERE = loose(r"^\s+(?:from|desde|de|la\s+de|do|da|lo\s+alto)\b")
_CLAUSE_END = re.compile(r"[,;.!?]|$")


def _purpose_times(text: str) -> str:
    """`text` with a purpose that says when ("pa ver el atardecer") said as the time.

    Where the view is had from goes with it ("… desde arriba", "… from the top"). A clock
    time said too is the time: the purpose is then only taken out.
    """
    match = _PURPOSE_TIME.search(text)
    if match is None:
        return text
    end = _CLAUSE_END.search(text, match.end())
    tail_end = end.start() if end is not None else len(text)
    tail = text[match.end() : tail_end]
    stop = tail_end if _FROM_HERE.match(tail) and not _WHEN.search(tail) else match.end()
    clocked = _CLOCK.search(text[: match.start()] + text[stop:]) is not None
    if clocked and _SPANISH_PURPOSE.search(match.group(0)):
        return text  # core.intents.spanish_asides reads a Spanish purpose after a clock time
    said = "" if clocked else "at sunrise" if match["rise"] or match["rise2"] else "at sunset"
    if _VAGUE_BEFORE.search(text[: match.start()]):
        said = f"viewpoint {said}"  # "um lugar pra ver o pôr do sol": the view is the kind
    return " ".join(f"{text[: match.start()]} {said} {text[stop:]}".split()).replace(" ,", ",")


_CHILD_AGE = loose(
    r"\b(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|uno|dos|"
    r"tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|dois|quatro|sete|oito|nove|dez)\b"
    r"(?!\s*(?:and|y|e)\s+(?:1[3-9]|[2-9]\d))"
)
_KIDS_SAID = loose(r"\b(?:kids?|child\w*|family|famil\w*|ninos|criancas|peques|toddler\w*)\b")


class _Cut(NamedTuple):
    """What is left of a remark clause (a request said after it) and whether it told of kids."""

    rest: str
    kids: bool


def _cut(clause: str) -> _Cut | None:
    """What is left of a clause that opens with a remark, or None when it is no remark."""
    said = clause.strip()
    plain = said.replace("'", " ")
    if not _REMARK.match(plain) or _WISHFUL.search(plain):
        return None
    after = _NEXT_REQUEST.search(said)
    remark = said[: after.start()] if after is not None else said
    if not _REASON.match(plain) and (_NAMED.search(remark) or _WHEN.search(remark)):
        return None  # "…, we'll do the Royal Mile instead", "…, we want to see it on day 3"
    kids = bool(_PARTY_AGE.match(plain) and _CHILD_AGE.search(plain))
    return _Cut(said[after.end() :] if after is not None else "", kids)


def without_remarks_beside(text: str) -> str:
    """`text` without the remarks beside its request, and its purposes made times.

    "lose the last thing on day 3, we'll be too tired" → "lose the last thing on day 3";
    "añade X el día 1 pa ver el atardecer" → "añade X el día 1 at sunset"; "something for
    saturday? the twins are 6" → "something for saturday? with kids". The first clause is
    always kept; a message whose every later clause is kept comes back as it is.
    """
    text = _PREAMBLE.sub("", text)
    text = _TOPIC_IN_REMARK.sub(lambda m: f"{m['x']}{m['sep']}{m['rest']}", text)
    text = _wish_carried(text)
    text = _SEE_ABOUT.sub(lambda m: f"{m['join']}add ", text)
    text = _purpose_times(text)
    text = _VAGUE_FOR.sub(lambda m: m["head"] + " ", text, count=1)
    if (match := _MEAL_WISHED.search(text)) and match.start() > 0:  # after another request
        text = text[: match.start()] + _meal_wished(match) + text[match.end() :]
    text = _THING.sub(lambda m: f"something {m['kind']}", text, count=1)
    pieces: list[str] = []
    start = 0
    for found in _BREAK.finditer(text):
        if found.start() == 0:
            continue
        pieces += [text[start : found.start()], found.group(0)]
        start = found.end()
    pieces.append(text[start:])
    out: list[str] = [pieces[0]]
    cut = kids = False
    for index in range(2, len(pieces), 2):
        done = _cut(pieces[index]) if out[0].strip(" ,;.!?") else None
        if done is not None and _REASON.match(pieces[index].strip()) and not _ASKS.search(out[0]):
            done = None  # "me explica pq o X ficou às 16h": "pq" asks why
        if done is None:
            out += [pieces[index - 1], pieces[index]]
            continue
        cut, kids = True, kids or done.kids
        separator = pieces[index - 1]
        if done.rest:
            out += [separator if re.search(r"[,;.!?]", separator) else " and then ", done.rest]
        elif re.search(r"[?!.]", separator) and not re.search(r"[?!.]\s*$", out[-1]):
            out.append(separator.strip())  # the question mark of the request stays
    if not cut:
        return text
    joined = "".join(out).strip(" ,;-")
    if kids and not _KIDS_SAID.search(joined):
        joined += " with kids"
    return joined

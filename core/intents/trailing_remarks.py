"""What travelers glue to a complete request: never a second request, never search words.

After a request that already says what and when ("add the alhambra tuesday 10am", "bota o
mercado no sábado de manhã", "vacía el domingo"), a clause often only talks:

- a purpose about the place just named: "wanna get photos of the gardens", "quero ver os
  claustros", "para sacar fotos del lago", "want sunset pics";
- a question about how near it is: "it's close right?", "queda cerquita no?", "fica pertinho
  né?", "dá pra ir a pé?";
- a reason said after the day, the meal or the time with "que": "na sexta pizza pro jantar
  que as crianças não aguentam mais bacalhau", "el jueves que lo tenemos vacío", "because the
  kids are sick of fish";
- a remark about that day: "ese día descansamos", "that day we chill";
- the place asked for again, vaguely: "find us somewhere decent", "búscanos algún sitio
  decente", "acha um lugar bom pra gente";
- a vocative, laughter or filler: "mate", "mi niño", "mano", "parça", "kkkk", "jajaja",
  "rsrs", "lol", "al toque", "ya".

Read on the message as typed (normalized, openers off) before the language's rewrites, which
would make "quero ver os azulejos" an add of azulejos and "al toque" a thing to remove. A
purpose that names a kind of place with "a"/"um"/"una" ("…, want to see a jazz bar"), that says
"too"/"também", or names a place with capitals is another request and stays; so does any
clause with a request verb ("add X and a cafe"). A message that is only filler before a
goodbye ("leve-leve... boa noite, até amanhã") is read as the goodbye.
"""

from __future__ import annotations

import re

from core.intents.browse import kinds_named
from core.intents.lexicon import loose
from core.intents.small_talk import plain_small_talk

# Laughter, as typed (after normalizing folds "kkkk" to "k", "hahaha" stays).
_LAUGH = loose(
    r"[\s,]+(?:k+|(?:ja|je|ji){2,}j?|(?:ha|he|hi){2,}h?|(?:hua|hue){2,}|(?:rs){1,}|lol|lmao|"
    r"lmfao|rofl|xd|kk+)(?=\s*(?:[,;.!?]|$))"
)
# Words that address the traveler's listener, said at the end of a clause.
_VOCATIVE = loose(
    r"(?:\s*,\s*|\s+)(?:mate|bro|bruv|brah|dude|fam|buddy|pal|guys|mi\s+ni[nñ][oa]|mi\s+amor|"
    r"mi\s+rey|mi\s+reina|mi\s+vida|mi\s+pana|mija|mijo|ti[oa]|mano|mana|par[cç]a|parceiro|"
    r"parceira|vei|veio|mermao|irmao|brother|meu\s+rei|minha\s+rainha|chefe|fera|bicho|tche|"
    # Spain's, the Andes' and the Caribbean's: "…, maño", "… causa", "… chacho", "… asere"
    r"chacho|acho|mano|quillo|miarma|pisha|neno|nena|causa|pata|primo|asere|nano|nana|pelao|"
    r"chamo|carnal|cipote|chele|tiguere|compa|parce|parcero|manito|mae|che|po|pe|bo)"
    r"(?=\s*(?:[,;.!?]|$))"
    r"|\s*,\s*(?:man|love|cara|meu|amigo|amiga|loco|loca|querid[oa])(?=\s*(?:[?!.]|$))"
)
# Filler that says "right away" or "already": nothing to do nor to search.
_FILLER = loose(
    r"\s+(?:al\s+toque|ya\s+mismo|de\s+una(?:\s+vez)?|rapidito|rapidinho|real\s+quick|asap|"
    r"(?:pra|pa|para)\s+variar(?:\s+un\s+poco|\s+um\s+pouco)?|for\s+a\s+change|for\s+once|"
    r"ya|ja)(?=\s*(?:[,;.!?]|$|\s+(?:porfa|pls|please|plis|xfa|pf|pfv|por\s+favor)\b))"
)
# Where a clause starts.
_BREAK = re.compile(r"\s*(?:[,;!?]+|\.+|…|\s-+\s)\s*")
_REQUEST_VERB = loose(
    r"\b(?:add|put|pop|stick|remove|move|book|swap|replace|drop|delete|schedule|clear|plan|"
    r"agreg\w*|anad\w*|pon|pone|ponle|ponme|quit\w*|saca\w*|muev\w*|reserv\w*|cambi\w*|"
    r"adiciona\w*|acrescenta\w*|coloca\w*|bota\w*|poe|tira\w*|muda\w*|troca\w*|inclu\w*|"
    r"mete\w*|encaixa\w*|vacia|limpia|borra\w*)\b"
)
# A day, a time, a part of the day or a meal: a request that has one is complete.
_WHEN = loose(
    r"\b(?:day|dia)\s*\d|\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|ish)\b|\b(?:as|a\s+las|at)\s+\d"
    r"|\b(?:today|tomorrow|tonight|hoy|manana|hoje|amanha|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|segunda|"
    r"terca|quarta|quinta|sexta|morning|afternoon|evening|night|tarde|noche|noite|manha|cedo|"
    r"temprano|early|late|breakfast|brunch|lunch|dinner|desayuno|almuerzo|cena|almoco|jantar|"
    r"janta)\b"
)
# The light a purpose is about ("want sunset pics"): the time, when no clock time was said.
_LIGHT = loose(
    r"\b(?:sunset|sundown|atardecer|puesta\s+del?\s+sol|por\s+do\s+sol|entardecer|"
    r"(?P<rise>sunrise|amanecer|nascer\s+do\s+sol|salida\s+del\s+sol))\b"
)
_CLOCK = loose(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|ish)\b|\b(?:as|a\s+las|at)\s+\d")
_TOO = loose(r"\b(?:too|also|as\s+well|tb|tbm|tambem|tambien|tmb|ademas|alem\s+disso)\b")
_INDEFINITE = loose(
    r"\b(?:a|an|some|another|um|uma|uns|umas|algum|alguma|outro|outra|un|una|unos|unas|"
    r"algun|alguna|otro|otra)\s+(?P<what>.+)$"
)
_NAMED = re.compile(r"(?<=\s)(?!I\b)[A-ZÀ-Ý]")

# Eating or tasting: with "a"/"um"/"una" it asks for that food ("quero tomar um ajiaco").
_EAT = r"(?:try|taste|eat|have|drink|probar|provar|comer|experimentar|tomar|beber)"
_EATING = loose(rf"\b{_EAT}\s+(?:a|an|some|um|uma|uns|umas|un|una|unos|unas)\b")
# A purpose of one's own: "wanna get photos", "quero ver", "para sacar fotos", "want pics".
_SEE = (
    r"(?:see|watch|assistir|ver|celebrate|comemorar|celebrar|festejar|subir|climb|hike|go\s+up|get|take|snap|shoot|buy|grab|catch|check\s+out|look\s+at|photograph|pick\s+up|"
    r"shop\s+for|admire|ver|mirar|comprar|sacar|tomar|fotografiar|fotografar|conocer|conhecer|"
    r"tirar|olhar|levar|curtir|admirar|aprovechar|aproveitar|trazer|traer|tomar\s+fotos|"
    rf"{_EAT})"
)
_PICS = (
    r"(?:\w+\s+)?(?:pics|pictures|photos|shots|snaps|selfies|fotos|fotitos|fotinhas|foto|"
    r"souvenirs?|recuerdos|lembrancinhas|lembrancas)"
)
# Who else wants it: "the lads wanna try the ipa", "os meninos querem ver os leões".
_WHO = (
    r"(?:(?:the|my|our|os|as|meus|minhas|mi|mis|los|las|el|la|o|a|nuestros|nossos)\s+\w+\s+"
    r"(?=(?:wanna|want|wants|quer|querem|quiere|quieren)\b))?"
)
_PURPOSE = loose(
    rf"^(?:(?:and|y|e)\s+)?(?:(?:i|we)\s*(?:'?\s*d|would|really)?\s+)?{_WHO}"
    rf"(?:(?:want|wants|wanna|wanted|like|love|keen|hoping|hope|gonna|going|planning|dying)\s+"
    rf"(?:to\s+)?{_SEE}|(?:want|wanna|need)\s+(?:(?:some|a\s+few|a\s+couple|the)\s+)?{_PICS}"
    rf"|to\s+{_SEE}|for\s+(?:(?:some|the)\s+)?{_PICS})\b"
    rf"|^(?:(?:y|e)\s+)?(?:(?:yo|eu|a\s+gente|nosotros|nos)\s+)?{_WHO}(?:quiero|queremos|"
    r"quisiera|quiere|quieren|querem|"
    r"quisieramos|me\s+gustaria|nos\s+gustaria|voy\s+a|vamos\s+a|quero|queria|queremos|quer|"
    r"vou|vamos|gostaria\s+de|gostariamos\s+de)\s+(?:(?:ir\s+)?(?:a|para|pra)\s+)?"
    rf"{_SEE}\b"
    rf"|^(?:(?:y|e)\s+)?(?:pa|para|pra|pro)\s+{_SEE}\b"
    rf"|^(?:quiero|queremos|quero|queremos|a\s+gente\s+quer)\s+(?:(?:unas|umas|algunas|"
    rf"algumas)\s+)?{_PICS}\b"
)
# A question about how near it is.
_NEAR = (
    r"(?:close|near|nearby|far|walkable|walking\s+distance|a\s+long\s+way|cerca|cerquita|"
    r"lejos|lejitos|a\s+pasos|perto|pertinho|longe|longinho|do\s+lado|ali\s+do\s+lado|al\s+lado)"
)
_CLOSENESS = loose(
    r"^(?:(?:is|isn\s*'?\s*t)\s+it|it\s*'?\s*s|its|it\s+is|que?da|esta|es|fica|[é]|ta|eh|sera)\s+"
    rf"(?:\w+\s+){{0,2}}?{_NEAR}\b"
    r"|^(?:da|dá)\s+(?:pra|para)\s+ir\s+(?:a\s+pe|andando|caminhando)\b"
    r"|^(?:se\s+puede|podemos)\s+ir\s+(?:a\s+pie|caminando|andando)\b"
    r"|^(?:can\s+we|could\s+we)\s+walk\b"
)
# A remark about the day just named: "ese día descansamos", "that day we chill".
_THAT_DAY = loose(
    r"^(?:(?:y|e|and)\s+)?(?:ese|esse|este|aquel|aquele|that)\s+(?:dia|day)\s+(?:\w+\s+)?"
    r"(?:descans\w+|nos\s+\w+|lo\s+\w+|we\s+\w+|a\s+gente\s+\w+|\w+(?:amos|emos|imos|ando|endo))"
    # … or how the day will be spent: "vamos passar o dia em Lisboa", "we'll spend the day…"
    r"|^(?:(?:y|e|and)\s+)?(?:vamos|a\s+gente\s+vai|we\s*'?\s*ll|we\s+will|we\s*'?\s*re\s+going\s+to|"
    r"we\s*'?\s*re\s+gonna|vamos\s+a)\s+(?:passar|pasar|spend|curtir|aprovechar|aproveitar)\s+"
    r"(?:o|el|the|that|ese|esse)\s+(?:dia|day)\b"
)
# The price, the rating or the rest said not to matter: "no importa el precio".
_NO_MATTER = loose(
    r"^(?:(?:el|o|the)\s+\w+\s+)?(?:no|nao|doesn\s*'?\s*t|does\s+not|don\s*'?\s*t)\s+"
    r"(?:importa|matter|interesa|liga)\b|^(?:money|price|budget)\s*(?:'?\s*s|is)\s+no\s+object\b"
    r"|^(?:sin|sem)\s+importar\b|^(?:whatever|lo\s+que\s+sea|o\s+que\s+for)$"
)
# The place asked for again, vaguely: the same request.
_VAGUE_AGAIN = loose(
    r"^(?:(?:pls|please|porfa|and)\s+)?(?:find|get|pick|choose|recommend|suggest|show)\s+"
    r"(?:(?:us|me)\s+)?(?:somewhere|some\s+place|a\s+place|a\s+spot|something|one)\b"
    r"|^(?:busca\w*|encuentra\w*|recomienda\w*|elige\w*)\s+(?:(?:algun|un)\s+(?:sitio|lugar|"
    r"local)|algo)\b"
    r"|^(?:acha|ache|encontra|procura|indica|recomenda|escolhe)\s+(?:(?:um|algum)\s+(?:lugar|"
    r"sitio|canto)|algo)\b"
)
# A reason after the day, the meal or the time: "… pro jantar que as crianças não aguentam".
_REASON_AFTER_SLOT = loose(
    # "qué" with its accent asks ("el sábado qué tenemos?"): only a plain "que" gives a reason
    r"(?<=\w)\s+(?:q|qu[e]|porque|pq|xq|because|cause|cuz|since)\s+"
    r"(?!(?:sea|sean|seja|sejam|tenga|tengan|tenha|tenham|este|esteja|haya|fique|quede|abra|"
    r"no\s+sea|nao\s+seja)\b)"
    r"(?=(?:el|la|los|las|lo|le|les|o|a|os|as|the|my|our|we|i|they|it|its|nos|me|te|se|ya|ja|"
    r"a\s+gente|eu|yo|mi|mis|meu|minha|meus|minhas|nuestros|nuestras|nossos|nossas|ese|esse|"
    r"estamos|tamos|tamo|estoy|to|tou|somos)\b)"
    # "clear day 3 we'll just wing it": our own plan said right after the day
    r"|(?<=\w)\s+(?=(?:we\s*'?\s*ll|we\s+will|we\s*'?\s*re\s+gonna|we\s*'?\s*re\s+going\s+to)\s+"
    r"(?:just\s+)?(?:wing|chill|rest|relax|improvise|figure|play|see|take|sleep|do\s+our|"
    r"be\s+(?:tired|exhausted|beat|busy|out))\b)"
)
_DIET = (
    r"(?:vegan\w*|vegetarian\w*|veggie|gluten|halal|kosher|celiac\w*|allerg\w*|alerg\w*|"
    r"wheelchair|cadeira\s+de\s+rodas|silla\s+de\s+ruedas|no\s+come\w*\s+carne|nao\s+come\w*\s+"
    r"carne|don\s*'?\s*t\s+eat\s+meat|cheap|barat\w*|broke|budget)"
)
# What a place must be, said in a remark: kept for the wish readers (core.intents.who_for).
_WISH = loose(
    rf"\b(?:{_DIET}|kids?|child\w*|ninos|ninas|criancas?|filh[oa]s|hij[oa]s|peques|miud[oa]s|"
    r"toddlers?|anniversary|aniversario|honeymoon|luna\s+de\s+miel|lua\s+de\s+mel)\b"
)

# A reason may tell of the children ("que as crianças não aguentam mais"): only a diet keeps
# it; their age ("because the kids are 5") is a wish for a family place.
_DIET_SAID = loose(rf"\b{_DIET}\b")
_KIDS_AGE = loose(
    r"\b(?:kids?|child\w*|ninos|ninas|criancas|filh[oa]s|hij[oa]s|twins|gemeos|mellizos)\b.*"
    r"\b(?:\d{1,2}|years?|yrs?|anos|meses|months?)\b"
)


def _purpose(clause: str) -> bool:
    """A purpose about the place just named, not a request for another."""
    lead = _PURPOSE.match(clause)
    if lead is None or _TOO.search(clause) or _REQUEST_VERB.search(clause[lead.end() :]):
        return False  # "para sacar fotos": "sacar" is the purpose's verb, not a request
    if _NAMED.search(" " + clause.split(" ", 1)[-1]) and " " in clause:
        return False  # "want to see Notre Dame": a place named
    if (found := _INDEFINITE.search(clause)) and kinds_named(found["what"]):
        return False  # "want to see a jazz bar": another place
    if _EATING.search(clause):
        return False  # "quero tomar um ajiaco": that food is the request
    return not _WHEN.search(clause)


def _talk(clause: str) -> bool:
    """A clause after a complete request that only talks."""
    said = clause.strip(" ,;.!?-")
    if not said:
        return False
    if _CLOSENESS.match(said):
        return not _REQUEST_VERB.search(said)
    if _NO_MATTER.match(said):
        return True
    if _THAT_DAY.match(said):
        return True
    if _VAGUE_AGAIN.match(said):
        return not kinds_named(said)
    return _purpose(said)


# A tag or filler at the end of a clause: "…, pra variar né", "… would ya", "… vale?".
_TAG = re.compile(
    # never "já tá" / "ya está": the place is already there (core.intents.already_there)
    r"(?<!\bj[aá])(?<!\bya)[\s,]+(?:n[eé]|hein|eh|would\s+ya|will\s+ya|could\s+ya|would\s+you|yeah|yea|innit|aye|"
    r"ok|okay|t[aá]|vale|dale|sale|obviously|obvio|obviamente|claro|of\s+course|l[oó]gico)"
    r"(?=\s*(?:[,;.!?]|$))",
    re.IGNORECASE,
)


# A word before that makes the "vocative" a noun: "casa de mi tía", "yerba mate", "five guys".
_NOUN_BEFORE = frozenset(
    """mi mis my our de do da del la el los las su sus tu the meu minha nosso nossa con com with
    para pro pra for yerba five two three a an o um uma un una and e y of""".split()
)


def _unaddressed(found: re.Match[str]) -> str:
    before = found.string[: found.start()].split()
    return found.group(0) if before and before[-1].lower() in _NOUN_BEFORE else ""


def _tidied(text: str) -> str:
    text = _VOCATIVE.sub(_unaddressed, _LAUGH.sub("", text))
    text = _LAUGH.sub("", text)
    if _WHEN.search(text):  # a tag after a request; "ok", "sim, claro" alone are answers
        text = _FILLER.sub("", _TAG.sub("", text))
    return text


def without_trailing_remarks(text: str) -> str:
    """`text` without what it glues to its complete request; unchanged when nothing is glued.

    "bota o mercado no sábado de manhã, quero comprar uns temperos" → "bota o mercado no
    sábado de manhã"; "na sexta pizza pro jantar que as crianças não aguentam mais" → "na
    sexta pizza pro jantar"; "coloca um bar na sexta, mano" → "coloca um bar na sexta".
    """
    head, dots, rest = text.partition("...")
    if dots and len(head.split()) <= 2 and not _WHEN.search(head) and plain_small_talk(rest):
        return rest.strip()  # "leve-leve... boa noite, até amanhã": the goodbye
    said = _tidied(text)
    if not said.strip(" ,;.!?"):
        return text
    pieces: list[str] = []
    start = 0
    for mark in _BREAK.finditer(said):
        if mark.start() == 0:
            continue
        pieces += [said[start : mark.start()], mark.group(0)]
        start = mark.end()
    pieces.append(said[start:])
    out: list[str] = []
    light = ""
    for index in range(0, len(pieces), 2):
        clause = _without_glued_purpose(_without_reason(pieces[index]))
        if index and _WHEN.search("".join(out)) and _talk(clause) and not _WISH.search(clause):
            if "?" in pieces[index - 1] and not out[-1].endswith("?"):
                out.append("?")  # the request was asked as a question
            if (said_light := _LIGHT.search(clause)) is not None:
                light = "at sunrise" if said_light["rise"] else "at sunset"
            continue
        out += [pieces[index - 1], clause] if index else [clause]
    joined = "".join(out).strip(" ,;-")
    if light and not _CLOCK.search(joined) and not _LIGHT.search(joined):
        joined = f"{joined.rstrip(' ?')} {light}" + ("?" if joined.endswith("?") else "")
    return joined if joined != text.strip(" ,;-") else text


def _without_reason(clause: str) -> str:
    """The clause without a reason said after its day, meal or time ("… que lo tenemos vacío")."""
    reason = _REASON_AFTER_SLOT.search(clause)
    if reason is None or not _WHEN.search(clause[: reason.start()]):
        return clause
    after = clause[reason.end() :]
    if _REQUEST_VERB.search(after) or _DIET_SAID.search(after):
        return clause
    return clause[: reason.start()] + (" with kids" if _KIDS_AGE.search(after) else "")


# A purpose glued to the day or the time: "… no sábado de manhã pra comprar umas frutas".
_GLUED_PURPOSE = loose(rf"\s+(?=(?:to|pa|para|pra|pro)\s+{_SEE}\b)")


def _without_glued_purpose(clause: str) -> str:
    """The clause without a purpose said right after its day or time.

    One about the light is left to core.intents.remark_clauses, which makes it the time.
    """
    for glued in _GLUED_PURPOSE.finditer(clause):
        tail = clause[glued.end() :]
        if _LIGHT.search(tail) or _WISH.search(tail) or not _purpose(tail):
            continue
        if _WHEN.search(clause[: glued.start()]):
            return clause[: glued.start()]
    return clause


def names_a_wish(clause: str) -> bool:
    """Whether a clause says who a place is for or what it must be (kids, a diet, a budget)."""
    return bool(_WISH.search(clause))


def requests_something(clause: str) -> bool:
    """Whether a clause holds a request verb ("pon", "quita", "add", "muda"…)."""
    return bool(_REQUEST_VERB.search(clause))


def says_when(clause: str) -> bool:
    """Whether a clause names a day, a time, a part of the day or a meal."""
    return bool(_WHEN.search(clause))

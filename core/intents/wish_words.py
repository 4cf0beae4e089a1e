"""Wishes said beside the kind of place, in English, Spanish and Portuguese, before the rewrites.

Read: the message as typed (normalized), before the language's own tables, which would read
"nada chique" as "upscale" or keep "beers n prawns vibe" in the search. Written: words the
English grammar and the preference reader know, or nothing when a phrase only colours the ask.

- Modesty: "nothing fancy", "nada caro de lujo", "sin lujos", "nada chique", "algo simples",
  "low-key", "no frills" → "not fancy" (the preference reader: price level 2 or less).
- Food as a purpose: "algo pa comer", "um lugar pra comer", "somewhere to eat" → "restaurant".
- A mood beside the kind: "…, beers n prawns vibe", "onda relax", "clima tranquilo" goes.
- Where, said as a remark: "…, near the museum ideally", "cerca del hotel si se puede": the
  search covers the city; the words are not a kind of place.

`brunch_kept` (after parsing): "brunch" is a kind of place, not only the morning meal.
`open_now_today` (after parsing): "open now" with no day named means today, on a trip under way.
`open_places_asked` (after parsing): "what's open for a bite", "qué hay abierto para comer"
ask for places open now, not for one place's hours.
"""

from __future__ import annotations

import re

from core.intents.lexicon import Replacement, rules
from core.intents.model import Intent, Meal, ParsedTurn, Preferences
from core.intents.place_words import KIND_WORDS, is_vague_query, search_terms
from core.text import fold

_PAIRS: list[tuple[str, Replacement]] = [
    # Hunger said first: "tengo hambre ya, …", "to morrendo de fome, …", "starving, …".
    (
        r"^[^,.!?;]{0,60}\b(?:hambre|hambruna|fome|larica|starving|hungry|famished|"
        r"famint[oa]s?|hambrient[oa]s?|esfomead[oa]s?|ravenous)\b"
        r"[^,.!?;]{0,12}[,.!?;]+\s*(?=\S)",
        lambda m: when_kept(m.group(0)),
    ),
    (
        r"\b(?:nothing|not\s+(?:too\s+|that\s+|super\s+)?|no(?:thing)?\s+)"
        r"(?:fancy|posh|upscale|pretentious|swanky|formal)\b|\bno[\s-]frills\b|\bunpretentious\b"
        r"|\blow[\s-]key\b(?=\s*(?:$|[,.!?;]|place|spot|restaurant|bar|cafe|dinner|lunch|joint))"
        r"|\b(?:sin|nada\s+de)\s+lujos?\b|\bnada\s+(?:muy\s+|tan\s+|demasiado\s+)?"
        r"(?:lujos[oa]|elegante|fin[oa]|sofisticad[oa]|pretencios[oa]|pijo|fresa|chic)\b"
        r"|\b(?:sem|nada\s+de)\s+luxos?\b|\bnada\s+(?:de\s+)?(?:muito\s+|tao\s+|demais\s+)?"
        r"(?:chique|chic|luxuos[oa]|sofisticad[oa]|requintad[oa]|metid[oa]\s+a\s+besta|gourmet)\b"
        r"|\b(?:algo|alguma\s+coisa|um\s+lugar|un\s+lugar|un\s+sitio|something|somewhere)\s+"
        r"(?:bem\s+|bien\s+|muy\s+|super\s+|really\s+)?(?:simple|simples|sencill[oa]|simplezinho|"
        r"basic|casual|humilde)\b",
        " not fancy ",
    ),
    # A craving said beside a meal ("cena el día 2, se nos antoja pulpo", "jantar no dia 3,
    # estamos com vontade de polvo"): what to eat, as the English rules read it.
    (
        r"\b(?:(?:a\s+(?:mi|nosotros)\s+)?se\s+(?:nos|me|le|les)\s+antoja(?:n|ba)?|"
        r"(?:tengo|tenemos|tenia|teniamos|con)\s+(?:muchas\s+)?ganas\s+de|"
        r"(?:(?:eu|a\s+gente|nos)\s+)?(?:estou|estamos|to|tou|ta|tamo|tamos|esta|estava|estavamos)"
        r"\s+com\s+(?:muita\s+)?vontade\s+de|(?:bateu|deu)\s+(?:uma\s+)?vontade\s+de|"
        r"com\s+vontade\s+de|(?:estamos|estoy|estou)\s+antojad[oa]s?\s+de|"
        r"(?:we'?\s*(?:re|are)|i'?\s*(?:m|am))\s+(?:really\s+)?(?:craving|in\s+the\s+mood\s+for|"
        r"dying\s+for|hankering\s+for))\b",
        " craving ",
    ),
    # "abierta ahora", "que esteja aberto agora": open now ("está abierto ahora el X?" asks
    # about one place; a bare "abierto" may be its hours).
    (
        r"\b(?:(?:que|q)\s+(?:este|esten|esteja|estejam|esta|ta)\s+)?"
        r"(?<!\besta\s)(?<!\bestan\s)(?<!\bta\s)(?<!\bsigue\s)(?<!\bfica\s)(?<!\bis\s)"
        r"(?:abiert|abert)[oa]s?\s+"
        r"(?:ahora|ahorita|agora|agorinha|ya|ja|now|rn|(?:en|neste|nesse)\s+(?:este\s+)?momento)\b",
        " open now ",
    ),
    # Open, said of no place in particular ("algum lugar aberto pra comer?", "anywhere open
    # to eat", "fome!! algum restaurante aberto?"): a search for places open now, not the
    # hours of one place.
    (
        r"(?<!\besta\s)(?<!\bestan\s)(?<!\bta\s)(?<!\bfica\s)(?<!\bis\s)(?<!\bsigue\s)"
        r"\b(?:abiert|abert)[oa]s?\b(?!\s+(?:ahora|ahorita|agora|agorinha|ya|ja|now|rn)\b)"
        r"(?=\s+(?:pa|pra|para|to|for)\s+(?:comer|eat|food|a\s+bite|grab))",
        " open now ",
    ),
    (
        r"\b((?:algum|alguma|algo|alguna|algun|anywhere|anything|somewhere|something|any|"
        r"(?:que|q|o\s+que)\s+(?:hay|tem|ha)|what\s*'?\s*s|what\s+is)"
        r"(?:\s+(?!(?:que|q|that|thats)\b)\w+)?)\s+(?:(?:que|q|that\s+is|thats)\s+"
        r"(?:este|esteja|ta|esta|is|s)?\s*)?(?:abiert[oa]s?|abert[oa]s?|open)\b"
        r"(?!\s+(?:now|rn|ahora|ahorita|agora|agorinha|ya|ja|a|as|at|las|de|del|el|on|no|na|"
        r"nos|nas|in|till|until|ate|hasta|right|today|tonight|hoy|hoje|late|tarde|\d+)\b)",
        r"\1 open now ",
    ),
    # Food as the purpose: "algo q este abierto pa comer", "um lugar pra comer agora".
    (
        r"\b(?:(?:algo|alguma\s+coisa|um\s+lugar|un\s+lugar|un\s+sitio|somewhere|something|"
        r"a\s+place|a\s+spot)\s+)?(?:pa|pra|para|de|to)\s+(?:comer|eat)\b"
        r"(?=\s*(?:$|[,.!?;]|ahora|agora|ya|ja|hoy|hoje|ahorita|rapido|rapidinho|now|rn|today|"
        r"cerca|perto|aqui|nearby|por\s+aqui|open|on\s|el\s|no\s|pro\s|pal?\s))",
        lambda m: _food(m.group(0)),
    ),
    # A mood said beside the kind of place: "…, beers n prawns vibe", "onda relax".
    # Said after a comma, beside a request ("hmm, thoughts on the vibe?" asks something else).
    (
        r"(?<=\w),\s*(?!(?:thoughts|what|how|the|this|that|love|like)\b)(?:\b[\w'&]+\s+){1,4}"
        r"(?:vibes?|kinda\s+vibe)\b(?=\s*(?:$|[,.!?;]))",
        " ",
    ),
    (
        r",?\s*\b(?:tipo\s+|con\s+|com\s+|de\s+)?(?:onda|clima|vibe|astral)\s+(?:de\s+|bem\s+|bien\s+)?"
        r"[\w']+(?:\s+(?:y|e|and|n)\s+[\w']+)?(?=\s*(?:$|[,.!?;]))",
        " ",
    ),
    # "…, near the museum ideally": where, said as a remark; "near me" is the shared location.
    (
        r",?\s*\b(?:near|close\s+to|next\s+to)\s+(?!me\b|here\b|us\b|by\b)(?:the\s+|our\s+|a\s+)?"
        r"[\w'-]+(?:\s+[\w'-]+){0,2}?\s*(?:,?\s*(?:ideally|preferably|if\s+possible|if\s+poss|"
        r"maybe|pls|please))?(?=\s*(?:$|[,.!?;]))",
        " ",
    ),
    (
        r",?\s*\b(?:cerca|perto)\s+(?:del?|de\s+la|d[oa]s?)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s*"
        r"(?:,?\s*(?:si\s+se\s+puede|de\s+preferencia|idealmente|se\s+der|de\s+prefer[eê]ncia|"
        r"ojala|tal\s+vez|talvez))?(?=\s*(?:$|[,.!?;]))",
        " ",
    ),
]

WISH_WORD_RULES = rules(_PAIRS)


# A day said in a remark of hunger ("after arthurs seat on wed we'll be starving, …").
_WHEN_SAID = re.compile(
    r"\b(?:(?:on|el|la|o|a|no|na)\s+)?(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
    r"(?:day)?|wednesday|thursday|saturday|today|tonight|tomorrow|hoy|ma[nñ]ana|hoje|"
    r"amanh[aã]|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|segunda|ter[cç]a|"
    r"quarta|quinta|sexta|(?:day|d[ií]a)\s+\d{1,2})\b",
    re.IGNORECASE,
)


def when_kept(said: str) -> str:
    """A remark of hunger goes; the day it names stays for the request after it."""
    kept = " ".join(found.group(0) for found in _WHEN_SAID.finditer(said))
    return f"{kept} " if kept else ""


def _food(said: str) -> str:
    """What a phrase of food as a purpose leaves: a restaurant, in the words it was said in."""
    # The kind stays in the traveler's language: the search phrase is echoed in the answer.
    return "restaurant" if re.search(r"\beat\b", said.lower()) else "restaurante"


def open_now_today(ops: list[ParsedTurn]) -> list[ParsedTurn]:
    """An add that asks for a place open now and names no day is for today.

    "need a coffee place thats open rn": the traveler is on the way; a day outside the trip
    leaves the day unsaid again, and the editor asks (core.operations).
    """
    out = []
    for op in ops:
        wants_open = op.preferences is not None and op.preferences.open_now
        if op.intent is Intent.ADD and wants_open and op.day is None and op.day_ref is None:
            out.append(op.model_copy(update={"day_ref": "today"}))
        else:
            out.append(op)
    return out


_BRUNCH = re.compile(r"\bbrunch\b", re.IGNORECASE)


def brunch_kept(ops: list[ParsedTurn], grammar: str) -> list[ParsedTurn]:
    """A breakfast add said as "brunch" searches brunch places ("a brunch place on friday").

    The meal reader files "brunch" under breakfast and takes the word out of the search, which
    then offers any bakery; the word goes back in front of what else was asked for.
    """
    if not _BRUNCH.search(grammar):
        return ops
    out = []
    for op in ops:
        query = op.query or ""
        if op.intent is Intent.ADD and op.meal is Meal.BREAKFAST and not _BRUNCH.search(query):
            kept = "" if is_vague_query(query) else query
            out.append(op.model_copy(update={"query": f"brunch {kept}".strip()}))
        else:
            out.append(op)
    return out


# What a question about hours names when it names no place: food, a bite, "comer".
_NO_PLACE = frozenset(
    """food bite eat comer comida right now rn ahora agora ahorita here aqui por around near
    nearby me us open opened abierto aberto for to para pra pa an is hay tem que what
    whats anything anywhere something somewhere right mismo algo""".split()
)
# "the castle", "el museo", "o museu": a place of the trip, whose hours are asked.
_DEFINITE = frozenset("the el la los las o os as this that esse essa ese esa este".split())
_HOURS = frozenset({"hours", "open", "about"})


def open_places_asked(ops: list[ParsedTurn], grammar: str, typed: str) -> list[ParsedTurn]:
    """A question about the hours of no place in particular, as a search for places open now.

    "so hungry, what's open for food right now", "qué hay abierto para comer": the rules read
    a place's hours asked; the "place" is only food or a kind, so it is a search (today).
    """
    if "open now" not in grammar and not re.search(r"\bopen\s+for\b", grammar):
        return ops
    out = []
    for op in ops:
        said = fold(op.target.text or "") if op.target and not op.target.node_id else ""
        if (
            op.intent is not Intent.EXPLAIN
            or op.question not in _HOURS
            or not said
            or said.split()[0] in _DEFINITE
        ):
            out.append(op)
            continue
        words = [w for w in said.split() if w not in _NO_PLACE and not is_vague_query(w)]
        terms = search_terms(" ".join(words)).split() if words else []
        kinds = [w for w in terms if w in KIND_WORDS]
        if len(kinds) < len(terms):
            out.append(op)  # "Bar Kawayuka": a word of a name, that place's hours
            continue
        english = bool(re.search(r"\b(?:food|bite|eat|what|whats|open|anything)\b", fold(typed)))
        query = " ".join(words) if kinds else ("restaurant" if english else "restaurante")
        out.append(
            ParsedTurn(
                intent=Intent.ADD,
                query=query,
                day=op.day,
                day_ref=op.day_ref or (None if op.day else "today"),
                preferences=Preferences(open_now=True),
                confidence=0.7,
            )
        )
    return out

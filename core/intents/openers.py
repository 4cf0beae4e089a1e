"""Hesitations and discourse openers a message starts with, taken off before it is read.

"hmm nah take it off again", "mmm no, mejor quitalo", "nah revertí eso porfa", "ok so can you
clear friday", "bueno pues quita el museo", "olha, tira a igreja", "uai, então muda o jantar":
the opener says how the traveler feels, not what they ask. The parser reads the message
after them (core.intents.parse), on the text after normalizing, where elongations are
already folded ("mmm" → "m", "hmmm" → "hm", "uhhh" → "uh").

Two classes of openers:
- sounds and particles that never start a request (hm, um, uh, erm, meh, nah, welp, bueno,
  pues, o sea, olha, uai, então…): taken off whenever they lead;
- words that may start one ("ya" is "already", "este" is "this", "tipo" "kind", "well" a
  noun, "no" a correction, "vale" a verb): taken off only when a comma, a dash or an ellipsis
  sets them off, or when another opener comes before them ("mmm no, …", "hmm nah …").
Nothing is taken off a message that would be left empty ("nah", "ok", "vale"): that is an
answer.
"""

from __future__ import annotations

import re

from core.intents.lexicon import loose

# Never a request's first word.
_SOUNDS = (
    r"h+m+|m+h?m*|u+[hm]+|e+r+m+|e+h+|a+h+|o+h+|a+w+|u+g+h+|h+u+h+|meh|nah|naw|welp|well\s+well|"
    r"ok(?:ay)?\s+so|okay\s+so|ok\s+then|so\s+um|right\s+so|alright\s+so|um+\s+so|"
    r"bueno|pues|o\s+sea|oye|ay|uy|eh|che|ehm|"
    r"olha|olhe|uai|entao|então|at[aã]o|pois|bom\s+entao|bom\s+então|ah\s+sim|hum+|poxa|putz|eita|"
    r"vish|ixi|bah|ope|oop|oops|whoa|jeez|gosh|blimey|crikey|yikes|wey|guey|hala|ostras|"
    r"orale|órale|andale|ándale|hijole|híjole|caramba|caraca|opa|oba|egua|égua|tche|tchê|"
    # Brazil's north and south, Portugal, Angola and Mozambique ("égua, …", "epá, …", "xará, …")
    r"oxente|oxe|ep[aá]|carago|merm[aã]o|xar[aá]|actually|actualy|actly"
)
# A request's first word sometimes: an opener only when set off or after another opener.
_WORDS = (
    r"ok(?:ay)?|okey|alright|right|well|so|yeah|yea|yep|ya|yes|anyway|anyways|like|actually|"
    r"a\s+ver|mira|mire|este|vale|venga|dale|listo|bien|si|sí|"
    r"tipo|bom|bem|ta|tá|beleza|pá|pa|sim|ah|é|e\s+ai|e\s+aí|mare|jo|vaya|nossa|xi|man|"
    r"mano|mana|cara|kota|v[eé]i|s[oô]|arretado|massa|fixe|"
    # praise set off before the request about the stop just added: "cool, can it be at 8"
    r"cool|nice|great|perfect|awesome|sweet|lovely|perfecto|genial|perfeito|otimo|ótimo|legal|"
    r"guay|chevere|chévere|bacan|bacán|buenisimo|buenísimo|show|top|boa"
)
# "no" corrects what was said before ("no, day 3"): an opener only after another one ("mmm no,
# mejor quitalo", "hmm no put it back"), and never before a verdict ("hmm nao ficou bom").
_NEGATIONS = r"no|nope|nao|não|nah\s+no"
_SET_OFF = r"(?:\s*(?:,|\.{2,}|…|\s-+)\s*|\s*[!.]\s+)"
_LEAD_SOUND = re.compile(rf"^(?:{_SOUNDS})\b(?:{_SET_OFF}|\s+)", re.IGNORECASE)
_LEAD_WORD_SET_OFF = re.compile(rf"^(?:{_WORDS})\b{_SET_OFF}", re.IGNORECASE)
# After "no", a verdict or a statement keeps it: "hmm nao ficou bom", "mmm no me gusta".
_VERDICT = (
    r"(?:ficou|ficamos|quedo|quedó|gusta|gusto|gustó|gostei|gosto|me|te|se|nos|es|era|e|é|foi|"
    r"fue|is|was|it|its|that|thats|i|we|esta|está|ta|tá|tiene|tem|hay|ha|há|way|thanks|thank|"
    r"gracias|obrigad[oa]|sei|se|sé|mola|convence|curti|rola|sirve|serve|funciona|works|tengo|tenho)\b"
)
_LEAD_WORD = re.compile(
    rf"^(?:(?:{_WORDS})\b(?:{_SET_OFF}|\s+)|(?:{_NEGATIONS})\b(?:{_SET_OFF}|\s+(?!{_VERDICT})))",
    re.IGNORECASE,
)
# "first take out X and then add Y", "primero quita X", "primeiro tira X": the order said before a
# verb is the order the requests are read in anyway.
_FIRST = re.compile(
    r"^(?:first(?:\s+of\s+all)?|firstly|primero|primeiro|antes\s+de\s+(?:nada|tudo))[\s,]+"
    r"(?=(?:take|remove|add|put|move|drop|delete|swap|book|change|make|quita|saca|borra|agrega|"
    r"a[nñ]ade|pon|mete|mueve|pasa|cambia|tira|remove|adiciona|coloca|bota|p[oõ]e|muda|passa|"
    r"troca|reserva)\b)",
    re.IGNORECASE,
)
# A polite way in, in Spanish and Portuguese: the request follows ("sería posible mover…",
# "¿habría manera de quitar…?", "seria possível trocar…", "será que dá pra mudar…", "tem como
# tirar…"). One table for both languages; accent-free (core.intents.lexicon.loose).
POLITE_OPENERS: dict[str, str] = {
    "es": (
        r"(?:seria|sera|es|era)\s+posible(?:\s+que)?"
        r"|(?:habria|habra|hay|existe|existiria|tendrias|tienes|tendria|tiene|ves)\s+"
        r"(?:alguna\s+|la\s+|una\s+)?(?:manera|forma|modo|posibilidad|chance|chanse|opcion)\s+"
        r"de(?:\s+que)?"
        r"|(?:me|nos)\s+(?:harias|haria|haces|hace)\s+el\s+favor\s+de"
        r"|(?:te|le)\s+importaria(?:\s+mucho)?"
        r"|(?:serias|seria)\s+tan\s+amable\s+de"
    ),
    "pt": (
        r"(?:(?:seria|sera|e|era)\s+possivel|sera\s+que)(?:\s+(?:voce|vc|voces|vcs))?"
        r"|(?:teria|tem|haveria|ha|existe)\s+(?:algum\s+|alguma\s+)?(?:como|jeito|chance|"
        r"possibilidade|maneira|forma)(?:\s+de)?"
        r"|(?:voce|vc)\s+(?:me\s+)?faria\s+o\s+favor\s+de"
    ),
}
_POLITE = loose(r"^\W*(?:" + "|".join(POLITE_OPENERS.values()) + r")\s+(?=\w)")
# Whom the message is said to, before the request's verb: "mi niño ponme X", "chacho quita el
# museo", "maño, mueve la cena", "asere pon un bar". Taken off only before a request's verb or
# when a comma sets it off ("mi niño quiere ir al zoo" keeps it: the child is the subject).
_CALLED = (
    r"mi\s+ni[nñ][oa]|mi\s+amor|mi\s+rey|mi\s+reina|mi\s+vida|mi\s+pana|chacho|acho|ma[nñ]o|"
    r"quillo|miarma|pisha|neno|nena|mae|oe|asere|primo|prima|[nñ]a[nñ][oa]|pelao|xopa|wepa|"
    r"klk|chamo|carnal|compa|parce|parcero|causa|mija|mijo|hermano|manito|cipote|chele|"
    r"tiguere|vos|bo|tio|t[ií]a|tío|jefe|jefa|amigo|amiga|querid[oa]|"
    # Newfoundland's "b'y get rid of that bookshop", Hawaii's "brah", only before a verb
    r"b['’]y|brah"
)
_REQUEST_VERB = (
    r"pon\w*|agreg\w*|a[nñ]ad\w*|mete\w*|meteme|quit\w*|saca\w*|sacame|muev\w*|mov\w*|"
    r"pasa\w*|cambi\w*|reserv\w*|separ\w*|apart\w*|borr\w*|desha\w*|dej\w*|muestr\w*|"
    r"ense[nñ]\w*|dame|danos|busc\w*|llen\w*|sum\w*|agend\w*|recomiend\w*|organiz\w*|"
    r"arm\w*|planea\w*|bota|coloca|tira|muda|troca|adiciona|add|put|move|remove|book|"
    r"get\s+rid|take|drop|delete|swap|switch|clear|cancel|skip|scrap|ditch|shift|push|change"
)
_LEAD_CALLED = re.compile(
    rf"^(?:{_CALLED})\b(?:\s*,\s*|\s+(?=(?:{_REQUEST_VERB})\b))", re.IGNORECASE
)
MAX_OPENERS = 4


def without_openers(text: str) -> str:
    """The message without the hesitations and openers it starts with.

    Args:
        text: The message, normalized (core.intents.parse.normalize).
    """
    rest = text
    stripped = 0
    while stripped < MAX_OPENERS:
        found = (
            _LEAD_SOUND.match(rest)
            or _LEAD_WORD_SET_OFF.match(rest)
            or _FIRST.match(rest)
            or _POLITE.match(rest)
            or _LEAD_CALLED.match(rest)
        )
        if found is None and stripped:
            found = _LEAD_WORD.match(rest)  # "hmm ok so …", "mmm no, …": after another opener
        if found is None:
            break
        after = rest[found.end() :].lstrip(" ,.-")
        if not re.search(r"\w", after):
            break  # "nah", "ok!", "hmm ok": the whole message is the answer
        rest = after
        stripped += 1
    return rest if stripped else text

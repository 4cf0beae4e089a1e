"""'oh no i didn't mean that, undo undo', 'put it back how it was', 'scratch that, changed my mind'.

A message asks to undo when every clause of it is either an undo phrase or a filler
(surprise, apology, "wait"), and at least one clause is an undo phrase. The tags that wrap a
clause in world Englishes and Iberian varieties ("arre yaar … na", "abeg … o", "ta, … bo",
"klk, … manito") are taken off first (core.intents.chat_tags), and the phrases are read in the
three languages, so the whole message may be read as typed, before any rewrite.
"""

from __future__ import annotations

import re

from core.intents.chat_tags import untagged
from core.text import fold

# "deshaz el último cambio y déjalo como estaba": two undo phrases said as one are one undo.
_CLAUSES = re.compile(r"\s*(?:[,.;!?]+|\s-+\s|\s+(?:y|e|and)\s+)\s*", re.IGNORECASE)
_REPEATED = re.compile(r"\b(undo|revert)(?:\s+\1)+\b", re.IGNORECASE)
_LEADING_FILLER = re.compile(
    r"^(?:(?:oh|ohh|no|nope|nah|wait|hold\s+on|oops|whoops|ugh|argh|sorry|actually|hmm|please|pls|"
    r"damn|dammit|shoot|crap|ay|ai|okay|ok|um|uh|nvm|never\s*mind|ahh?|opa|ops|ups|uy|uyy|eh|"
    r"mejor|better|melhor|nah\s+mejor|eita|vish|xi|ih|(?:can|could|would)\s+(?:you|u)|"
    # "vuelve a ponerla como estaba", "volta a deixar como estava": back to how it was
    r"vuelve\s+a|volve\s+a|volvé\s+a|volta\s+a|volte\s+a|"
    r"(?:nao|não|no)\s+(?:ficou|quedo|quedó)(?:\s+(?:bom|bien|legal))?|"
    r"afinal(?:\s+(?:nao|não))?|kindly|to|just|"
    # "I want go back like before", "can u just undo": the wish said before the undo
    r"(?:i\s+)?(?:want|wanna|would\s+like|need)(?:\s+to)?"
    r"(?=\s+(?:go|undo|revert|reverse|put|change|set|take|roll|scrap|ditch))|"
    # "please you revert it": the second-language "you" before the verb
    r"(?:you|u)(?=\s+(?:undo|revert|reverse|put|change|take|roll))|"
    r"y\s*all|yall|you\s+all)\s+)+",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^(?:oh|ohh|oh\s+no|no+|nope|nah|wait|hold\s+on|oops|whoops|ugh|argh|sorry|my\s+bad|actually|hmm+|"
    r"please|pls|damn|dammit|shoot|crap|no\s+no|oh\s+dear|my\s+mistake|mistake|wrong|lol|haha|"
    r"nvm|never\s*mind|opa|ops|ups|uy|eita|vish|mejor|melhor|afinal(?:\s+(?:nao|não|no))?|"
    r"al\s+final(?:\s+no)?|i\s+was\s+wrong|i\s+made\s+a\s+mistake|my\s+error|me\s+equivoque|"
    r"me\s+enganei|esquece|esqueca|esqueça|olvidalo|olvida(?:lo)?|forget\s+it|"
    r"hmm+\s+(?:nao|não|no)\s+(?:ficou|quedo|quedó)\s+(?:bom|bien|legal))$",
    re.IGNORECASE,
)
# What it was before: "the previous version", "la versión anterior", "lo de antes", "o que era".
_BEFORE = (
    r"(?:(?:the|la|lo|el|a|o)\s+)?(?:(?:previous|old|earlier|prior|original|last)\s+"
    r"(?:version|plan|one|itinerary|way)|(?:version|versao|plan|plano|roteiro|itinerario)\s+"
    r"(?:anterior|de\s+antes|original)|anterior|de\s+antes|que\s+(?:era|habia|tinha|tava)"
    r"(?:\s+antes)?|(?:way\s+)?(?:it\s+was|we\s+had\s+it)(?:\s+before)?)"
)
_PLAN_BEFORE = (
    r"(?:(?:the|la|el|a|o)\s+)?(?:(?:previous|old|original)\s+(?:version|plan|itinerary)|"
    r"(?:version|versao|plan|plano|roteiro|itinerario)\s+(?:anterior|de\s+antes|original))"
    r"|(?:lo|o)\s+(?:anterior|de\s+antes)"
)
_OTHERWISE = (
    r"undo\s+(?:the\s+)?last(?:\s+(?:one|change|thing|step|edit))?"
    r"|(?:revert|reverse|roll\s+back|undo)\s+(?:that|this|the|my|your)\s+(?:last\s+)?"
    r"(?:change|edit)"
    rf"|(?:restore|bring\s+back|go\s+back\s+to|back\s+to|return\s+to|revert\s+to)\s+{_BEFORE}"
    # "bring it back" right after a removal: the stop taken out, restored
    r"|bring\s+(?:it|that|that\s+one|them|those)\s+back"
    r"|(?:vuelve|volve|volvamos|regresa|regresemos|vuelvan|volver|regresar|volta|volte|"
    rf"voltar|voltemos|retorna)\s+(?:(?:a|al|ao|pro|pra|para|para\s+o|pa)\s+)?{_BEFORE}"
    r"|(?:(?:quiero|prefiero|quero|prefiro|dame|me\s+da|devuelve|devolve|i\s+want|give\s+me)\s+)?"
    rf"(?:{_PLAN_BEFORE})"
    r"|echa(?:lo|la|le|los)?\s+(?:(?:para|pa|pal|pra)\s+)?atras"
    r"|cancel(?:a|ar|e|alo|ala)?\s+(?:that|it|this|isso|eso|esto|isto|ese\s+cambio|"
    r"essa\s+mudanca|esa\s+modificacion|essa\s+alteracao|(?:o|lo)\s+que\s+"
    r"(?:eu\s+|te\s+|yo\s+)?(?:pedi|dije|disse|falei))"
    r"|(?:esquece|esqueca|olvida|forget)\s+(?:o|lo|what)\s+(?:que\s+)?(?:eu\s+|te\s+|yo\s+|i\s+)?"
    r"(?:pedi|dije|disse|falei|asked(?:\s+for)?|said)"
    r"|volta|vuelve|volve|regresa|go\s+back"
)
_UNDO_PHRASE = re.compile(
    r"^(?:undo(?:\s+(?:that(?:\s+one)?|that\s+last\s+(?:one|change|thing)|it|this|eso|isso|the\s+last\s+(?:one|change|thing|step)|"
    r"(?:my|your|our)\s+last\s+change))?"
    r"|(?:revert|reverse|roll\s+back|rollback)(?:\s+(?:that|it|this|am|the\s+(?:last\s+)?change|"
    r"everything|it\s+all|that\s+last\s+one))?"
    r"|roll\s+(?:it|that|this|everything|it\s+all)\s+back|back\s+(?:that|it)\s+out"
    # Spanish and Portuguese forms the rewrites leave as said: "revertí eso", "reviértelo",
    # "volvé atrás", "echalo para atras", "volta pra trás", "desfaz aí"
    r"|(?:reverti|revertilo|revertila|revertelo|revierte(?:lo)?|reviertan|revertir(?:lo)?|"
    r"reverta|reverte|reverter|desfaze|desfazer|desfaca|deshace(?:lo)?|deshaze(?:lo)?|"
    r"deshaceme(?:lo)?|deshagalo|deshaz(?:lo)?|desfaz|anula(?:lo)?|anule|anular)"
    r"(?:\s+(?:that|it|this|eso|isso|lo\s+ultimo|o\s+ultimo|"
    # "desfaz essa última mudança", "deshaz el último cambio", "anula la última"
    r"(?:essa|esa|esta|este|esse|a|la|el|o)\s+ultim[ao](?:\s+(?:mudanca|alteracao|cambio|"
    r"modificacion|edicion|coisa|cosa))?))?"
    r"|(?:volve|volvamos|volvemos|vuelve|volver|regresa|regresemos|volta|voltar|voltemos|volte)\s+"
    r"(?:todo\s+|tudo\s+)?(?:para\s+|pa\s+|pra\s+|p\s+)?(?:atras|tras)(?:\s+(?:that|it|eso|isso))?"
    r"|put\s+(?:it|that|them|everything|it\s+all)\s+back"
    r"(?:\s+(?:how|the\s+way|as|like)\s+(?:it|they)\s+(?:was|were)|\s+like\s+before)?"
    r"|(?:change|set)\s+it\s+back|take\s+(?:that|it)\s+back|go\s+back(?:\s+to\s+how\s+it\s+was)?"
    r"|(?:scrap|ditch|bin|cancel|drop|kill)\s+(?:that|the|my)\s+(?:last\s+)?(?:change|edit)"
    r"|(?:scrap|ditch|bin)\s+that\s+last\s+(?:one|thing)"
    r"|(?:i\s+)?want\s+(?:it|that|them|everything)\s+back|(?:lo|la|los|las)\s+quiero\s+"
    r"(?:back|de\s+vuelta)|(?:quero|queria)\s+(?:de\s+volta|como\s+(?:estava|tava))"
    # "cancela lo último", "cancela a última": the last change, said the Iberian way
    r"|cancel(?:a|ar|e)?\s+(?:lo\s+ultimo|o\s+ultimo|a\s+ultima|el\s+ultimo\s+cambio|"
    r"a\s+ultima\s+(?:mudanca|alteracao))"
    # "ponlo como estaba", "déjalo como antes", "volta como tava", "deixa do jeito que era"
    r"|(?:ponlo|ponla|ponelo|ponela|pone|pon|dejalo|dejala|deja|deja\s+todo|vuelve|volve|volvelo|"
    r"vuelvelo|regresalo|regresala|regresa|devuelvelo|devuelve|volta|volte|deixa|deixe|poe|"
    r"bota|coloca)(?:\s+(?:todo|tudo|isso|eso|esto|ele|ela|lo)){0,2}\s+(?:como|do\s+jeito\s+que|"
    r"igual\s+que|tal\s+como)\s+(?:estaba|estava|tava|era|antes|estaban|estavam)"
    r"(?:\s+antes)?"
    r"|take\s+back\s+(?:that|it|the\s+last\s+(?:one|change|thing|step))"
    r"|(?:i\s+)?changed\s+my\s+mind|i\s+(?:didn\s*t|did\s+not|don\s*t)\s+mean\s+(?:that|to(?:\s+do\s+that)?|it)"
    r"|(?:(?:that|this|it)\s+(?:s\s+|is\s+|was\s+)?)?not\s+what\s+i\s+meant|that\s+was\s+(?:a\s+)?(?:mistake|wrong)|scratch\s+that|ctrl\s*\+?\s*z"
    r"|back\s+to\s+(?:how\s+it\s+was|before)"
    # right after a removal, "put it back" said with one verb: "regrésala", "devuélvelo",
    # "tráela de vuelta", "devolve ela", "traz de volta"
    r"|(?:regresa|devuelve|devolve|trae|traz|traga)(?:lo|la|los|las|\s+(?:ele|ela))?"
    r"(?:\s+(?:de\s+vuelta|de\s+volta|de\s+nuevo|a\s+su\s+lugar))?"
    # "undo last", "reverse that change", "restore the previous version", "volta ao anterior",
    # "echa para atrás", "quiero lo de antes", "cancela isso": the last change, said otherwise
    rf"|{_OTHERWISE})(?:\s+(?:there|please|pls|now|already|again|"
    r"antes|before|ai|ahi|aqui|la|ya|(?:to\s+)?(?:like|how|as)\s+(?:it\s+was|before)|"
    r"como\s+(?:estaba|estava|tava|antes)|"
    r"to\s+before))?$",
    re.IGNORECASE,
)

# "… the last thing you did", "… lo último que hiciste", "… o que você fez": who did the
# change says nothing more; "what you just did", "lo que acabas de hacer" is the change itself.
_DONE_BY = re.compile(
    r"\s+(?:que\s+|that\s+)?(?:you|u|we|i|voce|vc|tu|usted|ustedes)?\s*(?:just\s+)?"
    r"(?:did|made|changed|done|hiciste|hice|hicimos|hizo|cambiaste|cambiamos|cambie|fizeste|fez|"
    r"fizemos|fiz|mudou|mudaste|mudamos|mudei)$"
)
# The change undone, named any way: "that last change", "the previous edit", "my most recent
# update", "ur latest one", "this change": "that" to the undo phrases.
_LAST_CHANGE = re.compile(
    r"\b(?:(?:that|this|the|my|your|ur|our)\s+)?(?:very\s+)?(?:(?:last|latest|previous|prior|"
    r"most\s+recent|recent)\s+)?(?:change|edit|update|modification|step|action|one|thing|move)s?$"
    r"|\b(?:that|this|the|my|your|ur|our)\s+(?:very\s+)?(?:last|latest|previous|prior|"
    r"most\s+recent)$"
)
_UNDO_VERB = re.compile(r"^(?:undo|revert|reverse|roll\s+back|rollback)\s+")
_POLITE_END = re.compile(r"(?:\s+(?:please|pls|plz|porfa|por\s+favor|pfv|pf|ya|ja))+$")
_JUST_DONE = re.compile(
    r"\b(?:what\s+(?:you|u|we|i)\s+(?:just\s+)?(?:did|changed|made)|"
    r"lo\s+que\s+(?:acab\w+\s+de\s+(?:hacer|cambiar)|(?:hiciste|cambiaste)(?:\s+recien)?)|"
    r"o\s+que\s+(?:(?:voce|vc|tu)\s+)?(?:acab\w+\s+de\s+(?:fazer|mudar)|(?:fez|fizeste|mudou)))\b"
)


def said_undo(text: str) -> bool:
    """Whether the whole message asks to take the last change back."""
    text = _REPEATED.sub(r"\1", text.replace("'", " ").replace("’", " "))
    text = re.sub(r"\b(didn|don)\s+t\b", r"\1t", text, flags=re.IGNORECASE)
    found = False
    for said in _CLAUSES.split(text):
        clause = _LEADING_FILLER.sub("", untagged(fold(said)) + " ").strip()
        clause = untagged(clause)
        clause = _POLITE_END.sub("", clause)
        clause = _DONE_BY.sub("", _JUST_DONE.sub("that", clause))
        # Only when the whole rest names the change: "revert to the old one" keeps its "one".
        if (verb := _UNDO_VERB.match(clause)) and _LAST_CHANGE.match(clause, verb.end()):
            clause = clause[: verb.end()] + "that"
        if not clause or _FILLER.match(clause):
            continue
        if not _UNDO_PHRASE.match(clause):
            return False
        found = True
    return found

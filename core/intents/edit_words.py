"""Words that say what to do with a stop of the trip, wherever they stand in the message.

"tira ele", "retire-a", "bórralo entonces", "pode tirar", "push it to 8pm", "can it go on
day 5?", and plans given up ("hoy ya no vamos al museo", "hoje não vai dar pro museu", "a gente
desistiu do cemitério", "we'll skip the castle", "mejor sin el mercado"). Read on folded text
(no accents, lower case) or on the rules' grammar. Pure, no I/O.
"""

from __future__ import annotations

import re

REMOVE = re.compile(
    r"\b(?:remov|delet|drop|skip|cancel|ditch|scrap|nix|lose|bin\b|axe\b|take\s+(?:it\s+|that\s+)?"
    r"(?:off|out)|quit[aáe]|sac[aáe]|borr|elimin|tir[aáe]|retir|cort[aáe]|exclu|descart|apag|"
    r"fuera|forget|desist|salt[aáe]|pul[aáe])\w*"
    # Said after the stop ("botero out", "serralves fora", "the wee dram, off") or as "without
    # it" first ("sin el museo botero", "sem a ribeira", "no more calton hill").
    r"|(?<=\w)[\s,]+(?:out|fora|off|gone)\s*[.!]*$|^(?:sin|sem|without|no\s+more)\s+(?=\w)"
)
# A plan given up: nothing to do there any more ("ya no vamos", "não vai dar", "sem o museu").
GIVEN_UP = re.compile(
    r"\b(?:ya\s+no\s+(?:vamos|iremos|vamos\s+a\s+ir|va|da)|no\s+(?:vamos|iremos)\s+(?:a|al|ir)\b|"
    r"no\s+(?:nos\s+)?(?:va|da)\s+(?:a\s+dar|tiempo)|nao\s+(?:vai|vamos)\s+(?:dar|mais|ir|rolar)|"
    r"nao\s+(?:da|rola)\s+(?:mais|pra|pro|para|tempo)|ja\s+nao\s+vamos|"
    r"(?:we\s*(?:ll|will)|let\s*s|gonna)\s+skip|(?:we\s*re|we\s+are)\s+not\s+(?:going|doing)|"
    r"(?:we\s+)?(?:won\s*t|wont|can\s*t|cant)\s+(?:make|go|do)|no\s+longer\s+(?:going|doing)|"
    r"(?:mejor|melhor|better|rather)\s+(?:sin|sem|without)|gave\s+up|give\s+up)\b"
)
# A change of day or time asked of a stop already named ("push it", "can it go on day 5",
# "pode ser às 16h30"): never the words of an add.
CHANGE = re.compile(
    r"\b(?:mov|muev|mud[aáe]|shift|push|bump|reschedul|postpon|delay|pas[aá]|pass[ae]|"
    r"adelant|atras|retras|posterg|adi[ae]|antecip|empurr|cambi)\w*|"
    r"\b(?:can|could)\s+(?:it|we|they|that)\s+(?:go|be|do|happen)\b|"
    r"\b(?:puede|podria|pode|poderia|podemos)\s+(?:ir|ser|ficar|quedar|hacerse|fazer)\b|"
    r"\bque\s+sea\b|\binstead\b|\b(?:en\s+vez|em\s+vez|en\s+lugar|no\s+lugar)\b|"
    r"(?<!\bel\s)(?<!\bla\s)(?<!\blo\s)(?<!\bo\s)(?<!\ba\s)(?<!\bthe\s)"
    r"\b(?:mejor|melhor|better|rather)\b|\bfica(?:r)?\s+(?:pra|para|pro)\b|"
    r"\bquede\s+(?:para|pa|el)\b"
)
# Words that ask for a new place ("add", "agrega", "adiciona"): a stop said with them is added.
ADD = re.compile(r"\b(?:add|agreg|anad|adicion|inclu|insert|sum[ae]\b|acrescent)\w*")
# "bórralo", "remove that", "tira ele", "push it": the verb's own object points back.
POINTED = re.compile(
    r"\b(?:remove|move|delete|drop|cancel|push|skip)\s+(?:it|that|this|them)\b|"
    r"\b(?:tira|retira|remove|apaga|cancela)\s+(?:ele|ela|isso)\b"
)


# A stop said by its place in a day: "the last thing on day 3", "lo último del día 2".
POSITION = re.compile(
    r"\b(?:(?P<first>first|1st|primer[oa]?|primeir[oa])|(?P<second>second|2nd|segund[oa])|"
    r"(?P<third>third|3rd|tercer[oa]?|terceir[oa])|(?P<last>last|final|ultim[oa]))\s*"
    r"(?:thing|stop|item|activity|place|one|cosa|actividad|parada|lugar|coisa|atividade|"
    r"visit|visita|plan|programa)?\b(?!\s*(?:day|dia)\b)"
)


# Articles before what a request names.
ARTICLE = re.compile(r"^(?:the|el|la|lo|los|las|o|a|os|as)\s+")


# A new place of a kind ("another bar", "un mercado"), not the trip's.
INDEFINITE = re.compile(
    r"\b(?:another|some|any|un|una|otro|otra|algun|alguna|um|uma|outro|outra|an)\b"
)


# "another day", "outro dia": a time, not a place.
OTHER_TIME = re.compile(
    r"\b(?:another|otro|otra|outro|outra)\s+(?:day|dia|time|hora|vez|momento)\b"
)

"""Small multilingual lexicons for typed replies to cards and options (en, es, pt).

Closed classes only: the words that go around a choice in chat ("quero", "esse", "then"),
the nouns that point at an option ("opción", "number"), the words that turn every option
down ("none", "nenhum", "ninguno"). A reply made only of these plus one position or one
attribute is a choice; any other word makes it something else (a new request).
"""

from __future__ import annotations

import re

from core.text import fold


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(word) for word in words.split())


# Said around a choice and adding nothing to it: articles, demonstratives, pronouns, verbs of
# choosing and adding, discourse particles, politeness. Never a noun of time, people or place.
CHAT_FILLER = _folded(
    """
    i ill im id ive we well lets let us me my it its is be will would should could can
    like want wanna gonna take pick choose chose select go going with for do have get give
    the a an one ones this that these those there here then so now just guess think maybe
    probably actually really ok okay oh ah hmm hm um uh well yeah yes yep yup sure alright
    cool nice great good fine perfect works sounds looks please pls plz thanks thank you thx
    ty prefer rather add put make how about what ir al pro pra para bora
    el la lo los las un una uno unos unas ese esa eso este esta esto esos esas aquel aquella
    ahi alli aca aqui quiero quisiera queria me quedo quedamos elijo escojo escogemos prefiero
    preferimos voy vamos dame deme danos pon ponme pone agrega agregame anade anademe tomo
    tomamos agarro mejor dale va pues bueno entonces vale si sea creo tal vez igual porfa
    favor por gracias mil de del que con nomas mas bien ya
    o os as um uma uns umas esse essa isso aquele aquela ai ali aqui la quero queria queremos
    fico ficamos com escolho escolhemos prefiro vou vai bota coloca poe adiciona pega pegar
    pode ser acho entao beleza blz bom boa obrigado obrigada valeu vlw pfv pf mesmo sim no na
    e eh tipo se faz
    gimme lemme imma gotta wanna
    """
)
# In a question these make it about the option, not a pick of it ("what is the first one?").
ASKING = _folded("is are was does es esta está tiene tem é fica queda")
# Nouns that point at an option by its number: "option 2", "la opción 2", "card #3".
POINTERS = _folded("option options number num no card choice opcion opcao numero nro nr n")
# A number right after one of these is a time or a count, never an option ("a las 2").
NOT_AFTER = _folded("at around by until till las as às a to from desde ate hasta para pra")
# Words that turn a position or an attribute around: "not the first", "el que no es caro".
NEGATORS = _folded("not no nao sin sem without isnt arent nor tampoco nem ni except menos")

# Said to turn every card down: at least one of these …
DISMISS_KEYS = _folded(
    """
    none neither nothing nope nah no skip pass forget nevermind nvm cancel nada ninguno
    ninguna ningun nenhum nenhuma paso olvidalo olvida olvidate dejalo deja esquece esqueca
    deixa cancela cancelar tampoco nem ni later depois luego despues dont not nao
    """
)
# … and nothing but these around them ("nenhum desses, deixa pra lá", "ninguno me convence").
DISMISS_FILLER = _folded(
    """
    of these those them this that it any one ones options option cards card thanks thank you
    please i im dont do not like want need ok okay actually then right now for fine good is
    are s looks really all mind never just maybe rather we ll will it thats ill about interested
    interesa interessa hmm hm uh um eh ah oh tbh honestly sorry sinceramente perdon desculpa
    de estos estas esos esas esto eso ellos ellas me nos convence convencen gusta gustan
    gracias mejor asi por ahora la lo las los el mas quiero queremos opciones opcion ya
    todos todas bien esta
    desses dessas destes destas deles delas isso esse essa pra para gostei gosto curti
    obrigado obrigada valeu agora entao quero queremos opcoes opcao vlw pfv tks todos todas
    tudo mais bem ta esta o a os as e
    """
)

# "no, the second", "não, a primeira", "nah, the vegan one": a correction in front of a pick,
# not a negation of it.
CORRECTION = re.compile(r"^\s*(?:no+|nope|nah|n[aã]o|not that|nem)\s*[,.;:!—–-]+", re.IGNORECASE)

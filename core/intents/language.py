"""Which language a traveler's message is written in: English, Spanish or Portuguese.

Travel chat messages are short ("deshacer", "o que tem no dia 1?"), where statistical
detectors guess poorly; the words that tell these three languages apart in this domain are
few and known, so we count them. A message with no telling word ("2", "Sushi Zen", "ok")
has no language: the conversation's language stays as it was.
"""

from __future__ import annotations

import re

from core.intents.chat_language import TELLING, ending_language
from core.intents.place_words import TRANSLATIONS
from core.text import fold

# Words that belong to one of the three languages only (folded: no accents, lowercase).
_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the and add remove delete move replace swap change show what whats where when why
        how is are was it this that these those my our your to on at for with from in of
        please thanks thank you yes yeah yep nope day days tomorrow today tonight morning
        afternoon evening night dinner lunch breakfast place restaurant trip plan itinerary
        book table people want would like can could should undo help hi hello bye near cheap
        something some get find go visit put make more less first second last one two three
        weather cost share export calendar about tell us we im id lets let does need
        visa clear empty wipe monday tuesday wednesday thursday friday saturday sunday
        gonna wanna gotta pls thx nah skip mate kinda lemme any open now
        whys hows wheres whos out such big deal good too""".split()
    ),
    "es": frozenset(
        """el la los las del al un una unos unas y que qué hay dia dias manana tarde noche
        agrega agregar agregame anade anadir quita quitar elimina eliminar borra borrar saca
        mueve mover cambia cambiar reemplaza reemplazar pon ponme quiero quisiera queremos
        gustaria muestrame muestra deshacer deshaz gracias hola buenas si vale dale claro
        cena almuerzo desayuno comida cenar almorzar restaurante lugar sitio playa museo
        templo iglesia por favor porfa para con mi mis tu es esta esto eso donde cuando
        cual cuanto cuesta viaje itinerario reserva reservar mesa personas somos segundo
        primero ultimo tercero ayuda busca buscame necesito puedes podrias clima tiempo
        seguro eventos bueno barato caro abierto ahora tambien luego despues hoy
        vacia limpia planea planifica arma semana fin finde ninos quedar quedarnos quedamos hazlo
        algun puedes esto mejor ese esa quitalo muy cargado chao chau adios dos nos
        tenemos tengo tienes tiene cierra cierran abren hasta caliente diciembre enero febrero
        marzo junio julio septiembre octubre noviembre lunes martes miercoles jueves viernes
        pa pal onda chevere bacano parce parcero guey orale neta chido nosotros ustedes usted
        alla aqui mucho poco pero despues entonces bien hacer voy vas podemos puedo llueve
        lluvia abrigo chaqueta frio horario cuanto cuantos cuantas hace tan oye mira ahi
        vamonos nel simon porfis ayer otra otro conocer vuelve equivoque uy mola gratis
        calificado calificada calificacion puntuacion puntaje resenas valoracion
        aupa quillo miarma plebe guaje culiado illo pisha chele acho chacho grasia
        fijate sino""".split()
    ),
    "pt": frozenset(
        """o os do da das na nas dos nos um uma uns umas e que tem ha dia dias amanha manha
        tarde noite adiciona adicionar adicione coloca coloque bota tira tirar remove remover
        apaga muda mudar troca trocar substitui quero queria queremos gostaria mostra mostre
        desfazer desfaz obrigado obrigada valeu oi ola sim nao beleza jantar almoco cafe
        restaurante lugar praia museu igreja por favor para pra pro com meu minha voce vc
        e esta isso onde quando qual quanto custa viagem roteiro reserva reservar mesa
        pessoas somos segundo primeiro ultimo terceiro ajuda procura preciso pode poderia
        clima tempo seguro eventos bom barato caro aberto agora tambem depois hoje limpa
        planeja planejar monta semana fim criancas aqui ai legal ta tudo volta desfaz
        num numa pra pro qual joga poe põe ficar muito isso esse essa melhor voce pode tchau
        xau fala fecha livraria conhecem algum alguma daqui faca passeio pelo pela arranja
        preferencia peixe almocar voces gente ne cade sao entao coisa ja ate fazer
        vai vou fui gosto gostei adorei bacana demais quarta terca feira
        dezembro janeiro fevereiro marco maio junho julho setembro outubro novembro casaco
        chuva horario quantos quantas faz tao olha ontem outra outro conhecer pfv blz vlw oxe
        visse tche bah hj oq mt mto msm tbm comida vegana vegano cobra entrada grelhado
        peixe miudos criancas brincarem sitio simpatico fixe mesmo bem bue malta porreiro
        gajo giro beijinhos obrigadao mais""".split()
    ),
}
# Slang for yes and no, thanks, praise, hellos and goodbyes ("grax", "fechou", "chur") tell too.
_MARKERS = {language: words | TELLING[language] for language, words in _MARKERS.items()}
# Everyday words of a language that another language's list holds as its marker: "move" and
# "vale" are Portuguese too ("move a Victoria Street", "vale a pena?"), "gente", "comida" and
# "da" Spanish too ("la gente", "me da igual"), "do" and "no" English too ("do", "Sanjusangen-do").
# A message made of these is as much this language as the other: it tells neither.
_ALSO_SAID: dict[str, frozenset[str]] = {
    "en": frozenset("do no ha pro legal cafe ate".split()),
    "es": frozenset(
        """ha da monta fecha cobra entrada simpatico vegana
        vegano comida cafe legal fui giro marco gente preferencia plan visa preciso"""
        .split()
    ),
    "pt": frozenset("move vale claro tu podemos gratis frio finde plan visa".split()),
}
# Every word that tells one of the three languages: a word a traveler means as typed.
MARKER_WORDS = frozenset().union(*_MARKERS.values())
# Each language's words, its markers and the everyday words it shares with the others.
_WORDS = {language: words | _ALSO_SAID[language] for language, words in _MARKERS.items()}
# Words Spanish and Portuguese share: they say "not English" but not which of the two.
_IBERIAN = (_WORDS["es"] & _WORDS["pt"]) - _WORDS["en"]
# A word two languages share ("remove" is English and Portuguese) tells neither.
_ONLY = {
    language: words - set().union(*(other for name, other in _WORDS.items() if name != language))
    for language, words in _MARKERS.items()
}
_SHORT_FOREIGN = frozenset({"si", "sim", "nao", "no"})


# A name as typed: capitalized words, maybe joined by the particles names carry ("Tasca do
# Cais", "Museo del Oro", "Casa da Música"). Its particles are the name's, not the message's.
_NAME = re.compile(
    r"(?<![.!?]\s)(?<!^)\b[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]*"
    r"(?:\s+(?:(?:da|de|do|das|dos|del|la|las|los|e|y)\s+)?[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’-]*)+"
)


# Spelling that tells Portuguese from Spanish where the folded words don't ("és" is "you
# are" in Portugal, "es" is Spanish; "pá" is Portugal's "mate", "pa" Spanish "para").
_PORTUGUESE_LETTERS = re.compile(r"[ãõçêôâà]")
_PORTUGUESE_ACCENTED = frozenset(
    "é és pá já lá cá só até você vocês avó avô três né pô tá ó nós sítio ótimo ótima pé".split()
)
_SPANISH_ACCENTED = frozenset(
    """día días qué cómo cuándo dónde cuál cuánto cuánta cuántos quién sí más aquí allí allá
    también después él tú mañana miércoles""".split()
)
# "quedó", "pasó", "opción", "ubicación": Spanish endings (Portuguese writes -ou, -ção)
_SPANISH_ENDING = re.compile(r"\w{2,}(?:ó|[cs]ión|ión)$")
# "resérvame", "quítalo", "cámbiala": an accented verb with its pronoun joined on is Spanish
# (Portuguese joins it with a hyphen: "reserve-me", "tira-o")
_SPANISH_ENCLITIC = re.compile(r"\w{2,}[áéíóú]\w+(?:me|nos|lo|los|la|las|le|les)$")


def _accent_language(word: str) -> str | None:
    """'pt' or 'es' when a typed word's accents belong to one of them only."""
    word = word.strip(".,;:!?¡¿()\"'«»")
    if "ñ" in word or word in _SPANISH_ACCENTED or _SPANISH_ENDING.match(word):
        return "es"
    if _PORTUGUESE_LETTERS.search(word) or word in _PORTUGUESE_ACCENTED:
        return "pt"
    return "es" if _SPANISH_ENCLITIC.match(word) else None


def detect_language(text: str) -> str | None:
    """'en', 'es' or 'pt' when the message tells, else None.

    Place names typed with capitals are left out first: "reemplaza Tasca do Cais x Bifana do
    Bolhão" is Spanish, whatever the names' "do" says. When only names are left, they count.
    A name typed in lower case keeps its particles too: the "de la" of "subir no convento de la
    popa" is the place's and tells nothing of the traveler (with no other telling word: None,
    the conversation's language stays).
    """
    told = language_scores(text)
    if told is None:
        return None
    scores, iberian = told
    if iberian and scores["es"] == scores["pt"] and scores["es"] > 0:
        return None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, runner_up) = ranked[0], ranked[1]
    if top in {0, runner_up}:
        return None
    return best


def language_scores(text: str) -> tuple[dict[str, int], int] | None:
    """How many words of `text` tell each language, and how many say Iberian only.

    The second count is of words Spanish and Portuguese share (they tell neither); None when
    no word tells anything. Names are left out as in detect_language.
    """
    unnamed = _NAME.sub(" ", text)
    if not fold(unnamed).split():
        unnamed = text
    scores = dict.fromkeys(_ONLY, 0)
    words = []
    typed_words = unnamed.split()
    for index, typed in enumerate(typed_words):
        # a capitalized word inside the message is a name's ("… de la Inquisición",
        # "remove Sanjusangen-do"): its accents and words are the name's language, not the
        # traveler's, unless the message is written in capitals
        named = index > 0 and typed[:1].isupper() and not typed.isupper()
        if named and any(not w[:1].isupper() for w in typed_words[1:]):
            continue
        if not named and (accent := _accent_language(typed.lower())) is not None:
            scores[accent] += 1  # "és", "pá", "não" / "día", "qué", "mañana": spelled as one
        else:
            words.extend(fold(typed).split())
    if not words and not any(scores.values()):
        return None
    for language, only in _ONLY.items():
        # a name's "de la" / "del" ("subir no convento de la popa") tells nothing of the traveler
        scores[language] += sum(w in only for w in words) - _particles(words, only)
        # "bacanísimo", "obrigadinho" typed without accents: the ending tells
        scores[language] += sum(ending_language(w) == language for w in words if w not in only)
    return scores, sum(w in _IBERIAN for w in words)


# Words naming a kind of place in Spanish or Portuguese ("convento", "museo", "praia").
PLACE_KIND_WORDS = frozenset(TRANSLATIONS)
# The particles of a name ("convento de la popa", "museo del oro", "casa dos contos").
_PARTICLES = frozenset({"la", "las", "los", "del", "da", "das", "dos", "do"})


def _particles(words: list[str], only: frozenset[str]) -> int:
    """How many of `words` telling a language are a name's particles.

    "del" between two words ("la casona del ajiaco"), "de la" right after a kind of place
    ("convento de la popa"), not after a verb ("cuéntame de la livraria").
    """
    return sum(
        word in only and word in _PARTICLES and _after_a_kind(words, index)
        for index, word in enumerate(words)
    )


def _after_a_kind(words: list[str], index: int) -> bool:
    """Whether words[index] is "del" inside a phrase, or follows "<kind of place> de"."""
    if words[index] == "del":
        return index > 0  # "casona del ajiaco", "museo del oro": inside a name
    return index > 1 and words[index - 1] == "de" and words[index - 2] in PLACE_KIND_WORDS


# English words said the world over in any language's chat ("yes", "ok", "sure"): alone, they
# answer a question without switching the conversation to English.
_LOANWORDS = frozenset(
    """yes yeah yep yup ya yea ok okay okey k kk oki okie sure cool nice great perfect top thanks
    thx ty pls plz please done go lol kkk kkkk rs rsrs haha hahaha no nope nah""".split()
)


def said_in_loanwords(text: str) -> bool:
    """True when a short message is only such words ("yes", "ok ok", "yes pls").

    It tells no language of its own.
    """
    words = [w for w in fold(text).replace("!", " ").replace(".", " ").split() if w]
    return 0 < len(words) <= 3 and all(w.strip(",?") in _LOANWORDS for w in words)

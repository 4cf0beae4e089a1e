"""The verb forms travelers really type, respelled into the ones the phrase tables know.

Run on a message before its language is told and before the phrase rewrites
(core.intents.spanish / portuguese / english), so that every table reads one form per verb:

- Spanish imperatives with enclitic pronouns, voseo, vosotros and accents ("metele", "poné",
  "sacalo", "contame", "quitámelo", "pasadla") → the tú imperative ("mete", "pon", "saca eso",
  "cuéntame"). An object clitic (lo, la, los, las) becomes "eso", which the Spanish table
  reads as "it"; a dative one (me, le, nos…) says nothing about the trip and goes, unless the
  verb needs it ("cuéntame").
  A request asked in the present ("¿me lo pasas al 3?", "me agregás un bar") or said with
  usted ("agrégueme", "quite la cena", "pónganlo") is the same, and so is a wish said with the
  verb ("quiero quitarlo", "queremos cambiar la cena").
- Portuguese enclisis and colloquial objects ("coloca-o", "tirá-la", "passa ele") → the
  imperative and "isso"; an infinitive said as a request ("pôr o museu no dia 2", "quero tirar
  o museu") → the imperative.
- A misspelled command verb where a verb goes, at the start of a clause ("remvoe", "elimna",
  "adicone") → the verb, when one verb is clearly meant (core.intents.verb_typos).

Every form is derived by rule from one list of base verbs per language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.intents.language import detect_language
from core.intents.lexicon import loose
from core.intents.verb_typos import VerbSpeller
from core.text import fold


@dataclass(frozen=True)
class SpanishVerb:
    """A Spanish command verb: its infinitive, its tú imperative, whether "me" is its meaning."""

    infinitive: str
    imperative: str
    keeps_dative: bool = False  # "cuéntame" tells, "cuenta" counts
    formal: str = ""  # the usted imperative when no rule makes it ("ponga", "haga")

    @property
    def usted(self) -> str:
        """The usted imperative, folded: "agregue", "saque", "mueva", "cuente", "ponga"."""
        if self.formal:
            return fold(self.formal)
        stem = fold(self.imperative)[:-1]  # the tú imperative has the stem change: "muev"
        if not self.infinitive.endswith("ar"):
            return stem + "a"
        for ending, spelled in (("c", "qu"), ("g", "gu"), ("z", "c")):
            if stem.endswith(ending):
                return stem[: -len(ending)] + spelled + "e"
        return stem + "e"


_SPANISH = (
    SpanishVerb("agregar", "agrega"),
    SpanishVerb("añadir", "añade"),
    SpanishVerb("meter", "mete"),
    SpanishVerb("sumar", "suma"),
    SpanishVerb("poner", "pon", formal="ponga"),
    SpanishVerb("incluir", "incluye"),
    SpanishVerb("anotar", "anota"),
    SpanishVerb("apuntar", "apunta"),
    SpanishVerb("agendar", "agenda"),
    SpanishVerb("buscar", "busca"),
    SpanishVerb("encontrar", "encuentra"),
    SpanishVerb("recomendar", "recomienda"),
    SpanishVerb("quitar", "quita"),
    SpanishVerb("sacar", "saca"),
    SpanishVerb("borrar", "borra"),
    SpanishVerb("eliminar", "elimina"),
    SpanishVerb("cancelar", "cancela"),
    SpanishVerb("mover", "mueve"),
    SpanishVerb("pasar", "pasa"),
    SpanishVerb("correr", "corre"),
    SpanishVerb("atrasar", "atrasa"),
    SpanishVerb("retrasar", "retrasa"),
    SpanishVerb("adelantar", "adelanta"),
    SpanishVerb("cambiar", "cambia"),
    SpanishVerb("reemplazar", "reemplaza"),
    SpanishVerb("reservar", "reserva"),
    SpanishVerb("llenar", "llena"),
    SpanishVerb("rellenar", "rellena"),
    SpanishVerb("completar", "completa"),
    SpanishVerb("vaciar", "vacía"),
    SpanishVerb("limpiar", "limpia"),
    SpanishVerb("planear", "planea"),
    SpanishVerb("organizar", "organiza"),
    SpanishVerb("armar", "arma"),
    SpanishVerb("hacer", "haz", keeps_dative=True, formal="haga"),
    SpanishVerb("deshacer", "deshaz", formal="deshaga"),
    SpanishVerb("contar", "cuenta", keeps_dative=True),
    SpanishVerb("decir", "di", keeps_dative=True, formal="diga"),
    SpanishVerb("hablar", "habla", keeps_dative=True),
    SpanishVerb("mostrar", "muestra", keeps_dative=True),
    SpanishVerb("enseñar", "enseña", keeps_dative=True),
)
# No "te": "ponte", "quítate" speak of oneself (and "Ponte Luís I" is a bridge).
_DATIVES = ("", "me", "le", "les", "nos", "se")
_OBJECTS = ("", "lo", "la", "los", "las")
_ES_OBJECT = "eso"  # the Spanish table reads it as "that", one of the grammar's "it"s

# Portuguese: (infinitive, imperative as said in Brazil and Portugal, formal imperative).
_PORTUGUESE = (
    ("adicionar", "adiciona", "adicione"),
    ("acrescentar", "acrescenta", "acrescente"),
    ("colocar", "coloca", "coloque"),
    ("botar", "bota", "bote"),
    ("pôr", "põe", "ponha"),
    ("meter", "mete", "meta"),
    ("incluir", "inclui", "inclua"),
    ("marcar", "marca", "marque"),
    ("agendar", "agenda", "agende"),
    ("encaixar", "encaixa", "encaixe"),
    ("procurar", "procura", "procure"),
    ("tirar", "tira", "tire"),
    ("remover", "remove", "remova"),
    ("apagar", "apaga", "apague"),
    ("excluir", "exclui", "exclua"),
    ("deletar", "deleta", "delete"),
    ("cancelar", "cancela", "cancele"),
    ("mover", "move", "mova"),
    ("passar", "passa", "passe"),
    ("jogar", "joga", "jogue"),
    ("empurrar", "empurra", "empurre"),
    ("adiantar", "adianta", "adiante"),
    ("atrasar", "atrasa", "atrase"),
    ("mudar", "muda", "mude"),
    ("trocar", "troca", "troque"),
    ("substituir", "substitui", "substitua"),
    ("reservar", "reserva", "reserve"),
    ("mostrar", "mostra", "mostre"),
    ("limpar", "limpa", "limpe"),
    ("desfazer", "desfaz", "desfaça"),
    ("planejar", "planeja", "planeje"),
)
_PT_OBJECT = "isso"  # the Portuguese table reads it as "that"
# The infinitives of the command verbs (core.intents.spoken_portuguese reads them said without -r).
PORTUGUESE_INFINITIVES = frozenset(infinitive for infinitive, _, _ in _PORTUGUESE)

_ENGLISH = (
    "remove delete move replace swap change show book undo clear cancel reschedule schedule "
    "include insert switch reserve search postpone"
).split()


def _accented(word: str) -> str:
    """'pone' → 'poné': the voseo stress on the last vowel."""
    marks = {"a": "á", "e": "é", "i": "í"}
    return word[:-1] + marks.get(word[-1], word[-1])


def _spanish_forms() -> dict[str, str]:
    """Every folded Spanish form with a clitic (and every accented voseo) → its respelling."""
    forms: dict[str, str] = {}
    for verb in _SPANISH:
        voseo = verb.infinitive[:-1]  # "agregar" → "agrega", "poner" → "pone", "decir" → "deci"
        # … and the vosotros imperative, only with a clitic ("pasadla", "ponedlo", "quitadme")
        stems = (
            fold(verb.imperative),
            fold(voseo),
            verb.usted,
            verb.usted + "n",
            fold(voseo) + "d",
        )
        for stem in stems:
            for dative in _DATIVES:
                for obj in _OBJECTS:
                    if not dative and not obj:
                        continue
                    kept = dative if verb.keeps_dative and dative in {"me", "nos"} else ""
                    said = verb.imperative + kept
                    forms[stem + dative + obj] = f"{said} {_ES_OBJECT}" if obj else said
        if not voseo.endswith("i") and len(voseo) >= 4:
            # "agregá", "poné", "mové": only with the accent ("move" is English, "pone" says
            # he puts); "-í" would read as a past tense ("añadí").
            forms[_accented(voseo)] = verb.imperative
    return forms


def _spanish_infinitives() -> dict[str, str]:
    """Infinitives, with their clitics ("quitarlo", "agregarle"), → the respelled imperative."""
    forms: dict[str, str] = {}
    # "quiero decir" is "I mean"; "quiero hablar con un guía" the table reads as it is.
    for verb in (v for v in _SPANISH if v.infinitive not in {"decir", "hablar", "contar"}):
        for dative in _DATIVES:
            for obj in _OBJECTS:
                kept = dative if verb.keeps_dative and dative in {"me", "nos"} else ""
                said = verb.imperative + kept
                forms[fold(verb.infinitive) + dative + obj] = (
                    f"{said} {_ES_OBJECT}" if obj else said
                )
    return forms


def _spanish_formal() -> dict[str, str]:
    """The usted and ustedes imperatives said alone ("quite la cena", "agreguen un bar")."""
    return {
        form: verb.imperative
        for verb in _SPANISH
        # … and "let's": "cambiemos la cena", "pongamos un bar", "movamos la Sé"
        for form in (verb.usted, verb.usted + "n", verb.usted + "mos", _lets(verb.infinitive))
        if form != fold(verb.imperative)
    }


def _lets(infinitive: str) -> str:
    """The "let's" form from the stem: "mover" → "movamos", "recomendar" → "recomendemos"."""
    stem = fold(infinitive)[:-2]
    return stem + ("emos" if fold(infinitive).endswith("ar") else "amos")


def _spanish_presents() -> dict[str, SpanishVerb]:
    """The present tense said to the bot as a request ("me pasas…", "me agregás…") → its verb."""
    presents: dict[str, SpanishVerb] = {}
    for verb in _SPANISH:
        presents[fold(verb.imperative) + "s"] = verb  # "agregas", "mueves", "muestras"
        presents[fold(verb.infinitive[:-1]) + "s"] = verb  # "pones", "haces", "movés"
    return presents


def _portuguese_forms() -> tuple[dict[str, str], dict[str, str]]:
    """Verb parts of an enclisis ("coloca", "colocá", "pô") → the imperative; infinitives."""
    verbs: dict[str, str] = {}
    infinitives: dict[str, str] = {}
    for infinitive, imperative, formal in _PORTUGUESE:
        folded = fold(infinitive)
        verbs[fold(imperative)] = verbs[fold(formal)] = imperative
        verbs[folded[:-1]] = imperative  # "colocá-lo", "pô-lo", "fazê-lo": the -r goes
        infinitives[folded] = imperative
    return verbs, infinitives


_ES_FORMS = _spanish_forms()
_ES_PRESENTS = _spanish_presents()
_ES_FORMAL = _spanish_formal()
_ES_INFINITIVES = _spanish_infinitives()
# "quiero quitar el museo", "queremos cambiarla por sushi", "quero tirar o museu", "gostaria de
# mudar o jantar": a wish said with a command verb is that command (a wish to see, go or
# visit stays a wish: the tables read it as adding the place).
_WISH_TO = loose(
    r"\b(?:quiero|queremos|quisiera|quisieramos|necesito|necesitamos|(?:me|nos)\s+gustaria|"
    r"tengo\s+que|tenemos\s+que|hay\s+que|quero|queria|queriamos|gostaria\s+de|"
    r"gostariamos\s+de|preciso|precisamos|tenho\s+que|temos\s+que|tem\s+que|"
    r"vamos\s+a|vamo\s+a|bora|vamos)\s+"
    r"(?P<verb>[^\W\d_]+(?:-[^\W\d_]+)?)"
)
# "¿me pasas el museo al día 3?", "nos lo cambiás por algo vegano": a request asked as a
# question, with the pronoun before the verb.
_ES_PROCLISIS = re.compile(
    r"\b(?P<dative>me|nos|le|les)\s+(?:(?P<obj>lo|la|los|las)\s+)?(?P<verb>[^\W\d_]+)",
    re.IGNORECASE,
)


def _as_request(match: re.Match[str]) -> str:
    """'me lo pasas' → 'pasa eso'; 'me cuentas' → 'cuentame'; anything else as said."""
    verb = _ES_PRESENTS.get(fold(match["verb"]))
    if verb is None:
        return match.group()
    dative = match["dative"].lower()
    said = verb.imperative + (dative if verb.keeps_dative and dative in {"me", "nos"} else "")
    return f"{said} {_ES_OBJECT}" if match["obj"] else said


_PT_VERBS, _PT_INFINITIVES = _portuguese_forms()

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_PT_ENCLISIS = re.compile(
    r"^(?P<verb>[^\W\d_]+)-(?P<pronoun>o|a|os|as|lo|la|los|las|no|na|nos|nas|me|lhe|lhes)$"
)
# "passa ele": one thing; "troca eles" (them, the days) the tables read as they are.
_PT_OBJECTS = frozenset({"ele", "ela"})
# Words a clause may open with before its verb ("pls remvoe", "can u delte", "porfa elimna").
_LEADS = frozenset(
    """please pls plz can could would you u and then also now just ok okay so hey hi oh
    we i lets let us wanna need y e luego despues ahora porfa por favor puedes podes podrias
    me nos quiero queremos necesito pode voce vc quero queria agora depois entao tambien
    tambem ai""".split()
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\s[-–—]\s")


# Each command verb a misspelling may stand for → the verb it means (an infinitive, its
# imperative: "borar" is "borra" or "borrar", either way one verb).
_SENSE: dict[str, str] = {fold(w): fold(w) for w in _ENGLISH}
# Words a request leans on besides its verb, slipped the same way ("bookign", "3 peopel")
_SENSE |= {w: w for w in ("booking", "people", "tomorrow")}
_SENSE |= {fold(v.infinitive): fold(v.imperative) for v in _SPANISH}
_SENSE |= {fold(v.imperative): fold(v.imperative) for v in _SPANISH if len(v.imperative) >= 4}
_SENSE |= {fold(w): fold(triple[1]) for triple in _PORTUGUESE for w in triple}
_SPELLER = VerbSpeller(
    _SENSE,
    known=(
        frozenset(_ES_FORMS)
        | frozenset(_ES_FORMAL)
        | frozenset(_ES_PRESENTS)
        | frozenset(_PT_VERBS)
        | frozenset(fold(w) for w in _LEADS)
    ),
)


def corrected_verb(word: str) -> str | None:
    """The en/es/pt command verb a misspelled word stands for ("remvoe" → "remove"), or None."""
    return _SPELLER.corrected(word)


def _wished_command(match: re.Match[str], portuguese: bool) -> str:
    """'quiero quitarlo' → 'quita eso', 'quero tirar' → 'tira'; any other wish as said."""
    verb = match["verb"]
    folded = fold(verb)
    spanish = _ES_INFINITIVES.get(folded)
    enclisis = _PT_ENCLISIS.match(verb.lower())
    if enclisis and fold(enclisis["verb"]) in _PT_VERBS:
        return _respelled_word(verb, False, None, False)  # "quero tirá-lo"
    ported = _PT_INFINITIVES.get(folded)
    said = (ported or spanish) if portuguese else (spanish or ported)
    return said if said is not None else match.group()


def _respelled_word(word: str, at_start: bool, previous: str | None, spanish: bool) -> str:
    """One word as the tables know it."""
    lower = unicodedata.normalize("NFC", word.lower())
    folded = fold(word)
    if (enclisis := _PT_ENCLISIS.match(lower)) and (verb := _PT_VERBS.get(fold(enclisis["verb"]))):
        # "reserva-nos uma mesa": for us; after a nasal ("põe-nos", "tiram-nos") "nos" is them
        us = enclisis["pronoun"] == "nos" and not fold(enclisis["verb"]).endswith(("m", "oe", "ao"))
        dative = us or enclisis["pronoun"] in {"me", "lhe", "lhes"}
        return verb if dative else f"{verb} {_PT_OBJECT}"  # "coloca-o", "tirá-la", "pô-lo"
    if lower in _ES_FORMS:
        return _ES_FORMS[lower]  # "poné", "agregá"
    named = word[:1].isupper() and not at_start  # "… the Sácala Gallery": a name
    if "-" not in word and folded in _ES_FORMS and folded not in _PT_VERBS and not named:
        return _ES_FORMS[folded]  # "metele", "sácalo", "contame", "quitámelo"
    if folded in _PT_OBJECTS and previous is not None and previous in _PT_VERBS:
        return _PT_OBJECT  # "passa ele pro dia 1", "tira ela"
    if (
        at_start
        and folded in _PT_INFINITIVES
        and (folded != "por" or lower == "pôr")
        and not spanish  # "mostrar", "reservar" are Spanish infinitives too
    ):
        return _PT_INFINITIVES[folded]  # "colocar o museu no dia 2", "pôr a praia"
    if at_start and spanish and folded in _ES_FORMAL:
        # Only where a verb goes in a Spanish message: "quite", "reserve", "complete" are
        # English words too, and "adelante", "meta" Spanish nouns elsewhere.
        return _ES_FORMAL[folded]
    if at_start and (verb := corrected_verb(word)) is not None:
        return verb
    return word


_PT_POR = re.compile(r"(?:^|(?<=[,;.!?]\s))por(?=\s+(?:o|a|os|as|um|uma|ele|ela)\s)", re.IGNORECASE)
# "tira essa, mudei de ideia", "põe aquele pras 13h": a demonstrative right after the verb,
# with no noun after it, is the thing itself.
_PT_DEMONSTRATIVE = loose(
    r"\b(?P<verb>"
    + "|".join(sorted((verb for verb in _PT_VERBS if len(verb) >= 3), key=len, reverse=True))
    + r")\s+(?:essa|esse|esta|este|aquela|aquele)(?:\s+ai)?"
    r"(?=\s*(?:$|[,;.!?]|(?:pra|pro|para|pras|pros|no|na|do|da|de|as|ao|em|amanha|hoje|hj|"
    r"agora|tambem|tb|tbm|\d)\b))"
)


def respell(text: str) -> str:
    """The message with its verb forms and shorthand as the phrase tables know them.

    Args:
        text: a normalized message (core.intents.parse.normalize).

    Returns:
        The message with each verb form respelled; words that are no verb form stay as typed.
    """
    text = _PT_POR.sub("põe", text)  # "por o X no dia 2": a preposition never takes "o"
    language = detect_language(text)
    spanish = language == "es"
    text = _WISH_TO.sub(lambda m: _wished_command(m, language == "pt"), text)
    # "lo"/"la" before a verb is Spanish whatever else the message holds ("vegano", "nos").
    text = _ES_PROCLISIS.sub(
        lambda m: _as_request(m) if language != "pt" or m["obj"] else m.group(), text
    )
    if not spanish:
        text = _PT_DEMONSTRATIVE.sub(lambda m: f"{m['verb']} {_PT_OBJECT}", text)
    out: list[str] = []
    position = 0
    at_start = True
    previous: str | None = None
    for match in _WORD.finditer(text):
        between = text[position : match.start()]
        if _CLAUSE_BREAK.search(between):
            at_start = True
        out.append(between)
        word = match.group()
        respelled = _respelled_word(word, at_start, previous, spanish)
        out.append(respelled)
        folded = fold(word)
        previous = fold(respelled.split()[0]) if respelled != word else folded
        at_start = (at_start and folded in _LEADS) or folded in {"and", "y", "e", "then"}
        position = match.end()
    out.append(text[position:])
    return "".join(out)

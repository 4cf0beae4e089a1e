"""Echoes of the traveler's words in es/pt answers are the words they typed (core.echo)."""

from __future__ import annotations

import datetime as dt
import importlib
import re

import pytest

from core.echo import as_typed, echoed, typed_by_traveler
from core.intents.parse import parse
from core.messages import msg, use_locale
from core.text import fold

# English words a rewrite brings into the rules' grammar; none may reach an es/pt echo
# unless the traveler typed it.
ENGLISH_GRAMMAR = frozenset(
    """with on the for at to of in and that this from near starts start trip itinerary
    please place places day days monday tuesday wednesday thursday friday saturday sunday
    dinner lunch breakfast morning afternoon evening night tonight tomorrow today add remove
    move change show something some any open now cheap""".split()
)


def _leaks(echo: str, typed: str) -> set[str]:
    said = set(fold(typed).split())
    return {w for w in fold(echo).split() if w in ENGLISH_GRAMMAR and w not in said}


@pytest.mark.parametrize(
    ("value", "typed", "language", "echo"),
    [
        ("indio with curry", "para la cena del martes algo indio porfa, con curry", "es",
         "indio con curry"),
        ("itinerary completo", "pasame el itinerario completo porfa", "es", "itinerario completo"),
        ("que eu mudo as coisas no trip", "ya, e como é que eu mudo as coisas no roteiro?", "pt",
         "que eu mudo as coisas no roteiro"),
        # a weekday alone reads as that day now (core.intents.calendar_words): its word is the echo
        ("on monday", "cambia el lunes x el miercoles", "es", "lunes"),
        ("falar with alguém local", "queria falar com alguém local, pfv", "pt",
         "falar com alguém local"),
        # my own phrasings
        ("tacos with salsa verde", "algo de tacos con salsa verde pa la cena", "es",
         "tacos con salsa verde"),
        ("pizza with massa fina", "quero uma pizza com massa fina no jantar", "pt",
         "pizza com massa fina"),
        ("Vindaloo & Vinho", "saca vindaloo & vinho porfa", "es", "vindaloo & vinho"),
        ("Tasca do Cais", "tira a Tasca do Cais, pá", "pt", "Tasca do Cais"),
        ("itinerary entero", "mandame el itinerario entero xfa", "es", "itinerario entero"),
        ("on tuesday", "quita todo lo del martes", "es", "martes"),
    ],
)  # fmt: skip
def test_an_echo_is_the_span_typed(value: str, typed: str, language: str, echo: str) -> None:
    assert as_typed(value, (typed,), language) == echo


def test_a_value_with_no_typed_word_stays_as_it_is() -> None:
    assert as_typed("Sushi Kawabata", ("1",), "es") == "Sushi Kawabata"


def test_english_answers_and_other_values_are_left_alone() -> None:
    with typed_by_traveler("para la cena algo indio con curry"):
        assert echoed("no_places", {"query": "indio with curry"}, "en")["query"] == (
            "indio with curry"
        )
        assert echoed("added", {"name": "indio with curry"}, "es")["name"] == "indio with curry"


def test_the_catalog_echoes_through_msg() -> None:
    with use_locale("pt"), typed_by_traveler("1", "queria falar com alguém local que conheça"):
        said = msg("no_places", query="falar with alguém local que conheça", city="Goa")
    assert "with" not in said
    assert "falar com alguém local que conheça" in said


_SETS = [
    "es_a", "es_b", "pt_a", "pt_b", "train_es", "train_pt", "holdout_es", "holdout_pt",
    "fresh_es", "fresh_pt", "fresh2_es", "fresh2_pt", "fresh3_es", "fresh3_pt", "fresh4_es",
    "fresh4_pt", "fresh5_es", "fresh5_pt", "fresh6_es", "fresh6_pt",
]  # fmt: skip

# Travelers' own phrasings, beyond the corpus.
_MINE = [
    ("es", "para el almuerzo del jueves algo peruano con ceviche"),
    ("es", "ponme un bar con terraza el viernes en la noche"),
    ("es", "no encuentro el museo con la momia, agregalo al dia 2"),
    ("es", "quita lo del lunes por la tarde"),
    ("es", "muestrame el itinerario del miercoles"),
    ("es", "busca una cafeteria con wifi cerca del hotel pal sabado"),
    ("es", "cambia la cena del domingo por algo con mariscos"),
    ("es", "mejor un sitio de tapas con vino el martes"),
    ("pt", "bota um restaurante com comida mineira na sexta"),
    ("pt", "quero um bar com música ao vivo no sábado à noite"),
    ("pt", "tira o que tem na segunda de manhã"),
    ("pt", "mostra o roteiro de quarta"),
    ("pt", "procura uma pastelaria com esplanada perto do hotel"),
    ("pt", "troca o jantar de domingo por algo com marisco"),
    ("pt", "adiciona um miradouro com vista pro rio no dia 3"),
    ("pt", "marca uma tasca com fado pra quinta"),
]


_PRONOUNS = frozenset({"that", "this", "it", "them"})


def _messages() -> list[tuple[str, str]]:
    found = list(_MINE)
    for name in _SETS:
        module = importlib.import_module(f"bench.understanding_corpus.{name}")
        for case in module.CASES:
            if case.lang not in {"es", "pt"}:
                continue
            found += [
                (case.lang, s.text) for s in case.steps if s.text and re.search("[a-z]{3}", s.text)
            ]
    return found


def _echo_leaks(language: str, text: str) -> list[tuple[str, str, list[str]]]:
    parsed = parse(text, today=dt.date(2026, 11, 23), usual_language=language)
    values = [v for op in parsed.ops for v in (op.query, op.target.text if op.target else None)]
    # "that", "this": a pronoun is resolved to the item it means, never echoed
    return [
        (text, value, sorted(leaked))
        for value in values
        if value and value not in _PRONOUNS
        if (leaked := _leaks(as_typed(value, (text,), language), text))
    ]


def test_no_english_reaches_an_echo_of_an_es_pt_message() -> None:
    messages = _messages()
    # every third corpus message (about a thousand) and all of mine: the suite stays quick
    sample = [*_MINE, *messages[len(_MINE) :: 3]]
    assert len(sample) > 900
    assert [leak for language, text in sample for leak in _echo_leaks(language, text)] == []

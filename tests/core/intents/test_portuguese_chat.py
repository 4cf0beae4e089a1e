"""Portuguese requests wrapped in chat (core.intents.portuguese_remarks / portuguese_requests).

Each case is a shape of saying, in phrasings of our own: a remark before or after the request,
a destination with no object, a place first and its change after, a question with the verb
last, a place said only as filler, a trip made longer or shorter in chat words.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, MOVE, RETIME = Intent.ADD, Intent.REMOVE, Intent.MOVE, Intent.RETIME
REPLACE, EXPLAIN, BOOK = Intent.REPLACE, Intent.EXPLAIN, Intent.BOOK

REMARKS: list[Any] = [
    # A reason or feeling after the request is not part of the place.
    (
        "tira o museu de cera pfv, a gente odeia coisa de cera",
        "pt",
        [{"intent": REMOVE, "target_has": ["museu", "cera"]}],
    ),
    (
        "bota o mirante no dia 2, tô morta de cansada",
        "pt",
        [{"intent": ADD, "query": "mirante", "day": 2}],
    ),
    (
        "esvazia o dia 2 que a gente quer dormir até tarde",
        "pt",
        [{"intent": REMOVE, "every": True, "day": 2}],
    ),
    (
        "remove a igreja, já vimos umas dez essa semana",
        "pt",
        [{"intent": REMOVE, "target_has": ["igreja"]}],
    ),
    # A remark before the request keeps the day it names.
    (
        "já que no segundo dia a gente vai estar no centro, coloca a catedral",
        "pt",
        [{"intent": ADD, "query_has": ["catedral"], "day": 2}],
    ),
    (
        "já que no 4º dia vamos estar na praia, põe um quiosque",
        "pt",
        [{"intent": ADD, "query_has": ["quiosque"], "day": 4}],
    ),
    (
        "o dia 3 tá livre né? bota a praia de manhã",
        "pt",
        [{"intent": ADD, "query_has": ["praia"], "day": 3}],
    ),
    ("cancelaram o nosso voo, agora chegamos dia 3 de março", "pt", [{"intent": Intent.SET_START}]),
    # Courtesy from Portugal.
    ("adiciona a feira no dia 2 se faz favor", "pt", [{"intent": ADD, "query": "feira", "day": 2}]),
    # A diet said as a remark is a wish.
    (
        "minha mulher é vegana, procura um lugar pro jantar do dia 1",
        "pt",
        [{"intent": ADD, "query_has": ["vegan"], "meal": Meal.DINNER, "day": 1}],
    ),
    (
        "um restaurante pro jantar de amanhã, meu marido nao come carne",
        "pt",
        [{"intent": ADD, "query_has": ["vegetarian"], "meal": Meal.DINNER, "day_ref": "tomorrow"}],
    ),
    # The place a remark complains about is what "ele" means.
    ("o aquário é muito caro, tira ele", "pt", [{"intent": REMOVE, "target_has": ["aquário"]}]),
    (
        "amanhã não vai dar tempo de ir ao zoológico, tira ele",
        "pt",
        [{"intent": REMOVE, "target_has": ["zoológico"]}],
    ),
]

REQUESTS: list[Any] = [
    # A destination with no object moves what was just talked about.
    ("põe aquele pro dia 5", "pt", [{"intent": MOVE, "to_day": 5, "target_has": ["it"]}]),
    ("muda pras 10h", "pt", [{"intent": RETIME, "time": "10:00", "target_has": ["it"]}]),
    ("tira essa", "pt", [{"intent": REMOVE, "target_has": ["that"]}]),
    # Taking a place somewhere, or the place first and where it goes after.
    (
        "leva o mercado pra sexta",
        "pt",
        [{"intent": MOVE, "target_has": ["mercado"], "to_day_ref": "weekday:4"}],
    ),
    (
        "o jardim pode ficar pro domingo?",
        "pt",
        [{"intent": MOVE, "target_has": ["jardim"], "to_day_ref": "weekday:6"}],
    ),
    # Clock times with the words travelers use around them.
    (
        "bota o café mais tarde, tipo 11h",
        "pt",
        [{"intent": RETIME, "target_has": ["café"], "time": "11:00"}],
    ),
    (
        "dá pra almoçar na cantina 13h em vez de 12h?",
        "pt",
        [{"intent": RETIME, "target_has": ["cantina"], "time": "13:00"}],
    ),
    (
        "empurra o bar pra dez da noite",
        "pt",
        [{"intent": RETIME, "target_has": ["bar"], "time": "22:00"}],
    ),
    # Questions with the verb last, and Portugal's forms.
    (
        "o palácio abre que horas?",
        "pt",
        [{"intent": EXPLAIN, "target_has": ["palácio"], "question": "hours"}],
    ),
    (
        "que horas o mercado fecha?",
        "pt",
        [{"intent": EXPLAIN, "target_has": ["mercado"], "question": "hours"}],
    ),
    ("o museu é gratuito?", "pt", [{"intent": EXPLAIN, "target_has": ["museu"]}]),
    (
        "porque é que meteste o castelo no dia 2?",
        "pt",
        [{"intent": EXPLAIN, "target_has": ["castelo"], "question": "why"}],
    ),
    (
        "pq o mercado ficou tão cedo?",
        "pt",
        [{"intent": EXPLAIN, "target_has": ["mercado"], "question": "why"}],
    ),
    ("bom dia! o que você sabe fazer?", "pt", [{"intent": Intent.HELP}]),
    # Asking for ideas searches the kind asked for.
    (
        "me dá umas opções de sorveteria pro dia 2",
        "pt",
        [{"intent": ADD, "query": "sorveteria", "day": 2}],
    ),
    (
        "quais museus você recomenda pra segunda?",
        "pt",
        [{"intent": ADD, "query_has": ["museus"], "day_ref": "weekday:0"}],
    ),
    # Bookings said with "fazer reserva" or the place's article.
    (
        "consegue fazer uma reserva na tasca pra 4?",
        "pt",
        [{"intent": BOOK, "target_has": ["tasca"], "party_size": 4}],
    ),
    (
        "quero reservar a cantina pra 2 pessoas",
        "pt",
        [{"intent": BOOK, "target_has": ["cantina"], "party_size": 2}],
    ),
    # "Some place with…" is filler around what is wanted.
    (
        "num lugar com tapas pro jantar do dia 2",
        "pt",
        [{"intent": ADD, "query": "tapas", "meal": Meal.DINNER, "day": 2}],
    ),
    (
        "algum lugar barato pro almoço de sábado",
        "pt",
        [{"intent": ADD, "query": None, "has_preferences": True, "day_ref": "weekday:5"}],
    ),
    # Instead of X, Y.
    (
        "em vez do bar, algo com música ao vivo",
        "pt",
        [{"intent": REPLACE, "target_has": ["bar"], "query": "música ao vivo"}],
    ),
    (
        "no lugar do museu, pode ser um parque",
        "pt",
        [{"intent": REPLACE, "target_has": ["museu"], "query_has": ["parque"]}],
    ),
    (
        "troca o mercado por algo mais barato",
        "pt",
        [{"intent": REPLACE, "target_has": ["mercado"], "has_preferences": True}],
    ),
    # Asking whether there is a place, or for help with a meal, asks for one.
    (
        "tem alguma sorveteria boa perto do hotel no dia 2?",
        "pt",
        [{"intent": ADD, "query_has": ["sorveteria"], "day": 2}],
    ),
    (
        "me ajuda com o almoço de domingo?",
        "pt",
        [{"intent": ADD, "query": None, "meal": Meal.LUNCH, "day_ref": "weekday:6"}],
    ),
    ("tem algum guia que fale inglês?", "pt", [{"intent": Intent.EXPERT}]),
    # Two weekdays traded are a day swap; "o plano de sábado" still shows the day.
    (
        "dá pra inverter a quinta com a sexta?",
        "pt",
        [{"intent": Intent.SWAP_DAYS, "day_ref": "weekday:3", "to_day_ref": "weekday:4"}],
    ),
    ("qual o plano de sábado?", "pt", [{"intent": Intent.SHOW, "day_ref": "weekday:5"}]),
    (
        "o jantar do dia 2 pode ser a 1 da manhã",
        "pt",
        [{"intent": RETIME, "meal": Meal.DINNER, "time": "01:00"}],
    ),
    # The trip longer or shorter.
    (
        "dá pra esticar a estadia em mais dois dias?",
        "pt",
        [{"intent": Intent.ADD_DAYS, "day_count": 2}],
    ),
    ("temos que encurtar pra 3 dias", "pt", [{"intent": Intent.REMOVE_DAYS, "trip_days": 3}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(REMARKS))
def test_remarks_around_a_request(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(REQUESTS))
def test_request_shapes(text: str, language: str | None, ops: list[dict[str, Any]]) -> None:
    check(text, language, ops)

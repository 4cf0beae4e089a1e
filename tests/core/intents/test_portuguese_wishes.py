"""Portuguese adds and wishes as chatted (core.intents.portuguese_wishes, fill_wishes).

Phrasings of our own, from Brazil, Portugal, Angola and Mozambique: the best rated said as a
superlative, few people, a view, reaching it in a wheelchair, snacks, praise that only says
"good", who it is said to, kids in regional words, a whole trip to plan, and a meal slot whose
wish comes in a clause of its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal
from core.intents.parse import parse
from core.intents.place_words import search_terms
from tests.core.intents.readings import TODAY
from tests.core.intents.test_parse import cases, check

ADD, PLAN, FILL = Intent.ADD, Intent.PLAN, Intent.FILL_MEALS
CHEAP = (0, 1)

BEST_RATED: list[Any] = [
    (
        "o restaurante mais bem avaliado pra sexta",
        "pt",
        [{"intent": ADD, "query_has": ["restaurante"], "day_ref": "weekday:4"}],
    ),
    (
        "o parque mais bem avaliado no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["parque"], "day_ref": "weekday:5"}],
    ),
    (
        "queria a tasca melhor avaliada pro almoco de quarta",
        "pt",
        [{"intent": ADD, "query_has": ["tasca"], "meal": Meal.LUNCH}],
    ),
    (
        "a marisqueira mais bem avaliada que houver pro jantar de sexta",
        "pt",
        [{"intent": ADD, "query": "marisqueira", "meal": Meal.DINNER, "day_ref": "weekday:4"}],
    ),
    (
        "um cafe com nota alta na quinta de manha",
        "pt",
        [{"intent": ADD, "query_has": ["cafe"], "day_ref": "weekday:3"}],
    ),
    (
        "uma pizzaria bem cotada pra terca a noite",
        "pt",
        [{"intent": ADD, "query_has": ["pizzaria"], "day_ref": "weekday:1"}],
    ),
]

FEW_PEOPLE_AND_VIEWS: list[Any] = [
    (
        "um jardim sem muita gente no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["jardim", "quiet"], "day_ref": "weekday:5"}],
    ),
    (
        "uma praia tranquila sem muita gente na quinta",
        "pt",
        [{"intent": ADD, "query": "praia quiet", "day_ref": "weekday:3"}],
    ),
    (
        "algum miradouro pouco movimentado no domingo",
        "pt",
        [{"intent": ADD, "query_has": ["miradouro", "quiet"], "day_ref": "weekday:6"}],
    ),
    (
        "um bar com vista pro mar na quinta",
        "pt",
        [{"intent": ADD, "query_has": ["bar", "sea", "view"], "day_ref": "weekday:3"}],
    ),
    (
        "uma esplanada com vista para o rio no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["river", "view"], "day_ref": "weekday:5"}],
    ),
    (
        "um restaurante com uma vista linda pra quarta a noite",
        "pt",
        [{"intent": ADD, "query_has": ["restaurante", "views"], "day_ref": "weekday:2"}],
    ),
    # A calm day or trip is the pace, not a place wish.
    ("faz um roteiro tranquilo com crianca", "pt", [{"intent": PLAN}]),
    ("quero a terca vazia", "pt", [{"intent": Intent.REMOVE, "every": True}]),
]

REACH_AND_SLANG: list[Any] = [
    (
        "um restaurante acessivel pra cadeirante na sexta",
        "pt",
        [{"intent": ADD, "query": "restaurante", "day_ref": "weekday:4"}],
    ),
    (
        "um museu bom pra vovo no dia 2, sem escadas",
        "pt",
        [{"intent": ADD, "query_lacks": ["vovo", "escadas"], "day": 2}],
    ),
    (
        "um restaurante maningue nice e barato na quinta",
        "pt",
        [{"intent": ADD, "query": "restaurante", "preferences": {"price_levels": CHEAP}}],
    ),
    (
        "um restaurante vegetariano bue bom na sexta",
        "pt",
        [{"intent": ADD, "query": "restaurante vegetariano", "day_ref": "weekday:4"}],
    ),
    (
        "um pub maneiro pra quinta a noite mermao",
        "pt",
        [{"intent": ADD, "query": "pub", "day_ref": "weekday:3"}],
    ),
    (
        "bah, um lugar pros guris no dia 4",
        "pt",
        [{"intent": ADD, "query_has": ["family"], "day": 4}],
    ),
    (
        "um parque pros candengues no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["parque", "family"], "day_ref": "weekday:5"}],
    ),
    ("um lanche no sabado a tarde", "pt", [{"intent": ADD, "query": "snacks"}]),
    ("um sitio para petiscar no sabado a noite", "pt", [{"intent": ADD, "query": "petiscos"}]),
    (
        "vc consegue encaixar o albert hall na quarta?",
        "pt",
        [{"intent": ADD, "query": "albert hall", "day_ref": "weekday:2"}],
    ),
    (
        "da pra colocar a torre dos clerigos no dia 3?",
        "pt",
        [{"intent": ADD, "query_has": ["torre", "clerigos"], "day": 3}],
    ),
]

OCCASIONS_AND_KIDS: list[Any] = [
    (
        "um restaurante romantico pra lua de mel na sexta",
        "pt",
        [{"intent": ADD, "query": "restaurante romantic", "day_ref": "weekday:4"}],
    ),
    (
        "um restaurante top pra comemorar o aniversario de casamento na sexta",
        "pt",
        [{"intent": ADD, "query_has": ["romantic"], "query_lacks": ["casamento"]}],
    ),
    (
        "uma praia boa pros putos no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["praia", "family"], "day_ref": "weekday:5"}],
    ),
    ("algo pros monas no sabado", "pt", [{"intent": ADD, "query": "family"}]),
    ("um mambo pra comer no sabado", "pt", [{"intent": ADD, "query": "restaurante"}]),
    (
        "um lugar de boa pra levar a vovo no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["quiet"], "query_lacks": ["vovo"]}],
    ),
]

WHEN_AND_DANCING: list[Any] = [
    (
        "parque da cidade sabado a tarde pfv",
        "pt",
        [{"intent": ADD, "query": "parque da cidade", "day_ref": "weekday:5"}],
    ),
    (
        "o jardim botanico domingo de manha",
        "pt",
        [{"intent": ADD, "query_has": ["jardim", "botanico"], "day_ref": "weekday:6"}],
    ),
    (
        "ultima noite, o jantar tem q ser num lugar romantico",
        "pt",
        [{"intent": ADD, "meal": Meal.DINNER, "day": -1, "query_has": ["romantico"]}],
    ),
    (
        "quinta a noite a gente quer sair pra dançar",
        "pt",
        [{"intent": ADD, "query": "dancing", "day_ref": "weekday:3"}],
    ),
    (
        "um lugar pra dancar forro no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["dancing"], "day_ref": "weekday:5"}],
    ),
]

NAMED_ADDS: list[Any] = [
    ("inclui ai o parque da cidade", "pt", [{"intent": ADD, "query": "parque da cidade"}]),
    (
        "bota pra mim o jardim botanico no sabado",
        "pt",
        [{"intent": ADD, "query": "jardim botanico", "day_ref": "weekday:5"}],
    ),
    (
        "a gente quer ir no mercado do bolhao sexta",
        "pt",
        [{"intent": ADD, "query": "mercado do bolhao", "day_ref": "weekday:4"}],
    ),
    (
        "bora no parque da cidade sabado",
        "pt",
        [{"intent": ADD, "query": "parque da cidade", "day_ref": "weekday:5"}],
    ),
    (
        "queria tambem a capela das almas no ultimo dia",
        "pt",
        [{"intent": ADD, "query": "capela das almas", "day": -1}],
    ),
    (
        "adiciona o jardim das virtudes no roteiro de sexta",
        "pt",
        [{"intent": ADD, "query": "jardim das virtudes", "day_ref": "weekday:4"}],
    ),
    ("coloca no roteiro o museu do oro", "pt", [{"intent": ADD, "query": "museu do oro"}]),
    (
        "vc consegue encaixar o albert hall na quarta?",
        "pt",
        [{"intent": ADD, "query": "albert hall", "day_ref": "weekday:2"}],
    ),
]

CHOOSE_AND_KINDS: list[Any] = [
    (
        "escolhe uma tasca pro jantar de quarta",
        "pt",
        [{"intent": ADD, "query": "tasca", "meal": Meal.DINNER, "day_ref": "weekday:2"}],
    ),
    (
        "arranja-me um bar pra sexta a noite",
        "pt",
        [{"intent": ADD, "query": "bar", "day_ref": "weekday:4"}],
    ),
    (
        "descola um barzinho pra sexta",
        "pt",
        [{"intent": ADD, "query": "barzinho", "day_ref": "weekday:4"}],
    ),
    (
        "um sitio pra beber uns copos no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["bar"], "day_ref": "weekday:5"}],
    ),
    (
        "um lugar pra ver o por do sol no sabado",
        "pt",
        [{"intent": ADD, "query_has": ["viewpoint"], "day_ref": "weekday:5"}],
    ),
    (
        "somewhere to watch the sunset on friday",
        "en",
        [{"intent": ADD, "query": "viewpoint", "day_ref": "weekday:4"}],
    ),
]

PLANS: list[Any] = [
    ("bora montar o roteiro todo, mano", "pt", [{"intent": PLAN}]),
    (
        "queria um roteiro tranquilo com templos e jardins, nada muito puxado",
        "pt",
        [{"intent": PLAN, "theme": "relaxed"}],
    ),
    (
        "arma um roteiro bem de boa pros dois dias, curto comida de rua e templos",
        "pt",
        [{"intent": PLAN, "theme": "relaxed", "day_count": 2}],
    ),
    ("me bola um roteiro pros 3 dias", "pt", [{"intent": PLAN, "day_count": 3}]),
    ("organiza os dois dias pra mim se faz favor", "pt", [{"intent": PLAN, "day_count": 2}]),
    ("planeja a viagem inteira pra gente", "pt", [{"intent": PLAN, "destination": None}]),
]

FILL_WISHES: list[Any] = [
    (
        "falta o jantar de segunda, sugere um vegetariano",
        "pt",
        [{"intent": FILL, "meal": Meal.DINNER, "query": "vegetariano"}],
    ),
    (
        "o almoco de quarta ta vazio, sugere algo barato",
        "pt",
        [{"intent": FILL, "meal": Meal.LUNCH, "preferences": {"price_levels": CHEAP}}],
    ),
    (
        "preenche o jantar de sabado com algo barato",
        "pt",
        [{"intent": FILL, "query": None, "has_preferences": True}],
    ),
    (
        "o pequeno-almoco de quinta esta por definir, indica-me um sitio vegano",
        "pt",
        [{"intent": FILL, "meal": Meal.BREAKFAST, "query_has": ["vegano"]}],
    ),
    (
        "o almoco de quarta ta vazio, sugere algo",
        "pt",
        [{"intent": FILL, "meal": Meal.LUNCH, "query": None, "preferences": None}],
    ),
    (
        "dinner on monday is missing, suggest something cheap",
        "en",
        [{"intent": FILL, "meal": Meal.DINNER, "has_preferences": True}],
    ),
    (
        "pro jantar de segunda, indica um lugar barato",
        "pt",
        [{"intent": ADD, "meal": Meal.DINNER, "has_preferences": True}],
    ),
]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("uma feirinha", "market"),
        ("umas lojinhas", "shopping"),
        ("umas comprinhas", "shopping"),
        ("uma prainha", "beach"),
        ("um parquinho", "park"),
        ("um museuzinho", "museum"),
        ("uma igrejinha", "church"),
        ("uma tasca de comida caseira", "tasca traditional"),
    ],
)
def test_a_diminutive_names_its_kind(said: str, kind: str) -> None:
    assert search_terms(said) == kind


def _check(text: str, language: str | None, ops: list[dict[str, Any]]) -> None:
    """`check`, a wanted preferences dict compared slot by slot."""
    plain = []
    prices = []
    for said in ops:
        want = dict(said)
        prices.append(want.pop("preferences", "unsaid"))
        plain.append(want)
    check(text, language, plain)
    for op, wanted in zip(parse(text, today=TODAY).ops, prices, strict=True):
        if wanted == "unsaid":
            continue
        if wanted is None:
            assert op.preferences is None, op
            continue
        assert op.preferences is not None, op
        for name, value in wanted.items():
            assert getattr(op.preferences, name) == value, (name, op)


@pytest.mark.parametrize(
    ("text", "language", "ops"),
    cases(
        [
            *BEST_RATED,
            *FEW_PEOPLE_AND_VIEWS,
            *REACH_AND_SLANG,
            *WHEN_AND_DANCING,
            *PLANS,
            *FILL_WISHES,
        ]
    ),
)
def test_portuguese_wishes(text: str, language: str | None, ops: list[dict[str, Any]]) -> None:
    _check(text, language, ops)

"""core.intents.stated_reasons: why a request is made, said after it, is no second request.

"X às 21h, a banda só começa mais tarde", "tira o dia 4 que tá vazio", "bora sair à noite":
a statement after a whole request is dropped; a clause that asks for something stays.
Phrasings of our own (other places, days, words and slang than the ones the work was seen on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, ParsedTurn
from core.intents.parse import parse
from core.intents.stated_reasons import without_stated_reasons

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY, usual_language="pt").ops)


def _words(op: ParsedTurn) -> str:
    return " ".join(filter(None, [op.query, op.target.text if op.target else None])).lower()


# A statement after a request with a time: one request, the statement not in its words.
@pytest.mark.parametrize(
    ("said", "kept", "left_out"),
    [
        ("o Fado Vadio às 22h, o show só começa depois das dez", "fado vadio", "show"),
        ("A Tasca do Chico pras 20h30, o meu pai janta cedo", "tasca do chico", "pai"),
        ("o Miradouro da Graça amanhã 18h q é quando o sol se põe", "miradouro", "sol"),
        ("Pastéis de Belém pras 9h, que a fila fica enorme depois", "belém", "fila"),
        (
            "coloca o Jardim da Estrela no sábado às 10h, as meninas adoram patos",
            "estrela",
            "patos",
        ),
        ("o Café Majestic pras 16h, a minha sogra quer ver o salão", "majestic", "salão"),
        ("a Livraria Lello na quarta 9h, que depois das 10 enche demais", "lello", "enche"),
        ("Sé de Braga quinta às 11h, o meu marido so acorda tarde", "braga", "marido"),
    ],
)
def test_a_statement_after_a_timed_request_is_dropped(said: str, kept: str, left_out: str) -> None:
    ops = _ops(said)
    assert len(ops) == 1, ops
    assert kept in _words(ops[0])
    assert left_out not in _words(ops[0])


# A reason said right after the day or the time, in the same clause.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("tira o dia 5 que tá vazio mesmo", "tira o dia 5"),
        ("põe o Cristo Rei amanha 17h q é a luz boa", "põe o Cristo Rei amanha 17h"),
        ("a Ribeira pras 19h30 pq o sol se põe tarde", "a Ribeira pras 19h30"),
        ("limpa a sexta que a gente vai pra praia", "limpa a sexta"),
        ("o museu pro dia 2 que no dia 3 a gente viaja", "o museu pro dia 2"),
        ("tira o dia 6, fica 5 dias só", "tira o dia 6"),
    ],
)
def test_a_reason_after_the_day_or_time_is_dropped(said: str, expected: str) -> None:
    assert without_stated_reasons(said) == expected


# A plan of one's own, how good it would be, what one wants from the place named.
@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("sábado às 22h uma balada, bora curtir q a vida é curta", "sábado às 22h uma balada"),
        ("quinta à noite um bar de jazz, partiu sair", "quinta à noite um bar de jazz"),
        ("amanhã um rooftop pro pôr do sol, ia ser top demais", "amanhã um rooftop pro pôr do sol"),
        ("hoje à noite um bar com vista, mt lindo ia ser", "hoje à noite um bar com vista"),
        (
            "troca o Cervejaria Ramiro pelo Zé da Mouraria, quero bacalhau",
            "troca o Cervejaria Ramiro pelo Zé da Mouraria",
        ),
        (
            "bota a feira da ladra no sábado cedo, quero comprar uns discos velhos",
            "bota a feira da ladra no sábado cedo",
        ),
    ],
)
def test_a_plan_or_a_wish_about_the_place_is_dropped(said: str, expected: str) -> None:
    assert without_stated_reasons(said) == expected


# A clause that asks for something stays.
@pytest.mark.parametrize(
    "said",
    [
        "coloca o museu às 10h, e um bar à noite",
        "tira o museu do dia 2, o jantar fica pro dia 3",
        "põe a praia no sábado, o Mercado da Ribeira também",
        "no sábado às 20h um restaurante, a gente quer ver um show de fado",
        "o Oceanário às 10h, fica perto do hotel?",
        "na sexta um jantar, a minha namorada não come carne",
        "às 13h o almoço, os miúdos são vegetarianos",
        "quero ir no parque às 10h, a Torre de Belém depois",
    ],
)
def test_a_clause_that_asks_stays(said: str) -> None:
    assert without_stated_reasons(said) == said


def test_retime_with_a_statement_is_one_retime() -> None:
    ops = _ops("O Pharmacia às 21h30, a minha tia só sai do trabalho às 9")
    assert [op.intent for op in ops] in ([Intent.RETIME], [Intent.ADD]), ops
    assert "pharmacia" in _words(ops[0])
    assert ops[0].time == "21:30"


# "algum"/"alguma" before a kind is an article: the kind is what is searched.
@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("algum boteco no sábado à noite", "boteco"),
        ("alguma sorveteria amanhã à tarde", "sorveteria"),
        ("algum museu de arte na terça de manhã?", "museu de arte"),
        ("alguns bares na sexta", "bares"),
        ("algumas padarias no domingo cedo", "padarias"),
        ("quero algum restaurante indiano no dia 3", "restaurante indiano"),
    ],
)
def test_algum_is_an_article(said: str, query: str) -> None:
    ops = _ops(said)
    assert ops[0].intent is Intent.ADD, ops
    assert (ops[0].query or "").lower().startswith(query.split(maxsplit=1)[0][:5]), ops
    assert "algu" not in (ops[0].query or "").lower()


# A day to be made ("monta um dia fixe"): that day planned, the day said elsewhere.
@pytest.mark.parametrize(
    "said",
    [
        "o sábado tá livre, monta um dia bacana aí",
        "monta-nos um dia top no domingo",
        "a quarta ficou vazia, monta-me um dia fixe",
        "monta um dia massa pra terça",
        "no dia 2 não tem nada, monta um bom dia pra gente",
        "arma um dia legal na segunda",
    ],
)
def test_a_day_to_be_made_is_planned(said: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.PLAN], ops


# News before a request is no request: the day it tells is kept for what follows.
@pytest.mark.parametrize(
    "said",
    [
        "mudaram o nosso voo, a gente só chega na quinta dia 10. dá pra começar nesse dia?",
        "trocaram o hotel, a gente chega no dia 3",
        "cancelaram o trem, a gente só sai sábado",
    ],
)
def test_news_keeps_its_day(said: str) -> None:
    assert without_stated_reasons(said) == said


@pytest.mark.parametrize(
    "text",
    [
        "adiciona o MASP no dia 2, quer dizer, adiciona o Museu do Ipiranga no dia 2",
        "põe o Beco do Batman na terça, ou melhor, põe o Pátio do Colégio",
        "agrega el Museo del Oro el martes, o sea, agrega Monserrate el martes",
    ],
)
def test_a_correction_is_no_reason(text: str) -> None:
    assert without_stated_reasons(text) == text

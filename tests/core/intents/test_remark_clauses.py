"""core.intents.remark_clauses: remarks, reasons and purposes beside a request are context.

They never become the search words nor a second request; a purpose that says when sets the
time. Phrasings of our own in the three languages (Brazilian and European Portuguese, Latin
American and Spain Spanish, typos, no accents, slang).
"""

from __future__ import annotations

import datetime as dt

import pytest

from core.intents.model import Intent, Meal, ParsedTurn, PartOfDay
from core.intents.parse import parse
from core.intents.remark_clauses import without_remarks_beside

TODAY = dt.date(2026, 12, 7)


def _ops(said: str) -> list[ParsedTurn]:
    return list(parse(said, today=TODAY).ops)


def _words(op: ParsedTurn) -> str:
    return " ".join(filter(None, [op.query, op.target.text if op.target else None])).lower()


# A remark after a request that adds: one add, the remark not in its search words.
@pytest.mark.parametrize(
    ("said", "query", "left_out"),
    [
        ("add a museum on day 2, we'll be exhausted after the hike anyway", "museum", "hike"),
        ("put a seafood place on day 3 for dinner, we're starving by then lol", "seafood", "starv"),
        ("pls add a bakery on day 1 before the castle so we don't go hungry", "bakery", "hungry"),
        ("add a pub on day 2 at 8pm, we're gonna be knackered", "pub", "knackered"),
        ("something kid friendly for thursday morning? the twins are 6", "family", "twins"),
        ("agrega una caminata el día 4 en la mañana, nos encanta caminar", "caminata", "caminar"),
        ("pon un cafe el dia 1 temprano pa no ir con hambre al museo", "caf", "hambre"),
        ("algún bar con terraza pa esta noche? queremos ver el mar", "bar", "mar"),
        ("agrega un mirador el dia 3, queremos ver la ciudad", "mirador", "ciudad"),
        ("acrescenta uma trilha no dia 4 de manhã, a gente curte andar", "trilha", "andar"),
        (
            "bota uma padaria no dia 1 cedo pra gente não sair de barriga vazia",
            "padaria",
            "barriga",
        ),
        ("algum bar com rooftop pra hoje à noite? queremos ver o mar", "bar", "mar"),
        ("adiciona uma praia no dia 2 de tarde, a gente ama praia", "praia", "ama"),
        ("coloca um rodizio no dia 3, nunca comemos", "rodizio", "nunca"),
        ("poe um museu no dia 4, os miudos tem 6 anos", "museu", "miudos"),
    ],
)
def test_a_remark_is_no_search_word(said: str, query: str, left_out: str) -> None:
    ops = _ops(said)
    adds = [op for op in ops if op.intent is Intent.ADD]
    assert len(ops) == 1, ops
    assert len(adds) == 1, ops
    assert query in _words(adds[0]), adds[0]
    assert left_out not in _words(adds[0]), adds[0]


# A remark after a removal is its reason, never a second request ("vamos comer no hotel").
@pytest.mark.parametrize(
    ("said", "meal"),
    [
        ("remove the dinner on day 2 cause we'll eat at the hotel", Meal.DINNER),
        ("drop lunch on day 1, we're having lunch with my cousins", Meal.LUNCH),
        ("quita la cena del día 1, vamos a comer en casa de mi tía", Meal.DINNER),
        ("quita el almuerzo del dia 2, vamos a almorzar con unos amigos", Meal.LUNCH),
        ("saca la cena del martes porque vamos a cenar en el hotel", Meal.DINNER),
        ("Tira o jantar do dia 1, vamos comer no hotel", Meal.DINNER),
        ("tira o almoço do dia 2, a gente vai almoçar na casa da minha tia", Meal.LUNCH),
        ("remove o jantar de sexta pq vamos jantar no hotel", Meal.DINNER),
    ],
)
def test_a_reason_after_a_removal_adds_nothing(said: str, meal: Meal) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REMOVE], ops
    assert ops[0].meal is meal


# A reason in the middle: the request after it is still read ("… porque …, e aí coloca Y").
@pytest.mark.parametrize(
    ("said", "removed", "added"),
    [
        (
            "então no dia 3 eu queria tirar o Kachori Corner porque a gente vai tomar café no "
            "hotel e aí colocar o Jal Mahal lá pelas 4 da tarde",
            "kachori corner",
            "jal mahal",
        ),
        (
            "tira o Kachori Corner do dia 3 porque a gente vai tomar café no hotel e depois "
            "coloca o Amber Fort às 10",
            "kachori corner",
            "amber fort",
        ),
        (
            "quita el museo del jueves porque ya fuimos y luego agrega el mercado a las 11",
            "museo",
            "mercado",
        ),
        (
            "remove the museum on tuesday because we've been and then add the castle at 3pm",
            "museum",
            "castle",
        ),
    ],
)
def test_a_request_after_a_reason_is_read(said: str, removed: str, added: str) -> None:
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REMOVE, Intent.ADD], ops
    assert removed in _words(ops[0])
    assert _words(ops[1]) == added


# A purpose that says when sets the time, not the search words.
@pytest.mark.parametrize(
    ("said", "query", "part"),
    [
        ("pls add a beach shack for sunset beers on day 4", "beach shack", PartOfDay.EVENING),
        ("add a tapas bar on friday for sunset drinks", "tapas bar", PartOfDay.EVENING),
        ("add a rooftop on day 2 to watch the sunset", "rooftop", PartOfDay.EVENING),
        ("add a viewpoint on day 3 to catch the sunrise", "viewpoint", PartOfDay.MORNING),
        (
            "añade Dona Paula Viewpoint el primer dia pa ver el atardecer",
            "dona paula viewpoint",
            PartOfDay.EVENING,
        ),
        ("agrega un mirador el día 3 para ver la puesta de sol", "mirador", PartOfDay.EVENING),
        ("pon el castillo el dia 2 pa unas chelas al atardecer", "castillo", PartOfDay.EVENING),
        ("coloca um mirante no dia 3 pra ver o pôr do sol", "mirante", PartOfDay.EVENING),
        ("bota a praia no dia 2 pra ver o nascer do sol", "praia", PartOfDay.MORNING),
    ],
)
def test_a_purpose_sets_the_time(said: str, query: str, part: PartOfDay) -> None:
    ops = _ops(said)
    assert len(ops) == 1, ops
    assert ops[0].intent is Intent.ADD, ops
    assert (ops[0].query or "").lower() == query, ops[0]
    assert ops[0].part_of_day is part, ops[0]


# A vague request whose purpose names the kind: the kind is searched for.
@pytest.mark.parametrize(
    ("said", "query"),
    [
        ("anything open right now for a quick coffee?", "coffee"),
        ("something nearby for a drink tonight", "drink"),
        ("algo abierto ahorita pa un cafecito?", "cafecito"),
        ("algum lugar aberto agora pra um café?", "café"),
        ("some outdoorsy thing on day 2 afternoon", "outdoorsy"),
    ],
)
def test_a_purpose_names_the_kind(said: str, query: str) -> None:
    ops = _ops(said)
    assert len(ops) == 1, ops
    assert ops[0].intent is Intent.ADD, ops
    assert (ops[0].query or "").lower() == query


# A meal wished for after another request is a request of its own, on the same day.
@pytest.mark.parametrize(
    ("said", "query", "meal"),
    [
        (
            "okay so on tuesday take out the museum and then for dinner that night we want seafood",
            "seafood",
            Meal.DINNER,
        ),
        (
            "remove the castle on day 2, and for lunch that day we'd like something vegetarian",
            "vegetarian",
            Meal.LUNCH,
        ),
        (
            "quita el museo el martes y para la cena esa noche queremos mariscos",
            "mariscos",
            Meal.DINNER,
        ),
        (
            "tira o museu na terça e pro jantar nesse dia a gente quer frutos do mar",
            "frutos do mar",
            Meal.DINNER,
        ),
        (
            "oye mira lo que pasa es que el jueves queremos ir a la playa castillogrande en la "
            "mañana y tambien almorzar por ahi algo de mariscos si se puede",
            "mariscos",
            Meal.LUNCH,
        ),
        ("el sábado quiero ir al museo del oro y luego cenar algo típico", "típico", Meal.DINNER),
    ],
)
def test_a_meal_wished_after_a_request(said: str, query: str, meal: Meal) -> None:
    ops = _ops(said)
    assert len(ops) == 2, ops
    assert ops[1].intent is Intent.ADD, ops
    assert (ops[1].query or "").lower() == query
    assert ops[1].meal is meal
    assert (ops[1].day, ops[1].day_ref) == (ops[0].day, ops[0].day_ref)


@pytest.mark.parametrize(
    "said",
    [
        "add a restaurant on day 2, my wife is vegan",
        "add a park on saturday, we're kinda broke lol",
        "agrega un parque el sábado, los niños tienen 5 y 8 años",
        "add the castle on day 2",
        "we'll be too tired",
        "porque a gente vai tomar café no hotel",
    ],
)
def test_what_stays(said: str) -> None:
    """A remark with a wish is left for the wish readers; the first clause is always kept."""
    assert without_remarks_beside(said) == said


@pytest.mark.parametrize(
    "said",
    [
        "drop lunch on day 1, we'll have lunch at Tasca do Cais instead",
        "quita la cena del día 1, vamos a cenar en La Cevichería",
        "tira o almoço do dia 2, a gente vai almoçar no Bifana do Bolhão",
        "add the beach, we want to see the ocean on day 3",
        "pon la playa, queremos ver el mar el jueves",
    ],
)
def test_a_clause_naming_a_place_or_a_day_is_kept(said: str) -> None:
    """A clause that names a place or a day may be a request: it is left for the grammar."""
    assert without_remarks_beside(said) == said


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("a gente desistiu do cemitério, tira ele por favor", "cemitério"),
        ("a gente cansou do museu, tira ele", "museu"),
        ("nos cansamos del museo, quitalo", "museo"),
        ("we got bored of the museum, can you remove it", "museum"),
    ],
)
def test_a_remark_before_it_names_it(said: str, topic: str) -> None:
    """'a gente desistiu do cemitério, tira ele': "ele" is the cemetery, not the remark."""
    ops = _ops(said)
    assert [op.intent for op in ops] == [Intent.REMOVE], ops
    assert _words(ops[0]) == topic

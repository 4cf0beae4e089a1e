"""core.intents.request_start (through parse): a connector starts a new request only when
what follows carries a verb of its own (first, after its slots, or after a fronted object), or
names something with its own when after an addition that said when; names keep their "and"."""

from __future__ import annotations

from typing import Any

import pytest

from core.intents.model import Intent, Meal, PartOfDay
from core.intents.request_start import fronted, starts_request, verb_led_parts
from tests.core.intents.test_parse import cases, check

ADD, REMOVE, MOVE, RETIME = Intent.ADD, Intent.REMOVE, Intent.MOVE, Intent.RETIME
D = Meal.DINNER

SPLIT: list[Any] = [
    # A verb after slots that lead the clause.
    (
        "elimina el Museo Botero y para la cena del viernes busca algo italiano",
        "es",
        [
            {"intent": REMOVE, "target_has": ["botero"]},
            {"intent": ADD, "meal": D, "day_ref": "weekday:4"},
        ],
    ),
    (
        "tira a Livraria Lello e no jantar de sábado coloca um sítio de francesinha",
        "pt",
        [
            {"intent": REMOVE, "target_has": ["lello"]},
            {"intent": ADD, "meal": D, "day_ref": "weekday:5"},
        ],
    ),
    (
        "drop the botanic garden and for dinner on day 2 add somewhere with curry",
        "en",
        [
            {"intent": REMOVE, "target_has": ["botanic garden"]},
            {"intent": ADD, "meal": D, "day": 2},
        ],
    ),
    # A verb the old splitter read as part of the name before it.
    (
        "quita la Torre dos Clérigos y cambia el Palácio da Bolsa a las 11",
        "es",
        [
            {"intent": REMOVE, "target_has": ["clérigos"]},
            {"intent": RETIME, "target_has": ["bolsa"], "time": "11:00"},
        ],
    ),
    (
        "apaga o Museu de Serralves e muda a Sé do Porto pras 15h",
        "pt",
        [
            {"intent": REMOVE, "target_has": ["serralves"]},
            {"intent": RETIME, "target_has": ["porto"], "time": "15:00"},
        ],
    ),
    (
        "borra el Museo del Oro y pone Monserrate a las 9",
        "es",
        [
            {"intent": REMOVE, "target_has": ["oro"]},
            {"intent": ADD, "query_has": ["monserrate"], "time": "09:00"},
        ],
    ),
    (
        "adiciona o Jardim do Morro na sexta e passa a Ponte Luís I pra sexta",
        "pt",
        [
            {"intent": ADD, "query_has": ["morro"], "day_ref": "weekday:4"},
            {"intent": MOVE, "target_has": ["ponte"], "to_day_ref": "weekday:4"},
        ],
    ),
    (
        "oye, saca el Castillo San Felipe y mueve Getsemaní al día 2",
        "es",
        [
            {"intent": REMOVE, "target_has": ["felipe"]},
            {"intent": MOVE, "target_has": ["getsemaní"], "to_day": 2},
        ],
    ),
    # A fronted object taken up by a pronoun is the object of that verb, not a second removal.
    (
        "quita el Gion y el Nijo ponlo a las 10",
        "es",
        [
            {"intent": REMOVE, "target_has": ["gion"]},
            {"intent": ADD, "query_has": ["nijo"], "time": "10:00"},
        ],
    ),
    (
        "tira o Cais de Gaia e a Torre dos Clérigos coloca ela às 18h",
        "pt",
        [
            {"intent": REMOVE, "target_has": ["gaia"]},
            {"intent": ADD, "query_has": ["clérigos"], "time": "18:00"},
        ],
    ),
    (
        "remove the royal mile and the castle move it to day 3",
        "en",
        [
            {"intent": REMOVE, "target_has": ["royal mile"]},
            {"intent": MOVE, "target_has": ["castle"], "to_day": 3},
        ],
    ),
    (
        "saca el Jardín Botánico y la Plaza de Bolívar pásala al día 4",
        "es",
        [
            {"intent": REMOVE, "target_has": ["botánico"]},
            {"intent": MOVE, "target_has": ["bolívar"], "to_day": 4},
        ],
    ),
    # Two names, each with its own when, after one "add".
    (
        "add Elephanta Caves on day 2 in the morning and Marine Drive at night",
        "en",
        [
            {"intent": ADD, "query_has": ["elephanta"], "day": 2},
            {"intent": ADD, "query_has": ["marine drive"], "part_of_day": PartOfDay.NIGHT},
        ],
    ),
    (
        "agrega el Museo Botero el sábado por la mañana y la Zona T en la noche",
        "es",
        [
            {"intent": ADD, "query_has": ["botero"], "day_ref": "weekday:5"},
            {"intent": ADD, "query_has": ["zona t"], "part_of_day": PartOfDay.EVENING},
        ],
    ),
    (
        "adiciona o Palácio de Cristal no dia 3 de manhã e o Cais de Gaia à noite",
        "pt",
        [
            {"intent": ADD, "query_has": ["cristal"], "day": 3},
            {"intent": ADD, "query_has": ["gaia"], "day": 3},
        ],
    ),
]


def _removed_then_retimed(thing: str, time: str) -> list[dict[str, Any]]:
    return [{"intent": REMOVE}, {"intent": RETIME, "target_has": [thing], "time": time}]


# After a removal, a thing and a clock time with no verb: that thing retimed.
RETIMED_AFTER_REMOVAL: list[Any] = [
    (
        "remove miramar beach, and fort aguada at 2pm pls",
        "en",
        _removed_then_retimed("aguada", "14:00"),
    ),
    ("drop the museum, and dinner at 8", "en", _removed_then_retimed("dinner", "20:00")),
    ("scrap the castle n the pub at 9pm", "en", _removed_then_retimed("pub", "21:00")),
    ("quita el museo y el almuerzo a la 1", "es", _removed_then_retimed("lunch", "13:00")),
    (
        "borra el museo botero y monserrate a las 9am",
        "es",
        _removed_then_retimed("monserrate", "09:00"),
    ),
    (
        "saca el museo, y la cena a las 9 de la noche porfa",
        "es",
        _removed_then_retimed("dinner", "21:00"),
    ),
    ("tira a praia e o jantar pras 21h", "pt", _removed_then_retimed("dinner", "21:00")),
    ("tira o museu e o forte às 15h", "pt", _removed_then_retimed("forte", "15:00")),
    ("remove o museu, e o almoço as 13h", "pt", _removed_then_retimed("lunch", "13:00")),
]

KEPT_WHOLE: list[Any] = [
    ("add Tasca do Cais e Vinhos on day 2", "en", [{"intent": ADD, "query_has": ["e vinhos"]}]),
    (
        "add Ham and Cheese Deli for lunch on day 1",
        "en",
        [{"intent": ADD, "query_has": ["ham and cheese"], "day": 1}],
    ),
    (
        "agrega un lugar de arroz y mariscos para la cena del día 2",
        "es",
        [{"intent": ADD, "query_has": ["arroz", "mariscos"], "day": 2}],
    ),
    (
        "add rice and beans for lunch on day 3",
        "en",
        [{"intent": ADD, "query_has": ["rice and beans"], "day": 3}],
    ),
    ("swap day 1 and day 3", "en", [{"intent": Intent.SWAP_DAYS, "day": 1, "to_day": 3}]),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(SPLIT))
def test_a_clause_with_its_own_verb_is_its_own_request(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(RETIMED_AFTER_REMOVAL))
def test_a_thing_with_a_time_after_a_removal_is_retimed(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(KEPT_WHOLE))
def test_an_and_with_no_request_after_it_stays_inside(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(
    ("piece", "starts"),
    [
        ("add a bar", True),
        ("for dinner on monday add seafood", True),
        ("tomorrow in the morning remove the museum", True),
        ("and also move the castle to day 2", True),
        ("chips at 8", False),
        ("the castle", False),
        ("wollensky on day 2", False),
    ],
)
def test_starts_request_looks_for_a_verb_first_or_after_slots(piece: str, starts: bool) -> None:
    assert starts_request(piece) is starts


@pytest.mark.parametrize(
    ("piece", "put_back"),
    [
        ("el Calton Hill add that at 4:30", "add Calton Hill at 4:30"),
        ("the castle, move it to day 3", "move castle to day 3"),
        ("a Sé change that to friday", "change Sé to friday"),
        ("add it at 4", "add it at 4"),
        ("for dinner move it to 9", "for dinner move it to 9"),
    ],
)
def test_fronted_objects_are_put_back_after_their_verb(piece: str, put_back: str) -> None:
    assert fronted(piece) == put_back


WHOLE_THEN_MORE: list[Any] = [
    (
        "limpa o dia 3 e troca o dia 1 com o 2",
        "pt",
        [{"intent": REMOVE, "day": 3, "every": True}, {"intent": Intent.SWAP_DAYS, "day": 1}],
    ),
    (
        "switch days 1 and 2, and add a seafood lunch on day 3",
        "en",
        [{"intent": Intent.SWAP_DAYS, "to_day": 2}, {"intent": ADD, "day": 3}],
    ),
    (
        "intercambia el día 1 y el 3 y borra el museo",
        "es",
        [{"intent": Intent.SWAP_DAYS, "to_day": 3}, {"intent": REMOVE, "target_has": ["museo"]}],
    ),
    (
        "el dia 3 ponele la Playa Castillogrande, y pasa Getsemaní al 4",
        "es",
        [{"intent": ADD, "day": 3}, {"intent": MOVE, "target_has": ["getsemaní"], "to_day": 4}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(WHOLE_THEN_MORE))
def test_a_verb_after_a_whole_message_request_starts_another(
    text: str, language: str | None, ops: list[dict[str, Any]]
) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(
    ("grammar", "parts"),
    [
        ("swap day 1 and day 2", ["swap day 1 and day 2"]),
        ("clear day 3 and swap day 1 with 2", ["clear day 3", "swap day 1 with 2"]),
        ("plan 3 days with beaches and temples", ["plan 3 days with beaches and temples"]),
        ("add x + book y for 2", ["add x", "book y for 2"]),
    ],
)
def test_verb_led_parts_cut_only_before_a_verb(grammar: str, parts: list[str]) -> None:
    assert verb_led_parts(grammar) == parts

"""core.intents.parse: a message → its language and its operations, in three languages.

The English, Spanish and Portuguese phrase tables (core.intents.english / spanish / portuguese)
are tested through parse(), the way the orchestrator uses them. A case lists the operations
the message asks for, each with the slots that matter; slots not named are not checked.
`query_has` / `target_has`: words the query / target text must contain (any case);
`query_lacks`: words it must not contain; `every`: the target is every item;
`has_preferences`: wishes (cheap, well-rated, …) were found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.intents.model import LAST_DAY, Intent, Meal, ParsedTurn, PartOfDay, Topic
from core.intents.parse import normalize, parse
from core.intents.several import MAX_OPS

TODAY = dt.date(2026, 11, 23)
B, L, D = Meal.BREAKFAST, Meal.LUNCH, Meal.DINNER
MORNING, EVENING, NIGHT = PartOfDay.MORNING, PartOfDay.EVENING, PartOfDay.NIGHT
Op = dict[str, Any]


def _words(value: str | None) -> str:
    return (value or "").lower()


def check_op(op: ParsedTurn, want: Op) -> None:
    """Assert the intent and every slot `want` names."""
    for name, value in want.items():
        if name == "query_has":
            assert all(w.lower() in _words(op.query) for w in value), (name, op)
        elif name == "query_lacks":
            assert not any(w.lower() in _words(op.query) for w in value), (name, op)
        elif name == "target_has":
            assert op.target is not None, op
            assert all(w.lower() in _words(op.target.text) for w in value), (name, op)
        elif name == "every":
            assert op.target is not None, op
            assert op.target.every is value, (name, op)
        elif name == "has_preferences":
            assert (op.preferences is not None) is value, (name, op)
        else:
            assert getattr(op, name) == value, (name, op)


def check(text: str, language: str | None, ops: list[Op]) -> None:
    parsed = parse(text, today=TODAY)
    assert parsed.language == language, parsed
    assert [op.intent for op in parsed.ops] == [want["intent"] for want in ops], parsed
    for op, want in zip(parsed.ops, ops, strict=True):
        check_op(op, want)


def cases(table: list[Any]) -> list[Any]:
    """The table as pytest params named by their message."""
    # pytest.param values (the xfails) are named already; plain tuples get their message.
    return [case if hasattr(case, "marks") else pytest.param(*case, id=case[0]) for case in table]


ADD, REMOVE, MOVE, RETIME = Intent.ADD, Intent.REMOVE, Intent.MOVE, Intent.RETIME

SINGLE: list[Any] = [
    # Add, with meal / time / day.
    ("add a sushi place on day 2", "en", [{"intent": ADD, "query_has": ["sushi"], "day": 2}]),
    (
        "can you add dinner at Sushi Zen on day 2 at 8",
        "en",
        [{"intent": ADD, "query": "Sushi Zen", "meal": D, "day": 2, "time": "20:00"}],
    ),
    (
        "agrega un restaurante de mariscos para la cena el día 2",
        "es",
        [{"intent": ADD, "query_has": ["mariscos"], "meal": D, "day": 2}],
    ),
    (
        "adiciona um restaurante japonês no jantar do dia 2",
        "pt",
        [{"intent": ADD, "query_has": ["japonês"], "meal": D, "day": 2}],
    ),
    (
        "quiero cenar en Sushi Zen el día 2 a las 8",
        "es",
        [{"intent": ADD, "query": "Sushi Zen", "meal": D, "day": 2, "time": "20:00"}],
    ),
    (
        "oi! queria um jantar numa churrascaria amanhã às 20h",
        "pt",
        [
            {
                "intent": ADD,
                "query_has": ["churrascaria"],
                "meal": D,
                "time": "20:00",
                "day_ref": "tomorrow",
            }
        ],
    ),
    (
        "add a museum tomorrow morning",
        "en",
        [{"intent": ADD, "query": "museum", "day_ref": "tomorrow", "part_of_day": MORNING}],
    ),
    (
        "agrega un museo mañana por la mañana",
        "es",
        [{"intent": ADD, "query_has": ["museo"], "day_ref": "tomorrow", "part_of_day": MORNING}],
    ),
    (
        "adiciona um museu amanhã de manhã",
        "pt",
        [{"intent": ADD, "query_has": ["museu"], "day_ref": "tomorrow", "part_of_day": MORNING}],
    ),
    (
        "add a bar tonight",
        "en",
        [{"intent": ADD, "query": "bar", "day_ref": "today", "part_of_day": EVENING}],
    ),
    (
        "agrega un bar esta noche",
        "es",
        [{"intent": ADD, "query": "bar", "day_ref": "today", "part_of_day": EVENING}],
    ),
    (
        "adiciona um bar hoje à noite",
        "pt",
        [{"intent": ADD, "query": "bar", "day_ref": "today", "part_of_day": EVENING}],
    ),
    (
        "add dinner at Sushi Zen on friday",
        "en",
        [{"intent": ADD, "query": "Sushi Zen", "meal": D, "day_ref": "weekday:4"}],
    ),
    (
        "pon un bar de salsa el sábado",
        "es",
        [{"intent": ADD, "query_has": ["bar", "salsa"], "day_ref": "weekday:5"}],
    ),
    (
        "uma pizzaria no sábado à noite",
        "pt",
        [
            {
                "intent": ADD,
                "query_has": ["pizzaria"],
                "day_ref": "weekday:5",
                "part_of_day": EVENING,
            }
        ],
    ),
    (
        "add a museum on december 9",
        "en",
        [{"intent": ADD, "query": "museum", "day": None, "day_ref": "monthday:12-09"}],
    ),
    (
        "agrega un museo el 9 de diciembre",
        "es",
        [{"intent": ADD, "query_has": ["museo"], "day": None, "day_ref": "monthday:12-09"}],
    ),
    (
        "adiciona um museu no dia 9 de dezembro",
        "pt",
        [{"intent": ADD, "query_has": ["museu"], "day": None, "day_ref": "monthday:12-09"}],
    ),
    (
        "add a cheap place for dinner on day 2",
        "en",
        [{"intent": ADD, "meal": D, "day": 2, "has_preferences": True}],
    ),
    (
        "agrega un restaurante barato para la cena",
        "es",
        [{"intent": ADD, "query_has": ["restaurante"], "meal": D, "has_preferences": True}],
    ),
    ("i'd love to see the Louvre on day 3", "en", [{"intent": ADD, "query": "Louvre", "day": 3}]),
    (
        "sushi for dinner on day 2",
        "en",
        [{"intent": ADD, "query": "sushi", "meal": D, "day": 2}],
    ),
    (
        "agrega el Museo del Oro el día 2",
        "es",
        [{"intent": ADD, "query": "Museo del Oro", "day": 2}],
    ),
    (
        "add breakfast at 9 on the last day",
        "en",
        [{"intent": ADD, "meal": B, "time": "09:00", "day": LAST_DAY}],
    ),
    ("add lunch at 1:30", "en", [{"intent": ADD, "meal": L, "time": "13:30"}]),
    ("add dinner at 8:30", "en", [{"intent": ADD, "meal": D, "time": "20:30"}]),
    ("adiciona a Pinacoteca no dia 2", "pt", [{"intent": ADD, "query": "Pinacoteca", "day": 2}]),
    (
        "add Morning Glory Cafe on day 2",
        "en",
        [{"intent": ADD, "query_has": ["Morning Glory"], "day": 2}],
    ),
    ("add a bar late at night", "en", [{"intent": ADD, "query": "bar", "time": "22:00"}]),
    # Remove and clear.
    (
        "remove dinner on day 2",
        "en",
        [{"intent": REMOVE, "day": 2, "meal": D}],
    ),
    (
        "quita el museo del día 3",
        "es",
        [{"intent": REMOVE, "day": 3, "target_has": ["museo"]}],
    ),
    (
        "tira o museu do dia 3",
        "pt",
        [{"intent": REMOVE, "day": 3, "target_has": ["museu"]}],
    ),
    (
        "i don't want to go to the museum anymore",
        "en",
        [{"intent": REMOVE, "target_has": ["museum"]}],
    ),
    ("ya no quiero ir al museo", "es", [{"intent": REMOVE, "target_has": ["museo"]}]),
    ("não quero mais ir ao museu", "pt", [{"intent": REMOVE, "target_has": ["museu"]}]),
    ("take the museum off day 2", "en", [{"intent": REMOVE, "day": 2, "target_has": ["museum"]}]),
    ("clear day 2", "en", [{"intent": REMOVE, "day": 2, "every": True}]),
    ("vacía el día 2", "es", [{"intent": REMOVE, "day": 2, "every": True}]),
    ("limpa o dia 2", "pt", [{"intent": REMOVE, "day": 2, "every": True}]),
    ("remove everything on day 3", "en", [{"intent": REMOVE, "day": 3, "every": True}]),
    # Move and retime.
    ("move the museum to day 3", "en", [{"intent": MOVE, "to_day": 3, "target_has": ["museum"]}]),
    ("mueve el museo al día 3", "es", [{"intent": MOVE, "to_day": 3, "target_has": ["museo"]}]),
    ("passa o museu pro dia 3", "pt", [{"intent": MOVE, "to_day": 3, "target_has": ["museu"]}]),
    (
        "move the museum from day 2 to day 4",
        "en",
        [{"intent": MOVE, "day": 2, "to_day": 4, "target_has": ["museum"]}],
    ),
    (
        "pasa la cena del día 2 al día 3 a las 9 de la noche",
        "es",
        [{"intent": MOVE, "day": 2, "to_day": 3, "time": "21:00", "meal": D}],
    ),
    (
        "move the museum to tomorrow",
        "en",
        [{"intent": MOVE, "target_has": ["museum"], "to_day_ref": "tomorrow"}],
    ),
    (
        "mueve el museo al viernes",
        "es",
        [{"intent": MOVE, "target_has": ["museo"], "day_ref": "weekday:4"}],
    ),
    (
        "move the museum from monday to wednesday",
        "en",
        [{"intent": MOVE, "target_has": ["museum"]}],
    ),
    ("move dinner to 9pm", "en", [{"intent": RETIME, "time": "21:00", "meal": D}]),
    ("cambia la cena a las 9 de la noche", "es", [{"intent": RETIME, "time": "21:00", "meal": D}]),
    ("muda o jantar para as 21h", "pt", [{"intent": RETIME, "time": "21:00", "meal": D}]),
    (
        "adelanta el almuerzo a la 1 de la tarde",
        "es",
        [{"intent": RETIME, "time": "13:00", "meal": L}],
    ),
    ("move lunch to 1pm on day 3", "en", [{"intent": RETIME, "time": "13:00", "day": 3}]),
    # Replace and swap.
    (
        "replace dinner with sushi",
        "en",
        [{"intent": Intent.REPLACE, "query": "sushi", "meal": D}],
    ),
    ("cambia la cena por sushi", "es", [{"intent": Intent.REPLACE, "query": "sushi", "meal": D}]),
    (
        "troca o jantar por um churrasco",
        "pt",
        [{"intent": Intent.REPLACE, "query": "churrasco", "meal": D}],
    ),
    (
        "replace the museum on day 2 with a park",
        "en",
        [{"intent": Intent.REPLACE, "day": 2, "target_has": ["museum"], "query": "park"}],
    ),
    (
        "cambia el museo del día 2 por un parque",
        "es",
        [{"intent": Intent.REPLACE, "day": 2, "target_has": ["museo"], "query": "parque"}],
    ),
    (
        "troca o museu do dia 2 por um parque",
        "pt",
        [{"intent": Intent.REPLACE, "day": 2, "target_has": ["museu"], "query": "parque"}],
    ),
    ("swap days 1 and 3", "en", [{"intent": Intent.SWAP_DAYS, "day": 1, "to_day": 3}]),
    (
        "intercambia el día 1 y el día 3",
        "es",
        [{"intent": Intent.SWAP_DAYS, "day": 1, "to_day": 3}],
    ),
    ("troca o dia 1 com o dia 3", "pt", [{"intent": Intent.SWAP_DAYS, "day": 1, "to_day": 3}]),
    (
        "exchange the first and the last day",
        "en",
        [{"intent": Intent.SWAP_DAYS, "day": 1, "to_day": LAST_DAY}],
    ),
    # Undo, show, help.
    ("undo", "en", [{"intent": Intent.UNDO}]),
    ("deshacer", "es", [{"intent": Intent.UNDO}]),
    ("desfaz", "pt", [{"intent": Intent.UNDO}]),
    ("no wait, revert that", "en", [{"intent": Intent.UNDO}]),
    ("show day 2", "en", [{"intent": Intent.SHOW, "day": 2}]),
    ("¿qué hay el día 2?", "es", [{"intent": Intent.SHOW, "day": 2}]),
    ("o que tem no dia 2?", "pt", [{"intent": Intent.SHOW, "day": 2}]),
    ("what do we have tomorrow", "en", [{"intent": Intent.SHOW, "day_ref": "tomorrow"}]),
    ("muéstrame el itinerario", "es", [{"intent": Intent.SHOW}]),
    ("mostra o roteiro", "pt", [{"intent": Intent.SHOW}]),
    ("help", "en", [{"intent": Intent.HELP}]),
    ("ayuda", "es", [{"intent": Intent.HELP}]),
    ("ajuda", "pt", [{"intent": Intent.HELP}]),
    # Plans with interests.
    (
        "plan 3 days in Goa with beaches and temples",
        "en",
        [
            {
                "intent": Intent.PLAN,
                "destination": "Goa",
                "day_count": 3,
                "interests": ("beach", "temple"),
            }
        ],
    ),
    (
        "plan a trip to Scotland for whisky and castles",
        "en",
        [{"intent": Intent.PLAN, "destination": "Scotland", "interests": ("whisky", "castle")}],
    ),
    (
        "planea 3 días en Lisboa con museos y playas",
        "es",
        [
            {
                "intent": Intent.PLAN,
                "destination": "Lisboa",
                "day_count": 3,
                "interests": ("museum", "beach"),
            }
        ],
    ),
    (
        "arma un viaje de 5 días a Cartagena con playas y comida típica",
        "es",
        [{"intent": Intent.PLAN, "destination": "Cartagena", "day_count": 5}],
    ),
    (
        "planeja 4 dias em Porto com vinhos e praias",
        "pt",
        [
            {
                "intent": Intent.PLAN,
                "destination": "Porto",
                "day_count": 4,
                "interests": ("wine", "beach"),
            }
        ],
    ),
    # Explain, book, expert.
    (
        "why did you pick Sushi Zen",
        "en",
        [{"intent": Intent.EXPLAIN, "target_has": ["Sushi Zen"], "question": "why"}],
    ),
    (
        "cuéntame sobre el Museo del Oro",
        "es",
        [{"intent": Intent.EXPLAIN, "target_has": ["Museo del Oro"]}],
    ),
    (
        "¿por qué pusiste el museo el día 2?",
        "es",
        [{"intent": Intent.EXPLAIN, "target_has": ["museo"], "question": "why", "day": 2}],
    ),
    (
        "is Sushi Zen open now",
        "en",
        [{"intent": Intent.EXPLAIN, "target_has": ["Sushi Zen"], "question": "open"}],
    ),
    (
        "book a table for 4 at Sushi Zen",
        "en",
        [{"intent": Intent.BOOK, "target_has": ["Sushi Zen"], "party_size": 4}],
    ),
    (
        "reserva una mesa para 4 en Sushi Zen",
        "es",
        [{"intent": Intent.BOOK, "target_has": ["Sushi Zen"], "party_size": 4}],
    ),
    (
        "reserva uma mesa para 4 pessoas no Sushi Zen",
        "pt",
        [{"intent": Intent.BOOK, "target_has": ["Sushi Zen"], "party_size": 4}],
    ),
    (
        "reserva no Fasano para 2 pessoas amanhã às 20h",
        "pt",
        [
            {
                "intent": Intent.BOOK,
                "target_has": ["Fasano"],
                "party_size": 2,
                "time": "20:00",
                "day_ref": "tomorrow",
            }
        ],
    ),
    (
        "book Sushi Zen for 4 people on day 2 at 8pm",
        "en",
        [{"intent": Intent.BOOK, "party_size": 4, "day": 2, "time": "20:00"}],
    ),
    ("book a table for dinner at 8", "en", [{"intent": Intent.BOOK, "time": "20:00"}]),
    ("reserva una mesa para la cena a las 8", "es", [{"intent": Intent.BOOK, "time": "20:00"}]),
    ("find me a local guide", "en", [{"intent": Intent.EXPERT}]),
    (
        "find me a whisky expert in Edinburgh",
        "en",
        [{"intent": Intent.EXPERT, "destination": "Edinburgh"}],
    ),
    ("busca un guía local", "es", [{"intent": Intent.EXPERT}]),
    ("preciso de um guia local", "pt", [{"intent": Intent.EXPERT}]),
    # Social.
    ("hi", "en", [{"intent": Intent.SOCIAL, "topic": Topic.GREETING}]),
    ("hi there", "en", [{"intent": Intent.SOCIAL, "topic": Topic.GREETING}]),
    ("hola", "es", [{"intent": Intent.SOCIAL, "topic": Topic.GREETING}]),
    ("buenas tardes", "es", [{"intent": Intent.SOCIAL, "topic": Topic.GREETING}]),
    ("bom dia", "pt", [{"intent": Intent.SOCIAL, "topic": Topic.GREETING}]),
    ("thanks a lot", "en", [{"intent": Intent.SOCIAL, "topic": Topic.THANKS}]),
    ("muchas gracias", "es", [{"intent": Intent.SOCIAL, "topic": Topic.THANKS}]),
    ("obrigado", "pt", [{"intent": Intent.SOCIAL, "topic": Topic.THANKS}]),
    ("see you later", "en", [{"intent": Intent.SOCIAL, "topic": Topic.BYE}]),
    ("chao", "es", [{"intent": Intent.SOCIAL, "topic": Topic.BYE}]),
    ("tchau", "pt", [{"intent": Intent.SOCIAL, "topic": Topic.BYE}]),
    # Info (and a wish that only sounds like one).
    (
        "what's the weather tomorrow",
        "en",
        [{"intent": Intent.INFO, "topic": Topic.WEATHER, "day_ref": "tomorrow"}],
    ),
    (
        "va a llover mañana?",
        "es",
        [{"intent": Intent.INFO, "topic": Topic.WEATHER, "day_ref": "tomorrow"}],
    ),
    (
        "vai chover amanhã?",
        "pt",
        [{"intent": Intent.INFO, "topic": Topic.WEATHER, "day_ref": "tomorrow"}],
    ),
    ("is it safe to walk at night", "en", [{"intent": Intent.INFO, "topic": Topic.SAFETY}]),
    ("é seguro andar à noite?", "pt", [{"intent": Intent.INFO, "topic": Topic.SAFETY}]),
    ("how much will the trip cost", "en", [{"intent": Intent.INFO, "topic": Topic.COST}]),
    ("cuánto cuesta el viaje", "es", [{"intent": Intent.INFO, "topic": Topic.COST}]),
    ("quanto custa a viagem", "pt", [{"intent": Intent.INFO, "topic": Topic.COST}]),
    ("comparte el viaje con mi esposa", "es", [{"intent": Intent.INFO, "topic": Topic.SHARE}]),
    ("exporta al calendario", "es", [{"intent": Intent.INFO, "topic": Topic.EXPORT}]),
    ("add a cheap place for dinner", "en", [{"intent": ADD, "meal": D, "topic": None}]),
    # Trip changes.
    ("add 2 more days", "en", [{"intent": Intent.ADD_DAYS, "day_count": 2}]),
    ("agrega 2 días más", "es", [{"intent": Intent.ADD_DAYS, "day_count": 2}]),
    ("adiciona mais um dia", "pt", [{"intent": Intent.ADD_DAYS, "day_count": 1}]),
    ("shorten the trip to 4 days", "en", [{"intent": Intent.REMOVE_DAYS, "trip_days": 4}]),
    ("remove the last day", "en", [{"intent": Intent.REMOVE_DAYS, "day_count": 1}]),
    ("quita el último día", "es", [{"intent": Intent.REMOVE_DAYS, "day_count": 1}]),
    ("remove day 3 from the trip", "en", [{"intent": Intent.REMOVE_DAYS, "day": 3}]),
    ("make day 2 more relaxed", "en", [{"intent": Intent.RELAX, "day": 2}]),
    ("haz el día 2 más tranquilo", "es", [{"intent": Intent.RELAX, "day": 2}]),
    ("deixa o dia 2 mais leve", "pt", [{"intent": Intent.RELAX, "day": 2}]),
    (
        "cambia la fecha de inicio al 3 de marzo",
        "es",
        [{"intent": Intent.SET_START, "date": dt.date(2027, 3, 3)}],
    ),
    ("acorta el viaje a 3 días", "es", [{"intent": Intent.REMOVE_DAYS, "trip_days": 3}]),
    ("tira o dia 3 da viagem", "pt", [{"intent": Intent.REMOVE_DAYS, "day": 3}]),
    (
        "a viagem começa no dia 5 de dezembro",
        "pt",
        [{"intent": Intent.SET_START, "date": dt.date(2026, 12, 5)}],
    ),
]

MULTI: list[Any] = [
    (
        "add a museum on day 2 and a ramen place for dinner",
        "en",
        [
            {"intent": ADD, "query": "museum", "day": 2},
            {"intent": ADD, "query_has": ["ramen"], "meal": D, "day": 2},
        ],
    ),
    (
        "add a museum on day 2, then a ramen place for dinner",
        "en",
        [
            {"intent": ADD, "query": "museum", "day": 2},
            {"intent": ADD, "query_has": ["ramen"], "meal": D, "day": 2},
        ],
    ),
    (
        "remove the museum from day 2 and add a park",
        "en",
        [
            {"intent": REMOVE, "day": 2, "target_has": ["museum"]},
            # on the removed museum's day: the trip tells (core.earlier_day)
            {"intent": ADD, "query": "park", "day": None},
        ],
    ),
    (
        "add sushi for dinner on day 2 then move the museum to day 3",
        "en",
        [
            {"intent": ADD, "query": "sushi", "meal": D, "day": 2},
            {"intent": MOVE, "to_day": 3, "target_has": ["museum"]},
        ],
    ),
    (
        "replace the museum with a park, then add a bar tonight",
        "en",
        [
            {"intent": Intent.REPLACE, "query": "park", "target_has": ["museum"]},
            {"intent": ADD, "query": "bar", "day_ref": "today", "part_of_day": EVENING},
        ],
    ),
    (
        "add dinner at 8 on day 2 and breakfast at 9",
        "en",
        [
            {"intent": ADD, "meal": D, "time": "20:00", "day": 2},
            {"intent": ADD, "meal": B, "time": "09:00", "day": 2},
        ],
    ),
    (
        "add a museum, then a park and a bar on day 3",
        "en",
        [
            {"intent": ADD, "query": "museum", "day": 3},
            {"intent": ADD, "query": "park", "day": 3},
            {"intent": ADD, "query": "bar", "day": 3},
        ],
    ),
    (
        "agrega un museo el día 2 y también un bar de tapas para la cena",
        "es",
        [
            {"intent": ADD, "query_has": ["museo"], "day": 2},
            {"intent": ADD, "query_has": ["tapas"], "meal": D, "day": 2},
        ],
    ),
    (
        "añade un museo el día 2 y luego un parque",
        "es",
        [
            {"intent": ADD, "query_has": ["museo"], "day": 2},
            {"intent": ADD, "query_has": ["parque"], "day": 2},
        ],
    ),
    (
        "quita el bar y agrega un museo",
        "es",
        [
            {"intent": REMOVE, "target_has": ["bar"]},
            {"intent": ADD, "query_has": ["museo"]},
        ],
    ),
    (
        "quita el museo y también el bar",
        "es",
        [
            {"intent": REMOVE, "target_has": ["museo"]},
            {"intent": REMOVE, "target_has": ["bar"]},
        ],
    ),
    (
        "agrega Andrés Carne de Res y también un bar de salsa el sábado",
        "es",
        [
            {"intent": ADD, "query_has": ["Andrés Carne de Res"], "day_ref": "weekday:5"},
            {"intent": ADD, "query_has": ["salsa"], "day_ref": "weekday:5"},
        ],
    ),
    (
        "adiciona um museu no dia 2 e depois um restaurante de frutos do mar para o jantar",
        "pt",
        [
            {"intent": ADD, "query_has": ["museu"], "day": 2},
            {"intent": ADD, "query_has": ["frutos do mar"], "meal": D, "day": 2},
        ],
    ),
    (
        "adiciona um bar no dia 2 e também um restaurante de frutos do mar",
        "pt",
        [
            {"intent": ADD, "query": "bar", "day": 2},
            {"intent": ADD, "query_has": ["frutos do mar"], "day": 2},
        ],
    ),
    (
        "tira o museu e depois adiciona um parque no dia 3",
        "pt",
        [
            {"intent": REMOVE, "target_has": ["museu"]},
            {"intent": ADD, "query_has": ["parque"], "day": 3},
        ],
    ),
    (
        "remove the museum and the bar from day 2",
        "en",
        [
            {"intent": REMOVE, "target_has": ["museum"], "day": 2},
            {"intent": REMOVE, "target_has": ["bar"], "day": 2},
        ],
    ),
    (
        "move dinner to 9 and lunch to 1",
        "en",
        [
            {"intent": RETIME, "meal": D, "time": "21:00"},
            {"intent": RETIME, "meal": L, "time": "13:00"},
        ],
    ),
    (
        "swap day 1 and day 2, then add a museum on day 1",
        "en",
        [
            {"intent": Intent.SWAP_DAYS, "day": 1, "to_day": 2},
            {"intent": ADD, "query": "museum", "day": 1},
        ],
    ),
    # Greetings and thanks around requests are manners, not operations.
    ("hi! add a museum on day 2", "en", [{"intent": ADD, "query": "museum", "day": 2}]),
    (
        "hi, add a museum on day 2 and a bar for dinner",
        "en",
        [
            {"intent": ADD, "query": "museum", "day": 2},
            {"intent": ADD, "query": "bar", "meal": D, "day": 2},
        ],
    ),
    (
        "add a museum on day 2 and a bar for dinner, thanks!",
        "en",
        [
            {"intent": ADD, "query": "museum", "day": 2},
            {"intent": ADD, "query": "bar", "meal": D, "day": 2},
        ],
    ),
    ("remove the museum, thanks", "en", [{"intent": REMOVE, "target_has": ["museum"]}]),
    ("hola! agrega un museo el día 2", "es", [{"intent": ADD, "query_has": ["museo"], "day": 2}]),
    ("hola! quita el museo, gracias", "es", [{"intent": REMOVE, "target_has": ["museo"]}]),
    (
        "oi, adiciona um museu no dia 2, valeu",
        "pt",
        [{"intent": ADD, "query_has": ["museu"], "day": 2}],
    ),
    ("thanks! add a bar on day 3", "en", [{"intent": ADD, "query": "bar", "day": 3}]),
    ("hola, gracias! agrega un bar", "es", [{"intent": ADD, "query": "bar"}]),
    # Self-corrections: only what follows counts.
    (
        "can you put the bamboo forest... no wait, put Tenryu-ji on day 1 pls",
        "en",
        [{"intent": ADD, "query": "Tenryu-ji", "day": 1, "query_lacks": ["bamboo"]}],
    ),
    (
        "add the louvre on day 2, scratch that, add the orsay on day 2",
        "en",
        [{"intent": ADD, "query": "orsay", "day": 2}],
    ),
    (
        "agrega el museo del oro, perdón, agrega el museo botero el día 2",
        "es",
        [{"intent": ADD, "query_has": ["botero"], "query_lacks": ["oro"], "day": 2}],
    ),
    (
        "adiciona o MASP no dia 2, quer dizer, adiciona o Museu do Ipiranga no dia 2",
        "pt",
        [{"intent": ADD, "query_has": ["Ipiranga"], "query_lacks": ["MASP"], "day": 2}],
    ),
    (
        "coloca o Beco do Batman amanhã, aliás, coloca o Ibirapuera amanhã",
        "pt",
        [{"intent": ADD, "query": "Ibirapuera", "day_ref": "tomorrow"}],
    ),
    (
        "add the bamboo forest on day 2... no wait, Tenryu-ji",
        "en",
        [{"intent": ADD, "query_has": ["Tenryu-ji"], "query_lacks": ["bamboo"]}],
    ),
    (
        "agrega el museo del oro el día 2, mejor dicho, el museo botero",
        "es",
        [{"intent": ADD, "query_has": ["botero"], "query_lacks": ["oro"]}],
    ),
    (
        "add the MASP on day 2, I mean the Pinacoteca",
        "en",
        [{"intent": ADD, "query_has": ["Pinacoteca"], "query_lacks": ["MASP"]}],
    ),
]

NOT_SPLIT: list[Any] = [
    ("add Tejo & Salsa Club on day 3", "en", [{"intent": ADD, "query": "Tejo & Salsa Club"}]),
    ("add Smith & Wollensky for dinner", "en", [{"intent": ADD, "query": "Smith & Wollensky"}]),
    (
        "add a bread and butter pudding place",
        "en",
        [{"intent": ADD, "query_has": ["bread and butter"]}],
    ),
    (
        "plan 3 days in Goa with beaches and temples",
        "en",
        [{"intent": Intent.PLAN, "interests": ("beach", "temple")}],
    ),
    (
        "find me a guide for whisky and castles in Scotland",
        "en",
        [{"intent": Intent.EXPERT, "destination": "Scotland"}],
    ),
    (
        "add fish and chips for lunch on day 2",
        "en",
        [{"intent": ADD, "query_has": ["fish and chips"], "meal": L, "day": 2}],
    ),
    (
        "add Smith and Wollensky on day 2",
        "en",
        [{"intent": ADD, "query": "Smith and Wollensky", "day": 2}],
    ),
]


@pytest.mark.parametrize(("text", "language", "ops"), cases(SINGLE))
def test_one_request(text: str, language: str | None, ops: list[Op]) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(MULTI))
def test_several_requests_in_one_message(text: str, language: str | None, ops: list[Op]) -> None:
    check(text, language, ops)


@pytest.mark.parametrize(("text", "language", "ops"), cases(NOT_SPLIT))
def test_and_inside_one_request_does_not_split_it(
    text: str, language: str | None, ops: list[Op]
) -> None:
    check(text, language, ops)


def test_no_more_than_max_ops_operations() -> None:
    text = ", then ".join(f"add a museum on day {n}" for n in range(1, MAX_OPS + 3))
    parsed = parse(text, today=TODAY)
    assert len(parsed.ops) == MAX_OPS
    assert [op.day for op in parsed.ops] == list(range(1, MAX_OPS + 1))


def test_normalize_tidies_spaces_quotes_emoji_and_opening_marks() -> None:
    assert normalize("  ¿qué   hay? 🍣 ") == "qué hay?"
    assert normalize("I’d love ★ 4+ $$") == "I'd love ★ 4+ $$"


@pytest.mark.parametrize("text", ["2", "Sushi Zen", "ok", "no", ""])
def test_a_message_with_no_telling_word_has_no_language(text: str) -> None:
    assert parse(text, today=TODAY).language is None


_WORDS = (
    "add remove move day 2 dia el la o a las às 8h 20h30 de la noche and y e then luego depois "
    "tomorrow mañana amanhã dinner cena jantar swap first last , ; . ! ? no wait perdón thanks "
    "gracias obrigado plan in Goa with beaches museo para 4 & ★ 🍣"
).split()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(max_size=300)
    | st.lists(st.sampled_from(_WORDS), max_size=40).map(lambda words: " ".join(words)[:300])
)
@example("")
@example("   ")
@example("¿¡")
@example("and and and")
@example(", then , then")
@example("no wait, no wait")
def test_parse_never_raises_and_always_gives_an_operation(text: str) -> None:
    parsed = parse(text, today=TODAY)
    assert len(parsed.ops) >= 1
    assert len(parsed.ops) <= MAX_OPS
    assert parsed.language in {"en", "es", "pt", None}


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("scrap elephanta tmrw, too far w the ferry", [Intent.REMOVE]),
        ("tira o royal mile, ja fomos la da outra vez", [Intent.REMOVE]),
        ("sacá todo del día 3, vamos a descansar", [Intent.REMOVE]),
        ("limpa o dia 3 inteiro, vamos fazer um bate volta pras highlands", [Intent.REMOVE]),
        ("add a bar on day 2, my wife is a wine lover", [Intent.ADD]),
    ],
)
def test_remarks_after_a_request_are_not_requests(text: str, intents: list[Intent]) -> None:
    message = parse(text, today=dt.date(2026, 11, 23))
    assert [op.intent for op in message.ops] == intents
    for op in message.ops:
        said = (op.target.text if op.target else op.query) or ""
        assert not {"ferry", "fomos", "descansar", "highlands", "wife"} & set(said.split())


@pytest.mark.parametrize(
    ("text", "day_ref"),
    [
        ("full itinerary pls", None),
        ("o q tem pra amanha?", "tomorrow"),
        ("q tengo pa ma~nana?", "tomorrow"),
        ("cual es el plan para el sabado?", "weekday:5"),
        ("qual é o plano pra sábado?", "weekday:5"),
    ],
)
def test_asking_what_is_planned_shows_and_changes_nothing(text: str, day_ref: str | None) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert (op.intent, op.day_ref) == (Intent.SHOW, day_ref)


@pytest.mark.parametrize(
    "text",
    ["hmm nao ficou bom, volta como tava antes", "Afinal não, anula isso", "mejor deshacelo"],
)
def test_undo_said_in_portuguese_and_spanish_chat(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.UNDO]


@pytest.mark.parametrize(
    ("text", "intent", "target"),
    [
        ("la Marine Drive pasala para esta noche", Intent.MOVE, "Marine Drive"),
        ("el ramen del dia 2 cambialo a las 2 de la tarde", Intent.RETIME, "ramen"),
        (
            "el Amber Fort pasalo a las 8 de la mañana q despues hace un calor barbaro",
            Intent.RETIME,
            "Amber Fort",
        ),
        ("el museo quitalo", Intent.REMOVE, "museo"),
    ],
)
def test_the_thing_said_first_then_the_verb_with_it(text: str, intent: Intent, target: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is intent
    assert op.target is not None
    assert op.target.text == target


@pytest.mark.parametrize(
    ("text", "target", "party"),
    [
        (
            "Could you reserve a table at The Thistle & Stag for four at 7pm on Monday please?",
            "The Thistle & Stag",
            4,
        ),
        ("table at konkan coast kitchen tmrw night for 2, 8.30pm", "konkan coast kitchen", 2),
        ("reservá en La Cevicheria Caribe para dos a la 1 del mediodia", "La Cevicheria Caribe", 2),
        (
            "Queria reservar mesa na Marisqueira da Foz para 4 pessoas às 20h",
            "Marisqueira da Foz",
            4,
        ),
    ],
)
def test_a_booking_names_only_the_place(text: str, target: str, party: int) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.BOOK
    assert op.target is not None
    assert (op.target.text, op.party_size) == (target, party)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("show me some ramen options for day 3 dinner", "ramen"),
        ("me mostra opções de restaurante goês pro almoço do dia 3", "restaurante goês"),
    ],
)
def test_asking_for_options_searches_the_kind(text: str, query: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert (op.intent, op.query) == (Intent.ADD, query)


def test_asking_for_the_options_is_not_a_search_for_the() -> None:
    assert all(op.query != "the" for op in parse("show me the options").ops)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("find us somewhere for lunch on day 5", None),
        ("can we get a coffee in on day 3 morning, before the beach", "coffee"),
        ("need a cafe on day 3 before the old quarter walk", "cafe"),
    ],
)
def test_who_it_is_for_and_where_in_the_day_are_not_the_place(text: str, query: str | None) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert (op.intent, op.query) == (Intent.ADD, query)


@pytest.mark.parametrize(
    ("text", "target", "when"),
    [
        ("the museum no, better on day 3", "museum", {"to_day": 3}),
        ("nishiki market nope, tomorrow", "nishiki market", {"to_day_ref": "tomorrow"}),
        ("the pub nah, rather at 9pm", "pub", {"time": "21:00"}),
        ("el museo no, mejor el día 3", "museo", {"to_day": 3}),
        ("el castillo no, mejor el jueves", "castillo", {"to_day_ref": "weekday:3"}),
        ("o museu não, melhor no dia 3", "museu", {"to_day": 3}),
    ],
)
def test_an_item_turned_down_for_a_day_or_a_time_is_moved_there(
    text: str, target: str, when: dict[str, object]
) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent in {Intent.MOVE, Intent.RETIME}, op
    assert op.target is not None
    assert op.target.text == target
    for slot, value in when.items():
        assert getattr(op, slot) == value, (slot, op)


@pytest.mark.parametrize("text", ["the beach no, better a museum", "el museo no, mejor un parque"])
def test_an_item_turned_down_for_a_place_is_still_replaced(text: str) -> None:
    (op,) = parse(text, today=TODAY).ops
    assert op.intent is Intent.REPLACE, op

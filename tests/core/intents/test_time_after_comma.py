"""A clock time set off by a comma ("…, a las 8 de la tarde") is the request's time, not a
remark; praise set off before a request about the stop just talked about is an opener."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("tío resérvame el haveli rooftop pa 3, a las 8 de la tarde", "20:00"),
        ("pon el museo del oro el jueves, a las 4 de la tarde", "16:00"),
        ("muévelo al viernes, a las 6 de la tarde", "18:00"),
        ("añade un café el martes, a eso de las 5 de la tarde", "17:00"),
        ("reserva la Cevichería Caribe para 2, a las 9 de la noche", "21:00"),
        ("cámbialo, a las 3 de la tarde", "15:00"),
    ],
)
def test_a_time_after_a_comma_is_kept(text: str, at: str) -> None:
    ops = parse(text, usual_language="es").ops
    assert [op.time for op in ops] == [at]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("guay, resérvalo pa 2 a las 8 de la tarde", Intent.BOOK),
        ("chévere, muévelo al viernes", Intent.MOVE),
        ("show, reserva ele pra 4 às 20h", Intent.BOOK),
        ("boa, tira isso", Intent.REMOVE),
        ("top, book it for 4", Intent.BOOK),
        ("bacán, quítalo", Intent.REMOVE),
    ],
)
def test_praise_before_a_request_about_the_last_stop_is_an_opener(
    text: str, intent: Intent
) -> None:
    (op,) = parse(text).ops
    assert op.intent is intent
    assert op.target is not None
    assert op.target.text in {"that", "it"}

"""A diminutive the search knows in its plain form is searched in that form."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse
from tests.core.intents.test_parse import TODAY

SOFTENED: list[tuple[str, str, str]] = [
    ("pon una playa tranquilita el jueves", "playa", "tranquilita"),
    ("agrega un parque tranquilito el sábado", "parque", "tranquilito"),
    ("põe uma praia tranquilinha no dia 2", "praia", "tranquilinha"),
]


@pytest.mark.parametrize(("text", "plain", "said"), SOFTENED, ids=[s[0] for s in SOFTENED])
def test_a_diminutive_is_searched_plain(text: str, plain: str, said: str) -> None:
    ops = parse(text, today=TODAY).ops
    assert [op.intent for op in ops] == [Intent.ADD], ops
    query = ops[0].query or ""
    assert plain in query, ops[0]
    assert said not in query, ops[0]


def test_a_name_that_looks_diminutive_is_kept() -> None:
    ops = parse("add Bonito Grill on day 2", today=TODAY).ops
    assert "Bonito" in (ops[0].query or ""), ops

"""Praise or "actually" before a request about the stop just added is an opener
(core.intents.openers): "cool, can it be at 8 instead" retimes "it"."""

from __future__ import annotations

import pytest

from core.intents.model import Intent
from core.intents.parse import parse

RETIMED = [
    ("cool, can it be at 8 instead", "08:00"),
    ("actually make it 4pm", "16:00"),
    ("nice, can we do it at 7pm", "19:00"),
    ("genial, pásalo a las 9", "09:00"),
    ("perfecto, cámbialo a las 8", "08:00"),
    ("perfeito, muda ele pras 20h", "20:00"),
    ("ótimo, passa pra 21h", "21:00"),
]


@pytest.mark.parametrize(("text", "time"), RETIMED)
def test_praise_before_a_request_is_no_part_of_it(text: str, time: str) -> None:
    [op] = parse(text).ops
    assert op.intent is Intent.RETIME, (text, op)
    assert op.time == time, text


@pytest.mark.parametrize("text", ["cool", "nice, perfect", "perfect, thanks!"])
def test_praise_alone_is_small_talk(text: str) -> None:
    assert [op.intent for op in parse(text).ops] == [Intent.SOCIAL], text

"""core.yes_no_words: a yes or a no to a yes/no question, as each region says it."""

from __future__ import annotations

import pytest

from core.choices import CONFIRM_NO, CONFIRM_YES, PromptKind, resolve_reply

_LABELS = ["Yes", "No"]

YES = {
    "en": [
        "sure thing", "go for it", "yeah go ahead", "fine by me", "that works", "works for me",
        "cool", "for sure", "you bet", "aye go on", "yes, go for it", "ok then", "totally",
    ],
    "es": [
        "está bien", "esta bien", "dale", "va", "sale", "órale", "claro que sí", "claro que si",
        "me parece bien", "de acuerdo", "venga va", "vale, venga", "ándale pues", "hagámosle",
        "sale pues", "sí, dale", "claro que sí, hazlo", "genial", "confirmo", "vaya pues, sí",
        "vaya pues", "ta bueno",
    ],
    "pt": [
        "está bem", "tá bem", "ta bem", "tá bom", "ta bom", "pode ser", "bora", "combinado",
        "tudo bem", "certo", "vamos nessa", "fechado", "ok, está bem", "sim, pode ser",
        "tá bom, pode", "está bem, obrigado", "pois sim", "exatamente", "vamos lá", "segue",
    ],
}  # fmt: skip
NO = {
    "en": [
        "nah leave it", "nah, forget it", "nope, leave it", "no way", "hold off",
        "no thats fine", "nah all good", "its fine leave it", "rather not", "i'll pass",
    ],
    "es": [
        "mejor no", "mejor no, gracias", "no, deja", "no no, déjalo", "déjalo como está",
        "dejémoslo así", "no hace falta", "no lo hagas", "cancela", "qué va", "ni hablar",
    ],
    "pt": [
        "não, deixa", "nao deixa", "deixa", "deixa estar", "não, deixa estar", "não precisa",
        "deixa para lá", "não quero", "não é preciso", "deixa ficar", "fica assim", "negativo",
    ],
}  # fmt: skip


@pytest.mark.parametrize("text", [t for said in YES.values() for t in said])
def test_a_yes_confirms(text: str) -> None:
    said = resolve_reply(text, _LABELS, PromptKind.CONFIRMATION)
    assert said.index == CONFIRM_YES, text


@pytest.mark.parametrize("text", [t for said in NO.values() for t in said])
def test_a_no_turns_down(text: str) -> None:
    said = resolve_reply(text, _LABELS, PromptKind.CONFIRMATION)
    assert said.index == CONFIRM_NO, text


@pytest.mark.parametrize(
    "text",
    ["sí, pero mejor el viernes", "está bem, mas só o almoço", "yes and add a bar too", "no sé"],
)
def test_more_than_a_yes_or_no_is_not_one(text: str) -> None:
    said = resolve_reply(text, _LABELS, PromptKind.CONFIRMATION)
    assert said.index is None, text

"""core.yes_no_reading: a reply to a yes/no question read word by word, as chat types it."""

from __future__ import annotations

import pytest

from core.choices import CONFIRM_NO, CONFIRM_YES, PromptKind, resolve_reply

_LABELS = ["Yes", "No"]

YES = {
    "en": [
        "chur", "chur bro", "sweet as mate", "can lah", "can can", "ya man", "yah mon",
        "sure thing boss", "yes please go ahead", "👍👍", "👍🏽", "ok 👌", "✅✅", "nah yeah",
        "yesss pls", "defo", "fo sho", "righto", "hai", "hai hai", "absolutly", "no wait, yes",
    ],
    "es": [
        "simón", "ándale pues", "dale pues mi rey", "sale y vale", "va", "cabal", "chivo",
        "ajá", "bai", "sí pues", "de una parce", "sí, porfa, hazlo", "sisas", "sii", "perfectoo",
        "sipi", "órale pues compa", "perfceto", "sí, no hay problema", "ya po",
    ],
    "pt": [
        "bora", "fechou", "demorou", "ss", "sim sim", "pode ser", "tá", "tá bom", "claro",
        "yá", "sin", "pode sim, manda ver", "bora mano", "fechou, valeu", "simm", "já é",
        "é isso aí", "vai lá", "sem problema", "obrigado, pode ser",
    ],
}  # fmt: skip
NO = {
    "en": [
        "yeah nah", "nah mate", "nah bro", "no ta", "nah you're good", "yeah nah all good",
        "nope 👎", "❌", "hell no", "ok, nevermind",
    ],
    "es": [
        "no, está bien", "no vale", "nel pastel", "no po", "ni de coña", "nop nop",
        "no gracias mi rey", "sí, mejor no", "nelson",
    ],
    "pt": [
        "não, tá bom", "não, valeu", "nn", "naum", "nem a pau", "tô fora", "não obg",
        "nananinanão", "agora não",
    ],
}  # fmt: skip


@pytest.mark.parametrize("text", [t for said in YES.values() for t in said])
def test_a_yes_in_any_region_confirms(text: str) -> None:
    said = resolve_reply(text, _LABELS, PromptKind.CONFIRMATION)
    assert said.index == CONFIRM_YES, text


@pytest.mark.parametrize("text", [t for said in NO.values() for t in said])
def test_a_no_in_any_region_turns_down(text: str) -> None:
    said = resolve_reply(text, _LABELS, PromptKind.CONFIRMATION)
    assert said.index == CONFIRM_NO, text


@pytest.mark.parametrize(
    "text",
    [
        "yes no", "sin cebolla", "sí, pero el jueves", "yes but not the museum",
        "yes, don't touch day 4", "sim, mas só o jantar", "can you move it to monday",
        "vai ser no sábado", "thanks", "gracias",
    ],
)  # fmt: skip
def test_more_or_less_than_a_yes_is_never_a_yes(text: str) -> None:
    said = resolve_reply(text, _LABELS, PromptKind.CONFIRMATION)
    assert said.index != CONFIRM_YES, text


@pytest.mark.parametrize("text", ["hai", "can", "chivo", "sin", "bai", "👍👍"])
def test_a_yes_alone_is_no_choice_among_places(text: str) -> None:
    said = resolve_reply(text, ["Sushi Zen", "Café Luna", "Bar Roma"], PromptKind.SELECTION)
    assert said.index is None, text

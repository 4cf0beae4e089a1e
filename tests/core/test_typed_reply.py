"""A typed reply read against the open prompt: its options and the cards behind them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.choices import CONFIRM_NO, NOT_A_CHOICE, Outcome, PromptKind, Resolution
from core.protocol import PlaceCandidate
from core.typed_reply import DISMISSED, cards_of, is_dismissal, resolve_typed_reply

NAMES = ["Kaiten Hana", "Limeño", "Green Leaf"]
CARDS = [
    PlaceCandidate(place_id="a", name="Kaiten Hana", cuisine=["Japanese"], price_level=3),
    PlaceCandidate(place_id="b", name="Limeño", cuisine=["Peruvian"], price_level=2),
    PlaceCandidate(place_id="c", name="Green Leaf", cuisine=["Vegan"], price_level=1),
]


def _select(text: str, cards: list[PlaceCandidate] = CARDS) -> Resolution:
    return resolve_typed_reply(text, NAMES, PromptKind.SELECTION, cards)


@pytest.mark.parametrize(
    "text",
    [
        # en
        "none of them",
        "neither",
        "nope, none",
        "skip",
        "I'll pass",
        "not interested, thanks",
        "forget about it",
        "nah maybe later",
        "nothing for now",
        # es
        "ninguna",
        "ninguno de esos",
        "paso, gracias",
        "mejor no, olvídalo",
        "no me gusta ninguna",
        "nada de eso",
        # pt
        "nenhuma",
        "não quero nenhum",
        "deixa pra lá",
        "esquece isso",
        "nenhuma dessas opções",
        "não gostei de nenhum",
    ],
)
def test_turning_every_card_down_dismisses(text: str) -> None:
    assert is_dismissal(text)
    assert _select(text) == DISMISSED


@pytest.mark.parametrize(
    "text",
    [
        "none of these, try italian instead",
        "forget the museum on day 2",
        "no museums please",
        "skip day 2",
        "nothing on day 3",
        "ninguno, busca uno italiano",
        "esquece o museu",
    ],
)
def test_a_refusal_that_asks_for_something_else_is_no_dismissal(text: str) -> None:
    assert not is_dismissal(text)
    assert _select(text).outcome is not Outcome.DISMISSED


def test_a_correction_is_a_pick_not_a_dismissal() -> None:
    assert _select("no, the second one") == Resolution(Outcome.CHOSEN, 1)
    assert _select("nah, the vegan one") == Resolution(Outcome.CHOSEN, 2)


def test_turning_a_yes_no_question_down_is_its_no() -> None:
    answer = resolve_typed_reply("nah skip it", ["Yes", "No"], PromptKind.CONFIRMATION)
    assert answer == Resolution(Outcome.CHOSEN, CONFIRM_NO)


def test_a_question_asked_in_words_can_be_dismissed() -> None:
    assert resolve_typed_reply("olvídalo", [], PromptKind.SELECTION) == DISMISSED
    assert resolve_typed_reply("um museu", [], PromptKind.SELECTION) == NOT_A_CHOICE


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("lets do the 2nd one then", 1),
        ("el peruano", 1),
        ("o mais barato", 2),
        ("Green Leaf", 2),
        ("3", 2),
    ],
)
def test_positions_descriptions_and_names_all_pick(text: str, index: int) -> None:
    assert _select(text) == Resolution(Outcome.CHOSEN, index)


def test_a_position_in_chat_beyond_the_options_is_out_of_range() -> None:
    assert _select("quero a quinta opção") == Resolution(Outcome.OUT_OF_RANGE)


def test_without_cards_a_description_is_no_choice() -> None:
    assert _select("el peruano", []) == NOT_A_CHOICE


@pytest.mark.parametrize("text", ["2 people", "the first day", "add a bar on day 2 instead"])
def test_other_requests_stay_requests(text: str) -> None:
    assert _select(text) == NOT_A_CHOICE


def test_cards_are_read_from_a_stored_prompt() -> None:
    payload = {"candidates": [card.to_json_dict() for card in CARDS]}
    assert [c.name for c in cards_of(payload, NAMES)] == NAMES


def test_cards_of_prompts_stored_by_earlier_versions_still_read() -> None:
    old = json.loads((Path(__file__).parent / "old_prompts.json").read_text(encoding="utf-8"))
    payload = old["editor_add_place"]["payload"]
    labels = [card["name"] for card in payload["candidates"]]
    assert [card.name for card in cards_of(payload, labels)] == labels
    assert resolve_typed_reply(
        "the cheapest", labels, PromptKind.SELECTION, cards_of(payload, labels)
    ).outcome in {Outcome.CHOSEN, Outcome.AMBIGUOUS}


@pytest.mark.parametrize(
    "payload",
    [{}, {"candidates": "x"}, {"candidates": [{"name": 3}]}, {"candidates": [{}, {}, {}, {}]}],
)
def test_a_payload_without_readable_cards_has_none(payload: dict[str, object]) -> None:
    assert cards_of(payload, NAMES) == []

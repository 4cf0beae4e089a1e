"""List pickers and quick replies (pure): shapes, variables, WhatsApp's limits.

Limits as Twilio documents them (twilio.com/docs/content/twiliolist-picker and
/twilio-quick-reply): list-picker body ≤ 1024, button ≤ 20, 1-10 items, item ≤ 24, id ≤ 200,
description ≤ 72; quick reply in session ≤ 3 buttons, title ≤ 20 (WhatsApp: titles differ).
The fake Twilio's own checks (tests/fakes/whatsapp.py) judge every filled-in template here.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from twilio.rest import Client
from twilio.rest.content.v1.content import ContentList

from adapters.whatsapp.interactive import (
    LIST_PICKER,
    QUICK_REPLY,
    Interactive,
    Shape,
    definition,
    interactive,
    units,
)
from core.messages import use_locale
from core.protocol import AgentResponse, ResponseMetadata, ResponseType
from tests.adapters.whatsapp.test_properties import LABELS, MESSAGES, NOTES, SELECTIONS
from tests.fakes.strategies import FAST
from tests.fakes.whatsapp import _fill, _interactive_problem, _template_problem

PROMPT = "Pq7Xk2Lm"


def _selection(items: list[dict[str, Any]], key: str = "candidates", **extra: Any) -> AgentResponse:
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Select one:",
        data={key: items},
        metadata=ResponseMetadata(prompt_id=PROMPT),
        **extra,
    )


def _confirmation(labels: list[str], **extra: Any) -> AgentResponse:
    options = [{"id": str(n), "label": label} for n, label in enumerate(labels)]
    return AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="Remove 3 activities from day 3?",
        data={"preview": {"items": ["Day 3 · Hoq Cave"]}, "options": options},
        metadata=ResponseMetadata(prompt_id=PROMPT),
        **extra,
    )


def _shown(picked: Interactive | None) -> dict[str, Any]:
    """The message as WhatsApp shows it, after Twilio's and WhatsApp's checks."""
    assert picked is not None
    template = definition(picked.shape)
    assert _template_problem(template) is None
    [(kind, shape)] = template["types"].items()
    assert kind == picked.shape.kind
    message = {"type": kind, **_fill(shape, picked.variables)}
    assert _interactive_problem(message) is None
    return message


def _card(name: str, **facts: Any) -> dict[str, Any]:
    return {"placeId": name, "name": name, **facts}


def test_cards_are_rows_with_their_facts_bound_to_the_prompt() -> None:
    cards = [
        _card("Sushi Zen", rating=4.5, ratingCount=234, priceLevel=3, distance=350),
        _card("Tokyo Bay", rating=4.3),
    ]
    picked = interactive(_selection(cards))
    assert picked is not None
    assert picked.shape == Shape(LIST_PICKER, 2, True, "en")
    assert _shown(picked) == {
        "type": LIST_PICKER,
        "body": "Select one:",
        "button": "Choose",
        "items": [
            {"item": "Sushi Zen", "id": f"{PROMPT}:0", "description": "★ 4.5 (234) · $$$ · 350 m"},
            {"item": "Tokyo Bay", "id": f"{PROMPT}:1", "description": "★ 4.3"},
        ],
    }


def test_options_without_descriptions_use_a_template_without_them() -> None:
    options = [{"id": "1", "label": "Day 1"}, {"id": "2", "label": "Day 2"}]
    picked = interactive(_selection(options, key="options"))
    assert picked is not None
    assert picked.shape == Shape(LIST_PICKER, 2, False, "en")
    assert _shown(picked)["items"] == [
        {"item": "Day 1", "id": f"{PROMPT}:0"},
        {"item": "Day 2", "id": f"{PROMPT}:1"},
    ]


def test_a_long_name_is_cut_to_24_and_given_whole_below() -> None:
    name = "The Really Long Harbour View Seafood Restaurant"
    shown = _shown(interactive(_selection([_card(name, rating=4.0), _card("Bay")])))
    [long_row, short_row] = shown["items"]
    assert long_row["item"].endswith("…")
    assert units(long_row["item"]) <= 24
    assert long_row["description"] == f"{name} · ★ 4.0"
    assert short_row["description"] == "Bay"  # a row without facts still has a description


def test_emoji_count_twice() -> None:
    shown = _shown(interactive(_selection([_card("🍣" * 30, rating=4.0, distance=1)])))
    assert units(shown["items"][0]["item"]) <= 24
    assert units(shown["items"][0]["description"]) <= 72


def test_ten_options_fit_one_list() -> None:
    cards = [_card(f"Bar {n}") for n in range(1, 11)]
    shown = _shown(interactive(_selection(cards)))
    assert [row["id"] for row in shown["items"]] == [f"{PROMPT}:{n}" for n in range(10)]


def test_more_than_ten_options_show_nine_and_more_with_the_rest_numbered_above() -> None:
    cards = [_card(f"Bar {n}") for n in range(1, 13)]
    shown = _shown(interactive(_selection(cards)))
    ids = [row["id"] for row in shown["items"]]
    assert ids == [*(f"{PROMPT}:{n}" for n in range(9)), f"{PROMPT}:more"]
    assert shown["items"][-1]["item"] == "More…"
    assert "10–12" in shown["items"][-1]["description"]
    assert shown["body"] == "Select one:\n10. Bar 10\n11. Bar 11\n12. Bar 12"


def test_a_body_over_1024_is_left_to_numbered_text() -> None:
    assert interactive(_selection([_card("Bar")], warnings=["x" * 1100])) is None
    assert interactive(_selection([_card("Bar")], warnings=["😀" * 520])) is None
    assert interactive(_selection([_card("Bar")], warnings=["😀" * 500])) is not None


def test_nothing_to_tap_without_a_prompt_or_a_question() -> None:
    unbound = _selection([_card("Bar")]).model_copy(update={"metadata": None})
    assert interactive(unbound) is None
    assert interactive(_selection([])) is None
    assert interactive(AgentResponse.complete("Added Bar ✅")) is None
    assert interactive(AgentResponse.needs_input("Which day?")) is None


def test_a_confirmation_is_quick_reply_buttons_yes_then_no() -> None:
    picked = interactive(_confirmation(["Yes, remove them", "Cancel"]))
    assert picked is not None
    assert picked.shape == Shape(QUICK_REPLY, 2, False, "en")
    assert _shown(picked) == {
        "type": QUICK_REPLY,
        "body": "Remove 3 activities from day 3?\n• Day 3 · Hoq Cave",
        "actions": [
            {"title": "Yes, remove them", "id": f"{PROMPT}:0"},
            {"title": "Cancel", "id": f"{PROMPT}:1"},
        ],
    }


def test_confirmation_words_are_cut_and_filled_in_the_travelers_language() -> None:
    with use_locale("es"):
        picked = interactive(_confirmation([]))
        assert picked is not None
        assert picked.shape.language == "es"
        assert [a["title"] for a in _shown(picked)["actions"]] == ["Sí", "No"]
    long = _shown(interactive(_confirmation(["Yes, replace the whole day plan", " "])))
    assert [units(a["title"]) <= 20 for a in long["actions"]] == [True, True]
    assert long["actions"][1]["title"] == "No"


def test_confirmations_whatsapp_would_refuse_are_left_to_text() -> None:
    assert interactive(_confirmation(["A", "B", "C", "D"])) is None  # 3 buttons in session
    same = ["Yes, replace the plan A", "Yes, replace the plan B"]  # alike once cut to 20
    assert interactive(_confirmation(same)) is None


def test_a_tap_is_confirmed_at_the_top() -> None:
    shown = _shown(interactive(_selection([_card("Bar")]), chosen="Sushi Zen"))
    assert shown["body"] == "✅ Sushi Zen\nSelect one:"


def test_one_template_per_shape_and_language() -> None:
    assert Shape(LIST_PICKER, 5, True, "en").friendly_name == "traveloure_list_5d_en_v1"
    assert Shape(QUICK_REPLY, 2, False, "pt").friendly_name == "traveloure_quick_2_pt_v1"
    five = [_card(f"Bar {n}", rating=4.0) for n in range(5)]
    other_five = [_card(f"Café {n}", distance=10) for n in range(5)]
    assert interactive(_selection(five)).shape == interactive(_selection(other_five)).shape  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "shape",
    [
        Shape(LIST_PICKER, size, described, "es")
        for size in range(1, 11)
        for described in (False, True)
    ]
    + [Shape(QUICK_REPLY, size, False, "pt") for size in (2, 3)],
    ids=lambda shape: shape.friendly_name,
)
def test_every_template_is_what_twilios_content_model_sends(shape: Shape) -> None:
    # The sender builds twilio's ContentCreateRequest from the definition: a field its model
    # did not know would be dropped on the way to Twilio without a word.
    template = definition(shape)
    modelled = ContentList.ContentCreateRequest(template).to_dict()
    without_unset = Client("AC0", "token").copy_non_none_values(modelled)  # as twilio sends it
    assert without_unset == template


@FAST
@given(SELECTIONS)
def test_any_selection_is_a_valid_picker_or_left_to_text(response: AgentResponse) -> None:
    picked = interactive(response)
    if picked is None:
        return
    shown = _shown(picked)
    data = response.data or {}
    count = len(data.get("candidates") or data.get("options") or [])
    ids = [row["id"] for row in shown["items"]]
    if count <= 10:
        assert ids == [f"{PROMPT}:{n}" for n in range(count)]
    else:  # nine to tap, every other one numbered in the body
        assert ids[:9] == [f"{PROMPT}:{n}" for n in range(9)]
        for number in range(10, count + 1):
            assert f"\n{number}." in shown["body"]  # labels may be empty: "10." alone


@FAST
@given(
    message=MESSAGES,
    labels=st.lists(LABELS, max_size=4),
    notes=NOTES,
    language=st.sampled_from(["en", "es", "pt"]),
)
def test_any_confirmation_is_valid_quick_replies_or_left_to_text(
    message: str, labels: list[str], notes: list[str], language: str
) -> None:
    response = _confirmation(labels, warnings=notes).model_copy(update={"message": message})
    with use_locale(language):
        picked = interactive(response)
        if picked is not None:
            shown = _shown(picked)
            assert shown["actions"][0]["id"] == f"{PROMPT}:0"
            assert shown["actions"][1]["id"] == f"{PROMPT}:1"

"""AgentResponse → Bot API bodies: every option present, every limit kept."""

from __future__ import annotations

import re
from typing import Any

from adapters.telegram.keyboards import (
    MORE,
    labels_from_text,
    parse_page_token,
    selection_keyboard,
    without_number,
)
from adapters.telegram.outbound import callback_answer, page_edit, render, tapped_edit
from core.messages import use_locale
from core.protocol import AgentResponse, ResponseMetadata, ResponseType

CARDS = [
    {
        "placeId": "demo-1",
        "name": "Hadibo Sushi",
        "rating": 4.6,
        "ratingCount": 214,
        "priceLevel": 2,
        "distance": 350,
        "isOpenNow": True,
    },
    {"placeId": "demo-2", "name": "Sushi Zen", "rating": 4.5, "ratingCount": 180, "priceLevel": 3},
    {"placeId": "demo-3", "name": "Tokyo Bay"},
]


def selection(
    data: dict[str, Any], prompt_id: str | None = "Pq7_x-2Z", **extra: Any
) -> AgentResponse:
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which place do you mean?",
        data=data,
        metadata=ResponseMetadata(prompt_id=prompt_id) if prompt_id else None,
        **extra,
    )


def buttons(body: dict[str, Any]) -> list[dict[str, str]]:
    return [button for row in body["reply_markup"]["inline_keyboard"] for button in row]


def test_cards_are_numbered_text_with_one_button_each() -> None:
    [body] = render(selection({"candidates": CARDS}, warnings=["Demo data."]), "4242")
    assert body == {
        "chat_id": 4242,
        "text": (
            "Which place do you mean?\n\n"
            "1. Hadibo Sushi\n    ★ 4.6 (214) · $$ · 350 m · open now\n"
            "2. Sushi Zen\n    ★ 4.5 (180) · $$$\n"
            "3. Tokyo Bay\n\n"
            "⚠️ Demo data."
        ),
        "reply_markup": {
            "inline_keyboard": [
                [{"text": "1. Hadibo Sushi", "callback_data": "Pq7_x-2Z:0"}],
                [{"text": "2. Sushi Zen", "callback_data": "Pq7_x-2Z:1"}],
                [{"text": "3. Tokyo Bay", "callback_data": "Pq7_x-2Z:2"}],
            ]
        },
    }


def test_twelve_options_page_by_eight_and_none_is_dropped() -> None:
    options = [
        {"id": f"o{n}", "label": f"Place number {n}", "description": f"about {n}"}
        for n in range(1, 13)
    ]
    [body] = render(selection({"options": options}), "4242")
    for n in range(1, 13):
        assert f"{n}. Place number {n}\n    about {n}" in body["text"]
    first = buttons(body)
    assert len(first) == 9
    assert [b["callback_data"] for b in first[:8]] == [f"Pq7_x-2Z:{i}" for i in range(8)]
    assert first[8] == {"text": MORE, "callback_data": "Pq7_x-2Z:more:1"}
    # the second page comes from the message text alone, as on a real "More…" tap
    labels = labels_from_text(body["text"])
    assert labels == [f"Place number {n}" for n in range(1, 13)]
    second = page_edit(4242, 77, "Pq7_x-2Z", labels, 1)
    assert second["chat_id"] == 4242
    assert second["message_id"] == 77
    page_two = [b for row in second["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["text"] for b in page_two] == [f"{n}. Place number {n}" for n in range(9, 13)] + [
        MORE
    ]
    assert page_two[-1]["callback_data"] == "Pq7_x-2Z:more:0"  # back to the first page
    tokens = {b["callback_data"] for b in first[:8] + page_two[:4]}
    assert tokens == {f"Pq7_x-2Z:{i}" for i in range(12)}


def test_every_button_fits_telegram_limits() -> None:
    long_name = "The Extraordinarily Long Named Seafood and Sushi Restaurant of Hadibo Old Town"
    options = [{"id": str(n), "label": f"{long_name} {n}"} for n in range(40)]
    for page in range(5):
        markup = selection_keyboard("Pq7_x-2Z", [o["label"] for o in options], page)
        rows = markup["inline_keyboard"]
        assert len(rows) <= 9
        for row in rows:
            for button in row:
                assert len(button["text"]) <= 64
                assert len(button["callback_data"].encode()) <= 64
    [body] = render(selection({"options": options}), "4242")
    first = buttons(body)[0]["text"]
    assert first == "1. The Extraordinarily Long Named Seafood and Sushi Restaurant…"
    assert long_name + " 39" in body["text"]  # the text keeps the full name


def test_page_tokens_round_trip_and_never_look_like_choices() -> None:
    assert parse_page_token("Pq7_x-2Z:more:3") == ("Pq7_x-2Z", 3)
    assert parse_page_token("Pq7_x-2Z:3") is None
    assert parse_page_token("menu/open") is None


def test_a_list_too_long_for_one_message_spills_over_without_losing_anything() -> None:
    options = [
        {"id": str(n), "label": f"Guesthouse {n} " + "with a very long name " * 3}
        for n in range(1, 151)
    ]
    bodies = render(selection({"options": options}, errors=["one", "two"]), "-1001234567890")
    assert len(bodies) > 1
    assert all(len(body["text"]) <= 4096 for body in bodies)
    assert all(body["chat_id"] == -1001234567890 for body in bodies)
    text = "\n".join(body["text"] for body in bodies)
    for n in range(1, 151):
        assert f"\n{n}. Guesthouse {n} with" in text
    assert "reply_markup" in bodies[-1]
    assert all("reply_markup" not in body for body in bodies[:-1])
    assert text.endswith("• one\n• two")


def test_selection_without_a_prompt_is_numbered_text_only() -> None:
    [body] = render(selection({"candidates": CARDS}, prompt_id=None), "4242")
    assert "reply_markup" not in body
    assert "3. Tokyo Bay" in body["text"]


def test_confirmation_has_preview_bullets_and_two_buttons() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="This will remove 3 items from day 2. Continue?",
        data={
            "preview": {"items": ["Lunch at Sushi Zen", "Museum", "Dinner"]},
            "options": [
                {"id": "yes", "label": "Yes, remove them"},
                {"id": "no", "label": "Cancel"},
            ],
        },
        metadata=ResponseMetadata(prompt_id="c0nf1rm_"),
    )
    assert render(response, "4242") == [
        {
            "chat_id": 4242,
            "text": (
                "This will remove 3 items from day 2. Continue?\n\n"
                "• Lunch at Sushi Zen\n• Museum\n• Dinner"
            ),
            "reply_markup": {
                "inline_keyboard": [
                    [
                        {"text": "Yes, remove them", "callback_data": "c0nf1rm_:0"},
                        {"text": "Cancel", "callback_data": "c0nf1rm_:1"},
                    ]
                ]
            },
        }
    ]


def test_confirmation_without_labels_says_yes_and_no() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="Continue?",
        metadata=ResponseMetadata(prompt_id="c0nf1rm_"),
    )
    [body] = render(response, "4242")
    assert [b["text"] for b in buttons(body)] == ["Yes", "No"]


def test_the_default_buttons_and_card_facts_speak_the_travelers_language() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="¿Quieres continuar?",
        metadata=ResponseMetadata(prompt_id="c0nf1rm_"),
    )
    with use_locale("pt"):
        [body] = render(response, "4242")
        [cards] = render(selection({"candidates": CARDS}), "4242")
    assert [b["text"] for b in buttons(body)] == ["Sim", "Não"]
    assert "aberto agora" in cards["text"]
    assert "open now" not in cards["text"]


def test_the_more_button_has_no_words_to_translate() -> None:
    # A "More…" tap is answered without knowing the traveler's language.
    assert not re.search(r"[A-Za-z]", MORE)


def test_needs_input_forces_a_reply_with_a_short_placeholder() -> None:
    response = AgentResponse.needs_input("Which day should I use?", "e.g. day 2 " + "x" * 80)
    [body] = render(response, "4242")
    assert body["text"] == "Which day should I use?"
    assert body["reply_markup"]["force_reply"] is True
    assert len(body["reply_markup"]["input_field_placeholder"]) <= 64
    [plain] = render(AgentResponse.needs_input("What should I book?"), "4242")
    assert plain["reply_markup"] == {"force_reply": True}


def test_errors_and_warnings_are_bullets_under_the_message() -> None:
    response = AgentResponse.error(
        "I couldn't find 'Moon Restaurant' near Hadibo.",
        "No results found for this search",
        "Check spelling",
    )
    [body] = render(response, "4242")
    assert body == {
        "chat_id": 4242,
        "text": (
            "I couldn't find 'Moon Restaurant' near Hadibo.\n\n"
            "• No results found for this search\n• Check spelling"
        ),
    }
    partial = AgentResponse(
        type=ResponseType.PARTIAL,
        message="Planned 2 of 3 days.",
        errors=["Day 3: no places"],
        warnings=["Demo data."],
    )
    [body] = render(partial, "4242")
    assert body["text"] == "Planned 2 of 3 days.\n\n• Day 3: no places\n\n⚠️ Demo data."


def test_long_text_with_emoji_is_cut_on_a_word_boundary() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji of five code points
    words = [f"día{n}{family}🍣" for n in range(900)]
    [body] = render(AgentResponse.complete(" ".join(words)), "4242")
    text = body["text"]
    assert len(text) <= 4096
    assert text.endswith("…")
    last_word = text.removesuffix("…").split(" ")[-1]
    assert last_word in words  # a whole word: no emoji sequence torn apart
    text.encode("utf-8")  # no lone surrogates


def test_tapped_message_keeps_its_text_and_shows_the_choice() -> None:
    assert tapped_edit("4242", 1367, "Which place?\n\n1. A\n2. Sushi Zen", "Sushi Zen") == (
        "editMessageText",
        {
            "chat_id": 4242,
            "message_id": 1367,
            "text": "Which place?\n\n1. A\n2. Sushi Zen\n\n✅ Sushi Zen",
        },
    )
    method, body = tapped_edit("4242", 1367, "x " * 3000, "Sushi Zen")
    assert method == "editMessageText"
    assert len(body["text"]) <= 4096
    assert body["text"].endswith("…\n\n✅ Sushi Zen")
    assert without_number("2. Sushi Zen") == "Sushi Zen"
    assert without_number("Yes, remove them") == "Yes, remove them"


def test_refused_tap_only_removes_the_keyboard() -> None:
    assert tapped_edit("4242", 1367, "Which place?", None) == (
        "editMessageReplyMarkup",
        {"chat_id": 4242, "message_id": 1367},  # no reply_markup: the keyboard goes
    )


def test_callback_answer_text_is_at_most_200_characters() -> None:
    assert callback_answer("q1") == {"callback_query_id": "q1"}
    body = callback_answer("q1", "word " * 100)
    assert len(body["text"]) <= 200

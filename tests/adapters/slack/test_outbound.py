"""AgentResponse → Block Kit messages: every option kept, every limit respected (no network)."""

from __future__ import annotations

import re
from typing import Any

from adapters.slack.outbound import render, render_chosen, render_text
from core.messages import use_locale
from core.protocol import AgentResponse, ResponseMetadata, ResponseType
from tests.fakes.slack import assert_within_slack_limits, button_values

PROMPT = "AbCd1234"
SUSHI = [
    ("Hadibo Sushi", 4.7, 412, 3, 597),
    ("Sushi Zen", 4.5, 234, 3, 1037),
    ("Tokyo Bay", 4.3, 156, 2, 1183),
    ("Ocean Sushi", 4.1, 98, 2, 2016),
    ("Socotra Sushi House", 3.9, 57, 1, 2333),
]


def _card(name: str, rating: float, count: int, price: int, distance: int) -> dict[str, Any]:
    return {
        "placeId": f"demo-{name.lower().replace(' ', '-')}",
        "name": name,
        "rating": rating,
        "ratingCount": count,
        "priceLevel": price,
        "formattedAddress": "Corniche Road, Hadibo, Socotra",
        "isOpenNow": False,
        "distance": distance,
        "cuisine": ["Japanese", "Sushi"],
    }


def _selection(cards: list[dict[str, Any]], **extra: Any) -> AgentResponse:
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message=f"I found {len(cards)} sushi places near Hadibo. Select one:",
        data={"candidates": cards},
        metadata=ResponseMetadata(ui_component="place-card-grid", prompt_id=PROMPT),
        **extra,
    )


def _texts(message: dict[str, Any]) -> list[str]:
    texts = []
    for block in message["blocks"]:
        if "text" in block:
            texts.append(block["text"]["text"])
        texts += [e["text"] for e in block.get("elements", []) if e["type"] == "mrkdwn"]
    return texts


def test_five_sushi_cards_are_one_message_with_a_button_each() -> None:
    response = _selection(
        [_card(*row) for row in SUSHI],
        warnings=["Demo data: places are illustrative, not real listings."],
    )
    [message] = render(response)
    assert_within_slack_limits(message)
    assert message["blocks"][0] == {
        "type": "section",
        "block_id": "msg_0",
        "text": {"type": "mrkdwn", "text": "I found 5 sushi places near Hadibo. Select one:"},
    }
    assert message["blocks"][1] == {
        "type": "context",
        "block_id": "note_0",
        "elements": [
            {"type": "mrkdwn", "text": "⚠️ Demo data: places are illustrative, not real listings."}
        ],
    }
    assert message["blocks"][3] == {
        "type": "section",
        "block_id": "card_2",
        "text": {
            "type": "mrkdwn",
            "text": "*2. Sushi Zen*\n★ 4.5 (234) · $$$ · 1.0 km · closed now\n"
            "Corniche Road, Hadibo, Socotra",
        },
        "accessory": {
            "type": "button",
            "action_id": "pick_2",
            "text": {"type": "plain_text", "text": "Sushi Zen", "emoji": True},
            "value": "AbCd1234:1",
        },
    }
    assert button_values(message) == [f"{PROMPT}:{i}" for i in range(5)]
    assert message["text"] == (
        "I found 5 sushi places near Hadibo. Select one:\n1. Hadibo Sushi\n2. Sushi Zen\n"
        "3. Tokyo Bay\n4. Ocean Sushi\n5. Socotra Sushi House"
    )


def test_a_card_with_a_photo_shows_it_and_puts_its_button_below() -> None:
    card = _card(*SUSHI[1]) | {"photoUrl": "https://lh3.googleusercontent.com/places/p=s400"}
    [message] = render(_selection([card]))
    assert_within_slack_limits(message)
    section, pick = message["blocks"][1:3]
    assert section["accessory"] == {
        "type": "image",
        "image_url": "https://lh3.googleusercontent.com/places/p=s400",
        "alt_text": "Sushi Zen",
    }
    assert pick["type"] == "actions"
    assert [e["value"] for e in pick["elements"]] == [f"{PROMPT}:0"]


def test_sixty_cards_with_photos_overflow_into_more_messages_and_none_is_dropped() -> None:
    cards = [
        _card(f"Sushi place number {n}", 4.0, 10, 2, 100 * n)
        | {"photoUrl": f"https://img.example/{n}.jpg"}
        for n in range(1, 61)
    ]
    messages = render(_selection(cards))
    assert len(messages) == 3  # 2 blocks a card: 24 + 25 + 11 cards
    for message in messages:
        assert_within_slack_limits(message)
    values = [value for message in messages for value in button_values(message)]
    assert values == [f"{PROMPT}:{i}" for i in range(60)]
    # a card's section and its button stay together in one message
    for message in messages:
        ids = [block["block_id"] for block in message["blocks"]]
        cards_here = [i for i in ids if re.fullmatch(r"card_\d+", i)]
        assert cards_here
        assert all(f"{card}_pick_0" in ids for card in cards_here)
    assert messages[1]["text"].startswith("25. Sushi place number 25\n")
    assert messages[2]["text"].endswith("60. Sushi place number 60")


def test_thirty_options_without_photos_all_get_buttons() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which day should I use?",
        data={"options": [{"id": str(d), "label": f"Day {d}"} for d in range(1, 31)]},
        metadata=ResponseMetadata(prompt_id=PROMPT),
    )
    messages = render(response)
    for message in messages:
        assert_within_slack_limits(message)
    assert [v for m in messages for v in button_values(m)] == [f"{PROMPT}:{i}" for i in range(30)]


def test_an_option_description_is_shown_under_its_label() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which one do you mean?",
        data={"options": [{"id": "a", "label": "Lunch", "description": "Day 2 · 1:00 PM"}]},
        metadata=ResponseMetadata(prompt_id=PROMPT),
    )
    [message] = render(response)
    assert message["blocks"][1]["text"]["text"] == "*1. Lunch*\nDay 2 · 1:00 PM"
    assert message["blocks"][1]["accessory"]["text"]["text"] == "Lunch"


def test_a_long_name_is_cut_to_75_characters_on_a_word_boundary_in_its_button() -> None:
    name = "The Extraordinarily Long Named Sushi and Seafood Grill of the Old Harbour " * 2
    [message] = render(_selection([_card(name.strip(), 4.0, 1, 1, 1)]))
    button = message["blocks"][1]["accessory"]["text"]["text"]
    assert len(button) <= 75
    assert button.endswith("…")
    assert name.startswith(button[:-1])
    assert button[-2] != " "
    assert name.strip() in message["blocks"][1]["text"]["text"]  # the card keeps the full name


def test_a_selection_without_a_prompt_still_lists_every_card() -> None:
    response = _selection([_card(*row) for row in SUSHI]).model_copy(update={"metadata": None})
    [message] = render(response)
    assert button_values(message) == []
    assert len(message["blocks"]) == 6


def test_a_confirmation_has_a_primary_yes_and_a_danger_no() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="This will remove 3 activities from day 3. Continue?",
        data={
            "preview": {"items": ["Day 3 · 9:00 AM · Viewpoint", "Day 3 · 1:00 PM · Kitchen"]},
            "options": [
                {"id": "yes", "label": "Yes, remove them"},
                {"id": "no", "label": "Cancel"},
            ],
        },
        metadata=ResponseMetadata(prompt_id=PROMPT),
    )
    [message] = render(response)
    assert_within_slack_limits(message)
    assert message["blocks"][1]["text"]["text"] == (
        "• Day 3 · 9:00 AM · Viewpoint\n• Day 3 · 1:00 PM · Kitchen"
    )
    assert message["blocks"][2] == {
        "type": "actions",
        "block_id": "confirm_0",
        "elements": [
            {
                "type": "button",
                "action_id": "confirm_0",
                "text": {"type": "plain_text", "text": "Yes, remove them", "emoji": True},
                "value": "AbCd1234:0",
                "style": "primary",
            },
            {
                "type": "button",
                "action_id": "confirm_1",
                "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                "value": "AbCd1234:1",
                "style": "danger",
            },
        ],
    }


def test_a_confirmation_without_labels_says_yes_and_no_in_the_travelers_language() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="¿Quieres continuar?",
        metadata=ResponseMetadata(prompt_id=PROMPT),
    )
    with use_locale("es"):
        [message] = render(response)
    texts = [element["text"]["text"] for element in message["blocks"][-1]["elements"]]
    assert texts == ["Sí", "No"]


def test_errors_are_bullets_in_a_context_block() -> None:
    response = AgentResponse.error(
        "I couldn't find 'Moon Restaurant' near Hadibo.",
        "No results found for this search",
        "Check spelling",
    )
    [message] = render(response)
    assert_within_slack_limits(message)
    assert message["blocks"][1] == {
        "type": "context",
        "block_id": "note_0",
        "elements": [
            {"type": "mrkdwn", "text": "• No results found for this search\n• Check spelling"}
        ],
    }
    assert message["text"].startswith("I couldn't find 'Moon Restaurant' near Hadibo.")


def test_partial_shows_errors_and_warnings() -> None:
    response = AgentResponse(
        type=ResponseType.PARTIAL,
        message="Planned 2 of 3 days.",
        errors=["There weren't enough museums"],
        warnings=["Demo data"],
    )
    [message] = render(response)
    assert _texts(message) == [
        "Planned 2 of 3 days.",
        "• There weren't enough museums\n⚠️ Demo data",
    ]


def test_needs_input_shows_its_placeholder_as_a_hint() -> None:
    [message] = render(AgentResponse.needs_input("What should I add?", "e.g. a museum on day 1"))
    assert _texts(message) == ["What should I add?", "_e.g. a museum on day 1_"]


def test_long_text_with_emoji_is_cut_at_3000_on_a_word_boundary() -> None:
    text = "Sushi 🍣 and sea 🌊 views 👨‍👩‍👧 " * 200  # one line, far over 3,000 characters
    [message] = render(AgentResponse.complete(text))
    assert_within_slack_limits(message)
    section = message["blocks"][0]["text"]["text"]
    assert len(section) <= 3000
    assert section.endswith("…")
    assert text.startswith(section[:-1])  # a prefix: no character was split or changed
    assert section[:-1].endswith(("Sushi", "🍣", "and", "sea", "🌊", "views", "👨‍👩‍👧"))
    section.encode("utf-8")  # valid text (no lone surrogates)
    assert len(message["text"]) <= 4000


def test_a_long_multi_line_text_is_split_between_lines_not_cut() -> None:
    lines = [f"Day {d} · 9:00 AM · A lovely morning visit number {d} 🌅" for d in range(1, 201)]
    messages = render(AgentResponse.complete("\n".join(lines)))
    shown = "\n".join(t for m in messages for t in _texts(m))
    assert shown == "\n".join(lines)
    for message in messages:
        assert_within_slack_limits(message)


def test_control_characters_are_escaped_and_the_cut_never_splits_an_entity() -> None:
    [message] = render(AgentResponse.complete("Tom & Jerry <3 > you"))
    assert message["blocks"][0]["text"]["text"] == "Tom &amp; Jerry &lt;3 &gt; you"
    assert message["text"] == "Tom &amp; Jerry &lt;3 &gt; you"
    [long] = render(AgentResponse.complete("&" * 5000))
    section = long["blocks"][0]["text"]["text"]
    assert len(section) <= 3000
    assert section.removesuffix("…").replace("&amp;", "") == ""


def test_plain_text_and_the_chosen_edit() -> None:
    [message] = render_text("Welcome to Traveloure!")
    assert message == {
        "text": "Welcome to Traveloure!",
        "blocks": [
            {
                "type": "section",
                "block_id": "msg_0",
                "text": {"type": "mrkdwn", "text": "Welcome to Traveloure!"},
            }
        ],
    }
    chosen = render_chosen("I found 5 sushi places & more. Select one:", "Sushi Zen")
    assert chosen == {
        "text": "✅ Sushi Zen",
        "blocks": [
            {
                "type": "section",
                "block_id": "msg_0",
                "text": {
                    "type": "mrkdwn",
                    "text": "I found 5 sushi places &amp; more. Select one:",
                },
            },
            {
                "type": "section",
                "block_id": "chosen",
                "text": {"type": "mrkdwn", "text": "✅ *Sushi Zen*"},
            },
        ],
    }
    assert button_values(chosen) == []
    assert render_chosen(None, "Yes")["blocks"] == [
        {"type": "section", "block_id": "chosen", "text": {"type": "mrkdwn", "text": "✅ *Yes*"}}
    ]

"""AgentResponse → WhatsApp message bodies: numbered text, never an option dropped, 1600 max."""

from __future__ import annotations

import json
import re
from typing import Any

from adapters.whatsapp.outbound import (
    MAX_BODY,
    address,
    message_form,
    render,
    render_text,
    template_form,
    units,
)
from core.locales.es import SPANISH
from core.messages import msg, use_locale
from core.protocol import AgentResponse, ResponseMetadata, ResponseType


def _card(name: str, **facts: Any) -> dict[str, Any]:
    return {"placeId": f"p-{name}", "name": name, "cuisine": [], "types": [], **facts}


def _selection(cards: list[dict[str, Any]], warnings: list[str] | None = None) -> AgentResponse:
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message=f"I found {len(cards)} sushi places near Hadibo. Select one:",
        data={"candidates": cards},
        metadata=ResponseMetadata(prompt_id="Pq7Xk2Lm"),
        warnings=warnings or [],
    )


def test_cards_are_numbered_lines_with_facts_and_a_reply_hint() -> None:
    response = _selection(
        [
            _card("Sushi Zen", rating=4.5, ratingCount=234, priceLevel=2, distance=350),
            _card("Tokyo Bay", rating=4.2, priceLevel=3, distance=1200, isOpenNow=True),
            _card("Ocean Sushi"),
        ],
        warnings=["Demo data: places are illustrative, not real listings."],
    )
    assert render(response) == [
        "I found 3 sushi places near Hadibo. Select one:\n"
        "1. Sushi Zen ★ 4.5 (234) · $$ · 350 m\n"
        "2. Tokyo Bay ★ 4.2 · $$$ · 1.2 km · open now\n"
        "3. Ocean Sushi\n"
        "⚠️ Demo data: places are illustrative, not real listings.\n"
        "Reply with a number or a name."
    ]


def test_twelve_options_all_shown() -> None:
    cards = [_card(f"Place {n}", rating=4.0, distance=100 * n) for n in range(1, 13)]
    [body] = render(_selection(cards))
    numbered = re.findall(r"^(\d+)\. Place (\d+) ", body, flags=re.MULTILINE)
    assert numbered == [(str(n), str(n)) for n in range(1, 13)]
    assert body.endswith(msg("reply_choice"))


def test_options_too_long_for_one_body_are_split_never_dropped() -> None:
    long_name = "Very Long Restaurant Name " * 6  # ~156 chars per line
    cards = [_card(f"{long_name}{n}", rating=4.1, priceLevel=1) for n in range(1, 16)]
    bodies = render(_selection(cards))
    assert len(bodies) > 1
    assert all(units(body) <= MAX_BODY for body in bodies)
    lines = "\n".join(bodies).splitlines()
    numbered = [line for line in lines if re.match(r"^\d+\. ", line)]
    assert [line.split(". ")[0] for line in numbered] == [str(n) for n in range(1, 16)]
    assert all(line.endswith(f"{n} ★ 4.1 · $") for n, line in enumerate(numbered, start=1))
    assert bodies[0].startswith("I found 15 sushi places")
    assert bodies[-1].endswith(msg("reply_choice"))


def test_plain_options_with_descriptions() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which one do you mean?",
        data={
            "options": [
                {"id": "a", "label": "Lunch at Sushi Zen", "description": "day 2 at 1:00 PM"},
                {"id": "b", "label": "Dinner at Tokyo Bay"},
            ]
        },
    )
    assert render(response) == [
        "Which one do you mean?\n"
        "1. Lunch at Sushi Zen — day 2 at 1:00 PM\n"
        "2. Dinner at Tokyo Bay\n"
        "Reply with a number or a name."
    ]


def test_confirmation_lists_the_preview_and_asks_yes_or_no() -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message="This will remove 2 items from day 2. Continue?",
        data={
            "preview": {"items": ["Sushi Zen", "Tokyo Bay"]},
            "options": [{"id": "yes", "label": "Yes, remove them"}, {"id": "no", "label": "No"}],
        },
    )
    assert render(response) == [
        "This will remove 2 items from day 2. Continue?\n• Sushi Zen\n• Tokyo Bay\n"
        + msg("reply_yes_no")
    ]


def test_the_footers_and_card_facts_speak_the_travelers_language() -> None:
    card = _card("Sushi Zen", rating=4.5, ratingCount=234, priceLevel=0, isOpenNow=False)
    with use_locale("es"):
        [cards] = render(_selection([card]))
        [question] = render(
            AgentResponse(type=ResponseType.NEEDS_CONFIRMATION, message="¿Quieres continuar?")
        )
    facts = "1. Sushi Zen ★ 4.5 (234) · gratis · cerrado ahora"
    assert cards.endswith(f"{facts}\n{SPANISH['reply_choice']}")
    assert question == "¿Quieres continuar?\n" + SPANISH["reply_yes_no"]


def test_errors_and_warnings_are_bullets() -> None:
    response = AgentResponse.error(
        "I couldn't find 'Moon Restaurant' near Hadibo.",
        "Check spelling",
        "Try adding more details",
    )
    assert render(response) == [
        "I couldn't find 'Moon Restaurant' near Hadibo.\n"
        "• Check spelling\n"
        "• Try adding more details"
    ]
    partial = AgentResponse(
        type=ResponseType.PARTIAL,
        message="Planned 3 days in Hadibo ✅",
        warnings=["There weren't enough different museums"],
    )
    assert render(partial) == [
        "Planned 3 days in Hadibo ✅\n⚠️ There weren't enough different museums"
    ]


def test_a_tap_is_confirmed_before_the_answer_unless_refused() -> None:
    done = AgentResponse.complete("Added Sushi Zen to day 2 ✅")
    assert render(done, chosen="Sushi Zen") == ["✅ Sushi Zen\nAdded Sushi Zen to day 2 ✅"]
    stale = AgentResponse.error("That question was replaced by a newer one.")
    assert render(stale, chosen="Sushi Zen") == ["That question was replaced by a newer one."]


def test_long_text_with_emoji_is_cut_on_a_word_within_1600_units() -> None:
    text = "Sushi 🍣 and ramen 🍜 tonight! " * 120  # 3,600 code points, more UTF-16 units
    [body] = render(AgentResponse.complete(text))
    assert units(body) <= MAX_BODY
    assert body.endswith("…")
    assert text.startswith(body[:-1])
    assert body[:-1].endswith(("Sushi", "🍣", "and", "ramen", "🍜", "tonight!"))
    assert len(body) > 1200  # cut near the limit, not far below it
    emoji_only = "🍣" * 1000
    [cut] = render_text(emoji_only)
    assert units(cut) <= MAX_BODY
    assert cut.endswith("…")
    assert set(cut[:-1]) == {"🍣"}


def test_short_text_is_unchanged() -> None:
    assert render_text("Welcome to Traveloure!") == ["Welcome to Traveloure!"]


def test_message_and_template_forms() -> None:
    assert message_form("whatsapp:+14155551234", "+14155238886", "hi") == {
        "To": "whatsapp:+14155551234",
        "From": "whatsapp:+14155238886",
        "Body": "hi",
    }
    form = template_form(
        "+14155551234", "whatsapp:+14155238886", "HX0123", {"1": "Hadibo", "2": "día 2"}
    )
    assert form["To"] == "whatsapp:+14155551234"
    assert form["ContentSid"] == "HX0123"
    assert json.loads(form["ContentVariables"]) == {"1": "Hadibo", "2": "día 2"}
    assert "Body" not in form
    assert address(" +1 ") == "whatsapp:+1"


def test_every_response_type_renders_its_message() -> None:
    for kind in ResponseType:
        assert render(AgentResponse(type=kind, message="Hello"))[0].startswith("Hello")

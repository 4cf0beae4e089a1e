"""Hypothesis properties of the WhatsApp (Twilio) adapter's pure parts.

Inbound: any form body is turns or a ValueError (the route's 400); a well-formed message keeps
its text, sender and ids, a tap on one of our numbered choices keeps its token.
Outbound: any AgentResponse becomes bodies of at most 1,600 UTF-16 units (as Twilio counts)
in which every option keeps its numbered line.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from hypothesis import example, given
from hypothesis import strategies as st

from adapters.whatsapp.form import parse_form
from adapters.whatsapp.inbound import to_turns
from adapters.whatsapp.outbound import MAX_BODY, render, render_text, units
from core.nul import without_nul
from core.presentation import card_facts
from core.protocol import (
    AgentResponse,
    InboundTurn,
    ResponseMetadata,
    ResponseType,
    choice_token,
)
from tests.fakes.strategies import (
    EVENT_ID_CHARS,
    FAST,
    ID_CHARS,
    PROMPT_IDS,
    SPECIAL_TEXTS,
    channel_texts,
    options,
    place_cards,
    selections,
)

PHONE_CHARS = 32

# --- inbound -----------------------------------------------------------------------------------

FIELDS = [
    "From",
    "To",
    "Body",
    "MessageSid",
    "SmsMessageSid",
    "ProfileName",
    "WaId",
    "ButtonPayload",
    "ButtonText",
    "ListId",
    "ListTitle",
    "MessageStatus",
]
VALUES = st.text(max_size=30) | st.sampled_from(
    ["", "whatsapp:", "whatsapp:+14155551234", "+14155551234", "SM1", "Pq7Xk2Lm:1", "p:²", "STOP"]
)


def webhook_turns(body: bytes) -> list[InboundTurn] | None:
    """What the webhook route does with a body: the turns, or None for a 400 (ValueError)."""
    try:
        turns = to_turns(parse_form(body))
    except ValueError:
        return None
    for turn in turns:
        assert turn.channel == "whatsapp"
        for value in (turn.event_id, turn.chat_id):
            assert isinstance(value, str)
            assert value
        assert isinstance(turn.external_user_id, str)
        kinds = (turn.text, turn.choice_token, turn.location, turn.attachment)
        assert sum(kind is not None for kind in kinds) == 1  # exactly one thing was said
        assert InboundTurn.model_validate(json.loads(json.dumps(turn.to_json_dict()))) == turn
    return turns


@FAST
@given(
    st.binary(max_size=200)
    | st.text(max_size=200).map(str.encode)
    | st.lists(st.tuples(st.sampled_from(FIELDS) | st.text(max_size=5), VALUES), max_size=10).map(
        lambda pairs: urlencode(pairs).encode()
    )
)
@example(b"Body=\xff\xfe")
@example(b"MessageSid=SM1&From=whatsapp%3A%2B1&ButtonPayload=p%3A%C2%B2")  # "p:²"
@example(b"&&&===&%%%")
def test_any_form_is_a_message_or_a_value_error(body: bytes) -> None:
    webhook_turns(body)


WA_IDS = st.from_regex(r"[1-9][0-9]{6,14}", fullmatch=True)  # E.164: at most 15 digits
SIDS = st.from_regex(r"(SM|MM)[0-9a-f]{32}", fullmatch=True)
OPT_WORDS = {"stop": "STOP", "unsubscribe": "STOP", "start": "START"}


@FAST
@given(
    body=st.text(max_size=1600),
    wa_id=WA_IDS,
    sid=SIDS,
    name=st.none() | st.text(min_size=1, max_size=60),
)
@example("  I have 2 kids \r\n", "14155551234", "SM" + "1" * 32, None).via("whitespace kept")
@example("مطعم 🍣 + & = %", "14155551234", "SM" + "1" * 32, "Ana 👩").via("unicode, form chars")
@example(" Stop ", "14155551234", "SM" + "1" * 32, None).via("an opt-out word")
def test_a_message_keeps_its_text_sender_and_ids(
    body: str, wa_id: str, sid: str, name: str | None
) -> None:
    fields = {"MessageSid": sid, "From": f"whatsapp:+{wa_id}", "WaId": wa_id, "Body": body}
    if name:
        fields["ProfileName"] = name
    turns = webhook_turns(urlencode(fields).encode())
    assert turns is not None
    [turn] = turns
    assert turn.text == without_nul(OPT_WORDS.get(body.strip().lower(), body))
    assert turn.event_id == sid
    assert turn.chat_id == f"whatsapp:+{wa_id}"
    assert turn.external_user_id == wa_id
    assert turn.phone == f"+{wa_id}"
    assert turn.display_name == without_nul(name)
    assert len(turn.event_id) <= EVENT_ID_CHARS
    assert len(turn.chat_id) <= ID_CHARS
    assert len(turn.phone or "") <= PHONE_CHARS


@FAST
@given(
    prompt_id=PROMPT_IDS,
    index=st.integers(0, 59),
    label=st.text(min_size=1, max_size=24),
    list_row=st.booleans(),
)
def test_a_tapped_choice_keeps_its_token_and_label(
    prompt_id: str, index: int, label: str, list_row: bool
) -> None:
    token = choice_token(prompt_id, index)
    tap = (
        {"ListId": token, "ListTitle": label}
        if list_row
        else {
            "ButtonPayload": token,
            "ButtonText": label,
        }
    )
    fields = {"MessageSid": "SM1", "From": "whatsapp:+14155551234", "Body": label, **tap}
    turns = webhook_turns(urlencode(fields).encode())
    assert turns is not None
    [turn] = turns
    assert turn.choice_token == token
    assert turn.text is None
    assert (turn.reply_context or {})["choiceLabel"] == without_nul(label)


# --- outbound ----------------------------------------------------------------------------------

SPECIAL = [
    *SPECIAL_TEXTS,
    "😀" * 1500,  # 3,000 UTF-16 units in 1,500 code points
    "*bold* _it_ ~strike~ ```code```",
]
TEXTS = channel_texts(SPECIAL, long_message=(1500, 4000))
SHORT_TEXTS, LABELS, MESSAGES, NOTES = TEXTS.short, TEXTS.labels, TEXTS.messages, TEXTS.notes

CARDS = place_cards(LABELS, st.none())
OPTIONS = options(LABELS, st.none() | SHORT_TEXTS)
SELECTIONS = selections(TEXTS, CARDS, OPTIONS, prompt_ids=st.just("Pq7Xk2Lm"))


def assert_twilio_accepts(bodies: list[str]) -> None:
    """At least one body (an answer is never silent), each 1-1,600 UTF-16 units, not blank."""
    assert bodies
    for body in bodies:
        assert body.strip(), "Twilio refuses an empty Body"
        assert units(body) <= MAX_BODY


def expected_line(number: int, item: dict[str, Any]) -> str:
    if "name" in item:
        return f"{number}. {item['name']} {card_facts(item)}".strip()
    description = f" — {item['description']}" if item.get("description") else ""
    return f"{number}. {item['label']}{description}".strip()


@FAST
@given(response=SELECTIONS, chosen=st.none() | SHORT_TEXTS)
@example(  # a list of 60 emoji-heavy names spills over several bodies, none dropped
    AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Pick one",
        data={"options": [{"id": str(n), "label": "🍣" * 40} for n in range(60)]},
        metadata=ResponseMetadata(prompt_id="Pq7Xk2Lm"),
    ),
    None,
)
def test_a_selection_fits_whatsapp_and_keeps_every_option(
    response: AgentResponse, chosen: str | None
) -> None:
    bodies = render(response, chosen=chosen)
    assert_twilio_accepts(bodies)
    text = "\n".join(bodies)
    items = (response.data or {}).get("candidates") or (response.data or {}).get("options", [])
    for number, item in enumerate(items, start=1):
        line = expected_line(number, item)
        if units(line) <= MAX_BODY:
            assert line in bodies[0] or any(line in body for body in bodies), number
        else:
            assert f"\n{number}. " in f"\n{text}", number


@FAST
@given(
    kind=st.sampled_from(["confirmation", "error", "input", "complete", "text"]),
    message=MESSAGES,
    notes=NOTES,
    chosen=st.none() | SHORT_TEXTS,
)
@example("complete", "", [], None).via("regression: an empty message gave no body at all")
@example("text", "   ", [], None).via("regression: render_text gave a blank Body")
@example("error", "Nothing found", ["suggestion"] * 600, None).via("many errors")
def test_other_answers_fit_whatsapp(
    kind: str, message: str, notes: list[str], chosen: str | None
) -> None:
    if kind == "text":
        bodies = render_text(message)
    elif kind == "confirmation":
        response = AgentResponse(
            type=ResponseType.NEEDS_CONFIRMATION,
            message=message,
            data={"preview": {"items": notes}},
            metadata=ResponseMetadata(prompt_id="c0nf1rm_"),
        )
        bodies = render(response, chosen=chosen)
    elif kind == "error":
        bodies = render(AgentResponse.error(message, *notes), chosen=chosen)
    elif kind == "input":
        bodies = render(AgentResponse.needs_input(message, "e.g. day 2"), chosen=chosen)
    else:
        response = AgentResponse(type=ResponseType.COMPLETE, message=message, warnings=notes)
        bodies = render(response, chosen=chosen)
    assert_twilio_accepts(bodies)

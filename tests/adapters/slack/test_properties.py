"""Hypothesis properties of the Slack adapter's pure parts.

Inbound: a well-formed message or tap, decoded by slack-bolt as in production, keeps what the
traveler typed or tapped (any body at all, through the real route: tests/bots/test_slack.py).
Outbound: any AgentResponse renders as messages Slack accepts (Block Kit limits) and every
option keeps its number and its button, across as many messages as it takes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from slack_bolt.request.internals import parse_body

from adapters.slack.blocks import escape, fit
from adapters.slack.inbound import action_turn, message_turn
from adapters.slack.outbound import render, render_chosen, render_text
from core.nul import without_nul
from core.presentation import option_labels
from core.protocol import (
    AgentResponse,
    InboundTurn,
    ResponseMetadata,
    ResponseType,
    choice_token,
)
from tests.fakes.slack import assert_within_slack_limits, button_values, form_body
from tests.fakes.strategies import (
    EVENT_ID_CHARS,
    FAST,
    ID_CHARS,
    LONG_TEXTS,
    NAME_CHARS,
    PROMPT_IDS,
    SPECIAL_TEXTS,
    channel_texts,
    options,
    place_cards,
    selections,
)

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
QUESTION_CHARS = 3000

# --- inbound -----------------------------------------------------------------------------------
# Any body, and recorded ones mutated, through the real route: tests/bots/test_slack.py.


def listener_turns(body: bytes, content_type: str) -> list[InboundTurn]:
    """What the bolt app's listeners hand off: bolt's own decoding, then our converter."""
    document = parse_body(body.decode(), content_type)
    is_event = document.get("type") == "event_callback"
    turn = message_turn(document) if is_event else action_turn(document)
    turns = [] if turn is None else [turn]
    for turn in turns:
        assert turn.channel == "slack"
        for value in (turn.event_id, turn.external_user_id, turn.chat_id):
            assert isinstance(value, str)
            assert value
        kinds = (turn.text, turn.choice_token, turn.location, turn.attachment)
        assert sum(kind is not None for kind in kinds) == 1  # exactly one thing was said
        assert InboundTurn.model_validate(json.loads(json.dumps(turn.to_json_dict()))) == turn
    return turns


SLACK_IDS = st.from_regex(r"[A-Z0-9]{8,11}", fullmatch=True)
TIMESTAMPS = st.builds("{}.{:06d}".format, st.integers(10**9, 2 * 10**9), st.integers(0, 999_999))
TYPED = st.text(min_size=1, max_size=4000)


def typed_text(text: str) -> str:
    """What the traveler sees as their message: ends trimmed, runs of spaces/tabs as one."""
    return re.sub(r"[ \t]{2,}", " ", text.strip()).strip()


@FAST
@given(
    text=TYPED,
    user=SLACK_IDS,
    channel=SLACK_IDS,
    ts=TIMESTAMPS,
    kind=st.sampled_from(["im", "channel", "mention"]),
    thread=st.none() | TIMESTAMPS,
    name=st.none() | st.text(min_size=1, max_size=80),
)
@example(
    "Tom & Jerry's Café <3 &amp; &lt;b&gt;", "TRAVEL01", "DMCHAN01", "1.000001", "im", None, None
)
@example("مطعم 🍣  שלום\u202e", "TRAVEL01", "CTRIPS01", "1.000001", "mention", "1.0", "Ana")
def test_a_message_keeps_what_the_traveler_typed(
    text: str,
    user: str,
    channel: str,
    ts: str,
    kind: str,
    thread: str | None,
    name: str | None,
) -> None:
    event: dict[str, Any] = {
        "type": "app_mention" if kind == "mention" else "message",
        "user": f"U{user}",
        "channel": ("D" if kind == "im" else "C") + channel,
        "ts": ts,
        # Slack escapes &, < and > in what people type; a mention of us leads an app_mention
        "text": ("<@U0BOTUSER> " if kind == "mention" else "") + escape(text),
    }
    if kind == "channel":
        # In a channel only what addresses us is a turn: here, a reply in a thread we started.
        thread = thread or "1.000000"
        event["parent_user_id"] = "U0BOTUSER"
    if thread:
        event["thread_ts"] = thread
    if name:
        event["user_profile"] = {"display_name": name}
    envelope = {
        "type": "event_callback",
        "event_id": "Ev1",
        "event": event,
        "authorizations": [{"user_id": "U0BOTUSER", "is_bot": True}],
    }
    turns = listener_turns(json.dumps(envelope).encode(), JSON)
    expected = typed_text(text)
    if kind == "mention":
        expected = re.sub(r"^[\s,:]*", "", expected)
    if not expected:
        assert turns == []
        return
    [turn] = turns
    assert turn.text == without_nul(expected)  # a NUL never reaches storage
    assert turn.external_user_id == event["user"]
    assert turn.chat_id == event["channel"]
    assert turn.event_id == f"msg:{event['channel']}:{ts}"
    assert turn.display_name == without_nul(name)
    assert (turn.reply_context or {}).get("thread_ts") == thread
    assert len(turn.event_id) <= EVENT_ID_CHARS
    assert len(turn.chat_id) <= ID_CHARS
    assert len(turn.external_user_id) <= ID_CHARS
    assert len(turn.display_name or "") <= NAME_CHARS


SPECIAL = [
    *SPECIAL_TEXTS,
    "Tom & Jerry's <Café> *bold* _it_ `code` <@U123> <!channel>",
    "&" * 1000,
]
TEXTS = channel_texts(SPECIAL, long_message=(3000, 7000))
SHORT_TEXTS, LABELS, MESSAGES, NOTES = TEXTS.short, TEXTS.labels, TEXTS.messages, TEXTS.notes


@FAST
@given(
    prompt_id=PROMPT_IDS,
    labels=st.lists(LABELS, min_size=1, max_size=30),
    data=st.data(),
    question=SHORT_TEXTS | LONG_TEXTS | st.text(min_size=3000, max_size=5000),
)
def test_a_tap_on_a_rendered_button_is_that_choice(
    prompt_id: str, labels: list[str], data: st.DataObject, question: str
) -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message=question,
        data={"options": [{"id": str(i), "label": label} for i, label in enumerate(labels)]},
        metadata=ResponseMetadata(prompt_id=prompt_id),
    )
    messages = render(response)
    message = data.draw(st.sampled_from(messages), label="message")
    tapped = data.draw(
        st.sampled_from(
            [
                element
                for block in message["blocks"]
                for element in [block.get("accessory") or {}, *block.get("elements", [])]
                if element.get("type") == "button"
            ]
            or [None]
        ),
        label="button",
    )
    if tapped is None:
        return  # this message holds only text; the buttons are in another one
    payload = {
        "type": "block_actions",
        "user": {"id": "U0TRAVEL1", "name": "maria"},
        "container": {"type": "message", "message_ts": "1795424401.000300"},
        "channel": {"id": "C0TRIPS01"},
        "message": {"ts": "1795424401.000300", "blocks": message["blocks"]},
        "actions": [{**tapped, "action_ts": "1795424430.987654"}],
        "response_url": "https://hooks.slack.com/actions/T/1/x",
    }
    turns = listener_turns(form_body(payload), FORM)
    [turn] = turns
    assert turn.choice_token == tapped["value"]
    assert turn.chat_id == "C0TRIPS01"
    context = turn.reply_context or {}
    assert len(context.get("question") or "") <= QUESTION_CHARS
    assert len(turn.event_id) <= EVENT_ID_CHARS
    # the tapped message is then edited to show the choice: that must fit Slack too
    chosen = render_chosen(context.get("question"), str(context["choice"]))
    assert_within_slack_limits(chosen)


# --- outbound ----------------------------------------------------------------------------------

PHOTOS = st.none() | st.sampled_from(
    ["https://example.com/p.jpg", "ftp://x", "https://" + "a" * 3000]
)
CARDS = place_cards(LABELS, st.none() | LABELS, PHOTOS)
OPTIONS = options(LABELS, st.none() | LABELS)
SELECTIONS = selections(TEXTS, CARDS, OPTIONS, prompt_ids=st.none() | PROMPT_IDS)


def assert_slack_accepts(message: dict[str, Any]) -> None:
    """tests/fakes/slack's limits, and no blank button or image text (Slack wants 1+ chars)."""
    assert_within_slack_limits(message)
    for block in message["blocks"]:
        for element in [block.get("accessory") or {}, *block.get("elements", [])]:
            if element.get("type") == "button":
                assert element["text"]["text"].strip(), "a button without text"
            if element.get("type") == "image":
                assert element["alt_text"].strip(), "an image without alt text"
                assert len(element["image_url"]) <= 3000


def section_texts(messages: list[dict[str, Any]]) -> list[str]:
    return [b["text"]["text"] for m in messages for b in m["blocks"] if b["type"] == "section"]


@FAST
@given(SELECTIONS)
@example(  # regression: a blank option label was a button without text
    AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which day?",
        data={"options": [{"id": "1", "label": " "}, {"id": "2", "label": "Day 2"}]},
        metadata=ResponseMetadata(prompt_id="AbCd1234"),
    )
)
@example(  # regression: a blank card name was an image without alt text
    AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Which place?",
        data={"candidates": [{"placeId": "p", "name": "", "photoUrl": "https://e.com/p.jpg"}]},
    )
)
def test_a_selection_fits_slack_and_keeps_every_option(response: AgentResponse) -> None:
    messages = render(response)
    assert messages
    for message in messages:
        assert_slack_accepts(message)
    labels = option_labels(response.data)
    sections = section_texts(messages)
    for number in range(1, len(labels) + 1):
        assert any(text.startswith(f"*{number}. ") for text in sections), number
    values = [value for message in messages for value in button_values(message)]
    if response.prompt_id:
        assert values == [choice_token(response.prompt_id, i) for i in range(len(labels))]
    else:
        assert values == []


@FAST
@given(
    prompt_id=st.none() | PROMPT_IDS,
    message=MESSAGES,
    items=st.lists(LABELS, max_size=40),
    labels=st.lists(LABELS, max_size=2),
    warnings=NOTES,
)
@example(  # regression: blank labels were buttons without text
    prompt_id="c0nf1rm_", message="Continue?", items=[], labels=["   ", ""], warnings=[]
)
@example(  # regression: a message of 1,000 "&" escaped past 3,000 and was cut to nothing
    prompt_id=None, message="&" * 1000, items=["<&>" * 1200], labels=[], warnings=[]
)
def test_a_confirmation_fits_slack_with_its_two_buttons(
    prompt_id: str | None, message: str, items: list[str], labels: list[str], warnings: list[str]
) -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message=message,
        data={
            "preview": {"items": items},
            "options": [{"id": str(i), "label": label} for i, label in enumerate(labels)],
        },
        metadata=ResponseMetadata(prompt_id=prompt_id) if prompt_id else None,
        warnings=warnings,
    )
    messages = render(response)
    for rendered in messages:
        assert_slack_accepts(rendered)
    if message.strip():
        assert section_texts(messages)[0].strip(), "the question went missing"
    values = [value for rendered in messages for value in button_values(rendered)]
    expected = [choice_token(prompt_id, 0), choice_token(prompt_id, 1)] if prompt_id else []
    assert values == expected


@FAST
@given(
    kind=st.sampled_from(["error", "input", "complete", "text"]),
    message=MESSAGES,
    notes=NOTES,
    placeholder=st.none() | LABELS,
)
@example("error", "", [], None).via("an empty message")
@example("error", "Nothing found", ["suggestion"] * 600, None).via("many errors")
def test_other_answers_fit_slack(
    kind: str, message: str, notes: list[str], placeholder: str | None
) -> None:
    if kind == "text":
        messages = render_text(message)
    elif kind == "error":
        messages = render(AgentResponse.error(message, *notes))
    elif kind == "input":
        messages = render(AgentResponse.needs_input(message, placeholder))
    else:
        messages = render(
            AgentResponse(type=ResponseType.COMPLETE, message=message, warnings=notes)
        )
    assert messages
    for rendered in messages:
        assert_slack_accepts(rendered)


@FAST
@given(
    text=LABELS | MESSAGES | st.text(alphabet="&<> a", max_size=5000), limit=st.integers(75, 4000)
)
@example("&" * 1000, 3000)  # regression: was "" (the budget overshot below zero)
@example("<" * 5000, 75)
def test_fit_stays_within_the_limit_and_keeps_something(text: str, limit: int) -> None:
    fitted = fit(text, limit)
    assert len(fitted) <= limit
    if text.strip():
        assert fitted.strip()
    if len(escape(text)) <= limit:
        assert fitted == escape(text)

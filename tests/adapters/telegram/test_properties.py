"""Hypothesis properties of the Telegram adapter's pure parts.

Inbound: any webhook body is an Update or a ValueError (the route's 400), along the path the
channel takes (`read_update`, parsed once); well-formed updates keep what came in.
Outbound: any AgentResponse renders within the Bot API limits and never drops an option, not
even behind "More…" pages, read back from the message text the way a real tap is.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from adapters.telegram.inbound import (
    BotIdentity,
    load_update,
    local_tap,
    parse_update,
    read_update,
)
from adapters.telegram.keyboards import (
    CALLBACK_DATA_BYTES,
    labels_from_text,
    page_token,
    parse_page_token,
    selection_keyboard,
)
from adapters.telegram.outbound import PLACEHOLDER_LIMIT, TEXT_LIMIT, render
from core.nul import without_nul
from core.presentation import option_labels
from core.protocol import (
    AgentResponse,
    InboundTurn,
    ResponseMetadata,
    ResponseType,
    choice_token,
    parse_choice_token,
)
from tests.fakes.strategies import (
    EVENT_ID_CHARS,
    FAST,
    ID_CHARS,
    NAME_CHARS,
    PROMPT_IDS,
    SPECIAL_TEXTS,
    channel_texts,
    mutated,
    options,
    place_cards,
    selections,
)
from tests.fakes.telegram import BOT, PAYLOADS, TOKEN, payload

US = BotIdentity.from_token(TOKEN, str(BOT["username"]))

ROW_BUTTONS = 8
MAX_BUTTONS = 100

# --- inbound -----------------------------------------------------------------------------------

RECORDED = [
    json.loads(path.read_text(encoding="utf-8")) for path in sorted(PAYLOADS.glob("update_*.json"))
]


def webhook_turns(body: bytes) -> list[InboundTurn] | None:
    """What the webhook route does with a body: a local tap first, else the turns.

    Returns None for a body the route answers with 400 (a ValueError, JSONDecodeError included);
    any other exception fails the test.
    """
    try:
        turns, _ = read_update(load_update(body), US)
    except ValueError:
        return None
    for turn in turns:
        assert_turn_fits(turn)
    return turns


def assert_turn_fits(turn: InboundTurn) -> None:
    assert turn.channel == "telegram"
    for value in (turn.event_id, turn.external_user_id, turn.chat_id):
        assert isinstance(value, str)
        assert value
    kinds = (turn.text, turn.choice_token, turn.location, turn.attachment)
    assert sum(kind is not None for kind in kinds) == 1  # exactly one thing was said
    # the inbox stores the turn as JSON and the pipeline reads it back
    assert InboundTurn.model_validate(json.loads(json.dumps(turn.to_json_dict()))) == turn


@FAST
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
@example(b"")
@example(b"[" * 100_000)  # regression: nesting deeper than json goes was a RecursionError
@example(b'{"update_id": 1, "message": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
def test_any_body_is_an_update_or_a_value_error(body: bytes) -> None:
    webhook_turns(body)


@settings(FAST, max_examples=200)
@given(st.sampled_from(RECORDED).flatmap(mutated))
@example(  # regression: a tap whose message has no chat was an AttributeError
    {
        "update_id": 1,
        "callback_query": {
            "id": "q1",
            "from": {"id": 4242, "is_bot": False, "first_name": "Ada"},
            "message": {"message_id": 7, "date": 0},
            "chat_instance": "-1",
            "data": "Pq7_x-2Z:more:1",
        },
    }
)
@example(  # regression: callback data that is not a string was a TypeError
    {
        "update_id": 1,
        "callback_query": {
            "id": "q1",
            "from": {"id": 4242, "is_bot": False, "first_name": "Ada"},
            "chat_instance": "-1",
            "data": ["Pq7_x-2Z:1"],
        },
    }
)
@example(  # regression: an empty sender id ("") became a chat user with no id
    {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 1, "type": "private"},
            "from": {"id": "", "is_bot": False, "first_name": "A"},
            "text": "hi",
        },
    }
)
@example(  # regression: a chat type that is not text was a TypeError (unhashable list)
    {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 1, "type": []},
            "from": {"id": 1, "is_bot": False, "first_name": "A"},
            "text": "hi",
        },
    }
)
@example(  # regression: a choice tap without its sender was an AttributeError
    {"update_id": 1, "callback_query": {"id": "q1", "chat_instance": "-1", "data": "Pq7:1"}}
)
@example(  # regression: a date beyond datetime's range was an OverflowError
    {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 10**20,
            "chat": {"id": 1, "type": "private"},
            "from": {"id": 1, "is_bot": False, "first_name": "A"},
            "text": "hi",
        },
    }
)
@example(  # regression: a text message without its chat was an AttributeError
    {
        "update_id": 1,
        "message": {
            "message_id": 1,
            "date": 0,
            "from": {"id": 1, "is_bot": False, "first_name": "A"},
            "text": "hi",
        },
    }
)
def test_a_malformed_update_is_a_value_error_or_ignored(document: Any) -> None:
    webhook_turns(json.dumps(document).encode())


TELEGRAM_IDS = st.integers(min_value=1, max_value=2**52)  # Bot API: at most 52 significant bits
CHAT_IDS = TELEGRAM_IDS | st.integers(min_value=-(10**13), max_value=-1)
NAMES = st.text(min_size=1, max_size=64)  # first_name 1-64, last_name 0-64 characters
LANGUAGES = st.none() | st.sampled_from(["en", "pt-br", "es", "ar", "he", "zh-hans"])


def _user(user_id: int, first: str, last: str | None, language: str | None) -> dict[str, Any]:
    user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first}
    if last:
        user["last_name"] = last
    if language:
        user["language_code"] = language
    return user


@FAST
@given(
    update_id=st.integers(min_value=0, max_value=2**31),
    user_id=TELEGRAM_IDS,
    chat_id=CHAT_IDS,
    text=st.text(min_size=1, max_size=4096),
    first=NAMES,
    last=st.none() | NAMES,
    language=LANGUAGES,
)
@example(1, 1, 1, "  I have 2 kids \n", "A", None, None).via("whitespace kept")
@example(1, 2**52, -(10**13), "مطعم 🍣 שלום\u202e", "ü", "👨‍👩‍👧", "ar").via("unicode")
@example(1, 1, 1, "add\x00 sushi", "A\x00", None, None).via("a NUL is dropped")
def test_a_text_message_keeps_its_text_and_ids(
    update_id: int,
    user_id: int,
    chat_id: int,
    text: str,
    first: str,
    last: str | None,
    language: str | None,
) -> None:
    update = {
        "update_id": update_id,
        "message": {
            "message_id": 5,
            "date": 1_795_000_000,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": _user(user_id, first, last, language),
            "text": text,
        },
    }
    if chat_id < 0:  # in a group only what addresses the bot is a turn: a reply to it
        update["message"]["reply_to_message"] = {
            "message_id": 4,
            "date": 1_795_000_000,
            "chat": update["message"]["chat"],
            "from": BOT,
            "text": "What should I call this trip?",
        }
    turns = webhook_turns(json.dumps(update).encode())
    assert turns is not None
    [turn] = turns
    assert turn.text == without_nul(text)  # a NUL never reaches storage
    assert turn.event_id == str(update_id)
    assert turn.external_user_id == str(user_id)
    assert turn.chat_id == str(chat_id)
    assert turn.display_name == without_nul(f"{first} {last}" if last else first)
    assert turn.locale == language
    assert len(turn.event_id) <= EVENT_ID_CHARS
    assert len(turn.external_user_id) <= ID_CHARS
    assert len(turn.chat_id) <= ID_CHARS
    assert len(turn.display_name or "") <= NAME_CHARS
    assert len(turn.conversation_key) <= EVENT_ID_CHARS


@FAST
@given(
    prompt_id=PROMPT_IDS,
    labels=st.lists(st.text(max_size=80), min_size=1, max_size=60),
    data=st.data(),
    user_id=TELEGRAM_IDS,
    first=NAMES,
)
def test_a_tap_on_any_of_our_buttons_is_that_choice_or_that_page(
    prompt_id: str, labels: list[str], data: st.DataObject, user_id: int, first: str
) -> None:
    page = data.draw(st.integers(0, (len(labels) - 1) // 8), label="page")
    markup = selection_keyboard(prompt_id, labels, page)
    button = data.draw(
        st.sampled_from([b for row in markup["inline_keyboard"] for b in row]), label="button"
    )
    update = {
        "update_id": 9,
        "callback_query": {
            "id": "q9",
            "from": _user(user_id, first, None, None),
            "message": {
                "message_id": 77,
                "date": 1_795_000_000,
                "chat": {"id": user_id, "type": "private"},
                "text": "Which one?",
                "reply_markup": markup,
            },
            "chat_instance": "-1",
            "data": button["callback_data"],
        },
    }
    body = json.dumps(update).encode()
    if (more := parse_page_token(button["callback_data"])) is not None:
        tap = local_tap(load_update(body))
        assert tap is not None
        assert (tap.prompt_id, tap.page) == more
        assert parse_update(load_update(body)) == []
        return
    assert local_tap(load_update(body)) is None
    turns = webhook_turns(body)
    assert turns is not None
    [turn] = turns
    assert turn.choice_token == button["callback_data"]
    assert parse_choice_token(turn.choice_token or "") is not None
    assert turn.external_user_id == turn.chat_id == str(user_id)
    assert (turn.reply_context or {})["button_text"] == without_nul(button["text"])


def test_callback_data_with_a_superscript_digit_is_foreign_data() -> None:
    update = payload("update_callback_choice.json")
    update["callback_query"]["data"] = "k3v9x2qa:²"
    tap = local_tap(update)
    assert tap is not None
    assert tap.page is None


# --- outbound ----------------------------------------------------------------------------------

SPECIAL = [
    *SPECIAL_TEXTS,
    "Tom & Jerry's <Café> *bold* _it_ `code`",
    "see:\n1. first\n2. second",
    "12. Noged Dunes Diner",
]
TEXTS = channel_texts(SPECIAL, long_message=(3000, 6000))
SHORT_TEXTS, LABELS, MESSAGES, NOTES = TEXTS.short, TEXTS.labels, TEXTS.messages, TEXTS.notes

CARDS = place_cards(LABELS, st.none() | SHORT_TEXTS)
OPTIONS = options(LABELS, st.none() | SHORT_TEXTS)
SELECTIONS = selections(TEXTS, CARDS, OPTIONS, prompt_ids=st.none() | PROMPT_IDS)


def buttons_of(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for row in (body.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


def assert_within_telegram_limits(body: dict[str, Any]) -> None:
    """PLATFORMS.md: text 1-4096 characters (not blank), ≤ 8 buttons a row, ≤ 100, 64-byte data."""
    text = body["text"]
    assert 1 <= len(text) <= TEXT_LIMIT
    assert text.strip(), "Telegram refuses a blank message"
    markup = body.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", [])
    assert sum(len(row) for row in rows) <= MAX_BUTTONS
    for row in rows:
        assert 1 <= len(row) <= ROW_BUTTONS
        for button in row:
            assert button["text"].strip(), "Telegram refuses a button without text"
            assert 1 <= len(button["callback_data"].encode()) <= CALLBACK_DATA_BYTES
    if markup.get("force_reply"):
        assert len(markup.get("input_field_placeholder", "")) <= PLACEHOLDER_LIMIT


def reachable_choices(body: dict[str, Any]) -> set[int]:
    """Every option index a traveler can tap, following "More…" the way the channel does.

    A "More…" tap carries only a page: the channel reads the labels back from the message text
    (labels_from_text) and edits the keyboard to selection_keyboard(prompt, labels, page).
    """
    # the text as the tap brings it back: Telegram trims the message's ends
    labels = labels_from_text(body["text"].strip())
    seen: set[int] = set()
    pages: set[int] = set()
    markup = body["reply_markup"]
    while True:
        more = None
        for button in [b for row in markup["inline_keyboard"] for b in row]:
            if (page := parse_page_token(button["callback_data"])) is not None:
                more = page
            elif (choice := parse_choice_token(button["callback_data"])) is not None:
                seen.add(choice[1])
        if more is None or more[1] in pages or not labels:
            return seen
        pages.add(more[1])
        markup = selection_keyboard(more[0], labels, more[1])


def one_line(text: str) -> str:
    return " ".join(text.split())


@FAST
@given(SELECTIONS)
@example(  # regression: a numbered warning made "More…" read the wrong labels back
    AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Pick one",
        data={"options": [{"id": str(n), "label": f"Place {n}"} for n in range(1, 13)]},
        metadata=ResponseMetadata(prompt_id="Pq7_x-2Z"),
        warnings=["Note:\n1. demo data"],
    )
)
@example(  # regression: notes that spilled over took the keyboard to a message without options
    AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Pick one",
        data={"options": [{"id": str(n), "label": f"Place {n}"} for n in range(1, 13)]},
        metadata=ResponseMetadata(prompt_id="Pq7_x-2Z"),
        warnings=["w" * 1000 + " x"] * 5,  # and were cut at 4096 characters as one block
    )
)
@example(  # regression: a blank last label ("9. ") was not read back, so no page showed it
    AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message="Pick one",
        data={
            "options": [
                {"id": str(n), "label": f"Place {n}" if n < 9 else " "} for n in range(1, 10)
            ]
        },
        metadata=ResponseMetadata(prompt_id="Pq7_x-2Z"),
    )
)
def test_a_selection_fits_telegram_and_keeps_every_option(response: AgentResponse) -> None:
    bodies = render(response, "4242")
    for body in bodies:
        assert_within_telegram_limits(body)
    labels = option_labels(response.data)
    lines = [line for body in bodies for line in body["text"].split("\n")]
    for number, label in enumerate(labels, start=1):
        line = f"{number}. {one_line(label)}"
        if len(line) <= TEXT_LIMIT:
            assert line in lines, f"option {number} missing from the text"
        else:
            assert any(other.startswith(f"{number}. ") for other in lines)
    notes = [f"• {one_line(e)}" for e in response.errors]
    notes += [f"⚠️ {one_line(w)}" for w in response.warnings]
    for note in notes:
        if len(note) <= TEXT_LIMIT:
            assert note in lines, "a note went missing"
    with_keyboard = [body for body in bodies if "reply_markup" in body]
    if not (labels and response.prompt_id):
        assert with_keyboard == []
        return
    [keyboard_body] = with_keyboard
    assert reachable_choices(keyboard_body) == set(range(len(labels)))


@FAST
@given(
    prompt_id=PROMPT_IDS,
    message=MESSAGES,
    items=st.lists(LABELS, max_size=30),
    labels=st.lists(LABELS, max_size=2),
    warnings=NOTES,
)
@example(  # regression: blank labels were buttons without text
    prompt_id="c0nf1rm_", message="Continue?", items=[], labels=["   ", ""], warnings=[]
)
def test_a_confirmation_fits_telegram_with_its_two_buttons(
    prompt_id: str, message: str, items: list[str], labels: list[str], warnings: list[str]
) -> None:
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message=message,
        data={
            "preview": {"items": items},
            "options": [{"id": str(i), "label": label} for i, label in enumerate(labels)],
        },
        metadata=ResponseMetadata(prompt_id=prompt_id),
        warnings=warnings,
    )
    [body] = render(response, "-1001234567890")
    assert_within_telegram_limits(body)
    assert [b["callback_data"] for b in buttons_of(body)] == [
        choice_token(prompt_id, 0),
        choice_token(prompt_id, 1),
    ]


@FAST
@given(
    kind=st.sampled_from(["error", "input", "complete"]),
    message=MESSAGES,
    notes=NOTES,
    placeholder=st.none() | LABELS,
)
@example("error", "", [], None).via("an empty message")
@example("complete", "  \n ", [], None).via("regression: a blank message was sent blank")
def test_other_answers_fit_telegram(
    kind: str, message: str, notes: list[str], placeholder: str | None
) -> None:
    if kind == "error":
        response = AgentResponse.error(message, *notes)
    elif kind == "input":
        response = AgentResponse.needs_input(message, placeholder)
    else:
        response = AgentResponse(type=ResponseType.COMPLETE, message=message, warnings=notes)
    bodies = render(response, "4242")
    assert len(bodies) == 1
    assert_within_telegram_limits(bodies[0])


def test_page_tokens_of_the_largest_lists_fit_callback_data() -> None:
    longest = "x" * 16  # prompt ids are stored in 16 characters
    assert len(page_token(longest, 999).encode()) <= CALLBACK_DATA_BYTES
    assert len(choice_token(longest, 999).encode()) <= CALLBACK_DATA_BYTES

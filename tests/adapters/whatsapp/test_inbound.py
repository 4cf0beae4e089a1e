"""Twilio webhook forms → InboundTurn, from recorded payloads."""

from __future__ import annotations

import pytest

from adapters.whatsapp.form import parse_form
from adapters.whatsapp.inbound import to_turns
from tests.fakes.whatsapp import payload


def _turn(name: str):
    turns = to_turns(parse_form(payload(name)))
    assert len(turns) == 1
    return turns[0]


def test_text_message() -> None:
    turn = _turn("inbound_text.txt")
    assert turn.channel == "whatsapp"
    assert turn.event_id == "SM11111111111111111111111111111111"
    assert turn.external_user_id == "14155551234"
    assert turn.chat_id == "whatsapp:+14155551234"
    assert turn.phone == "+14155551234"
    assert turn.display_name == "Ana Silva"
    assert turn.text == "add a sushi place on day 2"
    assert turn.choice_token is None
    assert turn.reply_context == {"messageSid": "SM11111111111111111111111111111111"}
    assert turn.conversation_key == "whatsapp:whatsapp:+14155551234"


def test_tapped_quick_reply_is_a_choice_with_its_label() -> None:
    turn = _turn("inbound_button.txt")
    assert turn.text is None
    assert turn.choice_token == "Pq7Xk2Lm:1"
    assert turn.reply_context == {
        "messageSid": "SM22222222222222222222222222222222",
        "choiceLabel": "Sushi Zen",
    }


def test_list_choice_is_a_choice_with_its_title() -> None:
    turn = _turn("inbound_list.txt")
    assert turn.choice_token == "Pq7Xk2Lm:2"
    assert turn.reply_context is not None
    assert turn.reply_context["choiceLabel"] == "Tokyo Bay"


def test_the_more_row_of_a_long_list_is_no_turn() -> None:
    # A list of more than ten choices shows nine, then "More…": the rest are numbered in the
    # message to be typed, so a tap on "More…" neither answers nor starts anything.
    form = payload("inbound_list.txt").decode().replace("Pq7Xk2Lm%3A2", "Pq7Xk2Lm%3Amore")
    form = form.replace("Tokyo+Bay", "More%E2%80%A6")
    assert to_turns(parse_form(form.encode())) == []


def test_a_template_button_that_is_not_our_token_is_its_words() -> None:
    turn = _turn("inbound_template_button.txt")
    assert turn.choice_token is None
    assert turn.text == "Show my trip"


def test_photo_without_caption_is_media_we_cannot_read() -> None:
    turn = _turn("inbound_media.txt")
    assert turn.event_id == "MM55555555555555555555555555555555"
    assert (turn.text, turn.attachment) == (None, "image")


def test_a_voice_note_is_media_we_cannot_read() -> None:
    assert _turn("inbound_voice.txt").attachment == "audio"


def test_a_shared_place_is_a_location_with_its_name() -> None:
    turn = _turn("inbound_location.txt")
    assert turn.text is None
    assert turn.location is not None
    assert (turn.location.lat, turn.location.lng) == (38.710885, -9.141698)
    assert turn.location.title == "Café A Brasileira"
    assert turn.location.address == "Rua Garrett 120, Lisboa"


def test_a_shared_pin_is_a_location_without_a_name() -> None:
    turn = _turn("inbound_location_pin.txt")
    assert turn.location is not None
    assert turn.location.title is None


def test_a_location_off_the_globe_is_malformed() -> None:
    form = parse_form(payload("inbound_location_pin.txt").replace(b"38.7223", b"123.4"))
    with pytest.raises(ValueError, match="not a point on Earth"):
        to_turns(form)


def test_status_callbacks_are_not_turns() -> None:
    assert to_turns(parse_form(payload("status_callback.txt"))) == []


def test_sms_routed_here_is_ignored() -> None:
    form = parse_form(b"MessageSid=SM1&From=%2B14155551234&Body=hi")
    assert to_turns(form) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("STOP", "STOP"),
        ("stop", "STOP"),
        (" Unsubscribe ", "STOP"),
        ("CANCEL", "CANCEL"),  # declines a question; not an opt-out
        ("start", "START"),
        ("Start", "START"),
        ("stop at the beach", "stop at the beach"),
    ],
)
def test_opt_out_words_become_stop_and_start(body: str, text: str) -> None:
    form = parse_form(payload("inbound_text.txt"))
    form["Body"] = body
    assert to_turns(form)[0].text == text


def test_without_wa_id_the_phone_comes_from_the_address() -> None:
    form = parse_form(b"MessageSid=SM1&From=whatsapp%3A%2B34600111222&Body=hola")
    turn = to_turns(form)[0]
    assert (turn.phone, turn.external_user_id) == ("+34600111222", "34600111222")
    assert turn.display_name is None


@pytest.mark.parametrize("body", [b"From=whatsapp%3A%2B1415&Body=hi", b"MessageSid=SM1&Body=hi"])
def test_a_message_without_sid_or_sender_is_unreadable(body: bytes) -> None:
    with pytest.raises(ValueError, match="MessageSid and From"):
        to_turns(parse_form(body))


def test_a_body_that_is_not_utf8_is_unreadable() -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - UnicodeDecodeError, a ValueError
        parse_form(b"Body=\xff\xfe")


def test_repeated_fields_keep_every_value() -> None:
    form = parse_form(b"A=1&A=2&B=")
    assert form["A"] == "1"
    assert form.getlist("A") == ["1", "2"]
    assert form["B"] == ""

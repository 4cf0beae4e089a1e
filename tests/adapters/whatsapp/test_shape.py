"""check_message_shape: real Twilio messages pass, re-split or reshaped copies do not."""

from __future__ import annotations

import pytest

from adapters.whatsapp.form import parse_form
from adapters.whatsapp.shape import REQUIRED_FIELDS, check_message_shape
from tests.conformance.real import real_path
from tests.fakes.whatsapp import payload

INBOUND = [
    "inbound_text.txt",
    "inbound_button.txt",
    "inbound_list.txt",
    "inbound_media.txt",
    "inbound_template_button.txt",
]


@pytest.mark.parametrize("name", [*INBOUND, "status_callback.txt"])
def test_recorded_deliveries_pass(name: str) -> None:
    check_message_shape(parse_form(payload(name)))


@pytest.mark.parametrize("name", ["botbuilder-text", "botbuilder-image", "botbuilder-location"])
def test_real_deliveries_from_before_message_type_pass(name: str) -> None:
    form = parse_form(real_path("whatsapp", f"{name}.txt").read_bytes())
    assert "MessageType" not in form  # Twilio added the field later
    check_message_shape(form)


def test_without_message_type_a_folded_sid_is_still_refused() -> None:
    form = parse_form(payload("inbound_text.txt"))
    form["MessageSid"] += "MessageType" + form.pop("MessageType")  # the only way it can vanish
    with pytest.raises(ValueError, match="MessageSid"):
        check_message_shape(form)


@pytest.mark.parametrize("missing", REQUIRED_FIELDS)
def test_a_missing_field_is_refused(missing: str) -> None:
    form = parse_form(payload("inbound_text.txt"))
    del form[missing]
    with pytest.raises(ValueError):  # noqa: PT011 - the message names the field
        check_message_shape(form)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("MessageSid", "SM11111111111111111111111111111111MessageTypetext"),
        ("MessageSid", "SM1111111111111111111111111111111"),
        ("SmsMessageSid", "SM22222222222222222222222222222222"),
        ("SmsSid", "SM11111111111111111111111111111111SmsStatusreceived"),
        ("AccountSid", "AC0123456789abcdef0123456789abcdefApiVersion2010-04-01"),
    ],
)
def test_a_reshaped_id_is_refused(field: str, value: str) -> None:
    form = parse_form(payload("inbound_text.txt"))
    form[field] = value
    with pytest.raises(ValueError):  # noqa: PT011
        check_message_shape(form)

"""Twilio's WhatsApp webhook fields → InboundTurn (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from core.protocol import InboundTurn, SharedLocation, parse_choice_token

CHANNEL = "whatsapp"
ADDRESS_PREFIX = "whatsapp:"
# WhatsApp does not handle opt-out for us (PLATFORMS.md); these bodies become "STOP" / "START"
# and the pipeline switches pushes off or on. Only the whole body counts, so "stop at 5pm" is
# a normal message.
# "cancel" is not an opt-out word here: travelers say it to decline a question.
_OPT_WORDS = {"stop": "STOP", "unsubscribe": "STOP", "start": "START"}
# The "More…" row of a list picker with more than ten options (see interactive.py): the
# rest are listed in its text, answered by number, so the tap itself asks nothing.
MORE_ROW_SUFFIX = ":more"


def to_turns(form: Mapping[str, str]) -> list[InboundTurn]:
    """The traveler turn in one webhook delivery (none for status callbacks and non-WhatsApp).

    Args:
        form: the parsed form fields Twilio posted (From, Body, MessageSid, WaId, ProfileName;
            ButtonPayload/ButtonText after a tapped quick reply, ListId/ListTitle after a list
            choice).

    Raises:
        ValueError: a message without MessageSid or sender.
    """
    if "MessageStatus" in form:
        return []  # a delivery-status callback, not something the traveler said
    sender = form.get("From", "")
    if sender and not sender.startswith(ADDRESS_PREFIX):
        return []  # an SMS routed to this webhook by mistake: not a WhatsApp chat
    sid = form.get("MessageSid") or form.get("SmsMessageSid")
    if not sid or not sender:
        raise ValueError("a Twilio message needs MessageSid and From")
    if form.get("ListId", "").endswith(MORE_ROW_SUFFIX):
        return []
    phone = _phone(form, sender)
    context: dict[str, Any] = {"messageSid": sid}
    token, label = _tap(form)
    location = _location(form)
    attachment = None
    if token is not None:
        text = None
        context["choiceLabel"] = label
    elif location is not None:
        text = None
    else:
        text = _text(label or form.get("Body", ""))
        if not text.strip() and _has_media(form):
            # A photo, voice note or sticker without words: answered, not "please type".
            text, attachment = None, _media_kind(form)
    return [
        InboundTurn(
            channel=CHANNEL,
            event_id=sid,
            external_user_id=phone.removeprefix("+"),
            chat_id=sender,
            text=text,
            choice_token=token,
            location=location,
            attachment=attachment,
            display_name=form.get("ProfileName") or None,
            phone=phone,
            reply_context=context,
        )
    ]


def _phone(form: Mapping[str, str], sender: str) -> str:
    """'+14155551234': WaId is the WhatsApp id (digits only), From the address it wrote from."""
    wa_id = form.get("WaId", "").strip().removeprefix("+")
    if wa_id:
        return f"+{wa_id}"
    return sender.removeprefix(ADDRESS_PREFIX)


def _tap(form: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(choice token, visible label) of a tapped button or list row, (None, label) otherwise.

    Only payloads that are our choice tokens are choices; a template's own button payload
    (not ours) is treated as the words on the button.
    """
    payload = form.get("ButtonPayload") or form.get("ListId")
    label = form.get("ButtonText") or form.get("ListTitle") or None
    if payload and parse_choice_token(payload) is not None:
        return payload, label
    return None, label


def _location(form: Mapping[str, str]) -> SharedLocation | None:
    """A shared pin (Latitude/Longitude), with its place name (Label) and Address if any."""
    lat, lng = form.get("Latitude", "").strip(), form.get("Longitude", "").strip()
    if not lat or not lng:
        return None
    try:
        return SharedLocation(
            lat=float(lat),
            lng=float(lng),
            title=form.get("Label") or None,
            address=form.get("Address") or None,
        )
    except (ValueError, ValidationError) as exc:  # ValidationError is a ValueError too
        raise ValueError("a Twilio location that is not a point on Earth") from exc


def _has_media(form: Mapping[str, str]) -> bool:
    """Whether the message carries media (NumMedia > 0) or is not text (a sticker, audio)."""
    count = form.get("NumMedia", "0").strip()
    kind = form.get("MessageType", "").strip().lower()
    return (count.isdigit() and int(count) > 0) or kind not in {"", "text"}


def _media_kind(form: Mapping[str, str]) -> str:
    """What was sent instead of text: Twilio's MessageType (image, audio, sticker…), or media."""
    kind = form.get("MessageType", "").strip().lower()
    return kind if kind and kind != "text" else "media"


def _text(body: str) -> str:
    """The typed text, with an opt-out word normalized for the pipeline."""
    return _OPT_WORDS.get(body.strip().lower(), body)

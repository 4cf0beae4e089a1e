"""Twilio's message status callback → a delivery receipt (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from core.services.delivery_receipts import Receipt


def is_status_callback(form: Mapping[str, str]) -> bool:
    """Whether a delivery is a status callback rather than a message.

    Twilio posts them to the inbound webhook too when a sender's status URL is that one.
    """
    return "MessageStatus" in form


def to_receipt(form: Mapping[str, str]) -> Receipt:
    """The receipt in a status callback's form fields.

    Twilio names the message in `MessageSid` (older accounts also `SmsSid`) and its status in
    `MessageStatus` (`SmsStatus`); a failure carries `ErrorCode` (63016: outside the window).

    Raises:
        ValueError: not a status callback (no message id or status, an unknown status, or an
            error code that is not a number).
    """
    message_id = form.get("MessageSid") or form.get("SmsSid") or ""
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").strip().lower()
    if not message_id.startswith(("SM", "MM")) or not status:
        raise ValueError("not a message status callback")
    code_text = (form.get("ErrorCode") or "").strip()
    if code_text and not code_text.isdigit():
        raise ValueError(f"error code {code_text!r} is not a number")
    return Receipt(message_id[:64], status, int(code_text) if code_text else None)

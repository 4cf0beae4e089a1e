"""The shape every real Twilio WhatsApp message has, so a re-split replay is refused (pure).

Twilio's signature concatenates the sorted field names and values with no separator, so text
moved across a field boundary keeps a captured signature valid: `MessageSid=SM…&MessageType=text`
re-sent as `MessageSid=SM…MessageTypetext` is "signed" and has a new id, which the inbox would
take for a new delivery. A real message has fixed-shape ids that agree with each other and a
known set of fields; a re-split copy breaks at least one of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MESSAGE_SID = re.compile(r"^(SM|MM)[0-9a-f]{32}$")
ACCOUNT_SID = re.compile(r"^AC[0-9a-f]{32}$")
# Fields Twilio sends with every inbound WhatsApp message (see tests/payloads/whatsapp/).
# Not `MessageType`: deliveries from before Twilio added it lack it (tests/payloads/whatsapp/
# real/botbuilder-*), and a re-split can only make it vanish into `MessageSid`, its sole
# neighbour before it in the signed order, whose shape is checked.
REQUIRED_FIELDS = (
    "AccountSid",
    "Body",
    "From",
    "MessageSid",
    "NumMedia",
    "SmsMessageSid",
    "SmsSid",
    "To",
)


def check_message_shape(form: Mapping[str, str]) -> None:
    """Refuse a message delivery that Twilio could not have sent as it is.

    Status callbacks (with `MessageStatus`) are not messages and pass: they start no turn.

    Raises:
        ValueError: a required field is missing, `MessageSid` is not `SM`/`MM` + 32 hex
            digits, `SmsMessageSid`/`SmsSid` differ from it, or `AccountSid` is malformed.
    """
    if "MessageStatus" in form:
        return
    missing = [name for name in REQUIRED_FIELDS if name not in form]
    if missing:
        raise ValueError(f"a Twilio message lacks {', '.join(missing)}")
    sid = form["MessageSid"]
    if not MESSAGE_SID.match(sid):
        raise ValueError("MessageSid is not a Twilio message id")
    if form["SmsMessageSid"] != sid or form["SmsSid"] != sid:
        raise ValueError("MessageSid, SmsMessageSid and SmsSid differ")
    if not ACCOUNT_SID.match(form["AccountSid"]):
        raise ValueError("AccountSid is not a Twilio account id")

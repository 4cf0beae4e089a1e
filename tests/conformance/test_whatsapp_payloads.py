"""Real Twilio WhatsApp webhooks from other projects' suites and Twilio's docs, posted to ours.

Each form body in tests/payloads/whatsapp/real/ (provenance in its manifest.json) is signed with
the test auth token for the public URL and posted to /webhooks/whatsapp, with Twilio's Messages
API faked at the HTTP seam. Then: no 5xx; every message is kept in the inbox and answered to
its sender (text, the cannot-read answer for media, the saved place for a location, a refusal
for a tap on a question that is gone); status callbacks and SMS start no turn; the webhook
always answers Twilio with empty TwiML.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from sqlalchemy import select

from adapters.whatsapp.channel import EMPTY_TWIML
from core.messages import msg
from core.storage.models import InboxEvent
from tests.bots import test_whatsapp_flow
from tests.bots.test_whatsapp_flow import WhatsApp
from tests.conformance.real import check_partition, real_path, stems
from tests.fakes.whatsapp import OUR_NUMBER, signed

PLATFORM = "whatsapp"
whatsapp = test_whatsapp_flow.whatsapp  # the app with the channel on a fake Twilio

ANSWERED = {
    "botbuilder-text",
    "derived-text_current_fields",
    "derived-photo_with_caption",  # the caption is what they typed
    "derived-quick_reply_button_foreign",  # a template's own button: its words
    "fieldwatch-reply_quoting_our_message",
    "twiliodocs-call_permission_reply",
}
CANNOT_READ = {
    "botbuilder-image",
    "derived-voice_note",
    "derived-sticker",
    "derived-video",
    "derived-document_pdf",
    "fieldwatch-contact_vcard",
}
SHARED_PLACE = {
    "botbuilder-location",
    "derived-location_pin_named",
    "fieldwatch-location_without_label",
}
OLD_TAP = {"derived-quick_reply_button_old_choice", "derived-list_reply_old_choice"}
# No turn: delivery receipts (recorded apart), and an SMS routed to the WhatsApp webhook.
NO_TURN = {
    "botbuilder-status_delivered",
    "botbuilder-status_sent",
    "derived-status_read",
    "derived-status_undelivered_63016",
    "derived-status_failed",
    "derived-sms_not_whatsapp",
}
GROUPS = (ANSWERED, CANNOT_READ, SHARED_PLACE, OLD_TAP, NO_TURN)


def test_every_collected_webhook_has_one_expected_outcome() -> None:
    check_partition(PLATFORM, GROUPS)


async def _inbox(whatsapp: WhatsApp) -> list[InboxEvent]:
    async with whatsapp.app.state.services.sessions() as session:
        return list((await session.scalars(select(InboxEvent))).all())


@pytest.mark.parametrize("name", stems(PLATFORM))
async def test_a_real_webhook(whatsapp: WhatsApp, name: str) -> None:
    body = real_path(PLATFORM, f"{name}.txt").read_bytes()
    fields = dict(parse_qsl(body.decode(), keep_blank_values=True))
    response = await whatsapp.post(*signed(body))
    assert response.status_code == 200, response.text  # else Twilio logs 11200 and gives up
    assert response.text == EMPTY_TWIML  # Twilio sends nothing itself: answers go by the API
    await whatsapp.app.state.services.pipeline.drain()
    inbox = await _inbox(whatsapp)
    sent = whatsapp.twilio.messages
    if name in NO_TURN:
        assert inbox == []
        assert sent == []
        return

    assert [(row.event_id, row.status) for row in inbox] == [(fields["MessageSid"], "done")]
    assert sent, "no answer"
    assert {(message["To"], message["From"]) for message in sent} == {(fields["From"], OUR_NUMBER)}
    last = sent[-1].get("Body", "")
    if name in CANNOT_READ:
        assert last == msg("cannot_read")
    elif name in SHARED_PLACE:
        label = fields.get("Label")
        assert last == (msg("venue_saved", name=label) if label else msg("location_saved"))
    elif name in OLD_TAP:
        assert not last.startswith("✅")  # nothing was chosen

"""A captured Twilio delivery is processed at most once, in any re-split form (issue #14.4).

Twilio signs the sorted names and values concatenated with no separator, so moving a field
boundary keeps the captured signature valid. Each copy here carries the original's header.
"""

from __future__ import annotations

from urllib.parse import urlencode

from core.messages import msg
from tests.bots.test_whatsapp_flow import WhatsApp, whatsapp
from tests.fakes.whatsapp import inbound_form, signed

__all__ = ["whatsapp"]  # the fixture, shared with the WhatsApp flow tests

SID = "SM" + "a1" * 16


def re_splits(form: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Every copy made by folding 1-3 following fields into one field's value.

    They all concatenate (sorted) to the same string, so Twilio's signature still matches.
    """
    ordered = sorted(form)
    copies = []
    for start in range(len(ordered)):
        for folded in range(1, 4):
            if start + folded >= len(ordered):
                break
            name, value = ordered[start]
            value += "".join(k + v for k, v in ordered[start + 1 : start + 1 + folded])
            copies.append([*ordered[:start], (name, value), *ordered[start + 1 + folded :]])
    return copies


async def test_re_split_copies_of_a_delivery_add_nothing_twice(whatsapp: WhatsApp) -> None:
    form = inbound_form(SID, "add Sushi Zen restaurant on day 2")
    body, headers = signed(form)
    first = await whatsapp.post(body, headers)
    assert first.status_code == 200
    copies = re_splits(form)
    assert any(dict(c).get("MessageSid", "").startswith(SID + "MessageType") for c in copies)
    for copy in copies:
        answer = await whatsapp.post(urlencode(copy).encode(), headers)  # the original's signature
        assert answer.status_code in (200, 400), answer.text
        if answer.status_code == 400:
            assert answer.json()["error"]["code"] == "bad_payload"
    await whatsapp.app.state.services.pipeline.drain()

    # Processed once: no copy reached the orchestrator (it would ask "add it again?").
    bodies = [m["Body"] for m in whatsapp.twilio.messages]
    assert bodies == [msg("welcome"), "Added Sushi Zen to day 2 for lunch ✅"]


async def test_a_changed_sid_shape_is_refused_but_real_messages_pass(whatsapp: WhatsApp) -> None:
    for sid in ("SM" + "A1" * 16, "SM" + "1" * 31, "XX" + "1" * 32):
        refused = await whatsapp.post(*signed(inbound_form(sid, "hello")))
        assert refused.status_code == 400
    mismatch = [(k, "SM" + "2" * 32 if k == "SmsMessageSid" else v) for k, v in inbound_form(SID)]
    assert (await whatsapp.post(*signed(mismatch))).status_code == 400
    media = "MM" + "5" * 32
    assert (await whatsapp.post(*signed(inbound_form(media, "hello")))).status_code == 200
    await whatsapp.app.state.services.pipeline.drain()
    assert len(whatsapp.twilio.messages) == 2  # the welcome and one answer, to MM… only

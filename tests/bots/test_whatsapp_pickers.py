"""WhatsApp list pickers and quick replies end to end, on a fake Twilio (Messages + Content API).

Content requests and inbound `ListId` / `ButtonPayload` fields are shaped as Twilio documents
them (docs: twilio.com/docs/content/twiliolist-picker, /twilio-quick-reply,
/content-api-resources; inbound samples in tests/payloads/whatsapp/inbound_list.txt and
inbound_button.txt).
"""

from __future__ import annotations

import json

from sqlalchemy import select

from core.messages import msg
from core.protocol import ResponseType
from core.storage.models import ChannelIdentity, Itinerary
from tests.bots import test_whatsapp_flow as flow
from tests.bots.test_whatsapp_flow import SELECTION, WhatsApp
from tests.fakes.whatsapp import TRAVELER, server_error, twilio_error

whatsapp = flow.whatsapp  # the app on a fake Twilio, shared with the flow tests
ADD_SUSHI = "add a sushi place on day 2"


def _picker_ids(shown: dict[str, object]) -> list[str]:
    """The row ids of a sent list picker (a choice token per card)."""
    assert shown["type"] == "twilio/list-picker"
    return [str(item["id"]) for item in shown["items"]]  # type: ignore[attr-defined]


def _tokens(prompt_id: str, count: int = 5) -> list[str]:
    return [f"{prompt_id}:{index}" for index in range(count)]


async def _day_two(whatsapp: WhatsApp) -> list[str]:
    """The titles on day 2 of the WhatsApp traveler's trip."""
    async with whatsapp.app.state.services.sessions() as session:
        itinerary = await session.scalar(
            select(Itinerary)
            .join(ChannelIdentity, ChannelIdentity.traveler_id == Itinerary.user_id)
            .where(ChannelIdentity.external_user_id == TRAVELER.removeprefix("whatsapp:+"))
        )
        assert itinerary is not None
        day = next(day for day in itinerary.days if day["day"] == 2)
        return [node["title"] for node in day["nodes"]]


async def test_cards_create_one_list_picker_template_and_reuse_it(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, ADD_SUSHI)
    first = whatsapp.prompt_id
    await whatsapp.say("SM" + "2" * 32, "add a sushi place on day 3")
    assert whatsapp.shown(1) == whatsapp.picker(first)
    assert _picker_ids(whatsapp.shown(2)) == _tokens(whatsapp.prompt_id)
    # One template for both prompts: created once, every word of it a variable.
    assert whatsapp.twilio.content_requests == ["GET", "POST"]
    [(sid, template)] = whatsapp.twilio.contents.items()
    assert {m["ContentSid"] for m in whatsapp.twilio.messages[1:]} == {sid}
    assert template["language"] == "en"
    picker = template["types"]["twilio/list-picker"]
    assert (picker["body"], picker["button"]) == ("{{1}}", "{{2}}")
    assert picker["items"][0] == {"item": "{{3}}", "id": "{{4}}", "description": "{{5}}"}
    assert len(picker["items"]) == 5
    sent = json.loads(whatsapp.twilio.messages[2]["ContentVariables"])
    assert (sent["3"], sent["4"]) == ("Hadibo Sushi", f"{whatsapp.prompt_id}:0")


async def test_another_language_gets_its_own_template(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, ADD_SUSHI)
    await whatsapp.say("SM" + "2" * 32, "añade un restaurante de sushi el día 2")
    spanish = whatsapp.shown(2)
    assert spanish["button"] == "Elegir"
    assert spanish["items"][0]["description"] == "★ 4.7 (412) · $$$ · 597 m · abierto ahora"
    assert sorted(t["language"] for t in whatsapp.twilio.contents.values()) == ["en", "es"]


async def test_a_list_reply_adds_the_place_once(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, ADD_SUSHI)
    token = f"{whatsapp.prompt_id}:1"
    tap = {"ListId": token, "ListTitle": "Sushi Zen"}
    await whatsapp.say("SM" + "2" * 32, "Sushi Zen", **tap)
    assert whatsapp.twilio.messages[2:] == [
        whatsapp.to_traveler("✅ Sushi Zen\nAdded Sushi Zen to day 2 for lunch ✅")
    ]
    await whatsapp.say("SM" + "2" * 32, "Sushi Zen", **tap)  # Twilio redelivered it
    assert len(whatsapp.twilio.messages) == 3
    await whatsapp.say("SM" + "3" * 32, "Sushi Zen", **tap)  # tapped again later
    assert whatsapp.twilio.messages[3:] == [whatsapp.to_traveler(msg("prompt_closed"))]
    assert (await _day_two(whatsapp)).count("Sushi Zen") == 1


async def test_a_confirmation_is_quick_reply_buttons(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "hello")
    await whatsapp.say("SM" + "2" * 32, "clear day 2")
    prompt = whatsapp.prompt_id
    shown = whatsapp.shown(-1)
    assert shown["type"] == "twilio/quick-reply"
    assert shown["actions"] == [
        {"title": "Yes, remove them", "id": f"{prompt}:0"},
        {"title": "Cancel", "id": f"{prompt}:1"},
    ]
    assert shown["body"].startswith("This will remove ")
    assert "\n• Day 2 · " in shown["body"]
    before = await _day_two(whatsapp)
    await whatsapp.say("SM" + "3" * 32, "Cancel", ButtonText="Cancel", ButtonPayload=f"{prompt}:1")
    assert whatsapp.twilio.bodies[-1] == "✅ Cancel\nOkay, I left your trip as it was."
    assert await _day_two(whatsapp) == before


async def test_a_tap_from_another_chat_changes_nothing(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "hello")
    await whatsapp.say("SM" + "2" * 32, "clear day 2")
    yes = f"{whatsapp.prompt_id}:0"
    before = await _day_two(whatsapp)
    stranger = "whatsapp:+14155550000"
    await whatsapp.say(
        "SM" + "3" * 32, "Yes", sender=stranger, name="Eve", ButtonText="Yes", ButtonPayload=yes
    )
    assert whatsapp.channel.responses[-1].type is ResponseType.ERROR
    assert await _day_two(whatsapp) == before
    await whatsapp.say("SM" + "4" * 32, "yes")  # the traveler's own question is still open
    assert whatsapp.channel.responses[-1].type is ResponseType.COMPLETE
    assert await _day_two(whatsapp) == []


async def test_content_api_failure_falls_back_to_numbered_text(whatsapp: WhatsApp) -> None:
    whatsapp.twilio.content_answers = [server_error(), server_error()]  # listing, creating
    await whatsapp.say("SM" + "1" * 32, ADD_SUSHI)
    assert whatsapp.twilio.messages[1:] == [whatsapp.to_traveler(SELECTION)]
    await whatsapp.say("SM" + "2" * 32, "2")  # nothing lost: the numbered text answers
    assert whatsapp.twilio.bodies[-1] == "Added Sushi Zen to day 2 for lunch ✅"
    # A broken Content API is not asked on every answer, but again a few minutes later.
    await whatsapp.say("SM" + "3" * 32, "add a sushi place on day 3")
    assert whatsapp.twilio.content_requests == ["GET", "POST"]
    assert whatsapp.shown(-1)["type"] == "text"
    whatsapp.sleeps.clock.advance(minutes=6)
    await whatsapp.say("SM" + "4" * 32, "add a sushi place on day 3")
    assert _picker_ids(whatsapp.shown(-1)) == _tokens(whatsapp.prompt_id)


async def test_a_refused_picker_is_resent_as_numbered_text(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "hello")
    # Twilio no longer knows the template (deleted in the console): text now, a new one next.
    whatsapp.twilio.answers = [twilio_error(400, 21655, "The ContentSid is Invalid")]
    await whatsapp.say("SM" + "2" * 32, ADD_SUSHI)
    assert whatsapp.twilio.bodies[-1] == SELECTION
    await whatsapp.say("SM" + "3" * 32, "add a sushi place on day 3")
    assert _picker_ids(whatsapp.shown(-1)) == _tokens(whatsapp.prompt_id)
    assert len(whatsapp.twilio.contents) == 2

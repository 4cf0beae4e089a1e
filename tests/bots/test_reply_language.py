"""A traveler writing in Spanish or Portuguese reads no English from the channel either.

The channel adds words of its own to an answer (the welcome, "Reply with a number", the list
button, card facts such as "open now"): they follow the language the answer is in, on list
pickers and quick replies as in the numbered text that stands in when those fail.
"""

from __future__ import annotations

import json

from core.messages import msg, use_locale
from tests.bots.test_whatsapp_flow import WhatsApp, whatsapp
from tests.fakes.whatsapp import server_error

__all__ = ["whatsapp"]  # the fixture, shared with the WhatsApp flow tests


async def test_a_spanish_list_picker_has_spanish_words(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "agrega un lugar de sushi el día 2")
    picker = whatsapp.shown(-1)
    assert picker["body"].startswith("Encontré 5 opciones para")
    assert picker["button"] == "Elegir"
    assert picker["items"][0]["description"].endswith("abierto ahora")
    shown = json.dumps(picker, ensure_ascii=False)
    for english in ("open now", "closed now", "Choose", "Reply", "Demo data"):
        assert english not in shown


async def test_a_portuguese_confirmation_has_portuguese_buttons(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "limpa o dia 3")
    question = whatsapp.shown(-1)
    assert question["type"] == "twilio/quick-reply"
    assert question["body"].startswith("Isto vai remover 3 atividades")
    with use_locale("pt"):
        assert question["actions"][1]["title"] == msg("cancel")
    assert all(action["title"] not in {"Yes", "No", "Cancel"} for action in question["actions"])


async def test_a_spanish_traveler_gets_spanish_footers_and_card_facts(whatsapp: WhatsApp) -> None:
    whatsapp.twilio.content_answers = [server_error(), server_error()]  # numbered text then
    await whatsapp.say("SM" + "1" * 32, "agrega un lugar de sushi el día 2")
    welcome, cards = [message["Body"] for message in whatsapp.twilio.messages]
    with use_locale("es"):
        assert welcome == msg("welcome")
        assert cards.startswith("Encontré 5 opciones para «sushi» cerca de Hadibo.")
        assert cards.endswith("\n" + msg("reply_choice"))
    assert "abierto ahora" in cards
    assert "open now" not in cards


async def test_a_portuguese_confirmation_asks_for_sim_or_nao(whatsapp: WhatsApp) -> None:
    whatsapp.twilio.content_answers = [server_error(), server_error()]  # numbered text then
    await whatsapp.say("SM" + "1" * 32, "limpa o dia 3")
    question = whatsapp.twilio.messages[-1]["Body"]
    assert question.startswith("Isto vai remover 3 atividades do que está planeado para o dia 3.")
    assert question.endswith("\nResponda SIM ou NÃO.")
    assert "Reply" not in question

"""A traveler writing in Spanish or Portuguese reads no English from the channel either.

The channel adds words of its own to an answer (the welcome, "Reply with a number", card
facts such as "open now"): they follow the language the answer is in.
"""

from __future__ import annotations

from core.messages import msg, use_locale
from tests.bots.test_whatsapp_flow import WhatsApp, whatsapp

__all__ = ["whatsapp"]  # the fixture, shared with the WhatsApp flow tests


async def test_a_spanish_traveler_gets_spanish_footers_and_card_facts(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "agrega un lugar de sushi el día 2")
    welcome, cards = [message["Body"] for message in whatsapp.twilio.messages]
    with use_locale("es"):
        assert welcome == msg("welcome")
        assert cards.startswith("Encontré 5 opciones para «sushi» cerca de Hadibo.")
        assert cards.endswith("\n" + msg("reply_choice"))
    assert "abierto ahora" in cards
    assert "open now" not in cards


async def test_a_portuguese_confirmation_asks_for_sim_or_nao(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "limpa o dia 3")
    question = whatsapp.twilio.messages[-1]["Body"]
    assert question.startswith("Isto vai remover 3 atividades do que está planeado para o dia 3.")
    assert question.endswith("\nResponda SIM ou NÃO.")
    assert "Reply" not in question

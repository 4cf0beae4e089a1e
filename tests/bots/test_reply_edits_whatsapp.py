"""WhatsApp cannot edit a sent message: its "Added …" answer is kept as it is, no edit queued."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from core.services.outbox_drain import drain_outbox
from core.storage.models import EnrichmentTask, OutboxMessage, SentReply
from tests.bots.test_whatsapp_flow import WhatsApp, whatsapp

__all__ = ["whatsapp"]  # the fixture, shared with the WhatsApp flow tests


async def test_details_on_whatsapp_change_no_message(whatsapp: WhatsApp) -> None:
    await whatsapp.say("SM" + "1" * 32, "add Sushi Zen restaurant on day 2")
    assert whatsapp.shown(-1)["body"].startswith("Added Sushi Zen to day 2")
    services = whatsapp.app.state.services
    while await services.enrichment.run_once():
        pass
    sent_before = len(whatsapp.twilio.messages)
    outcomes = await drain_outbox(
        services.sessions, services.clock, services.pipeline.channels, rates={"whatsapp": 1e6}
    )
    assert outcomes == Counter()
    assert len(whatsapp.twilio.messages) == sent_before
    async with services.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(SentReply)) == 0
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        assert list(await session.scalars(select(EnrichmentTask.status))) == ["done"]

"""`python -m bots send-test-alert USER`: a test push, to check a traveler's alerts get through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.services.outbox import HIGH_PRIORITY, enqueue_push
from core.storage.models import Traveler
from jobs.audience import catalog_text

if TYPE_CHECKING:
    from bots.container import Services

# Sent through the safety-alert template, so the test also proves it works outside WhatsApp's
# 24-hour window.
TEMPLATE = "safety_alert"


async def send_test_alert(services: Services, traveler_id: str) -> bool:
    """Queue a test push for a traveler; False when there is no such traveler."""
    async with services.sessions() as session, session.begin():
        traveler = await session.get(Traveler, traveler_id)
        if traveler is None:
            return False
        now = services.clock.now()
        text = catalog_text("test_alert_text", traveler.locale)
        return await enqueue_push(
            session,
            services.clock,
            key=f"test:{traveler.id}:{int(now.timestamp())}",
            traveler_id=traveler.id,
            kind="test",
            text=text,
            priority=HIGH_PRIORITY,
            template=TEMPLATE,
            variables={"1": "Traveloure", "2": text},
        )

"""accept(): a turn stored in the inbox once, acknowledged and processed; a redelivery dropped."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import select

from bots.channels.intake import accept
from core.protocol import InboundTurn
from core.storage.models import InboxEvent
from core.tracing import traced
from tests.bots.test_pipeline import FakeChannel


def _turn(event_id: str) -> InboundTurn:
    return InboundTurn(
        channel="fake", event_id=event_id, external_user_id="u1", chat_id="chat-u1", text="hi"
    )


async def test_a_turn_is_accepted_once_with_its_trace_and_answered(app: FastAPI) -> None:
    services = app.state.services
    fake = FakeChannel()
    services.pipeline.channels["fake"] = fake
    with traced("trace-0001"):
        assert await accept(services.pipeline, fake, _turn("e1")) is True
        assert await accept(services.pipeline, fake, _turn("e1")) is False  # a redelivery
        assert await accept(services.pipeline, fake, _turn("e2")) is True
    await services.pipeline.drain()
    assert fake.acknowledged == ["e1", "e2"]  # a redelivery is not acknowledged twice
    assert sorted(turn.event_id for turn, _ in fake.delivered) == ["e1", "e2"]
    async with services.sessions() as session:
        rows = list(await session.scalars(select(InboxEvent).order_by(InboxEvent.id)))
    assert [(row.event_id, row.status) for row in rows] == [("e1", "done"), ("e2", "done")]
    assert {row.payload["traceId"] for row in rows} == {"trace-0001"}

"""Receipts that arrive before the push's message id is recorded are kept briefly and applied."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.services.delivery_receipts import EARLY_RECEIPT_TTL, Receipt, record_receipt
from core.services.outbox_drain import drain_outbox
from core.storage.models import EarlyReceipt, OutboxMessage
from tests.fakes.clock import FakeClock
from tests.fakes.outbox import Chat, add_traveler, queue_alert
from tests.fakes.slack import RecordingSleep

Sessions = async_sessionmaker[AsyncSession]
SID = "SM" + "e" * 32


class TrackedChannel:
    """A channel whose sends have ids (like WhatsApp); Twilio answers with SID."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, chat_id: str, text: str) -> None:
        raise AssertionError("pushes go through send_tracked")

    async def send_tracked(self, chat_id: str, text: str) -> str:
        self.sent.append(chat_id)
        return SID


async def _receipt(sessions: Sessions, clock: FakeClock, status: str) -> str:
    async with sessions() as session, session.begin():
        return await record_receipt(session, clock, Receipt(SID, status))


async def test_a_receipt_before_the_id_is_recorded_still_counts(
    sessions: Sessions, clock: FakeClock
) -> None:
    async with sessions() as session, session.begin():
        traveler = await add_traveler(session, clock, [Chat("tracked", "c1")])
        await queue_alert(session, clock, traveler)
    # Twilio called back between accepting the message and our recording its SID.
    assert await _receipt(sessions, clock, "delivered") == "unknown"
    assert await _receipt(sessions, clock, "sent") == "unknown"
    channel = TrackedChannel()
    await drain_outbox(sessions, clock, {"tracked": channel}, sleep=RecordingSleep(clock))
    async with sessions() as session:
        row = await session.scalar(select(OutboxMessage))
        kept = await session.scalar(select(func.count()).select_from(EarlyReceipt))
    assert row is not None
    assert (row.status, row.provider_message_id, row.delivery_status) == ("sent", SID, "delivered")
    assert kept == 0


async def test_receipts_nobody_claims_age_out(sessions: Sessions, clock: FakeClock) -> None:
    await _receipt(sessions, clock, "delivered")
    clock.advance(seconds=EARLY_RECEIPT_TTL.total_seconds() + 1)
    await _receipt(sessions, clock, "read")  # another stray receipt prunes the old one
    async with sessions() as session:
        left = list(await session.scalars(select(EarlyReceipt.status)))
    assert left == ["read"]

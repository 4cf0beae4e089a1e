"""Delivery receipts: what the platform later says became of a push it accepted.

Twilio posts a status callback for each step of a message (queued, sent, delivered, read, or
failed / undelivered with an error code), possibly more than once and out of order. A receipt
only ever moves a row's delivery status forward: a duplicate, or a late "sent" after
"delivered", changes nothing. A WhatsApp push refused because the 24-hour window had closed
(error 63016) is sent again, by the approved template, else on another linked chat, else held
until the traveler writes; any other failure ends the row with the platform's reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.outbox import DEAD, PENDING, SENDING, SENT
from core.storage.models import EarlyReceipt, OutboxMessage

WINDOW_CLOSED = 63016  # Twilio: "outside the allowed window" (free-form text after 24 h)
FAILED_STATUSES = frozenset({"failed", "undelivered"})
# How far along a message is; a receipt never moves a row backwards or sideways.
_RANK = {
    "accepted": 0,
    "scheduled": 0,
    "queued": 0,
    "sending": 1,
    "sent": 2,
    "delivered": 3,
    "read": 4,
    "failed": 5,
    "undelivered": 5,
}
# Statuses as stored: Twilio's intermediate ones count as the nearest step we report.
_STORED = {"accepted": "queued", "scheduled": "queued", "sending": "queued"}
QUEUED = "queued"
EARLY_RECEIPT_TTL = timedelta(minutes=10)


class UnknownStatusError(ValueError):
    """A status name Twilio does not send."""


@dataclass(frozen=True)
class Receipt:
    """One status callback: which message, its status, and the error code of a failure."""

    message_id: str
    status: str
    error_code: int | None = None

    def __post_init__(self) -> None:
        if self.status not in _RANK:
            raise UnknownStatusError(f"unknown message status {self.status!r}")


RECORDED, IGNORED, UNKNOWN, FALLBACK, FAILED = (
    "recorded",
    "ignored",
    "unknown",
    "fallback",
    "failed",
)


async def _keep_early(session: AsyncSession, clock: Clock, receipt: Receipt) -> None:
    """Keep a receipt for a message id we do not know (yet) for EARLY_RECEIPT_TTL.

    Twilio can call back before the worker that sent the push has recorded its id. Receipts
    of chat answers (never outbox rows) land here too and age out.
    """
    now = clock.now()
    await session.execute(
        delete(EarlyReceipt).where(EarlyReceipt.received_at < now - EARLY_RECEIPT_TTL)
    )
    session.add(
        EarlyReceipt(
            message_id=receipt.message_id,
            status=receipt.status,
            error_code=receipt.error_code,
            received_at=now,
        )
    )


async def apply_early_receipts(session: AsyncSession, clock: Clock, message_id: str) -> int:
    """Apply the receipts that arrived before `message_id` was recorded; how many there were."""
    early = list(
        await session.scalars(
            select(EarlyReceipt)
            .where(EarlyReceipt.message_id == message_id)
            .order_by(EarlyReceipt.id)
        )
    )
    for kept in early:
        receipt = Receipt(kept.message_id, kept.status, kept.error_code)
        await record_receipt(session, clock, receipt)
        await session.delete(kept)
    return len(early)


def _rank(status: str | None) -> int:
    return -1 if status is None else _RANK.get(status, -1)


async def record_receipt(session: AsyncSession, clock: Clock, receipt: Receipt) -> str:
    """Apply one receipt to its outbox row inside the caller's transaction (the caller commits).

    Returns:
        "unknown" (no push has that message id: e.g. a chat answer, which is not tracked),
        "ignored" (a duplicate, or older news than the row holds), "recorded", "fallback"
        (63016: the row is due again, not as free-form WhatsApp) or "failed" (the row is dead).
    """
    query = select(OutboxMessage).where(OutboxMessage.provider_message_id == receipt.message_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()  # two callbacks for one row apply one after the other
    row = await session.scalar(query)
    if row is None:
        await _keep_early(session, clock, receipt)
        return UNKNOWN
    if _rank(receipt.status) <= _rank(row.delivery_status):
        return IGNORED
    now = clock.now()
    row.delivery_status = _STORED.get(receipt.status, receipt.status)
    row.delivery_error_code = receipt.error_code
    row.delivery_updated_at = now
    if receipt.status not in FAILED_STATUSES or row.status not in {SENT, SENDING}:
        return RECORDED
    code = receipt.error_code
    if code == WINDOW_CLOSED and row.channel == "whatsapp" and not row.whatsapp_window_closed:
        row.status = PENDING
        row.whatsapp_window_closed = True
        row.next_attempt_at = now
        row.lease_until = None
        row.last_error = "WhatsApp 63016: outside the 24-hour window; sending another way"
        return FALLBACK
    row.status = DEAD
    row.last_error = f"{row.channel or 'platform'} reported {receipt.status} (error {code})"
    return FAILED

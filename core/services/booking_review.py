"""An operator's decision on a booking request: confirm (with a reference) or decline.

The decision is one conditional UPDATE (`WHERE status = 'pending_review'`), so of two operators
(or an operator and the traveler cancelling) exactly one wins; the traveler's notice is an
outbox row written in the same transaction, in the traveler's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.messages import msg, use_locale
from core.services.bookings import PENDING_REVIEW
from core.services.outbox import HIGH_PRIORITY, enqueue_push
from core.storage.models import BookingRequest, Traveler

CONFIRMED, DECLINED = "confirmed", "declined"
MAX_FIELD = 500


class Decision(StrEnum):
    """What the operator decided."""

    CONFIRM = "confirm"
    DECLINE = "decline"


@dataclass(frozen=True)
class ReviewOutcome:
    """The result of a decision: applied, or why not."""

    applied: bool
    problem: str | None = None
    status: str | None = None


def _notice(row: BookingRequest, decision: Decision, reference: str, note: str) -> str:
    ref = f"B-{row.id}"
    if decision is Decision.CONFIRM:
        text = (
            msg("booking_confirmed_push", ref=ref, place=row.place_name, reference=reference)
            if reference
            else msg("booking_confirmed_push_plain", ref=ref, place=row.place_name)
        )
        return f"{text}\n{msg('booking_note', note=note)}" if note else text
    reason = note or msg("booking_declined_default_reason")
    return msg("booking_declined_push", ref=ref, place=row.place_name, reason=reason)


async def review_booking(
    session: AsyncSession,
    clock: Clock,
    booking_id: str,
    decision: Decision,
    *,
    operator: str,
    reference: str = "",
    note: str = "",
    quick: bool = False,
) -> ReviewOutcome:
    """Confirm or decline a pending request and queue the traveler's notice.

    Args:
        session: The caller's transaction (the audit row belongs in it too).
        clock: Time source.
        booking_id: The request's id (without the "B-").
        decision: Confirm or decline.
        operator: Who decided (kept on the request).
        reference: The supplier's booking reference (required to confirm).
        note: A note to the traveler when confirming; the reason (required) when declining.
        quick: A one-tap decision (a Slack button): no reference needed to confirm, and a
            decline without a reason tells the traveler a standard one in their language.
    """
    reference, note = reference.strip()[:MAX_FIELD], note.strip()[:MAX_FIELD]
    if decision is Decision.CONFIRM and not reference and not quick:
        return ReviewOutcome(False, "A confirmation needs the booking reference.")
    if decision is Decision.DECLINE and not note and not quick:
        return ReviewOutcome(False, "A decline needs a reason for the traveler.")
    # Locked (on PostgreSQL) so the details merged below are current: a Slack card posted
    # meanwhile keeps its place in them, and a second decider waits, then finds it decided.
    row = await session.get(BookingRequest, booking_id, with_for_update=True)
    if row is None:
        return ReviewOutcome(False, "There is no such booking request.")
    status = CONFIRMED if decision is Decision.CONFIRM else DECLINED
    details = {
        **(row.details or {}),
        "reviewedBy": operator,
        "reviewedAt": clock.now().isoformat(),
        **({"reference": reference} if reference else {}),
        **({"note": note} if decision is Decision.CONFIRM and note else {}),
        **({"reason": note} if decision is Decision.DECLINE else {}),
    }
    result = await session.execute(
        update(BookingRequest)
        .where(BookingRequest.id == booking_id, BookingRequest.status == PENDING_REVIEW)
        .values(status=status, details=details, updated_at=clock.now())
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        current = await session.scalar(
            select(BookingRequest.status).where(BookingRequest.id == booking_id)
        )
        return ReviewOutcome(False, f"This request is already {current}.", current)
    locale = await session.scalar(select(Traveler.locale).where(Traveler.id == row.user_id))
    with use_locale(locale):
        text = _notice(row, decision, reference, note)
    await enqueue_push(
        session,
        clock,
        key=f"booking:{booking_id}:{status}",
        traveler_id=row.user_id,
        kind="booking",
        text=text,
        priority=HIGH_PRIORITY,
    )
    return ReviewOutcome(True, status=status)

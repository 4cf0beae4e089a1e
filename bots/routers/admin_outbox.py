"""Operator view of the outbox: how much is waiting, how late, and what was given up on."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import func, select

from bots.deps import AdminOnly, ServicesDep, SessionDep
from core.services.outbox import DEAD, HELD, PENDING, SENDING, SENT
from core.storage.models import OutboxMessage

router = APIRouter(prefix="/api/v1/admin", tags=["admin"])

DEAD_LETTERS_SHOWN = 20


@router.get("/outbox")
async def outbox_status(
    _admin: AdminOnly, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Rows per status, how long the most overdue due row has waited, the latest dead letters.

    `oldestPendingAgeSeconds` counts from when the oldest due pending row became due (rows
    held back by quiet hours or a retry backoff are not late yet); null when none is due.
    """
    now = services.clock.now()
    by_status = await session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    )
    counts = dict.fromkeys((PENDING, SENDING, SENT, HELD, DEAD), 0)
    counts |= dict(by_status.all())
    oldest_due = await session.scalar(
        select(func.min(OutboxMessage.next_attempt_at)).where(
            OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now
        )
    )
    dead = await session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == DEAD)
        .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
        .limit(DEAD_LETTERS_SHOWN)
    )
    return {
        "counts": counts,
        "oldestPendingAgeSeconds": (
            None if oldest_due is None else round((now - oldest_due).total_seconds(), 3)
        ),
        "deadLetters": [
            {
                "id": row.id,
                "idempotencyKey": row.idempotency_key,
                "travelerId": row.traveler_id,
                "kind": row.kind,
                "attempts": row.attempts,
                "lastError": row.last_error,
                "createdAt": row.created_at.isoformat(),
            }
            for row in dead
        ],
    }

"""Operator view of the outbox: how much is waiting, how late, and what was given up on."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import select

from bots.deps import AdminOnly, ServicesDep, SessionDep
from bots.responses import ERRORS, OutboxStatus
from core.services.outbox import DEAD, delivery_report, outbox_depth
from core.storage.models import OutboxMessage

router = APIRouter(prefix="/api/v1/admin", tags=["admin"], responses=ERRORS)

DEAD_LETTERS_SHOWN = 20
RECENT_SHOWN = 50


@router.get("/outbox", response_model=OutboxStatus)
async def outbox_status(
    _admin: AdminOnly, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Rows per status, how long the most overdue due row has waited, the latest dead letters.

    `byChannel` counts pushes per channel and kind: pending, sent, delivered, read, failed,
    held (cumulative: a read push is also sent and delivered; see `delivery_report`).

    `recent` lists the latest rows (newest first) with where each one stands: its status,
    channel, and the platform's last delivery receipt (`deliveryStatus`, `deliveryErrorCode`).

    `oldestPendingAgeSeconds` is null when no row is due (see `outbox_depth`).
    """
    now = services.clock.now()
    depth = await outbox_depth(session, now)
    dead = await session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == DEAD)
        .order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc())
        .limit(DEAD_LETTERS_SHOWN)
    )
    recent = await session.scalars(
        select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(RECENT_SHOWN)
    )
    return {
        "counts": depth.counts,
        "oldestPendingAgeSeconds": depth.oldest_due_age_seconds,
        "byChannel": await delivery_report(session),
        "deadLetters": [
            {
                "id": row.id,
                "idempotencyKey": row.idempotency_key,
                "travelerId": row.traveler_id,
                "kind": row.kind,
                "attempts": row.attempts,
                "lastError": row.last_error,
                "channel": row.channel,
                "deliveryStatus": row.delivery_status,
                "deliveryErrorCode": row.delivery_error_code,
                "createdAt": row.created_at.isoformat(),
            }
            for row in dead
        ],
        "recent": [
            {
                "id": row.id,
                "idempotencyKey": row.idempotency_key,
                "travelerId": row.traveler_id,
                "kind": row.kind,
                "status": row.status,
                "channel": row.channel,
                "providerMessageId": row.provider_message_id,
                "deliveryStatus": row.delivery_status,
                "deliveryErrorCode": row.delivery_error_code,
                "deliveryUpdatedAt": row.delivery_updated_at.isoformat()
                if row.delivery_updated_at
                else None,
                "lastError": row.last_error,
                "sentAt": row.sent_at.isoformat() if row.sent_at else None,
            }
            for row in recent
        ],
    }

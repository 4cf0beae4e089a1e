"""The outbox: every push is a row written in the same transaction as the decision to send it.

The idempotency key (e.g. "alert:{intelId}:{travelerId}") makes deciding twice harmless: the
second insert is ignored, so a job that re-runs after a crash never queues a push twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage.models import OutboxMessage

PENDING, SENDING, SENT, DEAD, HELD = "pending", "sending", "sent", "dead", "held"
# Not sent, and nothing is wrong: an edit of a message that can no longer be edited, or whose
# places were removed meanwhile. Neither retried nor a dead letter.
SKIPPED = "skipped"
HIGH_PRIORITY = 1
NORMAL_PRIORITY = 5


async def enqueue_push(
    session: AsyncSession,
    clock: Clock,
    *,
    key: str,
    traveler_id: str,
    kind: str,
    text: str,
    priority: int = NORMAL_PRIORITY,
    template: str | None = None,
    variables: dict[str, Any] | None = None,
    not_before: datetime | None = None,
    reply_id: int | None = None,
) -> bool:
    """Queue a push inside the caller's transaction; False when `key` was queued before.

    Args:
        session: The transaction that also records the decision to send.
        clock: Time source.
        key: Idempotency key; the same key is never queued twice.
        traveler_id: Who receives it (the dispatcher picks their channel at send time).
        kind: "alert", "digest", "test", or "edit" (with `reply_id`).
        text: The message for free-form channels.
        priority: 1 (highest) to 10.
        template: Template kind for WhatsApp outside the 24-hour window ("safety_alert",
            "digest"), or None.
        variables: ContentVariables for that template.
        not_before: Earliest send time (quiet hours), default now.
        reply_id: For an edit, the sent answer it edits (the row then goes to that chat).
    """
    now = clock.now()
    values = {
        "idempotency_key": key[:200],
        "traveler_id": traveler_id,
        "kind": kind,
        "priority": priority,
        "text": text,
        "template": template,
        "template_variables": variables or {},
        "status": PENDING,
        "attempts": 0,
        "next_attempt_at": not_before or now,
        "created_at": now,
        "reply_id": reply_id,
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(OutboxMessage)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
    )
    result = await session.execute(statement)
    return bool(getattr(result, "rowcount", 0))


@dataclass(frozen=True)
class OutboxDepth:
    """How much the outbox holds and how late its most overdue due row is."""

    counts: dict[str, int]
    oldest_due_age_seconds: float | None


async def outbox_depth(session: AsyncSession, now: datetime) -> OutboxDepth:
    """Rows per status, and the age of the oldest due pending row (None when none is due).

    The age counts from when that row became due: rows held back by quiet hours or a retry
    backoff are not late yet.
    """
    by_status = await session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    )
    counts = dict.fromkeys((PENDING, SENDING, SENT, HELD, DEAD), 0)
    counts |= {str(status): int(count) for status, count in by_status.all()}
    oldest_due = await session.scalar(
        select(func.min(OutboxMessage.next_attempt_at)).where(
            OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now
        )
    )
    age = None if oldest_due is None else round((now - oldest_due).total_seconds(), 3)
    return OutboxDepth(counts, age)


DELIVERY_BUCKETS = ("pending", "sent", "delivered", "read", "failed", "held")


async def delivery_report(session: AsyncSession) -> dict[str, dict[str, dict[str, int]]]:
    """Pushes by channel and kind: pending, sent, delivered, read, failed, held.

    Counts are cumulative along the way a message goes: a read push counts as sent, delivered
    and read. `failed` is every row given up on (dead: the platform refused it, a receipt said
    failed / undelivered, or attempts ran out). Rows that never reached a channel (held with
    no chat, opted out) are under "none".
    """
    rows = await session.execute(
        select(
            OutboxMessage.channel,
            OutboxMessage.kind,
            OutboxMessage.status,
            OutboxMessage.delivery_status,
            func.count(),
        ).group_by(
            OutboxMessage.channel,
            OutboxMessage.kind,
            OutboxMessage.status,
            OutboxMessage.delivery_status,
        )
    )
    report: dict[str, dict[str, dict[str, int]]] = {}
    for channel, kind, status, delivery, count in rows.all():
        counts = report.setdefault(channel or "none", {}).setdefault(
            str(kind), dict.fromkeys(DELIVERY_BUCKETS, 0)
        )
        buckets: list[str] = []
        if status in (PENDING, SENDING):
            buckets.append("pending")
        elif status == HELD:
            buckets.append("held")
        elif status == DEAD:
            buckets.append("failed")
        elif status == SENT:
            buckets.append("sent")
            if delivery in ("delivered", "read"):
                buckets.append("delivered")
            if delivery == "read":
                buckets.append("read")
        for bucket in buckets:
            counts[bucket] += int(count)
    return report

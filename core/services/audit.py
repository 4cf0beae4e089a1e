"""The operator audit trail: one row per console action, written in the action's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage.console_models import OperatorAudit


async def record(
    session: AsyncSession,
    clock: Clock,
    operator_id: str | None,
    action: str,
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    """Add an audit row to the caller's transaction: it commits with the action or not at all."""
    session.add(
        OperatorAudit(
            operator_id=operator_id,
            action=action,
            target=target[:200],
            detail=detail or {},
            created_at=clock.now(),
        )
    )
    await session.flush()


async def recent(session: AsyncSession, limit: int = 50) -> list[OperatorAudit]:
    """The newest audit rows first."""
    rows = await session.scalars(
        select(OperatorAudit).order_by(OperatorAudit.id.desc()).limit(limit)
    )
    return list(rows)


async def count_since(session: AsyncSession, action: str, target: str, since: datetime) -> int:
    """How many `action` rows about `target` were written since `since`."""
    count = await session.scalar(
        select(func.count())
        .select_from(OperatorAudit)
        .where(
            OperatorAudit.action == action,
            OperatorAudit.target == target[:200],
            OperatorAudit.created_at >= since,
        )
    )
    return int(count or 0)

"""Sending the outbox: claim due rows under a lease, pick each traveler's channel, record outcomes.

Delivery is at-least-once. A row is claimed (`sending`, `lease_until` = now + 60 s) in one short
transaction, sent, and marked `sent` in another short transaction right after the platform
accepted it. A graceful cancellation (task.cancel()) cannot lose or duplicate a message: the
"send, then mark sent" step runs shielded and the cancelled worker waits for it before it stops.
A hard kill (SIGKILL, power loss) between the platform accepting a message and our commit can
duplicate one message per in-flight row: the lease expires, another worker claims the row again
and resends it. The lease bounds that retry to one minute after the crash; nothing is lost.

No platform code lives here: senders are any objects with `send_text(chat_id, text)` (and, for
WhatsApp templates, `send_template(to, content_sid, variables)`), keyed by channel name.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.delivery import ChatUnreachableError
from core.metrics import record_send
from core.services.delivery_receipts import QUEUED, apply_early_receipts
from core.services.outbox import DEAD, HELD, PENDING, SENDING, SENT
from core.services.outbox_routing import (
    Route,
    Sessions,
    Skip,
    TemplateSender,
    TextSender,
    TrackedSender,
)
from core.storage.models import ChannelIdentity, OutboxMessage

log = logging.getLogger(__name__)


LEASE = timedelta(seconds=60)
# A send is not started this close to the end of its lease: another worker may claim it then.
LEASE_MARGIN = timedelta(seconds=10)
MAX_ATTEMPTS = 6
BACKOFF_BASE_SECONDS = 30.0
BACKOFF_CAP_SECONDS = 3600.0
MAX_ERROR_CHARS = 500

Random = Callable[[], float]


@dataclass(frozen=True)
class Claim:
    """A row this worker leased: what to send to whom, and the lease that makes it ours."""

    id: int
    traveler_id: str
    text: str
    template: str | None
    variables: Mapping[str, Any]
    attempts: int
    lease_until: datetime
    # WhatsApp refused this row as free-form text (63016): send it some other way.
    whatsapp_window_closed: bool = False
    # An edit of this sent answer (kind "edit"), not a new message.
    reply_id: int | None = None


def _claimable(now: datetime) -> ColumnElement[bool]:
    """Due pending rows (rows whose worker died holding them were made pending just before)."""
    return and_(OutboxMessage.status == PENDING, OutboxMessage.next_attempt_at <= now)


async def claim_due(sessions: Sessions, clock: Clock, *, limit: int) -> list[Claim]:
    """Lease up to `limit` due rows, highest priority (lowest number) first, then oldest.

    PostgreSQL locks the chosen rows with FOR UPDATE SKIP LOCKED, so concurrent workers take
    disjoint sets without waiting. SQLite has no row locks: each row is taken by an UPDATE that
    re-checks it is still claimable, and only rows whose UPDATE changed one row are ours.
    """
    now = clock.now()
    lease = now + LEASE
    order = (OutboxMessage.priority, OutboxMessage.created_at, OutboxMessage.id)
    candidates = select(OutboxMessage.id).where(_claimable(now)).order_by(*order).limit(limit)
    take = update(OutboxMessage).values(status=SENDING, lease_until=lease)
    take = take.execution_options(synchronize_session=False)
    async with sessions() as session, session.begin():
        await _count_lost_attempts(session, now)
        ids: list[int] = []
        if session.get_bind().dialect.name == "postgresql":
            ids = list(await session.scalars(candidates.with_for_update(skip_locked=True)))
            if ids:
                await session.execute(take.where(OutboxMessage.id.in_(ids)))
        else:
            for row_id in list(await session.scalars(candidates)):
                result = await session.execute(
                    take.where(OutboxMessage.id == row_id, _claimable(now))
                )
                if getattr(result, "rowcount", 0) == 1:
                    ids.append(row_id)
        if not ids:
            return []
        rows = await session.scalars(
            select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(*order)
        )
        return [
            Claim(
                r.id,
                r.traveler_id,
                r.text,
                r.template,
                r.template_variables,
                r.attempts,
                lease,
                r.whatsapp_window_closed,
                r.reply_id,
            )
            for r in rows
        ]


LOST = "the worker sending it stopped before recording the outcome (its lease ran out)"


async def _count_lost_attempts(session: AsyncSession, now: datetime) -> None:
    """A lease that ran out is an attempt whose worker died: count it like a failure.

    A row that kills every worker that sends it (a crash, an out-of-memory kill) would
    otherwise be claimed again forever; this way it ends as a dead letter after MAX_ATTEMPTS.
    The row is due again at once (the worker died, not the platform).
    """
    expired = and_(OutboxMessage.status == SENDING, OutboxMessage.lease_until < now)
    await session.execute(
        update(OutboxMessage)
        .where(expired)
        .values(
            status=case((OutboxMessage.attempts + 1 >= MAX_ATTEMPTS, DEAD), else_=PENDING),
            attempts=OutboxMessage.attempts + 1,
            next_attempt_at=now,
            lease_until=None,
            last_error=LOST,
        )
        .execution_options(synchronize_session=False)
    )


def backoff_seconds(attempts: int, random: Random) -> float:
    """Exponential backoff (30 s, 1 min, 2 min, ... capped at 1 h) with jitter in [½, 1]."""
    delay = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2.0 ** max(attempts - 1, 0))
    return delay * (0.5 + 0.5 * random())


def _ours(claim: Claim) -> ColumnElement[bool]:
    """The row is still leased to us (no other worker re-claimed it after our lease ran out)."""
    return and_(
        OutboxMessage.id == claim.id,
        OutboxMessage.status == SENDING,
        OutboxMessage.lease_until == claim.lease_until,
    )


async def _update(sessions: Sessions, where: ColumnElement[bool], **values: Any) -> None:
    async with sessions() as session, session.begin():
        await session.execute(
            update(OutboxMessage)
            .where(where)
            .values(**values)
            .execution_options(synchronize_session=False)
        )


async def mark_sent(
    sessions: Sessions, clock: Clock, claim: Claim, route: Route, message_id: str | None = None
) -> None:
    """Record a send the platform accepted (even if our lease ran out: it did go out).

    `message_id` is the platform's id of the send, which its delivery receipts name; the
    receipts of an earlier send of the row (before a 63016 fallback) no longer apply.
    """
    where = and_(OutboxMessage.id == claim.id, OutboxMessage.status != SENT)
    await _update(
        sessions,
        where,
        status=SENT,
        channel=route.channel,
        chat_id=route.chat_id,
        sent_at=clock.now(),
        lease_until=None,
        provider_message_id=message_id,
        delivery_status=QUEUED if message_id else None,
        delivery_error_code=None,
        delivery_updated_at=clock.now() if message_id else None,
    )


async def mark_failed(
    sessions: Sessions, clock: Clock, claim: Claim, error: str, random: Random
) -> str:
    """Count a failed attempt: retry later with backoff, or `dead` after MAX_ATTEMPTS."""
    attempts = claim.attempts + 1
    status = DEAD if attempts >= MAX_ATTEMPTS else PENDING
    retry_at = clock.now() + timedelta(seconds=backoff_seconds(attempts, random))
    await _update(
        sessions,
        _ours(claim),
        status=status,
        attempts=attempts,
        next_attempt_at=retry_at,
        lease_until=None,
        last_error=error[:MAX_ERROR_CHARS],
    )
    return status


async def mark_skipped(sessions: Sessions, claim: Claim, skip: Skip) -> None:
    """Record why a row is not sent (dead: opted out; held: no usable chat yet)."""
    await _update(
        sessions, _ours(claim), status=skip.status, lease_until=None, last_error=skip.reason
    )


async def mark_unreachable(
    sessions: Sessions, clock: Clock, claim: Claim, route: Route, exc: ChatUnreachableError
) -> str:
    """Record a chat the platform will not deliver to; the row's resulting status.

    Blocked: the chat is marked blocked and the row is routed again (another chat, or held
    until they write), without counting an attempt. Gone: the row ends with the reason.
    """
    reason = f"{route.channel}: {exc}"[:MAX_ERROR_CHARS]
    if not exc.blocked:
        await _update(sessions, _ours(claim), status=DEAD, lease_until=None, last_error=reason)
        return DEAD
    async with sessions() as session, session.begin():
        await session.execute(
            update(ChannelIdentity)
            .where(
                ChannelIdentity.channel == route.channel, ChannelIdentity.chat_id == route.chat_id
            )
            .values(blocked_at=clock.now())
            .execution_options(synchronize_session=False)
        )
        # Not an attempt: the row goes another way (or waits) on the next run.
        await session.execute(
            update(OutboxMessage)
            .where(_ours(claim))
            .values(
                status=PENDING, lease_until=None, next_attempt_at=clock.now(), last_error=reason
            )
            .execution_options(synchronize_session=False)
        )
    return PENDING


async def release(sessions: Sessions, claim: Claim) -> None:
    """Give a row back unsent, without counting an attempt (its lease is nearly over)."""
    await _update(sessions, _ours(claim), status=PENDING, lease_until=None)


async def release_held(session: AsyncSession, clock: Clock, traveler_id: str) -> int:
    """Make a traveler's held rows due again (call it when they write: their window reopened)."""
    result = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.traveler_id == traveler_id, OutboxMessage.status == HELD)
        .values(
            status=PENDING,
            next_attempt_at=clock.now(),
            last_error=None,
            whatsapp_window_closed=False,  # they wrote: free-form WhatsApp works again
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))


async def _send(sender: TextSender, route: Route, claim: Claim) -> str | None:
    """Send; the platform's message id when the channel reports one (for receipts)."""
    if route.template_sid is None:
        if isinstance(sender, TrackedSender):
            return await sender.send_tracked(route.chat_id, claim.text)
        await sender.send_text(route.chat_id, claim.text)
        return None
    if isinstance(sender, TemplateSender):
        variables = {str(key): str(value) for key, value in claim.variables.items()}
        sent = await sender.send_template(route.chat_id, route.template_sid, variables)
        return sent if isinstance(sent, str) else None
    raise TypeError(f"the {route.channel} channel cannot send templates")


async def send_claimed(
    sessions: Sessions,
    clock: Clock,
    claim: Claim,
    route: Route,
    sender: TextSender,
    random: Random,
) -> str:
    """Send one leased row and record the outcome; the new status (PENDING when given back).

    The send and its record run as one shielded task: if this worker is cancelled meanwhile,
    it waits for that task, so a message the platform accepted is always marked `sent`.
    """
    if clock.now() >= claim.lease_until - LEASE_MARGIN:
        await release(sessions, claim)
        return PENDING

    async def send_and_record() -> str:
        try:
            message_id = await _send(sender, route, claim)
        except ChatUnreachableError as exc:
            log.warning("outbox row %s: %s chat unreachable: %s", claim.id, route.channel, exc)
            record_send(route.channel, "push", "blocked" if exc.blocked else "dead")
            return await mark_unreachable(sessions, clock, claim, route, exc)
        except Exception as exc:  # noqa: BLE001 - senders raise anything on a final failure
            log.warning("outbox row %s: %s send failed: %s", claim.id, route.channel, exc)
            status = await mark_failed(
                sessions, clock, claim, f"{type(exc).__name__}: {exc}", random
            )
            record_send(route.channel, "push", "dead" if status == DEAD else "retry")
            return status
        record_send(route.channel, "push", "sent")
        await mark_sent(sessions, clock, claim, route, message_id)
        if message_id:
            async with sessions() as session, session.begin():
                await apply_early_receipts(session, clock, message_id)
        return SENT

    task = asyncio.ensure_future(send_and_record())
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        await asyncio.wait({task})  # finish recording what may already be on the platform
        raise

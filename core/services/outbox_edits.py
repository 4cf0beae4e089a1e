"""Sending the outbox's edits: a sent answer changed in place, never a new message.

An edit row is planned when it is sent (core.services.reply_edits), so it shows the trip as it
is then. The outcomes:

- the platform applied it, or had it already ("message is not modified" after a resend):
  sent;
- the message can no longer be edited (deleted, too old), the chat is gone or blocked the bot,
  the places were removed meanwhile, or the channel cannot edit: skipped, with the reason,
  neither retried nor a dead letter;
- anything else (the platform down after the sender's own retries): retried with backoff like
  a push, a dead letter after MAX_ATTEMPTS.

Like a push, the edit and its record run shielded from cancellation.
"""

from __future__ import annotations

import asyncio
import logging

from core.clock import Clock
from core.delivery import ChatUnreachableError
from core.edits import EditSender, MessageNotEditableError
from core.metrics import record_send
from core.services.outbox import DEAD, PENDING, SENT, SKIPPED
from core.services.outbox_dispatch import (
    LEASE_MARGIN,
    Claim,
    Random,
    mark_failed,
    mark_sent,
    mark_skipped,
    release,
)
from core.services.outbox_routing import Route, Sessions, Skip
from core.services.reply_edits import PlannedEdit, plan_edit_of

log = logging.getLogger(__name__)

EDIT = "edit"  # the kind label of the sends metric
CANNOT_EDIT = "the channel cannot edit messages here"


async def plan_claimed_edit(sessions: Sessions, clock: Clock, claim: Claim) -> PlannedEdit | Skip:
    """What a leased edit row should change now, or why it is skipped."""
    if claim.reply_id is None:
        raise ValueError(f"outbox row {claim.id} is not an edit")
    async with sessions() as session:
        planned = await plan_edit_of(session, clock, claim.reply_id)
    return Skip(SKIPPED, planned) if isinstance(planned, str) else planned


async def skip_edit(sessions: Sessions, claim: Claim, skip: Skip) -> str:
    """Record an edit that is not made, and why."""
    log.info("outbox edit %s skipped: %s", claim.id, skip.reason)
    await mark_skipped(sessions, claim, skip)
    return skip.status


async def send_edit_claimed(
    sessions: Sessions,
    clock: Clock,
    claim: Claim,
    planned: PlannedEdit,
    sender: EditSender,
    random: Random,
) -> str:
    """Apply one leased edit and record the outcome; the row's new status."""
    if clock.now() >= claim.lease_until - LEASE_MARGIN:
        await release(sessions, claim)
        return PENDING
    route = Route(planned.channel, planned.edit.chat_id)

    async def edit_and_record() -> str:
        try:
            await sender.edit_message(planned.edit)
        except (MessageNotEditableError, ChatUnreachableError) as exc:
            record_send(route.channel, EDIT, "skipped")
            return await skip_edit(sessions, claim, Skip(SKIPPED, f"{route.channel}: {exc}"))
        except Exception as exc:  # noqa: BLE001 - senders raise anything on a final failure
            log.warning("outbox edit %s: %s edit failed: %s", claim.id, route.channel, exc)
            status = await mark_failed(
                sessions, clock, claim, f"{type(exc).__name__}: {exc}", random
            )
            record_send(route.channel, EDIT, "dead" if status == DEAD else "retry")
            return status
        record_send(route.channel, EDIT, "sent")
        await mark_sent(sessions, clock, claim, route)
        return SENT

    task = asyncio.ensure_future(edit_and_record())
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        await asyncio.wait({task})  # finish recording what may already be on the platform
        raise

"""Editing a sent "Added …" answer in place once its places' details arrive (Telegram, Slack).

The life of an edit:

1. A chat turn that adds a place queues its enrichment with the delivery's inbox id.
2. Once the channel accepted the answer, `remember_reply` stores where the message is, what it
   said and in which language, and links the turn's enrichment tasks to it.
3. A linked task that is done queues one outbox row of kind "edit" for that message, in the
   transaction that marks the task done, or in the one that links it when enrichment won.
4. `dispatch_outbox` plans the edit from the trip as it is then (`plan_edit`): places removed
   or undone meanwhile are left out, and with none left, or a message too old, it is skipped.

Whichever of 2 and 3 commits second queues the edit. Both write the task row before reading
the other's half, so on PostgreSQL the later one waits for the earlier's commit and then sees
it; SQLite has one writer at a time. The key `edit:{replyId}:{taskId}` never queues one
enrichment's edit twice, and an edit still pending for the message is not joined by another:
it is planned when it is sent, so it shows every place done by then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.edits import DetailsNote, MessageEdit, SentMessage
from core.messages import msg, use_locale
from core.services.itinerary import ItineraryService, NotFoundError
from core.services.outbox import PENDING, enqueue_push
from core.services.place_notes import PlaceNote, place_note
from core.storage.models import EnrichmentTask, Itinerary, OutboxMessage, SentReply

EDIT_KIND = "edit"
# Telegram lets bots edit some messages for 48 hours only, and details that arrive days after
# the answer tell the traveler nothing new: older messages are left as they are.
EDIT_WINDOW = timedelta(hours=48)
DONE = "done"  # the enrichment task status (core.services.enrichment)
# Why an edit is not made (the outbox row's last_error; operators read it).
TOO_OLD = "the message is too old to edit"
PLACES_GONE = "the places were removed or changed meanwhile"
REPLY_GONE = "the message is unknown"
RESENT = "the answer was sent again: the newer message gets the details"


@dataclass(frozen=True)
class PlannedEdit:
    """An edit to make now: on which channel, and what."""

    channel: str
    edit: MessageEdit


async def remember_reply(
    session: AsyncSession,
    clock: Clock,
    *,
    inbox_event_id: int,
    channel: str,
    sent: SentMessage,
    locale: str,
) -> int | None:
    """Keep a sent answer whose places are being enriched; its id, or None if none are.

    Call it after the channel accepted the answer. Enrichment already done by then queues its
    edit here; enrichment still running queues it when it finishes (`queue_edit_after`).
    """
    waiting = await session.scalar(
        select(EnrichmentTask.id).where(EnrichmentTask.inbox_event_id == inbox_event_id).limit(1)
    )
    if waiting is None:
        return None
    reply = SentReply(
        inbox_event_id=inbox_event_id,
        channel=channel,
        chat_id=sent.chat_id,
        message_id=sent.message_id,
        locale=locale,
        body=dict(sent.body),
        sent_at=clock.now(),
    )
    session.add(reply)
    await session.flush()
    # The write first: it waits for an enrichment that is committing, then its status is seen.
    # A re-sent answer (after a crash) takes the tasks over: the newest message gets the edit.
    await session.execute(
        update(EnrichmentTask)
        .where(EnrichmentTask.inbox_event_id == inbox_event_id)
        .values(reply_id=reply.id)
        .execution_options(synchronize_session=False)
    )
    done = await session.scalars(
        select(EnrichmentTask.id)
        .where(EnrichmentTask.reply_id == reply.id, EnrichmentTask.status == DONE)
        .order_by(EnrichmentTask.id)
    )
    for task_id in list(done):
        await queue_edit(session, clock, reply, task_id)
    return reply.id


async def queue_edit_after(session: AsyncSession, clock: Clock, task_id: int) -> bool:
    """Queue the edit an enrichment task's answer gets; call it after marking the task done.

    False when there is nothing to edit (no chat answer, not sent yet, nothing to show).
    """
    reply_id = await session.scalar(
        select(EnrichmentTask.reply_id).where(EnrichmentTask.id == task_id)
    )
    if reply_id is None:
        return False  # web chat, or the answer is not sent yet: remember_reply will queue it
    reply = await session.get(SentReply, reply_id)
    if reply is None:
        return False
    return await queue_edit(session, clock, reply, task_id)


async def queue_edit(session: AsyncSession, clock: Clock, reply: SentReply, task_id: int) -> bool:
    """One outbox edit of `reply` for the done task; False when none is needed.

    None is needed while an edit of the same message is still pending (it is planned when
    sent, so it shows this place too), nor when there is nothing to show.
    """
    already = await session.scalar(
        select(OutboxMessage.id)
        .where(OutboxMessage.reply_id == reply.id, OutboxMessage.status == PENDING)
        .limit(1)
    )
    if already is not None:
        return False
    planned = await plan_edit(session, clock, reply)
    if isinstance(planned, str):
        return False
    traveler_id = await session.scalar(
        select(Itinerary.user_id)
        .join(EnrichmentTask, EnrichmentTask.itinerary_id == Itinerary.id)
        .where(EnrichmentTask.id == task_id)
    )
    if traveler_id is None:
        return False
    return await enqueue_push(
        session,
        clock,
        key=f"{EDIT_KIND}:{reply.id}:{task_id}",
        traveler_id=traveler_id,
        kind=EDIT_KIND,
        text=planned.edit.details,  # what it showed when queued; sent as planned at send time
        reply_id=reply.id,
    )


async def plan_edit_of(session: AsyncSession, clock: Clock, reply_id: int) -> PlannedEdit | str:
    """The edit of a sent answer as it should look now, or why none is made."""
    reply = await session.get(SentReply, reply_id)
    if reply is None:
        return REPLY_GONE
    return await plan_edit(session, clock, reply)


async def plan_edit(session: AsyncSession, clock: Clock, reply: SentReply) -> PlannedEdit | str:
    """The answer's text with the details of its places still on the trip, or why not."""
    if too_old(reply.sent_at, clock.now()):
        return TOO_OLD
    linked = list(
        await session.scalars(
            select(EnrichmentTask)
            .where(EnrichmentTask.reply_id == reply.id)
            .order_by(EnrichmentTask.id)
        )
    )
    if not linked:
        return RESENT
    itineraries = ItineraryService(session, clock)
    notes: list[PlaceNote] = []
    with use_locale(reply.locale):
        for task in (task for task in linked if task.status == DONE):
            try:
                trip = await itineraries.get(task.itinerary_id)
            except NotFoundError:
                continue
            node = next((n for d in trip.days for n in d.nodes if n.id == task.node_id), None)
            if node is None or node.place_id != task.place_id or not node.enrichment:
                continue  # removed, replaced or undone since it was added
            if (note := place_note(node)) is not None:
                notes.append(note)
        photo_label = msg("details_photo")
    if not notes:
        return PLACES_GONE
    edit = MessageEdit(
        chat_id=reply.chat_id,
        message_id=reply.message_id,
        original=reply.body,
        notes=tuple(DetailsNote("\n".join(note.lines), note.photo_url) for note in notes),
        photo_label=photo_label,
    )
    return PlannedEdit(reply.channel, edit)


def too_old(sent_at: datetime, now: datetime) -> bool:
    """Whether a message sent at `sent_at` is past the edit window."""
    return now - sent_at > EDIT_WINDOW

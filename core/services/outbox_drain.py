"""Draining the outbox: due pushes in leased batches, a few at a time, paced per channel."""

from __future__ import annotations

import asyncio
import logging
import random as _random
import time
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.edits import EditSender
from core.services.outbox import PENDING, SKIPPED
from core.services.outbox_dispatch import (
    LEASE_MARGIN,
    Claim,
    Random,
    claim_due,
    mark_skipped,
    release,
    send_claimed,
)
from core.services.outbox_edits import (
    CANNOT_EDIT,
    plan_claimed_edit,
    send_edit_claimed,
    skip_edit,
)
from core.services.outbox_pacer import RATES, Pacer, Sleep
from core.services.outbox_routing import (
    Contact,
    Route,
    Sessions,
    Skip,
    TextSender,
    choose_route,
    load_contacts,
)
from core.token_bucket import Monotonic
from core.tracing import log_context

log = logging.getLogger(__name__)

BATCH_SIZE = 100
CONCURRENCY = 16
# Database sessions open at once: below SQLAlchemy's default pool of 5, so workers queue for a
# pooled connection instead of opening (and closing) overflow connections at every write.
DB_SESSIONS = 4
TIME_BUDGET_SECONDS = 20.0


def gated(sessions: Sessions, slots: int) -> Sessions:
    """The same session factory, with at most `slots` sessions open at a time."""
    semaphore = asyncio.Semaphore(slots)

    @asynccontextmanager
    async def open_session() -> AsyncIterator[AsyncSession]:
        async with semaphore, sessions() as session:
            yield session

    return open_session


class _Dispatcher:
    """One run's senders, pacing and tally."""

    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        senders: Mapping[str, TextSender],
        templates: Mapping[str, str],
        pacer: Pacer,
        random: Random,
        deadline: float,
        monotonic: Monotonic,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.senders = senders
        self.templates = templates
        self.pacer = pacer
        self.random = random
        self.deadline = deadline
        self.monotonic = monotonic
        self.outcomes: Counter[str] = Counter()
        self.given_back = 0  # rows of the last batch returned unsent: a channel is saturated

    async def run_batch(self, claims: list[Claim], concurrency: int) -> None:
        """Work a claimed batch with at most `concurrency` rows in flight."""
        self.given_back = 0
        contacts = await load_contacts(self.sessions, {claim.traveler_id for claim in claims})
        queue = iter(claims)

        async def worker() -> None:
            for claim in queue:  # workers share one iterator: each claim is taken once
                self.outcomes[await self.dispatch(claim, contacts[claim.traveler_id])] += 1

        async with asyncio.TaskGroup() as group:
            for _ in range(min(concurrency, len(claims))):
                group.create_task(worker())

    async def dispatch(self, claim: Claim, contacts: list[Contact]) -> str:
        """Route one row and send it (paced), or record why not; the resulting status."""
        if claim.reply_id is not None:
            return await self._edit(claim)
        template = self.templates.get(claim.template or "")
        decision = choose_route(
            contacts,
            self.senders,
            now=self.clock.now(),
            template_sid=template,
            whatsapp_window_closed=claim.whatsapp_window_closed,
        )
        channel = None if isinstance(decision, Skip) else decision.channel
        with log_context(channel=channel, traveler_id=claim.traveler_id):
            try:
                if isinstance(decision, Skip):
                    await mark_skipped(self.sessions, claim, decision)
                    return decision.status
                return await self._send(claim, decision)
            except Exception:  # one row's database trouble must not stop the batch
                # The row stays leased and is claimed again when the lease runs out.
                log.exception("outbox row %s could not be dispatched", claim.id)
                return "error"

    async def _edit(self, claim: Claim) -> str:
        """An edit goes to the chat of the message it edits: no routing, the same pacing."""
        with log_context(traveler_id=claim.traveler_id):
            try:
                planned = await plan_claimed_edit(self.sessions, self.clock, claim)
                if isinstance(planned, Skip):
                    return await skip_edit(self.sessions, claim, planned)
                sender = self.senders.get(planned.channel)
                if not isinstance(sender, EditSender):  # off in this process, or cannot edit
                    return await skip_edit(self.sessions, claim, Skip(SKIPPED, CANNOT_EDIT))
                with log_context(channel=planned.channel):
                    if not await self._paced(claim, planned.channel):
                        return PENDING
                    return await send_edit_claimed(
                        self.sessions, self.clock, claim, planned, sender, self.random
                    )
            except Exception:  # one row's database trouble must not stop the batch
                log.exception("outbox edit %s could not be dispatched", claim.id)
                return "error"

    async def _paced(self, claim: Claim, channel: str) -> bool:
        """Wait for the channel's pace only while the lease and the run's budget last.

        A row that would wait longer goes back to the queue at once, unsent (False).
        """
        lease_left = claim.lease_until - LEASE_MARGIN - self.clock.now()
        max_wait = min(lease_left.total_seconds(), self.deadline - self.monotonic())
        if await self.pacer.acquire(channel, max_wait):
            return True
        await release(self.sessions, claim)
        self.given_back += 1
        return False

    async def _send(self, claim: Claim, route: Route) -> str:
        if not await self._paced(claim, route.channel):
            return PENDING
        sender = self.senders[route.channel]
        return await send_claimed(self.sessions, self.clock, claim, route, sender, self.random)


async def drain_outbox(
    sessions: Sessions,
    clock: Clock,
    senders: Mapping[str, TextSender],
    *,
    templates: Mapping[str, str] | None = None,
    rates: Mapping[str, float] = RATES,
    batch_size: int = BATCH_SIZE,
    concurrency: int = CONCURRENCY,
    budget_seconds: float = TIME_BUDGET_SECONDS,
    monotonic: Monotonic = time.monotonic,
    sleep: Sleep = asyncio.sleep,
    random: Random = _random.random,
) -> Counter[str]:
    """Send due rows batch by batch until none are due or the time budget is used.

    A run ends about when its budget does: no batch is claimed after it, and a row whose turn
    on its channel would come after the budget (or near the end of its lease) is given back
    unsent, without counting an attempt.

    Returns:
        How many rows ended in each status (sent, pending, held, dead; "error" when a row's
        outcome could not be recorded and its lease will bring it back).
    """
    sessions = gated(sessions, DB_SESSIONS)
    deadline = monotonic() + budget_seconds
    pacer = Pacer(rates, monotonic, sleep)
    dispatcher = _Dispatcher(
        sessions, clock, senders, templates or {}, pacer, random, deadline, monotonic
    )
    while monotonic() < deadline:
        claims = await claim_due(sessions, clock, limit=batch_size)
        if not claims:
            break
        await dispatcher.run_batch(claims, concurrency)
        if dispatcher.given_back:
            break  # claiming them again now would only give them back again
    return dispatcher.outcomes

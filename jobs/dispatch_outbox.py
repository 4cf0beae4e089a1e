"""dispatch_outbox: drain due pushes in leased batches, a few at a time, paced per channel."""

from __future__ import annotations

import asyncio
import logging
import random as _random
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.services.outbox import PENDING, SENT
from core.services.outbox_dispatch import (
    LEASE_MARGIN,
    Claim,
    Random,
    claim_due,
    mark_skipped,
    release,
    send_claimed,
)
from core.services.outbox_routing import (
    Contact,
    Sessions,
    Skip,
    TextSender,
    choose_route,
    load_contacts,
    template_sids,
)
from jobs.spec import JobSpec

if TYPE_CHECKING:
    from bots.container import Services

log = logging.getLogger(__name__)

# Messages per second per channel. The channel senders pace and retry too; this keeps the
# dispatcher from waking thousands of sends at once. Telegram allows ~30/s per bot; Twilio's
# default WhatsApp sender throughput is ~10/s (more after a raise); Slack allows ~1/s per
# conversation, and pushes to Slack are rare, so one cautious bucket serves the workspace.
RATES: dict[str, float] = {"telegram": 25.0, "whatsapp": 10.0, "slack": 1.0}
DEFAULT_RATE = 5.0
BATCH_SIZE = 100
CONCURRENCY = 16
# Database sessions open at once: below SQLAlchemy's default pool of 5, so workers queue for a
# pooled connection instead of opening (and closing) overflow connections at every write.
DB_SESSIONS = 4
TIME_BUDGET_SECONDS = 20.0

Monotonic = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class TokenBucket:
    """`rate` tokens a second, holding at most `burst`; waiters are served in arrival order.

    Each acquire takes its token at once (the balance may go negative) and sleeps until the
    balance it left behind is paid back, so many waiters cost one timer each, not a stampede.
    A cancelled waiter forfeits its token: that only ever slows sending down.
    """

    def __init__(
        self, rate: float, burst: float | None = None, monotonic: Monotonic = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = burst if burst is not None else max(1.0, rate / 20)
        self._monotonic = monotonic
        self._tokens = self.burst
        self._stamp = monotonic()

    def reserve(self) -> float:
        """Take a token now; the seconds to wait before using it."""
        now = self._monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        self._tokens -= 1
        return max(0.0, -self._tokens / self.rate)

    def refund(self) -> None:
        """Give back a reserved token that will not be used."""
        self._tokens = min(self.burst, self._tokens + 1)


class Pacer:
    """One token bucket per channel, created on first use."""

    def __init__(
        self,
        rates: Mapping[str, float],
        monotonic: Monotonic = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._rates = rates
        self._monotonic = monotonic
        self._sleep = sleep
        self._buckets: dict[str, TokenBucket] = {}

    async def acquire(self, channel: str, max_wait: float) -> bool:
        """Wait until one more message may go out on `channel`; False if not within `max_wait`."""
        bucket = self._buckets.get(channel)
        if bucket is None:
            rate = self._rates.get(channel, DEFAULT_RATE)
            bucket = self._buckets[channel] = TokenBucket(rate, monotonic=self._monotonic)
        delay = bucket.reserve()
        if delay > max_wait:
            bucket.refund()
            return False
        if delay > 0:
            await self._sleep(delay)
        return True


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
        template = self.templates.get(claim.template or "")
        decision = choose_route(contacts, self.senders, now=self.clock.now(), template_sid=template)
        try:
            if isinstance(decision, Skip):
                await mark_skipped(self.sessions, claim, decision)
                return decision.status
            # Wait for the channel's pace only while the lease and the run's budget last;
            # a row that would wait longer goes back to the queue at once, unsent.
            lease_left = claim.lease_until - LEASE_MARGIN - self.clock.now()
            max_wait = min(lease_left.total_seconds(), self.deadline - self.monotonic())
            if not await self.pacer.acquire(decision.channel, max_wait):
                await release(self.sessions, claim)
                self.given_back += 1
                return PENDING
            sender = self.senders[decision.channel]
            return await send_claimed(
                self.sessions, self.clock, claim, decision, sender, self.random
            )
        except Exception:  # one row's database trouble must not stop the batch
            # The row stays leased and is claimed again when the lease runs out.
            log.exception("outbox row %s could not be dispatched", claim.id)
            return "error"


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


async def run_dispatch_outbox(services: Services) -> int:
    """Send what is due on the enabled channels; the number of messages sent."""
    outcomes = await drain_outbox(
        services.sessions,
        services.clock,
        services.pipeline.channels,
        templates=template_sids(services.settings),
    )
    if outcomes:
        log.info("outbox dispatch: %s", dict(outcomes))
    return outcomes[SENT]


# Every worker drains the outbox: rows are leased (FOR UPDATE SKIP LOCKED on PostgreSQL), so
# several dispatchers share the work and never send one row twice.
JOB = JobSpec("dispatch_outbox", IntervalTrigger(seconds=5), run_dispatch_outbox, leader_only=False)

"""Itinerary events across the processes of a fleet, through PostgreSQL LISTEN / NOTIFY.

A traveler's web chat holds its events socket on one web process, while their Telegram edit or
the enrichment of a place may run on another. Every process publishes its events locally at
once and relays them through one NOTIFY channel; the other processes deliver what they hear to
their own subscribers. Events are hints for a live page (it reloads the itinerary on
reconnect), so an event lost while the relay reconnects costs a refresh, never data.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from functools import partial
from typing import Any

import asyncpg

from core.services.events import EventBus

log = logging.getLogger(__name__)

CHANNEL = "traveloure_events"
# PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
MAX_PAYLOAD_BYTES = 7900
_RECONNECT_SECONDS = (0.5, 1, 2, 5, 10)
_OUTGOING_LIMIT = 1000
# Events queued meanwhile go out together, one statement and one round trip for all of them:
# one NOTIFY per round trip fell behind under load (a busy loop resumes the sender rarely) and
# filled the backlog (1,342 events kept local in one `bench.load` minute on PostgreSQL).
_BATCH_LIMIT = 200
# NOTIFY in the order of the array (PostgreSQL delivers one transaction's notifications in the
# order sent, and folds identical payloads sent in one transaction into one: harmless, events
# are hints).
_NOTIFY_ALL = "SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload"


def _set_event(event: asyncio.Event, _connection: object) -> None:
    event.set()


def asyncpg_dsn(database_url: str) -> str:
    """The plain libpq DSN of a SQLAlchemy `postgresql+asyncpg://` URL."""
    return database_url.replace("postgresql+asyncpg://", "postgresql://", 1)


class PostgresEventRelay:
    """Relays one EventBus's events to its peers on the same database, and theirs to it."""

    def __init__(self, dsn: str, bus: EventBus) -> None:
        self._dsn = dsn
        self._bus = bus
        self._origin = secrets.token_hex(6)  # our own notifications come back to us: skip them
        # Payloads start with the origin (see `forward`), so our own are told apart unparsed.
        self._own_prefix = json.dumps({"origin": self._origin}, separators=(",", ":"))[:-1]
        self._outgoing: asyncio.Queue[str] = asyncio.Queue(maxsize=_OUTGOING_LIMIT)
        self._task: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()
        self._stopping = False

    async def start(self) -> None:
        """Connect, listen and start relaying (reconnecting by itself if the link drops)."""
        self._bus.forward = self.forward
        self._task = asyncio.create_task(self._run(), name="event-relay")

    async def wait_connected(self) -> None:
        """Until the relay listens (tests; start-up does not wait for it)."""
        await self._connected.wait()

    async def stop(self) -> None:
        """Stop relaying and close the connection."""
        self._bus.forward = None
        self._stopping = True
        task, self._task = self._task, None
        # asyncio.wait_for (inside asyncpg.connect) can swallow a cancellation on Python 3.11,
        # so the flag stops the loop too, and a swallowed cancel is repeated.
        while task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=1)
        if task is not None and not task.cancelled() and task.exception() is not None:
            log.warning("event relay stopped with %r", task.exception())

    def forward(self, itinerary_id: str, event: dict[str, Any]) -> None:
        """Queue a locally published event for the other processes."""
        payload = json.dumps(  # the origin first: `_heard` skips our own by that prefix
            {"origin": self._origin, "itineraryId": itinerary_id, "event": event},
            separators=(",", ":"),
            ensure_ascii=False,
        )
        if len(payload.encode("utf-8")) >= MAX_PAYLOAD_BYTES:
            log.warning("event %s too large to relay; other processes miss it", event.get("event"))
            return
        try:
            self._outgoing.put_nowait(payload)
        except asyncio.QueueFull:
            log.warning("event relay backlog full; an event stays on this process")

    def _heard(self, _connection: object, _pid: int, _channel: str, payload: str) -> None:
        if payload.startswith(self._own_prefix):
            return
        try:
            message = json.loads(payload)
            if message["origin"] == self._origin:
                return
            self._bus.deliver(str(message["itineraryId"]), dict(message["event"]))
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable relayed event ignored")

    async def _run(self) -> None:
        attempt = 0
        while not self._stopping:
            try:
                connection = await asyncpg.connect(self._dsn, timeout=10)
            except (OSError, asyncpg.PostgresError, TimeoutError):
                delay = _RECONNECT_SECONDS[min(attempt, len(_RECONNECT_SECONDS) - 1)]
                attempt += 1
                log.warning("event relay cannot reach the database; retrying in %s s", delay)
                await asyncio.sleep(delay)
                continue
            attempt = 0
            if self._stopping:
                await connection.close(timeout=2)
                return
            lost = asyncio.Event()
            connection.add_termination_listener(partial(_set_event, lost))
            try:
                await connection.add_listener(CHANNEL, self._heard)
                self._connected.set()
                await self._send_loop(connection, lost)
            except Exception:  # noqa: BLE001 - any failure of the link: reconnect, never stop
                # asyncpg raises more than PostgresError / InterfaceError when a connection
                # dies mid-operation (InternalClientError: "cannot switch to state …").
                if not self._stopping:
                    log.warning("event relay connection lost; reconnecting")
                    await asyncio.sleep(_RECONNECT_SECONDS[0])
            finally:
                self._connected.clear()
                with contextlib.suppress(Exception):
                    await connection.close(timeout=2)

    async def _send_loop(self, connection: asyncpg.Connection, lost: asyncio.Event) -> None:
        """Send queued events until the connection is lost (then the caller reconnects)."""
        waiting_for_loss = asyncio.create_task(lost.wait())
        getting: asyncio.Task[str] | None = None
        try:
            while True:
                getting = asyncio.create_task(self._outgoing.get())
                await asyncio.wait({getting, waiting_for_loss}, return_when=asyncio.FIRST_COMPLETED)
                if not getting.done():
                    log.warning("event relay connection lost; reconnecting")
                    return
                batch = [getting.result()]
                while len(batch) < _BATCH_LIMIT and not self._outgoing.empty():
                    batch.append(self._outgoing.get_nowait())
                await connection.execute(_NOTIFY_ALL, CHANNEL, batch)
        finally:
            waiting_for_loss.cancel()
            if getting is not None and not getting.done():
                getting.cancel()

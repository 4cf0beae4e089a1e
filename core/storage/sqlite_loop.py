"""SQLite on the event loop's own thread: no thread hop per statement.

aiosqlite runs every call (open a cursor, execute, fetch, close) on a thread of its own and
wakes the event loop for each answer: 19-32 hops a turn, which cost about a quarter of a
turn's CPU in `bench.wrk_turns` (the loop waking up, futures, the GIL changing hands), while
SQLite itself ran for well under 1 %. A turn's statements take microseconds here (WAL, one
connection per process, short BEGIN IMMEDIATE transactions), less than one hop costs, so this
DBAPI runs them straight on the loop. It plugs in under SQLAlchemy's aiosqlite dialect
(`create_async_engine(..., module=LOOP_SQLITE)`): same URL, same SQL, same pool, same errors
(sqlite3's, which aiosqlite re-exports), and every change is still committed before a turn
answers.

What could stall the loop, and why it doesn't:

- **Another process holding the write lock** (a second web process, `python -m jobs`, the
  CLI). The connection's busy timeout is 0, so SQLite answers SQLITE_BUSY at once instead of
  sleeping on the loop; only then is that statement run again on a worker thread with the usual
  busy timeout (BUSY_TIMEOUT_MS), the loop free meanwhile. Every transaction starts with BEGIN
  IMMEDIATE (core.storage.db), so that is where the wait happens; a transaction that holds the
  write lock never waits again, and a statement that got SQLITE_BUSY changed nothing, so running
  it again is safe.
- **WAL checkpoints.** SQLite's automatic checkpoint runs inside the COMMIT that crosses 1,000
  WAL pages and copies and fsyncs pages into the database file: milliseconds to seconds of I/O.
  It is off on this connection (`wal_autocheckpoint=0`). Instead, every CHECKPOINT_EVERY commits
  a worker thread runs a PASSIVE checkpoint on a short-lived connection of its own; PASSIVE
  never waits for, nor blocks, readers or the writer, so the WAL stays a few hundred pages long
  and no commit on the loop ever does checkpoint I/O. (Closing the last connection of a database
  checkpoints what is left, once, at shutdown.)
- **A statement that is heavy by design** (a safety alert's INSERT … SELECT to every traveler
  of a market): run it under `with off_loop():` and it runs on a worker thread like
  aiosqlite's, the loop free meanwhile. That moves the statement's execution, which is where
  an INSERT, UPDATE or DELETE does all its work (a SELECT's rows are still read on the loop).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Awaitable, Generator, Iterator
from contextvars import ContextVar
from typing import Any

from sqlalchemy.util.concurrency import await_

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000  # how long a statement waits (on a worker thread) for another's lock
CHECKPOINT_EVERY = 100  # commits between two background PASSIVE checkpoints


_OFF_LOOP: ContextVar[bool] = ContextVar("sqlite_off_loop", default=False)


@contextlib.contextmanager
def off_loop() -> Iterator[None]:
    """Run the SQLite statements executed inside on a worker thread (heavy by design)."""
    token = _OFF_LOOP.set(True)
    try:
        yield
    finally:
        _OFF_LOOP.reset(token)


class _Ready(Awaitable[None]):
    """An awaitable that is already done: awaiting it never yields to the loop."""

    def __await__(self) -> Generator[Any, None, None]:
        return
        yield  # a generator that returns at once


_READY = _Ready()


def _busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY


class LoopCursor(sqlite3.Cursor):
    """A sqlite3 cursor whose statements wait for another process's lock off the loop."""

    def execute(self, sql: str, parameters: Any = (), /) -> LoopCursor:
        """Run `sql` here; on SQLITE_BUSY run it again on a worker thread, waiting for the lock."""
        if _OFF_LOOP.get():
            self._wait_off_loop(super().execute, sql, parameters)
            return self
        try:
            super().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            self._wait_off_loop(super().execute, sql, parameters)
        # SQLAlchemy's AsyncConnection insists that a statement awaited something (to catch
        # sync drivers by mistake): a switch to the loop's greenlet and straight back.
        await_(_READY)
        return self

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> LoopCursor:
        """Like `execute`, for many rows of parameters (materialized: it may run twice)."""
        rows = list(seq_of_parameters)
        try:
            super().executemany(sql, rows)
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            self._wait_off_loop(super().executemany, sql, rows)
        await_(_READY)
        return self

    async def _async_soft_close(self) -> None:
        """Nothing to do: sqlite3 is synchronous, so unread rows stay readable.

        SQLAlchemy's asyncio results call this on a cursor with rows left.
        """

    def _wait_off_loop(self, run: Any, sql: str, parameters: Any) -> None:
        """Run the statement on a worker thread, waiting for another's lock if need be."""
        connection = self.connection

        def waiting() -> None:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            try:
                run(sql, parameters)
            finally:
                connection.execute("PRAGMA busy_timeout=0")

        await_(_finished(asyncio.get_running_loop().run_in_executor(None, waiting)))


async def _finished(work: asyncio.Future[None]) -> None:
    """Await a statement running on a worker thread; cancelled meanwhile, let it finish first.

    The statement goes on after a cancellation, and what follows one (a rollback, a close)
    must not use the connection from the loop while the worker thread still does.
    """
    try:
        await asyncio.shield(work)
    except asyncio.CancelledError:
        await asyncio.wait([work])
        raise


class LoopConnection:
    """A sqlite3 connection used on the loop, shaped like SQLAlchemy's aiosqlite adapter."""

    def __init__(self, connection: sqlite3.Connection, database: str, *, uri: bool) -> None:
        self._connection = connection  # the driver connection (SQLAlchemy's name for it)
        self._database = database
        self._uri = uri
        self._commits = 0
        self._checkpoint: asyncio.Future[tuple[int, int, int]] | None = None

    @property
    def isolation_level(self) -> str | None:
        """sqlite3's transaction mode (None: we emit BEGIN ourselves)."""
        return self._connection.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self._connection.isolation_level = value  # type: ignore[assignment]

    def cursor(self, server_side: bool = False) -> LoopCursor:
        """A cursor (sqlite3 buffers nothing anyway, so server_side changes nothing)."""
        del server_side
        return self._connection.cursor(LoopCursor)

    def execute(self, sql: str, parameters: Any = ()) -> LoopCursor:
        """Run one statement on a new cursor."""
        return self.cursor().execute(sql, parameters)

    def create_function(self, *args: Any, **kwargs: Any) -> None:
        """Register a SQL function (SQLAlchemy adds regexp and floor)."""
        self._connection.create_function(*args, **kwargs)

    def commit(self) -> None:
        """Commit; now and then start a checkpoint off the loop."""
        self._connection.commit()
        self._commits += 1
        if self._commits % CHECKPOINT_EVERY == 0:
            self._start_checkpoint()

    def rollback(self) -> None:
        """Roll back whatever is open."""
        self._connection.rollback()

    def close(self) -> None:
        """Close the connection (a checkpoint under way finishes on its own connection)."""
        self._connection.close()

    def terminate(self) -> None:
        """What SQLAlchemy calls to drop a connection without ceremony."""
        self.close()

    def _start_checkpoint(self) -> None:
        if self._checkpoint is not None and not self._checkpoint.done():
            return  # one at a time
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # used outside a loop: SQLAlchemy's sync paths, nothing to spare
            return
        self._checkpoint = loop.run_in_executor(None, checkpoint, self._database, self._uri)
        self._checkpoint.add_done_callback(_log_failure)


def checkpoint(database: str, uri: bool = False) -> tuple[int, int, int]:
    """A PASSIVE WAL checkpoint of `database` on a connection of its own; SQLite's answer.

    (busy, pages in the WAL, pages checkpointed): PASSIVE copies what no reader still needs
    and never waits, so it may leave pages for the next one.
    """
    connection = sqlite3.connect(database, timeout=0, isolation_level=None, uri=uri)
    try:
        row = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        connection.close()
    busy, pages, done = row
    return int(busy), int(pages), int(done)


def _log_failure(future: asyncio.Future[Any]) -> None:
    if not future.cancelled() and (error := future.exception()) is not None:
        log.warning("background WAL checkpoint failed: %s", error)


class LoopSqliteModule:
    """The DBAPI module SQLAlchemy's aiosqlite dialect talks to: sqlite3, on the loop."""

    paramstyle = "qmark"
    has_stop = False  # no aiosqlite thread to stop: terminate() just closes
    sqlite = sqlite3
    sqlite_version = sqlite3.sqlite_version
    sqlite_version_info = sqlite3.sqlite_version_info
    PARSE_COLNAMES = sqlite3.PARSE_COLNAMES
    PARSE_DECLTYPES = sqlite3.PARSE_DECLTYPES
    Binary = sqlite3.Binary
    Error = sqlite3.Error
    DatabaseError = sqlite3.DatabaseError
    IntegrityError = sqlite3.IntegrityError
    InterfaceError = sqlite3.InterfaceError
    NotSupportedError = sqlite3.NotSupportedError
    OperationalError = sqlite3.OperationalError
    ProgrammingError = sqlite3.ProgrammingError
    Warning = sqlite3.Warning

    def connect(self, database: str, **kwargs: Any) -> LoopConnection:
        """Open `database` for use on the loop: no busy waits here, no automatic checkpoint."""
        kwargs.pop("timeout", None)
        kwargs.pop("check_same_thread", None)
        connection = sqlite3.connect(database, timeout=0, check_same_thread=False, **kwargs)
        connection.execute("PRAGMA wal_autocheckpoint=0")
        return LoopConnection(connection, database, uri=bool(kwargs.get("uri")))


LOOP_SQLITE = LoopSqliteModule()

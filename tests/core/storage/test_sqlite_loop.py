"""SQLite on the event loop: no thread hop per statement, and still never a stalled loop."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from core.storage import sqlite_loop
from core.storage.db import make_engine, make_sessionmaker


async def _ticks_while(work: asyncio.Future[object] | asyncio.Task[object]) -> int:
    """How many 10 ms ticks the loop ran while `work` was under way."""
    ticks = 0
    while not work.done():
        await asyncio.sleep(0.01)
        ticks += 1
    await work
    return ticks


async def test_statements_run_on_the_loop_thread(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    threads: list[int] = []

    def who(_: object) -> int:
        threads.append(threading.get_ident())
        return 1

    try:
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            assert isinstance(raw.driver_connection, sqlite3.Connection)
            raw.driver_connection.create_function("who", 1, who)
            await connection.execute(text("SELECT who(1)"))
        assert threads == [threading.get_ident()]
    finally:
        await engine.dispose()


async def test_a_lock_held_by_another_process_is_waited_for_off_the_loop(tmp_path: Path) -> None:
    """Another process (here: a plain connection on a thread) holds the write lock for 0.3 s:
    the turn's BEGIN IMMEDIATE waits for it, the write lands, and the loop keeps running."""
    database = tmp_path / "t.db"
    engine = make_engine(f"sqlite+aiosqlite:///{database}")
    sessions = make_sessionmaker(engine)
    async with sessions() as session, session.begin():
        await session.execute(text("CREATE TABLE t (n INTEGER)"))
    locked = threading.Event()

    def other_process() -> None:
        other = sqlite3.connect(database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO t VALUES (1)")
        locked.set()
        time.sleep(0.3)
        other.execute("COMMIT")
        other.close()

    holder = threading.Thread(target=other_process)
    holder.start()
    try:
        assert await asyncio.to_thread(locked.wait, 5)

        async def write() -> object:
            async with sessions() as session, session.begin():
                await session.execute(text("INSERT INTO t VALUES (2)"))
            return None

        started = time.monotonic()
        ticks = await _ticks_while(asyncio.create_task(write()))
        assert time.monotonic() - started >= 0.2  # it did wait for the lock
        assert ticks >= 10  # … and the loop ran meanwhile
        async with sessions() as session:
            rows = (await session.execute(text("SELECT n FROM t ORDER BY n"))).scalars().all()
        assert rows == [1, 2]
    finally:
        holder.join()
        await engine.dispose()


async def test_checkpoints_run_off_the_loop_every_so_many_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No commit on the loop checkpoints (SQLite's automatic one is off); a PASSIVE one runs on a
    worker thread every CHECKPOINT_EVERY commits and copies the WAL into the database."""
    monkeypatch.setattr(sqlite_loop, "CHECKPOINT_EVERY", 5)
    ran: list[tuple[int, tuple[int, int, int]]] = []
    checkpoint = sqlite_loop.checkpoint

    def spied(database: str, uri: bool = False) -> tuple[int, int, int]:
        answer = checkpoint(database, uri)
        ran.append((threading.get_ident(), answer))
        return answer

    monkeypatch.setattr(sqlite_loop, "checkpoint", spied)
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as session, session.begin():
            await session.execute(text("CREATE TABLE t (n INTEGER)"))
            automatic = (await session.execute(text("PRAGMA wal_autocheckpoint"))).scalar()
        assert automatic == 0
        for n in range(9):  # with the CREATE: 10 commits, two checkpoints' worth
            async with sessions() as session, session.begin():
                await session.execute(text("INSERT INTO t VALUES (:n)"), {"n": n})
            await asyncio.sleep(0.05)  # let the previous checkpoint finish
        for _ in range(100):
            if len(ran) == 2:
                break
            await asyncio.sleep(0.02)
        assert len(ran) == 2
        assert all(thread != threading.get_ident() for thread, _ in ran)
        busy, pages, done = ran[-1][1]
        assert busy == 0
        assert pages > 0
        assert done == pages
    finally:
        await engine.dispose()


async def test_a_statement_heavy_by_design_runs_off_the_loop(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    threads: list[int] = []

    def who(_: object) -> int:
        threads.append(threading.get_ident())
        return 1

    try:
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            assert isinstance(raw.driver_connection, sqlite3.Connection)
            raw.driver_connection.create_function("who", 1, who)
            await connection.execute(text("CREATE TABLE t (n INTEGER)"))
            with sqlite_loop.off_loop():
                await connection.execute(text("INSERT INTO t SELECT who(1)"))
            await connection.execute(text("INSERT INTO t SELECT who(2)"))
        assert threads[0] != threading.get_ident()
        assert threads[1] == threading.get_ident()
    finally:
        await engine.dispose()


async def test_a_turn_cancelled_while_waiting_for_a_lock_lets_the_statement_finish(
    tmp_path: Path,
) -> None:
    """The waiting statement runs on in its thread: the cancelled turn's rollback must not use
    the connection meanwhile, and the connection is fine afterwards."""
    database = tmp_path / "t.db"
    engine = make_engine(f"sqlite+aiosqlite:///{database}")
    sessions = make_sessionmaker(engine)
    async with sessions() as session, session.begin():
        await session.execute(text("CREATE TABLE t (n INTEGER)"))
    locked, release = threading.Event(), threading.Event()

    def other_process() -> None:
        other = sqlite3.connect(database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(5)
        other.execute("COMMIT")
        other.close()

    holder = threading.Thread(target=other_process)
    holder.start()
    try:
        assert await asyncio.to_thread(locked.wait, 5)

        async def write() -> None:
            async with sessions() as session, session.begin():
                await session.execute(text("INSERT INTO t VALUES (1)"))

        turn = asyncio.create_task(write())
        await asyncio.sleep(0.1)  # waiting for the lock on a worker thread
        turn.cancel()
        await asyncio.sleep(0.1)
        assert not turn.done()  # held until the statement is done with the connection
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(turn, 5)
        async with sessions() as session, session.begin():
            await session.execute(text("INSERT INTO t VALUES (2)"))
        async with sessions() as session:
            rows = (await session.execute(text("SELECT n FROM t"))).scalars().all()
        assert rows == [2]  # the cancelled turn's write was rolled back
    finally:
        release.set()
        holder.join()
        await engine.dispose()

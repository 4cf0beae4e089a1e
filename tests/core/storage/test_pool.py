"""The connection pool serves waiters in arrival order; idle PostgreSQL connections are pinged."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import event, exc, text

from core.storage import db
from core.storage.db import make_engine, make_sessionmaker
from core.storage.pool import HandoffQueuePool


async def test_a_waiting_request_is_not_overtaken_by_later_ones(tmp_path: Path) -> None:
    """Issue #19: with asyncio.Queue, a request arriving as a connection came back took it
    before the woken waiter ran, and the waiter queued again at the end: under load, waits of
    seconds for some turns while others waited nothing."""
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")  # a pool of one connection
    assert isinstance(engine.sync_engine.pool, HandoffQueuePool)
    order: list[str] = []
    newcomers: list[asyncio.Task[None]] = []
    waiting = asyncio.Event()

    async def use(name: str) -> None:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            order.append(name)

    def arrive_as_it_comes_back(*_args: object) -> None:
        # A request that becomes ready in the same loop pass as the connection's return: it
        # runs before the woken waiter, as new turns do under load.
        if waiting.is_set() and not newcomers:
            newcomers.append(asyncio.get_running_loop().create_task(use("newcomer")))

    event.listen(engine.sync_engine, "checkin", arrive_as_it_comes_back)

    async def waiter() -> None:
        waiting.set()
        await use("waiter")

    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            queued = asyncio.create_task(waiter())
            await asyncio.sleep(0.05)  # the waiter is in line
        await asyncio.wait_for(queued, 5)
        await asyncio.wait_for(newcomers[0], 5)
    finally:
        await engine.dispose()
    assert order == ["waiter", "newcomer"]


async def test_a_wait_past_the_pool_timeout_is_a_timeout_and_leaves_the_line(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    engine.sync_engine.pool._timeout = 0.05  # type: ignore[attr-defined]
    try:
        async with engine.connect() as held:
            await held.execute(text("SELECT 1"))
            with pytest.raises(exc.TimeoutError):
                async with engine.connect() as waiting:
                    await waiting.execute(text("SELECT 1"))
        # The timed-out waiter is gone from the line: the connection is free for the next.
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT 2"))).scalar() == 2
    finally:
        await engine.dispose()


async def test_a_cancelled_waiter_passes_its_connection_on(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    sessions = make_sessionmaker(engine)
    try:
        async with engine.connect() as held:
            await held.execute(text("SELECT 1"))

            async def wait() -> None:
                async with sessions() as session:
                    await session.execute(text("SELECT 1"))

            doomed = asyncio.create_task(wait())
            patient = asyncio.create_task(wait())
            await asyncio.sleep(0.05)
        # The connection is handed to `doomed`, which is cancelled before it runs.
        doomed.cancel()
        await asyncio.wait_for(patient, 5)
        with pytest.raises(asyncio.CancelledError):
            await doomed
        assert engine.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    finally:
        await engine.dispose()


@pytest.mark.postgres
async def test_a_connection_dropped_while_idle_is_replaced_unnoticed(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ping per checkout (three round trips), but one after an idle spell, so a server
    restart or a dropped idle connection costs no request."""
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite connections do not drop")
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)
    engine = make_engine(db_url)
    try:
        async with engine.connect() as connection:
            pid = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar()
        other_engine = make_engine(db_url)
        async with other_engine.connect() as killer:
            await killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            await killer.commit()
        await other_engine.dispose()
        await asyncio.sleep(0.1)
        async with engine.connect() as connection:
            other = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar()
        assert other != pid
    finally:
        await engine.dispose()

"""Engine settings: no pool-reset ROLLBACK after sessions that already ended their transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from core.storage.db import make_engine, make_sessionmaker


async def test_returning_a_connection_sends_no_extra_rollback(db_url: str) -> None:
    """Every session ends in commit or rollback, so the pool's reset-on-return ROLLBACK was
    one more statement (and, on SQLite, one more thread hop) per transaction."""
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)
    async with sessions() as session, session.begin():  # connects (a one-off rollback there)
        await session.execute(text("SELECT 1"))
    dialect = engine.sync_engine.dialect
    rollbacks: list[object] = []
    rollback = dialect.do_rollback

    def counted(dbapi_connection: object) -> None:
        rollbacks.append(dbapi_connection)
        rollback(dbapi_connection)

    dialect.do_rollback = counted  # type: ignore[method-assign]
    try:
        async with sessions() as session, session.begin():
            await session.execute(text("SELECT 1"))
        async with sessions() as session:
            await session.execute(text("SELECT 1"))  # a read without begin(): closed, not reset

        async def failed_turn() -> None:
            async with sessions() as session, session.begin():
                await session.execute(text("SELECT 1"))
                raise RuntimeError("a failed turn")

        with pytest.raises(RuntimeError):
            await failed_turn()
        # The connection came back clean all the same: a new transaction starts.
        async with sessions() as session, session.begin():
            assert await session.scalar(text("SELECT 2")) == 2
    finally:
        await engine.dispose()
    # Only the two sessions that did not commit rolled back; none after a commit.
    assert len(rollbacks) == 2


def test_postgres_pool_holds_the_process_concurrency() -> None:
    """8+ busy clients and the background workers must not queue for 5 connections."""
    engine = make_engine("postgresql+asyncpg://u@127.0.0.1:1/x")
    pool = engine.sync_engine.pool
    assert pool.size() >= 16  # type: ignore[attr-defined]

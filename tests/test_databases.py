"""The databases the tests run on: empty at head every time, and nothing left behind."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest
from sqlalchemy import inspect, text

from core.storage.db import make_engine, upgrade_schema
from tests.fakes import postgres
from tests.fakes.postgres import PostgresServer


async def _query(url: str, *statements: str) -> list[Any]:
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            results = [await connection.execute(text(sql)) for sql in statements]
            return [result.all() if result.returns_rows else [] for result in results]
    finally:
        await engine.dispose()


async def test_every_test_database_is_at_head_and_empty(db_url: str, db_backend: str) -> None:
    assert db_url.startswith("sqlite" if db_backend == "sqlite" else "postgresql")
    (versions, messages) = await _query(
        db_url, "SELECT version_num FROM alembic_version", "SELECT count(*) FROM chat_messages"
    )
    assert len(versions) == 1
    assert messages == [(0,)]


def _names(prefix: str) -> set[str]:
    async def names() -> set[str]:
        connection = await asyncpg.connect(
            host=postgres.PG_HOST, port=postgres.PG_PORT, user="postgres", database="test"
        )
        try:
            rows = await connection.fetch(
                "SELECT datname FROM pg_database WHERE datname LIKE $1", f"{prefix}%"
            )
        finally:
            await connection.close()
        return {row["datname"] for row in rows}

    return asyncio.run(names())


@pytest.mark.postgres
def test_a_reused_copy_is_emptied_and_one_whose_schema_changed_is_dropped() -> None:
    server = postgres.postgres_server()
    name = server.lease()
    url = postgres.database_url(name)
    insert = (
        "INSERT INTO chat_messages (conversation_key, user_id, role, text, created_at)"
        " VALUES ('k', 'u', 'traveler', 'hi', now()) RETURNING id"
    )
    asyncio.run(_query(url, insert, insert))
    server.release(name)

    again = server.lease()
    assert again == name  # the same copy, reset
    url = postgres.database_url(again)
    (first, count) = asyncio.run(_query(url, insert, "SELECT count(*) FROM chat_messages"))
    assert first == [(1,)]  # sequences restart
    assert count == [(1,)]
    asyncio.run(_query(url, "CREATE TABLE stray (id int)"))
    server.release(again)
    fresh = server.lease()
    try:
        assert fresh != again  # a changed schema is not handed out again...
        for drop in server._drops:
            drop.result(timeout=60)
        assert again not in _names(server.prefix)  # ...it is dropped
    finally:
        server.release(fresh)


@pytest.mark.postgres
def test_a_dead_runs_databases_are_dropped_by_the_next_run_a_live_ones_are_not() -> None:
    postgres.postgres_server()  # skips when PostgreSQL is absent
    alive = PostgresServer.start()
    dead = PostgresServer.start()
    newcomer: PostgresServer | None = None
    try:
        kept, lost = alive.create(), dead.create(migrated=True)
        # The dead run is killed: its session (and so its lock) ends, its databases stay.
        dead._loop.run(dead._admin.close())
        dead._loop.close()
        assert {lost, f"{dead.prefix}template"} <= _names(dead.prefix)

        newcomer = PostgresServer.start()
        assert _names(dead.prefix) == set()
        assert kept in _names(alive.prefix)
    finally:
        alive.shutdown()
        if newcomer is not None:
            newcomer.shutdown()
    assert _names(alive.prefix) == set()


async def test_an_empty_database_has_no_tables_until_migrated(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    try:
        async with engine.connect() as connection:
            tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        assert tables == []
        await upgrade_schema(engine)
    finally:
        await engine.dispose()

"""Database engine, sessions and schema upgrades (SQLite by default, PostgreSQL too)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, exc, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from core.storage import json_text
from core.storage.pool import HandoffQueuePool
from core.storage.sqlite_loop import LOOP_SQLITE

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


# A web process serves 8+ concurrent turns plus its background workers (enrichment, outbox):
# SQLAlchemy's default of 5 made turns queue for a connection and open new ones under load.
# 20 a process keeps a fleet of four within PostgreSQL's default 100 connections.
POSTGRES_POOL_SIZE = 16
POSTGRES_POOL_OVERFLOW = 4
# A PostgreSQL connection that sat idle in the pool longer than this is pinged before use (a
# restarted server or a firewall may have dropped it). Under load connections come back within
# milliseconds, and pinging each checkout cost three round trips (BEGIN, `;`, ROLLBACK).
PING_AFTER_IDLE_SECONDS = 5.0


def make_engine(database_url: str) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout and immediate transactions.

    The pool serves waiting requests in arrival order (core.storage.pool), so a turn that
    waits for a connection is not overtaken by every turn that arrives after it.

    No reset-on-return ROLLBACK: every session and connection here ends its transaction with
    a commit or a rollback before it goes back to the pool (closing one rolls back whatever is
    still open), so the pool's own ROLLBACK was a wasted round trip (on SQLite, a thread hop)
    per transaction.

    SQLite cannot upgrade a WAL read snapshot to a writer once another writer committed
    (SQLITE_BUSY_SNAPSHOT), so every transaction starts as a writer (BEGIN IMMEDIATE):
    concurrent turns then wait their turn instead of failing. SQLite's statements run on the
    event loop itself, not on aiosqlite's thread (core.storage.sqlite_loop says why, and how a
    lock held by another process or a WAL checkpoint never stalls the loop).
    """
    if database_url.startswith("sqlite"):
        # One connection: SQLite has one writer anyway, and queueing for the connection in
        # asyncio is far cheaper than SQLite's sleeping busy handler under concurrent turns.
        engine = create_async_engine(
            database_url,
            module=LOOP_SQLITE,
            poolclass=HandoffQueuePool,
            pool_size=1,
            max_overflow=0,
            pool_timeout=30,
            pool_reset_on_return=None,
            json_serializer=json_text.dumps,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL never corrupts; it fsyncs at checkpoints instead of every commit.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            # No busy timeout on the loop: a lock wait moves to a thread (sqlite_loop).
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _begin_immediate(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    engine = create_async_engine(
        database_url,
        poolclass=HandoffQueuePool,
        pool_size=POSTGRES_POOL_SIZE,
        max_overflow=POSTGRES_POOL_OVERFLOW,
        pool_reset_on_return=None,
        json_serializer=json_text.dumps,
    )
    _ping_after_idle(engine)
    return engine


def _ping_after_idle(engine: AsyncEngine) -> None:
    """Ping a connection before use only if it sat idle in the pool (see PING_AFTER_IDLE_SECONDS).

    A failed ping raises DisconnectionError, on which the pool drops that connection and
    checks out another (SQLAlchemy's "pessimistic disconnect handling", custom form).
    """

    @event.listens_for(engine.sync_engine, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise exc.DisconnectionError(str(error)) from error


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(database_url: str) -> Config:
    """Alembic configuration pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


# Any constant shared by every process of the service ("TRVM" in ASCII).
MIGRATION_LOCK_KEY = 0x5452564D


async def upgrade_schema(engine: AsyncEngine) -> None:
    """Apply every pending migration on the engine's database.

    Several processes of a fleet start at once and each upgrades on start: on PostgreSQL they
    take turns under a transaction-level advisory lock, so the first migrates and the others
    find the schema at head (without it, two would race to create the same tables).
    """

    def _upgrade(connection: Connection) -> None:
        config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        await connection.run_sync(_upgrade)

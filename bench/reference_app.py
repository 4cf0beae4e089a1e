"""The minimal durable reference: a chat turn's reads and writes, on the same driver, nothing else.

Issue #19 measures the project against the least a durable turn can cost: FastAPI and the
database driver the project uses (aiosqlite on SQLite, asyncpg on PostgreSQL, no SQLAlchemy),
doing the kinds of reads and writes a show / add by name / undo turn does, committed before the
answer. No authentication, no intent rules, no place search, no prompts, no events: what this
app costs is the floor under the project's turn, and `bench.wrk_turns` prints the ratio.

    POST /trips                   a new 3-day trip → {"id": ...}
    POST /trips/{id}/turn         {"kind": "show" | "add" | "undo"} → an answer like the chat's

A turn, in one transaction (BEGIN IMMEDIATE on SQLite, as the project):
    show   read the trip; write the two chat-history rows (the message and the answer)
    add    read the trip; write it at version + 1 (guarded by the version it read), a version
           row with the change, the two history rows
    undo   read the trip and the version row it came from; write the trip back at version + 1,
           a version row, the two history rows

The database is REFERENCE_DATABASE_URL, else DATABASE_URL (the benchmarks' environment), with
tables of its own (`ref_*`). Served by uvicorn like the echo: `bench.reference_app:app`.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any, Protocol

import aiosqlite
import asyncpg
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS ref_trips (id TEXT PRIMARY KEY, version INTEGER NOT NULL,"
    " days TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS ref_versions (trip_id TEXT NOT NULL, version INTEGER NOT NULL,"
    " days TEXT NOT NULL, summary TEXT NOT NULL, created_at TEXT NOT NULL,"
    " PRIMARY KEY (trip_id, version))",
    "CREATE TABLE IF NOT EXISTS ref_history (id TEXT PRIMARY KEY, trip_id TEXT NOT NULL,"
    " role TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ref_history_trip ON ref_history (trip_id, created_at)",
]

# A trip the size of the demo's: three days of a few places each.
_DAYS = [
    [
        {"id": f"n{day}{n}", "title": f"Place {day}.{n}", "type": "activity", "time": "10:00"}
        for n in range(3)
    ]
    for day in range(1, 4)
]
_ADDED = {"id": "added", "title": "Sushi Zen", "type": "restaurant", "time": "13:00"}


class Turn(BaseModel):
    """A turn's kind: the reference does not read language."""

    kind: str


class Database(Protocol):
    """One transaction at a time per call; `run` commits before it returns."""

    async def run(self, work: Callable[[Tx], Awaitable[Any]]) -> Any:
        """Run `work` in a transaction and commit."""
        ...

    async def close(self) -> None:
        """Close the connections."""
        ...


class Tx(Protocol):
    """The three statement shapes a turn needs, with `?`-free named SQL per driver."""

    async def one(self, sql: str, *args: Any) -> tuple[Any, ...] | None:
        """The first row."""
        ...

    async def write(self, sql: str, *args: Any) -> int:
        """Rows changed."""
        ...

    async def write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """One statement, many rows."""
        ...


def _sqlite(sql: str) -> str:
    # The statements below are written with $1, $2 … (asyncpg); SQLite takes ?1, ?2 ….
    return sql.replace("$", "?")


class SqliteTx:
    """Statements on the one aiosqlite connection."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def one(self, sql: str, *args: Any) -> tuple[Any, ...] | None:
        """The first row."""
        async with self._connection.execute(_sqlite(sql), args) as cursor:
            row = await cursor.fetchone()
        return None if row is None else tuple(row)

    async def write(self, sql: str, *args: Any) -> int:
        """Rows changed."""
        async with self._connection.execute(_sqlite(sql), args) as cursor:
            return cursor.rowcount

    async def write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """One statement, many rows."""
        await self._connection.executemany(_sqlite(sql), rows)


class SqliteDatabase:
    """One connection, WAL, NORMAL sync, BEGIN IMMEDIATE: the project's SQLite settings."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str) -> SqliteDatabase:
        """Connect and create the tables."""
        connection = await aiosqlite.connect(path, isolation_level=None, timeout=30)
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
            await connection.execute(f"PRAGMA {pragma}")
        for statement in SCHEMA:
            await connection.execute(statement)
        return cls(connection)

    async def run(self, work: Callable[[Tx], Awaitable[Any]]) -> Any:
        """Run `work` in a transaction and commit."""
        async with self._lock:
            await self._connection.execute("BEGIN IMMEDIATE")
            try:
                result = await work(SqliteTx(self._connection))
            except BaseException:
                await self._connection.execute("ROLLBACK")
                raise
            await self._connection.execute("COMMIT")
            return result

    async def close(self) -> None:
        """Close the connection."""
        await self._connection.close()


class PostgresTx:
    """Statements on one pooled asyncpg connection (prepared and cached by asyncpg)."""

    def __init__(self, connection: asyncpg.Connection) -> None:
        self._connection = connection

    async def one(self, sql: str, *args: Any) -> tuple[Any, ...] | None:
        """The first row."""
        row = await self._connection.fetchrow(sql, *args)
        return None if row is None else tuple(row)

    async def write(self, sql: str, *args: Any) -> int:
        """Rows changed."""
        status = await self._connection.execute(sql, *args)
        return int(status.rsplit(" ", 1)[-1])

    async def write_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """One statement, many rows."""
        await self._connection.executemany(sql, rows)


class PostgresDatabase:
    """An asyncpg pool of the project's size (core.storage.db.POSTGRES_POOL_SIZE)."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    @classmethod
    async def open(cls, dsn: str) -> PostgresDatabase:
        """Connect and create the tables."""
        pool = await asyncpg.create_pool(dsn, min_size=1, max_size=16)
        async with pool.acquire() as connection:
            # Several benchmark servers may start at once on one database.
            await connection.execute("SELECT pg_advisory_lock(20191)")
            try:
                for statement in SCHEMA:
                    await connection.execute(statement)
            finally:
                await connection.execute("SELECT pg_advisory_unlock(20191)")
        return cls(pool)

    async def run(self, work: Callable[[Tx], Awaitable[Any]]) -> Any:
        """Run `work` in a transaction and commit."""
        async with self._pool.acquire() as connection, connection.transaction():
            return await work(PostgresTx(connection))

    async def close(self) -> None:
        """Close the pool."""
        await self._pool.close()


async def open_database(url: str) -> Database:
    """SQLite (`sqlite+aiosqlite:///path`) or PostgreSQL (`postgresql+asyncpg://…`)."""
    if url.startswith("sqlite"):
        return await SqliteDatabase.open(url.split(":///", 1)[1])
    return await PostgresDatabase.open(url.replace("postgresql+asyncpg://", "postgresql://", 1))


def _now() -> str:
    return datetime.now(UTC).isoformat()


_HISTORY = (
    "INSERT INTO ref_history (id, trip_id, role, text, created_at) VALUES ($1, $2, $3, $4, $5)"
)
_READ = "SELECT version, days FROM ref_trips WHERE id = $1"
_WRITE = (
    "UPDATE ref_trips SET version = $1, days = $2, updated_at = $3 WHERE id = $4 AND version = $5"
)
_VERSION = (
    "INSERT INTO ref_versions (trip_id, version, days, summary, created_at)"
    " VALUES ($1, $2, $3, $4, $5)"
)
_PREVIOUS = "SELECT days FROM ref_versions WHERE trip_id = $1 AND version = $2"


async def _remember(tx: Tx, trip_id: str, text: str, answer: str) -> None:
    now = _now()
    rows = [
        (uuid.uuid4().hex, trip_id, "user", text, now),
        (uuid.uuid4().hex, trip_id, "assistant", answer, now),
    ]
    await tx.write_many(_HISTORY, rows)


async def _new_version(tx: Tx, trip_id: str, version: int, days: str, summary: str) -> None:
    now = _now()
    if await tx.write(_WRITE, version + 1, days, now, trip_id, version) != 1:
        raise HTTPException(409, "the trip changed meanwhile")
    await tx.write(_VERSION, trip_id, version + 1, days, summary, now)


def _turn(trip_id: str, kind: str) -> Callable[[Tx], Awaitable[dict[str, Any]]]:
    async def work(tx: Tx) -> dict[str, Any]:
        row = await tx.one(_READ, trip_id)
        if row is None:
            raise HTTPException(404, "no such trip")
        version, days_json = int(row[0]), str(row[1])
        days = json.loads(days_json)
        if kind == "show":
            message = "Day 2: " + ", ".join(node["title"] for node in days[1])
            await _remember(tx, trip_id, "what's on day 2?", message)
            return {"type": "COMPLETE", "message": message}
        if kind == "add":
            days[1].append(_ADDED)
            await _new_version(tx, trip_id, version, json.dumps(days), "Added Sushi Zen")
            message = "Added Sushi Zen to day 2."
        elif kind == "undo":
            previous = await tx.one(_PREVIOUS, trip_id, version - 1)
            if previous is None:
                return {"type": "ERROR", "message": "Nothing to undo."}
            await _new_version(tx, trip_id, version, str(previous[0]), "Undo")
            message = "Undone."
        else:
            raise HTTPException(422, "kind is show, add or undo")
        await _remember(tx, trip_id, kind, message)
        return {"type": "COMPLETE", "message": message, "data": {"toVersion": version + 1}}

    return work


def _create(trip_id: str) -> Callable[[Tx], Awaitable[None]]:
    async def work(tx: Tx) -> None:
        days, now = json.dumps(_DAYS), _now()
        await tx.write(
            "INSERT INTO ref_trips (id, version, days, updated_at) VALUES ($1, 1, $2, $3)",
            trip_id,
            days,
            now,
        )
        await tx.write(_VERSION, trip_id, 1, days, "Created", now)

    return work


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    url = os.environ.get("REFERENCE_DATABASE_URL") or os.environ["DATABASE_URL"]
    app.state.db = await open_database(url)
    try:
        yield
    finally:
        await app.state.db.close()


app = FastAPI(lifespan=_lifespan)


@app.post("/trips")
async def create_trip() -> dict[str, str]:
    """A new trip at version 1."""
    trip_id = uuid.uuid4().hex
    await app.state.db.run(_create(trip_id))
    return {"id": trip_id}


@app.post("/trips/{trip_id}/turn")
async def turn(trip_id: str, body: Turn) -> dict[str, Any]:
    """One turn, committed before the answer."""
    answer: dict[str, Any] = await app.state.db.run(_turn(trip_id, body.kind))
    return answer

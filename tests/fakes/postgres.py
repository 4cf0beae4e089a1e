"""Throwaway databases on the local PostgreSQL (tests skip, with the reason, when it is absent).

One `PostgresServer` per test process (`postgres_server()`), started on first use:

- it migrates one template database once per run; a test's database is a copy of it
  (`CREATE DATABASE x TEMPLATE tmpl`), so `upgrade_schema` finds the schema at head and does
  nothing;
- copying a database writes its whole catalog (a few hundred milliseconds on a busy disk), so a
  copy is reused: when its test ends, its sessions are ended, every table but `alembic_version`
  is emptied and every sequence restarts at 1 (milliseconds); a copy whose schema no longer
  matches the template's is dropped instead;
- every database it makes is named `traveloure_t<run id>_<suffix>`, the run id being random, so
  concurrent runs (CI jobs, developers) sharing one server never collide;
- it holds the session-level advisory lock `<run id>` on its admin connection for the whole run,
  so a database whose owner's lock is free belongs to a run that died (killed, crashed): those
  leftovers are dropped when the next run starts. `shutdown()` drops everything of this run.

The admin connection lives on an event loop of its own thread, so sync fixtures and the loop of
any test can share it.
"""

from __future__ import annotations

import asyncio
import itertools
import re
import secrets
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import Future
from contextlib import asynccontextmanager, contextmanager
from typing import Any, ClassVar, TypeVar

import asyncpg
import pytest

from core.storage.db import make_engine, upgrade_schema

PG_HOST, PG_PORT, PG_USER, PG_ADMIN_DATABASE = "127.0.0.1", 5432, "postgres", "test"
PREFIX = "traveloure_t"
_OURS = re.compile(rf"{PREFIX}([0-9a-f]{{16}})_\w+")

# What a reused copy must still look like: its relations with their columns, constraints,
# types, schemas and the migration it is at.
_FINGERPRINT = r"""
SELECT md5(concat_ws('|',
  (SELECT string_agg(format('%s %s (%s)', c.relname, c.relkind,
      (SELECT string_agg(format('%s %s %s', a.attname, format_type(a.atttypid, a.atttypmod),
                                a.attnotnull), ',' ORDER BY a.attnum)
       FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)),
    ';' ORDER BY c.relname)
   FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace),
  (SELECT string_agg(conname, ',' ORDER BY conname)
   FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
  (SELECT string_agg(typname, ',' ORDER BY typname)
   FROM pg_type WHERE typnamespace = 'public'::regnamespace),
  (SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace
   WHERE nspname NOT LIKE 'pg\_%temp\_%'),
  (SELECT string_agg(version_num, ',' ORDER BY version_num) FROM alembic_version)))
"""

T = TypeVar("T")


def database_url(name: str) -> str:
    """The asyncpg URL of database `name` on the local server."""
    return f"postgresql+asyncpg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


class PostgresUnreachableError(Exception):
    """The local PostgreSQL did not accept a connection."""


class _LoopThread:
    """An event loop running on a daemon thread; `run` waits for a coroutine's result."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="postgres-admin", daemon=True
        )
        self._thread.start()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.submit(coroutine).result(timeout=120)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=30)
        self.loop.close()


class _Template:
    """The migrated template: its name, its fingerprint and how to empty a copy of it."""

    def __init__(self, name: str, fingerprint: str, reset_sql: str | None) -> None:
        self.name = name
        self.fingerprint = fingerprint
        self.reset_sql = reset_sql  # None: the template has rows of its own, copies are not reused


class PostgresServer:
    """This run's databases on the local PostgreSQL: a migrated template and its copies."""

    def __init__(self, loop: _LoopThread, admin: asyncpg.Connection, run_id: int) -> None:
        self._loop = loop
        self._admin = admin
        self._admin_lock = asyncio.Lock()  # one query at a time on the admin connection
        self.run_id = run_id
        self.prefix = f"{PREFIX}{run_id:016x}_"
        self._numbers = itertools.count(1)  # thread-safe
        self._template: _Template | None = None
        self._template_lock = threading.Lock()
        self._free: list[str] = []  # reset copies, ready for the next test
        self._free_lock = threading.Lock()
        self._drops: list[Future[None]] = []

    @classmethod
    def start(cls) -> PostgresServer:
        """Connect, take this run's lock, drop what dead runs left; raises if unreachable."""
        loop = _LoopThread()
        try:
            admin = loop.run(
                asyncpg.connect(
                    host=PG_HOST, port=PG_PORT, user=PG_USER, database=PG_ADMIN_DATABASE, timeout=3
                )
            )
        except Exception as exc:  # any failure to connect means "skip"
            loop.close()
            reason = f"PostgreSQL not reachable on {PG_HOST}:{PG_PORT} ({type(exc).__name__})"
            raise PostgresUnreachableError(reason) from exc
        run_id = secrets.randbits(63)  # a positive bigint: the advisory lock key
        server = cls(loop, admin, run_id)
        loop.run(server._claim_and_sweep())
        return server

    # --- on the admin loop ---------------------------------------------------------------------

    async def _execute(self, sql: str, *args: object) -> Any:
        async with self._admin_lock:
            return await self._admin.fetchval(sql, *args)

    async def _names(self, pattern: str) -> list[str]:
        async with self._admin_lock:
            rows = await self._admin.fetch(
                "SELECT datname FROM pg_database WHERE datname LIKE $1", pattern
            )
        return [row["datname"] for row in rows]

    async def _claim_and_sweep(self) -> None:
        await self._execute("SELECT pg_advisory_lock($1)", self.run_id)
        owners: dict[int, list[str]] = {}
        for name in await self._names(f"{PREFIX}%"):
            match = _OURS.fullmatch(name)
            if match is not None and int(match[1], 16) != self.run_id:
                owners.setdefault(int(match[1], 16), []).append(name)
        for owner, leftovers in owners.items():
            if not await self._execute("SELECT pg_try_advisory_lock($1)", owner):
                continue  # its run is alive
            try:
                for name in leftovers:
                    await self._drop(name)
            finally:
                await self._execute("SELECT pg_advisory_unlock($1)", owner)

    async def _drop(self, name: str) -> None:
        await self._execute(f"DROP DATABASE IF EXISTS {_quote(name)} WITH (FORCE)")

    async def _connect(self, name: str) -> asyncpg.Connection:
        return await asyncpg.connect(
            host=PG_HOST, port=PG_PORT, user=PG_USER, database=name, timeout=10
        )

    async def _make_template(self, name: str) -> _Template:
        await self._execute(f"CREATE DATABASE {_quote(name)}")
        engine = make_engine(database_url(name))
        try:
            await upgrade_schema(engine)
        finally:
            await engine.dispose()  # a template must have no sessions when it is copied
        connection = await self._connect(name)
        try:
            fingerprint: str = await connection.fetchval(_FINGERPRINT)
            tables = [
                row["relname"]
                for row in await connection.fetch(
                    "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                    " AND relkind IN ('r', 'p') AND relname <> 'alembic_version' ORDER BY 1"
                )
            ]
            sequences = [
                row["relname"]
                for row in await connection.fetch(
                    "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                    " AND relkind = 'S' ORDER BY 1"
                )
            ]
            rows = 0
            for table in tables:  # names from pg_class, quoted: S608 does not apply
                rows += await connection.fetchval(f"SELECT count(*) FROM {_quote(table)}")  # noqa: S608
            superuser = await connection.fetchval(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            )
        finally:
            await connection.close()
        if rows:
            return _Template(name, fingerprint, None)
        if superuser:  # DELETE without foreign-key triggers: fast, in any order
            statements = ["SET LOCAL session_replication_role = replica"]
            statements += [f"DELETE FROM {_quote(table)}" for table in tables]  # noqa: S608
        else:
            statements = [f"TRUNCATE {', '.join(map(_quote, tables))} CASCADE"]
        statements += [f"SELECT setval('{_quote(seq)}', 1, false)" for seq in sequences]
        return _Template(name, fingerprint, "BEGIN; " + "; ".join(statements) + "; COMMIT")

    async def _reset(self, name: str, template: _Template) -> bool:
        """End `name`'s sessions and empty it; False when it is not the template's copy anymore."""
        if template.reset_sql is None:
            return False
        await self._execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = $1 AND pid <> pg_backend_pid()",
            name,
        )
        try:
            connection = await self._connect(name)
        except (OSError, asyncpg.PostgresError, TimeoutError):
            return False
        try:
            if await connection.fetchval(_FINGERPRINT) != template.fingerprint:
                return False
            await connection.execute(template.reset_sql)
        except asyncpg.PostgresError:
            return False
        finally:
            await connection.close()
        return True

    # --- for the tests' threads ----------------------------------------------------------------

    def template(self) -> _Template:
        """This run's migrated template database, made on first use."""
        with self._template_lock:
            if self._template is None:
                self._template = self._loop.run(self._make_template(f"{self.prefix}template"))
            return self._template

    def create(self, *, migrated: bool = False) -> str:
        """A new database's name: a copy of the template if `migrated`, else empty."""
        name = f"{self.prefix}{next(self._numbers)}"
        sql = f"CREATE DATABASE {_quote(name)}"
        if migrated:
            sql += f" TEMPLATE {_quote(self.template().name)}"
        self._loop.run(self._execute(sql))
        return name

    def drop(self, name: str, *, wait: bool = False) -> None:
        """Drop `name` (its sessions are ended), in the background unless `wait`."""
        future = self._loop.submit(self._drop(name))
        with self._free_lock:
            for drop in [drop for drop in self._drops if drop.done()]:
                self._drops.remove(drop)
                drop.result()  # a failed drop of an earlier test surfaces here
            if not wait:
                self._drops.append(future)
        if wait:
            future.result(timeout=120)

    def lease(self) -> str:
        """A database at the template's head with empty tables: a reset copy, or a new one."""
        with self._free_lock:
            if self._free:
                return self._free.pop()
        return self.create(migrated=True)

    def release(self, name: str) -> None:
        """A leased database back: reset for the next test, or dropped if its schema changed."""
        if self._loop.run(self._reset(name, self.template())):
            with self._free_lock:
                self._free.append(name)
        else:
            self.drop(name)

    def shutdown(self) -> None:
        """Drop every database of this run, release its lock and close the connection."""
        try:
            for drop in self._drops:
                drop.result(timeout=120)
            for name in self._loop.run(self._names(f"{self.prefix}%")):
                self._loop.run(self._drop(name))
            self._loop.run(self._execute("SELECT pg_advisory_unlock($1)", self.run_id))
        finally:
            self._loop.run(self._admin.close())
            self._loop.close()


class _Shared:
    server: ClassVar[PostgresServer | None] = None
    unreachable: ClassVar[str | None] = None


def postgres_server() -> PostgresServer:
    """This process's server, started on first use; skips the test if PostgreSQL is absent."""
    if _Shared.server is None:
        if _Shared.unreachable is None:
            try:
                _Shared.server = PostgresServer.start()
            except PostgresUnreachableError as exc:
                _Shared.unreachable = str(exc)  # asked once: later tests skip at once
        if _Shared.server is None:
            pytest.skip(_Shared.unreachable or "PostgreSQL not reachable")
    return _Shared.server


def shutdown() -> None:
    """End this process's server if it was started (at the end of the test session)."""
    server, _Shared.server = _Shared.server, None
    if server is not None:
        server.shutdown()


@contextmanager
def postgres_database(*, migrated: bool = False) -> Iterator[str]:
    """A database's asyncpg URL for one test: empty and dropped afterwards, or if `migrated`
    at head with empty tables (a reused copy of the template, reset afterwards)."""
    server = postgres_server()
    if migrated:
        name = server.lease()
        try:
            yield database_url(name)
        finally:
            server.release(name)
        return
    name = server.create()
    try:
        yield database_url(name)
    finally:
        server.drop(name)


@asynccontextmanager
async def throwaway_database(*, migrated: bool = False) -> AsyncIterator[str]:
    """A fresh database (empty unless `migrated`) for async tests, dropped afterwards; the
    caller's loop keeps running meanwhile, so its connections see the drop end them."""
    server = postgres_server()
    name = await asyncio.to_thread(server.create, migrated=migrated)
    try:
        yield database_url(name)
    finally:
        await asyncio.to_thread(server.drop, name, wait=True)

"""One scheduler leads: a PostgreSQL advisory lock held on a connection of its own.

With several `python -m jobs` (or web processes running jobs), only the lock holder runs the
scheduled jobs; when it dies its connection closes, the lock is freed, and the next process to
tick takes over (within one job interval). SQLite serves one machine: its process always leads.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

# Any constant shared by every process of the service ("TRVL" in ASCII).
LOCK_KEY = 0x5452564C


class Leadership:
    """Whether this process may run the scheduled jobs right now."""

    def __init__(self, engine: AsyncEngine, key: int = LOCK_KEY) -> None:
        self._engine = engine
        self._key = key
        self._connection: AsyncConnection | None = None

    async def ensure(self) -> bool:
        """True while this process holds (or just took) the lock."""
        if self._engine.dialect.name != "postgresql":
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
            except (DBAPIError, SQLAlchemyError):
                log.warning("scheduler lock connection lost; trying to lead again")
                await self._drop()
            else:
                return True  # our session still lives, so the lock is still ours
        try:
            connection = await self._engine.connect()
        except (OSError, SQLAlchemyError):
            log.warning("cannot reach the database to elect a scheduler leader")
            return False
        got = await connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key})
        await connection.commit()  # the lock is session-level: it outlives the transaction
        if not got:
            await connection.close()
            return False
        log.info("this process now leads the scheduled jobs")
        self._connection = connection
        return True

    async def release(self) -> None:
        """Give up leadership (shutdown): another process takes over at its next tick."""
        if self._connection is not None:
            # Closing the connection frees the lock anyway; unlocking first is just polite.
            with contextlib.suppress(DBAPIError, SQLAlchemyError):
                await self._connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": self._key}
                )
        await self._drop()

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                # Never back to the pool: the session (and any lock it holds) must end here.
                await connection.invalidate()
                await connection.close()
            except (DBAPIError, SQLAlchemyError):
                log.debug("scheduler lock connection already gone")

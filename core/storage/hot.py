"""Core statements on the hot path, run on the session's connection rather than the Session.

`AsyncSession.execute` of a Core statement (no ORM entities) does nothing a connection would
not: no autoflush, no identity map, no loading. It still costs the Session's own bookkeeping
on every call (its state machine, bind lookup, ORM execution hooks): about a fifth of a
statement's CPU on SQLite (issue #19). A turn's statements are built once as Core
(core.services.itinerary_statements, conversation_state, turn_read, enrichment_queue), so they
run here on the connection of the session's current transaction, fetched once per transaction.
The transaction is the session's, so ORM work elsewhere in the same turn commits or rolls back
with them; and since Core statements never triggered an autoflush, the order of writes is the
same as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import CursorResult, Executable
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

# Where a session keeps (its transaction, that transaction's connection).
_KEY = "hot_connection"

Params = Mapping[str, Any] | Sequence[Mapping[str, Any]] | None


async def connection_of(session: AsyncSession) -> AsyncConnection:
    """The connection of the session's current transaction (beginning one, as execute would)."""
    sync = session.sync_session
    held = sync.info.get(_KEY)
    transaction = sync.get_transaction()
    if held is not None and transaction is not None and held[0] is transaction:
        connection: AsyncConnection = held[1]
        return connection
    connection = await session.connection()
    # A new transaction after a commit or rollback gets its connection afresh.
    sync.info[_KEY] = (sync.get_transaction(), connection)
    return connection


async def execute(
    session: AsyncSession, statement: Executable, params: Params = None
) -> CursorResult[Any]:
    """Run a Core statement (no ORM entities) in the session's transaction, on its connection."""
    connection = await connection_of(session)
    return await connection.execute(statement, params)

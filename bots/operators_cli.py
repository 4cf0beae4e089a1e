"""`python -m bots operators add EMAIL`: an operator account, password from standard input."""

from __future__ import annotations

from core.clock import SystemClock
from core.config import get_settings
from core.services import audit
from core.services.operators import OperatorError, Operators
from core.storage.db import make_engine, make_sessionmaker, upgrade_schema


async def add_operator(email: str, password: str) -> str | None:
    """Create the operator (migrating first); a readable problem, or None when done."""
    engine = make_engine(get_settings().database_url)
    try:
        await upgrade_schema(engine)
        clock = SystemClock()
        async with make_sessionmaker(engine)() as session, session.begin():
            try:
                operator_id = await Operators(session, clock).add(email, password)
            except OperatorError as problem:
                return str(problem)
            await audit.record(session, clock, None, "operator_added", operator_id)
    finally:
        await engine.dispose()
    return None

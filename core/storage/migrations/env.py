"""Alembic environment: runs on a shared connection (the app) or its own async engine (CLI)."""

import asyncio
import os

from alembic import context
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from core.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


shared = config.attributes.get("connection")
if shared is not None:
    _run(shared)
else:
    url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url") or ""
    asyncio.run(_run_async(url))

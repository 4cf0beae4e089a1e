"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.storage.db import make_engine, upgrade_schema
from core.storage.models import Base


async def test_migrations_match_the_models(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    await upgrade_schema(engine)

    def diff(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        return list(compare_metadata(context, Base.metadata))

    async with engine.connect() as connection:
        differences = await connection.run_sync(diff)
    await engine.dispose()
    assert differences == []


async def test_upgrade_twice_is_harmless(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    await upgrade_schema(engine)
    await upgrade_schema(engine)
    await engine.dispose()

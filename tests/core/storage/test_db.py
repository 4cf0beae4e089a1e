"""Engines and schema upgrades: a fleet's processes may all upgrade at the same moment."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from core.storage.db import make_engine, upgrade_schema
from tests.fakes.postgres import throwaway_database


@pytest.mark.postgres
async def test_processes_upgrading_at_once_take_turns_on_postgresql() -> None:
    async with throwaway_database() as url:
        engines = [make_engine(url) for _ in range(4)]
        try:
            # Each engine is a process starting up: all find an empty database.
            await asyncio.gather(*(upgrade_schema(engine) for engine in engines))
            async with engines[0].connect() as connection:
                version = await connection.scalar(text("SELECT version_num FROM alembic_version"))
                tables = await connection.scalar(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                )
            assert version is not None
            assert tables > 5
        finally:
            for engine in engines:
                await engine.dispose()

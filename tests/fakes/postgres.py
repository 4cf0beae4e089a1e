"""Throwaway databases on the local PostgreSQL (tests skip, with the reason, when it is absent)."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

PG_HOST, PG_PORT = "127.0.0.1", 5432


@asynccontextmanager
async def throwaway_database() -> AsyncIterator[str]:
    """A fresh database's asyncpg URL, dropped afterwards; skips the test if unreachable."""
    import asyncpg

    try:
        admin = await asyncpg.connect(
            host=PG_HOST, port=PG_PORT, user="postgres", database="test", timeout=3
        )
    except Exception as exc:  # any failure to connect means "skip"
        pytest.skip(f"PostgreSQL not reachable on {PG_HOST}:{PG_PORT} ({type(exc).__name__})")
    name = f"traveloure_test_{secrets.token_hex(4)}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://postgres@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()

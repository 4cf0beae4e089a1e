"""Migration 0008: tokens issued before it keep working and get their traveler's creation time."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import Connection, text

from core.services.traveler_tokens import TravelerTokens
from core.services.travelers import hash_token
from core.storage.db import alembic_config, make_engine, make_sessionmaker, upgrade_schema
from tests.fakes.clock import FakeClock


async def test_existing_tokens_get_a_creation_time_and_stay_valid(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    created = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

    def to_0007(connection: Connection) -> None:
        config = alembic_config(empty_db_url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0007_turn_records")

    try:
        async with engine.begin() as connection:
            await connection.run_sync(to_0007)
            await connection.execute(
                text(
                    "INSERT INTO travelers (id, name, locale, timezone, token_hash, is_demo,"
                    " created_at) VALUES ('t1', 'Old', 'en', 'UTC', :hash, false, :created)"
                ),
                {"hash": hash_token("old-token"), "created": created.replace(tzinfo=None)},
            )
        await upgrade_schema(engine)
        async with make_sessionmaker(engine)() as session:
            valid = await TravelerTokens(session, FakeClock(created), None).resolve("old-token")
        assert valid is not None
        assert valid.traveler.token_created_at == created
        assert valid.traveler.token_revoked_at is None
    finally:
        await engine.dispose()

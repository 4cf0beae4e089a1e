"""Real payloads exercise the adapters and the pipeline, not the database: SQLite only."""

from __future__ import annotations

import pytest


@pytest.fixture
def db_backend() -> str:
    """Overrides the root conftest's [sqlite]/[postgres] parameter for this package."""
    return "sqlite"

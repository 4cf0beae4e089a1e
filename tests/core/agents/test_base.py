"""apply_or_explain: a change that no longer fits is a plain sentence, never an internal id."""

from __future__ import annotations

import pytest

from core.agents.base import apply_or_explain
from core.domain.changeset import ChangeSet, RemoveNode
from core.messages import msg, use_locale
from core.protocol import ResponseType
from tests.core.agents.trip_kit import Driver, titles


@pytest.mark.parametrize("locale", ["en", "es", "pt"])
async def test_a_change_on_an_item_that_is_gone_names_no_id(trip: Driver, locale: str) -> None:
    before = await trip.view()
    gone = "n0000dead01"
    async with trip.services.sessions() as session, session.begin():
        ctx, _ = await trip._context(session)
        changeset = ChangeSet(ops=[RemoveNode(node_id=gone)], summary="remove")
        with use_locale(locale):
            result = await apply_or_explain(ctx, changeset, before.version, "removed")
            expected = msg("change_no_longer_fits")
    assert result.response.type is ResponseType.ERROR
    assert result.response.message == expected
    assert gone not in result.response.model_dump_json()
    assert titles(await trip.view()) == titles(before)

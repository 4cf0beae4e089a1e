"""RelinkAgent: only the chat user who was asked moves their chat; "no" moves nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from bots.container import Services
from core.agents.relink import RelinkAgent
from core.messages import msg
from core.protocol import ResponseType
from core.services.identity import IdentityService
from core.storage.models import ChannelIdentity
from tests.core.agents.trip_kit import Driver, demo_driver

YES, NO = 0, 1


async def _setup(services: Services) -> tuple[Driver, str, dict[str, str]]:
    """A chat (telegram:42) on a demo trip, another traveler and a code of theirs."""
    mine, theirs = await demo_driver(services), await demo_driver(services)
    async with services.sessions() as session, session.begin():
        identities = IdentityService(session, services.clock, None)
        await identities.resolve(
            channel="telegram",
            external_user_id="42",
            chat_id="-100",
            display_name=None,
            phone=None,
            locale="en",
        )
        row = await session.scalar(select(ChannelIdentity))
        assert row is not None
        row.traveler_id = mine.user_id
        row.itinerary_id = mine.itinerary_id
        code, _ = await identities.issue_link_code(theirs.user_id)
    payload = {
        "agent": "relink",
        "code": code,
        "channel": "telegram",
        "externalUserId": "42",
        "chatId": "-100",
        "destination": "Hadibo",
    }
    return mine, theirs.user_id, payload


async def _traveler(services: Services) -> str:
    async with services.sessions() as session:
        row = await session.scalar(select(ChannelIdentity))
        assert row is not None
        return row.traveler_id


@pytest.mark.parametrize(
    ("actor", "index", "moved", "message"),
    [
        ("telegram:42", YES, True, "relinked"),
        ("telegram:42", NO, False, "relink_kept"),
        ("telegram:77", YES, False, "prompt_not_yours"),  # another chat user of the traveler
    ],
)
async def test_only_a_yes_from_the_chat_user_asked_moves_the_chat(
    services: Services, actor: str, index: int, moved: bool, message: str
) -> None:
    mine, theirs, payload = await _setup(services)
    async with services.sessions() as session, session.begin():
        ctx, _ = await mine._context(session)
        ctx = replace(ctx, actor=actor, identities=IdentityService(session, services.clock, None))
        result = await RelinkAgent().resume(payload, index, ctx)
    assert result.response.message == msg(message, destination="Hadibo")
    assert (result.response.type is ResponseType.ERROR) == (message == "prompt_not_yours")
    assert await _traveler(services) == (theirs if moved else mine.user_id)

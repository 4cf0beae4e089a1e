"""A turn's first read: the trip and the traveler's latest prompt in one statement."""

from __future__ import annotations

from sqlalchemy import event

from bots.container import Services
from core.choices import PromptKind
from core.services.conversation_state import ANSWERED, OPEN, ConversationStateService
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import NotFoundError
from core.services.turn_read import read_turn


async def test_the_trip_and_its_latest_prompt_come_in_one_statement(services: Services) -> None:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    user = created.traveler.id
    async with services.sessions() as session, session.begin():
        asked = await ConversationStateService(session, services.clock, 5).open(
            "chat", user, itinerary.id, PromptKind.SELECTION, ["A", "B"], {"x": 1}
        )
        # Someone else's question in the same chat is not this traveler's latest.
        await ConversationStateService(session, services.clock, 5).open(
            "chat", "someone-else", itinerary.id, PromptKind.SELECTION, ["C"], {}
        )
    statements: list[str] = []
    engine = services.engine.sync_engine

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        async with services.sessions() as session, session.begin():
            prompts = ConversationStateService(session, services.clock, 5)
            view = await read_turn(session, prompts, itinerary.id, "chat", user)
            latest = await prompts.latest("chat", user)
            again = await prompts.latest("chat", user)
            read = [s for s in statements if not s.startswith("BEGIN")]
            assert len(read) == 1  # the trip and the prompt; latest() asked nothing more
            assert view.id == itinerary.id
            assert view.user_id == user
            assert latest is not None
            assert latest == again
            assert (latest.id, latest.status, latest.labels) == (asked.id, OPEN, ["A", "B"])
            assert latest.payload["x"] == 1
            assert not latest.expired
            assert await prompts.consume(latest.id)
            after = await prompts.latest("chat", user)  # a write forgets: read again
            assert after is not None
            assert after.status == ANSWERED
            # No prompt at all in another chat: the trip still comes back.
            other = ConversationStateService(session, services.clock, 5)
            assert (await read_turn(session, other, itinerary.id, "elsewhere", user)).id
            assert await other.latest("elsewhere", user) is None
            try:
                await read_turn(session, other, "no-such-trip", "chat", user)
            except NotFoundError:
                pass
            else:
                raise AssertionError("a missing trip reads as NotFoundError")
    finally:
        event.remove(engine, "before_cursor_execute", count)

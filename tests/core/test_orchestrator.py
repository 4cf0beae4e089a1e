"""The orchestrator over a real database: prompts survive restarts and apply once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bots.container import Services, build_services
from core.config import Settings
from core.orchestrator import Turn
from core.protocol import ResponseType
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService
from core.storage.db import upgrade_schema
from tests.fakes.clock import FakeClock


async def _services(settings: Settings, clock: FakeClock) -> Services:
    services = build_services(settings, clock)
    await upgrade_schema(services.engine)
    return services


@pytest.fixture
async def services(settings: Settings, clock: FakeClock) -> AsyncIterator[Services]:
    built = await _services(settings, clock)
    yield built
    await built.close()


async def _trip(services: Services) -> tuple[str, str]:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    return created.traveler.id, itinerary.id


def _turn(user: str, itinerary: str, text: str | None = None, **extra: object) -> Turn:
    return Turn(
        conversation_key=f"test:{user}", user_id=user, itinerary_id=itinerary, text=text, **extra
    )  # type: ignore[arg-type]


async def _version(services: Services, itinerary_id: str) -> int:
    async with services.sessions() as session:
        return (await ItineraryService(session, services.clock).get(itinerary_id)).version


async def test_restart_between_cards_and_choice_still_applies(
    settings: Settings, clock: FakeClock
) -> None:
    first = await _services(settings, clock)
    user, itinerary = await _trip(first)
    cards = await first.orchestrator.handle(_turn(user, itinerary, "add a sushi place on day 2"))
    assert cards.response.type is ResponseType.NEEDS_SELECTION
    second_name = cards.response.data["candidates"][1]["name"]  # type: ignore[index]
    await first.close()

    restarted = await _services(settings, clock)
    try:
        done = await restarted.orchestrator.handle(_turn(user, itinerary, "the second one"))
        assert done.response.type is ResponseType.COMPLETE
        assert second_name in done.response.message
    finally:
        await restarted.close()


async def test_two_concurrent_answers_apply_once(settings: Settings, clock: FakeClock) -> None:
    # Two instances (two orchestrators, so no shared in-process lock) answer the same prompt.
    one = await _services(settings, clock)
    two = await _services(settings, clock)
    try:
        user, itinerary = await _trip(one)
        cards = await one.orchestrator.handle(_turn(user, itinerary, "add a sushi place on day 2"))
        prompt_id = cards.response.prompt_id
        before = await _version(one, itinerary)
        results = await asyncio.gather(
            one.orchestrator.handle(_turn(user, itinerary, selected_index=0, prompt_id=prompt_id)),
            two.orchestrator.handle(_turn(user, itinerary, selected_index=1, prompt_id=prompt_id)),
        )
        kinds = sorted(r.response.type.value for r in results)
        assert kinds == ["COMPLETE", "ERROR"]
        assert await _version(one, itinerary) == before + 1
    finally:
        await one.close()
        await two.close()


async def test_double_tap_in_one_instance_applies_once(services: Services) -> None:
    user, itinerary = await _trip(services)
    cards = await services.orchestrator.handle(_turn(user, itinerary, "add a sushi place on day 2"))
    before = await _version(services, itinerary)
    tap = _turn(user, itinerary, selected_index=2, prompt_id=cards.response.prompt_id)
    results = await asyncio.gather(*(services.orchestrator.handle(tap) for _ in range(3)))
    assert [r.response.type for r in results].count(ResponseType.COMPLETE) == 1
    assert await _version(services, itinerary) == before + 1


async def test_expired_prompt_changes_nothing(services: Services, clock: FakeClock) -> None:
    user, itinerary = await _trip(services)
    await services.orchestrator.handle(_turn(user, itinerary, "add a sushi place on day 2"))
    before = await _version(services, itinerary)
    clock.advance(minutes=6)
    by_index = await services.orchestrator.handle(_turn(user, itinerary, selected_index=0))
    by_text = await services.orchestrator.handle(_turn(user, itinerary, "the second one"))
    for outcome in (by_index, by_text):
        assert outcome.response.type is ResponseType.ERROR
        assert "expired" in outcome.response.message
    assert await _version(services, itinerary) == before


async def test_foreign_prompt_token_is_refused(services: Services) -> None:
    owner, itinerary = await _trip(services)
    other, other_itinerary = await _trip(services)
    cards = await services.orchestrator.handle(
        _turn(owner, itinerary, "add a sushi place on day 2")
    )
    stolen = await services.orchestrator.handle(
        _turn(other, other_itinerary, selected_index=0, prompt_id=cards.response.prompt_id)
    )
    assert stolen.response.type is ResponseType.ERROR
    # The owner can still answer: the foreign tap consumed nothing.
    mine = await services.orchestrator.handle(_turn(owner, itinerary, selected_index=0))
    assert mine.response.type is ResponseType.COMPLETE


async def test_a_new_question_replaces_the_old_buttons(services: Services) -> None:
    user, itinerary = await _trip(services)
    old = await services.orchestrator.handle(_turn(user, itinerary, "add a sushi place on day 2"))
    await services.orchestrator.handle(_turn(user, itinerary, "clear day 3"))
    stale = await services.orchestrator.handle(
        _turn(user, itinerary, selected_index=0, prompt_id=old.response.prompt_id)
    )
    assert stale.response.type is ResponseType.ERROR
    assert "replaced" in stale.response.message


async def test_confirmation_against_a_changed_trip_is_refused(services: Services) -> None:
    user, itinerary = await _trip(services)
    ask = await services.orchestrator.handle(_turn(user, itinerary, "clear day 3"))
    assert ask.response.type is ResponseType.NEEDS_CONFIRMATION
    # Another channel changes the trip while the question is open.
    other = Turn(
        conversation_key="other",
        user_id=user,
        itinerary_id=itinerary,
        text="add Sushi Zen restaurant on day 1",
    )
    assert (await services.orchestrator.handle(other)).response.type is ResponseType.COMPLETE
    before = await _version(services, itinerary)
    answer = await services.orchestrator.handle(_turn(user, itinerary, "yes"))
    assert answer.response.type is ResponseType.ERROR
    assert "changed" in answer.response.message
    assert await _version(services, itinerary) == before


async def test_sentence_with_a_number_is_a_new_turn_not_a_choice(services: Services) -> None:
    user, itinerary = await _trip(services)
    await services.orchestrator.handle(_turn(user, itinerary, "add a sushi place on day 2"))
    before = await _version(services, itinerary)
    outcome = await services.orchestrator.handle(_turn(user, itinerary, "I have 2 kids"))
    assert outcome.response.type is ResponseType.NEEDS_INPUT
    assert await _version(services, itinerary) == before
    # The cards are still open afterwards.
    chosen = await services.orchestrator.handle(_turn(user, itinerary, "2"))
    assert chosen.response.type is ResponseType.COMPLETE


async def test_undo_reverts_the_last_change_as_a_new_version(services: Services) -> None:
    user, itinerary = await _trip(services)
    added = await services.orchestrator.handle(
        _turn(user, itinerary, "add Sushi Zen restaurant on day 2")
    )
    assert added.response.type is ResponseType.COMPLETE
    undone = await services.orchestrator.handle(_turn(user, itinerary, "undo"))
    assert undone.response.type is ResponseType.COMPLETE
    assert "Sushi Zen" in undone.response.message
    async with services.sessions() as session:
        view = await ItineraryService(session, services.clock).get(itinerary)
    assert view.version == 3
    assert "Sushi Zen" not in [n.title for n in view.days[1].nodes]
    nothing = await services.orchestrator.handle(_turn(user, itinerary, "undo"))
    assert "nothing to undo" in nothing.response.message


class CapturingClassifier:
    """A fallback classifier that records what it was given and cannot tell."""

    def __init__(self) -> None:
        self.contexts: list[str] = []

    async def classify(self, text: str, *, user_id: str, context: str):  # type: ignore[no-untyped-def]
        from core.orchestrator import Classification

        self.contexts.append(context)
        return Classification(None)


async def test_fallback_gets_trip_and_chat_context_and_only_for_unclear_turns(
    settings: Settings, clock: FakeClock
) -> None:
    from core.orchestrator import Orchestrator

    services = await _services(settings, clock)
    fake = CapturingClassifier()
    orchestrator = Orchestrator(
        services.sessions, services.places, clock, services.events, classifier=fake
    )
    try:
        user, itinerary = await _trip(services)
        await orchestrator.handle(_turn(user, itinerary, "add Sushi Zen restaurant on day 2"))
        assert fake.contexts == []  # the rules understood it: no LLM call
        unclear = await orchestrator.handle(_turn(user, itinerary, "hmm, thoughts on the vibe?"))
        assert unclear.response.type is ResponseType.NEEDS_INPUT
        (context,) = fake.contexts
        assert "Trip to Hadibo, 3 days." in context
        assert "Sushi Zen" in context  # the trip and the last messages are both there
        assert "traveler: add Sushi Zen restaurant on day 2" in context
    finally:
        await services.close()

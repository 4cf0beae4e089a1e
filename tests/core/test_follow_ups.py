"""Typed follow-ups: prompts stored by the previous version still parse, and still resume."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any, get_args

import pytest

from bots.container import Services
from core.follow_ups import (
    AddAt,
    AddPlace,
    ApplyChange,
    AskFill,
    BookingCancel,
    BookingCreate,
    BookingNode,
    BookingParty,
    EditorFillDay,
    EditorFillNode,
    ExplainWhich,
    FollowUp,
    FollowUpError,
    FollowUpModel,
    Relink,
    ReplacePlace,
    TripFill,
    parse_follow_up,
)
from core.intents.model import Intent, ParsedTurn
from core.operations import pending
from core.orchestrator import Turn
from core.protocol import ResponseType
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService
from core.storage.models import PendingPrompt

OLD: dict[str, dict[str, Any]] = {
    name: row
    for name, row in json.loads(
        (Path(__file__).parent / "old_prompts.json").read_text(encoding="utf-8")
    ).items()
    if not name.startswith("_")
}

EXPECTED: dict[str, type[FollowUpModel]] = {
    "booking_cancel": BookingCancel,
    "booking_create": BookingCreate,
    "booking_node": BookingNode,
    "booking_party": BookingParty,
    "editor_add_at_again": AddAt,
    "editor_add_at_clash": AddAt,
    "editor_add_place": AddPlace,
    "editor_add_place_then": AddPlace,
    "editor_apply": ApplyChange,
    "editor_fill_day": EditorFillDay,
    "editor_fill_node": EditorFillNode,
    "editor_replace_place": ReplacePlace,
    "explain_which": ExplainWhich,
    "relink": Relink,
    "trip_apply": ApplyChange,
    "trip_fill_day": TripFill,
}


# Follow-ups added after the capture: no earlier version stored them, so there is no old row.
NEWER: frozenset[type[FollowUpModel]] = frozenset({AskFill})


def test_every_captured_kind_is_checked() -> None:
    assert sorted(OLD) == sorted(EXPECTED)
    members = {get_args(member)[0] for member in get_args(get_args(FollowUp)[0])}
    assert set(EXPECTED.values()) | NEWER == members  # every older follow-up has a sample


@pytest.mark.parametrize("slot", ["query", "target", "to_day"])
def test_a_question_asked_in_words_is_stored_and_read_back(slot: str) -> None:
    asked = AskFill(slot=slot, turn=ParsedTurn(intent=Intent.BOOK))  # type: ignore[arg-type]
    stored = json.loads(json.dumps(asked.stored()))
    assert stored["agent"] == "ask"
    assert parse_follow_up(stored) == asked


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_payload_stored_by_the_previous_version_parses(name: str) -> None:
    follow_up = parse_follow_up(OLD[name]["payload"])
    assert type(follow_up) is EXPECTED[name]
    # Stored again, it reads back as the same follow-up.
    assert parse_follow_up(json.loads(json.dumps(follow_up.stored()))) == follow_up


def test_the_old_payloads_keep_their_meaning() -> None:
    apply = parse_follow_up(OLD["trip_apply"]["payload"])
    assert isinstance(apply, ApplyChange)
    assert apply.agent == "trip"
    assert apply.expected_version == OLD["trip_apply"]["payload"]["expectedVersion"]
    editor_apply = parse_follow_up(OLD["editor_apply"]["payload"])
    assert isinstance(editor_apply, ApplyChange)
    assert editor_apply.agent == "editor"  # stored without an agent: the editor's
    clash = parse_follow_up(OLD["editor_add_at_clash"]["payload"])
    assert isinstance(clash, AddAt)
    assert len(clash.times) == 2
    assert clash.candidate.name == "Sushi Zen"
    relink = parse_follow_up(OLD["relink"]["payload"])
    assert isinstance(relink, Relink)
    assert (relink.channel, relink.external_user_id, relink.chat_id) == ("telegram", "42", "-100")
    held = OLD["editor_add_place_then"]["payload"]
    assert [op.intent for op in pending(held)] == [Intent.REMOVE]


def test_a_trip_fill_of_the_second_day_parses() -> None:
    stored = {**OLD["trip_fill_day"]["payload"], "slot": "to_day"}
    follow_up = parse_follow_up(stored)
    assert isinstance(follow_up, TripFill)
    assert follow_up.slot == "to_day"


@pytest.mark.parametrize(
    "stored",
    [
        {},
        {"action": "teleport"},
        {"agent": "booking", "action": "party"},  # no turn
        {"agent": "oracle", "turn": {}},
        {"action": "fill", "slot": "mood", "turn": {"intent": "add"}, "values": [1]},
        {"action": "apply", "changeset": {"ops": [], "summary": ""}},
    ],
)
def test_a_payload_no_version_wrote_is_refused_clearly(stored: dict[str, Any]) -> None:
    with pytest.raises(FollowUpError):
        parse_follow_up(stored)


# --- resuming old rows through the orchestrator ----------------------------------------------


async def _trip(services: Services) -> tuple[str, str]:
    assert services.demo_places is not None
    async with services.sessions() as session, session.begin():
        created, itinerary = await create_demo_trip(session, services.demo_places, services.clock)
    return created.traveler.id, itinerary.id


async def _store_old(services: Services, user: str, itinerary: str, name: str) -> str:
    """A prompt row exactly as the previous version left it in the database."""
    now = services.clock.now()
    row = PendingPrompt(
        id=f"old{name[:5]}",
        conversation_key=f"test:{user}",
        user_id=user,
        itinerary_id=itinerary,
        kind=OLD[name]["kind"],
        payload=OLD[name]["payload"],
        status="open",
        created_at=now,
        expires_at=now + timedelta(minutes=5),
    )
    async with services.sessions() as session, session.begin():
        session.add(row)
    return row.id


async def _titles(services: Services, itinerary: str, day: int) -> list[str]:
    async with services.sessions() as session:
        view = await ItineraryService(session, services.clock).get(itinerary)
    return [node.title for node in view.days[day - 1].nodes]


def _say(user: str, itinerary: str, text: str) -> Turn:
    return Turn(
        conversation_key=f"test:{user}",
        user_id=user,
        itinerary_id=itinerary,
        text=text,
        actor=f"test:{user}",
    )


async def test_an_old_which_day_question_resumes_after_the_upgrade(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _store_old(services, user, itinerary, "editor_fill_day")
    outcome = await services.orchestrator.handle(_say(user, itinerary, "2"))
    assert outcome.response.type is ResponseType.COMPLETE, outcome.response.message
    assert "Sushi Zen" in await _titles(services, itinerary, 2)


async def test_old_place_cards_with_held_back_operations_resume(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _store_old(services, user, itinerary, "editor_add_place_then")
    chosen = OLD["editor_add_place_then"]["payload"]["candidates"][0]["name"]
    prompt_id = f"old{'editor_add_place_then'[:5]}"
    outcome = await services.orchestrator.handle(
        Turn(
            conversation_key=f"test:{user}",
            user_id=user,
            itinerary_id=itinerary,
            selected_index=0,
            prompt_id=prompt_id,
            actor=f"test:{user}",
        )
    )
    assert outcome.response.type is not ResponseType.ERROR, outcome.response.message
    assert chosen in await _titles(services, itinerary, 2)
    assert outcome.response.message.count("\n") >= 1  # the held-back removal ran too


async def test_an_old_trip_question_resumes_after_the_upgrade(services: Services) -> None:
    user, itinerary = await _trip(services)
    await _store_old(services, user, itinerary, "trip_fill_day")
    outcome = await services.orchestrator.handle(_say(user, itinerary, "1"))
    assert outcome.intent == "choice"
    assert outcome.response.type in {ResponseType.COMPLETE, ResponseType.NEEDS_CONFIRMATION}


async def test_an_unreadable_prompt_is_closed_not_a_crash(services: Services) -> None:
    user, itinerary = await _trip(services)
    now = services.clock.now()
    async with services.sessions() as session, session.begin():
        session.add(
            PendingPrompt(
                id="garbled1",
                conversation_key=f"test:{user}",
                user_id=user,
                itinerary_id=itinerary,
                kind="selection",
                payload={"action": "teleport", "labels": ["Mars", "Venus"]},
                status="open",
                created_at=now,
                expires_at=now + timedelta(minutes=5),
            )
        )
    outcome = await services.orchestrator.handle(_say(user, itinerary, "2"))
    assert outcome.response.type is ResponseType.ERROR
    assert outcome.response.message  # the catalog's "already answered" text, not a traceback


async def test_the_dispatch_table_continues_every_follow_up(services: Services) -> None:
    members = {get_args(member)[0] for member in get_args(get_args(FollowUp)[0])}
    assert services.orchestrator._follow_ups.kinds == members

"""Runs corpus cases in-process: services on a temporary SQLite file, FakeClock, demo places.

No LLM key, no Google key, no channel credentials: only the rules and the demo dataset answer.
Every case gets its own traveler and trip, so cases never see each other's state.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from bench.understanding_corpus.context import Ctx, name_of, new_items, options
from bench.understanding_corpus.fixtures import TRIPS
from bench.understanding_corpus.language import LanguageJudge
from bench.understanding_corpus.places import PlaceIndex
from bench.understanding_corpus.spec import Case
from bots.container import Services, build_services
from core.config import Settings
from core.domain.itinerary import Node, NodeType, PlaceSnapshot
from core.messages import CATALOG
from core.protocol import AgentResponse
from core.services.demo_seed import create_demo_trip
from core.services.itinerary import ItineraryService, ItineraryView
from core.services.places.demo import DemoPlacesProvider
from core.services.travelers import TravelerService
from core.storage.db import upgrade_schema
from core.storage.models import BookingRequest, Lead, Traveler
from core.turns import Turn
from tests.fakes.clock import FakeClock

_MEAL_TYPES = {"restaurant", "cafe", "bakery"}
_NODE_TYPES = {"lodging": NodeType.LODGING, "transit_station": NodeType.TRANSPORT}


@dataclass
class TurnRecord:
    """What one sent turn got."""

    text: str
    type: str
    message: str
    reasons: list[str]


@dataclass
class CaseResult:
    """A case's outcome: passed when every turn's and the final expectations held."""

    case: Case
    reasons: list[str] = field(default_factory=list)
    turns: list[TurnRecord] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """No expectation failed."""
        return not self.reasons


class Harness:
    """Owns the services for a run; `run_case` plays one case from a fresh trip."""

    def __init__(
        self, services: Services, clock: FakeClock, workdir: tempfile.TemporaryDirectory[str]
    ) -> None:
        self.services = services
        self.clock = clock
        self._workdir = workdir
        self.places = PlaceIndex()
        self.judge = LanguageJudge(CATALOG, [*self.places.data_texts, *self.places.names])

    @classmethod
    async def start(cls) -> Harness:
        """Services on a throwaway SQLite database at the migrations' head."""
        workdir = tempfile.TemporaryDirectory(prefix="understanding-")
        settings = Settings(
            _env_file=None,
            database_url=f"sqlite+aiosqlite:///{Path(workdir.name) / 'bench.db'}",
            run_jobs_in_web=False,
            enrichment_queue_workers=0,
            google_places_api_key=None,
            anthropic_api_key=None,
            xai_api_key=None,
            telegram_bot_token=None,
            slack_bot_token=None,
            slack_signing_secret=None,
            twilio_account_sid=None,
            twilio_auth_token=None,
            slack_leads_channel=None,
        )
        clock = FakeClock()
        services = build_services(settings, clock)
        await upgrade_schema(services.engine)
        return cls(services, clock, workdir)

    async def close(self) -> None:
        """Release the services and delete the database."""
        await self.services.close()
        self._workdir.cleanup()

    async def _trip(self, case: Case) -> tuple[str, str]:
        places = self._demo()
        async with self.services.sessions() as session, session.begin():
            if case.trip == "hadibo":
                created, view = await create_demo_trip(session, places, self.clock)
                user_id = created.traveler.id
                await session.execute(
                    update(Traveler).where(Traveler.id == user_id).values(locale=case.locale)
                )
                return user_id, view.id
            fixture = TRIPS[case.trip]
            made = await TravelerService(session, self.clock).create(
                "Bench traveler", case.locale, fixture.timezone, is_demo=True
            )
            nodes: dict[int, list[Node]] = {}
            for number, items in enumerate(fixture.days, start=1):
                for time, what in items:
                    nodes.setdefault(number, []).append(self._node(time, what))
            start = self.clock.now().date() + timedelta(days=fixture.start)
            view = await ItineraryService(session, self.clock).create(
                made.traveler.id, fixture.destination, start, len(fixture.days), nodes
            )
            return made.traveler.id, view.id

    def _demo(self) -> DemoPlacesProvider:
        places = self.services.demo_places
        if places is None:  # only when a Google key is configured, which start() rules out
            raise RuntimeError("the understanding bench needs the demo places")
        return places

    def _node(self, time: str, what: str) -> Node:
        places = self._demo()
        if not what.startswith("demo-"):
            return Node(title=what, type=NodeType.MEAL, time=time)
        candidate = places.place(what)
        if candidate is None:
            raise KeyError(what)
        kinds = set(candidate.types)
        node_type = NodeType.MEAL if kinds & _MEAL_TYPES else NodeType.ATTRACTION
        node_type = next((t for k, t in _NODE_TYPES.items() if k in kinds), node_type)
        return Node(
            title=candidate.name,
            type=node_type,
            time=time,
            place_id=candidate.place_id,
            place=PlaceSnapshot.from_candidate(candidate),
        )

    async def _view(self, itinerary_id: str) -> ItineraryView:
        async with self.services.sessions() as session:
            return await ItineraryService(session, self.clock).get(itinerary_id)

    async def _records(self, user_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        async with self.services.sessions() as session:
            bookings = await session.scalars(
                select(BookingRequest).where(BookingRequest.user_id == user_id)
            )
            leads = await session.scalars(select(Lead).where(Lead.traveler_id == user_id))
            return (
                [
                    {"place_name": b.place_name, "party_size": b.party_size, "time": b.time}
                    for b in bookings
                ],
                [{"market": lead.market, "interests": lead.interests} for lead in leads],
            )

    def _language(
        self, response: AgentResponse, lang: str, view: ItineraryView, typed: list[str]
    ) -> str | None:
        texts = [response.message, *response.warnings, *response.errors]
        texts += [str(o.get("label", "")) for o in options(response)]
        texts += [str(o.get("description") or "") for o in options(response)]
        meta = response.metadata
        if meta is not None:
            texts.append(meta.action_label or "")
            placeholder = (meta.custom_props or {}).get("placeholder")
            texts.append(str(placeholder or ""))
        titles = [n.title for d in view.days for n in d.nodes] + [view.destination]
        problem = self.judge.problem(texts, lang, titles, typed)
        return f"reply not in {lang}: {problem}" if problem else None

    async def run_case(self, case: Case) -> CaseResult:
        """Play the case from a fresh trip and check every expectation."""
        result = CaseResult(case)
        user_id, itinerary_id = await self._trip(case)
        start = await self._view(itinerary_id)
        before = start
        previous: AgentResponse | None = None
        last_added: str | None = None
        typed: list[str] = []
        history: list[AgentResponse] = []
        for number, step in enumerate(case.steps, start=1):
            text = step.text_after(previous.type.value if previous else None)
            if text is None:
                continue
            typed.append(text)
            outcome = await self.services.orchestrator.handle(
                Turn(
                    conversation_key=f"web:{user_id}:{itinerary_id}",
                    user_id=user_id,
                    itinerary_id=itinerary_id,
                    text=text,
                    locale=case.locale,
                    actor=f"web:{user_id}",
                )
            )
            response = outcome.response
            after = await self._view(itinerary_id)
            bookings, leads = await self._records(user_id)
            ctx = Ctx(
                response,
                before,
                after,
                self.places,
                self.clock.now(),
                previous,
                last_added,
                bookings,
                leads,
            )
            reasons = [r for check in step.expect if (r := check.check(ctx)) is not None]
            lang = case.lang if step.lang is None else step.lang
            if lang and (problem := self._language(response, lang, after, typed)):
                reasons.append(problem)
            result.turns.append(TurnRecord(text, response.type.value, response.message, reasons))
            result.reasons += [f"turn {number} {text!r}: {r}" for r in reasons]
            history.append(response)
            if added := new_items(ctx):
                last_added = name_of(added[-1][1])
            before, previous = after, response
        if case.final and previous is not None:
            bookings, leads = await self._records(user_id)
            ctx = Ctx(
                previous,
                start,
                before,
                self.places,
                self.clock.now(),
                None,
                last_added,
                bookings,
                leads,
                history,
            )
            result.reasons += [
                f"in the end: {r}" for check in case.final if (r := check.check(ctx)) is not None
            ]
        return result

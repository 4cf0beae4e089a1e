"""Leads (DESIGN §9): score a traveler's request against the market's experts, first claim wins.

`claim` is one conditional UPDATE (… WHERE status = 'open'), so two experts pressing Claim at the
same moment can never both own a lead, on SQLite or PostgreSQL, in one process or many.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from typing import Any

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.messages import msg, use_locale
from core.services.intel_items import canonical_market
from core.services.matching import ExpertProfile, LeadNeeds, Match, rank
from core.services.outbox import enqueue_push
from core.storage.models import Expert, ExpertMatchScore, Itinerary, Lead, Traveler
from core.text import fold

OPEN, CLAIMED, EXPIRED = "open", "claimed", "expired"
TOP = 3
# Each lead is a card in front of real people: a traveler asks at most this many times a day.
MAX_LEADS_PER_DAY = 5


class LeadError(Exception):
    """A lead, expert, traveler or itinerary that does not exist."""


class ForeignItineraryError(LeadError):
    """The itinerary named in a lead belongs to another traveler."""


class NotOfferedError(LeadError):
    """The expert was never offered this lead (and did not claim it)."""


def offered_to(lead: Lead, expert_id: str) -> bool:
    """Whether an expert may see and act on a lead: it was offered to them, or they own it.

    An expert who passed keeps access (it was offered to them); an expert of another market
    who only sees the card in a shared channel has none.
    """
    return expert_id == lead.claimed_by or expert_id in {str(x) for x in lead.offered_expert_ids}


class TooManyLeadsError(LeadError):
    """The traveler has asked for experts MAX_LEADS_PER_DAY times in the last 24 hours."""


@dataclass(frozen=True)
class LeadDraft:
    """What a traveler asks for."""

    traveler_id: str
    market: str
    start_date: date | None
    end_date: date | None
    interests: list[str]
    budget: int | None
    languages: list[str]
    message: str
    itinerary_id: str | None = None


@dataclass(frozen=True)
class RankedExpert:
    """One offered expert and their match."""

    expert: Expert
    match: Match


@dataclass(frozen=True)
class CreatedLead:
    """A stored lead and the experts it is offered to (best first)."""

    lead: Lead
    offered: list[RankedExpert]
    traveler_name: str


@dataclass(frozen=True)
class ClaimResult:
    """Whether this claim won, and who owns the lead now."""

    won: bool
    owner_name: str | None
    owner_id: str | None = None


def profile(expert: Expert) -> ExpertProfile:
    """The matching view of an expert row."""
    return ExpertProfile(
        id=expert.id,
        name=expert.name,
        specialties=[str(s) for s in expert.specialties],
        languages=[str(x) for x in expert.languages],
        price_min=expert.price_min,
        price_max=expert.price_max,
        rating=expert.rating,
        review_count=expert.review_count,
        median_response_minutes=expert.median_response_minutes,
    )


def needs(lead: Lead) -> LeadNeeds:
    """The matching view of a lead row."""
    return LeadNeeds(
        interests=[str(i) for i in lead.interests],
        budget=lead.budget,
        languages=[str(x) for x in lead.languages],
    )


def demo_experts() -> tuple[str, list[dict[str, Any]]]:
    """The labeled demo experts (notice, rows) from core/data/demo_experts.json."""
    text = resources.files("core.data").joinpath("demo_experts.json").read_text(encoding="utf-8")
    document = json.loads(text)
    return str(document["notice"]), list(document["experts"])


def first_name(name: str) -> str:
    """'Sarah Miller' → 'Sarah' (the card shows no more of a traveler's name)."""
    return (name.split() or ["Traveler"])[0]


def proposal_draft(lead: Lead, expert: Expert, traveler_name: str) -> str:
    """A ready-to-edit proposal from the expert to the traveler (template; no LLM needed)."""
    dates = _dates(lead)
    interests = ", ".join(str(i) for i in lead.interests) or "the highlights"
    overlap = [
        str(i)
        for i in lead.interests
        if any(
            fold(str(i)) in fold(str(s)) or fold(str(s)) in fold(str(i)) for s in expert.specialties
        )
    ]
    strengths = ", ".join(overlap) if overlap else ", ".join(str(s) for s in expert.specialties[:2])
    budget = f" within your ${lead.budget} budget" if lead.budget is not None else ""
    languages = ", ".join(str(x) for x in expert.languages)
    return (
        f"Hi {first_name(traveler_name)},\n\n"
        f"I'm {expert.name}, a local expert in {lead.market}. I'd love to help with your trip"
        f"{' ' + dates if dates else ''}.\n"
        f"You mentioned {interests}; {strengths} is exactly what I do, and I can put together a "
        f"plan{budget}.\n"
        f"I guide in {languages} and usually reply quickly.\n\n"
        f"Shall we set up a short call to plan the details?\n\n{expert.name}"
    )


def _dates(lead: Lead) -> str:
    if lead.start_date and lead.end_date:
        return f"{lead.start_date.isoformat()} – {lead.end_date.isoformat()}"
    if lead.start_date:
        return f"from {lead.start_date.isoformat()}"
    return ""


class LeadService:
    """Create, offer, claim and pass leads inside the caller's transaction."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def market_experts(self, market: str) -> list[Expert]:
        """Every expert of a market (accents and case ignored)."""
        rows = (await self._session.execute(select(Expert))).scalars().all()
        return [e for e in rows if fold(e.market) == fold(market)]

    async def seed_demo_experts(self, market: str) -> int:
        """Add the labeled demo experts of one market; returns how many were added."""
        _, rows = demo_experts()
        added = 0
        for row in rows:
            if fold(row["market"]) != fold(market):
                continue
            if await self._session.get(Expert, row["id"]) is not None:
                continue
            self._session.add(
                Expert(
                    id=row["id"],
                    name=row["name"],
                    market=row["market"],
                    specialties=row["specialties"],
                    languages=row["languages"],
                    price_min=row["priceMin"],
                    price_max=row["priceMax"],
                    rating=row["rating"],
                    review_count=row["reviewCount"],
                    median_response_minutes=row["medianResponseMinutes"],
                    slack_user_id=None,
                    is_demo=True,
                    created_at=self._clock.now(),
                )
            )
            added += 1
        await self._session.flush()
        return added

    async def create(self, draft: LeadDraft, *, demo: bool = False) -> CreatedLead:
        """Store a lead, score every expert of its market, keep the scores, offer the top 3."""
        traveler = await self._session.get(Traveler, draft.traveler_id)
        if traveler is None:
            raise LeadError(f"No traveler with id {draft.traveler_id!r}.")
        if draft.itinerary_id is not None:
            itinerary = await self._session.get(Itinerary, draft.itinerary_id)
            if itinerary is None:
                raise LeadError(f"No itinerary with id {draft.itinerary_id!r}.")
            if itinerary.user_id != draft.traveler_id:
                raise ForeignItineraryError(draft.itinerary_id)
        recent = await self._session.scalar(
            select(func.count())
            .select_from(Lead)
            .where(
                Lead.traveler_id == draft.traveler_id,
                Lead.created_at > self._clock.now() - timedelta(days=1),
            )
        )
        if (recent or 0) >= MAX_LEADS_PER_DAY:
            raise TooManyLeadsError(draft.traveler_id)
        market = canonical_market(draft.market) or draft.market.strip()
        experts = await self.market_experts(market)
        if not experts and demo:
            await self.seed_demo_experts(market)
            experts = await self.market_experts(market)
        now = self._clock.now()
        lead = Lead(
            id=secrets.token_hex(6),
            traveler_id=draft.traveler_id,
            itinerary_id=draft.itinerary_id,
            market=market,
            start_date=draft.start_date,
            end_date=draft.end_date,
            interests=list(draft.interests),
            budget=draft.budget,
            languages=list(draft.languages),
            message=draft.message,
            status=OPEN,
            slack_posts=[],
            offered_expert_ids=[],
            passed_expert_ids=[],
            last_offered_at=now,
            created_at=now,
        )
        self._session.add(lead)
        await self._session.flush()
        by_id = {e.id: e for e in experts}
        matches = rank(needs(lead), [profile(e) for e in experts])
        for match in matches:
            self._session.add(
                ExpertMatchScore(
                    lead_id=lead.id,
                    expert_id=match.expert_id,
                    score=match.score,
                    tier=match.tier,
                    factors=match.factors_json(),
                    created_at=now,
                )
            )
        offered = [RankedExpert(by_id[m.expert_id], m) for m in matches[:TOP]]
        lead.offered_expert_ids = [r.expert.id for r in offered]
        await self._session.flush()
        return CreatedLead(lead, offered, traveler.name)

    async def get(self, lead_id: str) -> Lead:
        """A lead, or LeadError."""
        lead = await self._session.get(Lead, lead_id)
        if lead is None:
            raise LeadError(f"no lead {lead_id!r}")
        return lead

    async def offered(self, lead: Lead) -> list[RankedExpert]:
        """The experts a lead is offered to now (offered, not passed), best first."""
        ranked = await self.ranking(lead)
        chosen = {str(x) for x in lead.offered_expert_ids} - {
            str(x) for x in lead.passed_expert_ids
        }
        return [r for r in ranked if r.expert.id in chosen]

    async def ranking(self, lead: Lead) -> list[RankedExpert]:
        """Every scored expert of a lead, best first (scores recomputed: matching is pure)."""
        rows = await self._session.execute(
            select(Expert)
            .join(ExpertMatchScore, ExpertMatchScore.expert_id == Expert.id)
            .where(ExpertMatchScore.lead_id == lead.id)
        )
        experts = {e.id: e for e in rows.scalars().all()}
        matches = rank(needs(lead), [profile(e) for e in experts.values()])
        return [RankedExpert(experts[m.expert_id], m) for m in matches]

    async def expert_by_slack_user(self, slack_user_id: str) -> Expert | None:
        """The expert whose Slack user this is."""
        row = await self._session.execute(
            select(Expert).where(Expert.slack_user_id == slack_user_id).limit(1)
        )
        return row.scalars().first()

    async def claim(self, lead_id: str, expert_id: str) -> ClaimResult:
        """First claim wins: one conditional UPDATE; the winner's traveler gets a push.

        Raises:
            LeadError: no such lead or expert.
            NotOfferedError: the lead was never offered to this expert.
        """
        expert = await self._session.get(Expert, expert_id)
        if expert is None:
            raise LeadError(f"no expert {expert_id!r}")
        if not offered_to(await self.get(lead_id), expert_id):
            raise NotOfferedError(lead_id)
        now = self._clock.now()
        result = await self._session.execute(
            update(Lead)
            .where(Lead.id == lead_id, Lead.status == OPEN)
            .values(status=CLAIMED, claimed_by=expert_id, claimed_at=now)
            .execution_options(synchronize_session=False)
        )
        won = isinstance(result, CursorResult) and result.rowcount == 1
        lead = await self.get(lead_id)
        await self._session.refresh(lead)
        if won:
            traveler = await self._session.get(Traveler, lead.traveler_id)
            with use_locale(traveler.locale if traveler else "en"):
                text = msg("lead_claimed", expert=expert.name, market=lead.market)
            await enqueue_push(
                self._session,
                self._clock,
                key=f"lead:{lead_id}:claimed",
                traveler_id=lead.traveler_id,
                kind="lead",
                text=text,
            )
            return ClaimResult(True, expert.name, expert.id)
        owner = await self._session.get(Expert, lead.claimed_by) if lead.claimed_by else None
        return ClaimResult(False, owner.name if owner else None, owner.id if owner else None)

    async def pass_lead(self, lead_id: str, expert_id: str) -> RankedExpert | None:
        """The expert passes: offer the next best expert not offered yet (None: nobody left).

        Raises:
            LeadError: no such lead.
            NotOfferedError: the lead was never offered to this expert.
        """
        lead = await self.get(lead_id)
        if not offered_to(lead, expert_id):
            raise NotOfferedError(lead_id)
        if lead.status != OPEN:
            return None
        return await self.offer_next(lead, passed_by=expert_id)

    async def offer_next(self, lead: Lead, passed_by: str | None = None) -> RankedExpert | None:
        """Offer the lead to the best expert it was never offered to (None: nobody left)."""
        if passed_by is not None and passed_by not in lead.passed_expert_ids:
            lead.passed_expert_ids = [*lead.passed_expert_ids, passed_by]
        seen = {str(x) for x in lead.offered_expert_ids} | {str(x) for x in lead.passed_expert_ids}
        nxt = next((r for r in await self.ranking(lead) if r.expert.id not in seen), None)
        if nxt is not None:
            lead.offered_expert_ids = [*lead.offered_expert_ids, nxt.expert.id]
        lead.last_offered_at = self._clock.now()
        await self._session.flush()
        return nxt

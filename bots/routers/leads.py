"""Leads (travelers ask for a local expert) and the operator's expert directory (DESIGN §4, §9)."""

from __future__ import annotations

import logging
import secrets
from typing import Any

from fastapi import APIRouter, status

from bots.deps import AdminOnly, BearerDep, ServicesDep, SessionDep, require_admin_or_traveler
from bots.errors import ApiError
from bots.responses import ERRORS, ExpertOut, LeadCreated
from bots.schemas import ExpertCreate, ExpertUpdate, LeadCreate
from core.services.leads import (
    MAX_LEADS_PER_DAY,
    ForeignItineraryError,
    LeadDraft,
    LeadError,
    LeadService,
    TooManyLeadsError,
)
from core.storage.models import Expert

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["leads"], responses=ERRORS)


def expert_json(expert: Expert) -> dict[str, Any]:
    """An expert as the API shows it."""
    return {
        "id": expert.id,
        "name": expert.name,
        "market": expert.market,
        "specialties": expert.specialties,
        "languages": expert.languages,
        "priceMin": expert.price_min,
        "priceMax": expert.price_max,
        "rating": expert.rating,
        "reviewCount": expert.review_count,
        "medianResponseMinutes": expert.median_response_minutes,
        "slackUserId": expert.slack_user_id,
        "demo": expert.is_demo,
    }


@router.post("/leads", status_code=status.HTTP_201_CREATED, response_model=LeadCreated)
async def create_lead(
    body: LeadCreate, session: SessionDep, services: ServicesDep, credentials: BearerDep
) -> dict[str, Any]:
    """Score the market's experts, keep the top 3 and post the Slack card."""
    await require_admin_or_traveler(
        services, credentials, body.traveler_id, "You can only ask for an expert for yourself."
    )
    draft = LeadDraft(
        traveler_id=body.traveler_id,
        itinerary_id=body.itinerary_id,
        market=body.market,
        start_date=body.start_date,
        end_date=body.end_date,
        interests=[i.strip() for i in body.interests if i.strip()],
        budget=body.budget,
        languages=[x.strip() for x in body.languages if x.strip()],
        message=body.message.strip(),
    )
    try:
        created = await LeadService(session, services.clock).create(
            draft, demo=services.settings.is_demo
        )
    except ForeignItineraryError:
        raise ApiError(403, "forbidden", "That itinerary belongs to another traveler.") from None
    except TooManyLeadsError:
        raise ApiError(
            429,
            "too_many_leads",
            f"At most {MAX_LEADS_PER_DAY} expert requests a day per traveler; try again tomorrow.",
        ) from None
    except LeadError as exc:
        raise ApiError(404, "not_found", str(exc)) from None  # says which id is unknown
    await session.commit()
    posted: list[dict[str, str]] = []
    if services.leads is not None:
        try:
            posted = await services.leads.post_card(created.lead.id)
        except Exception:  # the lead is stored; the SLA job re-posts it
            log.exception("lead %s: Slack card not posted", created.lead.id)
    return {
        "id": created.lead.id,
        "market": created.lead.market,
        "status": created.lead.status,
        "matches": [
            {
                "expertId": r.expert.id,
                "name": r.expert.name,
                "score": r.match.score,
                "tier": r.match.tier,
                "reasons": r.match.reasons,
                "factors": r.match.factors_json(),
                "demo": r.expert.is_demo,
            }
            for r in created.offered
        ],
        "slackPosts": len(posted),
    }


@router.post("/admin/experts", status_code=status.HTTP_201_CREATED, response_model=ExpertOut)
async def create_expert(
    body: ExpertCreate, _admin: AdminOnly, session: SessionDep, services: ServicesDep
) -> dict[str, Any]:
    """Add a local expert."""
    expert = Expert(
        id=secrets.token_hex(8),
        name=body.name.strip(),
        market=body.market.strip(),
        specialties=body.specialties,
        languages=body.languages,
        price_min=body.price_min,
        price_max=body.price_max,
        rating=body.rating,
        review_count=body.review_count,
        median_response_minutes=body.median_response_minutes,
        slack_user_id=body.slack_user_id,
        is_demo=False,
        created_at=services.clock.now(),
    )
    session.add(expert)
    await session.commit()
    return expert_json(expert)


@router.patch("/admin/experts/{expert_id}", response_model=ExpertOut)
async def update_expert(
    expert_id: str, body: ExpertUpdate, _admin: AdminOnly, session: SessionDep
) -> dict[str, Any]:
    """Change some of an expert's fields."""
    expert = await session.get(Expert, expert_id)
    if expert is None:
        raise ApiError(404, "not_found", f"No expert with id {expert_id!r}.")
    for name, value in body.model_dump(exclude_unset=True).items():
        if value is None and name != "slack_user_id":
            raise ApiError(422, "invalid", f"{name} cannot be null.")
        setattr(expert, name, value)
    if expert.price_max < expert.price_min:
        raise ApiError(422, "invalid", "priceMax must not be below priceMin.")
    await session.commit()
    return expert_json(expert)

"""Console routes for leads, experts and destination intelligence (add, expire)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from bots.console_session import CheckedForm, ConsoleRefusal, CurrentOperator
from bots.deps import ServicesDep
from bots.web import console_ops_pages as pages
from core.services import audit, console_ops
from core.services.alerts import alert_travelers
from core.services.intel_items import canonical_market, parse_item
from core.services.intelligence import store_item
from core.storage.models import Lead

router = APIRouter(prefix="/admin", include_in_schema=False)
_NO_STORE = {"Cache-Control": "no-store"}


@router.get("/leads")
async def leads(operator: CurrentOperator, services: ServicesDep) -> Response:
    """Leads (offers, claims, SLA state) and experts."""
    async with services.sessions() as session:
        rows = await console_ops.recent_leads(session)
        experts = await console_ops.experts(session)
    minutes = services.settings.lead_sla_minutes

    def sla(lead: Lead) -> str:
        return console_ops.sla_state(lead, services.clock, minutes)

    return HTMLResponse(pages.leads(operator, rows, experts, sla), headers=_NO_STORE)


@router.get("/intel")
async def intelligence(
    operator: CurrentOperator, services: ServicesDep, notice: str | None = None
) -> Response:
    """Live intelligence items."""
    async with services.sessions() as session:
        items = await console_ops.live_intelligence(session, services.clock)
    return HTMLResponse(pages.intelligence(operator, items, notice), headers=_NO_STORE)


@router.post("/intel")
async def add_safety_update(
    operator: CurrentOperator, services: ServicesDep, form: CheckedForm
) -> Response:
    """Store a safety update typed by an operator; high and critical ones alert at once."""
    market = canonical_market(form.get("market", ""))
    if market is None:
        raise ConsoleRefusal(400, "Pick one of the markets in the list.")
    areas = [a.strip() for a in form.get("areas", "").split(",") if a.strip()][:20]
    raw = {
        "type": "operator_update",
        "severity": form.get("severity", ""),
        "description": form.get("description", ""),
        "areas_affected": areas,
    }
    try:
        item = parse_item("safety", raw)
    except ValidationError:
        raise ConsoleRefusal(400, "A safety update needs a severity and a description.") from None
    async with services.sessions() as session:
        async with session.begin():
            stored = await store_item(session, services.clock, market, item)
            await audit.record(
                session,
                services.clock,
                operator.id,
                "intel_add",
                str(stored.id),
                {"market": market, "severity": raw["severity"]},
            )
        if stored.alert:
            # After the item is committed, so a failure here leaves it for the 5-minute job.
            async with session.begin():
                await alert_travelers(session, services.clock, stored.id)
    return RedirectResponse("/admin/intel?notice=intel_added", 303, headers=_NO_STORE)


@router.post("/intel/{item_id}/expire")
async def expire(
    item_id: int, operator: CurrentOperator, services: ServicesDep, _form: CheckedForm
) -> Response:
    """End an item now."""
    async with services.sessions() as session, session.begin():
        done = await console_ops.expire_item(session, services.clock, item_id)
        if done:
            await audit.record(session, services.clock, operator.id, "intel_expire", str(item_id))
    if not done:
        raise ConsoleRefusal(409, "That item is unknown or already over.")
    return RedirectResponse("/admin/intel?notice=intel_expired", 303, headers=_NO_STORE)


@router.post("/intel/{item_id}/edit")
async def edit(
    item_id: int, operator: CurrentOperator, services: ServicesDep, form: CheckedForm
) -> Response:
    """Change an item's wording or last valid day."""
    raw_date = form.get("valid_until", "").strip()
    try:
        until = date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        raise ConsoleRefusal(400, "Give the last valid day as a date.") from None
    async with services.sessions() as session, session.begin():
        problem = await console_ops.edit_item(
            session,
            services.clock,
            item_id,
            description=form.get("description"),
            valid_until=until,
        )
        if problem is None:
            await audit.record(
                session,
                services.clock,
                operator.id,
                "intel_edit",
                str(item_id),
                {"validUntil": raw_date, "description": form.get("description", "")[:200]},
            )
    if problem is not None:
        raise ConsoleRefusal(409, problem)
    return RedirectResponse("/admin/intel?notice=intel_edited", 303, headers=_NO_STORE)

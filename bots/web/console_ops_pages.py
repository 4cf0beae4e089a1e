"""Console pages of leads, experts and destination intelligence."""

from __future__ import annotations

from collections.abc import Callable

from bots.web.console_layout import csrf_field, layout, table
from bots.web.html import Html, h
from core.services.intel_items import MARKETS
from core.services.operators import OperatorView
from core.storage.models import DestinationIntelligence, Expert, Lead


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if hasattr(value, "strftime") else ""


def leads(
    operator: OperatorView,
    rows: list[Lead],
    experts: list[Expert],
    sla: Callable[[Lead], str],
) -> Html:
    """Leads with their offers, claims and SLA state; the experts they go to."""
    names = {expert.id: expert.name for expert in experts}
    return layout(
        operator,
        "Leads and experts",
        table(
            ("Created", "Market", "Interests", "Offered to", "Claimed by", "SLA"),
            (
                (
                    _when(lead.created_at),
                    lead.market,
                    ", ".join(map(str, lead.interests)),
                    ", ".join(names.get(str(e), str(e)) for e in lead.offered_expert_ids),
                    names.get(lead.claimed_by or "", lead.claimed_by or ""),
                    sla(lead),
                )
                for lead in rows
            ),
            "leads",
        ),
        h("h2", None, "Experts"),
        table(
            ("Name", "Market", "Specialties", "Languages", "Rating", "Slack", "Demo"),
            (
                (
                    e.name,
                    e.market,
                    ", ".join(map(str, e.specialties)),
                    ", ".join(map(str, e.languages)),
                    f"{e.rating:.1f} ({e.review_count})",
                    e.slack_user_id or "",
                    "demo" if e.is_demo else "",
                )
                for e in experts
            ),
            "experts",
        ),
    )


def _summary(item: DestinationIntelligence) -> str:
    data = item.data or {}
    text = data.get("description") or data.get("name") or data.get("summary") or ""
    return str(text)[:300]


def intelligence(
    operator: OperatorView, items: list[DestinationIntelligence], notice: str | None
) -> Html:
    """Live items with Expire, and a form to add a safety update."""
    add = h(
        "form",
        {"method": "post", "action": "/admin/intel", "class_": "stack wide"},
        csrf_field(operator),
        h(
            "label",
            None,
            "Market",
            h("select", {"name": "market"}, [h("option", None, m) for m in MARKETS]),
        ),
        h(
            "label",
            None,
            "Severity",
            h(
                "select",
                {"name": "severity"},
                [h("option", None, s) for s in ("low", "medium", "high", "critical")],
            ),
        ),
        h(
            "label",
            None,
            "What happened",
            h("input", {"name": "description", "required": True, "maxlength": "2000"}),
        ),
        h(
            "label",
            None,
            "Areas (comma separated)",
            h("input", {"name": "areas", "maxlength": "500"}),
        ),
        h("button", {"type": "submit"}, "Add safety update"),
    )
    rows = (
        (
            item.id,
            item.market,
            item.intel_type,
            item.severity or "",
            _summary(item),
            _when(item.valid_until) or "no end",
            h(
                "div",
                {"class_": "actions"},
                h(
                    "form",
                    {
                        "method": "post",
                        "action": f"/admin/intel/{item.id}/edit",
                        "class_": "inline",
                    },
                    csrf_field(operator),
                    h(
                        "input",
                        {
                            "name": "description",
                            "value": _summary(item),
                            "maxlength": "2000",
                            "aria_label": f"Wording of item {item.id}",
                        },
                    ),
                    h(
                        "input",
                        {
                            "type": "date",
                            "name": "valid_until",
                            "aria_label": f"Last valid day of item {item.id}",
                        },
                    ),
                    h("button", {"type": "submit"}, "Save"),
                ),
                h(
                    "form",
                    {
                        "method": "post",
                        "action": f"/admin/intel/{item.id}/expire",
                        "class_": "inline",
                    },
                    csrf_field(operator),
                    h("button", {"type": "submit", "class_": "danger"}, "Expire now"),
                ),
            ),
        )
        for item in items
    )
    return layout(
        operator,
        "Destination intelligence",
        table(("Id", "Market", "Type", "Severity", "Item", "Valid until", ""), rows, "intel"),
        h("h2", None, "Add a safety update"),
        h("p", None, "High and critical updates alert the travelers affected at once."),
        add,
        notice=notice,
    )

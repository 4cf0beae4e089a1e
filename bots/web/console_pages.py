"""Console pages of the service's state: health, booking requests, the outbox."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bots.web.console_layout import csrf_field, layout, table, when
from bots.web.html import Html, h
from core.services.console_queries import Health
from core.services.operators import OperatorView
from core.storage.console_models import OperatorAudit
from core.storage.models import BookingRequest, OutboxMessage


def home(operator: OperatorView, health: Health, audit: list[OperatorAudit]) -> Html:
    """The health summary and the latest operator actions."""
    outbox = ", ".join(f"{status}: {count}" for status, count in sorted(health.outbox.items()))
    return layout(
        operator,
        "Health",
        h(
            "dl",
            {"class_": "figures"},
            h("dt", None, "Travelers"),
            h("dd", None, health.travelers),
            h("dt", None, "Bookings waiting for review"),
            h(
                "dd",
                None,
                h("a", {"href": "/admin/bookings?status=pending_review"}, health.pending_bookings),
            ),
            h("dt", None, "Outbox"),
            h("dd", None, outbox or "empty"),
            h("dt", None, "Checked"),
            h("dd", None, when(health.checked_at)),
        ),
        h("h2", None, "Latest operator actions"),
        table(
            ("When", "Operator", "Action", "Target"),
            ((when(a.created_at), a.operator_id or "", a.action, a.target) for a in audit),
            "audit",
        ),
    )


def _booking_actions(operator: OperatorView, row: BookingRequest) -> Html | str:
    if row.status != "pending_review":
        details = row.details or {}
        return str(details.get("reference") or details.get("reason") or "")
    return h(
        "div",
        {"class_": "actions"},
        h(
            "form",
            {"method": "post", "action": f"/admin/bookings/{row.id}/confirm", "class_": "inline"},
            csrf_field(operator),
            h(
                "input",
                {
                    "name": "reference",
                    "placeholder": "reference",
                    "required": True,
                    "maxlength": "500",
                    "aria_label": "Booking reference",
                },
            ),
            h(
                "input",
                {
                    "name": "note",
                    "placeholder": "note (optional)",
                    "maxlength": "500",
                    "aria_label": "Note to the traveler",
                },
            ),
            h("button", {"type": "submit"}, "Confirm"),
        ),
        h(
            "form",
            {"method": "post", "action": f"/admin/bookings/{row.id}/decline", "class_": "inline"},
            csrf_field(operator),
            h(
                "input",
                {
                    "name": "reason",
                    "placeholder": "reason",
                    "required": True,
                    "maxlength": "500",
                    "aria_label": "Reason for the traveler",
                },
            ),
            h("button", {"type": "submit", "class_": "danger"}, "Decline"),
        ),
    )


def booking_table(operator: OperatorView, rows: list[BookingRequest]) -> Html:
    """Booking requests with Confirm / Decline on the pending ones."""
    return table(
        ("Ref", "Place", "When", "Party", "Status", ""),
        (
            (
                f"B-{b.id}",
                b.place_name,
                " ".join(p for p in (str(b.date or f"day {b.day or '?'}"), b.time or "") if p),
                b.party_size or "",
                b.status,
                _booking_actions(operator, b),
            )
            for b in rows
        ),
        "bookings",
    )


def bookings(
    operator: OperatorView, status: str | None, rows: list[BookingRequest], notice: str | None
) -> Html:
    """Booking requests with Confirm / Decline on the pending ones."""
    filters = h(
        "p",
        {"class_": "filters"},
        [
            h(
                "a",
                {
                    "href": f"/admin/bookings?status={value}" if value else "/admin/bookings",
                    "aria_current": "page" if (status or "") == value else None,
                },
                label,
            )
            for value, label in (
                ("pending_review", "Waiting"),
                ("confirmed", "Confirmed"),
                ("declined", "Declined"),
                ("cancelled", "Cancelled"),
                ("", "All"),
            )
        ],
    )
    return layout(
        operator, "Booking requests", filters, booking_table(operator, rows), notice=notice
    )


def outbox(
    operator: OperatorView,
    counts: dict[str, int],
    dead: list[OutboxMessage],
    held: list[OutboxMessage],
    notice: str | None,
    pending: list[OutboxMessage] | None = None,
) -> Html:
    """Outbox counts, dead letters and held rows, each with Requeue."""

    def rows(messages: list[OutboxMessage]) -> Iterable[Sequence[object]]:
        for m in messages:
            yield (
                m.id,
                m.kind,
                m.traveler_id,
                m.attempts,
                m.last_error or "",
                when(m.created_at),
                h(
                    "form",
                    {
                        "method": "post",
                        "action": f"/admin/outbox/{m.id}/requeue",
                        "class_": "inline",
                    },
                    csrf_field(operator),
                    h("button", {"type": "submit"}, "Requeue"),
                ),
            )

    headers = ("Id", "Kind", "Traveler", "Attempts", "Last error", "Created", "")
    summary = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items()))
    return layout(
        operator,
        "Outbox",
        h("p", {"data_testid": "outbox-counts"}, summary or "empty"),
        h("h2", None, "Pending"),
        table(
            ("Id", "Kind", "Traveler", "Attempts", "Last error", "Due"),
            (
                (
                    m.id,
                    m.kind,
                    m.traveler_id,
                    m.attempts,
                    m.last_error or "",
                    when(m.next_attempt_at),
                )
                for m in pending or []
            ),
            "pending",
        ),
        h("h2", None, "Dead letters"),
        table(headers, rows(dead), "dead-letters"),
        h("h2", None, "Held (waiting for the traveler to write)"),
        table(headers, rows(held), "held"),
        notice=notice,
    )

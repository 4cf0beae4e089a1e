"""The operator console's pages, server-rendered with `bots.web.html` (escaped by construction).

No page has a script: every action is a plain form POST carrying the session's CSRF token.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bots.web.html import Html, document, h
from core.services.console_queries import Health, TravelerFile
from core.services.operators import OperatorView
from core.storage.console_models import OperatorAudit
from core.storage.models import BookingRequest, ChatMessage, OutboxMessage, Traveler

CSS = "/static/console.css"
NAV = (
    ("/admin/home", "Health"),
    ("/admin/travelers", "Travelers"),
    ("/admin/bookings", "Bookings"),
    ("/admin/outbox", "Outbox"),
    ("/admin/leads", "Leads"),
    ("/admin/intel", "Intelligence"),
)
NOTICES = {
    "confirmed": "Booking confirmed; the traveler is told on their channel.",
    "declined": "Booking declined; the traveler is told on their channel.",
    "requeued": "Message requeued; the dispatcher sends it within seconds.",
    "restored": "Version restored as a new version of the trip.",
    "intel_added": "Safety update stored; high and critical ones alert travelers at once.",
    "intel_expired": "Item expired; answers and alerts no longer use it.",
    "intel_edited": "Item saved.",
}


def csrf_field(operator: OperatorView) -> Html:
    """The hidden CSRF field every console form carries."""
    return h("input", {"type": "hidden", "name": "csrf", "value": operator.csrf})


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if hasattr(value, "strftime") else ""


def layout(operator: OperatorView, title: str, *content: object, notice: str | None = None) -> Html:
    """A console page with navigation, the operator's email and the sign-out button."""
    nav = h(
        "nav",
        None,
        [h("a", {"href": href}, label) for href, label in NAV],
        h("span", {"class_": "who", "data_testid": "operator"}, operator.email),
        h(
            "form",
            {"method": "post", "action": "/admin/logout", "class_": "inline"},
            csrf_field(operator),
            h("button", {"type": "submit", "data_testid": "sign-out"}, "Sign out"),
        ),
    )
    shown = NOTICES.get(notice or "")
    return document(
        f"{title} · Traveloure console",
        CSS,
        h("header", None, h("strong", None, "Traveloure console"), nav),
        h(
            "main",
            None,
            h("p", {"class_": "notice", "role": "status"}, shown) if shown else None,
            h("h1", None, title),
            *content,
        ),
    )


def sign_in(nonce: str, problem: str | None = None) -> Html:
    """The email and password form."""
    return document(
        "Sign in · Traveloure console",
        CSS,
        h(
            "main",
            {"class_": "narrow"},
            h("h1", None, "Traveloure console"),
            h("p", {"class_": "problem", "role": "alert"}, problem) if problem else None,
            h(
                "form",
                {"method": "post", "action": "/admin/login", "class_": "stack"},
                h("input", {"type": "hidden", "name": "csrf", "value": nonce}),
                h(
                    "label",
                    None,
                    "Email",
                    h(
                        "input",
                        {
                            "type": "email",
                            "name": "email",
                            "required": True,
                            "autocomplete": "username",
                        },
                    ),
                ),
                h(
                    "label",
                    None,
                    "Password",
                    h(
                        "input",
                        {
                            "type": "password",
                            "name": "password",
                            "required": True,
                            "autocomplete": "current-password",
                        },
                    ),
                ),
                h("button", {"type": "submit"}, "Sign in"),
            ),
        ),
    )


def problem_page(status: int, message: str) -> Html:
    """A refusal, readable, with a way back."""
    return document(
        "Console",
        CSS,
        h(
            "main",
            {"class_": "narrow"},
            h("h1", None, f"{status}"),
            h("p", {"class_": "problem", "role": "alert"}, message),
            h("p", None, h("a", {"href": "/admin"}, "Back to the console")),
        ),
    )


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], testid: str) -> Html:
    """A table of escaped cells."""
    return h(
        "table",
        {"data_testid": testid},
        h("thead", None, h("tr", None, [h("th", None, name) for name in headers])),
        h("tbody", None, [h("tr", None, [h("td", None, cell) for cell in row]) for row in rows]),
    )


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
            h("dd", None, _when(health.checked_at)),
        ),
        h("h2", None, "Latest operator actions"),
        table(
            ("When", "Operator", "Action", "Target"),
            ((_when(a.created_at), a.operator_id or "", a.action, a.target) for a in audit),
            "audit",
        ),
    )


def travelers(operator: OperatorView, query: str, rows: list[Traveler]) -> Html:
    """Search by name, phone or chat id."""
    form = h(
        "form",
        {"method": "get", "action": "/admin/travelers", "class_": "inline", "role": "search"},
        h(
            "input",
            {
                "type": "search",
                "name": "q",
                "value": query,
                "placeholder": "name, phone or chat id",
                "aria_label": "Search travelers",
            },
        ),
        h("button", {"type": "submit"}, "Search"),
    )
    found = table(
        ("Name", "Phone", "Locale", "Since"),
        (
            (
                h("a", {"href": f"/admin/travelers/{t.id}"}, t.name),
                t.phone or "",
                t.locale,
                _when(t.created_at),
            )
            for t in rows
        ),
        "travelers",
    )
    return layout(
        operator, "Travelers", form, found if rows else h("p", None, "No traveler found.")
    )


def traveler(operator: OperatorView, file: TravelerFile) -> Html:
    """One traveler: linked channels with opt-outs, preferences, trips and bookings."""
    t = file.traveler
    quiet = f"{t.quiet_start}–{t.quiet_end}" if t.quiet_start and t.quiet_end else "none"
    return layout(
        operator,
        t.name,
        h(
            "dl",
            {"class_": "figures"},
            h("dt", None, "Id"),
            h("dd", None, t.id),
            h("dt", None, "Locale"),
            h("dd", None, t.locale),
            h("dt", None, "Time zone"),
            h("dd", None, t.timezone),
            h("dt", None, "Quiet hours"),
            h("dd", None, quiet),
            h("dt", None, "Phone"),
            h("dd", None, t.phone or ""),
        ),
        h(
            "p",
            None,
            h(
                "a",
                {"href": f"/admin/travelers/{t.id}/transcript", "data_testid": "transcript-link"},
                "Read the transcript",
            ),
        ),
        h("h2", None, "Linked channels"),
        table(
            ("Channel", "Chat", "Name", "Opted out", "Last message"),
            (
                (
                    c.channel,
                    c.chat_id,
                    c.display_name or "",
                    "yes" if c.opted_out else "no",
                    _when(c.last_inbound_at),
                )
                for c in file.channels
            ),
            "channels",
        ),
        h("h2", None, "Trips"),
        table(
            ("Destination", "Start", "Days", "Version"),
            (
                (
                    h("a", {"href": f"/admin/itineraries/{i.id}"}, i.destination),
                    str(i.start_date or ""),
                    len(i.days),
                    i.version,
                )
                for i in file.itineraries
            ),
            "trips",
        ),
        h("h2", None, "Booking requests"),
        _bookingtable(operator, file.bookings),
    )


def _version_link(line: ChatMessage) -> Html | None:
    if line.to_version is None or line.itinerary_id is None:
        return None
    return h(
        "a",
        {"href": f"/admin/itineraries/{line.itinerary_id}#v{line.to_version}", "class_": "made"},
        f"made version {line.to_version}",
    )


def transcript(operator: OperatorView, who: Traveler, lines: list[ChatMessage]) -> Html:
    """Every channel's messages of one traveler, in order."""
    items = [
        h(
            "li",
            {"class_": f"line {'bot' if line.role != 'traveler' else 'traveler'}"},
            h(
                "span",
                {"class_": "meta"},
                " · ".join(
                    (_when(line.created_at), line.conversation_key.split(":", 1)[0], line.role)
                ),
                h("span", {"class_": "kind", "data_testid": "answer-type"}, line.answer_type)
                if line.answer_type
                else None,
                _version_link(line),
            ),
            h("span", {"class_": "text"}, line.text),
        )
        for line in lines
    ]
    return layout(
        operator,
        f"Transcript of {who.name}",
        h("p", None, h("a", {"href": f"/admin/travelers/{who.id}"}, "Back to the traveler")),
        h("ol", {"class_": "transcript", "data_testid": "transcript"}, items)
        if items
        else h("p", None, "No messages yet."),
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


def _bookingtable(operator: OperatorView, rows: list[BookingRequest]) -> Html:
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
        operator, "Booking requests", filters, _bookingtable(operator, rows), notice=notice
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
                _when(m.created_at),
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
                    _when(m.next_attempt_at),
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

"""The console's frame: layout, navigation, notices, sign-in and refusal pages, tables.

Pages are built with `bots.web.html` (escaped by construction) and carry no script: every action
is a plain form POST carrying the session's CSRF token.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bots.web.html import Html, document, h
from core.services.operators import OperatorView

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


def when(value: object) -> str:
    """A UTC timestamp as operators read it (empty for none)."""
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

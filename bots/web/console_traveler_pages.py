"""Console pages of travelers: search, one traveler's file, the transcript across channels."""

from __future__ import annotations

from bots.web.console_layout import layout, table, when
from bots.web.console_pages import booking_table
from bots.web.html import Html, h
from core.services.console_queries import TravelerFile
from core.services.operators import OperatorView
from core.storage.models import ChatMessage, Traveler


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
                when(t.created_at),
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
                    when(c.last_inbound_at),
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
        booking_table(operator, file.bookings),
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
                    (when(line.created_at), line.conversation_key.split(":", 1)[0], line.role)
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

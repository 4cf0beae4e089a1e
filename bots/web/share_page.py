"""The read-only page of a shared trip: the itinerary by day, readable on a phone."""

from __future__ import annotations

from datetime import timedelta

from babel.dates import format_date

from bots.web.html import Html, document, h
from core.messages import msg, use_locale
from core.services.calendar_export import map_link
from core.services.itinerary import ItineraryView

CSS = "/static/share.css"


def share_page(itinerary: ItineraryView, locale: str, calendar_href: str) -> Html:
    """The trip in the traveler's language; place names and addresses are text, never markup."""
    with use_locale(locale):
        days = []
        for day in itinerary.days:
            on = day.date
            if on is None and itinerary.start_date is not None:
                on = itinerary.start_date + timedelta(days=day.day - 1)
            title = msg("share_page_day", day=day.day)
            if on is not None:
                title += " · " + format_date(on, format="full", locale=locale or "en")
            items = [
                h(
                    "li",
                    {"class_": "item"},
                    h("span", {"class_": "time"}, node.time or "—"),
                    h(
                        "span",
                        {"class_": "what"},
                        h("a", {"href": link, "rel": "noopener noreferrer"}, node.title)
                        if (link := map_link(node)) is not None
                        else node.title,
                        h("small", None, node.place.formatted_address)
                        if node.place is not None and node.place.formatted_address
                        else None,
                    ),
                )
                for node in day.nodes
            ]
            days.append(
                h(
                    "section",
                    {"class_": "day"},
                    h("h2", None, title),
                    h("ol", None, items)
                    if items
                    else h("p", {"class_": "empty"}, msg("share_page_empty_day")),
                )
            )
        return document(
            itinerary.destination,
            CSS,
            h(
                "main",
                None,
                h("h1", None, itinerary.destination),
                h("p", {"class_": "note"}, msg("share_page_note")),
                h(
                    "p",
                    None,
                    h("a", {"href": calendar_href, "class_": "button"}, msg("share_page_calendar")),
                ),
                days,
            ),
            lang=(locale or "en").split("-")[0],
        )

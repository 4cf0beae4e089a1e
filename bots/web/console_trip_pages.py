"""Console pages of one trip: its days now, every version with its diff, and Restore."""

from __future__ import annotations

from typing import Any

from bots.web.console_layout import csrf_field, layout, table
from bots.web.html import Html, h
from core.services.itinerary import ItineraryView
from core.services.operators import OperatorView


def _diff_line(entry: dict[str, Any]) -> str:
    op = str(entry.get("op", "?"))
    rest = ", ".join(f"{key} {value}" for key, value in entry.items() if key != "op")
    return f"{op}: {rest}" if rest else op


def _restore(operator: OperatorView, itinerary_id: str, version: int, current: int) -> Html | str:
    if version >= current:
        return "current"
    return h(
        "form",
        {
            "method": "post",
            "action": f"/admin/itineraries/{itinerary_id}/restore",
            "class_": "inline",
        },
        csrf_field(operator),
        h("input", {"type": "hidden", "name": "version", "value": str(version)}),
        h("button", {"type": "submit"}, f"Restore version {version}"),
    )


def trip(
    operator: OperatorView,
    itinerary: ItineraryView,
    versions: list[dict[str, Any]],
    notice: str | None,
) -> Html:
    """The trip by day, then its history newest first."""
    days = [
        h(
            "li",
            None,
            f"Day {day.day}" + (f" ({day.date})" if day.date else "") + ": ",
            "; ".join(f"{node.time or '—'} {node.title}" for node in day.nodes) or "nothing",
        )
        for day in itinerary.days
    ]
    history = table(
        ("Version", "When", "By", "Summary", "Changes", ""),
        (
            (
                h("span", {"id": f"v{v['version']}"}, v["version"]),
                (v["createdAt"] or "")[:16].replace("T", " "),
                v["actor"],
                v["summary"] + (" (undone)" if v["undone"] else ""),
                h("ul", {"class_": "diff"}, [h("li", None, _diff_line(e)) for e in v["diff"]]),
                _restore(operator, itinerary.id, int(v["version"]), itinerary.version),
            )
            for v in versions
        ),
        "versions",
    )
    return layout(
        operator,
        f"{itinerary.destination} · version {itinerary.version}",
        h("p", None, h("a", {"href": f"/admin/travelers/{itinerary.user_id}"}, "The traveler")),
        h("ol", {"class_": "days", "data_testid": "days"}, days),
        h("h2", None, "Versions"),
        history,
        notice=notice,
    )

"""Read-only answers: what's on a day, the whole trip, help."""

from __future__ import annotations

from datetime import date

from core.agents.base import AgentResult, TurnContext, answer, day_of, resolve_day
from core.domain.itinerary import Day, Node, format_time
from core.locale_format import format_day_date
from core.messages import msg, stop_title
from core.protocol import AgentResponse, DayData, VersionData
from core.services.itinerary import ItineraryView


def _line(node: Node) -> str:
    time = f"{format_time(node.time)} " if node.time else ""
    rating = f" ★{node.place.rating}" if node.place and node.place.rating else ""
    return f"• {time}{stop_title(node.title)}{rating}"


def day_heading(number: int, on: date | None) -> str:
    """'Day 2 · Wed, Jun 11' ('Día 2 · mié, 11 jun'), or just the label for an undated trip."""
    label = msg("day_label", day=number)
    return f"{label} · {format_day_date(on)}" if on else label


def describe_day(day: Day) -> str:
    """A day as chat text."""
    lines = [_line(node) for node in day.nodes] or [msg("day_empty")]
    return "\n".join([day_heading(day.day, day.date), *lines])


def show(ctx: TurnContext, day: int | None) -> AgentResult:
    """COMPLETE with one day, or with the whole trip when no day is named."""
    if day is not None:
        resolved = resolve_day(ctx, day)
        if isinstance(resolved, AgentResult):
            return resolved
        if resolved is not None:
            chosen = day_of(ctx.itinerary.days, resolved)
            return answer(
                AgentResponse.complete(describe_day(chosen), DayData(day=chosen.to_json_dict()))
            )
    header = msg(
        "trip_header", destination=ctx.itinerary.destination, version=ctx.itinerary.version
    )
    text = "\n\n".join([header, *(describe_day(d) for d in ctx.itinerary.days)])
    return answer(AgentResponse.complete(text, VersionData(version=ctx.itinerary.version)))


def help_text() -> AgentResult:
    """What the traveler can say."""
    return answer(AgentResponse.complete(msg("help")))


def trip_context(itinerary: ItineraryView) -> str:
    """A compact description of the trip for an LLM prompt (titles and times only)."""
    lines = [f"Trip to {itinerary.destination}, {len(itinerary.days)} days."]
    for day in itinerary.days:
        items = ", ".join(
            f"{n.time + ' ' if n.time else ''}{n.title} ({n.type.value})" for n in day.nodes
        )
        lines.append(f"Day {day.day}: {items or 'nothing yet'}")
    return "\n".join(lines)

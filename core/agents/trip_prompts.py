"""The questions TripAgent asks (which day; apply this change?), answered back to it."""

from __future__ import annotations

from typing import Literal

from core.agents.base import AgentResult, TurnContext, choose, confirm
from core.domain.changeset import ChangeSet
from core.domain.itinerary import Day, format_time
from core.follow_ups import TripFill
from core.intents.model import ParsedTurn
from core.locale_format import format_day_date
from core.messages import msg
from core.protocol import Option


def day_line(day: Day) -> str:
    """'Day 2: 9:30 AM Kinkaku-ji, 1:00 PM Menya Kurogane' (a preview line)."""
    stops = ", ".join(f"{format_time(n.time)} {n.title}".strip() for n in day.nodes)
    return f"{msg('day_label', day=day.day)}: {stops or msg('day_empty')}"


def ask_day(
    turn: ParsedTurn,
    ctx: TurnContext,
    slot: Literal["day", "to_day"],
    question: str,
    skip: int | None = None,
) -> AgentResult:
    """A NEEDS_SELECTION over the trip's days (but `skip`); the answer fills `slot` of `turn`."""
    days = [day for day in ctx.itinerary.days if day.day != skip]
    options = [
        Option(
            id=str(day.day),
            label=msg("day_label", day=day.day),
            description=format_day_date(day.date) if day.date else None,
        )
        for day in days
    ]
    follow_up = TripFill(slot=slot, turn=turn, values=[day.day for day in days])
    return choose(question, options, follow_up, ctx.prompt_ttl_seconds)


def confirm_change(
    ctx: TurnContext,
    question: str,
    preview: list[str],
    changeset: ChangeSet,
    done: str,
    yes: str,
) -> AgentResult:
    """A NEEDS_CONFIRMATION that applies `changeset` to this exact version on yes."""
    version = ctx.itinerary.version
    ttl = ctx.prompt_ttl_seconds
    return confirm(question, preview, changeset, version, done, yes, ttl, agent="trip")

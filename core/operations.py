"""Running the operations of one message in order and summing them up in one answer.

A question asked by one operation (cards, a confirmation) stops the run; the operations after
it ride along in the prompt's payload ("then") and continue once it is answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Any

from core.agents.base import AgentResult, PromptSpec, TurnContext, answer, error
from core.anchor_time import with_anchor_time
from core.domain.itinerary import Day
from core.domain.placement import slot_meal
from core.earlier_day import on_earlier_day, touched_day
from core.intents.day_sharing import day_said
from core.intents.day_words import EMPTY_DAY
from core.intents.model import Intent, ParsedTurn
from core.messages import msg
from core.protocol import AgentResponse, ChangeData, ResponseType
from core.trip_dates import noted, outside_note, trip_date

Route = Callable[[ParsedTurn, TurnContext], Awaitable[AgentResult]]
MAX_FILLS = 6
THEN = "then"
# Operations for which a day said but not found would widen to the whole trip.
_NEEDS_THE_DAY = frozenset({Intent.REMOVE, Intent.RELAX, Intent.SHOW})


def _needs_the_day(op: ParsedTurn) -> bool:
    """A day said but not in the trip would widen this operation to the whole trip."""
    return op.intent in _NEEDS_THE_DAY or (op.intent is Intent.PLAN and op.day_only)


# Answers that keep their day_ref for the agent (a forecast for "tomorrow" outside the trip).
_KEEPS_DAY_REF = frozenset({Intent.INFO, Intent.SOCIAL})


def with_day(op: ParsedTurn, ctx: TurnContext, today: dt.date) -> ParsedTurn:
    """Turn "tomorrow" / "on Friday" / a date into the trip's day number, when it is in the trip."""
    # A day number past the trip's end stays that number ("quita X del día 9" on a 3-day trip
    # is told there is no day 9), even when the trip holds a 9th: "day 4" on a 3-day trip from
    # the 2nd must not quietly become its last day.
    update: dict[str, int] = {}
    to_day = _trip_day(op.to_day_ref, ctx, today) if op.to_day is None else None
    if to_day is not None:
        update["to_day"] = to_day
    day = _trip_day(op.day_ref, ctx, today) if op.day is None else None
    if day is not None:
        moving = op.intent is Intent.MOVE and op.to_day is None and "to_day" not in update
        # "move the museum to Friday" said as "pasa el museo al viernes"
        update["to_day" if moving else "day"] = day
    return op.model_copy(update=update) if update else op


def _trip_day(ref: str | None, ctx: TurnContext, today: dt.date) -> int | None:
    """The trip's day number for a calendar reference, or None outside the trip."""
    if ref is None:
        return None
    if ref == EMPTY_DAY:  # "move it to our empty day": only when one day is empty
        empty = [d.day for d in ctx.itinerary.days if not d.nodes]
        return empty[0] if len(empty) == 1 else None
    start = ctx.itinerary.start_date
    count = len(ctx.itinerary.days)
    wanted = _date_of(ref, today, start, count)
    if wanted is None or start is None:
        return None
    number = (wanted - start).days + 1
    return number if 1 <= number <= count else None


def _date_of(ref: str, today: dt.date, start: dt.date | None, count: int) -> dt.date | None:
    if ref == "today":
        return today
    if ref == "tomorrow":
        return today + dt.timedelta(days=1)
    if ref.startswith("today+"):
        return today + dt.timedelta(days=int(ref.removeprefix("today+")))
    if ref.startswith("date:"):
        return dt.date.fromisoformat(ref.removeprefix("date:"))
    if ref.startswith(("numdate:", "monthday:00-")):
        return trip_date(ref, start, count)
    if ref.startswith("monthday:"):
        month, day = (int(part) for part in ref.removeprefix("monthday:").split("-"))
        for year in (start or today).year, (start or today).year + 1:
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                return None
            if candidate >= (start or today):
                return candidate
        return None
    if ref.startswith("weekday:"):
        weekday = int(ref.removeprefix("weekday:"))
        # "On Friday" means the trip's Friday when the trip has one, else the next Friday.
        first = start if start is not None and start >= today else today
        days = [first + dt.timedelta(days=n) for n in range(max(count, 7))]
        return next((d for d in days if d.weekday() == weekday), None)
    return None


async def run_operations(
    ops: Sequence[ParsedTurn],
    ctx: TurnContext,
    route: Route,
    today: dt.date,
    after: AgentResult | None = None,
) -> AgentResult:
    """Run operations in order until one asks something; sum up what happened.

    `after` is the answer the operations come after (a prompt's resumed operation): an
    operation that names no day may be about the day it touched (core.earlier_day).
    """
    results: list[AgentResult] = []
    ops = list(ops)
    day = touched_day(after) if after is not None else None
    index = -1
    while (index := index + 1) < len(ops):
        ops[index] = on_earlier_day(ops[index], day, ctx.itinerary.days)
        dated = with_day(ops[index], ctx, today)
        dated = with_anchor_time(dated, ctx.itinerary.days)  # "right after the bamboo grove"
        if dated.intent is Intent.FILL_MEALS and not (dated.day is None and dated.day_ref):
            adds = meal_fills(dated, ctx.itinerary.days)
            if adds:
                ops[index : index + 1] = adds
                dated = with_day(ops[index], ctx, today)
        if dated.intent is Intent.FILL_MEALS and dated.day is None and dated.day_ref:
            # "fill lunch on Sunday" when the trip has no Sunday must not fill every day.
            result = error(msg("day_ref_outside_trip"), msg("day_ref_outside_trip_hint"))
        elif dated.intent is Intent.FILL_MEALS:
            where = (
                msg("no_open_meals_day", day=dated.day)
                if dated.day is not None
                else msg("no_open_meals_trip")
            )
            result = answer(AgentResponse.complete(where))
        elif _needs_the_day(dated) and dated.day is None and dated.day_ref is not None:
            # "clear Thursday" when the trip has no Thursday must not clear the whole trip.
            result = error(msg("day_ref_outside_trip"), msg("day_ref_outside_trip_hint"))
        else:
            result = await route(dated, ctx)
        if (outside := outside_note(dated, ctx.itinerary.days)) is not None:
            result = noted(result, outside)  # "add it on the 20th": the trip's dates, then ask
        rest = ops[index + 1 :]
        if result.prompt is not None and (asked_on := day_said(dated)[0]) is not None:
            # The question's answer will not tell its day to what waits behind it: the day
            # the asking operation said does.
            rest = [on_earlier_day(op, asked_on, ctx.itinerary.days) for op in rest]
        day = touched_day(result, dated) or day
        if result.prompt is not None:
            results.append(carry(result, rest))
            break
        results.append(result)
    return combine(results)


def meal_fills(op: ParsedTurn, days: Sequence[Day]) -> list[ParsedTurn]:
    """One ADD per open meal slot a FILL_MEALS asks for, in trip order (at most MAX_FILLS).

    A meal named on a day with no open slot for it is still added there ("fill in dinner on
    day 2" when day 2 has none): the traveler asked for that meal on that day.
    """
    chosen = [day for day in days if op.day is None or day.day == op.day]
    adds = [
        ParsedTurn(
            intent=Intent.ADD,
            meal=meal,
            day=day.day,
            query=op.query,
            preferences=op.preferences,
        )
        for day in chosen
        for node in day.nodes
        if (meal := slot_meal(node)) is not None and op.meal in {None, meal}
    ]
    if not adds and op.meal is not None and op.day is not None:
        adds = [
            ParsedTurn(
                intent=Intent.ADD,
                meal=op.meal,
                day=op.day,
                query=op.query,
                preferences=op.preferences,
            )
        ]
    return adds[:MAX_FILLS]


def carry(result: AgentResult, rest: Sequence[ParsedTurn]) -> AgentResult:
    """Keep the operations still to run inside the prompt a result opens."""
    if result.prompt is None or not rest:
        return result
    later = [op.model_dump(mode="json") for op in rest]
    payload = {**result.prompt.payload, THEN: [*later, *result.prompt.payload.get(THEN, [])]}
    return replace(result, prompt=PromptSpec(result.prompt.kind, result.prompt.labels, payload))


def pending(payload: dict[str, Any]) -> list[ParsedTurn]:
    """The operations an answered prompt was holding back."""
    return [ParsedTurn.model_validate(op) for op in payload.get(THEN, [])]


def combine(results: Sequence[AgentResult]) -> AgentResult:
    """One answer for several: messages in order, the last question kept, PARTIAL on mixed luck."""
    if len(results) == 1:
        return results[0]
    last = results[-1]
    message = "\n".join(r.response.message for r in results if r.response.message)
    warnings = [w for r in results for w in r.response.warnings]
    errors = [e for r in results for e in r.response.errors]
    events = [e for r in results for e in r.events]
    background = next(
        (r.response.background_task for r in reversed(results) if r.response.background_task),
        None,
    )
    update: dict[str, Any] = {
        "message": message,
        "warnings": list(dict.fromkeys(warnings)),
        "errors": errors,
        "background_task": background,
    }
    if last.prompt is None:
        kinds = {r.response.type for r in results}
        failed = ResponseType.ERROR in kinds
        if failed and kinds != {ResponseType.ERROR}:
            update["type"] = ResponseType.PARTIAL
        elif failed:
            update["type"] = ResponseType.ERROR
        else:
            update["type"] = ResponseType.COMPLETE
        changes = [r.response.data for r in results if isinstance(r.response.data, ChangeData)]
        if changes:
            diff = [entry for data in changes for entry in data.diff]
            update["data"] = ChangeData(to_version=changes[-1].to_version, diff=diff)
    response: AgentResponse = last.response.model_copy(update=update)
    return AgentResult(response, last.prompt, events)

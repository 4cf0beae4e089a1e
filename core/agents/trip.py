"""TripAgent: day- and trip-scoped changes (swap days, add / remove days, start date, relax)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel.dates import format_date

from core.agents.base import (
    AgentResult,
    TurnContext,
    answer,
    apply_or_explain,
    day_of,
    error,
    resolve_day,
)
from core.agents.relax import MAX_VISITS, lighten
from core.agents.trip_prompts import ask_day, confirm_change, day_line
from core.domain.changeset import (
    ChangeOpModel,
    ChangeSet,
    InsertDays,
    RemoveDays,
    RemoveNode,
    RetimeNode,
    SetStartDate,
    SwapDays,
)
from core.domain.itinerary import format_time
from core.follow_ups import TripFill
from core.intents.model import Intent, ParsedTurn
from core.locale_format import format_names
from core.messages import at_time, current_language, msg, use_locale
from core.protocol import AgentResponse
from core.services.itinerary import MAX_TRIP_DAYS
from core.trip_dates import month_day_near

_FILLABLE = frozenset({"day", "to_day"})
# A start date this far back is still accepted: "today" differs by a day across time zones.
_TIMEZONE_SLACK = dt.timedelta(days=1)


def _date(value: dt.date) -> str:
    return format_date(value, "long", locale=current_language())


def _length(days: int) -> str:
    return msg("trip_length", count=days)


def _day_names(numbers: list[int]) -> str:
    return format_names(msg("day_short", day=number) for number in numbers)


def _record(render: Callable[[], str]) -> str:
    """A version's summary, kept in English for the record (travelers read its diff)."""
    with use_locale("en"):
        return render()


def _number(ctx: TurnContext, day: int) -> int | AgentResult:
    """A day the traveler named (negative: the last day), or an ERROR outside the trip."""
    count = len(ctx.itinerary.days)
    number = count if day < 0 else day
    if not 1 <= number <= count:
        return error(msg("no_such_day", count=count, day=day), msg("no_such_day_hint", count=count))
    return number


class TripAgent:
    """Changes the shape of the trip rather than one item."""

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Run one trip-scoped intent."""
        match turn.intent:
            case Intent.SWAP_DAYS:
                return await self._swap(turn, ctx)
            case Intent.ADD_DAYS if turn.trip_days is not None:
                return await self._resize(turn.trip_days, ctx)
            case Intent.ADD_DAYS if turn.end_ref is not None and turn.date is None:
                return await self._end_on_weekday(turn.end_ref, ctx)
            case Intent.ADD_DAYS if turn.date is not None:
                return await self._end_on(_near_end(turn, ctx) or turn.date, ctx)
            case Intent.ADD_DAYS:
                return await self._add_days(turn, ctx)
            case Intent.REMOVE_DAYS:
                return self._remove_days(turn, ctx)
            case Intent.SET_START:
                return await self._set_start(turn, ctx)
            case Intent.RELAX:
                return self._relax(turn, ctx)
            case _:
                text = f"TripAgent cannot handle {turn.intent}"
                raise ValueError(text)

    async def resume(self, chosen: TripFill, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler said which day; the held-back trip change goes on with it."""
        filled = chosen.turn.model_copy(update={chosen.slot: chosen.values[index]})
        return await self.handle(filled, ctx)

    # --- intents -------------------------------------------------------------------------

    async def _swap(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        count = len(ctx.itinerary.days)
        if count < 2:
            return error(msg("trip_swap_one_day"))
        asked_first = turn.day
        if asked_first is None and turn.to_day is not None:
            asked_first = ctx.default_day
        if asked_first is None:
            return ask_day(turn, ctx, "day", msg("trip_swap_which"))
        first = _number(ctx, asked_first)
        if isinstance(first, AgentResult):
            return first
        asked_second = turn.to_day
        if asked_second is None:
            if count > 2:
                asked = turn.model_copy(update={"day": first})
                return ask_day(asked, ctx, "to_day", msg("trip_swap_with", day=first), first)
            asked_second = 2 if first == 1 else 1
        second = _number(ctx, asked_second)
        if isinstance(second, AgentResult):
            return second
        if first == second:
            return error(msg("trip_swap_same", day=first), msg("trip_swap_same_hint"))
        days = ctx.itinerary.days
        if not day_of(days, first).nodes and not day_of(days, second).nodes:
            return answer(
                AgentResponse.complete(msg("trip_swap_nothing", day=first, to_day=second))
            )
        changeset = ChangeSet(
            ops=[SwapDays(day=first, to_day=second)],
            summary=_record(lambda: msg("trip_summary_swap", day=first, to_day=second)),
        )
        done = msg("trip_swapped", day=first, to_day=second)
        return await apply_or_explain(ctx, changeset, ctx.itinerary.version, done)

    async def _resize(self, total: int, ctx: TurnContext) -> AgentResult:
        """The trip made `total` days long ("sea de 4 días"): days added, or removed if asked."""
        current = len(ctx.itinerary.days)
        if total > current:
            return await self._add_days(
                ParsedTurn(intent=Intent.ADD_DAYS, day_count=total - current), ctx
            )
        return self._remove_days(ParsedTurn(intent=Intent.REMOVE_DAYS, trip_days=total), ctx)

    async def _end_on(self, last: dt.date, ctx: TurnContext) -> AgentResult:
        """The trip's last day made `last` ("we fly home on the 12th now"): resized to reach it."""
        start = ctx.itinerary.start_date
        if start is None:
            return await self._resize(len(ctx.itinerary.days), ctx)
        if last < start:
            return error(msg("trip_end_before_start", start=_date(start), date=_date(last)))
        return await self._resize((last - start).days + 1, ctx)

    async def _end_on_weekday(self, ref: str, ctx: TurnContext) -> AgentResult:
        """The trip ending on a weekday ("staying till sunday"): the one nearest its end."""
        start = ctx.itinerary.start_date
        if start is None or not ref.startswith("weekday:"):
            return answer(
                AgentResponse.needs_input(msg("trip_end_ask"), msg("trip_start_placeholder"))
            )
        end = start + dt.timedelta(days=len(ctx.itinerary.days) - 1)
        weekday = int(ref.removeprefix("weekday:"))
        last = next(
            end + dt.timedelta(days=n)
            for n in range(-3, 4)
            if (end + dt.timedelta(days=n)).weekday() == weekday
        )
        return await self._end_on(last, ctx)

    async def _add_days(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        current = len(ctx.itinerary.days)
        count = 1 if turn.day_count is None else turn.day_count
        if count < 1:
            return error(msg("trip_add_count", limit=max(MAX_TRIP_DAYS - current, 1), count=count))
        if current + count > MAX_TRIP_DAYS:
            return error(
                msg("trip_too_long", limit=MAX_TRIP_DAYS, length=_length(current), count=count)
            )
        before = turn.day if turn.day is not None and turn.day > 0 else None
        if before is not None and before > current + 1:
            return error(
                msg("no_such_day", count=current, day=before),
                msg("no_such_day_hint", count=current),
            )
        first_new = before if before is not None else current + 1
        numbers = list(range(first_new, first_new + count))
        changeset = ChangeSet(
            ops=[InsertDays(before=before, count=count)],
            summary=_record(lambda: msg("trip_summary_add", count=count)),
        )
        done = msg(
            "trip_days_added",
            count=count,
            days=_day_names(numbers),
            length=_length(current + count),
        )
        return await apply_or_explain(ctx, changeset, ctx.itinerary.version, done)

    def _removal(self, turn: ParsedTurn, ctx: TurnContext) -> tuple[int, int] | AgentResult:
        """(first day, how many) to remove, or the answer when there is nothing to remove."""
        current = len(ctx.itinerary.days)
        if turn.day is not None:
            first = _number(ctx, turn.day)
            if isinstance(first, AgentResult):
                return first
            return first, turn.day_count or 1
        if turn.trip_days is not None:
            if turn.trip_days == current:
                return answer(
                    AgentResponse.complete(msg("trip_already_length", length=_length(current)))
                )
            if turn.trip_days > current:
                return error(
                    msg(
                        "trip_not_longer",
                        length=_length(current),
                        wanted=_length(turn.trip_days),
                    ),
                    msg("trip_not_longer_hint"),
                )
            count = current - max(turn.trip_days, 0)
            return current - count + 1, count
        if turn.day_count is not None:
            if turn.day_count < 1:
                return error(msg("trip_remove_count", limit=current - 1, count=turn.day_count))
            return current - turn.day_count + 1, turn.day_count
        return ask_day(turn, ctx, "day", msg("trip_remove_which"))

    def _remove_days(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        removal = self._removal(turn, ctx)
        if isinstance(removal, AgentResult):
            return removal
        first, count = removal
        current = len(ctx.itinerary.days)
        if count >= current or first < 1:
            return error(msg("trip_remove_all"))
        last = first + count - 1
        if last > current:
            return error(
                msg("no_such_day", count=current, day=last), msg("no_such_day_hint", count=current)
            )
        numbers = list(range(first, last + 1))
        names = _day_names(numbers)
        changeset = ChangeSet(
            ops=[RemoveDays(day=first, count=count)],
            summary=_record(lambda: msg("trip_summary_remove", days=_day_names(numbers))),
        )
        preview = [day_line(day_of(ctx.itinerary.days, number)) for number in numbers]
        done = msg("trip_removed", days=names, length=_length(current - count))
        question = msg("trip_remove_confirm", count=count, days=names)
        if last < current:
            question = f"{question} {msg('trip_remove_later')}"
        return confirm_change(ctx, question, preview, changeset, done, msg("trip_remove_yes"))

    async def _set_start(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        near = ctx.itinerary.start_date
        start = _weekday_near(turn.day_ref, near) or month_day_near(turn.day_ref, near) or turn.date
        if start is None and turn.shift_days and ctx.itinerary.start_date is not None:
            start = ctx.itinerary.start_date + dt.timedelta(days=turn.shift_days)
        if start is None:
            return answer(
                AgentResponse.needs_input(msg("trip_start_ask"), msg("trip_start_placeholder"))
            )
        if start < ctx.itineraries.today() - _TIMEZONE_SLACK:
            return error(msg("trip_start_past", date=_date(start)), msg("trip_start_past_hint"))
        if start == ctx.itinerary.start_date:
            return answer(AgentResponse.complete(msg("trip_start_same", date=_date(start))))
        end = start + dt.timedelta(days=len(ctx.itinerary.days) - 1)
        changeset = ChangeSet(
            ops=[SetStartDate(date=start)],
            summary=_record(lambda: msg("trip_summary_start", date=_date(start))),
        )
        done = msg("trip_start_set", date=_date(start), end=_date(end))
        return await apply_or_explain(ctx, changeset, ctx.itinerary.version, done)

    def _relax(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        number = resolve_day(ctx, turn.day)
        if isinstance(number, AgentResult):
            return number
        if number is None:
            return ask_day(turn, ctx, "day", msg("trip_relax_which"))
        plan = lighten(day_of(ctx.itinerary.days, number))
        if plan.changes_nothing:
            return answer(
                AgentResponse.complete(msg("trip_relax_already", day=number, visits=MAX_VISITS))
            )
        ops: list[ChangeOpModel] = [RemoveNode(node_id=node.id) for node in plan.dropped]
        ops += [RetimeNode(node_id=node.id, time=time) for node, time in plan.retimed]
        preview = [
            msg(
                "trip_relax_drop",
                name=node.title,
                at=at_time(node.time, format_time(node.time) if node.time else None),
            )
            for node in plan.dropped
        ] + [
            msg(
                "trip_relax_move",
                name=node.title,
                from_time=format_time(node.time),
                to_time=format_time(time),
            )
            for node, time in plan.retimed
        ]
        summary = _record(lambda: msg("trip_summary_relax", day=number))
        changeset = ChangeSet(ops=ops, summary=summary)
        return confirm_change(
            ctx,
            msg("trip_relax_confirm", day=number, visits=MAX_VISITS),
            preview,
            changeset,
            msg("trip_relaxed", day=number),
            msg("trip_relax_yes"),
        )


def _near_end(turn: ParsedTurn, ctx: TurnContext) -> dt.date | None:
    """A new last day said as a day of the month ("till the 12th"): the one nearest the end."""
    start = ctx.itinerary.start_date
    end = None if start is None else start + dt.timedelta(days=len(ctx.itinerary.days) - 1)
    return month_day_near(turn.end_ref, end)


def _weekday_near(ref: str | None, start: dt.date | None) -> dt.date | None:
    """The weekday said for the start, nearest the trip's own start (the later one on a tie).

    "we arrive on Wednesday": the trip's week moves a little, not to the next Wednesday from
    today.
    """
    if start is None or ref is None or not ref.startswith("weekday:"):
        return None
    weekday = int(ref.removeprefix("weekday:"))
    shifts = sorted(range(-6, 7), key=lambda n: (abs(n), -n))
    return next(
        start + dt.timedelta(days=n)
        for n in shifts
        if (start + dt.timedelta(days=n)).weekday() == weekday
    )

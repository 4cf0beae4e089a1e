"""EditorAgent: add / remove / move / replace / retime / undo on a versioned itinerary."""

from __future__ import annotations

from typing import Any

from core.agents.base import (
    THIS_WORDS,
    AgentResult,
    TurnContext,
    answer,
    apply_or_explain,
    ask_in_words,
    changed,
    choose,
    confirm,
    error,
    resolve_day,
)
from core.agents.change_text import describe_change
from core.agents.editor_targets import named_in_any_words, not_namesakes, targets_of
from core.agents.named_list import add_each, named_parts
from core.agents.place_picker import PlacePicker
from core.agents.place_rules import is_vague, strong_match
from core.agents.same_kind import nearer_first, same_kind_wished, wants_closer
from core.agents.search_ladder import Found, Search, search_ladder, widened
from core.agents.unmet_wish import Nearest, nearest_to_wish, worth_a_retry
from core.domain.changeset import ChangeSet, ChangeSetError, MoveNode, RemoveNode, RetimeNode
from core.domain.itinerary import format_time, minutes_of, nearer_half
from core.domain.targeting import Located, existing_items
from core.follow_ups import AddAt, AddPlace, AskFill, EditorFillDay, EditorFillNode, ReplacePlace
from core.intents.day_words import NEXT_DAY, PREVIOUS_DAY
from core.intents.model import Intent, Meal, ParsedTurn, PartOfDay, Target
from core.intents.referents import points_back
from core.locale_format import format_day_date
from core.messages import at_time, msg, where_short
from core.protocol import AgentResponse, Option, PlaceCandidate
from core.services.itinerary import StaleVersionError
from core.text import fold

# A target that is only a pronoun names nothing once the orchestrator found no referent.
_BESIDE = {NEXT_DAY: 1, PREVIOUS_DAY: -1}


def _at(time: str | None) -> str:
    return at_time(time, format_time(time) if time else None)


def _origin(query: str | None, choices: int, index: int, how: str) -> dict[str, Any]:
    """Why a place is on the trip, kept on the node so explanations can cite it."""
    return {"by": "traveler", "how": how, "query": query, "choices": choices, "rank": index + 1}


async def _pointed_at(turn: ParsedTurn, ctx: TurnContext) -> ParsedTurn:
    """'move it to 1pm', 'remove that place': the item the latest change touched."""
    target = turn.target
    if target is None or target.node_id:
        return turn
    if fold(target.text or "") not in THIS_WORDS and not points_back(target.text):
        return turn
    node_id = await ctx.referent_node_id()
    if node_id is None:
        return turn
    return turn.model_copy(update={"target": Target(node_id=node_id), "day": None})


class EditorAgent:
    """Turns edit intents into ChangeSets, asking when something is missing or risky."""

    def __init__(self) -> None:
        self._picker = PlacePicker()

    async def handle(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        """Run one edit intent."""
        match turn.intent:
            case Intent.ADD:
                return await self._add(turn, ctx)
            case Intent.REMOVE:
                return await self._remove(turn, ctx)
            case Intent.MOVE | Intent.RETIME:
                return await self._move(turn, ctx)
            case Intent.REPLACE:
                return await self._replace(turn, ctx)
            case Intent.UNDO:
                return await self._undo(ctx)
            case _:
                msg_text = f"EditorAgent cannot handle {turn.intent}"
                raise ValueError(msg_text)

    async def resume_add_place(self, chosen: AddPlace, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler picked one of the place cards offered for an addition."""
        candidate = chosen.candidates[index]
        day = resolve_day(ctx, chosen.day)
        if not isinstance(day, int):
            return error(msg("stale"))
        origin = _origin(chosen.query, len(chosen.candidates), index, "choice")
        part = PartOfDay(chosen.part) if chosen.part else None
        meal = Meal(chosen.meal) if chosen.meal else None
        return await self._picker.add(ctx, candidate, day, chosen.time, meal, origin, part=part)

    async def resume_add_at(self, chosen: AddAt, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler picked a time for a place whose slot was taken (or said no)."""
        if index >= len(chosen.times):
            return answer(AgentResponse.complete(msg("cancelled")))
        day = resolve_day(ctx, chosen.day)
        if not isinstance(day, int):
            return error(msg("stale"))
        return await self._picker.add(
            ctx,
            chosen.candidate,
            day,
            chosen.times[index],
            Meal(chosen.meal) if chosen.meal else None,
            chosen.origin,
            checked=True,
        )

    async def resume_replace(
        self, chosen: ReplacePlace, index: int, ctx: TurnContext
    ) -> AgentResult:
        """The traveler picked the card that replaces an item."""
        candidate = chosen.candidates[index]
        meal = Meal(chosen.meal) if chosen.meal else None
        origin = _origin(chosen.query, len(chosen.candidates), index, "choice")
        return await self._picker.replace(ctx, chosen.node_id, candidate, meal, origin)

    async def resume_day(self, chosen: EditorFillDay, index: int, ctx: TurnContext) -> AgentResult:
        """The traveler said which day the held-back edit is about."""
        return await self.handle(chosen.turn.model_copy(update={"day": chosen.values[index]}), ctx)

    async def resume_item(
        self, chosen: EditorFillNode, index: int, ctx: TurnContext
    ) -> AgentResult:
        """The traveler said which item the held-back edit is about."""
        turn = chosen.turn
        node_id = chosen.values[index]
        target = turn.target.model_copy(update={"node_id": node_id}) if turn.target else None
        return await self.handle(turn.model_copy(update={"target": target}), ctx)

    def _ask_day(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        options = [
            Option(
                id=str(d.day),
                label=msg("day_label", day=d.day),
                description=format_day_date(d.date) if d.date else None,
            )
            for d in ctx.itinerary.days
        ]
        follow_up = EditorFillDay(turn=turn, values=[d.day for d in ctx.itinerary.days])
        return choose(msg("which_day"), options, follow_up, ctx.prompt_ttl_seconds)

    def _ask_item(self, turn: ParsedTurn, items: list[Located], ctx: TurnContext) -> AgentResult:
        options = [Option(id=item.node.id, label=item.label) for item in items]
        follow_up = EditorFillNode(turn=turn, values=[item.node.id for item in items])
        return choose(msg("which_item"), options, follow_up, ctx.prompt_ttl_seconds)

    async def _add(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        said = turn
        day = resolve_day(ctx, turn.day)
        if isinstance(day, AgentResult):
            return day
        if is_vague(turn.query) and turn.meal is None:
            # "add something": ask what, and read the next message as the answer
            question = f"{msg('vague_place')} {msg('vague_place_hint_1')}"
            return ask_in_words(question, AskFill(slot="query", turn=turn))
        ladder = await search_ladder(
            self._searcher(ctx, day or 1, turn),
            turn.query,
            turn.meal,
            wished=turn.preferences is not None,
        )
        if turn.time is not None or day is not None:
            items = existing_items(ctx.itinerary.days, turn.query, turn.meal, turn.day)
            if not isinstance(ladder, AgentResult):
                items = not_namesakes(items, turn.query, ladder.candidates)
            if not items and day is None and turn.query:
                # "pon el Kiyomizu a las 3": a stop of the trip said by part of its name
                items = named_in_any_words(ctx, turn.query, None, kinds=False)
            if (known := await self._already_there(turn, ctx, day, items)) is not None:
                return known
        if (near := await self._nearest(ctx, day or 1, turn, ladder)) is not None:
            if day is None:
                return self._ask_day(turn, ctx)
            follow_up = AddPlace(
                candidates=near.candidates,
                day=day,
                time=turn.time,
                meal=turn.meal.value if turn.meal else None,
                part=turn.part_of_day.value if turn.part_of_day else None,
                query=near.query or (turn.meal.value if turn.meal else None),
            )
            return self._picker.offer(ctx, follow_up, near.query, turn.meal, note=near.line)
        if isinstance(ladder, AgentResult) or ladder.query != said.query:
            whole = ladder if isinstance(ladder, AgentResult) else ladder.candidates
            if parts := await named_parts(self._picker, ctx, said, day or 1, whole):
                return await add_each(self._add, said, parts, ctx)  # "se cathedral and reis magos"
        if isinstance(ladder, AgentResult):
            return ladder
        if turn.browse:  # "quero opções de lámen ou udon": a choice needs a few to choose from
            ladder = await widened(self._searcher(ctx, day or 1, turn), ladder, turn.meal)
        found, note = ladder.candidates, msg("loosened_search") if ladder.loosened else None
        turn = turn.model_copy(update={"query": ladder.query})
        named = None if turn.browse else strong_match(turn.query or "", found)
        if named is not None:  # the name typed, not merely one result
            items = [
                Located(d.day, n)
                for d in ctx.itinerary.days
                for n in d.nodes
                if n.place_id == named.place_id
            ]
            # "serralves às onze": a place the trip has, said with a time and no day, is retimed
            if (known := await self._already_there(turn, ctx, day, items)) is not None:
                return known
        if day is None:
            return self._ask_day(turn, ctx)
        # Asked for options ("sugiéreme museos"): the traveler chooses, even among one.
        chosen = None if turn.browse else found[0] if len(found) == 1 else named
        query = turn.query or (turn.meal.value if turn.meal else None)
        part = turn.part_of_day
        if chosen is not None:
            origin = _origin(query, len(found), found.index(chosen), "name")
            return await self._picker.add(ctx, chosen, day, turn.time, turn.meal, origin, part=part)
        follow_up = AddPlace(
            candidates=found,
            day=day,
            time=turn.time,
            meal=turn.meal.value if turn.meal else None,
            part=part.value if part else None,
            query=query,
        )
        return self._picker.offer(
            ctx, follow_up, turn.query, turn.meal, turn.preferences, note=note
        )

    async def _nearest(
        self,
        ctx: TurnContext,
        day: int,
        turn: ParsedTurn,
        searched: Found | AgentResult,
    ) -> Nearest | None:
        """The places of the kind asked closest to a wish none meets (core.agents.unmet_wish)."""
        if turn.preferences is None or not worth_a_retry(searched, turn.query):
            return None
        plain = self._searcher(ctx, day, turn.model_copy(update={"preferences": None}))
        return await nearest_to_wish(plain, turn.query, turn.meal, turn.preferences)

    def _searcher(self, ctx: TurnContext, day: int, turn: ParsedTurn) -> Search:
        """The picker's search for one day and the turn's wishes, for the search ladder."""

        async def search(
            query: str | None, meal: Meal | None
        ) -> list[PlaceCandidate] | AgentResult:
            return await self._picker.search(ctx, query, meal, day, turn.preferences)

        return search

    async def _already_there(
        self, turn: ParsedTurn, ctx: TurnContext, day: int | None, items: list[Located]
    ) -> AgentResult | None:
        """A place the trip has, named with another time or day: retime it, or ask.

        "dinner on day 1 at 8" moves that dinner; "add Fort Aguada on day 1" when it is on
        day 2 asks whether to move it or to visit it twice. Same day and time: None, and the
        duplicate question follows when it is added.
        """
        if len(items) != 1:
            return None
        item = items[0]
        if day is not None and day != item.day:
            return self._ask_to_move(turn, ctx, item, day)
        if turn.time is not None and turn.time != item.node.time:
            retime = ParsedTurn(
                intent=Intent.RETIME,
                target=Target(node_id=item.node.id),
                time=turn.time,
                time_said_bare=turn.time_said_bare,
            )
            return await self._move(retime, ctx)
        return None

    def _ask_to_move(
        self, turn: ParsedTurn, ctx: TurnContext, item: Located, day: int
    ) -> AgentResult:
        """'add Fort Aguada on day 1' when it is on day 2: move it there? (no: nothing changes)."""
        done = msg("moved", name=item.node.title, day=day, at=_at(turn.time or item.node.time))
        move = ChangeSet(
            ops=[MoveNode(node_id=item.node.id, to_day=day, time=turn.time)],
            summary=f"Moved {item.node.title} from day {item.day} to day {day}",
        )
        return confirm(
            msg("already_on_other_day", name=item.node.title, day=item.day, new_day=day),
            [item.label],
            move,
            ctx.itinerary.version,
            done,
            msg("move_it_here", name=item.node.title, day=day),
            ctx.prompt_ttl_seconds,
        )

    async def _find(self, turn: ParsedTurn, ctx: TurnContext) -> list[Located] | AgentResult:
        """The items a turn is about; asks which one when several match (unless 'all')."""
        day = resolve_day(ctx, turn.day) if turn.day is not None else None
        if isinstance(day, AgentResult):
            return day
        turn = await _pointed_at(turn, ctx)
        items = targets_of(turn, ctx, day)
        if isinstance(items, AgentResult):
            return items
        if len(items) > 1 and not (turn.target and turn.target.every):
            return self._ask_item(turn, items, ctx)
        return items

    async def _remove(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        items = await self._find(turn, ctx)
        if isinstance(items, AgentResult):
            return items
        days = sorted({item.day for item in items})
        place = where_short(days[0] if len(days) == 1 else None)
        changeset = ChangeSet(
            ops=[RemoveNode(node_id=item.node.id) for item in items],
            summary=f"Removed {len(items)} items from {place}"
            if len(items) > 1
            else f"Removed {items[0].node.title} from day {items[0].day}",
        )
        if len(items) == 1:
            return await apply_or_explain(
                ctx,
                changeset,
                ctx.itinerary.version,
                msg("removed", name=items[0].node.title, day=items[0].day),
            )
        kind = turn.target.node_type.value if turn.target and turn.target.node_type else "item"
        what = msg(f"count_{kind}", count=len(items))
        return confirm(
            msg("confirm_remove_many", count=len(items), what=what, where=place),
            [item.label for item in items],
            changeset,
            ctx.itinerary.version,
            msg("removed_many", count=len(items), day=days[0])
            if len(days) == 1
            else msg("removed_many_trip", count=len(items)),
            msg("confirm_yes_remove"),
            ctx.prompt_ttl_seconds,
        )

    async def _move(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        to_day = resolve_day(ctx, turn.to_day) if turn.to_day is not None else None
        if isinstance(to_day, AgentResult):
            return to_day
        items = await self._find(turn, ctx)
        if isinstance(items, AgentResult) and turn.day is not None and to_day is None:
            # "mueve la Sé al viernes" read with Friday as where it is: it is where it goes
            elsewhere = await self._find(turn.model_copy(update={"day": None}), ctx)
            if not isinstance(elsewhere, AgentResult) and all(i.day != turn.day for i in elsewhere):
                items, to_day = elsewhere, resolve_day(ctx, turn.day)
                if isinstance(to_day, AgentResult):
                    return to_day
        if isinstance(items, AgentResult):
            return items
        item = items[0]
        name = item.node.title
        if to_day is None and (step := _BESIDE.get(turn.to_day_ref or "")) is not None:
            beside = resolve_day(ctx, item.day + step)  # "push arthur's seat to the day after"
            if isinstance(beside, AgentResult):
                return beside
            to_day = beside
        if turn.time is None and turn.shift_minutes and item.node.time:
            moved = minutes_of(item.node.time) + turn.shift_minutes  # "dinner an hour later"
            if not 0 <= moved < 24 * 60:
                return error(msg("shift_out_of_day", name=name))
            turn = turn.model_copy(update={"time": f"{moved // 60:02d}:{moved % 60:02d}"})
        if turn.time is not None and turn.time_said_bare and item.node.time:
            turn = turn.model_copy(update={"time": nearer_half(turn.time, item.node.time)})
        if to_day is None and turn.time is None:
            question = msg("move_where", name=name)
            if turn.target is not None and turn.target.every:
                # "shift the whole trip" read as moving everything: no one item to ask about
                return answer(AgentResponse.needs_input(question))
            asked = turn.model_copy(update={"target": Target(node_id=item.node.id)})
            return ask_in_words(question, AskFill(slot="to_day", turn=asked))
        if to_day is None or to_day == item.day:
            if turn.time is None or turn.time == item.node.time:
                return answer(
                    AgentResponse.complete(
                        msg("already_there", name=name, day=item.day, at=_at(item.node.time))
                    )
                )
            changeset = ChangeSet(
                ops=[RetimeNode(node_id=item.node.id, time=turn.time)],
                summary=f"Moved {name} on day {item.day} to {format_time(turn.time)}",
            )
            return await apply_or_explain(
                ctx,
                changeset,
                ctx.itinerary.version,
                msg("retimed", name=name, day=item.day, time=format_time(turn.time)),
            )
        new_time = turn.time or item.node.time
        changeset = ChangeSet(
            ops=[MoveNode(node_id=item.node.id, to_day=to_day, time=turn.time)],
            summary=f"Moved {name} from day {item.day} to day {to_day}",
        )
        return await apply_or_explain(
            ctx,
            changeset,
            ctx.itinerary.version,
            msg("moved", name=name, day=to_day, at=_at(new_time)),
        )

    async def _replace(self, turn: ParsedTurn, ctx: TurnContext) -> AgentResult:
        items = await self._find(turn, ctx)
        if isinstance(items, AgentResult):
            return items
        item = items[0]
        # The words the traveler searched with: none when only a wish was said.
        said = said_query = turn.query
        if (wished := same_kind_wished(turn, item.node)) is not None:
            turn, said = wished, None  # "… por algo más barato": the same kind, cheaper
        if not turn.query:
            asked = turn.model_copy(update={"target": Target(node_id=item.node.id)})
            question = msg("replace_with_what", name=item.node.title)
            return ask_in_words(question, AskFill(slot="query", turn=asked))
        ladder = await search_ladder(self._searcher(ctx, item.day, turn), turn.query, None)
        near = await self._nearest(ctx, item.day, turn.model_copy(update={"meal": None}), ladder)
        if near is not None:
            others = [c for c in near.candidates if c.place_id != item.node.place_id]
            if others:
                follow_up = ReplacePlace(
                    candidates=others,
                    node_id=item.node.id,
                    meal=turn.meal.value if turn.meal else None,
                    query=near.query or turn.query,
                )
                shown = near.query if said is not None else None
                return self._picker.offer(ctx, follow_up, shown, None, note=near.line)
        if isinstance(ladder, AgentResult):
            return ladder
        found = ladder.candidates
        turn = turn.model_copy(update={"query": ladder.query or turn.query})
        others = [c for c in found if c.place_id != item.node.place_id]
        if not others:
            return error(msg("replace_only_itself", name=item.node.title))
        found = others
        if said is None and wants_closer(said_query):
            # "… por algo más cerca": nearer to the day's other stops than the stop is
            day_nodes = next(d.nodes for d in ctx.itinerary.days if d.day == item.day)
            found = nearer_first(found, item.node, [n for n in day_nodes if n.id != item.node.id])
            if not found:
                return error(msg("replace_none_closer", name=item.node.title))
        meal = turn.meal
        chosen = found[0] if len(found) == 1 else strong_match(turn.query or "", found)
        if chosen is not None:
            origin = _origin(turn.query, len(found), found.index(chosen), "name")
            return await self._picker.replace(ctx, item.node.id, chosen, meal, origin)
        follow_up = ReplacePlace(
            candidates=found,
            node_id=item.node.id,
            meal=meal.value if meal else None,
            query=turn.query,
        )
        shown = turn.query if said is not None else None
        return self._picker.offer(ctx, follow_up, shown, None, turn.preferences)

    async def _undo(self, ctx: TurnContext) -> AgentResult:
        try:
            undone = await ctx.itineraries.undo(ctx.itinerary, ctx.actor)
        except StaleVersionError:
            return error(msg("stale"))
        except ChangeSetError:
            return error(msg("cannot_undo"))
        if undone is None:
            return answer(AgentResponse.complete(msg("nothing_to_undo")))
        result, reverted = undone
        ctx.itinerary = result.itinerary
        summary = describe_change(reverted)
        return changed(result, msg("undone", summary=summary) if summary else msg("undone_plain"))

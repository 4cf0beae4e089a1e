"""Which items of the trip an edit is about: the target said, found however it was typed."""

from __future__ import annotations

import re

from core.agents.base import AgentResult, TurnContext, answer, ask_in_words, error
from core.agents.place_rules import query_head, strong_match
from core.domain.itinerary import format_time
from core.domain.targeting import Located, find_targets, named_within
from core.follow_ups import AskFill
from core.intents.grounded import named_stop, stops_of
from core.intents.model import ParsedTurn, Target
from core.messages import msg, where, where_short
from core.protocol import AgentResponse, PlaceCandidate
from core.text import fold

_PRONOUNS = frozenset({"it", "that", "this", "them", "that one", "this one", "there"})


def targets_of(turn: ParsedTurn, ctx: TurnContext, day: int | None) -> list[Located] | AgentResult:
    """The items a turn's target names (on `day`, when given), or what to answer instead.

    By name as typed, inside a longer phrase, with slips or in another language, before a
    remark glued to it, by what the stop is; "the whole day" when a day is all that is left.
    """
    if turn.target is None or not (
        turn.target.text
        or turn.target.every
        or turn.target.time
        or turn.target.node_id
        or turn.target.node_type
    ):
        return ask_in_words(msg("say_what"), AskFill(slot="target", turn=turn))
    items = find_targets(ctx.itinerary.days, turn.target, day)
    said = turn.target.text
    if not items and day is not None and _ALL_OF_IT.search(fold(said or "")):
        # "vacía el día 3 completo, lo dejamos libre": the whole day, whatever else is said
        return find_targets(ctx.itinerary.days, Target(every=True), day) or answer(
            AgentResponse.complete(msg("nothing_to_remove", where=where(day)))
        )
    if not items and said:
        items = named_loosely(ctx, said, day)
    if not items and (head := query_head(said)) is not None:
        # "bin the graveyard on day 2, too creepy for the wean": the remark names nothing
        target = turn.target.model_copy(update={"text": head})
        items = find_targets(ctx.itinerary.days, target, day) or named_loosely(ctx, head, day)
    if items:
        return items
    if turn.target.every:
        return answer(AgentResponse.complete(msg("nothing_to_remove", where=where(day))))
    if (turn.target.text or "").lower() in _PRONOUNS:
        # "remove that" with nothing said before: ask, rather than echo the grammar's word
        return ask_in_words(msg("say_what"), AskFill(slot="target", turn=turn))
    what = turn.target.text or format_time(turn.target.time)
    pool = find_targets(
        ctx.itinerary.days,
        turn.target.model_copy(update={"every": True, "node_type": None}),
        day,
    )
    hint = (
        msg(
            "target_missing_hint",
            where_short=where_short(day),
            items=", ".join(item.node.title for item in pool[:8]),
        )
        if pool
        else msg("target_missing_empty", where=where(day))
    )
    return error(msg("target_missing", what=what, where=where(day)), hint)


def not_namesakes(
    items: list[Located], query: str | None, found: list[PlaceCandidate]
) -> list[Located]:
    """The trip's items a name may mean, unless the search found the place it names exactly.

    "add Ginkaku-ji" when the trip has Kinkaku-ji: the name is close, but another place has it.
    """
    named = strong_match(query or "", found)
    if named is None or any(item.node.place_id == named.place_id for item in items):
        return items
    return []


# Words that say "all of that day" after a verb of clearing or removing.
_ALL_OF_IT = re.compile(
    r"^(?:the\s+)?(?:whole|entire|all|everything|completo|complet[ao]|entero|entera|inteiro|"
    r"inteira|todo|toda|tudo)\b"
)


def named_loosely(ctx: TurnContext, said: str, day: int | None) -> list[Located]:
    """The items a name said inside a longer phrase, with slips or in another language names."""
    items = named_within(ctx.itinerary.days, said, day) if len(said.split()) >= 2 else []
    return items or named_in_any_words(ctx, said, day)


def named_in_any_words(
    ctx: TurnContext, said: str, day: int | None, *, kinds: bool = True
) -> list[Located]:
    """The one stop a name said with slips or in another language names.

    "cuevas de elephanta" for Elephanta Caves, "museu do ouro" for Museo del Oro; with
    `kinds` False, only by a word of its own ("el Kiyomizu"), never by a kind ("a museum").
    """
    stop = named_stop(said, stops_of(ctx.itinerary.days, day), kinds=kinds)
    if stop is None:
        return []
    return [
        Located(d.day, node)
        for d in ctx.itinerary.days
        for node in d.nodes
        if node.id == stop.node_id
    ]

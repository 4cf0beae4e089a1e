"""'add se cathedral and reis magos fort to thursday': two places named in one query.

A query with "and" / "y" / "e" / "," inside is one place ("Tasca do Cais e Vinhos", "fish and
chips") unless the whole finds nothing and every part, searched alone, names one place of the
city: then each part is its own addition, with the slots said for all.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from rapidfuzz import fuzz

from core.agents.base import AgentResult, TurnContext
from core.agents.place_picker import PlacePicker
from core.agents.place_rules import strong_match
from core.intents.model import ParsedTurn
from core.operations import carry, combine
from core.protocol import PlaceCandidate
from core.text import fold

_JOIN = re.compile(r"\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e|&)\s+", re.IGNORECASE)
MAX_PARTS = 4
WHOLE_NAME = 90  # the whole query is this close to one place's name: it is that place


async def named_parts(
    picker: PlacePicker,
    ctx: TurnContext,
    turn: ParsedTurn,
    day: int,
    found: list[PlaceCandidate] | AgentResult,
) -> list[str] | None:
    """The places a query lists by name, or None when it is not such a list.

    `found` is what the whole query found: a place whose name is the whole query ("Tasca do
    Cais e Vinhos") makes it one place.
    """
    query = turn.query or ""
    parts = [part.strip() for part in _JOIN.split(query) if part.strip()]
    if not 2 <= len(parts) <= MAX_PARTS:
        return None  # no list: no search spent
    if not isinstance(found, AgentResult) and any(
        fuzz.token_sort_ratio(fold(query), fold(c.name)) >= WHOLE_NAME for c in found
    ):
        return None
    for part in parts:
        found = await picker.search(ctx, part, turn.meal, day, turn.preferences)
        if isinstance(found, AgentResult):
            return None
        if strong_match(part, found) is None and len(found) != 1:
            return None  # a kind of place ("temples"), or a name that says several
    return parts


async def add_each(
    add: Callable[[ParsedTurn, TurnContext], Awaitable[AgentResult]],
    turn: ParsedTurn,
    parts: list[str],
    ctx: TurnContext,
) -> AgentResult:
    """One addition per place the query named, summed up; a question stops the rest."""
    adds = [turn.model_copy(update={"query": part}) for part in parts]
    results: list[AgentResult] = []
    for index, one in enumerate(adds):
        result = await add(one, ctx)
        if result.prompt is not None:
            results.append(carry(result, adds[index + 1 :]))
            break
        results.append(result)
    return combine(results)

"""The dispatch table from an answered prompt's follow-up to the agent code that continues it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from core.agents.base import AgentResult, TurnContext, resume_apply
from core.agents.booking import BookingAgent
from core.agents.editor import EditorAgent
from core.agents.explain import ExplainAgent
from core.agents.prompt_answers import not_a_choice
from core.agents.relink import RelinkAgent
from core.agents.trip import TripAgent
from core.follow_ups import (
    AddAt,
    AddPlace,
    ApplyChange,
    AskFill,
    BookingCancel,
    BookingCreate,
    BookingNode,
    BookingParty,
    EditorFillDay,
    EditorFillNode,
    ExplainWhich,
    FollowUp,
    FollowUpModel,
    Relink,
    ReplacePlace,
    TripFill,
)

F = TypeVar("F", bound=FollowUpModel)
Handler = Callable[[F, int, TurnContext], Awaitable[AgentResult]]


class FollowUpTable:
    """One handler per follow-up model; `on` keeps each registration type-checked."""

    def __init__(self) -> None:
        # Each entry pairs a model with a handler of that very model (see `on`).
        self._handlers: dict[type[FollowUpModel], Handler[Any]] = {}

    def on(self, kind: type[F], handler: Handler[F]) -> FollowUpTable:
        """Continue prompts whose follow-up is a `kind` with `handler`."""
        self._handlers[kind] = handler
        return self

    @property
    def kinds(self) -> frozenset[type[FollowUpModel]]:
        """The follow-up models this table can continue."""
        return frozenset(self._handlers)

    async def resume(self, follow_up: FollowUp, index: int, ctx: TurnContext) -> AgentResult:
        """Run the handler of `follow_up`'s model with the chosen option `index`."""
        handler = self._handlers.get(type(follow_up))
        if handler is None:
            text = f"no handler for follow-up {type(follow_up).__name__}"
            raise LookupError(text)
        return await handler(follow_up, index, ctx)


def follow_up_table(
    editor: EditorAgent,
    trip: TripAgent,
    booking: BookingAgent,
    explain: ExplainAgent,
    relink: RelinkAgent,
) -> FollowUpTable:
    """Which agent code continues each kind of answered prompt."""
    return (
        FollowUpTable()
        .on(ApplyChange, resume_apply)
        .on(AddPlace, editor.resume_add_place)
        .on(AddAt, editor.resume_add_at)
        .on(ReplacePlace, editor.resume_replace)
        .on(EditorFillDay, editor.resume_day)
        .on(EditorFillNode, editor.resume_item)
        .on(TripFill, trip.resume)
        .on(AskFill, not_a_choice)
        .on(BookingNode, booking.resume_node)
        .on(BookingParty, booking.resume_party)
        .on(BookingCancel, booking.resume_cancel)
        .on(BookingCreate, booking.resume_create)
        .on(ExplainWhich, explain.resume)
        .on(Relink, relink.resume)
    )

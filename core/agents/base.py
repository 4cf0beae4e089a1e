"""What agents receive for a turn and what they give back."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from core.choices import CONFIRM_YES, PromptKind
from core.domain.changeset import ChangeSet, ChangeSetError
from core.domain.itinerary import Day
from core.follow_ups import ApplyChange, FollowUpModel
from core.messages import msg
from core.protocol import (
    AgentResponse,
    ChangeData,
    ChoicesData,
    Coordinates,
    Option,
    Preview,
    ResponseMetadata,
    ResponseType,
)
from core.services.bookings import BookingService
from core.services.identity import IdentityService
from core.services.intel_read import IntelReader
from core.services.itinerary import ApplyResult, ItineraryService, ItineraryView, StaleVersionError
from core.services.leads import LeadService
from core.services.places.resolution import PlaceResolutionService
from core.services.push_preferences import PushPreferenceService
from core.services.trip_takeaway import TripTakeaway

log = logging.getLogger(__name__)

# Words that point at the item the latest change touched ("book this restaurant").
THIS_WORDS = frozenset(
    {
        "this",
        "that",
        "it",
        "there",
        "this one",
        "that one",
        "this place",
        "that place",
        "this restaurant",
        "that restaurant",
        "this hotel",
        "that hotel",
        "that bar",
        "this bar",
        "that cafe",
        "this cafe",
        "that museum",
        "this museum",
        "that spot",
        "this spot",
        "the last one",
        "the one i just added",
    }
)


@dataclass
class TurnContext:
    """Everything an agent may use during one turn."""

    itineraries: ItineraryService
    places: PlaceResolutionService
    bookings: BookingService
    leads: LeadService
    itinerary: ItineraryView
    user_id: str
    actor: str
    default_day: int | None = None
    prompt_ttl_seconds: int = 300
    queue_enrichment: Callable[[str, str], Awaitable[None]] | None = None
    # Destination intelligence (weather, events, safety) for info answers; None: not wired.
    intel: IntelReader | None = None
    # The chat identities, for answers that move a chat to another traveler; None: not wired.
    identities: IdentityService | None = None
    # Share links and calendar export ("share my trip", "export to my calendar"); None: not wired.
    takeaway: TripTakeaway | None = None
    # Where "near me" is for this turn (a shared location), else None.
    near: Coordinates | None = None
    # Which pushes the traveler gets ("stop the digests"); None: not wired.
    push_preferences: PushPreferenceService | None = None
    # The item the open question is about ("Move Nijo Castle to day 1?"), when nothing changed
    # since it was asked: what "it" means in the next request ("actually move it to day 2").
    focus_node_id: str | None = None

    async def referent_node_id(self) -> str | None:
        """The item "it", "that one", "esa misma" point at: the one talked about last."""
        if self.focus_node_id is not None:
            return self.focus_node_id
        return await self.itineraries.last_touched_node_id(self.itinerary.id)


@dataclass(frozen=True)
class PromptSpec:
    """A question the orchestrator must store so the next turn can answer it.

    `payload` is the stored JSON: a follow-up (core.follow_ups) plus the operations held
    back behind the question (core.operations); build it with `asking`.
    """

    kind: PromptKind
    labels: list[str]
    payload: dict[str, Any]

    @classmethod
    def asking(cls, kind: PromptKind, labels: list[str], follow_up: FollowUpModel) -> PromptSpec:
        """A question whose answer `follow_up` says what to do with."""
        return cls(kind, labels, follow_up.stored())


@dataclass(frozen=True)
class AgentResult:
    """An agent's answer, plus the prompt to open when it asks something."""

    response: AgentResponse
    prompt: PromptSpec | None = None
    events: list[dict[str, Any]] = field(default_factory=list)


def answer(response: AgentResponse) -> AgentResult:
    """A result that opens no prompt."""
    return AgentResult(response)


def ask_in_words(
    question: str, follow_up: FollowUpModel, placeholder: str | None = None
) -> AgentResult:
    """A NEEDS_INPUT whose typed answer completes `follow_up`'s held-back turn.

    It opens a prompt without options, so the next message is first read as the answer
    (core.agents.prompt_answers) and only then as a new request.
    """
    response = AgentResponse.needs_input(question, placeholder)
    return AgentResult(response, PromptSpec.asking(PromptKind.SELECTION, [], follow_up))


def error(message: str, *hints: str) -> AgentResult:
    """An ERROR result with suggestions."""
    return AgentResult(AgentResponse.error(message, *hints))


def choose(
    message: str, options: list[Option], follow_up: FollowUpModel, ttl_seconds: int
) -> AgentResult:
    """A NEEDS_SELECTION over plain options (days, itinerary items)."""
    response = AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message=message,
        data=ChoicesData(options=options),
        metadata=ResponseMetadata(
            ui_component="option-list",
            action_label=msg("action_select"),
            timeout_seconds=ttl_seconds,
        ),
    )
    return AgentResult(
        response, PromptSpec.asking(PromptKind.SELECTION, [o.label for o in options], follow_up)
    )


def confirm(
    message: str,
    preview: list[str],
    changeset: ChangeSet,
    expected_version: int,
    done_message: str,
    confirm_text: str,
    ttl_seconds: int,
    agent: Literal["editor", "trip"] = "editor",
) -> AgentResult:
    """A NEEDS_CONFIRMATION that applies `changeset` on yes (`agent`: who asked)."""
    options = [Option(id="yes", label=confirm_text), Option(id="no", label=msg("cancel"))]
    response = AgentResponse(
        type=ResponseType.NEEDS_CONFIRMATION,
        message=message,
        data=ChoicesData(preview=Preview(items=preview), options=options),
        metadata=ResponseMetadata(
            ui_component="confirmation-dialog",
            action_label=msg("action_confirm"),
            timeout_seconds=ttl_seconds,
            custom_props={
                "confirmText": confirm_text,
                "cancelText": msg("cancel"),
                "severity": "warning",
            },
        ),
    )
    follow_up = ApplyChange(
        agent=agent,
        changeset=changeset,
        expected_version=expected_version,
        done_message=done_message,
    )
    return AgentResult(
        response,
        PromptSpec.asking(PromptKind.CONFIRMATION, [o.label for o in options], follow_up),
    )


def changed(result: ApplyResult, message: str, warnings: list[str] | None = None) -> AgentResult:
    """A COMPLETE result for an applied ChangeSet, with the itinerary-updated event."""
    response = AgentResponse(
        type=ResponseType.COMPLETE,
        message=message,
        data=ChangeData(to_version=result.to_version, diff=result.diff),
        warnings=warnings or [],
    )
    return AgentResult(
        response, events=[{"event": "itinerary.updated", "version": result.to_version}]
    )


async def apply_or_explain(
    ctx: TurnContext,
    changeset: ChangeSet,
    expected_version: int,
    message: str,
    warnings: list[str] | None = None,
    *,
    confirmed_version: bool = False,
) -> AgentResult:
    """Apply a ChangeSet; a stale version or a misfit becomes a clear ERROR, not an exception.

    A change the traveler confirmed against a preview must apply to exactly that version
    (`confirmed_version`). Any other change was built this turn, so losing a race to another
    channel's turn is retried once on the newer version; it still fails clearly if it no
    longer fits (e.g. its item was removed meanwhile).
    """
    try:
        try:
            result = await ctx.itineraries.apply(
                ctx.itinerary.id, changeset, expected_version, ctx.actor, known=ctx.itinerary
            )
        except StaleVersionError as stale:
            background_only = await ctx.itineraries.only_background_changes_since(
                ctx.itinerary.id, expected_version
            )
            if confirmed_version and not background_only:
                raise
            result = await ctx.itineraries.apply(
                ctx.itinerary.id, changeset, stale.current, ctx.actor
            )
    except StaleVersionError:
        return error(msg("stale"))
    except ChangeSetError as exc:
        # The detail names internal ids (and is English): for the log, never for the traveler.
        log.info("change set no longer fits itinerary %s: %s", ctx.itinerary.id, exc)
        return error(msg("change_no_longer_fits"))
    ctx.itinerary = result.itinerary
    return changed(result, message, warnings)


async def resume_apply(follow_up: ApplyChange, index: int, ctx: TurnContext) -> AgentResult:
    """Yes to a previewed change applies it to the version previewed; no cancels."""
    if index != CONFIRM_YES:
        return answer(AgentResponse.complete(msg("cancelled")))
    return await apply_or_explain(
        ctx,
        follow_up.changeset,
        follow_up.expected_version,
        follow_up.done_message,
        confirmed_version=True,
    )


def resolve_day(ctx: TurnContext, day: int | None) -> int | AgentResult | None:
    """A valid day number, an ERROR for a day outside the trip, or None when unknown."""
    count = len(ctx.itinerary.days)
    if day is None:
        day = ctx.default_day
        if day is None:
            return 1 if count == 1 else None
    if day < 0:
        return count
    if not 1 <= day <= count:
        return error(msg("no_such_day", count=count, day=day), msg("no_such_day_hint", count=count))
    return day


def day_of(days: list[Day], number: int) -> Day:
    """The Day with that number."""
    return next(day for day in days if day.day == number)

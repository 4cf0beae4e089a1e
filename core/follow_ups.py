"""What an open prompt does with its answer: one typed model per question an agent can ask.

A prompt is stored as JSON (`pending_prompts.payload`). The JSON is unchanged from the
dict-built payloads of earlier versions, so prompts opened before an upgrade still resume:
`agent` names the agent that asked (absent: the editor), `action` what the answer does, and
a fill's `slot` which part of the held-back turn the answer fills. The envelope keys around
a follow-up (`labels`, `language`, `then`) belong to the prompt store and core.operations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Discriminator, Tag, TypeAdapter, ValidationError
from pydantic.alias_generators import to_camel

from core.domain.changeset import ChangeSet
from core.intents.model import ParsedTurn
from core.protocol import PlaceCandidate

__all__ = [
    "AddAt",
    "AddPlace",
    "ApplyChange",
    "AskFill",
    "BookingCancel",
    "BookingCreate",
    "BookingNode",
    "BookingParty",
    "EditorFillDay",
    "EditorFillNode",
    "ExplainWhich",
    "FollowUp",
    "FollowUpError",
    "FollowUpModel",
    "Relink",
    "ReplacePlace",
    "TripFill",
    "parse_follow_up",
]


class FollowUpModel(BaseModel):
    """Base of the follow-ups: camelCase in the stored JSON, envelope keys ignored."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)

    def stored(self) -> dict[str, Any]:
        """The JSON kept with the prompt (the shape earlier versions wrote)."""
        return self.model_dump(mode="json", by_alias=True)


class ApplyChange(FollowUpModel):
    """Yes applies `changeset` to exactly `expected_version` (editor or trip confirmation)."""

    agent: Literal["editor", "trip"] = "editor"
    action: Literal["apply"] = "apply"
    changeset: ChangeSet
    expected_version: int
    done_message: str


class AddPlace(FollowUpModel):
    """The chosen card is added on `day` (place cards offered for "add a sushi place")."""

    agent: Literal["editor"] = "editor"
    action: Literal["add_place"] = "add_place"
    candidates: list[PlaceCandidate]
    day: int | None = None
    time: str | None = None
    meal: str | None = None
    part: str | None = None
    query: str | None = None


class AddAt(FollowUpModel):
    """The chosen time (or yes to a second visit) adds `candidate` on `day`."""

    agent: Literal["editor"] = "editor"
    action: Literal["add_at"] = "add_at"
    candidate: PlaceCandidate
    day: int | None = None
    meal: str | None = None
    origin: dict[str, Any] | None = None
    times: list[str | None]


class ReplacePlace(FollowUpModel):
    """The chosen card replaces node `node_id`."""

    agent: Literal["editor"] = "editor"
    action: Literal["replace_place"] = "replace_place"
    candidates: list[PlaceCandidate]
    node_id: str
    meal: str | None = None
    query: str | None = None


class EditorFillDay(FollowUpModel):
    """The chosen day completes the held-back edit."""

    agent: Literal["editor"] = "editor"
    action: Literal["fill"] = "fill"
    slot: Literal["day"] = "day"
    turn: ParsedTurn
    values: list[int]


class EditorFillNode(FollowUpModel):
    """The chosen itinerary item is the held-back edit's target."""

    agent: Literal["editor"] = "editor"
    action: Literal["fill"] = "fill"
    slot: Literal["node"] = "node"
    turn: ParsedTurn
    values: list[str]


class TripFill(FollowUpModel):
    """The chosen day fills `slot` ("day" or "to_day") of a held-back trip change."""

    agent: Literal["trip"] = "trip"
    action: Literal["fill"] = "fill"
    slot: Literal["day", "to_day"]
    turn: ParsedTurn
    values: list[int]


class AskFill(FollowUpModel):
    """A question asked in words ("What would you like to book?"), with no options.

    The typed answer fills `slot` of the held-back turn (core.agents.prompt_answers).
    """

    agent: Literal["ask"] = "ask"
    action: Literal["fill"] = "fill"
    slot: Literal["query", "target", "to_day"]
    turn: ParsedTurn


class BookingNode(FollowUpModel):
    """The chosen item is the one to book."""

    agent: Literal["booking"] = "booking"
    action: Literal["node"] = "node"
    turn: ParsedTurn
    values: list[str]


class BookingParty(FollowUpModel):
    """Option n is a party of n + 1."""

    agent: Literal["booking"] = "booking"
    action: Literal["party"] = "party"
    turn: ParsedTurn


class BookingCancel(FollowUpModel):
    """The chosen booking request is cancelled."""

    agent: Literal["booking"] = "booking"
    action: Literal["cancel"] = "cancel"
    turn: ParsedTurn
    values: list[str]


class BookingCreate(FollowUpModel):
    """Yes files the booking request `turn` describes."""

    agent: Literal["booking"] = "booking"
    action: Literal["create"] = "create"
    kind: str | None = None
    turn: ParsedTurn


class ExplainWhich(FollowUpModel):
    """The chosen item is the one to explain."""

    agent: Literal["explain"] = "explain"
    turn: ParsedTurn
    values: list[str]


class Relink(FollowUpModel):
    """Yes moves the chat to the link code's traveler; only the chat user asked may answer."""

    agent: Literal["relink"] = "relink"
    code: str
    channel: str
    external_user_id: str
    chat_id: str
    destination: str = ""


def _tag(value: object) -> str | None:
    """Which follow-up a stored payload (or a model) is; None: none we know."""
    if isinstance(value, FollowUpModel):
        return _tag(value.model_dump(include={"agent", "action", "slot"}))
    if not isinstance(value, Mapping):
        return None
    stored = cast("Mapping[str, object]", value)
    agent = stored.get("agent") or "editor"  # editor prompts were stored without an agent
    action = stored.get("action")
    if action == "apply":
        return "apply"
    if action == "fill" and agent == "editor":
        return f"editor.fill.{stored.get('slot')}"
    if action is None:
        return str(agent)
    return f"{agent}.{action}"


FollowUp = Annotated[
    Annotated[ApplyChange, Tag("apply")]
    | Annotated[AddPlace, Tag("editor.add_place")]
    | Annotated[AddAt, Tag("editor.add_at")]
    | Annotated[ReplacePlace, Tag("editor.replace_place")]
    | Annotated[EditorFillDay, Tag("editor.fill.day")]
    | Annotated[EditorFillNode, Tag("editor.fill.node")]
    | Annotated[TripFill, Tag("trip.fill")]
    | Annotated[AskFill, Tag("ask.fill")]
    | Annotated[BookingNode, Tag("booking.node")]
    | Annotated[BookingParty, Tag("booking.party")]
    | Annotated[BookingCancel, Tag("booking.cancel")]
    | Annotated[BookingCreate, Tag("booking.create")]
    | Annotated[ExplainWhich, Tag("explain")]
    | Annotated[Relink, Tag("relink")],
    Discriminator(_tag),
]

_FOLLOW_UP: TypeAdapter[FollowUp] = TypeAdapter(FollowUp)


class FollowUpError(ValueError):
    """A stored prompt payload no version of this service wrote."""


def parse_follow_up(payload: Mapping[str, object]) -> FollowUp:
    """The typed follow-up of a stored prompt payload (envelope keys ignored)."""
    try:
        return _FOLLOW_UP.validate_python(payload)
    except ValidationError as exc:
        raise FollowUpError(str(exc)) from exc

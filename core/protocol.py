"""The one language every part speaks: AgentResponse and its parts (PRD §7, DESIGN §3).

JSON uses the PRD's camelCase names; Python code uses snake_case attributes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum
from typing import Annotated, Any, cast

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator
from pydantic.alias_generators import to_camel

from core.nul import has_nul, without_nul


class ProtocolModel(BaseModel):
    """Base for protocol objects: camelCase on the wire, snake_case in Python."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)

    def to_json_dict(self) -> dict[str, Any]:
        """The wire form: camelCase keys, ``None`` fields left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class ResponseType(StrEnum):
    """What the channel must do with a response (PRD §7.1)."""

    COMPLETE = "COMPLETE"
    NEEDS_SELECTION = "NEEDS_SELECTION"
    NEEDS_CONFIRMATION = "NEEDS_CONFIRMATION"
    NEEDS_INPUT = "NEEDS_INPUT"
    ERROR = "ERROR"
    PARTIAL = "PARTIAL"


class Coordinates(ProtocolModel):
    """A point on the map."""

    lat: float
    lng: float


class PlaceCandidate(ProtocolModel):
    """One search result offered to the traveler as a card (PRD §12.5)."""

    place_id: str
    name: str
    rating: float | None = None
    rating_count: int | None = None
    price_level: int | None = Field(default=None, ge=0, le=4)
    formatted_address: str | None = None
    coordinates: Coordinates | None = None
    photo_url: str | None = None
    is_open_now: bool | None = None
    distance: int | None = None
    cuisine: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    # What people also call it or what it is ("golden pavilion", "observatory"): a traveler
    # names a trip item this way as often as by its name.
    keywords: list[str] = Field(default_factory=list)
    # Daily opening hours ("HH:MM", "HH:MM") when the search itself tells them (None: unknown).
    daily_hours: tuple[str, str] | None = None


class Option(ProtocolModel):
    """A non-place choice (a day, an itinerary item, yes/no)."""

    id: str
    label: str
    description: str | None = None


class Preview(ProtocolModel):
    """What a confirmation would change, one line per item."""

    items: list[str] = Field(default_factory=list)


class ResponseData(ProtocolModel, Mapping[str, Any]):
    """Base of `AgentResponse.data`: a typed model that also reads as its wire JSON.

    Renderers and callers written against the JSON (`data["options"]`, `data.get("preview")`)
    keep working: reading by key gives exactly what the wire carries.
    """

    model_config = ConfigDict(extra="forbid")

    def __getitem__(self, key: str) -> Any:
        return self.to_json_dict()[key]

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        # A Mapping iterates over its keys (BaseModel would yield (field, value) pairs).
        return iter(self.to_json_dict())

    def __len__(self) -> int:
        return len(self.to_json_dict())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            theirs = dict(cast("Mapping[str, object]", other))
            return bool(self.to_json_dict() == theirs)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class ChangeData(ResponseData):
    """COMPLETE after an edit: the new version and what changed."""

    to_version: int
    diff: list[dict[str, Any]]


class CardsData(ResponseData):
    """NEEDS_SELECTION over places: one card each."""

    candidates: list[PlaceCandidate]


class ChoicesData(ResponseData):
    """NEEDS_SELECTION over plain options, or NEEDS_CONFIRMATION (preview, then yes / no)."""

    options: list[Option] | None = None
    preview: Preview | None = None


class VersionData(ResponseData):
    """The itinerary version an overview was read from."""

    version: int


class NodeData(ResponseData):
    """The itinerary item an explanation is about."""

    node_id: str


class PlaceData(ResponseData):
    """The place (off the trip) an explanation is about."""

    place_id: str


class DayData(ResponseData):
    """One day of the trip, as the itinerary JSON shows it."""

    day: dict[str, Any]


class LeadData(ResponseData):
    """The lead just sent to local experts."""

    lead_id: str


class BookingData(ResponseData):
    """The booking request just filed (`BookingView.to_json`)."""

    booking: dict[str, Any]


class BookingsData(ResponseData):
    """The traveler's booking requests on this trip."""

    bookings: list[dict[str, Any]]


# Which data a JSON object is, by the key that only that kind has.
_DATA_KEYS = (
    ("toVersion", "change"),
    ("candidates", "cards"),
    ("options", "choices"),
    ("preview", "choices"),
    ("version", "version"),
    ("nodeId", "node"),
    ("placeId", "place"),
    ("day", "day"),
    ("leadId", "lead"),
    ("booking", "booking"),
    ("bookings", "bookings"),
)
_DATA_TAGS = {
    ChangeData: "change",
    CardsData: "cards",
    ChoicesData: "choices",
    VersionData: "version",
    NodeData: "node",
    PlaceData: "place",
    DayData: "day",
    LeadData: "lead",
    BookingData: "booking",
    BookingsData: "bookings",
}


def _data_tag(value: object) -> str | None:
    if isinstance(value, ResponseData):
        return _DATA_TAGS.get(type(value))
    if isinstance(value, Mapping):
        keys = cast("Mapping[str, object]", value).keys()
        return next((tag for key, tag in _DATA_KEYS if key in keys), "choices")
    return None


AnyResponseData = Annotated[
    Annotated[ChangeData, Tag("change")]
    | Annotated[CardsData, Tag("cards")]
    | Annotated[ChoicesData, Tag("choices")]
    | Annotated[VersionData, Tag("version")]
    | Annotated[NodeData, Tag("node")]
    | Annotated[PlaceData, Tag("place")]
    | Annotated[DayData, Tag("day")]
    | Annotated[LeadData, Tag("lead")]
    | Annotated[BookingData, Tag("booking")]
    | Annotated[BookingsData, Tag("bookings")],
    Discriminator(_data_tag),
]


class ResponseMetadata(ProtocolModel):
    """Rendering hints for the channel."""

    ui_component: str | None = None
    action_label: str | None = None
    timeout_seconds: int | None = None
    show_progress: bool | None = None
    custom_props: dict[str, Any] | None = None
    prompt_id: str | None = None


class BackgroundTask(ProtocolModel):
    """Work queued after the answer, e.g. enrichment of an added place."""

    task_type: str
    target_agent: str
    task_data: dict[str, Any] | None = None
    priority: int = Field(default=5, ge=1, le=10)
    estimated_duration_ms: int | None = None


class AgentResponse(ProtocolModel):
    """Every answer of the orchestrator, whatever the channel."""

    type: ResponseType
    message: str
    data: AnyResponseData | None = None
    metadata: ResponseMetadata | None = None
    warnings: list[str] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    background_task: BackgroundTask | None = None

    @classmethod
    def error(cls, message: str, *errors: str) -> AgentResponse:
        """An ERROR answer with optional suggestions."""
        return cls(type=ResponseType.ERROR, message=message, errors=list(errors))

    @classmethod
    def complete(cls, message: str, data: AnyResponseData | None = None) -> AgentResponse:
        """A COMPLETE answer."""
        return cls(type=ResponseType.COMPLETE, message=message, data=data)

    @classmethod
    def needs_input(cls, message: str, placeholder: str | None = None) -> AgentResponse:
        """A NEEDS_INPUT question, with an input placeholder hint."""
        props = {"placeholder": placeholder} if placeholder else None
        return cls(
            type=ResponseType.NEEDS_INPUT,
            message=message,
            metadata=ResponseMetadata(ui_component="text-input", custom_props=props),
        )

    @property
    def prompt_id(self) -> str | None:
        """The open prompt this response created, if any."""
        return self.metadata.prompt_id if self.metadata else None


class SharedLocation(ProtocolModel):
    """A location a traveler shared (a pin, or a venue with its name and address)."""

    lat: float = Field(ge=-90, le=90)
    lng: float = Field(ge=-180, le=180)
    title: str | None = None
    address: str | None = None


class InboundTurn(ProtocolModel):
    """One traveler message from any channel, after the adapter parsed it (DESIGN §5).

    One of `text`, `choice_token`, `location` and `attachment` is set. A choice token is
    "<promptId>:<index>", short enough for Telegram's 64-byte callback_data. `attachment` names
    what was sent that the bot cannot read (photo, sticker, voice, …).
    """

    channel: str
    event_id: str
    external_user_id: str
    chat_id: str
    text: str | None = None
    choice_token: str | None = None
    display_name: str | None = None
    phone: str | None = None
    locale: str | None = None
    reply_context: dict[str, Any] | None = None
    location: SharedLocation | None = None
    attachment: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_nul(cls, data: Any) -> Any:
        # A NUL (U+0000) cannot be stored by PostgreSQL: a message holding one would fail
        # after its welcome, and SQLite would keep it. Nobody types one on purpose.
        return without_nul(data) if has_nul(data) else data

    @property
    def conversation_key(self) -> str:
        """One conversation per chat on a channel."""
        return f"{self.channel}:{self.chat_id}"


def choice_token(prompt_id: str, index: int) -> str:
    """The button payload for option `index` of a prompt."""
    return f"{prompt_id}:{index}"


def parse_choice_token(token: str) -> tuple[str, int] | None:
    """(promptId, index) from a button payload, or None if it is not one of ours."""
    prompt_id, sep, index = token.rpartition(":")
    # ASCII digits only: "²".isdigit() is True, yet int("²") raises.
    if not sep or not prompt_id or not (index.isascii() and index.isdigit()) or len(token) > 64:
        return None
    return prompt_id, int(index)

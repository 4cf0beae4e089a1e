"""Hypothesis strategies and limits shared by the property tests of every channel."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from core.protocol import AgentResponse, Option, PlaceCandidate, ResponseMetadata, ResponseType

FAST = settings(
    max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

# Column sizes of the inbox and channel identities (core/storage/models.py): a turn must fit.
EVENT_ID_CHARS = 200
ID_CHARS = 100
NAME_CHARS = 200

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
PROMPT_IDS = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
    min_size=1,
    max_size=16,
)
LONG_TEXTS = st.text(min_size=300, max_size=1500)


def json_paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a JSON document (the empty path is the document itself)."""
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += json_paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += json_paths(value, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, original: dict[str, Any]) -> Any:
    """A recorded delivery with one to three fields replaced by any JSON, or deleted."""
    document: Any = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(json_paths(document)))
        if not path:
            document = draw(JSON_VALUES)
            continue
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    return document


# --- what the channels render: texts, place cards, options, selections ------------------------

NOTHING: st.SearchStrategy[None] = st.none()

# Texts every channel's renderer must survive; each property file adds its platform's markup.
SPECIAL_TEXTS = [
    "",
    "   ",
    "Sushi Zen 🍣",
    "مطعم الشاطئ السعيد",
    "מסעדת הים",
    "\u202eesrever\u202c",
    "👨‍👩‍👧‍👦" * 12,
    "line one\nline two\r\nline three",
    "x" * 5000,
    ("word " * 1200).strip(),
]


@dataclass(frozen=True)
class ChannelTexts:
    """The text strategies of one channel's property tests."""

    short: st.SearchStrategy[str]
    labels: st.SearchStrategy[str]
    messages: st.SearchStrategy[str]
    notes: st.SearchStrategy[list[str]]


def channel_texts(special: Sequence[str], long_message: tuple[int, int]) -> ChannelTexts:
    """Short texts, labels, messages (up to a few times the platform's limit) and notes."""
    short = st.text(max_size=40) | st.sampled_from(list(special))
    low, high = long_message
    return ChannelTexts(
        short=short,
        labels=short | LONG_TEXTS,
        messages=(
            st.text(max_size=200)
            | st.sampled_from(list(special))
            | st.text(min_size=low, max_size=high)
        ),
        notes=st.lists(short | LONG_TEXTS, max_size=6) | st.lists(short, max_size=60),
    )


def place_cards(
    names: st.SearchStrategy[str],
    addresses: st.SearchStrategy[str | None],
    photos: st.SearchStrategy[str | None] = NOTHING,
) -> st.SearchStrategy[dict[str, Any]]:
    """Place cards as the protocol carries them (JSON)."""
    return st.builds(
        PlaceCandidate,
        place_id=st.text(min_size=1, max_size=30),
        name=names,
        rating=st.none() | st.floats(0, 5, allow_nan=False),
        rating_count=st.none() | st.integers(0, 10**7),
        price_level=st.none() | st.integers(0, 4),
        formatted_address=addresses,
        photo_url=photos,
        distance=st.none() | st.integers(0, 10**7),
        is_open_now=st.none() | st.booleans(),
    ).map(PlaceCandidate.to_json_dict)


def options(
    labels: st.SearchStrategy[str], descriptions: st.SearchStrategy[str | None]
) -> st.SearchStrategy[dict[str, Any]]:
    """Options as the protocol carries them (JSON)."""
    return st.builds(Option, id=st.text(max_size=10), label=labels, description=descriptions).map(
        Option.to_json_dict
    )


@st.composite
def selections(
    draw: st.DrawFn,
    texts: ChannelTexts,
    cards: st.SearchStrategy[dict[str, Any]],
    choices: st.SearchStrategy[dict[str, Any]],
    prompt_ids: st.SearchStrategy[str | None],
) -> AgentResponse:
    """NEEDS_SELECTION with 0..60 cards or options, the given prompt ids, any notes."""
    key = draw(st.sampled_from(["candidates", "options"]))
    items = draw(st.lists(cards if key == "candidates" else choices, max_size=60))
    prompt_id = draw(prompt_ids)
    return AgentResponse(
        type=ResponseType.NEEDS_SELECTION,
        message=draw(texts.messages),
        data={key: items},
        metadata=ResponseMetadata(prompt_id=prompt_id) if prompt_id else None,
        warnings=draw(texts.notes),
        errors=draw(texts.notes),
    )

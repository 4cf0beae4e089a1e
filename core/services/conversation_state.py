"""Pending prompts (DESIGN §6): open questions stored in the database with a TTL.

Any instance can answer any prompt; answering consumes it atomically, so a double tap or two
concurrent answers apply once. A prompt belongs to the traveler it was asked of: in a shared chat
(a Telegram group, a Slack channel) each traveler has their own open question, and one traveler's
new question never closes another's.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Row, Table, bindparam, case, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.choices import PromptKind
from core.clock import Clock
from core.storage import hot
from core.storage.models import PendingPrompt

OPEN = "open"
ANSWERED = "answered"
SUPERSEDED = "superseded"
CANCELLED = "cancelled"

# Built once as Core on the table: every turn reads the latest prompt, and building it through
# the ORM per call cost more CPU than running it (issue #19).
PROMPTS: Table = PendingPrompt.__table__  # type: ignore[assignment]
_PROMPTS = PROMPTS
_P = _PROMPTS.c
_COLUMNS = (
    _P.id,
    _P.conversation_key,
    _P.user_id,
    _P.itinerary_id,
    _P.kind,
    _P.payload,
    _P.status,
    _P.expires_at,
)
_LATEST = (
    select(*_COLUMNS)
    .where(_P.conversation_key == bindparam("key"), _P.user_id == bindparam("user"))
    .order_by(case((_P.status == OPEN, 0), else_=1), _P.created_at.desc())
    .limit(1)
)
# The id of that prompt, for a statement that reads it along with something else (a turn reads
# it with its itinerary: one statement instead of two).
# LATEST_PROMPT (the table under another name) joined ON LATEST_PROMPT_JOIN is that prompt;
# PROMPT_COLUMNS are its columns labelled `prompt_<name>` (prompt_of reads them back).
LATEST_PROMPT = PROMPTS.alias("latest_prompt")
LATEST_PROMPT_JOIN = LATEST_PROMPT.c.id == (
    _LATEST.with_only_columns(_P.id).correlate(None).scalar_subquery()
)
PROMPT_COLUMNS = tuple(
    LATEST_PROMPT.c[column.name].label(f"prompt_{column.name}") for column in _COLUMNS
)
_GET = select(*_COLUMNS).where(_P.id == bindparam("id"))
_SUPERSEDE = (
    update(_PROMPTS)
    .where(
        _P.conversation_key == bindparam("key"),
        _P.user_id == bindparam("user"),
        _P.status == OPEN,
    )
    .values(status=SUPERSEDED, closed_at=bindparam("now", type_=_P.closed_at.type))
)
_INSERT = insert(_PROMPTS)
_CONSUME = (
    update(_PROMPTS)
    .where(_P.id == bindparam("prompt_id"), _P.status == OPEN, _P.expires_at > bindparam("now"))
    .values(
        status=bindparam("new_status", type_=_P.status.type),
        closed_at=bindparam("now", type_=_P.closed_at.type),
    )
)


@dataclass(frozen=True)
class Prompt:
    """An open question and what to do with its answer."""

    id: str
    conversation_key: str
    user_id: str
    itinerary_id: str | None
    kind: PromptKind
    labels: list[str]
    payload: dict[str, Any]
    status: str
    expired: bool


def new_prompt_id() -> str:
    """Eight URL-safe characters: short enough for Telegram's 64-byte callback_data."""
    return secrets.token_urlsafe(6)


class ConversationStateService:
    """Stores, finds and consumes prompts inside the caller's session."""

    def __init__(self, session: AsyncSession, clock: Clock, ttl_minutes: float) -> None:
        self._session = session
        self._clock = clock
        self._ttl = timedelta(minutes=ttl_minutes)
        # The latest prompt per (chat, traveler) as read in this transaction: a turn asks for
        # it up to four times (issue #19). Any write here through this service forgets it.
        self._latest: dict[tuple[str, str], Prompt | None] = {}

    @property
    def ttl_seconds(self) -> int:
        """How long a prompt stays answerable."""
        return int(self._ttl.total_seconds())

    def _to_prompt(self, row: Row[*tuple[Any, ...]]) -> Prompt:
        return Prompt(
            id=row.id,
            conversation_key=row.conversation_key,
            user_id=row.user_id,
            itinerary_id=row.itinerary_id,
            kind=PromptKind(row.kind),
            labels=list(row.payload.get("labels", [])),
            payload=row.payload,
            status=row.status,
            expired=row.expires_at <= self._clock.now(),
        )

    def prompt_of(self, row: Row[*tuple[Any, ...]]) -> Prompt | None:
        """The prompt read with PROMPT_COLUMNS in `row`, None if there was none."""
        mapping = row._mapping
        if mapping["prompt_id"] is None:
            return None
        payload = mapping["prompt_payload"]
        return Prompt(
            id=mapping["prompt_id"],
            conversation_key=mapping["prompt_conversation_key"],
            user_id=mapping["prompt_user_id"],
            itinerary_id=mapping["prompt_itinerary_id"],
            kind=PromptKind(mapping["prompt_kind"]),
            labels=list(payload.get("labels", [])),
            payload=payload,
            status=mapping["prompt_status"],
            expired=mapping["prompt_expires_at"] <= self._clock.now(),
        )

    def remember_latest(self, conversation_key: str, user_id: str, prompt: Prompt | None) -> None:
        """What `latest` answers until this service writes (read by the caller with LATEST_ID)."""
        self._latest[(conversation_key, user_id)] = prompt

    async def open(
        self,
        conversation_key: str,
        user_id: str,
        itinerary_id: str | None,
        kind: PromptKind,
        labels: list[str],
        payload: dict[str, Any],
    ) -> Prompt:
        """Open a new prompt, superseding the one this traveler still has open in this chat."""
        self._latest.clear()
        now = self._clock.now()
        await hot.execute(
            self._session, _SUPERSEDE, {"key": conversation_key, "user": user_id, "now": now}
        )
        prompt = Prompt(
            id=new_prompt_id(),
            conversation_key=conversation_key,
            user_id=user_id,
            itinerary_id=itinerary_id,
            kind=kind,
            labels=list(labels),
            payload={**payload, "labels": labels},
            status=OPEN,
            expired=self._ttl <= timedelta(0),
        )
        await hot.execute(
            self._session,
            _INSERT,
            {
                "id": prompt.id,
                "conversation_key": conversation_key,
                "user_id": user_id,
                "itinerary_id": itinerary_id,
                "kind": kind.value,
                "payload": prompt.payload,
                "status": OPEN,
                "created_at": now,
                "expires_at": now + self._ttl,
            },
        )
        return prompt

    async def latest(self, conversation_key: str, user_id: str) -> Prompt | None:
        """The traveler's open prompt in this chat (at most one), else their newest closed one.

        Someone else's question in the same chat is never returned: it is theirs to answer.
        """
        key = (conversation_key, user_id)
        if key in self._latest:
            return self._latest[key]
        params = {"key": conversation_key, "user": user_id}
        row = (await hot.execute(self._session, _LATEST, params)).first()
        prompt = self._to_prompt(row) if row else None
        self._latest[key] = prompt
        return prompt

    async def get(self, prompt_id: str) -> Prompt | None:
        """One prompt by id."""
        row = (await hot.execute(self._session, _GET, {"id": prompt_id})).first()
        return self._to_prompt(row) if row else None

    async def consume(self, prompt_id: str, status: str = ANSWERED) -> bool:
        """Close an open, unexpired prompt; False if someone else already did (or it expired)."""
        self._latest.clear()
        params = {"prompt_id": prompt_id, "now": self._clock.now(), "new_status": status}
        result = await hot.execute(self._session, _CONSUME, params)
        return getattr(result, "rowcount", 0) == 1

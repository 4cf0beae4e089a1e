"""ChatContextBuilder: what an LLM sees of a conversation, within a fixed token budget.

Context = running summary (≤ 2000 tokens) + the last 5 messages + the traveler's preferences,
under 3000 tokens in all (PRD §6.2–6.3). The summary is extractive (no LLM needed): older
messages are folded into one short line each, oldest lines dropped first when over budget.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sqlalchemy import Table, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage import hot
from core.storage.models import ChatMessage, ConversationSummary

_CHAT_MESSAGES: Table = ChatMessage.__table__  # type: ignore[assignment]
_INSERT_MESSAGES = insert(_CHAT_MESSAGES)

RECENT_MESSAGES = 5
SUMMARY_TOKENS = 2000
TOTAL_TOKENS = 3000
MESSAGE_TOKENS = 150
_LINE_CHARS = 120
_FOLD_AFTER = RECENT_MESSAGES * 2


def estimate_tokens(text: str) -> int:
    """A conservative token estimate (about four characters a token)."""
    return math.ceil(len(text) / 4)


def _clip(text: str, tokens: int) -> str:
    limit = tokens * 4
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _summary_line(role: str, text: str) -> str:
    first = " ".join(text.split())
    if len(first) > _LINE_CHARS:
        first = first[: _LINE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return f"- {role}: {first}"


def _within(lines: list[str], tokens: int) -> list[str]:
    kept = list(lines)
    while kept and estimate_tokens("\n".join(kept)) > tokens:
        kept.pop(0)  # the oldest go first
    return kept


@dataclass(frozen=True)
class ChatContext:
    """The parts of a conversation an LLM prompt may carry."""

    summary: str = ""
    recent: list[tuple[str, str]] = field(default_factory=list)
    preferences: dict[str, str] = field(default_factory=dict)

    def render(self) -> str:
        """Prompt text, always within TOTAL_TOKENS."""
        parts = []
        if self.preferences:
            parts.append("Traveler: " + "; ".join(f"{k}: {v}" for k, v in self.preferences.items()))
        if self.summary:
            parts.append("Earlier in this chat:\n" + self.summary)
        if self.recent:
            parts.append(
                "Latest messages:\n"
                + "\n".join(f"{role}: {_clip(text, MESSAGE_TOKENS)}" for role, text in self.recent)
            )
        text = "\n\n".join(parts)
        return _clip(text, TOTAL_TOKENS) if estimate_tokens(text) > TOTAL_TOKENS else text


class ChatContextBuilder:
    """Records messages and builds contexts inside the caller's session."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def record(
        self,
        conversation_key: str,
        user_id: str,
        *messages: tuple[str, str],
        answer: tuple[str, str, int | None] | None = None,
    ) -> None:
        """Keep (role, text) messages; summarizing waits until a context is built.

        `answer` (type, itinerary id, version made) is kept on the assistant's messages, so
        operators can read a transcript with what each answer was and did.
        """
        now = self._clock.now()
        kind, itinerary_id, to_version = answer or (None, None, None)
        rows = [
            {
                "conversation_key": conversation_key,
                "user_id": user_id,
                "role": role,
                "text": text[:4000],
                "created_at": now,
                "answer_type": kind if role == "assistant" else None,
                "itinerary_id": itinerary_id if role == "assistant" else None,
                "to_version": to_version if role == "assistant" else None,
            }
            for role, text in messages
        ]
        if rows:
            # One executemany on a statement built once, instead of an INSERT ... RETURNING
            # per message through the ORM's flush: nobody reads the new rows' ids.
            await hot.execute(self._session, _INSERT_MESSAGES, rows)

    async def recent_traveler_texts(
        self, conversation_key: str, user_id: str, limit: int = 4
    ) -> list[str]:
        """What this traveler wrote last in this chat, newest first (not others in a group)."""
        rows = await self._session.scalars(
            select(ChatMessage.text)
            .where(
                ChatMessage.conversation_key == conversation_key,
                ChatMessage.user_id == user_id,
                ChatMessage.role == "traveler",
            )
            .order_by(ChatMessage.id.desc())
            .limit(limit)
        )
        return list(rows)

    async def _fold(self, conversation_key: str) -> None:
        summary = await self._session.get(ConversationSummary, conversation_key)
        covered = summary.covered_message_id if summary else 0
        rows = list(
            await self._session.scalars(
                select(ChatMessage)
                .where(ChatMessage.conversation_key == conversation_key, ChatMessage.id > covered)
                .order_by(ChatMessage.id)
            )
        )
        if len(rows) <= _FOLD_AFTER:
            return
        folded = rows[:-RECENT_MESSAGES]
        lines = summary.summary.splitlines() if summary and summary.summary else []
        lines += [_summary_line(row.role, row.text) for row in folded]
        text = "\n".join(_within(lines, SUMMARY_TOKENS))
        if summary is None:
            self._session.add(
                ConversationSummary(
                    conversation_key=conversation_key,
                    summary=text,
                    covered_message_id=folded[-1].id,
                    updated_at=self._clock.now(),
                )
            )
        else:
            summary.summary = text
            summary.covered_message_id = folded[-1].id
            summary.updated_at = self._clock.now()
        await self._session.flush()

    async def build(
        self, conversation_key: str, preferences: dict[str, str] | None = None
    ) -> ChatContext:
        """Summary + last messages + preferences for one conversation.

        Folding older messages into the summary happens here, not on every turn: contexts
        are built only when an LLM is asked, which most turns never do.
        """
        await self._fold(conversation_key)
        summary = await self._session.get(ConversationSummary, conversation_key)
        rows = list(
            await self._session.scalars(
                select(ChatMessage)
                .where(ChatMessage.conversation_key == conversation_key)
                .order_by(ChatMessage.id.desc())
                .limit(RECENT_MESSAGES)
            )
        )
        return ChatContext(
            summary=summary.summary if summary else "",
            recent=[(row.role, row.text) for row in reversed(rows)],
            preferences=preferences or {},
        )

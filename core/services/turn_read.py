"""A turn's first read: its itinerary and the traveler's latest prompt in the chat, at once.

Every turn needs both (is the trip theirs, does the text answer an open question): read apart
they were two statements, and the prompt was read again up to three times during the turn
(issue #19). One statement, built once, reads the trip with that prompt joined on; the prompt
service then answers `latest` from it until it writes.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from core.services.conversation_state import (
    LATEST_PROMPT,
    LATEST_PROMPT_JOIN,
    PROMPT_COLUMNS,
    ConversationStateService,
)
from core.services.itinerary import ItineraryView, NotFoundError, view_of
from core.services.itinerary_statements import ITINERARIES, READ
from core.storage import hot

# READ (the trip by :id) with the latest prompt of :key and :user joined on (or NULLs).
READ_WITH_PROMPT = READ.add_columns(*PROMPT_COLUMNS).select_from(
    ITINERARIES.outerjoin(LATEST_PROMPT, LATEST_PROMPT_JOIN)
)


async def read_turn(
    session: AsyncSession,
    prompts: ConversationStateService,
    itinerary_id: str,
    conversation_key: str,
    user_id: str,
) -> ItineraryView:
    """The itinerary `itinerary_id`; `prompts` remembers the latest prompt read with it.

    NotFoundError if there is no such itinerary (the prompt is then not read).
    """
    params = {"id": itinerary_id, "key": conversation_key, "user": user_id}
    row = (await hot.execute(session, READ_WITH_PROMPT, params)).first()
    if row is None:
        raise NotFoundError(itinerary_id)
    prompts.remember_latest(conversation_key, user_id, prompts.prompt_of(row))
    return view_of(row)

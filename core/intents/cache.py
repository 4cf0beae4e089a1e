"""The intent cache: what the LLM made of a phrasing, reused for a while (PRD §11.2 strategy 1)."""

from __future__ import annotations

from cachetools import TTLCache

from core.clock import Clock
from core.intents.model import Intent, ParsedMessage
from core.text import fold

SECONDS_PER_DAY = 86_400


class IntentCache:
    """An in-memory TTL + LRU cache of classifications, keyed by the folded text.

    Folding makes "Sushi Zen on day 2!" and "sushi zen on day 2" one entry, so a phrasing costs
    one LLM call however it is capitalized, accented or punctuated.
    """

    def __init__(self, clock: Clock, *, size: int = 500, ttl_days: float = 7) -> None:
        self._entries: TTLCache[str, ParsedMessage] = TTLCache(
            maxsize=size, ttl=ttl_days * SECONDS_PER_DAY, timer=clock.monotonic
        )

    def get(self, text: str) -> ParsedMessage | None:
        """The cached classification of `text`, or None.

        Args:
            text: The traveler's message as typed.

        Returns:
            The ParsedMessage stored for the same folded text, if it has not expired.
        """
        key = fold(text)
        return self._entries.get(key) if key else None

    def put(self, text: str, parsed: ParsedMessage) -> None:
        """Remember a successful classification of `text` (one with an UNKNOWN op never is).

        Args:
            text: The traveler's message as typed.
            parsed: What it means: its operations in order, and its language.
        """
        key = fold(text)
        # An empty key would make every punctuation-only message share one answer.
        if key and all(op.intent is not Intent.UNKNOWN for op in parsed.ops):
            self._entries[key] = parsed

    def __len__(self) -> int:
        return len(self._entries)

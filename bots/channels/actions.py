"""Buttons and commands that are not answers to a question, routed by their token's kind."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from bots.channels.port import Channel
from core.protocol import InboundTurn

# Handles one tap or command on the channel it came from (e.g. the lead desk's Claim).
ActionHandler = Callable[[Channel, InboundTurn], Awaitable[None]]


class ActionRegistry:
    """Handlers by kind: a token "<kind>:<…>" (e.g. "lead:claim:{id}") goes to its kind's.

    Built once at start-up and handed to the pipeline; a kind nobody registered is not an
    action (the token is then read as a choice, or refused as stale).
    """

    def __init__(self, handlers: Mapping[str, ActionHandler] | None = None) -> None:
        self._handlers = dict(handlers or {})

    def find(self, token: str) -> ActionHandler | None:
        """The handler for a token's kind, or None."""
        kind, sep, _ = token.partition(":")
        return self._handlers.get(kind) if sep else None

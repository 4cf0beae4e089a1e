"""What a channel adapter makes of one webhook delivery, decoded once (plain data).

The web layer turns it into an HTTP answer; adapters never import a web framework.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from core.protocol import InboundTurn

# Work an adapter does alone, without the inbox or the orchestrator (a "More…" page, answering
# a foreign button): run in the background after the webhook answered.
LocalAction = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class WebhookReply:
    """The HTTP answer to a delivery: status, body and its media type."""

    status: int = 200
    body: str = ""
    media_type: str | None = None

    @classmethod
    def json(cls, data: Any) -> WebhookReply:
        """A JSON answer (Slack's url_verification challenge)."""
        return cls(body=json.dumps(data), media_type="application/json")


@dataclass(frozen=True)
class Delivery:
    """One delivery: the traveler turns for the inbox, local actions, and the reply."""

    turns: tuple[InboundTurn, ...] = ()
    local: tuple[LocalAction, ...] = ()
    reply: WebhookReply = WebhookReply()

"""What the web layer needs from each channel adapter (adapters/<channel>/ implement it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from core.deliveries import Delivery
from core.edits import SentMessage
from core.protocol import AgentResponse, InboundTurn


class Channel(Protocol):
    """A chat platform: verify and parse its webhooks, render and send answers."""

    name: str

    def verify(self, body: bytes, headers: Mapping[str, str], url: str) -> bool:
        """Whether the delivery really comes from the platform (signature / secret)."""
        ...

    def parse(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """Decode a verified delivery once: its turns, local actions and the webhook's reply.

        Turns are none for deliveries we ignore (bot echoes, messages not for us); a platform
        handshake (Slack's url_verification) is only a reply.

        Raises:
            ValueError: the body is not a delivery of this platform (the route answers 400).
        """
        ...

    async def acknowledge(self, turn: InboundTurn) -> None:
        """Immediate platform feedback for a tap (Telegram answerCallbackQuery), if any."""
        ...

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> SentMessage | None:
        """Render and send the answer; after a tap also edit the tapped message.

        Returns the message a later edit can add to (the answer's last one), or None on a
        channel that cannot edit sent messages (WhatsApp).
        """
        ...

    async def notify(self, turn: InboundTurn, text: str) -> None:
        """A notice only for the turn's person (welcome, slow down).

        Ephemeral in a shared Slack channel, a reply to them (in their topic) in a Telegram group.
        """
        ...

    async def send_text(self, chat_id: str, text: str) -> None:
        """A plain message (onboarding, link confirmations)."""
        ...

    async def aclose(self) -> None:
        """Release network clients."""
        ...

"""The WhatsApp (Twilio) channel: the Channel port, composed of the pure parts and the sender."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx

from adapters.whatsapp.form import parse_form
from adapters.whatsapp.inbound import CHANNEL, to_turns
from adapters.whatsapp.outbound import (
    message_form,
    render,
    render_text,
    template_form,
)
from adapters.whatsapp.sender import DEFAULT_BASE_URL, Sleep, TwilioSender
from adapters.whatsapp.shape import check_message_shape
from adapters.whatsapp.signature import SIGNATURE_HEADER, header, is_valid
from core.clock import Clock
from core.config import Settings
from core.deliveries import Delivery, WebhookReply
from core.protocol import AgentResponse, InboundTurn

# Answers go out through the REST API (they can take seconds, and may be several messages),
# so the webhook itself answers with an empty TwiML document.
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
TWIML_ACK = WebhookReply(body=EMPTY_TWIML, media_type="text/xml")


class WhatsAppChannel:
    """WhatsApp through Twilio: signed form webhooks in, numbered-text answers out."""

    name = CHANNEL

    def __init__(self, *, auth_token: str, sender_address: str, sender: TwilioSender) -> None:
        self._auth_token = auth_token
        self._from = sender_address
        self._sender = sender

    def verify(self, body: bytes, headers: Mapping[str, str], url: str) -> bool:
        """Whether X-Twilio-Signature matches the public URL and the form fields."""
        signature = header(headers, SIGNATURE_HEADER)
        try:
            params = parse_form(body)
        except ValueError:
            return False
        return is_valid(self._auth_token, url, params, signature)

    def parse(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """The traveler's message (none for status callbacks), answered with empty TwiML.

        Raises:
            ValueError: unreadable, or not shaped like a real Twilio message (a re-split
                replay of a captured delivery keeps a valid signature but not this shape).
        """
        form = parse_form(body)
        check_message_shape(form)
        # Twilio sends nothing itself: answers go out through the REST API.
        return Delivery(turns=tuple(to_turns(form)), reply=TWIML_ACK)

    async def acknowledge(self, turn: InboundTurn) -> None:
        """Nothing to do: a WhatsApp tap has no spinner to stop."""

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> None:
        """Send the answer; after a tap it starts with "✅ <choice>" (WhatsApp can't edit).

        Every answer replies to a message the traveler just sent, so it is inside the 24-hour
        window and free-form text is allowed.
        """
        context = turn.reply_context or {}
        chosen = context.get("choiceLabel") if turn.choice_token else None
        for body in render(response, chosen=str(chosen) if chosen else None):
            await self._sender.send(message_form(turn.chat_id, self._from, body))

    async def send_text(self, chat_id: str, text: str) -> None:
        """A plain message (welcome, link confirmation)."""
        for body in render_text(text):
            await self._sender.send(message_form(chat_id, self._from, body))

    async def notify(self, turn: InboundTurn, text: str) -> None:
        """A notice for the traveler (a WhatsApp chat is always one person's)."""
        await self.send_text(turn.chat_id, text)

    async def send_template(self, to: str, content_sid: str, variables: Mapping[str, str]) -> str:
        """An approved template (ContentSid + ContentVariables) for proactive pushes.

        Outside the 24-hour window only templates are delivered; Twilio reports a free-form
        message there as failed (63016) after accepting it. Returns the message SID.
        """
        return await self._sender.send(template_form(to, self._from, content_sid, variables))

    async def aclose(self) -> None:
        """Close the sender's HTTP client."""
        await self._sender.aclose()


def from_settings(
    settings: Settings,
    clock: Clock,
    *,
    client: httpx.AsyncClient | None = None,
    sleep: Sleep = asyncio.sleep,
) -> WhatsAppChannel | None:
    """The channel, or None unless TWILIO_ACCOUNT_SID, _AUTH_TOKEN and _WHATSAPP_FROM are set.

    Args:
        settings: the service settings; TWILIO_API_BASE_URL (an origin) replaces
            https://api.twilio.com when set.
        clock: paces sends (monotonic time).
        client: an HTTP client to send with (tests pass one on a fake Twilio).
        sleep: how to wait between paced or retried sends (tests record instead of waiting).
    """
    token = settings.twilio_auth_token
    if not (settings.twilio_account_sid and token and settings.twilio_whatsapp_from):
        return None
    sender = TwilioSender(
        settings.twilio_account_sid,
        token.get_secret_value(),
        clock=clock,
        base_url=settings.twilio_api_base_url or DEFAULT_BASE_URL,
        client=client,
        sleep=sleep,
    )
    return WhatsAppChannel(
        auth_token=token.get_secret_value(),
        sender_address=settings.twilio_whatsapp_from,
        sender=sender,
    )

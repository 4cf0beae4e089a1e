"""The WhatsApp (Twilio) channel: the Channel port, composed of the pure parts and the sender."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

import httpx

from adapters.whatsapp.form import parse_form
from adapters.whatsapp.inbound import CHANNEL, to_turns
from adapters.whatsapp.interactive import interactive
from adapters.whatsapp.outbound import (
    message_form,
    render,
    render_text,
    template_form,
)
from adapters.whatsapp.sender import (
    DEFAULT_BASE_URL,
    Sleep,
    TwilioSender,
    TwilioSendError,
)
from adapters.whatsapp.shape import check_message_shape
from adapters.whatsapp.signature import SIGNATURE_HEADER, header, is_valid
from adapters.whatsapp.templates import ContentTemplates
from core.clock import Clock
from core.config import Settings
from core.deliveries import Delivery, WebhookReply
from core.protocol import AgentResponse, InboundTurn

log = logging.getLogger(__name__)

# Answers go out through the REST API (they can take seconds, and may be several messages),
# so the webhook itself answers with an empty TwiML document.
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# When the traveler's message arrived (reply_context, ISO 8601): list pickers and quick
# replies are delivered only inside WhatsApp's 24-hour session, which a reply sent after a
# long outage may have left. A few minutes' margin: Twilio counts to its own delivery.
RECEIVED_AT = "receivedAt"
SESSION = timedelta(hours=24) - timedelta(minutes=5)
STATUS_PATH = "/webhooks/whatsapp/status"
INVALID_CONTENT_SID = 21655  # Twilio: "The ContentSid is Invalid" (e.g. a deleted template)
TWIML_ACK = WebhookReply(body=EMPTY_TWIML, media_type="text/xml")


class WhatsAppChannel:
    """WhatsApp through Twilio: signed form webhooks in, tappable or numbered answers out.

    Choices are list pickers and quick replies inside the 24-hour session, numbered text
    otherwise or when those fail.
    """

    name = CHANNEL

    def __init__(
        self,
        *,
        auth_token: str,
        sender_address: str,
        sender: TwilioSender,
        clock: Clock | None = None,
        templates: ContentTemplates | None = None,
    ) -> None:
        self._auth_token = auth_token
        self._from = sender_address
        self._sender = sender
        self._clock = clock or sender.clock
        self._templates = templates or ContentTemplates(sender, self._clock)

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
        turns = tuple(self._stamped(turn) for turn in to_turns(form))
        return Delivery(turns=turns, reply=TWIML_ACK)

    async def acknowledge(self, turn: InboundTurn) -> None:
        """Nothing to do: a WhatsApp tap has no spinner to stop."""

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> None:
        """Send the answer; after a tap it starts with "✅ <choice>" (WhatsApp can't edit).

        A choice goes out as a list picker (NEEDS_SELECTION) or quick-reply buttons
        (NEEDS_CONFIRMATION) while the traveler's session is open; outside it, or when the
        Content API or the send fails, as numbered text, which typed replies answer as well.
        """
        context = turn.reply_context or {}
        label = context.get("choiceLabel") if turn.choice_token else None
        chosen = str(label) if label else None
        if self._in_session(turn) and await self._send_interactive(turn, response, chosen):
            return
        for body in render(response, chosen=chosen):
            await self._sender.send(message_form(turn.chat_id, self._from, body))

    async def _send_interactive(
        self, turn: InboundTurn, response: AgentResponse, chosen: str | None
    ) -> bool:
        """Send the choice as a list picker or quick reply; False when text must do instead."""
        picked = interactive(response, chosen)
        if picked is None:
            return False
        sid = await self._templates.sid(picked.shape)
        if sid is None:
            return False
        form = template_form(turn.chat_id, self._from, sid, picked.variables)
        try:
            await self._sender.send(form)
        except TwilioSendError as exc:
            # Logged by the sender; numbered text follows, so nothing is lost.
            if exc.code == INVALID_CONTENT_SID:
                self._templates.forget(picked.shape)
            return False
        return True

    def _stamped(self, turn: InboundTurn) -> InboundTurn:
        context = {**(turn.reply_context or {}), RECEIVED_AT: self._clock.now().isoformat()}
        return turn.model_copy(update={"reply_context": context})

    def _in_session(self, turn: InboundTurn) -> bool:
        """Whether the traveler wrote within the session; unknown (not stamped): yes."""
        stamp = (turn.reply_context or {}).get(RECEIVED_AT)
        try:
            received = datetime.fromisoformat(str(stamp)) if stamp else None
        except ValueError:
            received = None
        return received is None or self._clock.now() - received < SESSION

    async def send_text(self, chat_id: str, text: str) -> None:
        """A plain message (welcome, link confirmation)."""
        for body in render_text(text):
            await self._sender.send(message_form(chat_id, self._from, body))

    async def notify(self, turn: InboundTurn, text: str) -> None:
        """A notice for the traveler (a WhatsApp chat is always one person's)."""
        await self.send_text(turn.chat_id, text)

    async def send_tracked(self, chat_id: str, text: str) -> str | None:
        """A push as plain text; the SID of its last part, which status callbacks name."""
        sid = None
        for body in render_text(text):
            sid = await self._sender.send(message_form(chat_id, self._from, body))
        return sid

    async def send_template(self, to: str, content_sid: str, variables: Mapping[str, str]) -> str:
        """An approved template (ContentSid + ContentVariables) for proactive pushes.

        Outside the 24-hour window only templates are delivered; Twilio reports a free-form
        message there as failed (63016) after accepting it. Returns the message SID.
        """
        return await self._sender.send(template_form(to, self._from, content_sid, variables))

    async def aclose(self) -> None:
        """Close the sender's HTTP client."""
        await self._sender.aclose()


def status_callback_url(settings: Settings) -> str | None:
    """Where Twilio posts delivery receipts: PUBLIC_BASE_URL + STATUS_PATH (None: unset)."""
    base = (settings.public_base_url or "").rstrip("/")
    return f"{base}{STATUS_PATH}" if base else None


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
            https://api.twilio.com when set, TWILIO_CONTENT_BASE_URL (else
            TWILIO_API_BASE_URL) https://content.twilio.com.
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
        content_base_url=settings.twilio_content_base_url,
        client=client,
        sleep=sleep,
        status_callback=status_callback_url(settings),
    )
    return WhatsAppChannel(
        auth_token=token.get_secret_value(),
        sender_address=settings.twilio_whatsapp_from,
        sender=sender,
        clock=clock,
    )

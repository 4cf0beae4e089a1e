"""The Slack channel: the Channel port composed from signature, inbound, outbound and sender."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from cachetools import TTLCache

from adapters.slack.edits import details_update, is_not_editable, sent_message
from adapters.slack.errors import SlackChatGoneError, SlackSendError
from adapters.slack.inbound import CHANNEL, read_delivery
from adapters.slack.outbound import render, render_chosen, render_text
from adapters.slack.sender import SlackSender, Sleep
from adapters.slack.signature import SlackSignature
from core.clock import Clock
from core.config import Settings
from core.deliveries import Delivery, WebhookReply
from core.edits import MessageEdit, MessageNotEditableError, SentMessage
from core.protocol import AgentResponse, InboundTurn, ResponseType

log = logging.getLogger(__name__)
THREADS_REMEMBERED = 10_000
THREAD_MEMORY_SECONDS = 7 * 24 * 3600


class SlackChannel:
    """Slack through the Events API and interactivity, both at /webhooks/slack."""

    name = CHANNEL

    def __init__(self, signature: SlackSignature, sender: SlackSender) -> None:
        self._signature = signature
        self.sender = sender
        # Threads this process answered in: later replies there are for us without a mention.
        # Kept in memory: after a restart such a thread needs a mention again (never the
        # other way round: chatter is not answered by mistake).
        self._threads: TTLCache[tuple[str, str], bool] = TTLCache(
            maxsize=THREADS_REMEMBERED, ttl=THREAD_MEMORY_SECONDS
        )

    def verify(self, body: bytes, headers: Mapping[str, str], url: str) -> bool:
        """Slack's v0 signature over the raw body, at most 5 minutes old (`url` is unused)."""
        return self._signature.verify(body, headers)

    def parse(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """A message to us or a tap on our button; the url_verification handshake's echo.

        Slack only needs an empty 200 within 3 seconds for everything else.
        """
        turns, challenge = read_delivery(body, headers, self._threads)
        if challenge is not None:
            return Delivery(reply=WebhookReply.json({"challenge": challenge}))
        return Delivery(turns=tuple(turns))

    async def acknowledge(self, turn: InboundTurn) -> None:
        """Nothing beyond ack(): Slack's spinner stops with the HTTP answer."""

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> SentMessage | None:
        """Edit the tapped message (if any) to show the choice, then post the answer.

        After an ERROR (stale, expired, answered or someone else's prompt) the tapped message
        keeps its buttons: in a shared channel they may still be its owner's to press.

        Returns:
            The last message posted, which a later edit can add details to (None when the
            answer went only to the person who tapped).
        """
        context: dict[str, Any] = turn.reply_context or {}
        if (
            turn.choice_token
            and context.get("message_ts")
            and response.type is not ResponseType.ERROR
        ):
            chosen = render_chosen(context.get("question"), str(context.get("choice") or ""))
            try:
                await self.sender.update(
                    {"channel": turn.chat_id, "ts": context["message_ts"], **chosen}
                )
            except SlackSendError:
                # Logged by the sender; the answer itself matters more than the edit.
                log.warning("slack: answering %s without editing the tapped message", turn.event_id)
        thread_ts = context.get("thread_ts")
        if turn.choice_token and response.type is ResponseType.ERROR and _shared(turn.chat_id):
            # A refused tap (someone else's question, an old one) concerns only whoever tapped:
            # in a channel the others need not see it.
            for message in render(response):
                await self.tell(turn, message)
            return None
        last = None
        for message in render(response):
            ts = await self._post(turn.chat_id, message, thread_ts)
            last = sent_message(turn.chat_id, message, ts)
        return last

    async def edit_message(self, edit: MessageEdit) -> None:
        """Add details to a message posted before (chat.update).

        Raises:
            MessageNotEditableError: the message is gone or can no longer be edited.
            SlackChatGoneError: the channel is gone for the bot.
            SlackSendError: any other refusal or failure, after the sender's retries.
        """
        try:
            await self.sender.update(details_update(edit))
        except SlackChatGoneError:
            raise
        except SlackSendError as exc:
            if is_not_editable(exc.error):
                raise MessageNotEditableError(exc.error) from exc
            raise

    async def notify(self, turn: InboundTurn, text: str) -> None:
        """A notice for the person who wrote or tapped only (welcome, slow down)."""
        for message in render_text(text):
            await self.tell(turn, message)

    async def tell(self, turn: InboundTurn, message: dict[str, Any]) -> None:
        """A prepared message only the turn's person sees.

        Through the turn's response_url when it has one (slash commands, taps): that works in
        channels the bot is not in. Otherwise chat.postEphemeral in a shared channel, and an
        ordinary message in a direct message (an ephemeral one vanishes on reload there).
        """
        context = turn.reply_context or {}
        url = context.get("response_url")
        if isinstance(url, str) and self.sender.is_response_url(url):
            body = {**message, "response_type": "ephemeral", "replace_original": False}
            try:
                await self.sender.respond(url, body)
            except SlackSendError:
                if context.get("command"):
                    raise  # typed where the bot may not be: nothing else can reach it
                log.warning("slack: response_url of %s failed, posting ephemeral", turn.event_id)
            else:
                return
        if _shared(turn.chat_id) or context.get("command"):
            await self.post_ephemeral(turn.chat_id, turn.external_user_id, message)
        else:
            await self._post(turn.chat_id, message, context.get("thread_ts"))

    async def send_text(self, chat_id: str, text: str) -> None:
        """A plain message to a channel or DM."""
        for message in render_text(text):
            await self._post(chat_id, message, None)

    async def post_blocks(self, chat_id: str, message: dict[str, Any]) -> str:
        """Post a prepared Block Kit message (`text`, `blocks`); returns its ts."""
        return await self.sender.post({"channel": chat_id, **message})

    async def update_blocks(self, chat_id: str, ts: str, message: dict[str, Any]) -> None:
        """Replace one of our messages with a prepared Block Kit message."""
        await self.sender.update({"channel": chat_id, "ts": ts, **message})

    async def post_ephemeral(self, chat_id: str, user: str, message: dict[str, Any]) -> None:
        """A prepared message only `user` sees in `chat_id`."""
        await self.sender.post_ephemeral({"channel": chat_id, "user": user, **message})

    async def _post(self, chat_id: str, message: dict[str, Any], thread_ts: Any) -> str:
        body = {"channel": chat_id, **message}
        if thread_ts:
            body["thread_ts"] = thread_ts  # answer in the thread the traveler used
        ts = await self.sender.post(body)
        if thread_ts:
            self._threads[(chat_id, str(thread_ts))] = True
        return ts

    async def aclose(self) -> None:
        """Close the HTTP session."""
        await self.sender.aclose()


def from_settings(
    settings: Settings, clock: Clock, *, sleep: Sleep = asyncio.sleep
) -> SlackChannel | None:
    """The Slack channel, or None when SLACK_BOT_TOKEN or SLACK_SIGNING_SECRET is not set.

    Args:
        settings: slack_bot_token, slack_signing_secret and slack_api_base_url are used.
        clock: signature freshness and per-channel pacing.
        sleep: how the sender waits (tests pass one that does not).
    """
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
    secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    if not token.strip() or not secret.strip():
        return None
    return SlackChannel(
        SlackSignature(secret, clock),
        SlackSender(token, settings.slack_api_base_url, clock, sleep=sleep),
    )


def _shared(chat_id: str) -> bool:
    """A channel or group several people read; direct messages ("D…") are one person's."""
    return not chat_id.startswith("D")

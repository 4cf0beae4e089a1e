"""The Telegram channel: the Channel port composed from inbound, outbound and the sender."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from functools import partial
from typing import Any

import httpx

from adapters.telegram.edits import details_edit, is_not_editable, is_not_modified, sent_message
from adapters.telegram.inbound import CHANNEL, BotIdentity, LocalTap, load_update, read_update
from adapters.telegram.keyboards import labels_from_text, without_number
from adapters.telegram.outbound import (
    callback_answer,
    message_body,
    page_edit,
    placed,
    render,
    tapped_edit,
)
from adapters.telegram.ratelimit import Sleep
from adapters.telegram.sender import TelegramApiError, TelegramChatBlockedError, TelegramSender
from adapters.telegram.signature import verify_secret_token
from core.clock import Clock
from core.config import Settings
from core.deliveries import Delivery
from core.edits import MessageEdit, MessageNotEditableError, SentMessage
from core.protocol import AgentResponse, InboundTurn, ResponseType

log = logging.getLogger(__name__)


class TelegramChannel:
    """Webhook updates in, messages with inline keyboards out."""

    name = CHANNEL

    def __init__(
        self,
        sender: TelegramSender,
        webhook_secret: str | None,
        bot: BotIdentity | None = None,
    ) -> None:
        self.sender = sender
        self._secret = webhook_secret
        self.bot = bot or BotIdentity()

    def verify(self, body: bytes, headers: Mapping[str, str], url: str) -> bool:
        """Whether the delivery carries our setWebhook secret (the URL plays no part)."""
        return verify_secret_token(headers, self._secret)

    def parse(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """The text, location or choice tap in one Update, parsed once; any 2xx acknowledges.

        A "More…" page or a foreign button is a local action, not a traveler turn: it never
        reaches the inbox or the orchestrator, and runs after the webhook answered.
        """
        turns, tap = read_update(load_update(body), self.bot)
        local = (partial(self.handle_local_tap, tap),) if tap is not None else ()
        return Delivery(turns=tuple(turns), local=local)

    async def acknowledge(self, turn: InboundTurn) -> None:
        """Answer a tap's callback query at once, so the button stops spinning.

        In a group the answer waits for the outcome (see `deliver`): it is the only thing
        Telegram shows to the tapper alone, and a refusal is theirs, not the group's.
        """
        context = turn.reply_context or {}
        if (query_id := context.get("callback_query_id")) and not _in_group(turn):
            await self._answer(str(query_id), context.get("button_text"))

    async def deliver(self, turn: InboundTurn, response: AgentResponse) -> SentMessage | None:
        """Retire the tapped keyboard (showing the choice), then send the answer.

        Returns:
            The last message sent, which a later edit can add details to.

        Raises:
            TelegramApiError: the answer could not be sent (the pipeline records the failure).
        """
        context = turn.reply_context or {}
        if (query_id := _group_tap(turn)) is not None:
            refused = response.type is ResponseType.ERROR
            # Someone else's question, an answered or expired one: said to the tapper alone.
            text = response.message if refused else context.get("button_text")
            await self._answer(query_id, str(text) if text else None, alert=refused)
            if refused:
                return None
        if context.get("message_id") is not None:
            await self._retire_keyboard(turn.chat_id, context, response)
        last = None
        for body in render(response, turn.chat_id, selective=_in_group(turn)):
            result = await self.sender.call(
                "sendMessage", _placed(turn, body), chat_id=turn.chat_id
            )
            last = sent_message(turn.chat_id, body, result)
        return last

    async def edit_message(self, edit: MessageEdit) -> None:
        """Add details to a message sent before (editMessageText); "not modified" is done.

        Raises:
            MessageNotEditableError: the message is gone or can no longer be edited.
            TelegramChatBlockedError: the person blocked the bot.
            TelegramApiError: any other refusal or failure, after the sender's retries.
        """
        try:
            await self.sender.call("editMessageText", details_edit(edit), chat_id=edit.chat_id)
        except TelegramChatBlockedError:
            raise
        except TelegramApiError as exc:
            if is_not_modified(exc.description):
                return  # a resent edit: the message shows it already
            if is_not_editable(exc.status, exc.description):
                raise MessageNotEditableError(exc.description) from exc
            raise

    async def notify(self, turn: InboundTurn, text: str) -> None:
        """A notice for one person (welcome, slow down): in a group, a reply to their message.

        A tap in a group has no message of theirs to reply to, and the group need not read
        their notice: its callback answer (`deliver`) is all they are told.
        """
        if _group_tap(turn) is not None:
            log.info("telegram: notice for tap %s kept out of the group", turn.event_id)
            return
        body = _placed(turn, message_body(turn.chat_id, text))
        await self.sender.call("sendMessage", body, chat_id=turn.chat_id)

    async def send_text(self, chat_id: str, text: str) -> None:
        """A plain message, cut at Telegram's limit."""
        await self.sender.call("sendMessage", message_body(chat_id, text), chat_id=chat_id)

    async def handle_local_tap(self, tap: LocalTap) -> None:
        """Answer the tap; for "More…" show the next page of the keyboard it belongs to."""
        try:
            await self._answer(tap.callback_query_id, None)
            if tap.page is None or tap.prompt_id is None:
                return
            if tap.chat_id is None or tap.message_id is None:
                return
            labels = labels_from_text(tap.message_text or "")
            if labels:
                body = page_edit(tap.chat_id, tap.message_id, tap.prompt_id, labels, tap.page)
                await self.sender.call("editMessageReplyMarkup", body, chat_id=tap.chat_id)
        except TelegramApiError:
            return  # logged by the sender; the numbered text still lets the traveler answer
        except Exception:  # a background task: a bug must reach the log, not vanish
            log.exception("telegram local tap %s failed", tap.callback_query_id)

    async def aclose(self) -> None:
        """Release the HTTP client."""
        await self.sender.aclose()

    async def _answer(
        self, callback_query_id: str, toast: str | None, *, alert: bool = False
    ) -> None:
        try:
            # One retry at most: the webhook waits for this, and a late answer is useless.
            await self.sender.call(
                "answerCallbackQuery",
                callback_answer(callback_query_id, toast, alert=alert),
                attempts=2,
            )
        except TelegramApiError:
            return  # logged by the sender; a stale query id must not fail the delivery

    async def _retire_keyboard(
        self, chat_id: str, context: dict[str, Any], response: AgentResponse
    ) -> None:
        """Edit the tapped message so its buttons can't be used again."""
        choice = context.get("button_text")
        refused = response.type is ResponseType.ERROR  # stale/answered/foreign: show no ✅
        if refused and chat_id.startswith("-"):
            # In a group the refusal may be "not your question": the asker can still answer.
            return
        method, body = tapped_edit(
            chat_id,
            int(context["message_id"]),
            context.get("message_text"),
            None if refused or not choice else without_number(str(choice)),
        )
        try:
            await self.sender.call(method, body, chat_id=chat_id)
        except TelegramApiError:
            return  # logged by the sender; the answer itself matters more


def _in_group(turn: InboundTurn) -> bool:
    return turn.chat_id.startswith("-")  # group and supergroup ids are negative


def _group_tap(turn: InboundTurn) -> str | None:
    """The callback query id of a button tap in a group, None for anything else."""
    query_id = (turn.reply_context or {}).get("callback_query_id")
    return str(query_id) if query_id and _in_group(turn) else None


def _placed(turn: InboundTurn, body: dict[str, Any]) -> dict[str, Any]:
    """A send body in the asker's forum topic and, in a group, replying to the asker.

    The reply makes the answer (and a selective force-reply) theirs.
    """
    context = turn.reply_context or {}
    thread = context.get("thread_id")
    reply_to = context.get("reply_to") if _in_group(turn) else None
    return placed(
        body,
        thread_id=thread if isinstance(thread, int) else None,
        reply_to=reply_to if isinstance(reply_to, int) else None,
    )


def from_settings(
    settings: Settings,
    clock: Clock,
    *,
    client: httpx.AsyncClient | None = None,
    sleep: Sleep = asyncio.sleep,
) -> TelegramChannel | None:
    """The Telegram channel, or None when TELEGRAM_BOT_TOKEN is not set.

    Without TELEGRAM_WEBHOOK_SECRET every webhook delivery is rejected (long polling still
    works), so a webhook can never be accepted unauthenticated.
    """
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    if not token:
        return None
    secret_value = settings.telegram_webhook_secret
    secret = secret_value.get_secret_value() if secret_value else None
    if not secret:
        log.warning("TELEGRAM_WEBHOOK_SECRET is not set: Telegram webhooks will be rejected")
    sender = TelegramSender(
        token,
        base_url=settings.telegram_api_base_url,
        client=client,
        monotonic=clock.monotonic,
        sleep=sleep,
    )
    if not settings.telegram_bot_username:
        log.warning(
            "TELEGRAM_BOT_USERNAME is not set: in groups only replies to the bot and bare"
            " commands are answered, not /command@bot or @mentions"
        )
    return TelegramChannel(
        sender, secret, BotIdentity.from_token(token, settings.telegram_bot_username)
    )

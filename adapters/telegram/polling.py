"""Long polling (getUpdates) for local runs without a public URL, and webhook registration."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from adapters.telegram.channel import TelegramChannel
from adapters.telegram.ratelimit import Sleep
from adapters.telegram.sender import TelegramApiError, TelegramSender

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ("message", "callback_query")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # what setWebhook accepts as secret_token
Item = TypeVar("Item")
OnUpdate = Callable[[bytes], Awaitable[None]]


async def set_webhook(
    sender: TelegramSender,
    url: str,
    secret_token: str,
    *,
    allowed_updates: Sequence[str] = ALLOWED_UPDATES,
    drop_pending_updates: bool = False,
) -> bool:
    """Point Telegram at our webhook; every delivery will then carry `secret_token`.

    Raises:
        ValueError: the secret has characters Telegram refuses (only A-Z a-z 0-9 _ -, ≤ 256).
        TelegramApiError: Telegram refused the call (e.g. a URL that is not HTTPS).
    """
    if not _SECRET.match(secret_token):
        raise ValueError("a Telegram webhook secret is 1-256 characters of A-Z, a-z, 0-9, _ and -")
    payload = {
        "url": url,
        "secret_token": secret_token,
        "allowed_updates": list(allowed_updates),
        "drop_pending_updates": drop_pending_updates,
    }
    return bool(await sender.call("setWebhook", payload))


async def delete_webhook(sender: TelegramSender, *, drop_pending_updates: bool = False) -> bool:
    """Remove the webhook (getUpdates answers 409 Conflict while one is set)."""
    payload = {"drop_pending_updates": drop_pending_updates}
    return bool(await sender.call("deleteWebhook", payload))


def update_handler(
    channel: TelegramChannel,
    accept: Callable[[str, str, dict[str, Any]], Awaitable[Item | None]],
    schedule: Callable[[Item], None],
) -> OnUpdate:
    """The webhook route's steps for a polled update: local taps, then parse → inbox → ack.

    `accept(channel, event_id, payload)` stores a turn in the durable inbox (None for a
    duplicate) and `schedule(item)` processes it, e.g. `pipeline.inbox.accept` and
    `pipeline.schedule`. No verification: the update came from our own getUpdates call.
    """

    async def handle(body: bytes) -> None:
        delivery = channel.parse(body, {})
        for action in delivery.local:
            await action()  # no webhook waits here: answer the tap before moving on
        for turn in delivery.turns:
            item = await accept(channel.name, turn.event_id, turn.to_json_dict())
            if item is None:
                continue  # already accepted earlier (an update we had not confirmed)
            await channel.acknowledge(turn)
            schedule(item)

    return handle


async def poll_updates(
    sender: TelegramSender,
    on_update: OnUpdate,
    *,
    stop: asyncio.Event | None = None,
    timeout_seconds: int = 30,
    allowed_updates: Sequence[str] = ALLOWED_UPDATES,
    remove_webhook: bool = True,
    sleep: Sleep = asyncio.sleep,
    max_backoff_seconds: float = 30.0,
) -> None:
    """Fetch updates with getUpdates long polling and feed each one's JSON to `on_update`.

    An update is confirmed (the next offset passes it) only once `on_update` returned, so a
    crash or a failing inbox means Telegram hands it over again; the inbox drops the
    duplicates. An unreadable update is skipped. Runs until `stop` is set or it is cancelled.

    Args:
        sender: the bot's sender (its HTTP client must allow `timeout_seconds` + slack).
        on_update: gets the raw JSON of one update, e.g. from `update_handler`.
        stop: set it to end the loop after the current batch.
        timeout_seconds: how long Telegram holds a getUpdates call open when idle.
        allowed_updates: the update kinds to receive.
        remove_webhook: call deleteWebhook first (getUpdates is refused while one is set).
        sleep: waits between failed rounds (injected in tests).
        max_backoff_seconds: the longest wait after repeated failures.
    """
    if remove_webhook:
        await delete_webhook(sender)
    offset: int | None = None
    asked: int | None = None
    failures = 0
    while stop is None or not stop.is_set():
        payload: dict[str, Any] = {
            "timeout": timeout_seconds,
            "allowed_updates": [*allowed_updates],
        }
        if offset is not None:
            payload["offset"] = asked = offset
        try:
            updates = await sender.call("getUpdates", payload, http_timeout=timeout_seconds + 10)
            for update in updates or []:
                await _feed(on_update, update)
                offset = int(update["update_id"]) + 1
        except (TelegramApiError, _UpdateFailedError):
            failures += 1
            await sleep(min(max_backoff_seconds, 2.0 ** (failures - 1)))
            continue
        failures = 0
    if offset is not None and offset != asked:
        await _confirm(sender, offset)


async def _confirm(sender: TelegramSender, offset: int) -> None:
    """Tell Telegram the last batch arrived, so a restart doesn't fetch it again.

    An update counts as confirmed once getUpdates is called with a higher offset; the one
    update this call may return stays unconfirmed and comes again next time.
    """
    try:
        await sender.call("getUpdates", {"offset": offset, "limit": 1, "timeout": 0})
    except TelegramApiError:
        return  # logged by the sender; the inbox drops the duplicates next time


class _UpdateFailedError(Exception):
    """`on_update` failed: fetch the same update again after a pause."""


async def _feed(on_update: OnUpdate, update: dict[str, Any]) -> None:
    try:
        await on_update(json.dumps(update).encode())
    except ValueError:
        log.warning("skipping unreadable Telegram update %s", update.get("update_id"))
    except Exception as exc:
        log.exception(
            "Telegram update %s failed; it will be fetched again", update.get("update_id")
        )
        raise _UpdateFailedError from exc

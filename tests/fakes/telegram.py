"""A fake Telegram Bot API at the HTTP seam: checks requests like Telegram, records them.

Sent messages are kept with their current text and keyboard, so a test taps a button the way
Telegram builds the callback_query: from the message as it is now.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from itertools import count
from pathlib import Path
from typing import Any

import httpx
from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters

from adapters.telegram.channel import TelegramChannel, from_settings
from core.config import Settings

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads" / "telegram"
TOKEN = "123456789:AAH-test_token-abcdefghijklmnop"
WEBHOOK_SECRET = "tg-webhook-secret_0123"
BASE_URL = "https://telegram.test"
BOT = {"id": 123456789, "is_bot": True, "first_name": "Traveloure", "username": "TraveloureBot"}
TRAVELER = {
    "id": 4242,
    "is_bot": False,
    "first_name": "Ada",
    "last_name": "Lovelace",
    "username": "ada",
    "language_code": "en",
}
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def payload(name: str) -> dict[str, Any]:
    """A recorded Bot API payload from tests/payloads/telegram."""
    data: dict[str, Any] = json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
    return data


def error(status: int, description: str, **parameters: Any) -> httpx.Response:
    """An error answer shaped like the Bot API's."""
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return httpx.Response(status, json=body)


def too_many_requests(retry_after: int) -> httpx.Response:
    return error(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


def ptb_problem(name: str, value: Any) -> str | None:
    """Why python-telegram-bot's own class for this field would not model it as sent.

    The object is built with the class's constructor (an unknown or missing field raises) and
    must come back unchanged from `to_dict()`. None: it is what PTB, and Telegram, expect.
    """
    try:
        if name == "reply_parameters":
            modelled: Any = ReplyParameters(**value)
        elif "force_reply" in value:
            modelled = ForceReply(**{k: v for k, v in value.items() if k != "force_reply"})
        else:
            rows = value["inline_keyboard"]
            if not rows:
                return None  # an empty keyboard is allowed; PTB itself would send none
            modelled = InlineKeyboardMarkup(
                [[InlineKeyboardButton(**button) for button in row] for row in rows]
            )
    except (TypeError, ValueError, KeyError) as exc:
        return f"{name} is not a PTB {name}: {exc}"
    if modelled.to_dict() != value:
        return f"{name} differs from its PTB model: {value!r} != {modelled.to_dict()!r}"
    return None


class BadRequestError(Exception):
    """What Telegram answers 400 to (a bug in the adapter when a test sees it)."""


class FakeTelegram:
    """The Bot API methods the adapter uses, strict about the documented limits.

    `calls` holds every (method, body) received, failures included; `rejected` the
    descriptions of 400 answers; `answers` queued responses per method (e.g. a 429), returned
    before normal processing resumes.
    """

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.rejected: list[str] = []
        # Objects PTB's own classes would not model as sent (always a bug in the adapter).
        self.unmodelled: list[str] = []
        self.answers: dict[str, list[httpx.Response]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.updates: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] | None = None
        self.open_queries: set[str] = set()
        self._message_ids = count(100)
        self._update_ids = count(700_000)
        self._query_ids = count(5_000_000)
        self._date = 1_795_000_000

    # --- the HTTP side -------------------------------------------------------------------

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle))

    def handle(self, request: httpx.Request) -> httpx.Response:
        prefix = f"/bot{self.token}/"
        if request.method != "POST" or not request.url.path.startswith(prefix):
            return error(404, "Not Found")
        assert request.url.host == "telegram.test"
        assert request.headers["content-type"] == "application/json"
        method = request.url.path.removeprefix(prefix)
        body: dict[str, Any] = json.loads(request.content or b"{}")
        self.calls.append((method, body))
        if queued := self.answers.get(method):
            return queued.pop(0)
        for name in ("reply_markup", "reply_parameters"):
            if isinstance(body.get(name), dict) and (problem := ptb_problem(name, body[name])):
                self.rejected.append(problem)
                self.unmodelled.append(problem)
                return error(400, f"Bad Request: {problem}")
        handler = getattr(self, f"_{method}", None)
        if handler is None:
            return error(404, "Not Found: method not found")
        try:
            result = handler(body)
        except BadRequestError as exc:
            self.rejected.append(str(exc))
            return error(400, f"Bad Request: {exc}")
        if isinstance(result, httpx.Response):
            return result
        return httpx.Response(200, json={"ok": True, "result": result})

    def fail_next(self, method: str, *responses: httpx.Response) -> None:
        self.answers.setdefault(method, []).extend(responses)

    def bodies(self, method: str) -> list[dict[str, Any]]:
        return [body for name, body in self.calls if name == method]

    def methods(self) -> list[str]:
        return [name for name, _ in self.calls]

    def clear(self) -> None:
        self.calls.clear()

    # --- Bot API methods -----------------------------------------------------------------

    def _sendMessage(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        chat_id = body.get("chat_id")
        if not isinstance(chat_id, int | str) or isinstance(chat_id, bool):
            raise BadRequestError("chat_id is empty")
        self._check_text(body.get("text"))
        markup = body.get("reply_markup")
        self._check_markup(markup)
        message = {
            "message_id": next(self._message_ids),
            "from": BOT,
            "chat": self._chat(int(chat_id)),
            "date": self._date,
            "text": body["text"],
        }
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        self.messages[(int(chat_id), message["message_id"])] = message
        return message

    def _editMessageText(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        message = self._message(body)
        self._check_text(body.get("text"))
        markup = body.get("reply_markup")
        self._check_markup(markup)
        if body["text"] == message["text"] and markup == message.get("reply_markup"):
            raise BadRequestError("message is not modified")
        message["text"] = body["text"]
        self._set_markup(message, markup)
        message["edit_date"] = self._date + 1
        return message

    def _editMessageReplyMarkup(self, body: dict[str, Any]) -> dict[str, Any]:  # noqa: N802
        message = self._message(body)
        markup = body.get("reply_markup")
        self._check_markup(markup)
        current = message.get("reply_markup") or {"inline_keyboard": []}
        if (markup or {"inline_keyboard": []}) == current:
            raise BadRequestError("message is not modified")
        self._set_markup(message, markup)
        return message

    def _answerCallbackQuery(self, body: dict[str, Any]) -> bool:  # noqa: N802
        query_id = body.get("callback_query_id")
        if query_id not in self.open_queries:
            raise BadRequestError(
                "query is too old and response timeout expired or query ID is invalid"
            )
        if len(body.get("text", "")) > 200:
            raise BadRequestError("callback answer text is too long")
        self.open_queries.discard(query_id)
        return True

    def _setWebhook(self, body: dict[str, Any]) -> bool:  # noqa: N802
        if not str(body.get("url", "")).startswith("https://"):
            raise BadRequestError("bad webhook: An HTTPS URL must be provided for webhook")
        if "secret_token" in body and not _SECRET.match(body["secret_token"]):
            raise BadRequestError("bad webhook: secret token contains unallowed characters")
        self.webhook = body
        return True

    def _deleteWebhook(self, body: dict[str, Any]) -> bool:  # noqa: N802
        self.webhook = None
        return True

    def _getUpdates(self, body: dict[str, Any]) -> list[dict[str, Any]] | httpx.Response:  # noqa: N802
        if self.webhook is not None:
            return error(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = body.get("offset")
        if offset is not None:  # confirmed: Telegram forgets them
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        return copy.deepcopy(self.updates[: body.get("limit", 100)])

    # --- checks ---------------------------------------------------------------------------

    def _message(self, body: dict[str, Any]) -> dict[str, Any]:
        key = (int(body.get("chat_id", 0)), int(body.get("message_id", 0)))
        if key not in self.messages:
            raise BadRequestError("message to edit not found")
        return self.messages[key]

    @staticmethod
    def _set_markup(message: dict[str, Any], markup: dict[str, Any] | None) -> None:
        if markup and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)

    @staticmethod
    def _check_text(text: Any) -> None:
        if not isinstance(text, str) or not text.strip():
            raise BadRequestError("message text is empty")
        if len(text) > 4096:
            raise BadRequestError("message is too long")

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if markup is None:
            return
        if "force_reply" in markup:
            if markup["force_reply"] is not True:
                raise BadRequestError("force_reply must be True")
            if len(markup.get("input_field_placeholder", "")) > 64:
                raise BadRequestError("input field placeholder is too long")
            return
        rows = markup.get("inline_keyboard")
        if not isinstance(rows, list):
            raise BadRequestError("can't parse reply keyboard markup JSON object")
        if sum(len(row) for row in rows) > 100 or any(len(row) > 8 for row in rows):
            raise BadRequestError("too many inline keyboard buttons")
        for row in rows:
            for button in row:
                if not button.get("text"):
                    raise BadRequestError("text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data", "")
                if not 1 <= len(data.encode()) <= 64:
                    raise BadRequestError("BUTTON_DATA_INVALID")

    @staticmethod
    def _chat(chat_id: int) -> dict[str, Any]:
        if chat_id < 0:
            return {"id": chat_id, "title": "Trip planning", "type": "group"}
        return {"id": chat_id, "first_name": "Ada", "last_name": "Lovelace", "type": "private"}

    # --- what Telegram would POST to our webhook -------------------------------------------

    def text_update(
        self, text: str, user: dict[str, Any] | None = None, chat_id: int | None = None
    ) -> dict[str, Any]:
        """A text message from `user` in their private chat, or in group `chat_id` (< 0)."""
        sender = user or TRAVELER
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": sender,
            "chat": self._chat(chat_id if chat_id is not None else sender["id"]),
            "date": self._date,
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"offset": 0, "length": length, "type": "bot_command"}]
        return {"update_id": next(self._update_ids), "message": message}

    def tap(
        self, message: dict[str, Any], button: str | int, user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A callback_query update for a button (by text or by position in the keyboard)."""
        current = self.messages[(message["chat"]["id"], message["message_id"])]
        buttons = [
            b for row in current.get("reply_markup", {}).get("inline_keyboard", []) for b in row
        ]
        if isinstance(button, int):
            chosen = buttons[button]
        else:
            chosen = next(b for b in buttons if b["text"] == button)
        query_id = str(next(self._query_ids))
        self.open_queries.add(query_id)
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": query_id,
                "from": user or TRAVELER,
                "message": copy.deepcopy(current),
                "chat_instance": "-8812345678901234567",
                "data": chosen["callback_data"],
            },
        }

    def keyboard_messages(self) -> list[dict[str, Any]]:
        """Sent messages that currently carry an inline keyboard, oldest first."""
        return [copy.deepcopy(m) for m in self.messages.values() if m.get("reply_markup")]

    def button_texts(self, message: dict[str, Any]) -> list[str]:
        current = self.messages[(message["chat"]["id"], message["message_id"])]
        rows = current.get("reply_markup", {}).get("inline_keyboard", [])
        return [button["text"] for row in rows for button in row]


@contextlib.asynccontextmanager
async def attached(
    app: Any,
    fake: FakeTelegram,
    clock: Any,
    *,
    settings: Settings | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> AsyncIterator[TelegramChannel]:
    """The real Telegram channel on `app`'s pipeline, talking to `fake`; removed afterwards.

    Deliveries still being processed are drained first, so a test sees every answer.
    """
    settings = settings or Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=WEBHOOK_SECRET,
        telegram_api_base_url=BASE_URL,
        telegram_bot_username=BOT["username"],
    )
    pipeline = app.state.services.pipeline
    async with fake.client() as client:
        extra = {"sleep": sleep} if sleep is not None else {}
        channel = from_settings(settings, clock, client=client, **extra)
        assert channel is not None
        pipeline.channels["telegram"] = channel
        try:
            yield channel
            await pipeline.drain()  # turns and local taps alike
            assert fake.unmodelled == []  # every keyboard sent passed PTB's own models
        finally:
            del pipeline.channels["telegram"]
            await channel.aclose()

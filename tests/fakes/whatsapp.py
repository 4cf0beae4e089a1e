"""A fake Twilio for the WhatsApp channel: Messages and Content APIs at the HTTP seam, signed
webhooks.

The Content API checks follow Twilio's pages for `twilio/list-picker` (≤ 10 items; item ≤ 24,
id ≤ 200, description ≤ 72 characters; body ≤ 1024, button ≤ 20) and `twilio/quick-reply`
(in session ≤ 3 buttons, title ≤ 20), and WhatsApp's rule that buttons' titles differ.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
from twilio.request_validator import RequestValidator

PAYLOADS = Path(__file__).resolve().parent.parent / "payloads" / "whatsapp"
ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef"
AUTH_TOKEN = "twilio-test-auth-token"
OUR_NUMBER = "whatsapp:+14155238886"
TRAVELER = "whatsapp:+14155551234"
PUBLIC_URL = "https://chat.example/webhooks/whatsapp"
_FIELDS = {"To", "From", "Body", "ContentSid", "ContentVariables", "StatusCallback"}
CONTENT_PATH = "/v1/Content"
_VARIABLE = re.compile(r"\{\{(\d+)\}\}")


def payload(name: str) -> bytes:
    """A recorded Twilio payload from tests/payloads/whatsapp."""
    return (PAYLOADS / name).read_bytes()


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def twilio_error(status: int, code: int, message: str, **headers: str) -> httpx.Response:
    """An error answer shaped like Twilio's."""
    body = {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    return httpx.Response(status, json=body, headers=headers)


def rate_limited(retry_after: str | None = "2") -> httpx.Response:
    """HTTP 429 with Twilio's error 20429 (and a Retry-After header unless None)."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return twilio_error(429, 20429, "Too Many Requests", **headers)


def server_error() -> httpx.Response:
    return twilio_error(500, 20500, "Internal Server Error")


class FakeTwilio:
    """Checks every Messages API request like Twilio would and records it.

    `messages` are the accepted forms; `attempts` every request; `rejected` the reasons of
    malformed requests (always a bug in the adapter); `answers` are queued answers (e.g. a 429)
    returned before normal processing resumes.
    """

    def __init__(self, account_sid: str = ACCOUNT_SID, auth_token: str = AUTH_TOKEN) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.messages: list[dict[str, str]] = []
        self.callbacks: list[str | None] = []
        self.attempts: list[dict[str, str]] = []
        self.rejected: list[str] = []
        self.answers: list[httpx.Response] = []
        # The Content API: created templates by SID, queued answers (e.g. a 500) for creations.
        self.contents: dict[str, dict[str, Any]] = {}
        self.content_answers: list[httpx.Response] = []
        self.content_requests: list[str] = []

    @property
    def bodies(self) -> list[str]:
        return [message.get("Body", "") for message in self.messages]

    def rendered(self, message: dict[str, str]) -> dict[str, Any]:
        """A content message as the traveler sees it: the template with its variables filled."""
        template = self.contents[message["ContentSid"]]
        variables = json.loads(message.get("ContentVariables", "{}"))
        [(kind, shape)] = template["types"].items()
        return {"type": kind, **_fill(shape, variables)}

    def client(self, base_url: str = "https://api.twilio.com") -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=base_url, transport=httpx.MockTransport(self.handle))

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == CONTENT_PATH:
            return self._content(request)
        problem = self._problem(request)
        if problem is not None:
            self.rejected.append(problem)
            return twilio_error(400, 21620, problem)
        form = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
        # Kept apart so the messages read as the traveler sees them; `callbacks` says where
        # each accepted message's receipts would go (None: nowhere).
        callback = form.pop("StatusCallback", None)
        self.attempts.append(form)
        if self.answers:
            return self.answers.pop(0)
        self.messages.append(form)
        self.callbacks.append(callback)
        return httpx.Response(201, json=self._created(form))

    def _problem(self, request: httpx.Request) -> str | None:
        expected_path = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        if request.method != "POST" or request.url.path != expected_path:
            return f"unexpected {request.method} {request.url.path}"
        credentials = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {credentials}":
            return "bad basic auth"
        if request.headers.get("Content-Type") != "application/x-www-form-urlencoded":
            return f"content type {request.headers.get('Content-Type')}"
        pairs = parse_qsl(request.content.decode(), keep_blank_values=True)
        form = dict(pairs)
        if len(form) != len(pairs) or not set(form) <= _FIELDS:
            return f"unexpected fields {[name for name, _ in pairs]}"
        callback = form.get("StatusCallback")
        if callback is not None and not callback.startswith(("https://", "http://")):
            return f"StatusCallback {callback!r} is not an absolute URL"
        if not form.get("To", "").startswith("whatsapp:+"):
            return f"To {form.get('To')!r} is not a WhatsApp address"
        if form.get("From") != OUR_NUMBER:
            return f"From {form.get('From')!r} is not our sender"
        if ("Body" in form) == ("ContentSid" in form):
            return "exactly one of Body and ContentSid"
        if "Body" in form and not 0 < utf16_units(form["Body"]) <= 1600:
            return f"Body of {utf16_units(form['Body'])} units"
        if "ContentSid" in form:
            if not form["ContentSid"].startswith("HX"):
                return "ContentSid must be an HX… SID"
            variables = json.loads(form.get("ContentVariables", "{}"))
            if not all(isinstance(v, str) for v in variables.values()):
                return "ContentVariables values must be strings"
            if form["ContentSid"] in self.contents:
                return _interactive_problem(self.rendered(form))
        return None

    def _content(self, request: httpx.Request) -> httpx.Response:
        """`POST /v1/Content` (JSON) creates a template; `GET` lists them."""
        self.content_requests.append(request.method)
        credentials = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {credentials}":
            self.rejected.append("content: bad basic auth")
            return twilio_error(401, 20003, "Authenticate")
        if self.content_answers:
            return self.content_answers.pop(0)
        if request.method == "GET":
            listed = [{"sid": sid, **body} for sid, body in self.contents.items()]
            return httpx.Response(200, json={"contents": listed, "meta": _page_meta(request)})
        if request.method != "POST" or not request.headers.get("Content-Type", "").startswith(
            "application/json"
        ):
            self.rejected.append(f"content: {request.method} {request.headers.get('Content-Type')}")
            return twilio_error(400, 20001, "bad request")
        body = json.loads(request.content)
        problem = _template_problem(body)
        if problem is not None:
            self.rejected.append(f"content: {problem}")
            return twilio_error(400, 20001, problem)
        sid = f"HX{len(self.contents) + 1:032x}"
        self.contents[sid] = body
        created = {"sid": sid, "account_sid": self.account_sid, **body}
        return httpx.Response(201, json=created)

    def _created(self, form: dict[str, str]) -> dict[str, Any]:
        created: dict[str, Any] = json.loads(payload("message_created.json"))
        sid = f"SM{len(self.messages):032x}"
        created.update(
            sid=sid,
            to=form["To"],
            body=form.get("Body", ""),
            uri=f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        )
        return created


def _page_meta(request: httpx.Request) -> dict[str, Any]:
    """A list answer's `meta`, as Twilio's v1 APIs send it: one page, `key` names the list."""
    size = int(request.url.params.get("PageSize", "50"))
    url = f"{request.url.scheme}://{request.url.host}{CONTENT_PATH}?PageSize={size}&Page=0"
    return {
        "page": 0,
        "page_size": size,
        "first_page_url": url,
        "previous_page_url": None,
        "url": url,
        "next_page_url": None,
        "key": "contents",
    }


def _fill(shape: Any, variables: dict[str, str]) -> Any:
    if isinstance(shape, str):
        return _VARIABLE.sub(lambda match: variables.get(match[1], match[0]), shape)
    if isinstance(shape, list):
        return [_fill(item, variables) for item in shape]
    return {key: _fill(value, variables) for key, value in shape.items()}


def _template_problem(body: dict[str, Any]) -> str | None:
    """Why Twilio would refuse this content definition, or None."""
    if not body.get("friendly_name") or not body.get("language"):
        return "friendly_name and language are required"
    types = body.get("types")
    if not isinstance(types, dict) or len(types) != 1:
        return "one content type expected"
    [(kind, shape)] = types.items()
    if kind == "twilio/list-picker":
        if not {"body", "button", "items"} <= shape.keys():
            return "list-picker needs body, button, items"
        if not 1 <= len(shape["items"]) <= 10:
            return f"list-picker with {len(shape['items'])} items"
        if any(not {"item", "id"} <= item.keys() for item in shape["items"]):
            return "every list item needs item and id"
    elif kind == "twilio/quick-reply":
        if not {"body", "actions"} <= shape.keys() or not 1 <= len(shape["actions"]) <= 10:
            return "quick-reply needs body and 1-10 actions"
    else:
        return f"unexpected content type {kind}"
    used = set(_VARIABLE.findall(json.dumps(types)))
    if not used <= set(body.get("variables", {})):
        return "every variable needs a sample value"
    return None


def _interactive_problem(message: dict[str, Any]) -> str | None:
    """Why WhatsApp would refuse this filled-in list picker or quick reply, or None."""
    texts = json.dumps(message)
    if _VARIABLE.search(texts):
        return "a variable was left unset"
    if not 0 < utf16_units(message["body"]) <= 1024:
        return f"body of {utf16_units(message['body'])} units"
    if message["type"] == "twilio/list-picker":
        if not 0 < utf16_units(message["button"]) <= 20:
            return f"list button {message['button']!r}"
        ids = [item["id"] for item in message["items"]]
        if len(set(ids)) != len(ids):
            return "list item ids repeat"
        for item in message["items"]:
            if not 0 < utf16_units(item["item"]) <= 24:
                return f"list item {item['item']!r}"
            if not 0 < len(item["id"]) <= 200:
                return f"list id {item['id']!r}"
            if "description" in item and not 0 < utf16_units(item["description"]) <= 72:
                return f"list description {item['description']!r}"
    else:
        titles = [action["title"] for action in message["actions"]]
        if len(titles) > 3:
            return "more than 3 quick replies in session"
        if len(set(titles)) != len(titles) or not all(0 < utf16_units(t) <= 20 for t in titles):
            return f"quick reply titles {titles!r}"
        if not all(0 < len(action["id"]) <= 200 for action in message["actions"]):
            return "quick reply ids"
    return None


def signed(
    form: bytes | list[tuple[str, str]], url: str = PUBLIC_URL, auth_token: str = AUTH_TOKEN
) -> tuple[bytes, dict[str, str]]:
    """A webhook body and headers as Twilio sends them, signed for `url`."""
    body = form if isinstance(form, bytes) else urlencode(form).encode()
    params = dict(parse_qsl(body.decode(), keep_blank_values=True))
    signature = RequestValidator(auth_token).compute_signature(url, params)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": signature,
        "I-Twilio-Idempotency-Token": "3c2b5e2a-0000-4000-8000-000000000000",
    }
    return body, headers


def inbound_form(
    sid: str, body: str = "", sender: str = TRAVELER, name: str = "Ana Silva", **extra: str
) -> list[tuple[str, str]]:
    """An inbound WhatsApp message webhook's fields (as in inbound_text.txt), with extras."""
    wa_id = sender.removeprefix("whatsapp:+")
    return [
        ("SmsMessageSid", sid),
        ("NumMedia", "0"),
        ("ProfileName", name),
        ("MessageType", "button" if "ButtonPayload" in extra else "text"),
        ("SmsSid", sid),
        ("WaId", wa_id),
        ("SmsStatus", "received"),
        ("Body", body),
        ("To", OUR_NUMBER),
        ("NumSegments", "1"),
        ("ReferralNumMedia", "0"),
        *extra.items(),
        ("MessageSid", sid),
        ("AccountSid", ACCOUNT_SID),
        ("From", sender),
        ("ApiVersion", "2010-04-01"),
    ]


class RecordedSleeps:
    """A sleep that records each wait and moves a fake clock instead of waiting."""

    def __init__(self, clock: Any) -> None:
        self.clock = clock
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))
        self.clock.advance(seconds=seconds)

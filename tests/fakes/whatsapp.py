"""A fake Twilio for the WhatsApp channel: the Messages API at the HTTP seam, signed webhooks."""

from __future__ import annotations

import base64
import json
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
_FIELDS = {"To", "From", "Body", "ContentSid", "ContentVariables"}


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
        self.attempts: list[dict[str, str]] = []
        self.rejected: list[str] = []
        self.answers: list[httpx.Response] = []

    @property
    def bodies(self) -> list[str]:
        return [message.get("Body", "") for message in self.messages]

    def client(self, base_url: str = "https://api.twilio.com") -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=base_url, transport=httpx.MockTransport(self.handle))

    def handle(self, request: httpx.Request) -> httpx.Response:
        problem = self._problem(request)
        if problem is not None:
            self.rejected.append(problem)
            return twilio_error(400, 21620, problem)
        form = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
        self.attempts.append(form)
        if self.answers:
            return self.answers.pop(0)
        self.messages.append(form)
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
        return None

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

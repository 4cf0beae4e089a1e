"""The chat turn's plain case served without FastAPI's per-request machinery (issue #19).

A chat turn is the hot path, and FastAPI's routing, dependency solving and body validation
were a tenth of its CPU. This Starlette route sits before FastAPI's `POST …/chat` and serves
the plain case itself: a JSON object body with the request's known fields of the right types,
and a well-formed bearer token. It decodes the body once, checks it by hand and answers
through the same function as the FastAPI route (`bots.routers.itineraries.answer_chat`).

Anything else (another method or content type, a body that is not that plain case, a header
the fast check does not read) is handed, body and all, to FastAPI's route, which answers as it
always did: so every refusal (401, 422…) and the OpenAPI entry stay FastAPI's own. Errors raised
here (ApiError, a database outage) go through the app's exception handlers like any route's.
"""

from __future__ import annotations

import json
from typing import Any

from annotated_types import Ge, Le, MaxLen
from starlette.routing import Match, Route
from starlette.types import Message, Receive, Scope, Send

from bots.container import Services
from bots.deps import authenticated
from bots.routers.itineraries import CHAT_PATH, answer_chat
from bots.schemas import ChatRequest

# Set on a request handed over, so that the router passes this route by the second time.
_HANDED_OVER = "bots.chat_route.handed_over"
_JSON = b"application/json"
_BEARER = b"bearer "


def _field_limits() -> tuple[dict[str, int | None], dict[str, tuple[int, int]], dict[str, str]]:
    """ChatRequest's fields by their JSON names (camelCase only: snake_case goes to FastAPI).

    Read from the model itself, so a field or a limit added there is checked here too: strings
    with their max length, integers with their bounds, and each JSON name's attribute name.
    """
    strings: dict[str, int | None] = {}
    numbers: dict[str, tuple[int, int]] = {}
    attributes: dict[str, str] = {}
    for attribute, field in ChatRequest.model_fields.items():
        name = field.alias or attribute
        attributes[name] = attribute
        limits = {type(item).__name__: item for item in field.metadata}
        if field.annotation == str | None:
            max_len = limits.get("MaxLen")
            strings[name] = max_len.max_length if isinstance(max_len, MaxLen) else None
        elif field.annotation == int | None:
            low, high = limits.get("Ge"), limits.get("Le")
            if not isinstance(low, Ge) or not isinstance(high, Le):
                msg = f"ChatRequest.{attribute}: the fast path needs both bounds"
                raise TypeError(msg)
            numbers[name] = (int(low.ge), int(high.le))  # type: ignore[call-overload]
        else:
            msg = f"ChatRequest.{attribute}: a type the fast path does not check"
            raise TypeError(msg)
    return strings, numbers, attributes


_STRINGS, _NUMBERS, _SNAKE = _field_limits()


class ChatRoute(Route):
    """The chat path for POST only, and only the first time the router sees a request."""

    def __init__(self) -> None:
        super().__init__(CHAT_PATH, self._serve, methods=["POST"], include_in_schema=False)
        # A bound method counts as a request/response endpoint for Starlette: serve raw ASGI.
        self.app = self._serve

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        """FULL for a first-time POST on the chat path; NONE otherwise (FastAPI's route then)."""
        if scope["type"] != "http" or scope["method"] != "POST" or scope.get(_HANDED_OVER):
            return Match.NONE, {}
        match, child = super().matches(scope)
        if match is not Match.FULL:
            return Match.NONE, {}
        # The metrics label the request by its route template, as FastAPI's route sets it.
        return match, {**child, "route": self}

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        received = await _whole_body(receive)
        body = _plain_body(scope, received)
        token = _bearer_token(scope) if body is not None else None
        if body is None or token is None:
            await _hand_over(scope, received, receive, send)
            return
        services: Services = scope["app"].state.services
        traveler = await authenticated(services, token)  # 401 as FastAPI's dependency says it
        request = _checked(body)
        if request is None:
            await _hand_over(scope, received, receive, send)
            return
        itinerary_id: str = scope["path_params"]["itinerary_id"]
        response = await answer_chat(itinerary_id, request, traveler, services)
        await response(scope, receive, send)


async def _whole_body(receive: Receive) -> list[Message]:
    """The request's messages up to its last body chunk (or whatever else came first)."""
    messages = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            return messages


def _plain_body(scope: Scope, received: list[Message]) -> dict[str, Any] | None:
    """The body decoded, when it is a JSON object sent as application/json; else None."""
    if received[-1]["type"] != "http.request":
        return None  # the client went away: FastAPI's route says what that is
    content_type = next((v for k, v in scope["headers"] if k == b"content-type"), None)
    if content_type != _JSON:
        return None
    raw = b"".join(message.get("body", b"") for message in received)
    try:
        body = json.loads(raw)
    except ValueError:  # FastAPI answers a body that is not JSON before checking the token
        return None
    return body if type(body) is dict else None


def _bearer_token(scope: Scope) -> str | None:
    """The token of 'Authorization: Bearer <token>', when the header is just that."""
    value = next((v for k, v in scope["headers"] if k == b"authorization"), None)
    if value is None or value[:7].lower() != _BEARER:
        return None
    token = value[7:].decode("latin-1")
    return token if token and token == token.strip() and " " not in token else None


def _checked(body: dict[str, Any]) -> ChatRequest | None:
    """The body as ChatRequest would validate it, or None when it is not the plain case."""
    fields: dict[str, Any] = {}
    for name, value in body.items():
        if value is None:
            if name not in _SNAKE:
                return None
        elif name in _STRINGS:
            limit = _STRINGS[name]
            if type(value) is not str or "\x00" in value or (limit and len(value) > limit):
                return None
        elif name in _NUMBERS:
            low, high = _NUMBERS[name]
            if type(value) is not int or not low <= value <= high:
                return None
        else:
            return None  # an unknown field or a snake_case name: FastAPI reads those
        fields[_SNAKE[name]] = value
    if fields.get("text") is None and fields.get("selected_index") is None:
        return None  # FastAPI's 422 says which is missing
    return ChatRequest.model_construct(**fields)


async def _hand_over(scope: Scope, received: list[Message], receive: Receive, send: Send) -> None:
    """FastAPI's own route answers the request, its body replayed as it came."""
    pending = list(received)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    scope[_HANDED_OVER] = True
    await scope["router"].app(scope, replay, send)

"""Errors as JSON `{error: {code, message}}`: 4xx for the caller's mistakes, 5xx only for bugs."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import Send

from core.tracing import current_trace_id, new_trace_id

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An expected failure with an HTTP status and a readable message."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """The error JSON shape."""
    return {"error": {"code": code, "message": message}}


async def send_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    headers: Sequence[tuple[bytes, bytes]] = (),
) -> None:
    """The error JSON as a raw ASGI response, for middleware that answers before the app."""
    body = json.dumps(error_body(code, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _describe(exc: RequestValidationError) -> str:
    parts = []
    for problem in exc.errors():
        if problem.get("type") == "json_invalid":
            return "The request body is not valid JSON."
        location = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        text = str(problem.get("msg", "is invalid")).removeprefix("Value error, ")
        parts.append(f"{location}: {text}" if location else text)
    return "; ".join(parts) or "The request is invalid."


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)  # noqa: S101 - registered for ApiError only
    return JSONResponse(
        error_body(exc.code, exc.message), status_code=exc.status, headers=exc.headers
    )


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # noqa: S101 - registered for it only
    return JSONResponse(error_body("validation_error", _describe(exc)), status_code=422)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101 - registered for it only
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else "Request failed."
    if exc.status_code == 404 and message == "Not Found":
        message = "No such resource."
    return JSONResponse(
        error_body(code, message),
        status_code=exc.status_code,
        headers=getattr(exc, "headers", None),
    )


# What a lost or refused database connection raises: SQLAlchemy's wrapped errors, and asyncpg's
# own ConnectionRefusedError / ConnectionResetError when a new connection can't be made.
DATABASE_OUTAGES: tuple[type[Exception], ...] = (
    OperationalError,
    InterfaceError,
    SQLAlchemyTimeoutError,
    ConnectionError,
)
RETRY_AFTER_SECONDS = 5


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 with Retry-After: the platforms redeliver, callers retry, nothing is half-done."""
    log.warning(
        "database unavailable on %s %s: %s", request.method, request.url.path, type(exc).__name__
    )
    return JSONResponse(
        error_body(
            "database_unavailable",
            "The service is briefly unavailable (its database cannot be reached); "
            "please try again in a few seconds.",
        ),
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


async def _client_gone(request: Request, _exc: Exception) -> JSONResponse:
    """The client hung up (or was cut off as too slow) before sending its whole body.

    Nothing was accepted, so nothing is lost: the platform delivers again. Not an error of ours.
    """
    log.info("client went away before sending the body of %s %s", request.method, request.url.path)
    return JSONResponse(error_body("client_disconnected", "The request was not complete."), 400)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    trace_id = getattr(request.state, "trace_id", None) or current_trace_id() or new_trace_id()
    log.error(
        "unhandled error %s on %s %s",
        trace_id,
        request.method,
        request.url.path,
        exc_info=exc,
        extra={"trace_id": trace_id},
    )
    return JSONResponse(
        error_body("internal_error", f"Something went wrong on our side (trace id {trace_id})."),
        status_code=500,
        headers={"X-Trace-Id": trace_id},
    )


async def _database_error(request: Request, exc: Exception) -> JSONResponse:
    """A driver error: an outage if it lost the connection, else a bug.

    asyncpg reports a connection cut in the middle of a statement as a plain DBAPIError, which
    SQLAlchemy marks `connection_invalidated` (and then replaces the pool's connections). Busy
    connections are not pinged before use (core.storage.db), so this is how the first request
    after a database restart or failover usually learns of it: the caller retries.
    """
    if getattr(exc, "connection_invalidated", False):
        return await _database_unavailable(request, exc)
    return await _unexpected(request, exc)


def install_error_handlers(app: FastAPI) -> None:
    """Register the JSON error handlers."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(ClientDisconnect, _client_gone)
    for outage in DATABASE_OUTAGES:
        app.add_exception_handler(outage, _database_unavailable)
    app.add_exception_handler(DBAPIError, _database_error)  # after its outage subclasses
    app.add_exception_handler(Exception, _unexpected)

"""Console sign-in state: the session cookie, its CSRF token, and the `CurrentOperator` alias.

The cookie holds a random session value plus an HMAC of it under a key derived from
ADMIN_API_TOKEN (a forged or truncated cookie is refused before any database work); it is
HttpOnly, SameSite=Strict, Secure when the public URL is https, and scoped to /admin. Every form
carries the session's CSRF token, compared in constant time; the sign-in form, which has no
session yet, uses a signed double-submit cookie instead.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import Depends, Request
from starlette.responses import Response

from bots.container import Services
from bots.deps import ServicesDep
from core.services.operators import SESSION_LIFETIME, Operators, OperatorView

COOKIE = "console_session"
LOGIN_COOKIE = "console_login"
PATH = "/admin"
MAX_FORM_BYTES = 16 * 1024


class ConsoleRefusal(Exception):  # noqa: N818 - a refusal, not an error of ours
    """A console request that must not go on: not signed in (redirect) or a bad form (403)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _key(services: Services) -> bytes:
    admin = services.settings.admin_api_token
    if admin is None:
        raise ConsoleRefusal(404, "The console is off: set ADMIN_API_TOKEN.")
    return hmac.new(admin.get_secret_value().encode(), b"console-cookie-v1", "sha256").digest()


def sign(services: Services, value: str) -> str:
    """`value.mac` under the console key."""
    mac = hmac.new(_key(services), value.encode(), hashlib.sha256).hexdigest()
    return f"{value}.{mac}"


def unsign(services: Services, signed: str | None) -> str | None:
    """The value of a correctly signed cookie, else None."""
    if not signed or len(signed) > 256 or "." not in signed:
        return None
    value, _, mac = signed.rpartition(".")
    expected = hmac.new(_key(services), value.encode(), hashlib.sha256).hexdigest()
    return value if hmac.compare_digest(mac, expected) else None


def _secure(services: Services) -> bool:
    return services.settings.public_base_url.startswith("https://")


def set_session_cookie(response: Response, services: Services, token: str) -> None:
    """Attach the signed session cookie."""
    response.set_cookie(
        COOKIE,
        sign(services, token),
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path=PATH,
        httponly=True,
        samesite="strict",
        secure=_secure(services),
    )


def clear_session_cookie(response: Response, services: Services) -> None:
    """Remove the session cookie from the browser."""
    response.delete_cookie(
        COOKIE, path=PATH, httponly=True, samesite="strict", secure=_secure(services)
    )


def login_nonce(request: Request, services: Services) -> tuple[str, str | None]:
    """The sign-in form's CSRF value, and a new signed cookie to set when there was none."""
    existing = unsign(services, request.cookies.get(LOGIN_COOKIE))
    if existing is not None:
        return existing, None
    nonce = secrets.token_urlsafe(24)
    return nonce, sign(services, nonce)


def set_login_cookie(response: Response, services: Services, signed: str) -> None:
    """The double-submit cookie of the sign-in form."""
    response.set_cookie(
        LOGIN_COOKIE, signed, path=PATH, httponly=True, samesite="strict", secure=_secure(services)
    )


def check_login_nonce(request: Request, services: Services, submitted: str) -> None:
    """403 unless the form's value equals the signed cookie's."""
    expected = unsign(services, request.cookies.get(LOGIN_COOKIE))
    if expected is None or not hmac.compare_digest(expected, submitted):
        raise ConsoleRefusal(403, "This form expired. Reload the page and try again.")


async def read_form(request: Request) -> dict[str, str]:
    """An urlencoded form body (first value of each field); 400 for anything else."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise ConsoleRefusal(400, "Send the form as application/x-www-form-urlencoded.")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise ConsoleRefusal(413, "That form is too large.")
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError):
        raise ConsoleRefusal(400, "That form could not be read.") from None
    return {name: values[0].replace("\x00", "") for name, values in fields.items()}


async def current_operator(request: Request, services: ServicesDep) -> OperatorView:
    """The signed-in operator, or a refusal that sends the browser to the sign-in page."""
    token = unsign(services, request.cookies.get(COOKIE))
    if token is None:
        raise ConsoleRefusal(401, "Sign in first.")
    async with services.sessions() as session:
        operator = await Operators(session, services.clock).resolve(token)
    if operator is None:
        raise ConsoleRefusal(401, "Your session ended. Sign in again.")
    return operator


CurrentOperator = Annotated[OperatorView, Depends(current_operator)]


async def checked_form(request: Request, operator: CurrentOperator) -> dict[str, str]:
    """The posted form of a signed-in operator, after its CSRF token matched the session's."""
    form = await read_form(request)
    if not hmac.compare_digest(form.get("csrf", ""), operator.csrf):
        raise ConsoleRefusal(403, "This form expired or did not come from the console.")
    return form


CheckedForm = Annotated[dict[str, str], Depends(checked_form)]

"""Operator accounts and their console sessions.

Passwords are hashed with scrypt (RFC 7914, from the standard library's OpenSSL binding: argon2
and bcrypt are not installed in this environment); the stored string names its parameters, so
the cost can be raised later and old hashes still verify. Sessions are 256-bit random values
stored only as SHA-256, each with its own CSRF token; signing out ends the row.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import Clock
from core.storage.console_models import Operator, OperatorSession

SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD = 12
MAX_PASSWORD = 1024
_N, _R, _P = 2**14, 8, 1
_MAXMEM = 64 * 1024 * 1024
# Verified against when the email is unknown, so a miss costs as long as a wrong password.
_DUMMY = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + "A" * 43 + "="


class OperatorError(ValueError):
    """A refused operator change (bad email, short password, taken email)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def hash_password(password: str) -> str:
    """`scrypt$N$r$p$salt$hash` of a password (CPU-heavy: call it off the event loop)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches a stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(expected) or 64,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def normalize_email(email: str) -> str:
    """Trimmed, lower-cased; OperatorError when it does not look like an address."""
    email = email.strip().lower()
    local, _, domain = email.partition("@")
    if not local or "." not in domain or len(email) > 254 or any(c.isspace() for c in email):
        raise OperatorError("That is not an email address.")
    return email


def _session_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class SignedIn:
    """A console session: the cookie value (shown once) and its CSRF token."""

    token: str
    csrf: str
    operator_id: str


@dataclass(frozen=True)
class OperatorView:
    """The operator a session acts for."""

    id: str
    email: str
    csrf: str


class Operators:
    """Operator accounts and sessions inside the caller's session."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def add(self, email: str, password: str) -> str:
        """Create an operator; their id. OperatorError for a bad email, password or duplicate."""
        email = normalize_email(email)
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            msg = f"The password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters long."
            raise OperatorError(msg)
        taken = await self._session.scalar(
            select(func.count()).select_from(Operator).where(Operator.email == email)
        )
        if taken:
            raise OperatorError(f"An operator with the email {email} already exists.")
        operator_id = secrets.token_hex(8)
        hashed = await asyncio.to_thread(hash_password, password)
        self._session.add(
            Operator(
                id=operator_id, email=email, password_hash=hashed, created_at=self._clock.now()
            )
        )
        await self._session.flush()
        return operator_id

    async def sign_in(self, email: str, password: str) -> SignedIn | None:
        """A new session when the email and password match an active operator, else None."""
        try:
            email = normalize_email(email)
        except OperatorError:
            email = ""
        operator = await self._session.scalar(
            select(Operator).where(Operator.email == email, Operator.disabled_at.is_(None))
        )
        stored = operator.password_hash if operator is not None else _DUMMY
        matches = await asyncio.to_thread(verify_password, password[:MAX_PASSWORD], stored)
        if operator is None or not matches:
            return None
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self._clock.now()
        self._session.add(
            OperatorSession(
                token_hash=_session_hash(token),
                operator_id=operator.id,
                csrf_token=csrf,
                created_at=now,
                expires_at=now + SESSION_LIFETIME,
            )
        )
        await self._session.flush()
        return SignedIn(token, csrf, operator.id)

    async def resolve(self, token: str) -> OperatorView | None:
        """The operator of a live session, or None (unknown, ended, expired, disabled)."""
        if not token or len(token) > 128:
            return None
        row = await self._session.execute(
            select(Operator.id, Operator.email, OperatorSession.csrf_token)
            .join(OperatorSession, OperatorSession.operator_id == Operator.id)
            .where(
                OperatorSession.token_hash == _session_hash(token),
                OperatorSession.ended_at.is_(None),
                OperatorSession.expires_at > self._clock.now(),
                Operator.disabled_at.is_(None),
            )
        )
        found = row.first()
        return None if found is None else OperatorView(found[0], found[1], found[2])

    async def sign_out(self, token: str) -> None:
        """End the session (the cookie stops working at once)."""
        await self._session.execute(
            update(OperatorSession)
            .where(OperatorSession.token_hash == _session_hash(token))
            .values(ended_at=self._clock.now())
            .execution_options(synchronize_session=False)
        )

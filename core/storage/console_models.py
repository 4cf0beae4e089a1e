"""Tables of the operator console and of shared trips.

Kept apart from models.py: they are their own feature, and migration 0009 creates them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from core.storage.models import Base


class Operator(Base):
    """A person who runs the service from the console; only a password hash is stored."""

    __tablename__ = "operators"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime]
    disabled_at: Mapped[datetime | None] = mapped_column(nullable=True)


class OperatorSession(Base):
    """A signed-in browser: the cookie's random value is stored only as a SHA-256."""

    __tablename__ = "operator_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    operator_id: Mapped[str] = mapped_column(ForeignKey("operators.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None] = mapped_column(nullable=True)


class OperatorAudit(Base):
    """One operator action: who did what to which record, and when."""

    __tablename__ = "operator_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    operator_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(index=True)


class ShareLink(Base):
    """A read-only link to one itinerary; the secret is stored only as a SHA-256."""

    __tablename__ = "share_links"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    itinerary_id: Mapped[str] = mapped_column(ForeignKey("itineraries.id"), index=True)
    traveler_id: Mapped[str] = mapped_column(ForeignKey("travelers.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)

"""Response bodies of the HTTP API (camelCase on the wire), declared on every route.

They give /docs and /openapi.json real schemas, so a client generated from them gets typed
responses. Each mirrors exactly what its route has always sent: timestamps stay the ISO
strings the routes write, and a null is sent where the route sends one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

from core.domain.itinerary import Day


class ApiResponse(BaseModel):
    """camelCase JSON out."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class Health(ApiResponse):
    """GET /healthz: the process answers."""

    status: str


class Readiness(ApiResponse):
    """GET /readyz: the database answers (503 with `database: down` when it does not)."""

    status: str
    database: str
    place_search: str | None = None


class TravelerCreated(ApiResponse):
    """POST /api/v1/travelers: `token` is shown only this once."""

    id: str
    token: str
    name: str
    locale: str
    timezone: str
    phone: str | None
    quiet_start: str | None
    quiet_end: str | None


class DemoSession(ApiResponse):
    """POST /api/v1/demo/session: a fresh demo traveler and trip."""

    user_id: str
    token: str
    itinerary_id: str
    demo: bool


class LinkCode(ApiResponse):
    """POST /api/v1/travelers/{id}/link-code: what to send in a chat to attach it."""

    code: str
    expires_at: str
    telegram: str
    any_channel: str


class Preferences(ApiResponse):
    """GET / PATCH /api/v1/travelers/{id}/preferences: which pushes, and the quiet hours."""

    traveler_id: str
    alerts: bool
    digests: bool
    quiet_start: str | None
    quiet_end: str | None


class ShareLinks(ApiResponse):
    """POST /api/v1/itineraries/{id}/share: the read-only page and its calendar file."""

    url: str
    calendar_url: str


class TokenIssued(ApiResponse):
    """POST /api/v1/travelers/{id}/token: the new bearer token."""

    id: str
    token: str
    created_at: str
    expires_at: str | None


class Itinerary(ApiResponse):
    """An itinerary with its days and their items."""

    id: str
    user_id: str
    destination: str
    start_date: dt.date | None
    version: int
    days: list[Day]
    demo: bool


class VersionEntry(ApiResponse):
    """One version of an itinerary: what changed, who changed it, whether it was undone."""

    version: int
    summary: str
    diff: list[dict[str, Any]]
    undoes_version: int | None
    undone: bool
    actor: str
    created_at: str | None


class VersionList(ApiResponse):
    """GET /api/v1/itineraries/{id}/versions, newest first."""

    itinerary_id: str
    version: int
    versions: list[VersionEntry]


class MatchFactor(ApiResponse):
    """One scoring factor's points (of `max`) and why."""

    points: int
    max: int
    reason: str


class LeadMatch(ApiResponse):
    """An expert offered the lead, with the score and its reasons."""

    expert_id: str
    name: str
    score: int
    tier: str
    reasons: list[str]
    factors: dict[str, MatchFactor]
    demo: bool


class LeadCreated(ApiResponse):
    """POST /api/v1/leads: the lead, its top matches, how many Slack posts went out."""

    id: str
    market: str
    status: str
    matches: list[LeadMatch]
    slack_posts: int


class ExpertOut(ApiResponse):
    """A local expert as the API shows it."""

    id: str
    name: str
    market: str
    specialties: list[str]
    languages: list[str]
    price_min: int
    price_max: int
    rating: float
    review_count: int
    median_response_minutes: int
    slack_user_id: str | None
    demo: bool


class IntelStored(ApiResponse):
    """POST /api/v1/admin/intel: the stored item, and how many alerts it queued."""

    id: int
    duplicate: bool
    alerts_queued: int


class DeadLetter(ApiResponse):
    """An outbox message given up on."""

    id: int
    idempotency_key: str
    traveler_id: str
    kind: str
    attempts: int
    last_error: str | None
    channel: str | None = None
    delivery_status: str | None = None
    delivery_error_code: int | None = None
    created_at: str


class RecentPush(ApiResponse):
    """One of the latest outbox rows and where it stands (the platform's last receipt)."""

    id: int
    idempotency_key: str
    traveler_id: str
    kind: str
    status: str
    channel: str | None
    provider_message_id: str | None
    delivery_status: str | None
    delivery_error_code: int | None
    delivery_updated_at: str | None
    last_error: str | None
    sent_at: str | None


class OutboxStatus(ApiResponse):
    """GET /api/v1/admin/outbox."""

    counts: dict[str, int]
    oldest_pending_age_seconds: float | None
    by_channel: dict[str, dict[str, dict[str, int]]] = {}
    dead_letters: list[DeadLetter]
    recent: list[RecentPush] = []


class ErrorDetail(ApiResponse):
    """What went wrong: a stable code for programs, a sentence for people."""

    code: str
    message: str


class ErrorBody(ApiResponse):
    """Every error answer: `{error: {code, message}}` (validation errors included)."""

    error: ErrorDetail


# Declared on every API router: the caller's mistakes (401, 403, 404, 422, 429…) all answer
# with ErrorBody, which also replaces FastAPI's default 422 schema the app never sends.
ERRORS: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "The caller's mistake, as {error: {code, message}}"}
}

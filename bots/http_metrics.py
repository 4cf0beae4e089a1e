"""HTTP request metrics: a count by method, route and status, and a latency histogram.

Labels stay bounded whatever clients send: the route is its template (`/api/v1/itineraries/
{itinerary_id}`), "unmatched" when no route took the request, and unusual methods are "other".
Recorded by bots.edge once a request is answered (or failed: 500).
"""

from __future__ import annotations

from starlette.routing import BaseRoute
from starlette.types import Scope

from core.metrics import HTTP_REQUEST_SECONDS, HTTP_REQUESTS

METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "unmatched"


def _route(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None) if isinstance(route, BaseRoute) else None
    return path if isinstance(path, str) and path else UNMATCHED


def record_request(scope: Scope, status: int, seconds: float) -> None:
    """Count one answered HTTP request and observe how long it took."""
    method = scope["method"] if scope["method"] in METHODS else "other"
    route = _route(scope)
    HTTP_REQUESTS.labels(method=method, route=route, status=str(status)).inc()
    HTTP_REQUEST_SECONDS.labels(method=method, route=route).observe(seconds)

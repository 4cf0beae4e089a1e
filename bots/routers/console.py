"""The operator console at /admin: sign-in, travelers, transcripts, bookings, the outbox.

Every page needs a console session; every POST also needs the session's CSRF token, and
writes an audit row in the transaction of the action it records.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from bots import console_session as cs
from bots.console_session import CheckedForm, ConsoleRefusal, CurrentOperator
from bots.deps import ServicesDep
from bots.routers import console_ops
from bots.web import console_layout as frame
from bots.web import console_pages as pages
from bots.web import console_traveler_pages as traveler_pages
from bots.web import console_trip_pages as trip_pages
from core.services import audit, console_queries
from core.services.booking_review import Decision, review_booking
from core.services.itinerary import ItineraryService, NotFoundError
from core.services.itinerary_restore import restore_version
from core.services.operators import Operators
from core.services.outbox import DEAD, HELD, PENDING, outbox_depth

router = APIRouter(prefix="/admin", include_in_schema=False)
_NO_STORE = {"Cache-Control": "no-store"}
# Failed sign-ins per email before that email is refused for the rest of the window.
MAX_FAILURES = 5
LOCKOUT_MINUTES = 15
LOCKOUT = timedelta(minutes=LOCKOUT_MINUTES)


def _page(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=_NO_STORE)


def _see(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303, headers=_NO_STORE)


async def refusal_page(request: Request, exc: Exception) -> Response:
    """Not signed in: a GET goes to the sign-in page; anything else is refused with a page."""
    if not isinstance(exc, ConsoleRefusal):  # pragma: no cover - registered for it only
        raise exc
    if exc.status == 401 and request.method == "GET":
        return _see("/admin")
    return _page(frame.problem_page(exc.status, exc.message), exc.status)


def install(app: FastAPI) -> None:
    """Mount the console and its refusal pages."""
    app.include_router(router)
    app.include_router(console_ops.router)
    app.add_exception_handler(ConsoleRefusal, refusal_page)


@router.get("")
async def sign_in_page(request: Request, services: ServicesDep) -> Response:
    """The sign-in form, or the console when already signed in."""
    try:
        await cs.current_operator(request, services)
        return _see("/admin/home")
    except ConsoleRefusal as refusal:
        if refusal.status == 404:
            raise
    nonce, new_cookie = cs.login_nonce(request, services)
    response = _page(frame.sign_in(nonce))
    if new_cookie:
        cs.set_login_cookie(response, services, new_cookie)
    return response


@router.post("/login")
async def sign_in(request: Request, services: ServicesDep) -> Response:
    """Check the email and password; start a session."""
    form = await cs.read_form(request)
    cs.check_login_nonce(request, services, form.get("csrf", ""))
    email = form.get("email", "").strip().lower()[:200]
    async with services.sessions() as session, session.begin():
        since = services.clock.now() - LOCKOUT
        # Counted in the database, so every web process refuses alike.
        locked = await audit.count_since(session, "sign_in_failed", email, since) >= MAX_FAILURES
        signed = None
        if locked:
            await audit.record(session, services.clock, None, "sign_in_locked", email)
        else:
            password = form.get("password", "")
            signed = await Operators(session, services.clock).sign_in(email, password)
            action = "sign_in" if signed else "sign_in_failed"
            who = signed.operator_id if signed else None
            await audit.record(session, services.clock, who, action, email)
    if signed is None:
        nonce, _ = cs.login_nonce(request, services)
        problem = (
            f"Too many failed sign-ins for this email; try again in {LOCKOUT_MINUTES} minutes."
            if locked
            else "That email and password do not match."
        )
        return _page(frame.sign_in(nonce, problem), 429 if locked else 401)
    response = _see("/admin/home")
    cs.set_session_cookie(response, services, signed.token)
    return response


@router.post("/logout")
async def sign_out(
    request: Request, services: ServicesDep, operator: CurrentOperator, _form: CheckedForm
) -> Response:
    """End the session on the server and in the browser."""
    token = cs.unsign(services, request.cookies.get(cs.COOKIE)) or ""
    async with services.sessions() as session, session.begin():
        await Operators(session, services.clock).sign_out(token)
        await audit.record(session, services.clock, operator.id, "sign_out")
    response = _see("/admin")
    cs.clear_session_cookie(response, services)
    return response


@router.get("/home")
async def home(operator: CurrentOperator, services: ServicesDep) -> Response:
    """The health summary."""
    async with services.sessions() as session:
        health = await console_queries.health(session, services.clock)
        recent = await audit.recent(session, 20)
    return _page(pages.home(operator, health, recent))


@router.get("/travelers")
async def travelers(operator: CurrentOperator, services: ServicesDep, q: str = "") -> Response:
    """Search travelers."""
    async with services.sessions() as session:
        rows = await console_queries.search_travelers(session, q)
    return _page(traveler_pages.travelers(operator, q[:100], rows))


@router.get("/travelers/{traveler_id}")
async def traveler(traveler_id: str, operator: CurrentOperator, services: ServicesDep) -> Response:
    """One traveler's file."""
    async with services.sessions() as session:
        file = await console_queries.traveler_file(session, traveler_id)
    if file is None:
        raise ConsoleRefusal(404, "There is no such traveler.")
    return _page(traveler_pages.traveler(operator, file))


@router.get("/travelers/{traveler_id}/transcript")
async def transcript(
    traveler_id: str, operator: CurrentOperator, services: ServicesDep
) -> Response:
    """One traveler's conversation across channels; reading it is audited."""
    async with services.sessions() as session, session.begin():
        file = await console_queries.traveler_file(session, traveler_id)
        if file is None:
            raise ConsoleRefusal(404, "There is no such traveler.")
        lines = await console_queries.transcript(session, traveler_id)
        await audit.record(session, services.clock, operator.id, "read_transcript", traveler_id)
    return _page(traveler_pages.transcript(operator, file.traveler, lines))


@router.get("/bookings")
async def bookings(
    operator: CurrentOperator,
    services: ServicesDep,
    status: str = "pending_review",
    notice: str | None = None,
) -> Response:
    """Booking requests, the ones waiting for review first."""
    async with services.sessions() as session:
        rows = await console_queries.bookings(session, status[:32] or None)
    return _page(pages.bookings(operator, status, rows, notice))


async def _review(
    services: ServicesDep,
    operator: CurrentOperator,
    booking_id: str,
    decision: Decision,
    form: dict[str, str],
) -> Response:
    reference = form.get("reference", "")
    note = form.get("note", "") if decision is Decision.CONFIRM else form.get("reason", "")
    async with services.sessions() as session, session.begin():
        outcome = await review_booking(
            session,
            services.clock,
            booking_id[:16],
            decision,
            operator=operator.email,
            reference=reference,
            note=note,
        )
        if outcome.applied:
            await audit.record(
                session,
                services.clock,
                operator.id,
                f"booking_{outcome.status}",
                f"B-{booking_id}",
                {"reference": reference.strip(), "note": note.strip()},
            )
    if not outcome.applied:
        status = 409 if outcome.status else 400
        raise ConsoleRefusal(status, outcome.problem or "Nothing was changed.")
    if services.bookings is not None:
        services.bookings.soon(booking_id, refresh=True)  # every Slack copy shows the decision
    return _see(f"/admin/bookings?status=pending_review&notice={outcome.status}")


@router.post("/bookings/{booking_id}/confirm")
async def confirm_booking(
    booking_id: str, operator: CurrentOperator, services: ServicesDep, form: CheckedForm
) -> Response:
    """Confirm with the supplier's reference (and a note); the traveler is told."""
    return await _review(services, operator, booking_id, Decision.CONFIRM, form)


@router.post("/bookings/{booking_id}/decline")
async def decline_booking(
    booking_id: str, operator: CurrentOperator, services: ServicesDep, form: CheckedForm
) -> Response:
    """Decline with a reason; the traveler is told."""
    return await _review(services, operator, booking_id, Decision.DECLINE, form)


@router.get("/outbox")
async def outbox(
    operator: CurrentOperator, services: ServicesDep, notice: str | None = None
) -> Response:
    """Counts, dead letters and held rows."""
    async with services.sessions() as session:
        depth = await outbox_depth(session, services.clock.now())
        dead = await console_queries.outbox_rows(session, DEAD)
        held = await console_queries.outbox_rows(session, HELD)
        pending = await console_queries.outbox_rows(session, PENDING)
    return _page(pages.outbox(operator, depth.counts, dead, held, notice, pending))


@router.post("/outbox/{message_id}/requeue")
async def requeue(
    message_id: int, operator: CurrentOperator, services: ServicesDep, _form: CheckedForm
) -> Response:
    """Give a dead or held message a fresh set of attempts."""
    async with services.sessions() as session, session.begin():
        done = await console_queries.requeue_dead_letter(session, services.clock, message_id)
        if done:
            await audit.record(
                session, services.clock, operator.id, "outbox_requeue", str(message_id)
            )
    if not done:
        raise ConsoleRefusal(409, "That message is not a dead letter or held any more.")
    return _see("/admin/outbox?notice=requeued")


@router.get("/itineraries/{itinerary_id}")
async def itinerary(
    itinerary_id: str, operator: CurrentOperator, services: ServicesDep, notice: str | None = None
) -> Response:
    """A trip by day and its version history with diffs."""
    async with services.sessions() as session:
        trips = ItineraryService(session, services.clock)
        try:
            current = await trips.get(itinerary_id)
        except NotFoundError:
            raise ConsoleRefusal(404, "There is no such trip.") from None
        versions = await trips.versions(itinerary_id)
    return _page(trip_pages.trip(operator, current, versions, notice))


@router.post("/itineraries/{itinerary_id}/restore")
async def restore(
    itinerary_id: str, operator: CurrentOperator, services: ServicesDep, form: CheckedForm
) -> Response:
    """Restore an earlier version as a new version."""
    raw = form.get("version", "")
    if not raw.isdigit() or len(raw) > 9:
        raise ConsoleRefusal(400, "Pick a version number.")
    async with services.sessions() as session, session.begin():
        outcome = await restore_version(
            session, services.clock, itinerary_id, int(raw), f"operator:{operator.email}"[:64]
        )
        if outcome.new_version is not None:
            await audit.record(
                session,
                services.clock,
                operator.id,
                "restore_version",
                itinerary_id,
                {"restored": int(raw), "newVersion": outcome.new_version},
            )
    if outcome.new_version is None:
        raise ConsoleRefusal(409, outcome.problem or "Nothing was changed.")
    return _see(f"/admin/itineraries/{itinerary_id}?notice=restored")

"""The operator console at /admin: sign-in, CSRF, travelers, transcripts, bookings, outbox."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import select, update

from bots.container import Services
from core.services.bookings import BookingService
from core.services.operators import Operators
from core.services.outbox import DEAD, PENDING, enqueue_push
from core.storage.console_models import OperatorAudit
from core.storage.models import BookingRequest, OutboxMessage, Traveler
from tests.conftest import DemoTrip
from tests.fakes.clock import FakeClock

EMAIL, PASSWORD = "ops@traveloure.example", "correct horse battery"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def _services(app: FastAPI) -> Services:
    services: Services = app.state.services
    return services


@pytest.fixture
async def operator(app: FastAPI) -> str:
    services = _services(app)
    async with services.sessions() as session, session.begin():
        return await Operators(session, services.clock).add(EMAIL, PASSWORD)


def _csrf(page: str) -> str:
    found = _CSRF.search(page)
    assert found, page
    return found.group(1)


async def _sign_in(client: httpx.AsyncClient, password: str = PASSWORD) -> httpx.Response:
    form = await client.get("/admin")
    assert form.status_code == 200
    return await client.post(
        "/admin/login",
        data={"csrf": _csrf(form.text), "email": EMAIL, "password": password},
    )


async def _signed_in(client: httpx.AsyncClient) -> str:
    """Sign in; the session's CSRF token (read from a console page)."""
    response = await _sign_in(client)
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/admin/home"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie or "samesite=strict" in cookie.lower()
    assert "Path=/admin" in cookie
    home = await client.get("/admin/home")
    assert home.status_code == 200
    return _csrf(home.text)


async def _booking(app: FastAPI, trip: DemoTrip, clock: FakeClock, locale: str = "es") -> str:
    services = _services(app)
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Traveler).where(Traveler.id == trip.user_id).values(locale=locale)
        )
        booking = await BookingService(session, clock).create(
            user_id=trip.user_id,
            itinerary_id=trip.itinerary_id,
            node_id=None,
            place_id=None,
            place_name="Sushi Zen",
            kind="table",
            day=2,
            on=None,
            time="20:00",
            party_size=2,
        )
    return booking.id


async def test_pages_need_a_session(client: httpx.AsyncClient, operator: str) -> None:
    for path in ("/admin/home", "/admin/travelers", "/admin/bookings", "/admin/outbox"):
        response = await client.get(path)
        assert response.status_code == 303
        assert response.headers["location"] == "/admin"
    refused = await client.post("/admin/outbox/1/requeue", data={"csrf": "x"})
    assert refused.status_code == 401
    client.cookies.set("console_session", "abc.def")
    assert (await client.get("/admin/home")).status_code == 303


async def test_the_wrong_password_is_refused_and_audited(
    app: FastAPI, client: httpx.AsyncClient, operator: str
) -> None:
    response = await _sign_in(client, "wrong password!")
    assert response.status_code == 401
    assert "do not match" in response.text
    assert "console_session" not in response.headers.get("set-cookie", "")
    async with _services(app).sessions() as session:
        actions = list(await session.scalars(select(OperatorAudit.action)))
    assert actions == ["sign_in_failed"]


async def test_the_sign_in_form_needs_its_csrf_value(
    client: httpx.AsyncClient, operator: str
) -> None:
    await client.get("/admin")
    response = await client.post(
        "/admin/login", data={"csrf": "forged", "email": EMAIL, "password": PASSWORD}
    )
    assert response.status_code == 403


async def test_confirming_a_booking_tells_the_traveler_in_their_language(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, clock: FakeClock, operator: str
) -> None:
    booking_id = await _booking(app, trip, clock)
    csrf = await _signed_in(client)
    listed = await client.get("/admin/bookings")
    assert f"B-{booking_id}" in listed.text

    wrong = await client.post(
        f"/admin/bookings/{booking_id}/confirm", data={"csrf": "nope", "reference": "R1"}
    )
    assert wrong.status_code == 403
    done = await client.post(
        f"/admin/bookings/{booking_id}/confirm",
        data={"csrf": csrf, "reference": "SZ-4471", "note": "Mesa junto a la ventana"},
    )
    assert done.status_code == 303
    again = await client.post(
        f"/admin/bookings/{booking_id}/decline", data={"csrf": csrf, "reason": "full"}
    )
    assert again.status_code == 409
    assert "already confirmed" in again.text

    async with _services(app).sessions() as session:
        row = await session.get(BookingRequest, booking_id)
        pushes = list(await session.scalars(select(OutboxMessage)))
        audit = list(await session.scalars(select(OperatorAudit.action)))
    assert row is not None
    assert row.status == "confirmed"
    assert row.details["reference"] == "SZ-4471"
    assert [p.text for p in pushes] == [
        f"✅ Tu solicitud de reserva B-{booking_id} para Sushi Zen está confirmada. "
        "Referencia: SZ-4471.\nNota: Mesa junto a la ventana"
    ]
    assert pushes[0].traveler_id == trip.user_id
    assert "booking_confirmed" in audit

    mine = await trip.chat("my bookings")
    assert "confirm" in mine["message"].lower()


async def test_declining_needs_a_reason(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, clock: FakeClock, operator: str
) -> None:
    booking_id = await _booking(app, trip, clock, locale="pt")
    csrf = await _signed_in(client)
    empty = await client.post(f"/admin/bookings/{booking_id}/decline", data={"csrf": csrf})
    assert empty.status_code == 400
    done = await client.post(
        f"/admin/bookings/{booking_id}/decline", data={"csrf": csrf, "reason": "Lotado"}
    )
    assert done.status_code == 303
    async with _services(app).sessions() as session:
        push = await session.scalar(select(OutboxMessage.text))
    assert (
        push == f"❌ O seu pedido de reserva B-{booking_id} para Sushi Zen não pôde ser reservado: "
        "Lotado"
    )


async def test_search_file_and_transcript_escape_what_travelers_typed(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, operator: str
) -> None:
    services = _services(app)
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Traveler)
            .where(Traveler.id == trip.user_id)
            .values(name="<script>alert(1)</script> Ada", phone="+351911222333")
        )
    await trip.chat("what's on day 2? <img src=x onerror=alert(1)>")
    await _signed_in(client)

    by_phone = await client.get("/admin/travelers", params={"q": "911222"})
    assert f"/admin/travelers/{trip.user_id}" in by_phone.text
    assert "<script>alert(1)</script>" not in by_phone.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Ada" in by_phone.text
    by_name = await client.get("/admin/travelers", params={"q": "ADA"})
    assert trip.user_id in by_name.text
    nobody = await client.get("/admin/travelers", params={"q": "%"})
    assert trip.user_id not in nobody.text

    file = await client.get(f"/admin/travelers/{trip.user_id}")
    assert file.status_code == 200
    transcript = await client.get(f"/admin/travelers/{trip.user_id}/transcript")
    assert transcript.status_code == 200
    assert "<img src=x" not in transcript.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in transcript.text
    assert transcript.text.index("what&#x27;s on day 2?") < transcript.text.index(
        'class="line bot"'
    )
    assert "<script" not in transcript.text.split("</head>")[1]
    missing = await client.get("/admin/travelers/nobody")
    assert missing.status_code == 404


async def test_requeue_a_dead_letter(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, clock: FakeClock, operator: str
) -> None:
    services = _services(app)
    async with services.sessions() as session, session.begin():
        await enqueue_push(
            session, clock, key="dead-one", traveler_id=trip.user_id, kind="alert", text="hi"
        )
        await session.execute(
            update(OutboxMessage).values(status=DEAD, attempts=6, last_error="HTTP 502")
        )
        message_id = await session.scalar(select(OutboxMessage.id))
    csrf = await _signed_in(client)
    page = await client.get("/admin/outbox")
    assert "HTTP 502" in page.text
    done = await client.post(f"/admin/outbox/{message_id}/requeue", data={"csrf": csrf})
    assert done.status_code == 303
    pending = (await client.get("/admin/outbox")).text
    assert 'data-testid="pending"' in pending
    assert f"<td>{message_id}</td>" in pending.split('data-testid="dead-letters"')[0]
    twice = await client.post(f"/admin/outbox/{message_id}/requeue", data={"csrf": csrf})
    assert twice.status_code == 409
    async with services.sessions() as session:
        row = await session.get(OutboxMessage, message_id)
    assert row is not None
    assert (row.status, row.attempts) == (PENDING, 0)


async def test_sign_out_ends_the_session_on_the_server(
    client: httpx.AsyncClient, operator: str
) -> None:
    csrf = await _signed_in(client)
    stolen = client.cookies.get("console_session")
    assert stolen
    refused = await client.post("/admin/logout", data={"csrf": "nope"})
    assert refused.status_code == 403
    out = await client.post("/admin/logout", data={"csrf": csrf})
    assert out.status_code == 303
    client.cookies.set("console_session", stolen)
    assert (await client.get("/admin/home")).status_code == 303


async def test_the_console_is_off_without_the_admin_token(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    _services(app).settings.admin_api_token = None
    assert (await client.get("/admin")).status_code == 404


async def test_restore_an_earlier_version_as_a_new_one(
    app: FastAPI, client: httpx.AsyncClient, trip: DemoTrip, operator: str
) -> None:
    before = await trip.itinerary()
    added = await trip.chat("add Sushi Zen restaurant on day 2")
    assert added["type"] == "COMPLETE"
    moved = await trip.chat("move Sushi Zen to 9pm")
    assert moved["type"] == "COMPLETE", moved
    edited = await trip.itinerary()
    assert edited["version"] == before["version"] + 2
    csrf = await _signed_in(client)

    page = await client.get(f"/admin/itineraries/{trip.itinerary_id}")
    assert page.status_code == 200
    assert "Sushi Zen" in page.text
    assert f"Restore version {before['version']}" in page.text
    forged = await client.post(
        f"/admin/itineraries/{trip.itinerary_id}/restore",
        data={"csrf": "nope", "version": str(before["version"])},
    )
    assert forged.status_code == 403
    current = await client.post(
        f"/admin/itineraries/{trip.itinerary_id}/restore",
        data={"csrf": csrf, "version": str(edited["version"])},
    )
    assert current.status_code == 409
    done = await client.post(
        f"/admin/itineraries/{trip.itinerary_id}/restore",
        data={"csrf": csrf, "version": str(before["version"])},
    )
    assert done.status_code == 303, done.text

    restored = await trip.itinerary()
    assert restored["version"] == edited["version"] + 1  # a new version; history is kept
    assert restored["days"] == before["days"]
    versions = await client.get(
        f"/api/v1/itineraries/{trip.itinerary_id}/versions", headers=trip.headers
    )
    assert versions.status_code == 200
    async with _services(app).sessions() as session:
        actions = list(await session.scalars(select(OperatorAudit.action)))
    assert "restore_version" in actions


async def test_five_failed_sign_ins_lock_the_email_for_a_while(
    client: httpx.AsyncClient, clock: FakeClock, operator: str
) -> None:
    for _ in range(5):
        assert (await _sign_in(client, "wrong password!")).status_code == 401
    locked = await _sign_in(client)  # even the right password, for now
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.text
    clock.advance(minutes=16)
    assert (await _sign_in(client)).status_code == 303


async def test_the_transcript_shows_answer_types_and_links_the_versions_made(
    client: httpx.AsyncClient, trip: DemoTrip, operator: str
) -> None:
    added = await trip.chat("add Sushi Zen restaurant on day 2")
    made = added["data"]["toVersion"]
    await trip.chat("add a sushi place on day 2")
    await _signed_in(client)
    page = await client.get(f"/admin/travelers/{trip.user_id}/transcript")
    kinds = re.findall(r'data-testid="answer-type">([A-Z_]+)<', page.text)
    assert kinds == ["COMPLETE", "NEEDS_SELECTION"]
    link = f'href="/admin/itineraries/{trip.itinerary_id}#v{made}"'
    assert link in page.text
    assert page.text.count("made version") == 1
    versions = await client.get(f"/admin/itineraries/{trip.itinerary_id}")
    assert f'id="v{made}"' in versions.text

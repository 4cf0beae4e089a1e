"""The operator console and a shared trip in headless Chromium, against a real server.

An operator signs in, finds a traveler, reads the transcript, confirms a booking (the
traveler's fake Telegram chat receives the confirmation from the real outbox dispatcher),
requeues a dead letter (delivered too) and signs out; requests without the session or with a
wrong CSRF token are refused. A shared trip renders at phone width and stops once revoked.
Screenshots go to build/screenshots/ (or $SCREENSHOTS_DIR) for anyone to look at.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import uvicorn
from sqlalchemy import update

from bots.app import create_app
from core.clock import SystemClock
from core.config import Settings
from core.services.bookings import BookingService
from core.services.operators import Operators
from core.services.outbox import DEAD, enqueue_push
from core.storage.db import make_engine, make_sessionmaker
from core.storage.models import ChannelIdentity, OutboxMessage, Traveler
from tests.fakes.http_server import serve
from tests.fakes.telegram import TOKEN, TRAVELER, WEBHOOK_SECRET, FakeTelegram

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip("Chromium is not installed (/usr/bin/chromium)", allow_module_level=True)

try:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        Page,
        Playwright,
        expect,
        sync_playwright,
    )
except ImportError as exc:  # pragma: no cover - depends on the environment
    pytest.skip(f"playwright is not importable: {exc}", allow_module_level=True)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
]
TIMEOUT_MS = 10_000
DELIVERY_S = 20.0  # the dispatcher runs every 5 s
EMAIL, PASSWORD = "ops@traveloure.example", "a long console password"
SHOTS = Path(
    os.environ.get("SCREENSHOTS_DIR")
    or Path(__file__).resolve().parents[2] / "build" / "screenshots"
)

expect.set_options(timeout=TIMEOUT_MS)
T = TypeVar("T")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class _FakeTelegramServer:
    """The fake Bot API on loopback, in a thread with its own event loop."""

    def __init__(self) -> None:
        self.fake = FakeTelegram()
        self.origin = ""
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self.thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with serve(self.fake.handle, "telegram.test") as origin:
            self.origin = origin
            self._ready.set()
            await self._stop.wait()

    def start(self) -> None:
        self.thread.start()
        assert self._ready.wait(10), "the fake Telegram did not start"

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(timeout=10)

    def texts_to_traveler(self) -> list[str]:
        return [
            str(body["text"])
            for body in list(self.fake.bodies("sendMessage"))
            if int(body["chat_id"]) == TRAVELER["id"]
        ]


@dataclass
class World:
    url: str
    telegram: _FakeTelegramServer
    traveler_id: str
    traveler_token: str
    itinerary_id: str
    booking_id: str
    dead_letter_id: int


async def _seed(database_url: str, traveler_id: str, itinerary_id: str) -> tuple[str, int]:
    engine = make_engine(database_url)
    clock = SystemClock()
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            await Operators(session, clock).add(EMAIL, PASSWORD)
            await session.execute(
                update(Traveler)
                .where(Traveler.id == traveler_id)
                .values(name="Ada <b>Lovelace</b>", phone="+351911222333", locale="es")
            )
            session.add(
                ChannelIdentity(
                    channel="telegram",
                    external_user_id=str(TRAVELER["id"]),
                    chat_id=str(TRAVELER["id"]),
                    traveler_id=traveler_id,
                    itinerary_id=itinerary_id,
                    display_name="Ada",
                    last_inbound_at=clock.now(),
                    created_at=clock.now(),
                )
            )
            booking = await BookingService(session, clock).create(
                user_id=traveler_id,
                itinerary_id=itinerary_id,
                node_id=None,
                place_id=None,
                place_name="Corniche Fish Grill",
                kind="table",
                day=1,
                on=None,
                time="20:00",
                party_size=2,
            )
            await enqueue_push(
                session,
                clock,
                key="alert:lost",
                traveler_id=traveler_id,
                kind="alert",
                text="Alerta de prueba que se había perdido",
            )
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.idempotency_key == "alert:lost")
                .values(status=DEAD, attempts=6, last_error="HTTP 502 Bad Gateway after 3 tries")
            )
            dead_id = (
                await session.execute(
                    OutboxMessage.__table__.select().where(
                        OutboxMessage.idempotency_key == "alert:lost"
                    )
                )
            ).first()
            assert dead_id is not None
            return booking.id, int(dead_id.id)
    finally:
        await engine.dispose()


def _in_own_loop(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine on a fresh loop in its own thread (the test's loop may be running)."""
    results: list[T] = []
    thread = threading.Thread(target=lambda: results.append(asyncio.run(make())))
    thread.start()
    thread.join(timeout=30)
    assert results, "seeding the database failed (see the thread's exception above)"
    return results[0]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    telegram = _FakeTelegramServer()
    telegram.start()
    database_url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('console')}/console.db"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    settings = Settings(
        _env_file=None,
        database_url=database_url,
        public_base_url=url,
        admin_api_token="console-admin-token",
        telegram_bot_token=TOKEN,
        telegram_webhook_secret=WEBHOOK_SECRET,
        telegram_api_base_url=telegram.origin,
        run_jobs_in_web=True,  # the real dispatcher delivers the traveler's notices
        enrichment_queue_workers=0,
    )
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 15
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        demo = httpx.post(f"{url}/api/v1/demo/session").json()
        headers = {"Authorization": f"Bearer {demo['token']}"}
        for text in ("what's on day 1?", "gracias <3"):
            answer = httpx.post(
                f"{url}/api/v1/itineraries/{demo['itineraryId']}/chat",
                json={"text": text},
                headers=headers,
                timeout=10,
            )
            assert answer.status_code == 200, answer.text
        booking_id, dead_id = _in_own_loop(
            lambda: _seed(database_url, demo["userId"], demo["itineraryId"])
        )
        yield World(
            url, telegram, demo["userId"], demo["token"], demo["itineraryId"], booking_id, dead_id
        )
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        telegram.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as driver:
        instance = _launch(driver)
        yield instance
        instance.close()


def _launch(driver: Playwright) -> Browser:
    return driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def _until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DELIVERY_S
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=True)


def _sign_in(page: Page) -> None:
    page.goto("/admin")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Health")).to_be_visible()
    expect(page.get_by_test_id("operator")).to_have_text(EMAIL)
    _shot(page, "console-health.png")


def _find_the_traveler_and_read_the_transcript(page: Page) -> None:
    page.get_by_role("link", name="Travelers").click()
    page.get_by_label("Search travelers").fill("911222")
    page.get_by_role("button", name="Search").click()
    found = page.get_by_test_id("travelers").get_by_role("link")
    expect(found).to_have_count(1)
    expect(found).to_have_text("Ada <b>Lovelace</b>")  # shown as text, never as markup
    found.click()
    expect(page.get_by_test_id("channels")).to_contain_text("telegram")
    _shot(page, "console-traveler.png")

    page.get_by_test_id("transcript-link").click()
    transcript = page.get_by_test_id("transcript")
    expect(transcript).to_contain_text("what's on day 1?")
    expect(transcript).to_contain_text("gracias <3")
    lines = transcript.locator("li")
    assert lines.count() >= 4  # both questions and both answers, in order
    expect(lines.first).to_contain_text("what's on day 1?")
    _shot(page, "console-transcript.png")


def _confirm_the_booking(page: Page, world: World) -> None:
    page.get_by_role("link", name="Bookings").click()
    row = page.get_by_test_id("bookings").locator("tr", has_text=f"B-{world.booking_id}")
    row.get_by_label("Booking reference").fill("CFG-2207")
    row.get_by_label("Note to the traveler").fill("Mesa en la terraza")
    _shot(page, "console-bookings.png")
    row.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("status")).to_contain_text("Booking confirmed")
    expect(page.get_by_test_id("bookings")).not_to_contain_text(f"B-{world.booking_id}")
    _until(
        lambda: any("CFG-2207" in t for t in world.telegram.texts_to_traveler()),
        "the confirmation on the traveler's Telegram",
    )
    [notice] = [t for t in world.telegram.texts_to_traveler() if "CFG-2207" in t]
    assert notice.startswith(f"✅ Tu solicitud de reserva B-{world.booking_id}")
    assert "Mesa en la terraza" in notice


def _requeue_the_dead_letter(page: Page, world: World) -> None:
    page.get_by_role("link", name="Outbox").click()
    dead = page.get_by_test_id("dead-letters").locator("tr", has_text="HTTP 502")
    expect(dead).to_have_count(1)
    _shot(page, "console-outbox.png")
    dead.get_by_role("button", name="Requeue").click()
    expect(page.get_by_role("status")).to_contain_text("Message requeued")
    _until(
        lambda: "Alerta de prueba que se había perdido" in world.telegram.texts_to_traveler(),
        "the requeued dead letter on Telegram",
    )


def _refusals(page: Page, context: BrowserContext, world: World) -> None:
    # The session cookie is HttpOnly: the page's scripts cannot read it.
    assert "console_session" not in page.evaluate("document.cookie")
    # With the browser's cookie but a forged CSRF token: refused, nothing changes.
    forged = context.request.post(
        f"/admin/outbox/{world.dead_letter_id}/requeue", form={"csrf": "forged"}
    )
    assert forged.status == 403
    # Without the session at all: refused.
    bare = httpx.post(
        f"{world.url}/admin/bookings/{world.booking_id}/decline",
        data={"csrf": "x", "reason": "no"},
    )
    assert bare.status_code == 401


def test_an_operator_runs_the_day_from_the_console(browser: Browser, world: World) -> None:
    context = browser.new_context(base_url=world.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
    )
    try:
        _sign_in(page)
        _find_the_traveler_and_read_the_transcript(page)
        _confirm_the_booking(page, world)
        _requeue_the_dead_letter(page, world)
        _refusals(page, context, world)
        page.get_by_test_id("sign-out").click()
        expect(page.get_by_role("button", name="Sign in")).to_be_visible()
        page.goto("/admin/bookings")
        expect(page.get_by_role("button", name="Sign in")).to_be_visible()
        assert violations == []
    finally:
        context.close()


def test_a_shared_trip_reads_on_a_phone_until_revoked(browser: Browser, world: World) -> None:
    headers = {"Authorization": f"Bearer {world.traveler_token}"}
    made = httpx.post(f"{world.url}/api/v1/itineraries/{world.itinerary_id}/share", headers=headers)
    assert made.status_code == 200
    link = made.json()["url"]
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console", lambda m: violations.append(m.text) if "Content Security" in m.text else None
    )
    try:
        response = page.goto(link)
        assert response is not None
        assert response.status == 200
        expect(page.get_by_role("heading", name="Hadibo", exact=True)).to_be_visible()
        expect(page.get_by_role("heading", name="Día 1", exact=False).first).to_be_visible()
        expect(page.locator("section.day")).to_have_count(3)
        expect(page.get_by_role("link", name="Añadir al calendario")).to_be_visible()
        # Readable at phone width: nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        _shot(page, "share-phone.png")
        assert violations == []

        revoked = httpx.delete(
            f"{world.url}/api/v1/itineraries/{world.itinerary_id}/share", headers=headers
        )
        assert revoked.status_code == 204
        again = page.goto(link)
        assert again is not None
        assert again.status == 404
        expect(page.get_by_role("heading")).to_have_text("This link does not work.")
    finally:
        context.close()

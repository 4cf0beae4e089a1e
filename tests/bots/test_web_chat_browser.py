"""The web chat in headless Chromium: the PRD sushi flow, typed answers, confirmations, errors.

The real app runs under uvicorn in a background thread; Playwright's synchronous API drives
/usr/bin/chromium (never a downloaded browser: there is no internet).
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from bots.app import create_app
from core.config import Settings

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip("Chromium is not installed (/usr/bin/chromium)", allow_module_level=True)

try:
    from playwright.sync_api import Browser, Locator, Page, Playwright, expect, sync_playwright
except ImportError as exc:  # pragma: no cover - depends on the environment
    pytest.skip(f"playwright is not importable: {exc}", allow_module_level=True)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000
STARTUP_S = 15.0

expect.set_options(timeout=TIMEOUT_MS)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class _Server:
    """uvicorn in a daemon thread; an exception that ends it is kept for the fixture."""

    def __init__(self, server: uvicorn.Server) -> None:
        self.server = server
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="uvicorn-browser-test", daemon=True)

    def _run(self) -> None:
        try:
            self.server.run()
        except BaseException as exc:
            self.error = exc


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser")
    settings = Settings(
        _env_file=None,
        database_url=f"sqlite+aiosqlite:///{tmp}/browser.db",
        admin_api_token="x",
        run_jobs_in_web=False,
        enrichment_queue_workers=0,  # versions stay predictable for the assertions
    )
    port = _free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    runner = _Server(uvicorn.Server(config))
    runner.thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_S
    try:
        while True:
            if runner.error is not None or not runner.thread.is_alive():
                pytest.fail(f"uvicorn did not start: {runner.error!r}")
            try:
                if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"uvicorn did not answer /healthz within {STARTUP_S:.0f} s")
            time.sleep(0.05)
        yield url
    finally:
        runner.server.should_exit = True
        runner.thread.join(timeout=10)
    assert not runner.thread.is_alive(), "uvicorn did not stop"


@pytest.fixture(scope="module")
def playwright_driver() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    instance = playwright_driver.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield instance
    instance.close()


@pytest.fixture
def page(
    browser: Browser, base_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Page]:
    """A fresh context (empty localStorage, so a new demo trip) with the chat loaded."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    failed_before = request.session.testsfailed
    try:
        tab.goto("/")
        expect(tab.get_by_test_id("itinerary-node").first).to_be_visible()
        expect(tab.locator("#chat-input")).to_be_enabled()
        yield tab
        if request.session.testsfailed > failed_before:  # the call phase has been reported
            shot = tmp_path / "failure.png"
            tab.screenshot(path=str(shot), full_page=True)
            print(f"screenshot of the failed page: {shot}")
    finally:
        context.close()


def send(page: Page, text: str) -> None:
    chat_input = page.locator("#chat-input")
    expect(chat_input).to_be_enabled()
    chat_input.fill(text)
    chat_input.press("Enter")


def last_assistant(page: Page) -> Locator:
    return page.get_by_test_id("assistant-message").last


def day(page: Page, number: int) -> Locator:
    return page.locator(f'[data-testid=itinerary-day][data-day="{number}"]')


def version(page: Page) -> int:
    title = page.locator("#trip-title").inner_text()
    match = re.search(r"\bv(\d+)\b", title)
    assert match, f"no version in the trip title {title!r}"
    return int(match.group(1))


def test_sushi_flow_by_clicking_a_card(page: Page) -> None:
    banner = page.locator("#demo-banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(re.compile("demo data", re.IGNORECASE))
    before = version(page)

    send(page, "add a sushi place on day 2")
    cards = page.get_by_test_id("place-card")
    expect(cards).to_have_count(5)
    sushi_zen = cards.filter(has_text="Sushi Zen")
    expect(sushi_zen).to_have_count(1)
    chat_input = page.locator("#chat-input")
    expect(chat_input).to_be_disabled()
    expect(chat_input).to_have_attribute("placeholder", "Select a card above")

    chats: list[str] = []
    page.on(
        "request",
        lambda req: chats.append(req.url) if req.method == "POST" and "/chat" in req.url else None,
    )
    sushi_zen.click()
    expect(last_assistant(page)).to_contain_text("Added Sushi Zen to day 2")
    expect(
        day(page, 2).get_by_test_id("itinerary-node").filter(has_text="Sushi Zen")
    ).not_to_have_count(0)
    for i in range(5):
        expect(cards.nth(i)).to_be_disabled()
    expect(chat_input).to_be_enabled()
    expect(page.locator("#trip-title")).to_contain_text(f"v{before + 1}")

    # A second click on a closed card must not send anything.
    sushi_zen.click(force=True)
    cards.first.click(force=True)
    page.wait_for_timeout(300)
    assert len(chats) == 1, chats
    expect(page.get_by_test_id("assistant-message").filter(has_text="Added ")).to_have_count(1)
    assert version(page) == before + 1


def test_typed_answer_picks_the_second_card(page: Page) -> None:
    send(page, "add a sushi place on day 2")
    cards = page.get_by_test_id("place-card")
    expect(cards).to_have_count(5)
    second = cards.nth(1).locator(".card-name").inner_text().strip()
    assert second

    link = page.get_by_test_id("type-answer-link")
    expect(link).to_be_visible()
    link.click()
    send(page, "the second one")
    expect(last_assistant(page)).to_contain_text(f"Added {second} to day 2")
    expect(day(page, 2).get_by_test_id("itinerary-node").filter(has_text=second)).not_to_have_count(
        0
    )


def test_clear_day_asks_for_confirmation_and_undo_restores(page: Page) -> None:
    day3_nodes = day(page, 3).get_by_test_id("itinerary-node")
    count = day3_nodes.count()
    assert count > 0, "the demo trip should have something on day 3"

    send(page, "clear day 3")
    yes, no = page.get_by_test_id("confirm-yes"), page.get_by_test_id("confirm-no")
    expect(yes).to_be_visible()
    expect(no).to_be_visible()
    expect(last_assistant(page)).to_contain_text("This will remove")
    no.click()
    expect(last_assistant(page)).to_contain_text("left your trip as it was")
    expect(day3_nodes).to_have_count(count)

    send(page, "clear day 3")
    yes = page.get_by_test_id("confirm-yes").last
    expect(yes).to_be_enabled()
    yes.click()
    expect(day3_nodes).to_have_count(0)

    send(page, "undo")
    expect(last_assistant(page)).to_contain_text("Undid")
    expect(day3_nodes).to_have_count(count)


def test_unknown_place_shows_an_error_with_suggestions(page: Page) -> None:
    send(page, "add Moon Restaurant on day 2")
    error = page.get_by_test_id("error-message").last
    expect(error).to_be_visible()
    expect(error).to_contain_text("Moon Restaurant")
    expect(error.locator("ul li")).not_to_have_count(0)
    expect(page.locator("#chat-input")).to_be_enabled()


def test_the_page_runs_under_a_strict_csp_and_keeps_no_token_in_storage(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(base_url=base_url)
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    # What an earlier version of the page left behind is removed, not reused.
    tab.goto("/static/style.css")
    tab.evaluate("localStorage.setItem('traveloure.session', '{\"token\": \"old-token\"}')")
    violations: list[str] = []
    tab.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    sockets: list[str] = []
    tab.on("websocket", lambda socket: sockets.append(socket.url))
    try:
        response = tab.goto("/")
        assert response is not None
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        expect(tab.get_by_test_id("itinerary-node").first).to_be_visible()
        send(tab, "add Sushi Zen restaurant on day 2")
        expect(last_assistant(tab)).to_contain_text("Sushi Zen")
        tab.wait_for_timeout(300)
        stored = tab.evaluate("JSON.stringify(Object.assign({}, localStorage))")
        assert "token" not in stored
        assert sockets  # the events socket connects under the policy
        assert violations == []
    finally:
        context.close()

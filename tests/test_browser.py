"""The web UI in a real browser (Debian's headless Chromium through Playwright) against
uvicorn on a free localhost port, over a database ingested from articles written here."""

from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip("browser tests need Chromium at /usr/bin/chromium: apt-get install chromium",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

from web_fixtures import build_db  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    import uvicorn

    from sahna.app import create_app

    db = build_db(tmp_path_factory.mktemp("web") / "web.db")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def test_calendar_places_events_on_their_days(page, base_url):
    page.goto(f"{base_url}/?month=2025-06")
    assert page.locator("h1").inner_text() == "June 2025"
    cell = page.locator('td[data-date="2025-06-12"]')
    assert "Ұлы дала" in cell.inner_text()
    assert "jazz concert" in page.locator('td[data-date="2025-06-20"]').inner_text()
    page.click("a[rel=next]")
    assert page.locator("h1").inner_text() == "July 2025"
    page.click("a[rel=prev]")
    assert page.locator("h1").inner_text() == "June 2025"


def test_filter_by_city_then_open_event_and_participant(page, base_url):
    page.goto(f"{base_url}/events")
    assert "4 events" in page.locator("#total").inner_text()
    page.fill("input[name=city]", "Shymkent")
    page.click("button[type=submit]")
    assert "city=Shymkent" in page.url
    assert "1 event" in page.locator("#total").inner_text()
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == 1 and "Shymkent" in rows.first.inner_text()
    rows.first.locator("a").first.click()
    assert re.search(r"/events/\d+$", page.url)
    marks = page.locator(".evidence mark")
    assert marks.count() >= 2, page.locator("main").inner_text()
    marked = marks.all_inner_texts()
    assert any("12 июня 2025" in m for m in marked)  # the date, as written
    assert any("Шымкент" in m for m in marked)  # the city, inflected
    link = page.locator("ul.participants a").first
    name = link.inner_text()
    link.click()
    assert re.search(r"/entities/\d+$", page.url)
    assert page.locator("h1").inner_text() == name
    assert "Ұлы дала" in page.locator("table").inner_text()


def test_search_with_q(page, base_url):
    page.goto(f"{base_url}/events")
    page.fill("input[name=q]", "jazz")
    page.press("input[name=q]", "Enter")
    assert "q=jazz" in page.url
    body = page.locator("table.events-table tbody").inner_text()
    assert "jazz concert" in body and "Ұлы дала" not in body


def test_script_in_a_document_is_shown_as_text(page, base_url):
    page.goto(f"{base_url}/events?q=Symphony")
    page.locator("table.events-table tbody a").first.click()
    evidence = page.locator(".evidence").inner_text()
    assert "<script>alert(1)</script>" in evidence  # visible, literally
    assert page.locator("script").count() == 0  # nothing injected
    assert page.dialogs == []


def test_phone_layout_has_no_horizontal_scroll(browser, base_url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    for path in ("/?month=2025-06", "/events", "/countries"):
        page.goto(base_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 380, (path, width)
    context.close()

"""The web UI in a real browser (Debian's headless Chromium through Playwright) against
uvicorn on a free localhost port, over a database ingested from articles written here,
and over one whose documents were stored with hostile URLs and markup."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not CHROMIUM.exists():
    pytest.skip("browser tests need Chromium at /usr/bin/chromium: apt-get install chromium",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

from web_fixtures import HOSTILE_URLS, SAFE_URL, build_db, build_hostile_db  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """The app over ``db`` in uvicorn on a free localhost port, for as long as the block."""
    import uvicorn

    from sahna.app import create_app

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
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def serving_documents(db: Path, documents) -> Iterator[str]:
    """:func:`serving` over a new database at ``db`` that holds ``documents``."""
    from sahna.store import open_store

    with open_store(str(db)) as store:
        for item in documents:
            store.add(item)
    with serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    with serving(build_db(tmp_path_factory.mktemp("web") / "web.db")) as url:
        yield url


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    with serving(build_hostile_db(tmp_path_factory.mktemp("hostile") / "hostile.db")) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    errors: list[str] = []  # the browser reports what the CSP refused as console errors
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.console_errors = errors
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
    assert re.search(r"/events/\d+\?hl=en$", page.url)
    marks = page.locator(".evidence mark")
    assert marks.count() >= 2, page.locator("main").inner_text()
    marked = marks.all_inner_texts()
    assert any("12 июня 2025" in m for m in marked)  # the date, as written
    assert any("Шымкент" in m for m in marked)  # the city, inflected
    link = page.locator("ul.participants a").first
    name = link.inner_text()
    link.click()
    assert re.search(r"/entities/\d+\?hl=en$", page.url)
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


def csp_violations(page) -> list[str]:
    return [m for m in page.console_errors if "Content Security Policy" in m]


def test_pages_load_their_assets_under_the_policy(page, base_url):
    failed: list[str] = []  # where each console error comes from
    page.on("console", lambda m: failed.append(urlsplit(m.location.get("url", "")).path)
            if m.type == "error" else None)
    for path in ("/?month=2025-06", "/events", "/entities", "/countries", "/nothing"):
        response = page.goto(base_url + path)
        assert "default-src 'self'" in response.headers["content-security-policy"]
        # the stylesheet was applied, not refused: the header is the accent colour
        colour = page.evaluate("getComputedStyle(document.querySelector('header'))"
                               ".backgroundColor")
        assert colour == "rgb(138, 45, 31)", (path, colour)
    assert csp_violations(page) == []
    # the only errors are /nothing's own 404 and that of the icon the browser asks for
    assert set(failed) <= {"/nothing", "/favicon.ico"} and "/nothing" in failed, failed
    assert all(m.startswith("Failed to load resource") for m in page.console_errors)


def test_the_policy_stops_markup_that_gets_into_a_page(page, hostile_url):
    # were a template ever to let markup through, the browser would still not run it
    page.goto(f"{hostile_url}/events")
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', "
                  "'<img src=/static/none.png onerror=alert(1)><a id=js "
                  "href=\"javascript:alert(2)\">x</a>')")
    page.click("#js")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert csp_violations(page), page.console_errors  # refused, and said so


def test_every_link_from_hostile_documents_is_harmless(page, hostile_url):
    """Open the list and every event page built from hostile documents, check where each
    link points, click them, and check that nothing ran and that the browser went
    nowhere but http(s). A link is clicked once: the same address on another page (the
    header's, say) does the same thing, and would only make the test slower."""
    outside: list[str] = []

    def stub(route) -> None:  # the news sites: answered here, not on the network
        outside.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>news</title>news")

    page.route(lambda url: not url.startswith(hostile_url), stub)
    navigated: list[str] = []
    page.on("framenavigated", lambda frame: navigated.append(frame.url))
    listing = f"{hostile_url}/events"
    page.goto(listing)
    event_pages = page.eval_on_selector_all(
        "table.events-table tbody a", "links => links.map(a => a.href)")
    assert len(event_pages) == len(HOSTILE_URLS) + 1
    clicked: set[str] = set()
    shown: list[str] = []
    for url in [listing, *event_pages]:
        page.goto(url)
        if url != listing:
            shown.append(page.locator("ol.sources").inner_text())
            assert "<script>alert(1)</script>" in page.locator(".evidence").inner_text()
        assert page.locator("script").count() == 0 and page.locator("main img").count() == 0
        hrefs = page.eval_on_selector_all("a", "links => links.map(a => a.href)")
        assert all(urlsplit(h).scheme in ("http", "https") for h in hrefs), hrefs
        for i, href in enumerate(hrefs):
            if href in clicked:
                continue
            clicked.add(href)
            page.goto(url)
            page.locator("a").nth(i).click()
            page.wait_for_load_state()
            assert page.dialogs == [], (url, href)
            assert urlsplit(page.url).scheme in ("http", "https"), (url, href, page.url)
    # each refused URL is on its event's page, as text (with whitespace as text has it)
    for hostile in HOSTILE_URLS.values():
        assert any(" ".join(hostile.replace("\x00", "").split()) in t for t in shown), hostile
    assert SAFE_URL in clicked and outside == [SAFE_URL]  # the one link out, followed
    assert len(clicked) > 40
    assert navigated and all(urlsplit(u).scheme in ("http", "https") for u in navigated), \
        [u for u in navigated if urlsplit(u).scheme not in ("http", "https")]
    assert csp_violations(page) == [], csp_violations(page)
    assert page.dialogs == []

"""Numbered pages and source counts in a real browser (Debian's Chromium), in each
interface language, at desktop and phone widths: the pager numbers the pages and keeps
the filters, pages neither overlap nor skip; two reports of one event in one article are
one source, not two. Screenshots go where the other browser tests put theirs."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from test_browser import serving_documents  # skips without Chromium
from test_browser_readers import LANGS, WIDTHS, open_page, shoot

from sahna.document import Document, Event
from sahna.web import PAGE_SIZE

N_SCREENINGS = 2 * PAGE_SIZE + 10  # three pages, the last one short
SOURCES_TEXT = {"ru": "2 источника", "kk": "2 дереккөз", "en": "2 sources"}


def _doc(doc_id: str, events: list[Event], url: str) -> Document:
    text = " ".join(s for e in events for s in e.evidence)
    return Document(doc_id=doc_id, source=f"/srv/sahna/in/{doc_id}.txt", raw=text, text=text,
                    url=url, published="2025-04-01", lang="en", title=f"Article {doc_id}",
                    events=events)


def documents() -> list[Document]:
    """Film screenings on distinct days in distinct cities (distinct events, for pages);
    a jazz concert reported twice by one article and once by another."""
    cities = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe"]
    out = []
    for n in range(N_SCREENINGS):
        day = (dt.date(2024, 1, 1) + dt.timedelta(days=5 * n)).isoformat()
        city = cities[n % len(cities)]
        out.append(_doc(f"film-{n}", [Event(
            "e1", "screening", f"Film evening {n:02d}", start=day, status="held", city=city,
            country="KZ", evidence=[f"Film evening {n:02d} was held in {city} on {day}."])],
            url=f"https://kino.example.kz/{n}"))

    def concert(local_id: str) -> Event:
        return Event(local_id, "concert", "Almaty jazz concert", start="2025-04-26",
                     status="planned", city="Almaty", country="KZ",
                     evidence=[f"On 26 April 2025 a jazz concert will be given in Almaty "
                               f"({local_id})."])

    out.append(_doc("jazz-a", [concert("e1"), concert("e2")], "https://one.example.kz/a"))
    out.append(_doc("jazz-b", [concert("e1")], "https://two.example.kz/b"))
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("pages") / "pages.db"
    with serving_documents(db, documents()) as url:
        yield url


def titles(page) -> list[str]:
    return page.locator("table.events-table tbody tr td:nth-child(2) a").all_inner_texts()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_numbered_pages_keep_filters_and_cover_every_event_once(browser, site, lang, width):
    context, page = open_page(browser, WIDTHS[width])
    page.goto(f"{site}/events?type=screening&sort=title&hl={lang}")
    pager = page.locator("nav.pager").first
    assert pager.locator("[aria-current=page]").inner_text() == "1"
    assert pager.locator("a", has_text="3").count() == 1  # the last page, numbered
    seen = [titles(page)]
    shoot(page, f"pages-1-{lang}-{width}")
    for number in ("2", "3"):
        page.locator("nav.pager").first.get_by_role("link", name=number, exact=True).click()
        query = parse_qs(urlsplit(page.url).query)
        # the filter, the order and the language survive the click
        assert query["page"] == [number] and query["type"] == ["screening"]
        assert query["sort"] == ["title"] and query["hl"] == [lang]
        current = page.locator("nav.pager").first.locator("[aria-current=page]")
        assert current.inner_text() == number
        seen.append(titles(page))
        shoot(page, f"pages-{number}-{lang}-{width}")
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= WIDTHS[width] + 1, (number, overflow)
    assert [len(s) for s in seen] == [PAGE_SIZE, PAGE_SIZE, N_SCREENINGS - 2 * PAGE_SIZE]
    everything = [t for s in seen for t in s]
    assert everything == sorted(f"Film evening {n:02d}" for n in range(N_SCREENINGS))
    page.locator("nav.pager").first.get_by_role("link", name="1", exact=True).click()
    assert titles(page) == seen[0]
    context.close()


@pytest.mark.parametrize("lang", LANGS)
def test_two_reports_in_one_article_count_as_one_source(browser, site, lang):
    context, page = open_page(browser)
    page.goto(f"{site}/events?type=concert&hl={lang}")
    [row] = page.locator("table.events-table tbody tr").all()
    assert SOURCES_TEXT[lang] in row.inner_text()  # three reports, two articles
    row.locator("td:nth-child(2) a").first.click()
    assert SOURCES_TEXT[lang] in page.locator("h2", has=page.locator(".muted")).first \
        .inner_text()
    outlets = page.locator("ol.sources .outlet strong").all_inner_texts()
    assert {"one.example.kz", "two.example.kz"} <= set(outlets)
    shoot(page, f"sources-{lang}")
    context.close()

"""The web UI as its readers use it, in a real browser (Debian's Chromium), in each of
its three languages, at desktop and phone widths: dates and codes in words, search that
finds other forms and scripts, filters that survive the form, the calendar, sources,
"add to calendar". Screenshots of every page are saved (``SAHNA_SCREENSHOTS``, default
``build/screenshots``) so that a person can look at them."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from test_browser import serving_documents  # skips without Chromium

from sahna.document import Document, Event, Participant

SHOTS = Path(os.environ.get("SAHNA_SCREENSHOTS", "build/screenshots"))
WIDTHS = {"desktop": 1280, "phone": 390}
LANGS = ("ru", "kk", "en")


def documents() -> list[Document]:
    """Written for these tests: culture days over four days, reported with a link; a
    Kazakh holiday; a film week dated only by its year; a one-day concert."""
    def doc(doc_id, lang, events, url=None, published="2025-04-01"):
        text = " ".join(s for e in events for s in e.evidence)
        return Document(doc_id=doc_id, source=f"/srv/sahna/in/{doc_id}.txt", raw=text,
                        text=text, url=url, published=published, lang=lang,
                        title=f"Article {doc_id}", events=events)

    days = Event("e1", "culture_days", "Дни культуры Казахстана в Турции",
                 start="2025-04-25", end="2025-04-28", status="planned", city="Istanbul",
                 country="TR", countries=["KZ", "TR"],
                 participants=[Participant("Жанна Балаева", "person", "performer")],
                 evidence=["С 25 по 28 апреля в Стамбуле пройдут Дни культуры Казахстана, "
                           "выступит Жанна Балаева."])
    nauryz = Event("e1", "civic", "Наурыз мейрамы", start="2025-03-21", end="2025-03-23",
                   status="held", city="Astana", country="KZ",
                   evidence=["Астанада Наурыз мейрамы тойланды."])
    films = Event("e1", "screening", "Kazakh film week", start="2025", status="planned",
                  city="Almaty", country="KZ", evidence=["A Kazakh film week is planned."])
    concert = Event("e1", "concert", "Almaty jazz concert", start="2025-04-26",
                    status="planned", city="Almaty", country="KZ",
                    evidence=["On 26 April 2025 a jazz concert will be given in Almaty."])
    return [doc("days", "ru", [days], url="https://news.example.kz/days"),
            doc("nauryz", "kk", [nauryz]), doc("films", "en", [films]),
            doc("concert", "en", [concert], url="https://www.jazz.example.com/a")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("readers") / "readers.db"
    with serving_documents(db, documents()) as url:
        yield url


def open_page(browser, width: int = 1280, locale: str = "en-US"):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale=locale)
    return context, context.new_page()


def event_id(page, site: str, title: str) -> str:
    page.goto(f"{site}/events?hl=en")
    href = page.get_by_text(title).first.locator("xpath=ancestor::a").get_attribute("href")
    return urlsplit(href).path.rsplit("/", 1)[-1]


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


DAYS_TEXT = {"ru": "25–28 апреля 2025", "kk": "25–28 сәуір 2025", "en": "25–28 April 2025"}
TYPE_TEXT = {"ru": "Дни культуры", "kk": "Мәдениет күндері", "en": "Culture days"}
COUNTRY_TEXT = {"ru": "Турция", "kk": "Түркия", "en": "Türkiye"}
YEAR_ONLY = {"ru": "Известен только год", "kk": "Тек жылы белгілі", "en": "Dated only by"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_pages_in_each_language_and_width(browser, site, lang, width):
    context, page = open_page(browser, WIDTHS[width])
    days = event_id(page, site, "Дни культуры Казахстана в Турции")
    for name, path in [("calendar", "/?month=2025-04"), ("events", "/events"),
                       ("event", f"/events/{days}"), ("entities", "/entities"),
                       ("countries", "/countries"), ("map", "/map")]:
        sep = "&" if "?" in path else "?"
        response = page.goto(f"{site}{path}{sep}hl={lang}")
        assert response.status == 200, (path, lang)
        assert page.locator("html").get_attribute("lang") == lang
        shoot(page, f"{name}-{lang}-{width}")
        # nothing widens a phone's page: no long path or table pushes it sideways
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= WIDTHS[width] + 1, (path, lang, overflow)
    page.goto(f"{site}/events/{days}?hl={lang}")
    slots = page.locator("dl.slots").inner_text()
    assert DAYS_TEXT[lang] in slots and TYPE_TEXT[lang] in slots and COUNTRY_TEXT[lang] in slots
    assert page.locator("h1 span").get_attribute("lang") == "ru"  # the title's own language
    page.goto(f"{site}/events?hl={lang}")
    assert "--" not in page.locator("table.events-table").inner_text()  # no ISO codes
    assert "culture_days" not in page.locator("main").inner_text()
    page.goto(f"{site}/?month=2025-04&hl={lang}")
    assert YEAR_ONLY[lang] in page.locator("#year-only summary").inner_text()
    context.close()


def test_language_from_accept_language_and_the_switcher_keeps_filters(browser, site):
    context, page = open_page(browser, locale="kk-KZ")
    page.goto(f"{site}/events?city=Almaty")
    assert page.locator("html").get_attribute("lang") == "kk"
    page.click("nav.langs a[lang=en]")
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"city": ["Almaty"], "hl": ["en"]}
    assert page.locator("html").get_attribute("lang") == "en"
    page.click("table.events-table a >> nth=0")  # links keep the language
    assert "hl=en" in page.url and page.locator("html").get_attribute("lang") == "en"
    context.close()


@pytest.mark.parametrize(("field", "typed", "title"), [
    ("q", "Balayeva", "Дни культуры Казахстана в Турции"),  # Latin finds Cyrillic
    ("q", "концерты", "Almaty jazz concert"),  # a Russian plural finds the English word
    ("q", "Nauryz", "Наурыз мейрамы"),
    ("city", "Стамбул", "Дни культуры Казахстана в Турции"),  # a city in Russian
    ("country", "Турция", "Дни культуры Казахстана в Турции"),  # a country by its name
    ("country", "Kazakhstan", "Almaty jazz concert"),
])
def test_search_and_filters_find_what_people_type(browser, site, field, typed, title):
    context, page = open_page(browser)
    page.goto(f"{site}/events?hl=ru")
    page.fill(f"input[name={field}]", typed)
    page.click("form.filters button[type=submit]")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert title in page.locator("table.events-table").inner_text(), (field, typed)
    context.close()


def test_the_form_keeps_filters_reached_by_links(browser, site):
    context, page = open_page(browser)
    page.goto(f"{site}/countries?hl=en")
    page.click("table.pairs a >> nth=0")  # countries=KZ&countries=TR
    assert parse_qs(urlsplit(page.url).query)["countries"] == ["KZ", "TR"]
    page.fill("input[name=q]", "Balayeva")
    page.click("form.filters button[type=submit]")
    query = parse_qs(urlsplit(page.url).query)
    assert query["countries"] == ["KZ", "TR"] and query["q"] == ["Balayeva"]
    assert "1 event" in page.locator("#total").inner_text()
    page.goto(f"{site}/events?participant=1&lang=ru&hl=en")
    page.click("form.filters button[type=submit]")
    query = parse_qs(urlsplit(page.url).query)
    assert query["participant"] == ["1"] and query["lang"] == ["ru"]
    context.close()


def test_calendar_places_multi_day_events_on_every_day_and_year_only_once(browser, site):
    context, page = open_page(browser)
    page.goto(f"{site}/?month=2025-04&hl=en")
    for day in range(25, 29):
        cell = page.locator(f'td[data-date="2025-04-{day}"]').inner_text()
        assert "Дни культуры Казахстана в Турции" in cell, day
    assert "Дни культуры" not in page.locator('td[data-date="2025-04-24"]').inner_text()
    assert page.locator("#undated").count() == 0  # the year-only film week is not "this month"
    assert "Kazakh film week" in page.locator("#year-only").text_content()  # folded
    context.close()
    phone, small = open_page(browser, WIDTHS["phone"])
    small.goto(f"{site}/?month=2025-04&hl=en")
    # folded on a phone: the event is shown on its first day only
    assert small.locator('td[data-date="2025-04-25"]').is_visible()
    assert not small.locator('td[data-date="2025-04-27"]').is_visible()
    phone.close()


def test_sources_show_the_outlet_and_link_and_add_to_calendar(browser, site):
    context, page = open_page(browser)
    days = event_id(page, site, "Дни культуры Казахстана в Турции")
    page.goto(f"{site}/events/{days}?hl=en")
    sources = page.locator("ol.sources").inner_text()
    assert "news.example.kz" in sources and "/srv/" not in sources and ".txt" not in sources
    assert page.locator("ol.sources a").first.get_attribute("href") == \
        "https://news.example.kz/days"
    assert "1 April 2025" in sources  # the publication date, in words
    assert page.locator("p.legend mark").count() == 4  # what each highlight colour means
    ics = page.locator("a[download]").get_attribute("href")
    response = page.request.get(f"{site}{ics}")
    assert response.status == 200 and b"DTSTART;VALUE=DATE:20250425" in response.body()
    context.close()


def test_sorting_and_numbered_pages(browser, site):
    context, page = open_page(browser)
    page.goto(f"{site}/events?hl=en")
    page.select_option("select[name=sort]", "title")
    page.click("form.filters button[type=submit]")
    titles = page.locator("table.events-table tbody tr td:nth-child(2) a").all_inner_texts()
    assert titles == sorted(titles, key=str.lower) and len(titles) == 4
    assert "sort=title" in page.url
    context.close()


MAP_TITLE = {"ru": "Казахстан", "kk": "Қазақстан", "en": "Kazakhstan"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_map_draws_country_outlines_under_the_cities(browser, site, lang, width):
    """Outlines of the countries in view (Natural Earth, shipped in the package) under
    the city points, inside the drawing, named in the reader's language, under the
    Content-Security-Policy; and filtered like the list."""
    context, page = open_page(browser, WIDTHS[width])
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{site}/map?hl={lang}")
    land = page.locator("svg.map path.land")
    countries = set(land.evaluate_all("paths => paths.map(p => p.dataset.country)"))
    assert {"KZ", "TR"} <= countries  # Almaty, Astana and Istanbul's countries
    assert page.locator("svg.map path.land[data-country=KZ] title").text_content() == \
        MAP_TITLE[lang]
    # every outline lies inside the drawing, and is painted (a fill, not transparent)
    inside = page.evaluate("""() => {
        const svg = document.querySelector('svg.map'), box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('path.land')].every(p => {
            const b = p.getBBox();
            return b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width
                && b.y + b.height <= box.y + box.height && b.width > 0 && b.height > 0;
        });
    }""")
    assert inside
    fill = land.first.evaluate("p => getComputedStyle(p).fill")
    assert fill not in ("none", "rgba(0, 0, 0, 0)")
    # the points come after the outlines, so they are drawn over them
    order = page.evaluate("""() => [...document.querySelectorAll('svg.map path.land, '
        + 'svg.map circle.city')].map(e => e.tagName)""")
    assert order.index("circle") > len(order) - 1 - order[::-1].index("path")
    # Almaty's point lies on Kazakhstan's outline
    almaty = page.locator("svg.map a", has_text="Алматы" if lang != "en" else "Almaty")
    box = almaty.locator("circle").bounding_box()
    hit = page.evaluate("([x, y]) => document.elementsFromPoint(x, y)"
                        ".filter(e => e.matches('path.land')).map(e => e.dataset.country)",
                        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2])
    assert hit == ["KZ"], hit
    shoot(page, f"map-outlines-{lang}-{width}")
    page.goto(f"{site}/map?city=Istanbul&hl={lang}")  # filtered like the list
    assert page.locator("svg.map circle.city").count() == 1
    assert "TR" in page.locator("svg.map path.land").evaluate_all(
        "paths => paths.map(p => p.dataset.country)")
    shoot(page, f"map-outlines-istanbul-{lang}-{width}")
    assert [e for e in errors if "Content Security Policy" in e] == []
    context.close()

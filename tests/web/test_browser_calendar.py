"""A crowded month in a real browser (Debian's Chromium), in each interface language, at
desktop and phone widths: a day shows a few events, what starts that day and what more
sources report first, and a "+N more" link to the event list of that day; a long
section under the grid shows a bounded number and links to all of it; a multi-day event
is on every day it spans and folded on a phone. Screenshots go where the other browser
tests put theirs."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from test_browser import serving_documents  # skips without Chromium
from test_browser_readers import LANGS, WIDTHS, open_page, shoot

from sahna.document import Document, Event
from sahna.web import DAY_LIMIT, SECTION_LIMIT

# a city each, so that no two exhibitions are taken for reports of one
CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe", "Bishkek", "Tashkent",
          "Baku", "Moscow", "Istanbul", "Seoul", "Berlin", "Paris", "London", "Rome",
          "Madrid", "Vienna", "Prague", "Warsaw", "Riga", "Tbilisi", "Yerevan"]
# one day's single-day events: (title, type, city); the first is reported twice
CROWDED = [("Jazz night", "concert", "Almaty"), ("Dombra recital", "concert", "Astana"),
           ("Opera <i>gala</i> & friends", "stage", "Shymkent"),
           ("Film premiere", "screening", "Karaganda"),
           ("Poetry evening", "meeting", "Aktobe"), ("Folk fair", "festival", "Bishkek")]
FESTIVAL = "Steppe festival"  # 24-28 April: on the crowded 26th it is a continuing day
N_UNDATED = SECTION_LIMIT + 2
MORE = {"ru": "ещё {n}", "kk": "тағы {n}", "en": "+{n} more"}
SHOW_ALL = {"ru": "Показать все ({n})", "kk": "Барлығын көрсету ({n})",
            "en": "Show all ({n})"}
UNDATED = {"ru": "В этом месяце, день неизвестен", "kk": "Осы айда, күні белгісіз",
           "en": "This month, day not known"}
TOTAL = {"ru": "{n} событий", "kk": "{n} іс-шара", "en": "{n} events"}
DAY_TITLE = {"ru": "Все события 26 апреля 2025 ({n})",
             "kk": "26 сәуір 2025 күнгі барлық іс-шаралар ({n})",
             "en": "All events on 26 April 2025 ({n})"}


def _doc(doc_id: str, events: list[Event], lang: str = "en") -> Document:
    text = " ".join(s for e in events for s in e.evidence)
    return Document(doc_id=doc_id, source=f"/srv/sahna/in/{doc_id}.txt", raw=text, text=text,
                    url=f"https://news.example.kz/{doc_id}", published="2025-04-01",
                    lang=lang, title=f"Article {doc_id}", events=events)


def documents() -> list[Document]:
    """Six events on 26 April 2025 (the first in two articles), a festival over 24-28
    April, and more exhibitions dated only "April 2025" than a section shows."""
    out = []
    for n, (title, kind, city) in enumerate(CROWDED):
        event = Event("e1", kind, title, start="2025-04-26", status="planned", city=city,
                      country="KZ", evidence=[f"{title} in {city} on 26 April 2025."])
        out.append(_doc(f"day-{n}", [event], lang="ru" if n == 1 else "en"))
        if n == 0:
            out.append(_doc("day-0-again", [event]))
    out.append(_doc("festival", [Event(
        "e1", "festival", FESTIVAL, start="2025-04-24", end="2025-04-28", status="planned",
        city="Tashkent", country="UZ", evidence=[f"{FESTIVAL} in Tashkent, 24-28 April."])]))
    # in May: three events over 8-12 May, and one concert on the 10th
    for n, (title, city) in enumerate([("Craft market", "Baku"), ("Book week", "Moscow"),
                                       ("Theatre days", "Istanbul")]):
        out.append(_doc(f"may-{n}", [Event(
            "e1", "festival", title, start="2025-05-08", end="2025-05-12",
            status="planned", city=city, country="KZ",
            evidence=[f"{title} in {city}, 8-12 May 2025."])]))
    out.append(_doc("may-concert", [Event(
        "e1", "concert", "Closing concert", start="2025-05-10", status="planned",
        city="Almaty", country="KZ", evidence=["Closing concert in Almaty on 10 May."])]))
    for n in range(N_UNDATED):
        city = CITIES[n]
        title = f"Exhibition of masters {n:02d}"
        out.append(_doc(f"expo-{n}", [Event(
            "e1", "exhibition", title, start="2025-04", status="held", city=city,
            country="KZ", evidence=[f"{title} opened in {city} in April 2025."])]))
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("calendar") / "calendar.db"
    with serving_documents(db, documents()) as url:
        yield url


def titles(locator) -> list[str]:
    return locator.locator("li a").all_inner_texts()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_crowded_day_shows_a_few_and_links_the_rest(browser, site, lang, width):
    context, page = open_page(browser, WIDTHS[width])
    page.goto(f"{site}/?month=2025-04&hl={lang}")
    assert page.locator("html").get_attribute("lang") == lang
    day = page.locator('td[data-date="2025-04-26"]')
    shown = titles(day)
    # what starts that day first, the one two articles report ahead of the rest; the
    # festival, on its third day here, is behind the link
    # (then by id: in the order they were stored)
    assert shown == ["Jazz night", "Dombra recital", "Opera <i>gala</i> & friends"]
    assert len(shown) == DAY_LIMIT and FESTIVAL not in shown
    assert day.locator("i").count() == 0  # a title is text, never markup
    total = len(CROWDED) + 1
    more = day.locator("a.more")
    assert more.inner_text() == MORE[lang].format(n=total - DAY_LIMIT)
    assert more.get_attribute("title") == DAY_TITLE[lang].format(n=total)
    assert more.is_visible()  # on a phone too
    # titles keep their own language; the Russian-reported recital is marked so
    langs = day.locator("li a span").evaluate_all("s => s.map(e => e.lang)")
    assert langs == ["en", "ru", "en"]
    # the festival is on every day it spans, folded on a phone to its first day
    for n in range(24, 29):
        cell = page.locator(f'td[data-date="2025-04-{n}"]')
        assert FESTIVAL in cell.inner_text() or n == 26, n
    assert page.locator('td[data-date="2025-04-24"]').is_visible()
    assert page.locator('td[data-date="2025-04-25"]').is_visible() == (width == "desktop")
    # a long section: a bounded number and a link to all of it
    undated = page.locator("#undated")
    assert len(titles(undated)) == SECTION_LIMIT
    assert UNDATED[lang] in page.locator("h2", has_text=UNDATED[lang]).inner_text()
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= WIDTHS[width] + 1, overflow
    shoot(page, f"calendar-more-{lang}-{width}")

    # "+N more": the event list of exactly that day (the exhibitions dated only
    # "April 2025" left out), in the same language, its form keeping the choice
    more.click()
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"from": ["2025-04-26"], "to": ["2025-04-26"], "exact": ["1"],
                     "hl": [lang]}
    assert page.locator("html").get_attribute("lang") == lang
    rows = page.locator("table.events-table tbody tr")
    assert rows.count() == total
    listed = page.locator("table.events-table").inner_text()
    for title, _, _ in CROWDED:
        assert title in listed, title
    assert FESTIVAL in listed and "Exhibition" not in listed
    assert page.locator('input[name="exact"]').is_checked()
    assert page.locator("#total").inner_text().startswith(TOTAL[lang].format(n=total))
    shoot(page, f"calendar-day-list-{lang}-{width}")

    # "show all" of the section: every event of it, back to the calendar
    page.goto(f"{site}/?month=2025-04&hl={lang}")
    page.get_by_role("link", name=SHOW_ALL[lang].format(n=N_UNDATED)).click()
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"month": ["2025-04"], "show": ["undated"], "hl": [lang]}
    assert page.locator("html").get_attribute("lang") == lang
    assert sorted(titles(page.locator("#undated"))) == \
        [f"Exhibition of masters {n:02d}" for n in range(N_UNDATED)]
    assert UNDATED[lang] in page.locator("h2#section").inner_text()
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= WIDTHS[width] + 1, overflow
    shoot(page, f"calendar-section-{lang}-{width}")
    page.locator("main p a").first.click()  # back to the calendar
    assert parse_qs(urlsplit(page.url).query) == {"month": ["2025-04"], "hl": [lang]}
    context.close()


def test_a_quiet_day_has_no_more_link_and_bad_sections_are_refused(browser, site):
    context, page = open_page(browser)
    page.goto(f"{site}/?month=2025-04&hl=en")
    assert page.locator('td[data-date="2025-04-24"] a.more').count() == 0
    assert page.locator("a.more").count() == 1  # only the crowded 26th
    assert page.goto(f"{site}/?month=2025-04&show=nothing").status == 400
    assert page.goto(f"{site}/?month=2025-04&show=undated&page=2").status == 404
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_phone_counts_the_folded_days_among_the_rest(browser, site, lang, width):
    """10 May: a concert starts, three festivals continue. The cell shows the concert
    and two festivals, "+1 more"; a phone folds the festivals to their first day, so
    there it is "+3 more"."""
    context, page = open_page(browser, WIDTHS[width])
    page.goto(f"{site}/?month=2025-05&hl={lang}")
    day = page.locator('td[data-date="2025-05-10"]')
    assert titles(day)[0] == "Closing concert" and len(titles(day)) == DAY_LIMIT
    n = 1 if width == "desktop" else 3
    assert day.locator("a.more").inner_text() == MORE[lang].format(n=n)
    assert day.locator("li:visible").count() == (DAY_LIMIT if width == "desktop" else 1)
    assert page.locator('td[data-date="2025-05-08"] a.more').count() == 0  # three: all
    shoot(page, f"calendar-folded-{lang}-{width}")
    context.close()

"""The interface's languages without a browser: the catalogue, choosing a language,
dates as people write them, place names typed in any language, the pager's numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from sahna.i18n import LANGS, choose, keys, translator
from sahna.i18n.dates import human_date
from sahna.i18n.places import city_filter, country_filter
from sahna.store.calendar import lay_out
from sahna.web import page_numbers


def test_every_catalogue_entry_has_every_language():
    from sahna.i18n import _catalogue

    missing = [(k, lang) for k in keys() for lang in LANGS if lang not in _catalogue()[k]]
    assert not missing
    for code in ("type:culture_days", "status:planned", "role:official", "kind:org"):
        assert {translator(lang).code(*code.split(":")) for lang in LANGS} != {code}


@pytest.mark.parametrize(("hl", "header", "chosen"), [
    ("kk", "en-US", "kk"), (None, "kk-KZ,ru;q=0.8", "kk"), (None, "de, en;q=0.5", "en"),
    (None, "en;q=0.2, ru;q=0.9", "ru"), (None, None, "ru"), ("xx", "fr", "ru"),
    (None, "en;q=0", "ru")])
def test_choose(hl, header, chosen):
    assert choose(hl, header) == chosen


@pytest.mark.parametrize(("start", "end", "lang", "text"), [
    ("2025-04-25", "2025-04-28", "ru", "25–28 апреля 2025"),
    ("2025-04-25", "2025-04-28", "kk", "25–28 сәуір 2025"),
    ("2025-04-25", "2025-04-28", "en", "25–28 April 2025"),
    ("2025-04-30", "2025-05-02", "en", "30 April – 2 May 2025"),
    ("2024-12-30", "2025-01-02", "ru", "30 декабря 2024 – 2 января 2025"),
    ("--04-25", None, "en", "25 April, year not stated"),
    ("--04-25", None, "ru", "25 апреля, год не указан"),
    ("2025-04", None, "ru", "апрель 2025"),
    ("2025", None, "kk", "2025"),
    (None, "2025-04-20", "en", "until 20 April 2025"),
    (None, None, "kk", "күні белгісіз"),
])
def test_human_dates(start, end, lang, text):
    assert human_date(start, end, lang) == text


def test_plurals():
    t = translator("ru")
    assert [t.plural("n events", n) for n in (1, 3, 5, 21)] == [
        "1 событие", "3 события", "5 событий", "21 событие"]
    assert translator("en").plural("n sources", 2) == "2 sources"


@pytest.mark.parametrize(("typed", "code"), [
    ("Kazakhstan", "KZ"), ("Казахстан", "KZ"), ("Қазақстан", "KZ"), ("kz", "KZ"),
    ("Turkey", "TR"), ("Түркия", "TR"), ("Кыргызстан", "KG"), ("Atlantis", "Atlantis")])
def test_country_names_in_any_language(typed, code):
    assert country_filter(typed) == code


@pytest.mark.parametrize(("typed", "city"), [
    ("Алматы", "Almaty"), ("Almaty", "Almaty"), ("Шымкент", "Shymkent"),
    ("Нур-Султан", "Astana"), ("Nowhere", "Nowhere")])
def test_city_names_in_any_language(typed, city):
    assert city_filter(typed) == city


def test_page_numbers():
    assert page_numbers(1, 1) == [1]
    assert page_numbers(1, 10) == [1, 2, 3, None, 10]
    assert page_numbers(6, 12) == [1, None, 4, 5, 6, 7, 8, None, 12]


def test_calendar_sections():
    entries = [(1, "2025-03-30", "2025-04-02", 1),  # from March
               (2, "2025-04", None, 1),
               (3, "2025", None, 1),
               (4, "2025-04-10", "2025-04-01", 1),  # end before start
               (5, "2025-03", "2025-04-20", 1)]  # begun earlier, month precision
    month = lay_out(entries, 2025, 4, yearless=[(7, "--04-25", None, 1),
                                                 (6, "--04-03", None, 1)])
    days = {d.day: [p.id for p in placed] for d, placed in month.days.items()}
    assert days == {1: [1], 2: [1], 10: [4]}
    assert month.days[dt.date(2025, 4, 1)][0].first  # its first day in April
    assert not month.days[dt.date(2025, 4, 2)][0].first
    assert month.days[dt.date(2025, 4, 1)][0].days == 4
    assert month.undated == [2] and month.year_only == [3] and month.continuing == [5]
    assert month.yearless == [6, 7] and month.total == 5  # yearless: by day


def test_calendar_day_order():
    """A day lists what starts on it first, then what more sources report, then by id."""
    entries = [(1, "2025-04-01", "2025-04-05", 9),  # continuing on the 3rd, 9 sources
               (2, "2025-04-03", None, 1), (3, "2025-04-03", None, 4),
               (4, "2025-04-03", "2025-04-04", 1)]
    month = lay_out(entries, 2025, 4)
    assert [p.id for p in month.days[dt.date(2025, 4, 3)]] == [3, 2, 4, 1]
    assert [p.first for p in month.days[dt.date(2025, 4, 3)]] == [True, True, True, False]
    assert [p.id for p in month.days[dt.date(2025, 4, 4)]] == [1, 4]

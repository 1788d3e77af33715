"""Publication date, round 5 (issue 13): the forms news sites print under a headline in
Russian, Kazakh and English, stamps that say only "today" or "yesterday" (dated from
the fetch date when it is known, and never guessed without it), and an update that is
not the publication. Every line is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sahna.clean import clean_text
from sahna.document import Document
from sahna.pipeline import clean, process
from sahna.read.jsonl import read_jsonl_file

HEADLINE = {"ru": "В городе открылся фестиваль народной музыки",
            "kk": "Қалада халық музыкасының фестивалі ашылды",
            "en": "City opens folk music festival"}
LEAD = {"ru": "В городе открылся фестиваль народной музыки, который продлится до конца недели "
              "и соберёт сотню участников.",
        "kk": "Қалада халық музыкасының фестивалі ашылды, оған жүзге жуық өнерпаз қатысып, "
              "апта соңына дейін жалғасады.",
        "en": "A festival of folk music opened in the city on Friday and will run until the "
              "end of the week with a hundred performers."}


def _page(lang: str, *stamps: str) -> str:
    return "\n".join([HEADLINE[lang], *stamps, LEAD[lang]])


@pytest.mark.parametrize(("lang", "stamp"), [
    ("ru", "12 декабря 2026, 14:05"),
    ("ru", "12.12.2026 | 14:05"),
    ("ru", "14:05, 12 декабря 2026"),
    ("ru", "Опубликовано 12 декабря 2026 в 14:05"),
    ("ru", "Культура | 12 декабря 2026, 14:05 | 1 245"),
    ("ru", "Анна Смирнова, 12 декабря 2026, 14:05"),
    ("kk", "Жарияланды: 12 желтоқсан 2026"),
    ("kk", "12 желтоқсан 2026 ж., 14:05"),
    ("kk", "12.12.2026, сағат 14:05"),
    ("kk", "12 желтоқсан 2026, сағ. 14:05"),
    ("kk", "Айгүл Серікқызы | 12 желтоқсан 2026, 14:05"),
    ("en", "Published: Dec 12, 2026"),
    ("en", "12 Dec 2026, 10:31"),
    ("en", "By Anna Smith | Dec. 12, 2026 | 14:05"),
    ("en", "Fri, Dec 12, 2026, 2:05 PM"),
    ("en", "Published: Dec 12, 2026 | Updated: Dec 13, 2026"),
])
def test_the_stamp_under_the_headline(lang: str, stamp: str) -> None:
    cleaned = clean_text(_page(lang, stamp))
    assert cleaned.published == "2026-12-12"
    assert stamp in cleaned.removed_lines


@pytest.mark.parametrize(("lang", "stamp"), [
    ("en", "24-Nov-2025"),
    ("en", "Monday, November 24th, 2025"),
    ("en", "Last Updated: Nov 25, 2025 | Published: Nov 24, 2025"),
    ("kk", "Қараша 24, 2025"),
    ("kk", "24 қар. 2025"),
    ("ru", "24 нояб. 2025 г."),
    ("ru", "14:05 / 24.11.2025"),
])
def test_more_forms_of_the_stamp(lang: str, stamp: str) -> None:
    assert clean_text(_page(lang, stamp)).published == "2025-11-24"


@pytest.mark.parametrize("stamp", ["12.12.2026, в 14:05", "12.12.2026, сағат 14:05"])
def test_a_mark_and_a_word_between_date_and_time(stamp: str) -> None:
    """«12.12.2026, сағат 14:05»: a comma and the word «сағат» ("hour") together."""
    assert clean_text(_page("kk", stamp)).published == "2026-12-12"


def test_a_date_and_a_place_in_a_sentence_is_no_stamp() -> None:
    assert clean_text(_page("ru", "12 декабря 2026, в Астане, открылась выставка")).published \
        is None


@pytest.mark.parametrize(("lang", "stamp", "days"), [
    ("ru", "Сегодня, 14:05", 0),
    ("ru", "Вчера, 18:20", 1),
    ("kk", "Бүгін, 14:20", 0),
    ("kk", "Кеше", 1),
    ("en", "Today, 10:31", 0),
    ("en", "Yesterday 10:31", 1),
])
def test_a_relative_stamp_counts_from_the_fetch_date(lang: str, stamp: str, days: int) -> None:
    page = _page(lang, stamp)
    assert clean_text(page, fetched="2026-12-12").published == f"2026-12-{12 - days}"
    assert clean_text(page).published is None  # no fetch date: no guess


def test_a_relative_update_says_nothing_of_the_publication() -> None:
    page = _page("ru", "Обновлено: сегодня, 10:00")
    assert clean_text(page, fetched="2026-12-12").published is None


def test_a_printed_date_beats_a_relative_word() -> None:
    page = _page("ru", "Сегодня, 14:05", "10.12.2026")
    assert clean_text(page, fetched="2026-12-12").published == "2026-12-10"


def test_a_menus_today_above_the_headline_is_no_stamp() -> None:
    """Above the headline, "Сегодня" alone is a menu's tab; with a time it is a stamp."""
    page = "\n".join(["Сегодня", HEADLINE["ru"], LEAD["ru"]])
    assert clean_text(page, fetched="2026-12-12").published is None
    page = "\n".join(["Сегодня, 09:40", HEADLINE["ru"], LEAD["ru"]])
    assert clean_text(page, fetched="2026-12-12").published == "2026-12-12"


def test_the_relative_stamp_of_a_list_of_other_stories_is_theirs() -> None:
    page = "\n".join([HEADLINE["ru"], LEAD["ru"], "Читайте также",
                      "В Таразе открылась выставка вышивки", "Вчера, 18:20"])
    assert clean_text(page, fetched="2026-12-12").published is None


def test_the_pipeline_passes_the_documents_fetch_date() -> None:
    doc = Document(doc_id="d", source="-", raw=_page("kk", "Бүгін, 14:20"), fetched="2026-12-12")
    clean(doc)
    assert doc.published == "2026-12-12"
    guarded = Document(doc_id="g", source="-", raw=_page("kk", "Кеше"), fetched="2026-12-12")
    assert process(guarded, check=True).published == "2026-12-11"


def test_a_jsonl_record_carries_its_fetch_date(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "a", "text": _page("en", "Yesterday 10:31"),
                                "fetched": "2026-12-12T08:00:00Z"}) + "\n", encoding="utf-8")
    (doc,) = list(read_jsonl_file(path))
    assert isinstance(doc, Document)
    assert doc.fetched == "2026-12-12"
    assert doc.published is None


def test_a_page_stamped_ahead_of_the_clock_keeps_its_own_date() -> None:
    """htmldate refuses a date after the day it runs on and falls back on a coarser
    pattern ("2026-12" as the 1st): a page stamped some days ahead (a time zone, a
    scheduled post) must keep its own date, never the 1st of its month."""
    from datetime import date, timedelta

    from sahna.read.html import html_document

    ahead = (date.today() + timedelta(days=10)).isoformat()
    paragraph = ("<p>The festival of folk music opened in the city with a hundred performers "
                 "from five regions and will run until the end of the week.</p>")
    page = (f'<html><head><title>Folk festival opens</title><meta property='
            f'"article:published_time" content="{ahead}T10:00:00+05:00"></head><body>'
            f"<article><h1>Folk festival opens</h1>{paragraph * 4}</article></body></html>")
    doc = html_document(page.encode(), "page.html", "page")
    assert isinstance(doc, Document)
    assert doc.published == ahead

"""English dates against the publication date: a weekday written before a day and a month
fixes the year, and the weekend and the days two away are counted from the publication.
Sentences written for this test; 2025-09-17 is a Wednesday."""

from __future__ import annotations

import pytest

from sahna.dates import find_dates

PUBLISHED = "2025-09-17"


def dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start_value, m.end_value) for m in find_dates(text, "en", PUBLISHED)]


def test_a_weekday_before_a_date_picks_the_year_it_falls_on():
    # 7 October is a Tuesday in 2025 and a Monday in 2024: the weekday decides, not the
    # past tense that alone would put a day after the publication in the year before
    assert dates("The ceremony was held on Tuesday, October 7.") == [
        ("October 7", "2025-10-07", None)]
    assert dates("The ceremony was held on Monday, October 7.") == [
        ("October 7", "2024-10-07", None)]
    assert dates("The forum will open on Wednesday, 10 September.") == [
        ("10 September", "2025-09-10", None)]


def test_without_a_weekday_the_tense_still_decides():
    assert dates("The ceremony was held on October 7.") == [("October 7", "2024-10-07", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair will be held this weekend.", ("this weekend", "2025-09-20", "2025-09-21")),
    ("The fair was held last weekend.", ("last weekend", "2025-09-13", "2025-09-14")),
    ("The fair opened the day before yesterday.",
     ("the day before yesterday", "2025-09-15", None)),
    ("The fair opens the day after tomorrow.", ("the day after tomorrow", "2025-09-19", None)),
])
def test_relative_days_and_weekends_count_from_the_publication(text, expected):
    assert dates(text) == [expected]


def test_the_last_weekend_of_an_event_is_no_weekend_before_the_publication():
    assert dates("The award will be presented in the last weekend of the festival.") == []
    assert dates("It happened in the last year of his life.") == []

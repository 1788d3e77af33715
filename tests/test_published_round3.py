"""Publication date from the text of a page (issue 13, item 2): each form a page prints
its date in, on pages written for these tests, and the dates that must never win (a
related list's, the article's own)."""

from __future__ import annotations

import pytest

from sahna.clean import clean_text

HEAD_RU = "В Алматы прошёл фестиваль уличного театра"
HEAD_KK = "Алматыда көше театрларының фестивалі өтті"
HEAD_EN = "Almaty hosts street theatre festival"
LEAD_RU = ("В городе прошёл большой фестиваль уличного театра, который собрал на площади "
           "около пяти тысяч зрителей и двенадцать трупп.")
LEAD_KK = ("Қалада көше театрларының үлкен фестивалі өтті, оған бес мыңға жуық көрермен мен "
           "он екі труппа қатысты деп хабарлады ұйымдастырушылар.")
LEAD_EN = ("A large street theatre festival took place in the city, bringing together "
           "around five thousand spectators and twelve companies from abroad.")


def published(*lines: str) -> str | None:
    return clean_text("\n".join(lines)).published


@pytest.mark.parametrize(("head", "stamp", "lead"), [
    (HEAD_RU, "1 декабря 2025, 10:15", LEAD_RU),
    (HEAD_RU, "Опубликовано 1 декабря 2025 г. в 10:15", LEAD_RU),
    (HEAD_RU, "Дата публикации: 01.12.25", LEAD_RU),
    (HEAD_RU, "Автор: Анна Смирнова, 01.12.2025 10:15", LEAD_RU),
    (HEAD_RU, "Культура | 1 декабря 2025", LEAD_RU),
    (HEAD_RU, "01.12.2025 / 10:15", LEAD_RU),
    (HEAD_RU, "1 дек. 2025 г.", LEAD_RU),
    (HEAD_KK, "1 желтоқсан 2025 ж.", LEAD_KK),
    (HEAD_KK, "Жарияланған уақыты: 01.12.2025, 10:15", LEAD_KK),
    (HEAD_KK, "2025 жылғы 1 желтоқсан", LEAD_KK),
    (HEAD_KK, "Мәдениет | 1 желтоқсан 2025, 10:15", LEAD_KK),
    (HEAD_EN, "Dec. 1, 2025 | 10:15", LEAD_EN),
    (HEAD_EN, "By Anna Smith | Dec. 1, 2025 | 10:15", LEAD_EN),
    (HEAD_EN, "Published on Monday, 1 December 2025 at 10:15", LEAD_EN),
    (HEAD_EN, "2025-12-01T10:15:00+05:00", LEAD_EN),
    (HEAD_EN, "Written by Anna Smith on 1 December 2025", LEAD_EN),
])
def test_a_date_line_under_the_headline(head: str, stamp: str, lead: str) -> None:
    assert published(head, stamp, lead) == "2025-12-01"


@pytest.mark.parametrize("lines", [
    (HEAD_RU, "Уральск.01.12.25", LEAD_RU),
    (HEAD_RU, "Уральск.01.12.25. " + LEAD_RU),
    (HEAD_RU, "АЛМАТЫ, 1 декабря 2025 – Sputnik. " + LEAD_RU),
    (HEAD_EN, "ASTANA, Dec. 1, 2025 (Kazinform) – " + LEAD_EN),
    (HEAD_EN, "TASHKENT, December 1, 2025 (UzDaily) --", LEAD_EN),
])
def test_a_city_glued_to_the_date_or_an_agency_dateline(lines: tuple[str, ...]) -> None:
    assert published(*lines) == "2025-12-01"


@pytest.mark.parametrize("stamp", [
    "Last Modified: 02/12/2025 | Published: 01/12/2025",
    "Дата изменения: 02.12.2025 | 01.12.2025 10:15",
])
def test_the_publication_wins_over_the_last_change(stamp: str) -> None:
    assert published(HEAD_EN, stamp, LEAD_EN) == "2025-12-01"


def test_the_dates_of_a_strip_of_headlines_above_do_not_win() -> None:
    assert published("Astana opera opens its season", "28.11.2025 10:00",
                     "Shymkent book fair opens on Friday", "29.11.2025 11:00",
                     HEAD_EN, "01.12.2025 10:15", LEAD_EN) == "2025-12-01"


def test_the_dates_of_a_related_list_under_the_text_do_not_win() -> None:
    assert published(HEAD_KK, "01.12.2025 10:15", LEAD_KK, "Тақырыпқа қатысты",
                     "Астанада көрме ашылды", "02.12.2025 10:00") == "2025-12-01"


@pytest.mark.parametrize("lines", [
    (HEAD_RU, "15 марта 2025 года в Алматы пройдёт большой фестиваль уличного театра, "
              "на который приедут двенадцать трупп."),
    (HEAD_EN, LEAD_EN, "The festival will take place on 24.11.2025 in the main square."),
    (HEAD_KK, LEAD_KK, "2025 жылғы 24 қарашада Астанада көрме ашылады."),
])
def test_a_date_in_the_article_is_no_publication_date(lines: tuple[str, ...]) -> None:
    assert published(*lines) is None


@pytest.mark.parametrize("stamp", [
    "01.12.2025, 10:15 (обновлено 02.12.2025, 12:30)",
    "Dec. 1, 2025 (updated Dec. 2, 2025)",
    "1 желтоқсан 2025 (жаңартылды: 2 желтоқсан 2025)",
])
def test_the_update_in_brackets_after_the_publication(stamp: str) -> None:
    assert published(HEAD_EN, stamp, LEAD_EN) == "2025-12-01"


@pytest.mark.parametrize("stamp", ["№37 (1234) от 1 декабря 2025",
                                   "№ 37 (21234) 1 желтоқсан 2025 ж.",
                                   "No. 37, 1 December 2025"])
def test_the_date_of_the_newspapers_issue(stamp: str) -> None:
    assert published(HEAD_RU, stamp, LEAD_RU) == "2025-12-01"

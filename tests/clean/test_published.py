"""Tests of the publication date found in a page's text (sahna.clean.published).

Every page here is written for these tests, in Russian, Kazakh and English: one test
per shape of date stamp (date line, label line, counter or rubric after the date, date
closing the headline, agency dateline, two-digit year) and per way of going wrong
(a site banner above the headline, a related-headlines list, an event date in the body,
an "updated" label), where the page must keep its true date or none.
"""

from __future__ import annotations

import pytest

from sahna.clean import clean_text
from sahna.clean.published import parse_stamp_date

BODY_RU = ("Организаторы отметили, что концерт станет ежегодным, а следующий пройдёт "
           "весной на главной площади города при поддержке акимата.")
BODY_KK = ("Ұйымдастырушылардың айтуынша, концерт жыл сайын өтетін болады, келесісі "
           "көктемде қаланың басты алаңында әкімдіктің қолдауымен ұйымдастырылады.")
BODY_EN = ("The organisers said the concert would become an annual event, and the next "
           "one will take place in spring on the main square of the city.")


def page(*lines: str) -> str:
    """A page from its lines, with blank lines between them as saved pages have."""
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(("header", "body", "published"), [
    # date (and time) line under the headline
    (["Гала-концерт молодых исполнителей", "1 декабря 2025, 10:15"], BODY_RU, "2025-12-01"),
    (["Жас орындаушылардың гала-концерті", "12 қараша 2025 ж."], BODY_KK, "2025-11-12"),
    (["Young performers gala concert", "Nov. 24, 2025 | 14:05"], BODY_EN, "2025-11-24"),
    (["Гала-концерт молодых исполнителей", "24.11.2025"], BODY_RU, "2025-11-24"),
    (["Young performers gala concert", "2025-11-24 09:30"], BODY_EN, "2025-11-24"),
    # label lines
    (["Гала-концерт молодых исполнителей", "Опубликовано: 12.03.2025 10:15"], BODY_RU,
     "2025-03-12"),
    (["Жас орындаушылардың гала-концерті", "Жарияланды: 12.03.2025"], BODY_KK, "2025-03-12"),
    (["Young performers gala concert", "Published: March 12, 2025"], BODY_EN, "2025-03-12"),
    # a counter or a rubric after the date
    (["Гала-концерт молодых исполнителей", "21.03.2025, 15:07 135"], BODY_RU, "2025-03-21"),
    (["Жас орындаушылардың гала-концерті", "14.03.2025 72"], BODY_KK, "2025-03-14"),
    (["Гала-концерт молодых исполнителей", "5 июля 2024, 11:57 | Культура"], BODY_RU,
     "2024-07-05"),
    # a stamp line of several parts: rubric first, counter with its word, time first,
    # reading time, or both labels (the publication one wins)
    (["Гала-концерт молодых исполнителей", "Культура | 01.12.2025"], BODY_RU, "2025-12-01"),
    (["Гала-концерт молодых исполнителей", "2 декабря 2025 14:05 | 1 245 просмотров"],
     BODY_RU, "2025-12-02"),
    (["Жас орындаушылардың гала-концерті", "14:05 / 2 желтоқсан 2025 / Мәдениет"], BODY_KK,
     "2025-12-02"),
    (["Young performers gala concert", "24 Nov 2025 • 3 min read"], BODY_EN, "2025-11-24"),
    (["Young performers gala concert",
      "Updated: 24 November 2025 14:05 | Published: 23 November 2025 10:00"], BODY_EN,
     "2025-11-23"),
    # an abbreviated Kazakh month, a city glued to a dotted date
    (["Жас орындаушылардың гала-концерті", "12 қар. 2025"], BODY_KK, "2025-11-12"),
    (["Гала-концерт молодых исполнителей", "Уральск.03.02.25"], BODY_RU, "2025-02-03"),
    # the same date printed twice
    (["Young performers gala concert", "14.10.2019 14.10.2019"], BODY_EN, "2019-10-14"),
    # time, date and the site's time zone ("GMT +6") as parts of one stamp line
    (["12:45, 05 June 2025 | GMT +6", "Young performers gala concert"], BODY_EN,
     "2025-06-05"),
    # date and time closing the headline line
    (["Young performers gala concert opens this Saturday 06 June 2014, 16:14"], BODY_EN,
     "2014-06-06"),
])
def test_header_stamps(header: list[str], body: str, published: str) -> None:
    assert clean_text(page(*header, body)).published == published


@pytest.mark.parametrize(("first_paragraph", "published"), [
    ("Бишкек, 19.04.24. /Агентство/. " + BODY_RU, "2024-04-19"),
    ("Уральск.03.02.25. " + BODY_RU, "2025-02-03"),
    ("Астана, 5 мая 2025 г. – " + BODY_RU, "2025-05-05"),
    ("Астана, 5 мамыр 2025 ж. – " + BODY_KK, "2025-05-05"),
    ("ASTANA, 5 May 2025 – " + BODY_EN, "2025-05-05"),
])
def test_datelines(first_paragraph: str, published: str) -> None:
    text = page("Гала-концерт молодых исполнителей", first_paragraph, BODY_RU)
    assert clean_text(text).published == published


def test_two_digit_years() -> None:
    assert parse_stamp_date("03.02.25") == "2025-02-03"
    assert parse_stamp_date("14.06.98") == "1998-06-14"
    assert parse_stamp_date("31.02.25") is None
    assert parse_stamp_date("24.11.2025") == "2025-11-24"


def test_stamp_below_headline_beats_banner_above() -> None:
    text = page("10 September 2024", "Young performers gala concert",
                "9 September 2024 11:23", BODY_EN)
    assert clean_text(text).published == "2024-09-09"


def test_bare_date_right_above_headline() -> None:
    text = page("11.10.2021", "Гала-концерт молодых исполнителей", BODY_RU)
    assert clean_text(text).published == "2021-10-11"


def test_weather_banner_date_is_not_the_page_date() -> None:
    text = page("+12 °C", "October 5, 2022", "Young performers gala concert", BODY_EN)
    assert clean_text(text).published is None


def test_published_label_beats_updated_label() -> None:
    text = page("Гала-концерт молодых исполнителей", "Обновлено: 13.03.2025 09:00",
                "Опубликовано: 12.03.2025 10:15", BODY_RU)
    assert clean_text(text).published == "2025-03-12"


def test_updated_label_alone_still_dates_the_page() -> None:
    text = page("Young performers gala concert", "Updated: 13.03.2025", BODY_EN)
    assert clean_text(text).published == "2025-03-13"


def test_event_date_in_the_body_is_not_the_page_date() -> None:
    text = page("Гала-концерт молодых исполнителей", BODY_RU,
                "Концерт пройдёт 15 марта 2025 года в 18:00 во Дворце Республики.",
                "15.03.2025")
    assert clean_text(text).published is None


def test_related_headline_dates_are_not_the_page_date() -> None:
    text = page("Жас орындаушылардың гала-концерті", BODY_KK, BODY_KK,
                "Өзге жаңалықтар", "Театрда жаңа маусым ашылды", "12.09.2025",
                "Қалада кітап жәрмеңкесі өтті", "10.09.2025")
    assert clean_text(text).published is None


def test_programme_line_in_header_is_not_a_stamp() -> None:
    text = page("Гала-концерт молодых исполнителей", "Начало: 5 мая 2025, 18:00", BODY_RU)
    assert clean_text(text).published is None



@pytest.mark.parametrize("headline", [
    "Гала-концерт молодых исполнителей 12 марта 2025, 19:00",
    "Young performers gala concert on March 12, 2025, 19:30",
])
def test_event_date_closing_an_announcement_headline(headline: str) -> None:
    assert clean_text(page(headline, BODY_EN)).published is None


@pytest.mark.parametrize(("byline", "body", "published"), [
    ("Иван Петров, 24.11.2025", BODY_RU, "2025-11-24"),
    ("Автор: Иван Петров | 24.11.2025 14:05", BODY_RU, "2025-11-24"),
    ("Дана Аменова 24 қараша 2025, 14:05", BODY_KK, "2025-11-24"),
    ("Posted by John Smith on Nov 24, 2025", BODY_EN, "2025-11-24"),
    ("Published on 24 November 2025", BODY_EN, "2025-11-24"),
    ("By Jane Doe - Nov. 24, 2025", BODY_EN, "2025-11-24"),
])
def test_byline_lines(byline: str, body: str, published: str) -> None:
    assert clean_text(page("Young performers gala concert", byline, body)).published == published


def test_byline_without_date_gives_none() -> None:
    text = page("Young performers gala concert", "John Smith", BODY_EN)
    assert clean_text(text).published is None


def test_dates_under_a_list_heading_in_the_header_are_not_the_page_date() -> None:
    text = page("Гала-концерт молодых исполнителей", "Читайте также",
                "Театр открыл новый сезон", "12.09.2025 10:41", BODY_RU)
    assert clean_text(text).published is None


@pytest.mark.parametrize(("stamp", "body", "published"), [
    # ISO 8601 with "T", time and zone
    ("2025-11-24T10:15:00+05:00", BODY_EN, "2025-11-24"),
    # a twelve-hour time, a time zone after the time
    ("November 24, 2025 at 2:05 pm", BODY_EN, "2025-11-24"),
    ("Nov 24, 2025, 2:05 PM", BODY_EN, "2025-11-24"),
    ("24 November 2025 10:15 GMT+5", BODY_EN, "2025-11-24"),
    # dashes between day, month and a four-digit year; the year word after digits
    ("24-11-2025", BODY_RU, "2025-11-24"),
    ("24.11.2025 г.", BODY_RU, "2025-11-24"),
    ("24.11.2025 ж.", BODY_KK, "2025-11-24"),
    # the author after the date
    ("Posted on November 24, 2025 by admin", BODY_EN, "2025-11-24"),
    ("24.11.2025, автор: Иван Петров", BODY_RU, "2025-11-24"),
    # labels
    ("Қосылған уақыты: 24.11.2025", BODY_KK, "2025-11-24"),
    ("Добавлено: 24 ноября 2025, 10:15", BODY_RU, "2025-11-24"),
])
def test_more_stamp_shapes(stamp: str, body: str, published: str) -> None:
    assert clean_text(page("Гала-концерт молодых исполнителей", stamp, body)).published \
        == published


def test_dateline_with_month_before_day() -> None:
    text = page("Young performers gala concert",
                "ASTANA. November 24, 2025. KAZINFORM – " + BODY_EN)
    assert clean_text(text).published == "2025-11-24"


def test_a_long_menu_does_not_push_the_stamp_out_of_reach() -> None:
    menu = ["Басты бет", "Жаңалықтар", "Саясат", "Экономика", "Қоғам", "Мәдениет",
            "Спорт", "Әлем", "Аймақтар", "Видео", "Фото", "Іздеу", "ҚАЗ", "РУС", "ENG"]
    text = page(*menu, "Жас орындаушылардың гала-концерті", "24.11.2025, 10:15", BODY_KK)
    assert clean_text(text).published == "2025-11-24"


def test_a_labelled_stamp_under_the_article() -> None:
    text = page("Жас орындаушылардың гала-концерті", BODY_KK, BODY_KK,
                "Жарияланды: 24.11.2025 10:15", "Бөлісу:")
    assert clean_text(text).published == "2025-11-24"


def test_a_bare_date_under_the_article_is_not_taken() -> None:
    """A bare date after the body may be a comment's or a related item's."""
    text = page("Жас орындаушылардың гала-концерті", BODY_KK, BODY_KK, "24.11.2025",
                "Бөлісу:")
    assert clean_text(text).published is None


def test_no_stamp_from_a_list_under_the_article() -> None:
    text = page("Гала-концерт молодых исполнителей", BODY_RU, "Читайте также:",
                "Опубликовано: 20.11.2025", "В Астане открылась выставка художников")
    assert clean_text(text).published is None


def test_parted_line_with_a_sentence_part_is_no_stamp() -> None:
    text = page("Гала-концерт молодых исполнителей",
                "5 мая 2025 | Концерт пройдёт на главной площади города", BODY_RU)
    assert clean_text(text).published is None


def test_a_timed_stamp_closing_the_article() -> None:
    """A dated, timed line right after the last paragraph (its wrapped tail included)
    is the article's own stamp; the same line below a comment heading is not."""
    wrapped = "Folk music festival in Shymkent\n\n" + BODY_EN + "\nand its guests.\n\n"
    assert clean_text(wrapped + "October 2 2025, 12:19\n\nShare:\n").published == "2025-10-02"
    listed = page("Folk music festival in Shymkent", BODY_EN, "Read also:",
                  "October 2 2025, 12:19")
    assert clean_text(listed).published is None


def test_a_timed_stamp_after_another_line_under_the_article_is_not_taken() -> None:
    text = page("Folk music festival in Shymkent", BODY_EN, "Anna Brown", "October 2 2025, 12:19")
    assert clean_text(text).published is None


_HEADLINE = "В Алматы пройдет фестиваль уличной музыки"
_LEAD = ("Фестиваль уличной музыки пройдет в Алматы с 15 по 17 ноября, сообщает "
         "пресс-служба акимата города.")


@pytest.mark.parametrize("stamp", [
    "24 ноября 2025, 14:05 Общество 1245",  # rubric and counter after, no separator
    "Общество 24.11.2025 14:05",  # the rubric first
    "Aigerim Seitkali • 24 November 2025 • 3 min read",  # author, date, reading time
])
def test_stamps_with_rubrics_or_authors_beside_them(stamp: str) -> None:
    page = "\n".join([_HEADLINE, stamp, _LEAD])
    assert clean_text(page).published == "2025-11-24"


def test_a_dateline_with_the_agency_in_brackets() -> None:
    lead = ("ALMATY, November 24, 2025 (Kazinform) – The Kazakh National Orchestra will "
            "tour six European cities next spring, the orchestra said.")
    page = "\n".join(["Kazakh orchestra to tour Europe next spring", lead])
    assert clean_text(page).published == "2025-11-24"


def test_opening_hours_are_no_stamp() -> None:
    page = "\n".join([_HEADLINE, "Жұмыс уақыты: 09:00-18:00", _LEAD])
    assert clean_text(page).published is None


@pytest.mark.parametrize(("stamp", "published"), [
    # the separator left from a byline or rubric printed beside the stamp
    ("| 24 November 2025 12:01 PM", "2025-11-24"),
    ("- Nov. 24th 2025 8:54 am PT", "2025-11-24"),
    # a weekday first, a dotted time with its zone
    ("Mon 24 Nov 2025 18.54 GMT", "2025-11-24"),
    # the same time in a second zone, a double dash before the time
    ("Monday, November 24, 2025, 04:05 pm PT (07:05 pm ET)", "2025-11-24"),
    ("November 24, 2025 -- 19:14 GMT", "2025-11-24"),
    # an update label with "on", the only stamp of the page
    ("Last modified on Mon 24 Nov 2025 18.56 GMT", "2025-11-24"),
    # the author, a dash, the date
    ("Aida Nurlan - Nov 24, 2025, 10:31 pm", "2025-11-24"),
    # publication and update parts, the update's time before its date; a relative update
    ("Published Nov 24, 2025 at 4:07 PM | Updated at 5:36 PM on Nov 25, 2025",
     "2025-11-24"),
    ("November 24, 2025 / 12:21 AM / Updated 14 hours ago", "2025-11-24"),
])
def test_english_header_stamp_shapes(stamp: str, published: str) -> None:
    cleaned = clean_text(page("Young performers gala concert", stamp, BODY_EN))
    assert cleaned.published == published
    assert stamp.strip() in cleaned.removed_lines


def test_a_dotted_time_without_its_zone_is_no_stamp() -> None:
    # a programme's hours in the article: no zone, so not a date line
    cleaned = clean_text(page("Young performers gala concert", BODY_EN,
                              "9.30 a.m. / 7.00 p.m.", BODY_EN))
    assert "9.30 a.m. / 7.00 p.m." not in cleaned.removed_lines


@pytest.mark.parametrize(("stamp", "body", "published"), [
    ("12 қараша 2025 ж. 10:15 Қаралды: 345", BODY_KK, "2025-11-12"),
    ("12 ноября 2025 10:15 Просмотров: 345", BODY_RU, "2025-11-12"),
    ("12 November 2025 10:15 345 views", BODY_EN, "2025-11-12"),
])
def test_a_labelled_counter_closing_the_stamp_line(stamp: str, body: str,
                                                   published: str) -> None:
    cleaned = clean_text(page("Гала-концерт молодых исполнителей", stamp, body))
    assert cleaned.published == published
    assert stamp in cleaned.removed_lines


def test_a_sentence_with_a_date_and_a_number_is_no_stamp() -> None:
    line = "Концерт 12 ноября 2025 собрал 345 зрителей"
    assert line not in clean_text(page("Гала-концерт", BODY_RU, line, BODY_RU)).removed_lines


def test_the_stamp_under_the_standfirst() -> None:
    standfirst = ("The theatre opened the season with Abai, the first Kazakh opera, and a "
                  "gala concert for its anniversary.")
    text = page("Astana Opera opens its new season", standfirst, "Nov. 24, 2025", BODY_EN)
    assert clean_text(text).published == "2025-11-24"


def test_a_date_line_after_the_first_paragraph_of_a_programme_is_not_the_page_date() -> None:
    intro = ("The festival will take place in three cities of the country, and the "
             "organisers have published its programme today.")
    text = page("Folk festival announces its programme", intro, "December 12, 2025",
                "Opening concert in Almaty", "December 14, 2025", "Gala in Astana")
    assert clean_text(text).published is None


def test_a_slashed_date_only_month_first_can_read() -> None:
    # "11/24/2025" has no 24th month: it is month/day/year; an ambiguous one stays
    # day/month/year, as the outlets of the region print dates
    assert parse_stamp_date("Mon, 11/24/2025 - 14:05") == "2025-11-24"
    assert parse_stamp_date("24/11/2025") == "2025-11-24"
    assert parse_stamp_date("05/11/2025") == "2025-11-05"
    assert parse_stamp_date("11.24.2025") is None  # dotted dates are never month first


@pytest.mark.parametrize(("stamp", "body", "published"), [
    # publication and update labels on one line without a bar: the publication wins
    ("Жарияланды: 12.11.2025 ж. Жаңартылды: 13.11.2025", BODY_KK, "2025-11-12"),
    ("Published: 24.11.2025 Updated: 25.11.2025", BODY_EN, "2025-11-24"),
    ("Опубликовано 24 ноября 2025, 10:15 Обновлено 25 ноября 2025, 09:00", BODY_RU,
     "2025-11-24"),
    # «сағат» (the hour) between date and time; counters of views and comments after it
    ("12 Қараша, 2025 сағат 10:15", BODY_KK, "2025-11-12"),
    ("12 қараша 2025 ж. 345 рет қаралды", BODY_KK, "2025-11-12"),
    ("12.11.2025, 10:15 Қаралды: 345 Пікірлер: 0", BODY_KK, "2025-11-12"),
])
def test_label_pairs_hour_word_and_counters_on_a_stamp_line(stamp: str, body: str,
                                                            published: str) -> None:
    cleaned = clean_text(page("Жас орындаушылардың гала-концерті", stamp, body))
    assert cleaned.published == published
    assert stamp in cleaned.removed_lines


@pytest.mark.parametrize(("lead", "published"), [
    ("Москва, 24 ноября 2025, 10:15 — ИА Регнум. " + BODY_RU, "2025-11-24"),
    ("BAKU, Azerbaijan, Nov. 24, 2025 (Trend) – " + BODY_EN, "2025-11-24"),
    # an event's date in the lead sentence: a lowercase word follows it, no agency
    ("Алматы, 24 ноября 2025 г. прошли концерты молодых исполнителей, собравшие две "
     "тысячи зрителей.", None),
    ("В Алматы, Шымкенте, 24 ноября 2025 г. прошли концерты молодых исполнителей.", None),
])
def test_datelines_with_time_or_country_and_dated_sentences(lead: str,
                                                            published: str | None) -> None:
    assert clean_text(page("Гала-концерт молодых исполнителей", lead)).published == published


def test_a_date_label_alone_labels_the_date_under_it() -> None:
    lines = ["Главная", "Опубликовано:", "24.11.2025", "Культура",
             "Гала-концерт молодых исполнителей", BODY_RU]
    cleaned = clean_text("\n".join(lines))
    assert cleaned.published == "2025-11-24"  # above the headline, yet labelled
    assert "Опубликовано:" in cleaned.removed_lines
    # without the label, a bare date above the rubric is the site's banner
    assert clean_text("\n".join(lines[:1] + lines[2:])).published is None
    # the update label alone labels an update
    lines = ["Гала-концерт молодых исполнителей", "Обновлено:", "25.11.2025", "Опубликовано:",
             "24.11.2025", BODY_RU]
    assert clean_text("\n".join(lines)).published == "2025-11-24"

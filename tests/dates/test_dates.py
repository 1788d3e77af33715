"""Tests of sahna.dates on sentences written for these tests.

Each case lists every mention expected in its sentence, so a false positive fails
the test as surely as a miss does.
"""

from __future__ import annotations

import itertools
import re
import time

import pytest

from sahna.dates import find_dates
from sahna.dates.lexicon import month_forms, relative_index
from sahna.dates.patterns import rules, trie_regex
from sahna.dates.resolve import SEASONS, WEEKDAYS
from sahna.langs import CODES, language

Found = list[tuple[str, str | None, str | None]]


def found(text: str, lang: str, published: str | None = None) -> Found:
    return [(m.text, m.start_value, m.end_value) for m in find_dates(text, lang, published)]


# --- absolute dates ------------------------------------------------------------------

ABSOLUTE = [
    (
        "ru",
        "Театр открыл сезон 10 сентября 2021 года премьерой.",
        [("10 сентября 2021 года", "2021-09-10", None)],
    ),
    ("ru", "Приказ подписан 10.09.2021 в министерстве.", [("10.09.2021", "2021-09-10", None)]),
    (
        "ru",
        "Заявки принимались до дня 2021-09-10 включительно.",
        [("2021-09-10", "2021-09-10", None)],
    ),
    (
        "ru",
        "Конкурс завершился 15 окт. 2024 г. в Астане.",
        [("15 окт. 2024 г.", "2024-10-15", None)],
    ),
    (
        "en",
        "The museum reopened on September 10, 2021 after repairs.",
        [("September 10, 2021", "2021-09-10", None)],
    ),
    (
        "en",
        "The choir sang there on 10 September 2021.",
        [("10 September 2021", "2021-09-10", None)],
    ),
    ("en", "Tickets go on sale Sept. 5, 2024.", [("Sept. 5, 2024", "2024-09-05", None)]),
    (
        "en",
        "The gala is set for the 12th of December 2023.",
        [("the 12th of December 2023", "2023-12-12", None)],
    ),
    (
        "kk",
        "Байқау 16 шілде 2024 жылы Алматыда өтті.",
        [("16 шілде 2024 жылы", "2024-07-16", None)],
    ),
    (
        "kk",
        "Концерт 2024 жылғы 16 шілдеде филармонияда болды.",
        [("2024 жылғы 16 шілдеде", "2024-07-16", None)],
    ),
    (
        "kk",
        "Көрме 2023 жылдың 5 қазанында ашылды.",
        [("2023 жылдың 5 қазанында", "2023-10-05", None)],
    ),
    ("kk", "Жиын 06.04.2023 күні өтті.", [("06.04.2023", "2023-04-06", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ABSOLUTE)
def test_absolute(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang, "2026-01-20") == expected


# --- partial dates: the year comes from the publication date, or stays unknown -------

PARTIAL = [
    (
        "ru",
        "Голосование состоится 15 марта на всех участках.",
        "2026-02-10",
        [("15 марта", "2026-03-15", None)],
    ),
    (
        "ru",
        "Голосование состоится 15 марта на всех участках.",
        None,
        [("15 марта", "--03-15", None)],
    ),
    ("ru", "Праздник отметят 1-го мая в парке.", "2025-04-01", [("1-го мая", "2025-05-01", None)]),
    (
        "en",
        "On December 12 the orchestra gave a gala concert.",
        None,
        [("December 12", "--12-12", None)],
    ),
    (
        "en",
        "The troupe will perform on May 18 in the drama theatre.",
        "2019-05-16",
        [("May 18", "2019-05-18", None)],
    ),
    (
        "kk",
        "14 маусым күні жаңа қойылымның премьерасы болды.",
        None,
        [("14 маусым күні", "--06-14", None)],
    ),
    (
        "kk",
        "Ансамбль 16 шілдеде сахнаға шықты.",
        "2024-08-01",
        [("16 шілдеде", "2024-07-16", None)],
    ),
    (
        "kk",
        "6-сәуір күні қорытынды концерт өтті.",
        "2023-04-07",
        [("6-сәуір күні", "2023-04-06", None)],
    ),
    (
        "kk",
        "Мереке наурыздың 21-і күні тойланады.",
        None,
        [("наурыздың 21-і күні", "--03-21", None)],
    ),
    (
        "kk",
        "Наурыз айының 22-сі мерекелік шаралар болады.",
        None,
        [("Наурыз айының 22-сі", "--03-22", None)],
    ),
    (
        "kk",
        "Ұжым наурыздың 12 күнінен бастап гастрольде жүр.",
        "2023-04-06",
        [("наурыздың 12 күнінен бастап", "2023-03-12", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), PARTIAL)
def test_partial(lang: str, text: str, published: str | None, expected: Found) -> None:
    assert found(text, lang, published) == expected


MONTHS_AND_YEARS = [
    (
        "ru",
        "Премьеру покажут в конце ноября на малой сцене.",
        "2021-10-11",
        [("в конце ноября", "2021-11", None)],
    ),
    ("ru", "Премьеру покажут в ноябре на малой сцене.", None, [("в ноябре", "--11", None)]),
    ("ru", "Гастроли пройдут в мае 2025 года.", None, [("в мае 2025 года", "2025-05", None)]),
    ("ru", "Фестиваль проведут в 2025 году в Шымкенте.", None, [("в 2025 году", "2025", None)]),
    ("ru", "Программа рассчитана на 2022–2025 годы.", None, [("2022–2025 годы", "2022", "2025")]),
    (
        "ru",
        "Выставка работает с марта по май 2025 года.",
        None,
        [("с марта по май 2025 года", "2025-03", "2025-05")],
    ),
    (
        "en",
        "The festival returns in November with new films.",
        "2024-06-01",
        [("in November", "2024-11", None)],
    ),
    ("en", "The album came out in May 2019.", None, [("in May 2019", "2019-05", None)]),
    ("en", "A new hall will open in early March.", None, [("in early March", "--03", None)]),
    ("en", "The theatre was rebuilt in 2015.", None, [("in 2015", "2015", None)]),
    ("en", "The project runs from 2022 to 2025.", None, [("from 2022 to 2025", "2022", "2025")]),
    ("kk", "Фестиваль 2024 жылы өтті.", None, [("2024 жылы", "2024", None)]),
    (
        "kk",
        "Жоба 2022-2025 жылдар аралығында іске асырылады.",
        None,
        [("2022-2025 жылдар аралығында", "2022", "2025")],
    ),
    ("kk", "Гастроль қазан айында басталады.", None, [("қазан айында", "--10", None)]),
    ("kk", "Көрме желтоқсанында жабылады.", "2023-11-01", [("желтоқсанында", "2023-12", None)]),
    ("kk", "Концерт 2024 жылғы қарашада өтеді.", None, [("2024 жылғы қарашада", "2024-11", None)]),
    ("kk", "Шілде айының соңында театр жабылады.", None, [("Шілде айының соңында", "--07", None)]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), MONTHS_AND_YEARS)
def test_months_and_years(lang: str, text: str, published: str | None, expected: Found) -> None:
    assert found(text, lang, published) == expected


# --- ranges --------------------------------------------------------------------------

RANGES = [
    (
        "ru",
        "Фестиваль пройдёт с 25 по 28 апреля в Баку.",
        None,
        [("с 25 по 28 апреля", "--04-25", "--04-28")],
    ),
    (
        "ru",
        "Со 2 по 5 декабря пройдут Дни кино.",  # «со» before a consonant cluster
        "2025-11-20",
        [("Со 2 по 5 декабря", "2025-12-02", "2025-12-05")],
    ),
    (
        "ru",
        "Выставка открыта 10–18 февраля.",
        "2024-01-15",
        [("10–18 февраля", "2024-02-10", "2024-02-18")],
    ),
    ("ru", "Выставка открыта 10-18 февраля.", None, [("10-18 февраля", "--02-10", "--02-18")]),
    (
        "ru",
        "Ярмарка работает с 30 апреля по 2 мая.",
        None,
        [("с 30 апреля по 2 мая", "--04-30", "--05-02")],
    ),
    ("ru", "Спектакль сыграют 18,19 сентября.", None, [("18,19 сентября", "--09-18", "--09-19")]),
    (
        "ru",
        "Спектакль сыграют 18 и 19 сентября.",
        None,
        [("18 и 19 сентября", "--09-18", "--09-19")],
    ),
    ("ru", "Показы пройдут 1, 2 и 3 мая.", None, [("1, 2 и 3 мая", "--05-01", "--05-03")]),
    (
        "ru",
        "Каникулы продлятся с 30 декабря по 2 января 2025 года.",
        None,
        [("с 30 декабря по 2 января 2025 года", "2024-12-30", "2025-01-02")],
    ),
    (
        "ru",
        "Каникулы продлятся с 30 декабря по 2 января.",
        "2024-12-01",
        [("с 30 декабря по 2 января", "2024-12-30", "2025-01-02")],
    ),
    (
        "en",
        "Screenings run from 10 to 18 February.",
        None,
        [("from 10 to 18 February", "--02-10", "--02-18")],
    ),
    (
        "en",
        "The fair is open 25-28 April.",
        "2025-03-01",
        [("25-28 April", "2025-04-25", "2025-04-28")],
    ),
    ("en", "The fair is open April 25-28.", None, [("April 25-28", "--04-25", "--04-28")]),
    (
        "en",
        "The tour lasts 10 February – 3 March 2025.",
        None,
        [("10 February – 3 March 2025", "2025-02-10", "2025-03-03")],
    ),
    (
        "en",
        "The tour lasts February 10 – March 3, 2025.",
        None,
        [("February 10 – March 3, 2025", "2025-02-10", "2025-03-03")],
    ),
    (
        "en",
        "Concerts are planned on 18 and 19 September.",
        None,
        [("18 and 19 September", "--09-18", "--09-19")],
    ),
    (
        "kk",
        "Фестиваль 2-5 желтоқсан аралығында өтеді.",
        None,
        [("2-5 желтоқсан аралығында", "--12-02", "--12-05")],
    ),
    (
        "kk",
        "Фестиваль 2–5 желтоқсанда өтеді.",
        "2023-11-20",
        [("2–5 желтоқсанда", "2023-12-02", "2023-12-05")],
    ),
    (
        "kk",
        "Көрме 25 сәуірден 2 мамырға дейін жұмыс істейді.",
        None,
        [("25 сәуірден 2 мамырға дейін", "--04-25", "--05-02")],
    ),
    (
        "kk",
        "Спектакльдер 18 және 19 қыркүйекте қойылады.",
        None,
        [("18 және 19 қыркүйекте", "--09-18", "--09-19")],
    ),
]


RANGES += [
    ("ru", "Фестиваль пройдёт 1-го и 2-го декабря.", None,
     [("1-го и 2-го декабря", "--12-01", "--12-02")]),
    ("ru", "Гастроли пройдут в мае–июне 2026 года.", None,
     [("в мае–июне 2026 года", "2026-05", "2026-06")]),
    ("ru", "Ярмарка работала в ноябре-декабре прошлого года.", "2025-03-01",
     [("в ноябре-декабре прошлого года", "2024-11", "2024-12")]),
    ("ru", "Каток откроется в декабре-январе.", "2025-11-01",
     [("в декабре-январе", "2025-12", "2026-01")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), RANGES)
def test_ranges(lang: str, text: str, published: str | None, expected: Found) -> None:
    assert found(text, lang, published) == expected


END_ONLY = [
    (
        "en",
        "The exhibition is set to run until the end of October.",
        "2021-10-11",
        [("until the end of October", None, "2021-10")],
    ),
    (
        "en",
        "The exhibition is open until October 31.",
        None,
        [("until October 31", None, "--10-31")],
    ),
    ("ru", "Приём заявок продлится до 31 октября.", None, [("до 31 октября", None, "--10-31")]),
    (
        "ru",
        "Экспозиция будет открыта до конца октября.",
        "2022-09-01",
        [("до конца октября", None, "2022-10")],
    ),
    ("ru", "Работы завершат до 2030 года.", None, [("до 2030 года", None, "2030")]),
    (
        "kk",
        "Көрме қазанның соңына дейін жалғасады.",
        None,
        [("қазанның соңына дейін", None, "--10")],
    ),
    (
        "kk",
        "Өтінімдер 31 қазанға дейін қабылданады.",
        None,
        [("31 қазанға дейін", None, "--10-31")],
    ),
    ("kk", "Бағдарлама 2025 жылға дейін созылады.", None, [("2025 жылға дейін", None, "2025")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), END_ONLY)
def test_end_only(lang: str, text: str, published: str | None, expected: Found) -> None:
    assert found(text, lang, published) == expected


# --- relative expressions ------------------------------------------------------------

PUB = "2024-02-14"

RELATIVE = [
    ("ru", "В этом году театр покажет пять премьер.", [("В этом году", "2024", None)]),
    ("ru", "Планы этого года обсудили на совете.", [("этого года", "2024", None)]),
    ("ru", "В прошлом году фестиваль собрал тысячи зрителей.", [("В прошлом году", "2023", None)]),
    ("ru", "В следующем году конкурс станет международным.", [("В следующем году", "2025", None)]),
    ("ru", "Вчера в филармонии прошёл концерт.", [("Вчера", "2024-02-13", None)]),
    ("ru", "Сегодня открывается выставка.", [("Сегодня", "2024-02-14", None)]),
    ("ru", "Завтра начнутся гастроли.", [("Завтра", "2024-02-15", None)]),
    ("ru", "Премьера ожидается в следующем месяце.", [("в следующем месяце", "2024-03", None)]),
    (
        "ru",
        "Дни культуры пройдут 25 апреля этого года.",
        [("25 апреля этого года", "2024-04-25", None)],
    ),
    (
        "ru",
        "Фестиваль прошёл в апреле прошлого года.",
        [("в апреле прошлого года", "2023-04", None)],
    ),
    ("ru", "Работы завершат до конца года.", [("до конца года", None, "2024")]),
    ("kk", "Биыл театр жаңа маусымды ашады.", [("Биыл", "2024", None)]),
    ("kk", "Былтыр фестивальге мыңдаған адам келді.", [("Былтыр", "2023", None)]),
    ("kk", "Өткен жылы байқау Астанада өтті.", [("Өткен жылы", "2023", None)]),
    ("kk", "Келесі жылы конкурс халықаралық болады.", [("Келесі жылы", "2025", None)]),
    ("kk", "Кеше филармонияда концерт өтті.", [("Кеше", "2024-02-13", None)]),
    ("kk", "Бүгін көрме ашылады.", [("Бүгін", "2024-02-14", None)]),
    ("kk", "Ертең гастроль басталады.", [("Ертең", "2024-02-15", None)]),
    ("kk", "Премьера келесі айда күтіледі.", [("келесі айда", "2024-03", None)]),
    ("kk", "Фестиваль биылғы 25 сәуірде басталады.", [("биылғы 25 сәуірде", "2024-04-25", None)]),
    ("en", "This year the theatre will stage five premieres.", [("This year", "2024", None)]),
    ("en", "Last year the festival drew large crowds.", [("Last year", "2023", None)]),
    ("en", "Next year the contest goes international.", [("Next year", "2025", None)]),
    ("en", "Yesterday the orchestra played in Astana.", [("Yesterday", "2024-02-13", None)]),
    ("en", "The exhibition opens today.", [("today", "2024-02-14", None)]),
    ("en", "The tour starts tomorrow.", [("tomorrow", "2024-02-15", None)]),
    ("en", "The premiere is expected next month.", [("next month", "2024-03", None)]),
    ("en", "The forum opens on April 25 this year.", [("April 25 this year", "2024-04-25", None)]),
]


RELATIVE += [
    ("kk", "Фестиваль келер жылы Ақтауда өтеді.", [("келер жылы", "2025", None)]),
    ("kk", "Фестиваль келер жылғы 5 мамырда өтеді.",
     [("келер жылғы 5 мамырда", "2025-05-05", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE)
def test_relative(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang, PUB) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В этом году и вчера ничего не случилось."),
        ("kk", "Биыл және кеше жиын болмады."),
        ("en", "Last year and yesterday nothing happened."),
    ],
)
def test_relative_without_published_gives_nothing(lang: str, text: str) -> None:
    assert found(text, lang, None) == []


def test_qualified_day_month_without_published_keeps_month_day() -> None:
    text = "С 25 по 28 апреля этого года мы проведём в Баку ряд мероприятий."
    assert found(text, "ru", None) == [("С 25 по 28 апреля этого года", "--04-25", "--04-28")]


def test_qualified_day_month_with_published_is_full_date() -> None:
    text = "С 25 по 28 апреля этого года мы проведём в Баку ряд мероприятий."
    assert found(text, "ru", PUB) == [("С 25 по 28 апреля этого года", "2024-04-25", "2024-04-28")]


def test_malformed_published_is_ignored() -> None:
    assert found("Концерт пройдёт 15 марта.", "ru", "14/02/2024") == [("15 марта", "--03-15", None)]


# --- what is not a date --------------------------------------------------------------

NOT_DATES = [
    ("ru", "6585"),
    ("ru", "Фестиваль объединил более 5000 участников."),
    ("ru", "Обновлено 04:04, просмотров 1200."),
    ("ru", "Театр открыл 91-й сезон."),
    ("ru", "Готовимся к празднованию 80-летия Победы."),
    ("ru", "В экспозиции более 60 картин XX века."),
    ("ru", "Справки по телефону +7 (701) 123-45-67 или 8 727 250 10 10."),
    ("ru", "Лицензия № 10484-АА выдана комитетом."),
    ("ru", "Явка составила 25% избирателей, а рост — 12,5 процента."),
    ("ru", "Ему исполнилось 25 лет, ей 30."),
    ("ru", "Спектакль шёл 31 февраля."),
    ("ru", "Показы 18-10 февраля."),
    ("kk", "Ұжым 30-ға жуық елді мекенді аралады."),
    ("kk", "Театрдың 98-маусымы және 5-маусымы басталды."),
    ("kk", "Жаңа маусымда бес премьера болады."),
    ("kk", "Ол Қазанда оқыды."),
    ("en", "You may visit the museum at 10:30, 150 guests came."),
    ("en", "The 25th anniversary of the theatre was marked by 300 people."),
    ("en", "In the 1990s the hall was closed."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    assert found(text, lang, PUB) == []


# --- offsets, order, data ------------------------------------------------------------


def test_offsets_point_into_text_and_are_sorted() -> None:
    text = (
        "Вчера объявили: с 25 по 28 апреля этого года пройдут дни культуры, "
        "а 10.09.2021 и в конце ноября были концерты."
    )
    mentions = find_dates(text, "ru", PUB)
    assert [m.text for m in mentions] == [
        "Вчера",
        "с 25 по 28 апреля этого года",
        "10.09.2021",
        "в конце ноября",
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_unsupported_language_keeps_numeric_dates() -> None:
    assert found("Datum 10.09.2021 und 2021-09-12.", "de", None) == [
        ("10.09.2021", "2021-09-10", None),
        ("2021-09-12", "2021-09-12", None),
    ]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_month_has_forms(lang: str) -> None:
    assert {f.month for f in month_forms(lang)} == set(range(1, 13))


@pytest.mark.parametrize(
    "form", ["наурыздың", "шілдеде", "желтоқсанында", "қаңтарынан", "қыркүйегінде", "қарашасының"]
)
def test_kazakh_case_forms_are_known(form: str) -> None:
    assert form in {f.form for f in month_forms("kk")}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_relative_keys_are_known(lang: str) -> None:
    known = {
        "this_year",
        "last_year",
        "next_year",
        "yesterday",
        "today",
        "tomorrow",
        "this_month",
        "last_month",
        "next_month",
        "until_end_of_year", "until_end_of_month",
        "before_yesterday", "after_tomorrow",  # two days from the publication
        "this_weekend", "last_weekend",  # its Saturday and Sunday
        *(f"{which}_{day}" for which in ("this", "last", "next") for day in WEEKDAYS),
        "same_day",  # "on the same day": the day of the date before it
        "last_named", "next_named",  # "last October", "next March"
        *(f"bare_{day}" for day in WEEKDAYS),  # "on Monday", read by the clause's tense
        # "next summer", «прошлой осенью»: a year alone
        *(f"{which}_{season}" for which in ("this", "last", "next") for season in SEASONS),
    }
    assert set(relative_index(lang).values()) <= known


def test_trie_regex_matches_exactly_its_words() -> None:
    words = ["март", "марта", "марте", "май", "мая"]
    pattern = re.compile(f"(?:{trie_regex(words)})")
    for word in words:
        assert pattern.fullmatch(word)
    assert not pattern.fullmatch("мар")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hall has been closed since May 18.", [("May 18", "--05-18", None)]),
        ("The hall has been closed since May 2018.", [("since May 2018", "2018-05", None)]),
        ("The hall has been closed since May.", [("since May", "--05", None)]),
    ],
)
def test_english_preposition_does_not_cut_a_day(text: str, expected: Found) -> None:
    assert found(text, "en", None) == expected


def test_long_number_lists_stay_fast() -> None:
    """A list of numbers before a month is bounded, so it cannot backtrack for ages."""
    text = ", ".join(str(i % 28 + 1) for i in range(3000)) + " мая"
    start = time.perf_counter()
    mentions = find_dates(text, "ru", None)
    assert time.perf_counter() - start < 2
    assert [m.text for m in mentions] == ["4 мая"]


# --- rules of each language ----------------------------------------------------------


def test_each_language_brings_its_own_rules() -> None:
    shared = ["iso", "dotted", "dotted_range", "dotted_day_time"]
    for code in CODES:
        own = [name for name, _, _ in language(code).date_rules]
        assert own and [r.name for r in rules(code)] == shared + own
    # a language sahna does not read: numeric dates only, no month names or relative words
    assert [r.name for r in rules("de")] == shared
    assert found("am 25 мая 2025, 25.05.2025", "de") == [("25.05.2025", "2025-05-25", None)]
    assert month_forms("de") == [] and relative_index("de") == {}


def test_english_months_are_matched_as_written() -> None:
    assert found("They may meet on May 5.", "en", "2025-03-10") == [("May 5", "2025-05-05", None)]
    assert found("they may meet on may 5.", "en", "2025-03-10") == []


def test_the_end_of_a_run_in_a_clause_of_no_tense_lies_ahead():
    assert found("The exhibition runs until January 10.", "en", "2025-12-06") == [
        ("until January 10", None, "2026-01-10")]
    assert found("Выставка работает до 10 января.", "ru", "2025-12-06") == [
        ("до 10 января", None, "2026-01-10")]
    assert found("The exhibition ran until January 10.", "en", "2025-12-06") == [
        ("until January 10", None, "2025-01-10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Накануне в Актобе состоялся концерт хора.", [("Накануне", "2024-02-13", None)]),
    ("Концерт хора прошёл накануне.", [("накануне", "2024-02-13", None)]),
    ("Накануне праздника в Актобе прошёл концерт.", []),
    ("Накануне Дня Республики прошёл концерт.", []),
])
def test_russian_eve_alone_is_the_day_before_the_report(text: str, expected: Found) -> None:
    assert found(text, "ru", PUB) == expected


def test_kazakh_year_in_the_accusative():
    assert found("Тараптар 2026 жылды түркі жазуы жылы деп жариялады.", "kk", None) == [
        ("2026 жылды", "2026", None)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "15 мая открылась выставка. В тот же день прошёл концерт.",
     [("15 мая", "2023-05-15", None), ("В тот же день", "2023-05-15", None)]),
    ("ru", "Праздник отмечают 16 декабря. В этот день в городе пройдут концерты.",
     [("16 декабря", "2024-12-16", None), ("В этот день", "2024-12-16", None)]),
    ("ru", "В этот день ничего не было.", []),
    ("kk", "15 мамырда көрме ашылды. Сол күні концерт өтті.",
     [("15 мамырда", "2023-05-15", None), ("Сол күні", "2023-05-15", None)]),
])
def test_the_same_day_is_the_day_named_before(lang: str, text: str, expected: Found) -> None:
    assert found(text, lang, PUB) == expected


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    ("ru", "Выставка проходит с 20 декабря по 10 января.", "2025-01-05",
     [("с 20 декабря по 10 января", "2024-12-20", "2025-01-10")]),
    ("en", "The exhibition runs from December 20 to January 10.", "2025-01-05",
     [("from December 20 to January 10", "2024-12-20", "2025-01-10")]),
    ("kk", "Көрме 20 желтоқсаннан 10 қаңтарға дейін жалғасады.", "2025-01-05",
     [("20 желтоқсаннан 10 қаңтарға дейін", "2024-12-20", "2025-01-10")]),
    ("ru", "Выставка проходила с 20 декабря по 10 января.", "2025-01-20",
     [("с 20 декабря по 10 января", "2024-12-20", "2025-01-10")]),
    # a future clause after the winter's run has ended speaks of the next winter
    ("ru", "Выставка пройдёт с 20 декабря по 10 января.", "2025-01-20",
     [("с 20 декабря по 10 января", "2025-12-20", "2026-01-10")]),
])
def test_a_winter_range_is_the_winter_of_a_january_report(lang: str, text: str,
                                                          published: str,
                                                          expected: Found) -> None:
    assert found(text, lang, published) == expected


def test_a_day_without_a_tense_nearly_a_year_away_is_the_near_one():
    assert found("Выставка, открывшаяся 20 декабря, работает в музее.", "ru",
                 "2025-01-05") == [("20 декабря", "2024-12-20", None)]
    assert found("The exhibition, opening January 5, is at the museum.", "en",
                 "2024-12-20") == [("January 5", "2025-01-05", None)]
    # a few months either way: the publication year, as written
    assert found("Концерт 15 марта в филармонии.", "ru", "2026-11-20") == [
        ("15 марта", "2026-03-15", None)]


def test_a_name_the_analyser_takes_for_a_past_verb_sets_no_tense() -> None:
    # «имени Жамбыла» reads like «забыла»: the clause is in the future («состоится»)
    assert found("Вечер состоится в филармонии имени Жамбыла 20 апреля.", "ru",
                 "2026-03-10") == [("20 апреля", "2026-04-20", None)]
    assert found("Вечер прошёл в филармонии имени Жамбыла 20 апреля.", "ru",
                 "2026-03-10") == [("20 апреля", "2025-04-20", None)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Стороны обсудили проведение Дней культуры Турции в Бишкеке в октябре.",
     [("в октябре", "2026-10", None)]),
    ("ru", "Стороны обсудили подготовку к фестивалю в октябре.",
     [("в октябре", "2026-10", None)]),
    ("en", "The sides discussed preparations for the Days of Culture in October.",
     [("in October", "2026-10", None)]),
    ("en", "The sides discussed the Days of Culture in October.",
     [("in October", "2026-10", None)]),
])
def test_what_is_talked_over_is_not_dated_by_the_talk(lang: str, text: str,
                                                       expected: Found) -> None:
    assert found(text, lang, "2026-03-10") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Фестиваль продлится до воскресенья.", [("до воскресенья", None, "2026-03-15")]),
    ("en", "The festival runs until Sunday.", [("until Sunday", None, "2026-03-15")]),
    ("kk", "Фестиваль жексенбіге дейін жалғасады.",
     [("жексенбіге дейін", None, "2026-03-15")]),
])
def test_a_weekday_an_event_runs_until_is_its_coming_end(lang: str, text: str,
                                                         expected: Found) -> None:
    assert found(text, lang, "2026-03-10") == expected  # a Tuesday


def test_a_weekday_run_until_needs_a_publication_date() -> None:
    assert found("Фестиваль продлится до воскресенья.", "ru") == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Выставка продлится до конца месяца.", [("до конца месяца", None, "2026-03")]),
    ("en", "The show runs until the end of the month.",
     [("until the end of the month", None, "2026-03")]),
    ("kk", "Көрме ай соңына дейін жалғасады.", [("ай соңына дейін", None, "2026-03")]),
])
def test_the_end_of_the_month_is_the_publication_months_end(lang: str, text: str,
                                                            expected: Found) -> None:
    assert found(text, lang, "2026-03-10") == expected

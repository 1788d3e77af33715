"""Weekday phrases resolved against the publication date (sahna.dates).

«в эту субботу» is that day of the publication week, «в прошлую субботу» the latest
such day before it; without a publication date neither is a date. Sentences are
written for these tests; 2025-06-04 is a Wednesday.
"""

from __future__ import annotations

import pytest

from sahna.dates import find_dates

WEDNESDAY = "2025-06-04"


def values(text: str, lang: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(m.text, m.start_value) for m in find_dates(text, lang, published)]


@pytest.mark.parametrize(("text", "lang", "phrase", "value"), [
    ("Концерт пройдёт в эту субботу в филармонии.", "ru", "в эту субботу", "2025-06-07"),
    ("Выставка открылась в этот вторник в музее.", "ru", "в этот вторник", "2025-06-03"),
    ("В прошлую пятницу в театре состоялась премьера.", "ru", "В прошлую пятницу",
     "2025-05-30"),
    ("В минувшую среду прошёл фестиваль.", "ru", "В минувшую среду", "2025-05-28"),
    ("The festival opens this Saturday in Almaty.", "en", "this Saturday", "2025-06-07"),
    ("Last Sunday the band played in Astana.", "en", "Last Sunday", "2025-06-01"),
    ("Концерт осы сенбіде филармонияда өтеді.", "kk", "осы сенбіде", "2025-06-07"),
    ("Өткен жұмада театрда премьера болды.", "kk", "Өткен жұмада", "2025-05-30"),
])
def test_weekday_phrases(text: str, lang: str, phrase: str, value: str) -> None:
    assert values(text, lang, WEDNESDAY) == [(phrase, value)]


def test_weekday_phrase_without_publication_date_is_no_date() -> None:
    assert values("Концерт пройдёт в эту субботу.", "ru", None) == []


def test_bare_weekday_follows_the_tense_of_its_clause() -> None:
    """"played on Monday" is the Monday before, "will play on Friday" the Friday after;
    with no tense to go by ("plays on Monday") it stays undated."""
    assert values("The band played on Monday in Astana.", "en", WEDNESDAY) == [
        ("on Monday", "2025-06-02")]
    assert values("The band will play on Friday in Astana.", "en", WEDNESDAY) == [
        ("on Friday", "2025-06-06")]
    assert values("The minister said on Monday the forum will open in June.", "en",
                  WEDNESDAY)[0] == ("on Monday", "2025-06-02")
    assert values("The band plays on Monday in Astana.", "en", WEDNESDAY) == []
    # the scheduled present of an occurrence is to come
    assert values("The exhibition opens on Friday at the museum.", "en", WEDNESDAY) == [
        ("on Friday", "2025-06-06")]
    assert values("The festival takes place on March 5 in Almaty.", "en", "2025-11-20") == [
        ("March 5", "2026-03-05")]
    assert values("The band played on Monday in Astana.", "en", None) == []


@pytest.mark.parametrize(("text", "lang", "phrase", "value"), [
    ("Концерт пройдёт в ближайшую субботу.", "ru", "в ближайшую субботу", "2025-06-07"),
    ("Премьера состоится в следующий понедельник.", "ru", "в следующий понедельник",
     "2025-06-09"),
    ("Концерт алдағы сенбіде өтеді.", "kk", "алдағы сенбіде", "2025-06-07"),
    ("The fair returns this coming Wednesday.", "en", "this coming Wednesday", "2025-06-11"),
    ("Көрме ертеңгі күні ашылады.", "kk", "ертеңгі күні", "2025-06-05"),
    ("The show opens tonight at the opera house.", "en", "tonight", "2025-06-04"),
])
def test_coming_weekdays_and_tomorrow(text: str, lang: str, phrase: str, value: str) -> None:
    """«в ближайшую субботу», «алдағы сенбіде», "this coming Wednesday": the first such
    day after the publication date (a week on when it is that day)."""
    assert values(text, lang, WEDNESDAY) == [(phrase, value)]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Жексенбі күні Таразда ақындар айтысы өтті.", "Жексенбі күні", "2025-06-01"),
    ("Сенбіде Таразда ақындар айтысы өтеді.", "Сенбіде", "2025-06-07"),
    ("Жұма күні Астанада форум өтпек, деді ол.", "Жұма күні", "2025-06-06"),
])
def test_kazakh_bare_weekday_follows_the_verb_that_closes_its_clause(text, phrase, value):
    assert values(text, "kk", WEDNESDAY) == [(phrase, value)]


def test_kazakh_bare_weekday_without_a_tense_is_no_date():
    assert values("Жексенбі күні демалыс күні.", "kk", WEDNESDAY) == []


def test_kazakh_day_of_a_past_clause_is_of_the_last_year():
    assert values("15 қазанда Таразда фестиваль өтті.", "kk", "2025-01-10") == [
        ("15 қазанда", "2024-10-15")]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("В субботу в Караганде прошёл концерт домбристов.", "В субботу", "2025-05-31"),
    ("Во вторник в музее открылась выставка войлока.", "Во вторник", "2025-06-03"),
    ("Премьера спектакля состоится в пятницу на малой сцене.", "в пятницу", "2025-06-06"),
    ("В воскресенье, как сообщили в акимате, пройдёт ярмарка.", "В воскресенье",
     "2025-06-08"),
    ("Выставку планируется открыть в понедельник.", "в понедельник", "2025-06-09"),
    ("В среду был подписан меморандум.", "В среду", "2025-06-04"),
])
def test_russian_bare_weekday_follows_the_nearest_verb_of_its_clause(text, phrase, value):
    """A past verb («прошёл», «был подписан») names the weekday on or before the
    publication date, a future one («состоится», «пройдёт») or a verb of planning
    («планируется») the one on or after it; a verb of speaking («сообщили») tells when
    the news was given and is passed over."""
    assert values(text, "ru", WEDNESDAY) == [(phrase, value)]


def test_russian_weekday_without_a_tense_or_beside_its_date_is_no_date_of_its_own():
    assert values("По субботам в парке проходит ярмарка.", "ru", WEDNESDAY) == []
    assert values("В субботу в парке проходит ярмарка.", "ru", WEDNESDAY) == []
    assert values("Концерт пройдёт в пятницу, 6 июня.", "ru", WEDNESDAY) == [
        ("6 июня", "2025-06-06")]
    assert values("В субботу в Караганде прошёл концерт.", "ru", None) == []


def test_russian_day_of_a_past_clause_after_the_publication_is_of_the_last_year():
    assert values("Фестиваль прошёл 15 октября в Таразе.", "ru", "2025-01-10") == [
        ("15 октября", "2024-10-15")]
    assert values("Фестиваль пройдёт 15 октября в Таразе.", "ru", "2025-01-10") == [
        ("15 октября", "2025-10-15")]
    assert values("Фестиваль пройдёт 15 марта в Таразе.", "ru", "2025-11-10") == [
        ("15 марта", "2026-03-15")]


def test_english_weekday_without_on_as_news_agencies_write_it():
    assert values("The festival opened Tuesday in Almaty.", "en", WEDNESDAY) == [
        ("Tuesday", "2025-06-03")]
    assert values("The orchestra will perform Friday at the opera house.", "en",
                  WEDNESDAY) == [("Friday", "2025-06-06")]
    # the day a date names, and a mosque's name, are no weekdays of their own
    assert values("The concert was held Tuesday, June 3.", "en", WEDNESDAY) == [
        ("June 3", "2025-06-03")]
    assert values("Pilgrims visited the Friday Mosque of Khiva.", "en", WEDNESDAY) == []


def test_russian_infinitive_after_a_verb_of_agreement_is_to_come():
    """What was agreed is to come; the day of the agreement itself was before."""
    assert values("Министры договорились провести Дни культуры в Астане в мае.", "ru",
                  "2025-02-11") == [("в мае", "2025-05")]
    assert values("5 мая министры договорились провести дни культуры в октябре.", "ru",
                  "2025-09-20") == [("5 мая", "2025-05-05"), ("в октябре", "2025-10")]
    assert values("В мае нам удалось провести фестиваль.", "ru", "2025-02-11") == [
        ("В мае", "2024-05")]

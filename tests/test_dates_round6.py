"""Dates and status of events in news of outlets the rules were not written from (issue
14, round 6): deadlines that are no event's dates, Kazakh ordinal days in words, dates of
events called off, runs that end in the next year. Sentences written for this test;
2025-12-10 is a Wednesday."""

from __future__ import annotations

import pytest

from sahna.contract import Event
from sahna.dates import find_dates
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-12-10"


def events(text: str, published: str | None = PUBLISHED) -> list[Event]:
    return process(Document(doc_id="t", source="test", raw=text, published=published)).events


def event(text: str, published: str = PUBLISHED) -> Event:
    found = events(text, published)
    assert len(found) == 1, [(e.type, e.title, e.start) for e in found]
    return found[0]


def dates(text: str, lang: str, published: str = PUBLISHED
          ) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start_value, m.end_value) for m in find_dates(text, lang, published)]


# -- a deadline is no date of the event ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Областной форум волонтёров пройдёт в Павлодаре в январе. Заявки на участие "
    "принимаются до 20 декабря.",
    "A regional volunteers' forum will be held in Pavlodar in January. Applications are "
    "accepted until December 20.",
    "Қаңтарда Павлодарда облыстық еріктілер форумы өтеді. Қатысуға өтінімдер 20 "
    "желтоқсанға дейін қабылданады.",
])
def test_the_close_of_applications_is_not_the_end_of_the_event(text: str):
    found = event(text)
    assert (found.start, found.end, found.status) == ("2026-01", None, "planned")


@pytest.mark.parametrize("text", [
    "Регистрация участников продлится до 15 января, а сам турнир по шахматам пройдёт "
    "1 февраля в Семее.",
    "Registration runs until January 15, and the chess tournament will be held in Semey "
    "on February 1.",
    "Қатысушыларды тіркеу 15 қаңтарға дейін жалғасады, ал шахмат турнирі 1 ақпанда "
    "Семейде өтеді.",
])
def test_the_event_keeps_the_date_of_its_own_clause(text: str):
    found = event(text)
    assert (found.start, found.end, found.status) == ("2026-02-01", None, "planned")


# -- Kazakh days written as ordinal words --------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Желтоқсанның он сегізінші жұлдызында Таразда ақындар айтысы өтеді.", "2025-12-18"),
    ("Желтоқсан айының жиырмасыншы жұлдызы күні мұражайда кеш өтеді.", "2025-12-20"),
    ("Қаңтардың отыз бірінші жұлдызында көрме жабылады.", "2026-01-31"),
])
def test_a_kazakh_ordinal_day_before_zhuldyz_is_the_day(text: str, value: str):
    assert [start for _, start, _ in dates(text, "kk")] == [value]


def test_an_ordinal_without_zhuldyz_is_no_day():
    # «бесінші» alone is "the fifth" of anything: a festival's edition, a place in a list
    assert dates("Желтоқсанның басында бесінші фестиваль өтеді.", "kk") == [
        ("Желтоқсанның басында", "2025-12", None)]


# -- the day of an event called off --------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Организаторы отменили концерт в Семее, который должен был пройти 22 декабря.", "ru"),
    ("22 желтоқсанда Семейде өтуі тиіс концерт өтпейтін болды.", "kk"),
    ("22 желтоқсанға жоспарланған концерт кейінге қалдырылды.", "kk"),
])
def test_a_called_off_event_keeps_the_day_it_was_to_be(text: str, lang: str):
    # the past of calling off is the decision's, not the event's: no year before
    assert [start for _, start, _ in dates(text, lang)] == ["2025-12-22"]


def test_a_concert_that_was_to_take_place_still_took_place_in_the_past_when_it_did():
    assert [start for _, start, _ in dates("Концерт прошёл 22 декабря.", "ru")] == [
        "2024-12-22"]


def test_a_verb_calling_off_before_its_object_cancels_the_event():
    found = event("Организаторы отменили джазовый фестиваль в Семее, который должен был "
                  "пройти 22 декабря.")
    assert (found.start, found.status) == ("2025-12-22", "cancelled")


# -- seasons counted from the publication --------------------------------------------

@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Следующим летом в Актау пройдёт фестиваль джаза.", "ru", "2026"),
    ("Прошлой весной в Актау прошёл фестиваль джаза.", "ru", "2025"),
    ("Aktau will host a jazz festival next spring.", "en", "2026"),
    ("A jazz festival was held in Aktau last summer.", "en", "2025"),
    ("Келесі күзде Ақтауда джаз фестивалі өтеді.", "kk", "2026"),
    ("Өткен жазда Ақтауда джаз фестивалі өтті.", "kk", "2025"),
])
def test_a_season_named_from_the_publication_gives_its_year(text: str, lang: str, value: str):
    assert [start for _, start, _ in dates(text, lang)] == [value]


def test_a_season_not_yet_over_at_the_publication_is_the_previous_years_last_one():
    # "last summer" in a report of June is the summer of the year before
    assert [start for _, start, _ in dates("The festival was held last summer.", "en",
                                           "2025-06-20")] == ["2024"]


# -- an extended run ends ahead; an end alone takes the start told before --------------

@pytest.mark.parametrize(("text", "lang"), [
    ("The photo exhibition has been extended until January 25.", "en"),
    ("Фотовыставку продлили до 25 января.", "ru"),
    ("Фотокөрме 25 қаңтарға дейін ұзартылды.", "kk"),
])
def test_an_extended_run_ends_after_the_publication(text: str, lang: str):
    assert [end for _, _, end in dates(text, lang)] == ["2026-01-25"]


def test_a_run_that_ended_stays_in_the_past():
    assert [end for _, _, end in dates("The photo exhibition ran until January 25.", "en")] \
        == ["2025-01-25"]


@pytest.mark.parametrize("text", [
    "Фотовыставка в музее Кокшетау, открывшаяся в ноябре, продлится до 25 января.",
    "The photo exhibition at the Kokshetau museum, which opened in November, has been "
    "extended until January 25.",
])
def test_an_end_alone_takes_the_month_it_opened_in(text: str):
    found = event(text)
    assert (found.start, found.end, found.status) == ("2025-11", "2026-01-25", "ongoing")


# -- the clause a weekday belongs to -------------------------------------------------

FRIDAY = "2025-12-12"


def test_a_russian_verb_after_and_belongs_to_the_next_clause():
    assert dates("Ярмарка открылась в Караганде в четверг и продлится до воскресенья.",
                 "ru", FRIDAY) == [("в четверг", "2025-12-11", None),
                                   ("до воскресенья", None, "2025-12-14")]


def test_a_russian_coming_verb_before_the_weekday_still_tells_it():
    assert dates("В четверг откроется ярмарка и пройдёт концерт.", "ru", FRIDAY) == [
        ("В четверг", "2025-12-18", None)]


def test_a_kazakh_clause_ends_at_a_conjunction_of_contrast():
    assert dates("Дүйсенбі күні Сәтбаевта концерт өтті, ал сенбіде жәрмеңке ашылады.",
                 "kk") == [("Дүйсенбі күні", "2025-12-08", None),
                           ("сенбіде", "2025-12-13", None)]


def test_a_kazakh_converb_tells_no_tense_of_its_weekday():
    # «ашылып» takes the tense of «жалғасады», which is the other date's: Thursday is
    # left undated rather than put a week ahead
    assert dates("Жәрмеңке бейсенбі күні ашылып, жексенбіге дейін жалғасады.", "kk",
                 FRIDAY) == [("жексенбіге дейін", None, "2025-12-14")]


# -- runs open now ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since December 1, a photo exhibition has been running at the Satpayev museum.",
    "1 желтоқсаннан бастап Сәтбаев музейінде фотокөрме жұмыс істеп тұр.",
])
def test_a_run_begun_before_the_publication_is_ongoing(text: str):
    found = event(text)
    assert (found.start, found.status) == ("2025-12-01", "ongoing")


def test_an_end_in_the_next_year_is_the_same_run_told_again():
    found = event("Кілем көрмесі 5 желтоқсанда Сәтбаев музейінде ашылды. Көрме 2026 жылғы "
                  "15 қаңтарға дейін жұмыс істейді.")
    assert (found.start, found.end, found.status) == ("2025-12-05", "2026-01-15", "ongoing")


# -- written forms -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Концерт органной музыки состоится 20.12 в 19:00.", "ru", [("20.12", "2025-12-20", None)]),
    ("Концерт 20.12 сағат 19:00-де басталады.", "kk", [("20.12", "2025-12-20", None)]),
    ("Ставка выросла на 20.12 процента.", "ru", []),
    ("20.12 14:35 В Астане открылась ярмарка", "ru", []),  # a news list's stamp
    ("Көрме наурыздың 15-іне дейін жұмыс істейді.", "kk",
     [("наурыздың 15-іне дейін", None, "2026-03-15")]),
    ("The fair took place this past weekend.", "en",
     [("this past weekend", "2025-12-06", "2025-12-07")]),
])
def test_written_forms_of_days(text: str, lang: str, expected: list):
    assert dates(text, lang) == expected


# -- a generic noun of an event tells the date of the one told before ------------------

@pytest.mark.parametrize("text", [
    "В Экибастузе выступит хор «Достар».\n\nМероприятие состоится 20 декабря во Дворце "
    "культуры.",
    "The Dostar choir will give a concert in Ekibastuz.\n\nThe event will take place on "
    "December 20 at the Palace of Culture.",
    "Екібастұзда «Достар» хорының концерті өтеді.\n\nІс-шара 20 желтоқсанда Мәдениет "
    "сарайында өтеді.",
])
def test_the_event_noun_of_the_next_paragraph_dates_the_event(text: str):
    assert [e.start for e in events(text)] == ["2025-12-20"]


def test_a_dropped_event_noun_leaves_its_date_to_the_event_before():
    found = event("Екібастұзда «Достар» хорының концерті өтті. Іс-шара 7 желтоқсанда Мәдениет "
                  "сарайында өтіп, оған мыңнан астам көрермен келді.")
    assert (found.start, found.status) == ("2025-12-07", "held")


def test_the_sentence_that_dates_a_run_says_it_goes_on():
    # an undated page: the days tell no status, the sentence that gives them does
    found = next(e for e in events(
        "Ансамбль «Сазген» выступил на фестивале народной музыки в Бурсе.\n\nНапомним, "
        "мероприятие проходит с 5 по 14 декабря.", None) if e.type == "festival")
    assert (found.start, found.end, found.status) == ("--12-05", "--12-14", "ongoing")


# -- an undated page -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Выставка ковров открылась 5 декабря в музее Сатпаева. Она будет открыта до 15 января "
    "2026 года.",
    "Кілем көрмесі 5 желтоқсанда Сәтбаев музейінде ашылды. Көрме 2026 жылғы 15 қаңтарға "
    "дейін жұмыс істейді.",
])
def test_a_start_of_no_year_and_an_end_with_one_make_one_run(text: str):
    # the page gives no publication date: the start keeps no year, none is invented
    found = event(text, None)
    assert (found.start, found.end) == ("--12-05", "2026-01-15")


# -- a year that opens its sentence frames its days --------------------------------------

@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("В 2026 году фестиваль «Шабыт» пройдёт в Астане с 5 по 8 мая.", "ru",
     ("2026-05-05", "2026-05-08")),
    ("In 2026, the Shabyt festival will be held in Astana on May 5–8.", "en",
     ("2026-05-05", "2026-05-08")),
    ("2026 жылы «Шабыт» фестивалі Астанада 5-8 мамыр аралығында өтеді.", "kk",
     ("2026-05-05", "2026-05-08")),
    ("В 2024 году концерт прошёл 30 декабря – 2 января.", "ru", ("2024-12-30", "2025-01-02")),
])
def test_a_framing_year_fixes_the_days_of_an_undated_page(text: str, lang: str,
                                                         expected: tuple[str, str]):
    assert dates(text, lang, None)[-1][1:] == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("С 2001 года фестиваль проходит 5 мая.", "ru"),
    ("2001 жылдан бері фестиваль 5 мамырда өтеді.", "kk"),
    ("Since 2001, the festival has been held on May 5.", "en"),
    ("The theatre, founded in 1995, will present the premiere on 5 May.", "en"),
])
def test_a_year_of_since_or_inside_the_sentence_fixes_no_day(text: str, lang: str):
    assert dates(text, lang, None)[-1][1] == "--05-05"


def test_a_day_inside_a_dated_range_takes_its_year():
    assert dates("Фестиваль пройдёт 5–8 мая 2026 года. Гала-концерт состоится 8 мая.", "ru",
                 None)[-1] == ("8 мая", "2026-05-08", None)


@pytest.mark.parametrize("text", [
    # outside the range: another time, its year untold
    "Фестиваль пройдёт 5–8 мая 2026 года. Концерт состоится 10 мая.",
    # the same day in two years: which one is a guess
    "Форум прошёл 5 мая 2024 года, а 5 мая 2025 года пройдёт снова. Концерт 5 мая.",
])
def test_a_day_outside_or_in_several_years_keeps_no_year(text: str):
    assert dates(text, "ru", None)[-1][1].startswith("--")


def test_a_kazakh_predicate_shared_by_two_conjuncts_still_tells_the_first():
    # «5 қаңтарда, ал … 9 қаңтарда өтті»: the first clause has no verb of its own
    assert [start for _, start, _ in dates(
        "Алдын ала іріктеу 5 қаңтарда, ал финал 9 қаңтарда өтті.", "kk")] == [
        "2025-01-05", "2025-01-09"]


def test_a_kazakh_converb_without_a_time_of_its_own_clause_takes_the_main_verb():
    assert [start for _, start, _ in dates(
        "Шілде айында жаңа сахна салынып, театр ашылмақ.", "kk")] == ["2026-07"]


# -- put off: to a new time it is still to come, with none it is called off --------------

@pytest.mark.parametrize(("text", "status"), [
    ("Концерт группы «Дос-Мукасан» в Кызылорде перенесён на 20 декабря.", "planned"),
    ("Концерт группы «Дос-Мукасан» в Кызылорде отложили до весны.", "planned"),
    ("Концерт группы «Дос-Мукасан» в Кызылорде перенесён.", "cancelled"),
    ("Қызылордадағы «Дос-Мұқан» тобының концерті 20 желтоқсанға ауыстырылды.", "planned"),
    ("Қызылордадағы «Дос-Мұқан» тобының концерті кейінге қалдырылды.", "cancelled"),
])
def test_a_postponement_to_a_new_time_is_planned(text: str, status: str):
    assert event(text, None).status == status


def test_an_event_expected_is_still_to_come():
    assert event("The Tandyr food festival in Shymkent is expected in the coming weeks.",
                 None).status == "planned"

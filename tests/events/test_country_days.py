"""Days, a week or a year of a country held in another are a programme of its culture in
every language («Дни Узбекистана в Казахстане», "Days of Uzbekistan", «Өзбекстан
күндері»), found through the lexicons' country slot; the same words around a country
in other senses are no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.pipeline import process


def extract(text: str, lang: str, published: str | None = "2026-08-20"):
    doc = process(Document(doc_id="t", source="test", raw=text, published=published))
    assert doc.lang == lang
    return doc.events


@pytest.mark.parametrize(("text", "lang"), [
    ("Дни Узбекистана в Казахстане пройдут в Астане с 10 по 14 сентября.", "ru"),
    ("The Days of Uzbekistan in Kazakhstan will be held in Astana on 10-14 September.",
     "en"),
    ("Астанада 10-14 қыркүйекте Өзбекстан күндері өтеді.", "kk"),
])
def test_the_days_of_a_country_are_its_culture_days(text: str, lang: str) -> None:
    [days] = [e for e in extract(text, lang) if e.type == "culture_days"]
    assert (days.start, days.end, days.city) == ("2026-09-10", "2026-09-14", "Astana")
    assert days.status == "planned" and set(days.countries) == {"KZ", "UZ"}


@pytest.mark.parametrize(("text", "lang"), [
    ("В эти дни Казахстан принимает делегации соседних стран.", "ru"),
    ("Қазақстан соңғы күндері көрші елдердің делегацияларын қабылдады.", "kk"),
    ("Within days of Kazakhstan's decision, the ministry published new rules.", "en"),
])
def test_days_around_a_countrys_name_in_another_sense_are_no_programme(
        text: str, lang: str) -> None:
    assert [e for e in extract(text, lang) if e.type == "culture_days"] == []


def test_a_genre_word_in_another_case_after_a_theatre_is_a_performance() -> None:
    # «театра премьерой»: not «театр оперы», where the genre complements the theatre
    events = extract("Русский драматический театр 25 марта отметит Международный день "
                     "театра премьерой спектакля «Чайка».", "ru", published="2026-03-01")
    [play] = [e for e in events if e.type == "stage"]
    assert play.start == "2026-03-25" and play.status == "planned"


@pytest.mark.parametrize(("text", "kind"), [
    ("В Костанае 14 мая состоится бенефис заслуженной артистки Гульнары Сейткали.",
     "concert"),
    ("В Алматы 12 октября пройдёт Ночь искусств: музеи откроют двери до полуночи.",
     "other"),
    ("В Туркестане 20 марта прошёл республиканский ифтар.", "ceremony"),
    ("В Ташкенте пройдёт триеннале современного искусства.", "exhibition"),
    ("В Бишкеке 28 ноября состоялись политические консультации между МИД Кыргызстана "
     "и Казахстана.", "meeting"),
    ("Во Дворце школьников 28 декабря состоится новогодняя ёлка для детей.", "stage"),
    ("Театр кукол 30 декабря покажет новогоднее представление «Снежная сказка».",
     "stage"),
    ("В Семее 10 августа прошла велогонка среди любителей.", "competition"),
    ("В университете 1 сентября прошла торжественная линейка.", "ceremony"),
    ("В Алматы 25 июня состоится выпускной бал для школьников.", "ceremony"),
    ("В Павлодаре 5 октября пройдёт день открытых дверей в колледже.", "other"),
    ("В Бишкеке прошёл благотворительный вечер в поддержку детей.", "other"),
    ("В Уральске прошла интеллектуальная игра среди студентов.", "competition"),
])

def test_kinds_of_occasions_from_the_domains_taxonomy(text: str, kind: str) -> None:
    assert kind in {e.type for e in extract(text, "ru")}


@pytest.mark.parametrize(("text", "lang"), [
    ("В областной библиотеке прошла встреча с писателем Орхоном Сейтовым.", "ru"),
    ("Облыстық кітапханада жазушы Орхон Сейтовпен кездесу өтті.", "kk"),
])
def test_a_meeting_with_an_author_is_a_creative_evening_not_talks(text: str, lang: str):
    [evening] = extract(text, lang)
    assert (evening.type, evening.status) == ("other", "held")


def test_a_mark_at_school_is_no_ball() -> None:
    assert extract("Он набрал высокий балл на экзамене в Алматы.", "ru") == []


@pytest.mark.parametrize(("text", "title"), [
    ("В Астане наградили победителей республиканского конкурса «Жас талант».",
     "награждение победителей республиканского конкурса «Жас талант»"),
    ("В Алматы вручили государственные премии в области литературы.",
     "вручение премии в области литературы"),
])
def test_awards_told_by_their_verb_are_an_awards_ceremony(text: str, title: str) -> None:
    [rite] = extract(text, "ru")
    assert (rite.type, rite.title, rite.status) == ("ceremony", title, "held")

"""Kazakh rules that must hold on news from any outlet (sentences written for these
tests): the days of a village, a district or a region are celebrated like a city's."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def extract(text: str, published: str | None = None):
    doc = process(Document(doc_id="t", source="test", raw=text, published=published))
    assert doc.lang == "kk"
    return doc.events


def test_the_day_of_a_village_or_a_district_is_a_celebration():
    [day] = extract("Маңғыстау облысының Бейнеу ауданында ауыл күні кең көлемде тойланды.")
    assert (day.type, day.status) == ("ceremony", "held")
    [district] = extract("Ертең Жамбыл ауданында аудан күні аталып өтеді.",
                         published="2026-10-10")
    assert district.type == "ceremony" and district.status == "planned"


def test_a_village_in_a_sentence_about_something_else_is_no_celebration():
    assert extract("Ауыл тұрғындары күні бойы жол жөндеді.") == []


def test_a_meeting_with_a_foreign_side_has_the_home_side_too():
    [meeting] = extract("Мәдениет және ақпарат министрі Аида Балаева Астанада Өзбекстан "
                        "мәдениет министрімен кездесті.")
    assert meeting.type == "meeting" and sorted(meeting.countries) == ["KZ", "UZ"]


def test_a_meeting_of_two_foreign_sides_adds_no_home_side():
    [meeting] = extract("Кеше Ташкентте Өзбекстан мәдениет министрі Қырғызстан мәдениет "
                        "министрімен кездесті.")
    assert sorted(meeting.countries) == ["KG", "UZ"]


def test_the_day_after_tomorrow_is_counted_from_the_publication():
    [show] = extract("Бүрсігүні Астанада «Дала» көрмесі ашылады.", published="2026-11-25")
    assert (show.start, show.status) == ("2026-11-27", "planned")

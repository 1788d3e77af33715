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


def test_items_listed_inside_a_frame_are_parts_of_their_own():
    events = extract("Апталық аясында «Жаңа дала» атты көрме ұйымдастырылады. Шара шеңберінде "
                     "фотокөрме және қолжазбалар көрмесі өтеді.", published="2026-04-20")
    shows = [e for e in events if e.type == "exhibition"]
    assert len(shows) == 3, [(e.type, e.title) for e in events]


def test_a_listed_item_named_again_later_is_the_same_event():
    events = extract("Мәдениет күндері аясында Алматыда концерт пен көрме өтеді. Концерт 5 "
                     "мамырда филармонияда болады.", published="2026-04-20")
    [concert] = [e for e in events if e.type == "concert"]
    assert concert.start == "2026-05-05"


def test_an_evening_as_a_time_of_day_and_accepting_documents_are_no_events():
    events = extract("Кеше кешке Алматыда рұқсат етілмеген митинг өтті.")
    assert [e.type for e in events] == ["civic"]
    assert extract("Ертеңнен бастап Алматыда грантқа құжат қабылдау басталады.") == []


def test_a_talk_show_is_no_show_on_stage():
    assert extract("Кеше Алматыда телеарнаның ток-шоуы түсірілді.") == []
    [show] = extract("Кеше Алматыда әнші Дидардың шоуы өтті.")
    assert show.type == "concert"


def test_the_person_readings_or_a_festival_are_named_after_is_not_there():
    [readings] = extract("Павлодарда Абай оқулары өтетін болады.", published="2026-03-10")
    assert readings.type == "forum" and readings.participants == []


def test_winners_awarded_are_an_awards_ceremony():
    events = extract("Кеше Шымкентте «Жас қанат» байқауының жеңімпаздары марапатталды.",
                     published="2026-03-10")
    [rite] = [e for e in events if e.type == "ceremony"]
    assert (rite.start, rite.city, rite.status) == ("2026-03-09", "Shymkent", "held")
    assert "марапаттау" in rite.title

"""English events told by the shape of their sentence (issue 14, round 2): works that a
troupe presents or stages, visits, places and times. Every sentence here is written for
this test. 2025-06-11 is a Wednesday."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-06-11"


def events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """``(type, start, city, status)`` of each event of ``text``."""
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert doc.lang == "en"
    return [(e.type, e.start, e.city, e.status) for e in doc.events]


def titles(text: str) -> list[str]:
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    return [e.title for e in doc.events]


# -- 1. a work presented, staged or showcased ------------------------------------------


def test_an_opera_staged_by_a_theatre_is_a_stage_event() -> None:
    text = ("Theatre news\n\nThe Shymkent Opera and Ballet Theatre staged the opera "
            '"Birzhan and Sara" by Mukan Tulebayev on June 8.')
    assert [(e[0], e[1], e[3]) for e in events(text)] == [("stage", "2025-06-08", "held")]
    assert "Birzhan and Sara" in titles(text)[0]


def test_a_quoted_work_presented_by_a_ballet_company_without_a_genre_word() -> None:
    text = ('Culture\n\nThe Astana Ballet company presented "Spring Dreams" at the Bolshoi '
            "Theatre in Tashkent on June 7.")
    assert [e[0] for e in events(text)] == ["stage"]


def test_a_programme_brought_by_an_orchestra_is_a_concert() -> None:
    text = ("Music\n\nThe Otrar Sazy orchestra will bring its new programme "
            '"Great Steppe Melodies" to Aktobe on June 20.')
    assert [(e[0], e[1], e[3]) for e in events(text)] == [("concert", "2025-06-20", "planned")]


def test_a_film_shown_by_a_studio_is_a_screening() -> None:
    text = ('Cinema\n\nKazakhfilm showed the documentary "Voices of the Aral" in Aralsk '
            "on June 6.")
    assert [e[0] for e in events(text)] == ["screening"]


def test_a_presented_book_or_a_project_is_no_performance() -> None:
    assert events('Books\n\nThe publisher presented the book "Steppe Roads" to '
                  "readers of the library on June 6.") == []
    assert events('Digital\n\nThe ministry presented "Smart Aktau" to investors in '
                  "Aktau on June 6.") == []


def test_presenting_awards_or_a_person_is_no_work() -> None:
    assert events('Sport\n\nThe akim presented "Golden Kulan" awards to the best '
                  "coaches of Atyrau on June 6.") == []


# -- 2. visits --------------------------------------------------------------------------


def test_arrived_in_a_city_on_a_working_visit() -> None:
    text = ("Diplomacy\n\nKazakh Foreign Minister Yerlan Karin arrived in Dushanbe on a "
            "working visit on June 9.")
    assert ("meeting", "2025-06-09", "Dushanbe", "held") in events(text)


def test_a_visit_to_a_country_is_not_in_the_datelines_city() -> None:
    text = ("Diplomacy\n\nBISHKEK – President of Kyrgyzstan Sadyr Japarov paid an official "
            "visit to Kazakhstan on June 9.")
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    visit = next(e for e in doc.events if e.type == "meeting")
    assert (visit.city, visit.country) == (None, "KZ")


def test_a_visit_to_a_city_wins_over_the_dateline() -> None:
    text = ("Diplomacy\n\nASTANA, June 10. A delegation headed by Vice Minister of Culture "
            "Arman Sadykov paid a working visit to Tashkent on June 9.")
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    visit = next(e for e in doc.events if e.type == "meeting")
    assert (visit.city, visit.country) == ("Tashkent", "UZ")


def test_a_city_of_the_country_visited_stays_the_visits_city() -> None:
    text = ("Diplomacy\n\nPresident of Tajikistan Emomali Rahmon is on a state visit to "
            "Uzbekistan. On June 9 he held talks with President Shavkat Mirziyoyev in "
            "Samarkand.")
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert [(e.city, e.country) for e in doc.events if e.type == "meeting"] \
        == [("Samarkand", "UZ")]


# -- places: a city's by-name ------------------------------------------------------------


def test_the_southern_capital_is_almaty_in_an_article_about_kazakhstan() -> None:
    text = ("Music\n\nThe Kazakh State Kurmangazy Orchestra will give a concert at the "
            "Kazakh State Philharmonic in the southern capital on June 20. Tickets are "
            "sold at the box offices of Kazakhstan's concert halls.")
    assert [(e[0], e[2]) for e in events(text)] == [("concert", "Almaty")]


def test_the_southern_capital_of_another_country_is_not_almaty() -> None:
    text = ("Music\n\nA folk ensemble from Bishkek will give a concert at the Philharmonic in "
            "the southern capital of Kyrgyzstan, Osh, on June 20.")
    assert "Almaty" not in [e[2] for e in events(text)]


def test_southern_capital_in_russian() -> None:
    text = ("Концерт\n\n20 июня в южной столице состоится концерт казахстанского оркестра. "
            "Оркестр Казахстана выступит в Республике Казахстан впервые после ремонта зала.")
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert doc.lang == "ru"
    assert [e.city for e in doc.events] == ["Almaty"]


# -- 4. times of day ---------------------------------------------------------------------


def status(text: str) -> str:
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert len(doc.events) == 1
    return doc.events[0].status


def test_opening_at_a_time_of_day_is_a_schedule_not_a_run() -> None:
    assert status("Art\n\nAn exhibition of felt carpets opens at 11 am at the National "
                  "Museum in Astana.") == "planned"
    assert status("Music\n\nThe Jaz Samal festival starts at 7:30 at the Central Park in "
                  "Almaty.") == "planned"
    assert status("Music\n\nA gala concert of young pianists begins at 7 p.m. at the "
                  "Philharmonic in Almaty.") == "planned"


def test_opening_without_a_time_of_day_still_runs() -> None:
    assert status("Art\n\nAn exhibition of felt carpets opens at the National Museum in "
                  "Astana.") == "ongoing"
    # a place after "at" is no time, a number without a clock word neither
    assert status("Music\n\nThe Jaz Samal festival kicks off at the Central Park in "
                  "Almaty.") == "ongoing"


# -- 3. datelines --------------------------------------------------------------------------


def test_the_agency_in_a_datelines_brackets_takes_no_part() -> None:
    text = ("Music\n\nSAMARKAND, June 11 (UzDaily) - The Sharq Taronalari music festival "
            "will be held from August 25 to 30.")
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert [e.type for e in doc.events] == ["festival"]
    assert "UzDaily" not in [p.name for p in doc.events[0].participants]
    assert doc.events[0].city == "Samarkand"


def test_a_bracketed_name_outside_a_dateline_still_takes_part() -> None:
    text = ("Music\n\nA concert of the state folk orchestra (Sazgen Sazy) was held at the "
            "Philharmonic in Almaty on June 9.")
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert "Sazgen Sazy" in [p.name for e in doc.events for p in e.participants]

"""English news the rules were not written from: short items written for this test in
the manner of the English-language agencies of Central Asia (datelines, official visits,
holidays, concerts), run through the whole pipeline. 2025-06-11 is the publication date."""

from __future__ import annotations

from sahna.dates import find_dates
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-06-11"


def extract(text: str, published: str | None = PUBLISHED):
    doc = process(Document(doc_id="t", source="test", raw=text, published=published))
    assert doc.lang == "en"
    return doc.events


def people(events) -> dict[str, str]:
    return {p.name: p.role for e in events for p in e.participants}


# ---------------------------------------------------------------- holidays celebrated

def test_a_holiday_after_a_verb_of_celebrating_is_its_celebration():
    events = extract("Holiday in Dushanbe\n\nDUSHANBE – Tajikistan celebrated Independence "
                     "Day on September 9, 2024. The streets of the capital were decorated "
                     "with flags.")
    assert [(e.type, e.title, e.start, e.status) for e in events] == [
        ("ceremony", "Independence Day celebration", "2024-09-09", "held")]


def test_a_holiday_word_celebrated_in_a_place_is_planned_by_its_tense():
    events = extract("Nauryz in Almaty\n\nResidents of Almaty will mark Nauryz in the "
                     "Central Park on March 22.")
    assert [(e.type, e.title, e.city, e.status) for e in events] == [
        ("ceremony", "Nauryz celebration", "Almaty", "planned")]


def test_a_holiday_celebrated_as_a_rule_or_a_thing_marked_is_no_event():
    assert extract("Holidays\n\nKazakhstan celebrates Independence Day every year on "
                   "December 16.") == []
    assert extract("Results\n\nThe company marked a record profit in Almaty in 2024.") == []


def test_celebrated_before_its_object_tells_the_past_and_as_a_modifier_does_not():
    assert [m.start_value for m in find_dates(
        "Kazakhstan celebrated Independence Day on December 16.", "en", PUBLISHED)] == [
        "2024-12-16"]
    assert [m.start_value for m in find_dates(
        "The celebrated pianist will play in Astana on December 16.", "en", PUBLISHED)] == [
        "2025-12-16"]


# ---------------------------------------------------------------- official meetings

def test_receiving_a_director_general_is_a_meeting_with_an_official():
    for title in ("Director-General", "Director General"):
        events = extract(f"Tokayev receives UNESCO chief\n\nASTANA – President Kassym-Jomart "
                         f"Tokayev received UNESCO {title} Audrey Azoulay at the Akorda on "
                         f"Monday.")
        assert [(e.type, e.start) for e in events] == [("meeting", "2025-06-09")]
        assert events[0].title == f"meeting with UNESCO {title} Audrey Azoulay"
        assert people(events) == {"Kassym-Jomart Tokayev": "official",
                                  "Audrey Azoulay": "official"}


def test_a_nationality_and_portfolio_before_a_minister_is_no_organisation():
    events = extract("Ministers meet\n\nNEW YORK – On Monday, Kazakh Foreign Minister Murat "
                     "Nurtleu met with UN Secretary-General Antonio Guterres.")
    assert people(events) == {"Murat Nurtleu": "official", "Antonio Guterres": "official"}

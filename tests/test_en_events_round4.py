"""English events, round 4 (issue 14): the year of a month already gone in a clause
that says "will", tournaments named "... Open", the parts of a holiday's celebration,
the people of a sentence framed by "during the meeting", and the status of events on a
page with no publication date. Every sentence here is written for this test."""

from __future__ import annotations

from sahna.contract import Event
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-05-20"


def extract(text: str, published: str | None = PUBLISHED) -> list[Event]:
    doc = process(Document(doc_id="t", source="test", raw=text, published=published))
    assert doc.lang == "en"
    return doc.events


# -- 1. a month before the publication in an explicitly future clause --------------------


def test_a_month_gone_that_a_city_will_host_in_is_next_years() -> None:
    text = "Music\n\nIn April, Almaty will host the international jazz festival."
    assert [(e.type, e.start, e.status) for e in extract(text)] == [
        ("festival", "2026-04", "planned")]


def test_a_day_just_gone_in_a_will_clause_is_next_years() -> None:
    text = "Music\n\nThe Nauryz concert will be held on May 10 in Shymkent."
    assert [e.start for e in extract(text)] == ["2026-05-10"]


def test_a_day_just_gone_in_a_past_clause_stays_this_years() -> None:
    text = "Music\n\nThe Nauryz concert was held on May 10 in Shymkent."
    assert [(e.start, e.status) for e in extract(text)] == [("2025-05-10", "held")]


def test_a_timetable_present_keeps_the_slack_for_late_reports() -> None:
    # "opens" is no modal: a report filed days after the opening still writes it
    text = "Art\n\nThe exhibition of Kazakh felt art opens on May 16 at the museum in Taraz."
    assert [e.start for e in extract(text)] == ["2025-05-16"]


# -- 2. a tournament named "... Open" ----------------------------------------------------


def test_a_capitalised_open_closing_a_name_is_a_tournament() -> None:
    text = ("Sport\n\nKazakh tennis player Elena Rybakina reached the final of the Italian "
            "Open on Saturday.")
    assert [(e.type, e.title, e.start) for e in extract(text)] == [
        ("competition", "Italian Open", "2025-05-17")]


def test_a_city_open_to_be_held_is_planned() -> None:
    text = "Sport\n\nThe Astana Open will be held in the capital from 28 September to 6 October."
    assert [(e.type, e.start, e.end, e.city, e.status) for e in extract(text)] == [
        ("competition", "2025-09-28", "2025-10-06", "Astana", "planned")]


def test_open_as_an_adjective_or_opening_a_name_is_no_tournament() -> None:
    assert [e.type for e in extract(
        "Art\n\nThe exhibition is open until June 30 at the Kasteyev Museum in Almaty.")] \
        == ["exhibition"]
    assert extract("Education\n\nThe Open University of Almaty admits 300 students a year.") \
        == []
    assert extract("Museums\n\nOpen to all, the reading hall of the library in Astana keeps "
                   "rare manuscripts.") == []


# -- 3. the events a holiday is celebrated with are parts of the celebration ------------


def test_concerts_and_a_parade_a_holiday_is_celebrated_with_are_its_parts() -> None:
    text = ("City\n\nAstana celebrated Capital Day with concerts, a parade and fireworks on "
            "July 6.")
    events = extract(text, "2025-07-08")
    celebration = next(e for e in events if e.title == "Capital Day celebration")
    parts = {e.type: e.parent for e in events if e is not celebration}
    assert parts == {"concert": celebration.id, "ceremony": celebration.id}
    assert celebration.parent is None


def test_a_holiday_ahead_of_which_something_happens_takes_no_part() -> None:
    text = ("Culture\n\nOn the eve of Independence Day, the Kurmangazy orchestra gave a "
            "concert in Almaty on December 14.")
    events = extract(text, "2025-12-15")
    assert all(e.parent is None for e in events)


# -- 4. the people of a sentence framed by the event it happens during -------------------


def test_those_who_discuss_during_a_meeting_are_the_meetings() -> None:
    text = ("Diplomacy\n\nKazakh Foreign Minister Murat Nurtleu visited Tashkent on May 12. "
            "During the meeting, Kazakh Culture Minister Aida Balayeva and Uzbek Culture "
            "Minister Ozodbek Nazarbekov discussed the Days of Uzbek Culture to be held in "
            "Astana in October.")
    people = {e.type: {p.name for p in e.participants} for e in extract(text)}
    assert {"Aida Balayeva", "Ozodbek Nazarbekov"} <= people["meeting"]
    assert people["culture_days"] == set()


def test_a_performer_named_after_the_event_spoken_of_is_left_to_it() -> None:
    text = ("Culture\n\nDuring the talks in Astana on May 12, the ministers discussed the "
            "gala concert at which singer Dimash Kudaibergen will perform.")
    people = {e.type: {p.name for p in e.participants} for e in extract(text)}
    assert "Dimash Kudaibergen" in people["concert"]


# -- 5. statuses on a page with no publication date -------------------------------------


def status_of(text: str) -> list[str]:
    return [e.status for e in extract(text, None)]


def test_statuses_without_a_publication_date_follow_the_verb() -> None:
    assert status_of("Culture\n\nThe international folk festival will be held in "
                     "Turkistan.") == ["planned"]
    assert status_of("Culture\n\nThe international folk festival was held in "
                     "Turkistan.") == ["held"]
    assert status_of("Culture\n\nThe Almaty Jazz Festival is under way at the State "
                     "Philharmonic.") == ["ongoing"]
    assert status_of("Culture\n\nThe exhibition of Kazakh applied art has opened at the "
                     "National Museum in Astana.") == ["ongoing"]
    assert status_of("Culture\n\nThe international theatre festival in Aktau has wrapped "
                     "up.") == ["held"]


def test_taking_part_or_performing_now_is_ongoing_and_preparing_for_is_planned() -> None:
    assert status_of("Music\n\nKazakh musicians are performing at the festival in "
                     "Vienna.") == ["ongoing"]
    assert status_of("Books\n\nThe Kazakh delegation is taking part in the book fair in "
                     "Frankfurt.") == ["ongoing"]
    assert status_of("Theatre\n\nThe akimat discussed preparations for the international "
                     "theatre festival in Aktau.") == ["planned"]


def test_what_runs_until_a_day_is_ongoing_and_the_verb_stays_out_of_its_title() -> None:
    events = extract("Culture\n\nThe exhibition of contemporary Uzbek painting runs until "
                     "30 June at the Kasteyev Museum in Almaty.", None)
    assert [(e.title, e.end, e.status) for e in events] == [
        ("exhibition of contemporary Uzbek painting", "--06-30", "ongoing")]


# -- follow-ups: "during the <event>", a "will" of another clause, an upcoming event ------


def test_the_meeting_during_which_something_is_discussed_is_the_one_told_before() -> None:
    text = ("Diplomacy\n\nKazakh Culture Minister Aida Balayeva met with Turkish Ambassador "
            "Mehmet Sait Uyanik in Astana. During the meeting, the parties discussed the "
            "Turkic Culture Festival in Turkistan.")
    assert sorted(e.type for e in extract(text)) == ["festival", "meeting"]


def test_a_will_of_a_relative_clause_does_not_move_the_talks_day_a_year_on() -> None:
    text = ("Culture\n\nDuring the talks in Astana on May 12, the ministers discussed the "
            "gala concert at which singer Dimash Kudaibergen will perform.")
    talks = next(e for e in extract(text) if e.type == "meeting")
    assert (talks.start, talks.status) == ("2025-05-12", "held")


def test_an_upcoming_event_does_not_take_the_day_of_the_paragraph() -> None:
    text = ("Diplomacy\n\nThe foreign ministers of Kazakhstan and Kyrgyzstan held talks in "
            "Bishkek on May 15. The sides discussed the upcoming visit of the President of "
            "Kyrgyzstan to Astana.")
    visit = next(e for e in extract(text) if "visit" in e.title)
    assert (visit.start, visit.status) == (None, "planned")

"""English status cues and clause tense of event dates, on sentences written for this
test. Published 2025-10-08, a Wednesday."""

from __future__ import annotations

import pytest

from sahna.dates import find_dates
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-10-08"


def event(text: str):
    doc = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED))
    assert len(doc.events) == 1, [(e.type, e.title) for e in doc.events]
    return doc.events[0]


def dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start_value, m.end_value) for m in find_dates(text, "en", PUBLISHED)]


@pytest.mark.parametrize(("text", "status"), [
    ("The festival is currently taking place in Almaty.", "ongoing"),
    ("The festival is now under way in Almaty.", "ongoing"),
    ("The sides discussed holding a joint festival in Almaty.", "planned"),
    ("The ministry plans to hold a folk festival in Almaty.", "planned"),
    ("The festival, scheduled for 3 October in Almaty, was cancelled.", "cancelled"),
    ("The festival in Almaty has been postponed to 3 November.", "planned"),
    ("The festival in Almaty has been called off.", "cancelled"),
])
def test_status_cues(text: str, status: str):
    assert event(text).status == status


def test_a_verb_of_the_next_clause_does_not_tell_the_tense_of_the_date():
    # "kicked off" governs "on Friday"; "will last" belongs to the clause after "and"
    assert dates("The festival kicked off in Almaty on Friday and will last until "
                 "Sunday.")[0] == ("on Friday", "2025-10-03", None)
    assert dates("On Friday, the festival will open.") == [("On Friday", "2025-10-10", None)]


def test_a_run_in_the_present_is_read_against_the_publication():
    # "opened" is the tense of the relative clause; "runs until" says it runs now
    assert dates("The exhibition, which opened in Almaty last week, runs until "
                 "20 October.") == [("until 20 October", None, "2025-10-20")]
    assert event("The exhibition, which opened in Almaty last week, runs until "
                 "20 October.").status == "ongoing"


def test_a_mention_pointing_back_takes_the_day_across_a_paragraph_break():
    # news that gives each sentence its own paragraph
    text = ("Kazakh minister in Italy\n\nThe Kazakh Foreign Minister arrived in Rome on "
            "Monday.\n\nDuring the visit, he held talks with his Italian counterpart.")
    assert (event(text).type, event(text).start) == ("meeting", "2025-10-06")


def test_an_event_introduced_anew_takes_no_day_across_a_paragraph_break():
    text = ("Kazakh minister in Italy\n\nThe Kazakh Foreign Minister arrived in Rome on "
            "Monday.\n\nA concert of Kazakh music is planned in Milan.")
    assert (event(text).type, event(text).start) == ("concert", None)


@pytest.mark.parametrize(("text", "status"), [
    ("The festival kicks off in Almaty.", "ongoing"),
    ("The exhibition opens at the National Museum in Astana.", "ongoing"),
    # a day ahead still makes it a plan: dates come first
    ("The festival opens in Almaty on Friday.", "planned"),
])
def test_a_festival_or_exhibition_opening_in_the_present_of_the_report_runs(text, status):
    assert event(text).status == status

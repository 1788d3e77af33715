"""Which event a day belongs to when a part and its programme meet in one sentence.
Sentences written for these tests."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def extract(text: str, published: str):
    return process(Document(doc_id="t", source="test", raw=text, published=published)).events


def test_a_part_closing_the_programme_keeps_the_day_to_itself():
    events = extract("The Days of Uzbek culture are under way in Shymkent this week. "
                     "On Friday a gala concert will close the programme.", "2026-03-10")
    [days] = [e for e in events if e.type == "culture_days"]
    [gala] = [e for e in events if e.type == "concert"]
    assert (gala.start, gala.status) == ("2026-03-13", "planned")
    assert (days.start, days.status) == (None, "ongoing")

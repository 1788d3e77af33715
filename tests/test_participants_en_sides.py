"""English sides of a meeting (``sahna.events.build`` owner, ``sahna.events.participants``),
on sentences written for these tests: the name after "a meeting with" and a long title is
the meeting's side even where the sentence names another event nearer to it, and the body
of that title ("Director General of UNESCO X") is the person's office, no side of its own."""

from __future__ import annotations

import pipeline_people


def by_event(text: str) -> dict[str, list[str]]:
    """Participant names by event title."""
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "en" and doc.events
    return {e.title: [p.name for p in e.participants] for e in doc.events}


TEXT = ("ASTANA – President Kassym-Jomart Tokayev held a meeting with Secretary General of "
        "the Organization of Turkic Culture (TURKSOY) Ayse Demir on 5 May, who came to the "
        "capital to attend the Astana Culture Forum.")


def test_the_name_after_meeting_with_is_the_meetings_side():
    events = by_event(TEXT)
    meeting = next(names for title, names in events.items() if "meeting" in title)
    assert "Ayse Demir" in meeting
    assert "Kassym-Jomart Tokayev" in meeting


def test_the_body_of_a_persons_title_is_no_side():
    names = pipeline_people.names(TEXT, "en")
    assert "TURKSOY" not in names
    assert not any("Organization of Turkic Culture" in name for name in names)

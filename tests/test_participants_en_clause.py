"""English participants decided by their clause (``sahna.events.participants``), on
sentences written for these tests: a speaker in office who only comments is no
participant, one who speaks at the event is; a quoted title is no participant."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def names(text: str) -> list[str]:
    """The names of every participant of every event of an English ``text``."""
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "en"
    assert doc.events, "no event found"
    return [p.name for e in doc.events for p in e.participants]


def test_an_official_commenting_in_a_briefing_is_no_participant():
    found = names("The Steppe Sounds folk festival was held in Taraz on 3 June, where the "
                  "Dala ensemble performed. Deputy Minister of Culture Nurlan Zhaksybekov "
                  "told a briefing that the festival would be held again next year.")
    assert "Nurlan Zhaksybekov" not in found
    assert "Dala" in found


def test_a_speaker_whose_apposition_stands_before_the_verb_is_no_participant():
    found = names("The Steppe Sounds folk festival was held in Taraz on 3 June. Marat "
                  "Kenzhebayev, head of the regional radio station, emphasized that the "
                  "festival drew many visitors.")
    assert "Marat Kenzhebayev" not in found


def test_an_official_speaking_at_the_event_takes_part():
    found = names("The Steppe Sounds folk festival was held in Taraz on 3 June. Ambassador "
                  "Kemal Arslan, in his speech at the festival, noted the friendship of the "
                  "two nations.")
    assert "Kemal Arslan" in found


def test_a_quoted_title_is_no_participant():
    found = names("A gala concert took place in Almaty on 5 May within the «Nurly Zhol» plan, "
                  "and singer Dana Seitkali performed.")
    assert found == ["Dana Seitkali"]
    found = names("On 5 May in Almaty, an exhibition of paintings opened, featuring the canvas "
                  "«Aigerim Nurlanova» by Dana Seitkali.")
    assert "Aigerim Nurlanova" not in found


def test_a_quoted_name_after_a_body_word_is_an_organisation():
    found = names("The «Ak Zhol» foundation organized a concert in Almaty on 5 May, where "
                  "the Dala ensemble performed.")
    assert "Ak Zhol" in found

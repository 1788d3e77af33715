"""English fragments (``sahna.events.participants``, ``sahna.langs.en``), on sentences
written for these tests: a day of the week is no participant, and a title's abbreviation
("Rep.") or a full stop the tagger kept is no part of a person's name."""

from __future__ import annotations

import pipeline_people


def names(text: str) -> list[str]:
    """The names of every participant of every event of an English ``text``."""
    return pipeline_people.names(text, "en")


def test_a_weekday_in_a_list_of_performers_is_no_participant():
    found = names("The Steppe Sounds festival opened in Taraz on 3 June. Performers included "
                  "Saule Bekova, the Dala ensemble and Monday.")
    assert "Monday" not in found
    assert "Saule Bekova" in found


def test_an_abbreviated_title_is_no_part_of_the_name():
    found = names("A charity concert was held in Austin on 3 May, where Rep. Brian Babin "
                  "spoke and singer Dana Smith performed.")
    assert "Brian Babin" in found
    assert not any(name.startswith("Rep") for name in found)


def test_a_name_loses_a_possessive_and_a_sentence_stop_but_keeps_an_initial():
    from sahna.document import NamedEntity
    from sahna.langs import language

    english = language("en")

    def name(text: str) -> str:
        return english.participant_name(NamedEntity(0, len(text), text, "PER", text))

    assert name("Martha Fry.") == "Martha Fry"
    assert name("Dana Carlin’s") == "Dana Carlin"
    assert name("John M.") == "John M."
    assert name("Dr.") == "Dr."


def test_the_modifiers_of_a_title_are_no_part_of_a_listed_name():
    found = names("The forum in Astana on 3 June brought together 300 participants, including "
                  "Deputy Prime Minister Tamara Duisenova and UNESCO Assistant "
                  "Director-General Ernesto Ottone.")
    assert "Tamara Duisenova" in found
    assert "Ernesto Ottone" in found


def test_the_name_before_a_festival_noun_is_the_festivals_not_a_performer():
    found = names("The Steppe Sounds festival opened in Taraz on 3 June, where the Dala "
                  "ensemble performed.")
    assert found == ["Dala"]


def test_a_singers_name_before_concert_is_the_performer():
    found = names("Singer Dana Seitkali concert was held in Almaty on 3 June.")
    assert found == ["Dana Seitkali"]


def test_a_name_before_a_verb_of_meeting_is_no_event_name():
    found = names("ASTANA – On Monday, Kazakh Culture Minister Aida Balayeva met with "
                  "UNESCO Assistant Director-General Ernesto Ottone.")
    assert "Aida Balayeva" in found


def test_a_name_before_a_genre_and_a_festival_noun_is_the_festivals():
    found = names("The Steppe Sounds folk music festival was held in Taraz on 3 June, where "
                  "the Dala ensemble performed.")
    assert found == ["Dala"]

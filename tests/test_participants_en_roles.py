"""English roles by clause cues (``sahna.events.participants``), on sentences written for
these tests: a jury's members judge ("other"), a prize's recipient wins (performer), an
exhibited artist is the creator of what is shown ("other"), a passive's subject is not
the one who hosts, and a group named after "at the" is the place."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of an English ``text``."""
    return pipeline_people.people(text, "en")


def roles(text: str) -> dict[str, str]:
    return {name: role for name, _kind, role in people(text)}


def test_the_jury_chair_judges_and_the_prize_goes_to_the_winner():
    found = roles("An aitys contest was held in Shymkent on 4 April. The jury, chaired by "
                  "poet Serik Aliyev, awarded the first prize to Dana Kairat.")
    assert found.get("Serik Aliyev") == "other"
    assert found.get("Dana Kairat") == "performer"


def test_a_prize_sentence_without_an_event_word_names_the_winner():
    found = roles("An aitys contest was held in Shymkent on 4 April. The first prize went "
                  "to Dana Kairat.")
    assert found.get("Dana Kairat") == "performer"


def test_an_exhibited_artist_is_the_creator_and_a_museum_name_is_no_speech():
    found = roles("An exhibition of paintings by the Chinese artist Li Wei opened at the "
                  "State Museum of Arts in Almaty on 2 March.")
    assert found.get("Li Wei") == "other"


def test_the_named_festival_before_hosted_by_does_not_host():
    found = roles("The Silk Road jazz festival, hosted by the Almaty Akimat, opened in "
                  "Almaty on 2 June.")
    assert "Silk Road" not in found
    assert found.get("Almaty Akimat") == "organizer"


def test_a_theatre_after_at_the_is_the_place():
    found = roles("A gala concert was held at the Astana Opera on 12 May, where the "
                  "Kurmangazy Orchestra performed.")
    assert "Astana Opera" not in found
    assert found.get("Kurmangazy Orchestra") == "performer"


def test_state_in_a_museum_name_is_no_verb_of_speech():
    found = roles("An exhibition of paintings by Abylkhan Kasteyev opened at the State "
                  "Museum of Arts in Almaty on 2 March.")
    assert found.get("Abylkhan Kasteyev") == "other"

"""English non-participants (``sahna.events.participants``), on sentences written for
these tests: the person an event honours takes part in no event of the page, whatever
its kind, and whom a speaker names inside a quoted speech is what he speaks of."""

from __future__ import annotations

import pipeline_people


def names(text: str) -> list[str]:
    """The names of every participant of every event of an English ``text``."""
    return pipeline_people.names(text, "en")


def test_the_poet_an_anniversary_event_honours_is_no_participant_anywhere():
    found = names("The Consulate of Kazakhstan in Izmir held a ceremony on 4 March on the "
                  "150th anniversary of the birth of the Kazakh poet Magzhan Tulegenov. "
                  "Consul Yerlan Abenov opened the ceremony, and a film about Magzhan "
                  "Tulegenov was shown to the guests.")
    assert "Magzhan Tulegenov" not in found
    assert "Yerlan Abenov" in found


def test_a_name_inside_a_quoted_speech_is_no_participant():
    found = names("A gala concert was held in Shymkent on 2 June, where singer Aigul "
                  "Nurtazina performed. The organiser said: \"Our thanks go to Kanat "
                  "Yessenov, who supported young musicians of the region for many years.\"")
    assert "Aigul Nurtazina" in found
    assert "Kanat Yessenov" not in found


def test_a_short_quoted_group_name_still_takes_part():
    found = names("A gala concert was held in Shymkent on 2 June, where the \"Sazgen\" "
                  "ensemble performed.")
    assert "Sazgen" in found


def test_who_only_argues_or_posts_about_the_festival_is_no_participant():
    found = names("The Steppe Sounds festival opened in Taraz on 3 June, where the Dala "
                  "ensemble performed. Local historian Marat Abenov argued that the festival "
                  "should be held every year, and festival director Aliya Sadykova posted on "
                  "Instagram that all tickets were sold.")
    assert "Marat Abenov" not in found
    assert "Aliya Sadykova" not in found
    assert "Dala" in found


def test_a_concert_dedicated_to_a_poets_anniversary_does_not_make_him_perform():
    found = names("A concert dedicated to Abai Kunanbayev's 180th anniversary was held in "
                  "Almaty on 10 August, where the Dala ensemble performed.")
    assert found == ["Dala"]


def test_the_composer_of_a_centenary_evening_is_honoured():
    found = names("A gala evening marking the centenary of composer Nurgisa Tlendiyev was "
                  "held in Almaty on 10 August. Singer Dana Seitkali performed.")
    assert found == ["Dana Seitkali"]


def test_whom_a_verb_of_awarding_names_is_the_winner():
    found = names("An aitys contest was held in Shymkent on 4 April, and the akim awarded "
                  "Dana Kairat the main prize.")
    assert "Dana Kairat" in found

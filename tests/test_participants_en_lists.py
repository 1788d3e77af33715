"""English lists of performers (``sahna.langs.en.names``, ``sahna.events.participants``),
on sentences written for these tests: every name after a plural title ("artists A B and
C D") is a person, and a capitalised name before a lower-case "group" is a band."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of an English ``text``."""
    return pipeline_people.people(text, "en")


def test_each_name_after_a_plural_title_is_a_person():
    found = people("The Days of Uzbek Culture opened in Almaty on 3 June. Famous Uzbek artists "
                   "Sevara Nazarkhan and Yulduz Usmonova took part in the concert.")
    assert ("Sevara Nazarkhan", "person", "performer") in found
    assert ("Yulduz Usmonova", "person", "performer") in found


def test_a_name_before_a_lower_case_group_is_a_band():
    found = people("The festival took place in Taraz on 3 June with the participation of the "
                   "Turan group, singer Asel Nurova and kobyz player Dana Omarova.")
    assert ("Turan", "group", "performer") in found
    assert ("Dana Omarova", "person", "performer") in found


def test_a_group_of_people_is_no_band():
    found = people("The festival took place in Taraz on 3 June, where a group of students "
                   "from Almaty and singer Asel Nurova performed.")
    assert [name for name, _kind, _role in found] == ["Asel Nurova"]


def test_a_name_wrapped_over_a_line_break_is_written_with_one_space():
    found = people("A gala concert was held in Almaty on 3 May, where singer Aigerim\n"
                   "Bekova and the Dala ensemble performed.")
    names = [name for name, _kind, _role in found]
    assert "Aigerim Bekova" in names
    assert not any("\n" in name for name in names)

"""English organisers and groups (``sahna.events.participants``, ``sahna.langs.en``), on
sentences written for these tests: the bodies listed after "organised by" (British or
American spelling) organise, and "and" between an acronym and a group's name joins two
items of a list, not two words of one name."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of an English ``text``."""
    return pipeline_people.people(text, "en")


def test_bodies_listed_after_organised_by_organise():
    found = people("A gala concert took place in Almaty on 3 May. It was organised by the "
                   "Ministry of Culture, the international organization TURKSOY and the "
                   "Zhambyl Philharmonic Orchestra.")
    roles = {name: role for name, _kind, role in found}
    assert roles.get("TURKSOY") == "organizer"
    assert not any(" and " in name for name in roles)


def test_a_group_named_after_an_acronym_and_and_is_its_own_name():
    found = people("The UNICEF and Astana Youth Orchestra performed at a charity concert in "
                   "Astana on 12 April.")
    assert not any(name.startswith("UNICEF and") for name, _kind, _role in found)


def test_a_festival_curator_takes_part_as_other_not_as_a_performer():
    found = people("A festival of Kazakh folk music was held in Almaty on 2 March, and its "
                   "curator Aliya Dzhaksybekova presented the programme to the guests.")
    assert ("Aliya Dzhaksybekova", "person", "other") in found


def test_a_theatre_closing_a_list_of_supporters_organises_and_is_no_venue():
    found = people("The Steppe Voices aitys festival was held in Osh on 3 May with the support "
                   "of the Ministry of Culture, the international organization TURKSOY, and "
                   "Toktogul Drama Theater.")
    assert ("Toktogul Drama Theater", "org", "organizer") in found

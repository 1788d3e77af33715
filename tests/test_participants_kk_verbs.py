"""Kazakh verbs of performing that attach a sentence to the concert before it (issue
15), on sentences written for these tests: the goal of «шықты» may open the clause
(«Сахнаға әнші X шықты»), accompanying and singing are performing; a name in the
nominative with a qualifier between it and a song noun is the singer, not the author
(«X ұлттық әндерді орындады»), where «Абай әндері» names the author."""

from __future__ import annotations

import pipeline_people

CONCERT = "Кеше Алматыда «Көктем» концерті өтті. "


def people(text: str) -> list[tuple[str, str, str]]:
    return pipeline_people.people(text, "kk")


def test_the_goal_of_going_on_stage_may_open_the_clause():
    assert people(CONCERT + "Сахнаға әнші Айгерім Қасымова шықты.") == [
        ("Айгерім Қасымова", "person", "performer")]
    assert people(CONCERT + "Сахнаға жас әншілер шықты.") == []  # no one named


def test_accompanying_and_singing_perform():
    found = [name for name, _kind, _role in people(
        CONCERT + "Әншіні «Сазген» ансамблі сүйемелдеді. Ерлан Серіков ән айтты.")]
    assert found == ["Сазген", "Ерлан Серіков"]
    assert people(CONCERT + "Ерлан Серіков бұл туралы айтты.") == []


def test_a_singer_before_a_qualified_song_noun_sings():
    assert people(CONCERT + "Әнші Айгерім Қасымова халық әндерін орындады.") == [
        ("Айгерім Қасымова", "person", "performer")]
    assert people(CONCERT + "Концертте Абай әндерін «Сазген» ансамблі орындады.") == [
        ("Сазген", "group", "performer")]


def test_more_ways_of_performing_attach_to_the_concert():
    for sentence in ("Сахнаға әнші Айгерім Қасымова көтерілді.",
                     "Әнші Айгерім Қасымова көрермендерді тәнті етті.",
                     "Айгерім Қасымова өз өнерін ұсынды."):
        assert people(CONCERT + sentence) == [("Айгерім Қасымова", "person", "performer")]

"""Kazakh lists and the clause around a name (issue 15), on sentences written for these
tests: a list takes its case on the last item only, so every item of «А, Б және
В-ның күйлері» is an author, not a performer; a full name followed by one word in the
genitive is two names, the performer and the owner of the work; a historical person's
epithet stands between a namesake and «атындағы»; a troupe that organises the event
is its organiser."""

from __future__ import annotations

import pipeline_people

CONCERT = "Кеше Алматыда «Көктем» концерті өтті. "


def people(text: str) -> list[tuple[str, str, str]]:
    return pipeline_people.people(text, "kk")


def names(text: str) -> list[str]:
    return pipeline_people.names(text, "kk")


def test_every_item_of_a_list_of_authors_is_an_author():
    found = names(CONCERT + "Концертте «Сазген» ансамблі Дина Нұрпейісова, Тәттімбет және "
                  "Сүгірдің күйлерін орындады.")
    assert found == ["Сазген"]


def test_a_performer_named_before_the_owner_of_a_song_performs():
    found = names(CONCERT + "Концертте Ержан Серіков және Асқар Жұмабеков Абайдың әндерін "
                  "орындады.")
    assert found == ["Ержан Серіков", "Асқар Жұмабеков"]


def test_a_namesake_with_an_epithet_names_the_troupe():
    found = names(CONCERT + "Концертте Қорқыт ата атындағы ансамбль мен Ерасыл Нұрланұлы өнер "
                  "көрсетті.")
    assert found == ["Қорқыт ата атындағы ансамбль", "Ерасыл Нұрланұлы"]
    found = names(CONCERT + "Концертте Ерасыл Нұрланұлы Бұқар жырау атындағы орталықтың "
                  "әншілерімен бірге ән салды.")
    assert found == ["Ерасыл Нұрланұлы"]


def test_names_between_a_troupe_noun_and_its_verb_take_part():
    found = names(CONCERT + "Концертте Құрманғазы атындағы оркестр мен Ерасыл Нұрланұлы өнер "
                  "көрсетті.")
    assert found == ["Құрманғазы атындағы оркестр", "Ерасыл Нұрланұлы"]


def test_a_troupe_that_organises_is_the_organiser():
    found = people("Кеше Қызылордада күйшілер байқауы өтті. Байқауды Қызылорда облыстық "
                   "филармониясы ұйымдастырды. Бас жүлдені Ерасыл Нұрланұлы жеңіп алды.")
    assert ("Қызылорда облыстық филармониясы", "org", "organizer") in found
    found = people(CONCERT + "Шара аясында «Сазген» ансамблінің концерті ұйымдастырылады.")
    assert ("Сазген", "group", "performer") in found


def test_every_artist_of_a_list_shown_at_an_exhibition_takes_part():
    found = people("Кеше Астанада «Дала» көрмесі ашылды. Көрмеде Ерболат Төлепбай мен Асқар "
                   "Есдәулеттің картиналары қойылды.")
    assert found == [("Ерболат Төлепбай", "person", "other"), ("Асқар Есдәулет", "person", "other")]
    found = names(CONCERT + "Концертте Құрманғазының туындылары орындалды. «Сазген» ансамблі "
                  "өнер көрсетті.")
    assert found == ["Сазген"]  # at a concert the author is honoured

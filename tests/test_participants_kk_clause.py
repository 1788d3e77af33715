"""Kazakh participants (``sahna.events.participants``) on sentences written for these
tests: the owner of an office and a capitalised adjective are no names; composers
listed with initials and «және» are authors, not performers; a director among those
who take part keeps the director's role."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of a Kazakh ``text``."""
    return pipeline_people.people(text, "kk")


def names(text: str) -> list[str]:
    return pipeline_people.names(text, "kk")


def test_the_word_before_an_office_owns_it_and_is_no_name():
    found = names("Кеше Астанада «Дала әуені» фестивалі өтті. Фестивальге Мемлекет басшысы, "
                  "«Сазген» ансамблі мен Әсем Нұрланова қатысты.")
    assert "Мемлекет" not in found
    assert {"Сазген", "Әсем Нұрланова"} <= set(found)


def test_a_capitalised_adjective_is_no_name():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертке Облыстық мәдениет "
                  "басқармасының өкілдері мен Әсем Нұрланова қатысты.")
    assert "Облыстық" not in found
    assert "Әсем Нұрланова" in found


def test_composers_with_initials_before_their_works_do_not_perform():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертте Құрманғазы, Н.Тілендиев "
                  "және тағы басқалардың шығармаларын Әсем Нұрланова мен «Сазген» ансамблі "
                  "орындады.")
    assert "Құрманғазы" not in found and "Тілендиев" not in found
    assert {"Әсем Нұрланова", "Сазген"} <= set(found)


def test_a_director_among_those_who_take_part_keeps_the_role():
    found = people("Кеше Алматыда «Көктем» концерті өтті. Концертке әнші Әсем Нұрланова және "
                   "қоюшы-режиссер Ержан Серіков қатысты.")
    assert ("Әсем Нұрланова", "person", "performer") in found
    assert ("Ержан Серіков", "person", "other") in found


def test_a_pronoun_opening_the_sentence_is_no_part_of_a_name():
    found = names("Кеше Түркістанда «Дала әуені» фестивалі өтті. Оған Асқар Жұмабаев, Ерлан "
                  "Серіков және «Сазген» ансамблі қатысты.")
    assert found == ["Асқар Жұмабаев", "Ерлан Серіков", "Сазген"]
    found = names("Кеше Түркістанда «Дала әуені» фестивалі өтті. Онда Асқар Жұмабаев өнер "
                  "көрсетті.")
    assert found == ["Асқар Жұмабаев"]

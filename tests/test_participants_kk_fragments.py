"""Kazakh fragments are never participants (issue 15), on sentences written for these
tests: a quoted common word or a quoted sentence is a citation, not a body; a name in
the dative before a postposition («… қатысты» 'concerning', «… дейін») is what is
spoken of, not who takes part."""

from __future__ import annotations

import pipeline_people

from sahna.langs.kk.names import quoted_name


def names(text: str) -> list[str]:
    return pipeline_people.names(text, "kk")


def test_a_quoted_name_is_short_and_capitalised():
    assert quoted_name("Сазген")
    assert quoted_name("Ұлы дала сазы")
    assert quoted_name("Astana Ballet")
    assert not quoted_name("жақсы")  # a quoted common word
    assert not quoted_name("Біз бұл жұмысты алдағы жылы да міндетті түрде жалғастырамыз")
    assert not quoted_name("Бірлік, достық, ынтымақ")


def test_a_quoted_common_word_takes_no_part():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертте «Сазген» ансамблі өнер "
                  "көрсетті. Ұйымдастырушылар кешті «тамаша» деп атады.")
    assert found == ["Сазген"]


def test_a_name_in_the_dative_before_a_postposition_takes_no_part():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертте Әсем Нұрланова өнер "
                  "көрсетті. «Самғау» қорына қатысты сұрақтар да талқыланды.")
    assert "Әсем Нұрланова" in found
    assert not any(name.startswith("Самғау") for name in found)


def test_a_given_name_ending_like_a_dative_still_takes_part():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертке әнші Мәдина Сәдуақасова "
                  "қатысты.")
    assert "Мәдина Сәдуақасова" in found


def test_the_owner_of_artists_of_a_region_takes_no_part():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертке Жетісу Өңірінің "
                  "өнерпаздары мен Әсем Нұрланова қатысты.")
    assert found == ["Әсем Нұрланова"]


def test_a_name_before_the_noun_of_a_thing_names_that_thing():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертте «Халық сүйіктісі» ұлттық "
                  "сыйлығының иегерлері мен «Сазген» ансамблі өнер көрсетті.")
    assert found == ["Сазген"]
    found = names("Кеше Оралда «Көктем» концерті өтті. Концертке Шаған өзенінің жағасында "
                  "Әсем Нұрланова қатысты.")
    assert found == ["Әсем Нұрланова"]


def test_a_body_in_the_locative_after_its_possessive_keeps_its_base_form():
    from sahna.langs.kk.ner import base_form

    assert base_form("Парламентінде", "ORG") == "Парламенті"


def test_a_country_and_one_word_are_no_person():
    found = names("Анкара, 22 маусым 2026. Мемлекет басшысы Қасым-Жомарт Тоқаев Түркия "
                  "Президенті Режеп Тайып Ердоғанмен кездесті. Сапар барысында Тоқаев түркі "
                  "елдерінің жазушыларымен кездесті. Бұған дейін Мемлекет басшысы Түркия Ұлы "
                  "Ұлттық Мәжілісінің төрағасы Нұман Құртұлмұшпен кездескен болатын.")
    assert not any(name.startswith("Түркия") for name in found)
    assert "Режеп Тайып Ердоған" in found

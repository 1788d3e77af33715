"""Kazakh participants, round 2, on short items written for these tests: credits with no
verb («Басты рөлде – X»), one person named with a patronymic and with a surname, winners
in the passive («… марапатталды», «… берілді»), jury members listed after a colon and a
jury whose decision names the winner, and common words written with a capital."""

from __future__ import annotations

import pipeline_people

from sahna.langs.kk.ner import strip_case

PLAY = ("Алматы, 3 наурыз. Кеше Қазақ ұлттық драма театрында «Абай жолы» спектаклінің "
        "премьерасы өтті. ")
CONTEST = "Тараз, 7 шілде. Облыстық филармонияда «Дала сазы» күйшілер байқауы өтті. "


def people(text: str) -> list[tuple[str, str, str]]:
    return pipeline_people.people(text, "kk")


def roles(text: str) -> dict[str, str]:
    return {name: role for name, _kind, role in people(text)}


def test_a_verbless_credit_after_the_event_gives_its_role():
    found = roles(PLAY + "Режиссері – Серік Жанболатов. Басты рөлде – Нұрлан Әлімжанов.")
    assert found == {"Серік Жанболатов": "other", "Нұрлан Әлімжанов": "performer"}


def test_a_credit_of_the_leading_parts_and_the_conductor():
    found = roles("Астана, 5 сәуір. Кеше опера театрында «Қыз Жібек» операсы қойылды. "
                  "Басты партияларда – Мария Мұдрях пен Медет Шотабаев. "
                  "Дирижері – Абзал Мұхитдинов.")
    assert found == {"Мария Мұдрях": "performer", "Медет Шотабаев": "performer",
                     "Абзал Мұхитдинов": "performer"}


def test_every_name_of_a_credit_list_after_a_dash_shares_the_role():
    found = roles(PLAY + "Сахна суретшісі – Ғалым Бекішев, Айдос Сейітқали.")
    assert found == {"Ғалым Бекішев": "other", "Айдос Сейітқали": "other"}


def test_every_jury_member_listed_after_a_colon_judges():
    found = roles(CONTEST + "Қазылар алқасы мүшелері: Ерлан Төлеуов, Самат Жұмабаев.")
    assert found == {"Ерлан Төлеуов": "other", "Самат Жұмабаев": "other"}


def test_a_dash_in_the_middle_of_a_sentence_opens_no_credit():
    # the dash closes a long clause about a place; the name after it is no credit
    found = roles(CONTEST + "Бұл қаладағы ең көне ғимараттардың бірі – Ерлан Төлеуов "
                  "салдырған үй.")
    assert "Ерлан Төлеуов" not in found


def test_the_winner_named_after_the_jury_decision_performs():
    found = roles(CONTEST + "Қазылар алқасының шешімімен бас жүлдені Нұрбол Сейітов жеңіп алды.")
    assert found == {"Нұрбол Сейітов": "performer"}


def test_the_jury_chair_judges():
    found = roles(CONTEST + "Қазылар алқасының төрағасы – халық әртісі Айгүл Үлкенбаева.")
    assert found == {"Айгүл Үлкенбаева": "other"}


def test_a_patronymic_and_a_surname_of_one_given_name_are_one_person():
    found = people("Алматы, 1 мамыр. Кеше Алматыда ақындар айтысы өтті. Айтысқа Ералы "
                   "Тоғжанов қатысты. Жеңімпаз атанған Ералы Лұқпанұлы бас жүлдені алды.")
    assert [name for name, _k, _r in found] == ["Ералы Тоғжанов"]


def test_two_people_of_one_given_name_in_one_sentence_stay_two():
    found = people("Алматы, 1 мамыр. Кеше Алматыда ақындар айтысы өтті. Айтысқа Айбек "
                   "Сәкенұлы мен Айбек Маратов қатысты. Айбек Сәкенұлы бас жүлдені алды.")
    assert {name for name, _k, _r in found} == {"Айбек Сәкенұлы", "Айбек Маратов"}


def test_a_patronymic_loses_its_case_after_the_possessive_n():
    assert strip_case("Серікқызына") == "Серікқызы"
    assert strip_case("Лұқпанұлының") == "Лұқпанұлы"
    assert strip_case("Асанұлы") == "Асанұлы"
    assert strip_case("Тоқаевтың") == "Тоқаев"


def test_winners_in_the_passive_are_performers():
    found = people(CONTEST + "Бас жүлде Нұрбол Сейітовке бұйырды. Бірінші орын Айсұлу "
                   "Қанатқызына берілді. Сондай-ақ Ержан Мұқанов арнайы дипломмен марапатталды.")
    assert set(found) == {("Нұрбол Сейітов", "person", "performer"),
                          ("Айсұлу Қанатқызы", "person", "performer"),
                          ("Ержан Мұқанов", "person", "performer")}


def test_capitalised_common_words_are_no_people_but_a_quoted_troupe_is_kept():
    found = people("Орал, 8 тамыз. Қалада «Домбыра тойы» фестивалі өтті. Фестивальде Домбыра "
                   "үні шырқалып, Жас Ұрпақ өкілдері өнер көрсетті. Фестивальде «Жас Ұрпақ» "
                   "ансамблі мен әнші Ана Серікова өнер көрсетті.")
    assert set(found) == {("Жас Ұрпақ", "group", "performer"),
                          ("Ана Серікова", "person", "performer")}


def test_a_verbless_credit_line_attaches_in_russian_and_english_too():
    # the credit rule is the shared stage's: a role word, a dash or colon, a name
    ru = pipeline_people.people("Астана, 3 марта. Вчера в театре «Астана Опера» состоялась "
                                "премьера оперы «Абай». Дирижёр — Алан Буррибаев.", "ru")
    en = pipeline_people.people("Astana, March 3. The Astana Opera staged the premiere of the "
                                "opera Abai on Sunday. Conductor: Alan Burribayev.", "en")
    assert ("Алан Буррибаев", "person", "performer") in ru
    assert ("Alan Burribayev", "person", "performer") in en

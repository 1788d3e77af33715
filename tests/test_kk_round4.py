"""Kazakh participants and events, round 4, on short news items written for these tests:
a bare list of names after a heading and a colon, the festive event that refers back to
the culture days just opened, the words of time and place that open a sentence before a
name, Latin-script names of people, who stages a play, and a person before the event
attended in the dative."""

from __future__ import annotations

import pipeline_people

from sahna.document import Document
from sahna.pipeline import process


def people(text: str) -> list[tuple[str, str, str]]:
    return pipeline_people.people(text, "kk")


def events(text: str) -> list[tuple[str, str, str | None]]:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "kk"
    return [(e.type, e.title or "", e.parent) for e in doc.events]


def test_a_bare_list_of_names_after_a_heading_belongs_to_the_event_told_before():
    found = people("Шымкент, 5 мамыр. Кеше Шымкентте жас күйшілердің облыстық байқауы өтті. "
                   "Келесі кезеңге өткендер: Әсет Бекұлы, Жанар Омарова және Дина Сәрсенова.")
    assert found == [("Әсет Бекұлы", "person", "performer"),
                     ("Жанар Омарова", "person", "performer"),
                     ("Дина Сәрсенова", "person", "performer")]


def test_a_clause_after_the_colon_is_no_list_of_names():
    # a sentence that goes on after its names is said by someone, not a line of names
    found = pipeline_people.people(
        "Шымкент, 5 мамыр. Кеше Шымкентте жас күйшілердің облыстық байқауы өтті. "
        "Облыс әкімі мәлімдеді: Әсет Бекұлы мен Жанар Омарова келесі жылы оқуға түседі.",
        "kk")
    assert found == []


def test_the_festive_event_after_culture_days_opened_is_their_opening():
    text = ("Бішкек, 10 қазан. Бүгін Бішкекте Қазақстанның мәдениет күндері ашылды. "
            "Салтанатты шараға Қазақстанның мәдениет министрі Аида Балаева қатысты.")
    found = events(text)
    assert [etype for etype, _title, _parent in found] == ["culture_days"]
    assert people(text) == [("Аида Балаева", "person", "official")]


def test_words_of_time_and_place_opening_the_sentence_are_no_part_of_a_name():
    found = people("Астана, 1 шілде. Кеше Астанада Dimash Qudaibergen концерт берді.")
    assert found == [("Dimash Qudaibergen", "person", "performer")]
    found = people("Алматы, 7 ақпан. Кеше Әуезов театрында «Абай» спектаклінің премьерасы "
                   "өтті. Басты рөлде Нұржұман Ықтымбаев ойнады.")
    assert not any(name.startswith("Кеше") for name, _kind, _role in found)


def test_a_latin_name_ending_as_a_surname_is_a_person_and_a_band_stays_a_group():
    found = people("Астана, 9 қыркүйек. Ертең Астанада Aigerim Zhumadilova мен "
                   "Aikyn Tolepbergen концерт береді.")
    assert found == [("Aigerim Zhumadilova", "person", "performer"),
                     ("Aikyn Tolepbergen", "person", "performer")]
    found = people("Алматы, 3 тамыз. Алматыда өткен фестивальде Ninety One тобы өнер "
                   "көрсетті.")
    assert ("Ninety One тобы", "group", "performer") in found


def test_who_staged_the_play_is_role_other():
    found = people("Алматы, 7 ақпан. Кеше Алматыда «Қозы Көрпеш – Баян сұлу» спектаклінің "
                   "премьерасы өтті. Спектакльді қойған режиссер Еркін Жуасбек.")
    assert found == [("Еркін Жуасбек", "person", "other")]
    found = people("Алматы, 7 ақпан. Кеше Алматыда «Қозы Көрпеш – Баян сұлу» спектаклінің "
                   "премьерасы өтті. Қойылымды сахналаған – Еркін Жуасбек.")
    assert found == [("Еркін Жуасбек", "person", "other")]


def test_a_person_before_the_event_attended_in_the_dative_attends():
    found = people("Алматы, 1 мамыр. Кеше Алматыда концерт өтті. Облыс әкімінің орынбасары "
                   "Ерлан Тұрғымбаев концертке қатысты.")
    assert found == [("Ерлан Тұрғымбаев", "person", "official")]
    # a body's own noun in the dative before «қатысты» is what is spoken of
    found = people("Алматы, 1 мамыр. Кеше Алматыда «Сазген» ансамблінің концерті өтті. "
                   "«Мұра» қорына қатысты сұрақтар да талқыланды.")
    assert ("Мұра", "org", "guest") not in found
    assert [name for name, _kind, _role in found] == ["Сазген"]


def test_names_in_oblique_cases_and_joined_lists_take_part():
    found = people("Тараз, 9 наурыз. Кеше Таразда Ерлан Көкеевтің қатысуымен концерт өтті.")
    assert found == [("Ерлан Көкеев", "person", "performer")]
    found = people("Павлодар, 2 мамыр. Кеше Павлодарда мерекелік концерт өтті. Сахнада "
                   "Қайрат Нұртас, Мейрамбек Беспаев пен Жанар Айжанова өнер көрсетті.")
    assert [name for name, _kind, _role in found] == [
        "Қайрат Нұртас", "Мейрамбек Беспаев", "Жанар Айжанова"]


def test_a_quoted_place_name_before_qualifiers_and_a_group_noun_is_the_troupe():
    found = people("Шымкент, 11 мамыр. Шымкентте «Түркістан» халық аспаптар оркестрінің "
                   "концерті өтті.")
    assert found == [("Түркістан", "group", "performer")]
    # before a theatre's noun in the locative the quoted name says where
    found = pipeline_people.people("Шымкент, 11 мамыр. Кеше «Түркістан» мемлекеттік "
                                   "академиялық театрында «Абай» спектаклі қойылды.", "kk")
    assert found == []


def test_a_body_named_by_common_nouns_that_organised_the_event_organises():
    found = people("Орал, 5 маусым. Кеше Оралда «Жайық сазы» фестивалі өтті. Іс-шараны "
                   "облыстық мәдениет басқармасы ұйымдастырды.")
    assert found == [("облыстық мәдениет басқармасы", "org", "organizer")]
    found = people("Ақтөбе, 6 қазан. Ақтөбеде «Шабыт» фестивалі өтті. Фестивальді Ақтөбе "
                   "облысының мәдениет басқармасы ұйымдастырды.")
    assert found == [("Ақтөбе облысының мәдениет басқармасы", "org", "organizer")]
    # the body in a case is no subject; the event organised in the passive has none
    found = pipeline_people.people("Ақтөбе, 6 қазан. Ақтөбеде «Шабыт» фестивалі өтті. "
                                   "Фестиваль облыстық мәдениет басқармасында "
                                   "ұйымдастырылды.", "kk")
    assert found == []


def test_a_sentence_ending_in_a_name_after_its_role_credits_the_event_before():
    found = people("Алматы, 9 қаңтар. Кеше Алматыда Құрманғазы атындағы ұлт аспаптар "
                   "оркестрінің концерті өтті. Оркестрдің көркемдік жетекшісі әрі бас "
                   "дирижері Бауыржан Сейітов.")
    assert found == [("Құрманғазы атындағы ұлт аспаптар оркестрі", "group", "performer"),
                     ("Бауыржан Сейітов", "person", "performer")]
    # a sentence going on after the name to a verb of its own is no credit
    found = people("Алматы, 9 қаңтар. Кеше Алматыда «Сазген» ансамблінің концерті өтті. "
                   "Оркестрдің бас дирижері Бауыржан Сейітов бүгін Парижге ұшып кетті.")
    assert found == [("Сазген", "group", "performer")]

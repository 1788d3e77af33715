"""Kazakh names of participants in their base form and with their own bounds (issue 15),
on sentences written for these tests: the person a body is named after («… атындағы»)
is one name, so a visitor named right before it is a person of his own, not the start
of the venue's or the troupe's name."""

from __future__ import annotations

import pipeline_people

from sahna.document import Document
from sahna.pipeline import process


def test_a_visitor_before_a_named_theatre_is_a_person_of_his_own():
    text = ("Кеше Ерлан Сәрсенбаев Абай атындағы опера және балет театрында «Алпамыс» "
            "операсының премьерасын тамашалады. Басты рөлді Асқар Жұмабеков сомдады.")
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "kk" and doc.events
    event = doc.events[0]
    names = [p.name for p in event.participants]
    assert "Ерлан Сәрсенбаев" in names and "Асқар Жұмабеков" in names
    assert not any("атындағы" in name for name in names)
    assert event.venue is not None and event.venue.startswith("Абай атындағы")


def test_a_named_troupe_keeps_its_namesake_of_two_words():
    found = pipeline_people.names(
        "Кеше Алматыда «Көктем» концерті өтті. Концертте Мұхтар Әуезов атындағы драма "
        "театрының әртістері өнер көрсетті.", "kk")
    assert any(name.startswith("Мұхтар Әуезов атындағы") for name in found)


def test_names_lose_their_case_endings():
    from sahna.langs.kk.ner import base_form, strip_case

    assert strip_case("ТүркСОЙ-ға") == "ТүркСОЙ"  # an abbreviation's hyphenated case
    assert strip_case("Қасым-Жомарт") == "Қасым-Жомарт"  # a hyphenated name is no case
    assert strip_case("Алатаудың") == "Алатау"  # «у» is /w/ after a vowel
    assert base_form("Сазгеннің", "ORG") == "Сазген"  # a body's own name in the genitive
    assert base_form("Ақорда", "ORG") == "Ақорда"  # a name ending like a locative
    assert base_form("Мәдениет министрлігінің", "ORG") == "Мәдениет министрлігі"


def test_a_quoted_troupe_with_qualifiers_owns_its_concert():
    found = pipeline_people.people(
        "Кеше облыстық филармонияда «Шертер» халық аспаптар ансамблінің шығармашылық кеші "
        "өтті.", "kk")
    assert ("Шертер", "group", "performer") in found


def test_a_troupe_of_a_troupe_and_qualified_troupes_keep_their_nouns():
    found = pipeline_people.names(
        "Кеше Астанада гала-концерт өтті. Концертте «Шаңырақ» мемлекеттік опера театрының "
        "хоры, Жетісу этно-фольк тобы және Бишкек ұлттық хореографиялық ансамблі өнер "
        "көрсетті.", "kk")
    assert "«Шаңырақ» мемлекеттік опера театрының хоры" in found
    assert "Жетісу этно-фольк тобы" in found
    assert "Бишкек ұлттық хореографиялық ансамблі" in found


def test_a_troupe_of_an_unnamed_owner_is_no_name():
    found = pipeline_people.names(
        "Кеше Астанада гала-концерт өтті. Концертте театрдың хоры мен Әсем Нұрланова өнер "
        "көрсетті.", "kk")
    assert found == ["Әсем Нұрланова"]


def test_a_troupe_named_by_its_city_may_open_the_sentence_and_no_date_joins_it():
    for text in ("Қарағанды облыстық қазақ драма театры Астанада гастрольдік сапармен болады.",
                 "Кеше Қарағанды облыстық қазақ драма театры Астанада гастрольдік сапармен "
                 "болды."):
        found = pipeline_people.names(text, "kk")
        assert found == ["Қарағанды облыстық қазақ драма театры"]

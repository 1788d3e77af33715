"""Kazakh participants on short news items written for these tests in the styles of
agency, newspaper and akimat sites: the constructions a Kazakh story names who takes
part with (case on the last item of a list, winners as the subject of «алды» after a
prize in the accusative, a verb of performing one sentence after the event)."""

from __future__ import annotations

import pipeline_people


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of a Kazakh ``text``."""
    return pipeline_people.people(text, "kk")


def names(text: str) -> list[str]:
    return pipeline_people.names(text, "kk")


def test_a_list_of_singers_before_the_owner_of_the_songs_performs():
    # the genitive is on «Абайдың» only: the nominative list before it is the subject
    found = names("Ақтөбе, 10 тамыз. Облыстық филармонияда ақынның мерейтойына арналған "
                  "әдеби-музыкалық кеш өтті. Кеште әншілер Ержан Серіков, Гүлнар Омарова "
                  "және Асылбек Еңсепов Абайдың әндерін орындады.")
    assert {"Ержан Серіков", "Гүлнар Омарова", "Асылбек Еңсепов"} <= set(found)
    assert not any(name.startswith("Абай") for name in found)


def test_a_list_of_composers_in_the_genitive_still_owns_the_works():
    found = names("Кеше Алматыда «Көктем» концерті өтті. Концертте Құрманғазы, Тәттімбет "
                  "және Дина Нұрпейісованың күйлерін Ерлан Серіков орындады.")
    assert "Ерлан Серіков" in found
    assert not {"Құрманғазы", "Тәттімбет", "Дина Нұрпейісова"} & set(found)


def test_the_subject_of_took_after_a_prize_is_the_winner():
    found = names("Астана, 15 мамыр. Елордада «Алтын домбыра» күйшілер байқауы өтті. "
                  "Гран-приді Маңғыстау облысынан келген Ерасыл Жанәбілов алды. "
                  "Бірінші орынды Дәурен Қалиев иеленді.")
    assert {"Ерасыл Жанәбілов", "Дәурен Қалиев"} <= set(found)


def test_took_without_a_prize_makes_no_winner():
    found = names("Астана, 15 мамыр. Елордада «Алтын домбыра» күйшілер байқауы өтті. "
                  "Бұл хабарды Ерасыл Жанәбілов телефон арқылы алды.")
    assert "Ерасыл Жанәбілов" not in found


def test_a_poetry_contest_spelt_with_the_kazakh_letter_is_an_event():
    text = ("Семей, 1 ақпан. Ақпанның 9-ы күні облыстық драма театрында мүшәйра өтеді. "
            "Мүшәйраны облыстық мәдениет басқармасы ұйымдастырған. Мүшәйраға ақындар "
            "Ұлықбек Есдәулет пен Есенғали Раушанов қатысады.")
    assert {"Ұлықбек Есдәулет", "Есенғали Раушанов"} <= set(names(text))


def test_an_event_noun_in_the_accusative_gives_a_base_title():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Мүшәйраны облыстық мәдениет басқармасы ұйымдастырды. Мүшәйра Семейде өтті.")))
    assert doc.events and all(not e.title.lower().endswith("ны") for e in doc.events)

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


def test_a_quoted_name_before_a_group_noun_is_a_group_after_the_works_it_plays():
    # a work noun before the quotes heads the object; the group noun after them is the
    # quoted name's own head
    found = people("Шымкент, 2 қазан. 5 қазанда қалалық филармонияда «Ата толғауы» концерті "
                   "өтеді. Концертте композитордың әндері мен күйлерін «Отырар сазы» оркестрі "
                   "орындайды.")
    assert ("Отырар сазы", "group", "performer") in found


def test_a_quoted_work_with_its_noun_after_the_quotes_is_no_group():
    found = names("Алматы, 28 қыркүйек. Кеше драма театрында «Қыз Жібек» спектаклінің "
                  "премьерасы өтті. Басты рөлдерді Айжан Мұратова сомдады.")
    assert "Қыз Жібек" not in found
    assert "Айжан Мұратова" in found


def test_a_sentence_opening_with_the_gathering_names_its_speakers():
    found = names("Ақтау, 27 ақпан. Облыстық музейде «Маңғыстау жыраулары» тақырыбында "
                  "дөңгелек үстел өтті. Жиында ғалым Сәкен Жұмабаев пен ақын Бауыржан "
                  "Халиоллаұлы сөз сөйледі.")
    assert {"Сәкен Жұмабаев", "Бауыржан Халиоллаұлы"} <= set(found)


def test_a_sentence_about_something_else_names_no_speakers():
    found = names("Ақтау, 27 ақпан. Облыстық музейде «Маңғыстау жыраулары» тақырыбында "
                  "дөңгелек үстел өтті. Кеше ғалым Сәкен Жұмабаев жаңа кітабын шығарды.")
    assert "Сәкен Жұмабаев" not in found


def test_a_visit_to_a_city_in_the_dative_is_an_event_with_its_leader():
    found = people("Алматы, 6 маусым. Қырғыз Республикасының Мәдениет министрі Мирбек "
                   "Мамбеталиев бастаған делегация Алматыға ресми сапармен келді.")
    assert ("Мирбек Мамбеталиев", "person", "official") in found


def test_a_word_in_the_genitive_is_no_part_of_a_persons_name():
    found = names("Алматы, 6 маусым. Қырғыз Республикасының Мәдениет министрі Мирбек "
                  "Мамбеталиев бастаған делегация Алматыға ресми сапармен келді.")
    assert not any("Республикасының" in name for name in found)

"""Kazakh participants by case and position (:mod:`sahna.langs.kk.people` and the shared
rules it feeds), on sentences written for these tests: verbs of performing in any tense,
genitive owners that take part or do not, lists inflected on their last item only, and
the attendees of a press briefing."""

from __future__ import annotations

import pipeline_people
import pytest

from sahna.langs.kk.people import verb_form


def people(text: str) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of a Kazakh ``text``."""
    return pipeline_people.people(text, "kk")


def names(text: str) -> set[str]:
    return set(pipeline_people.names(text, "kk"))


@pytest.mark.parametrize(("word", "stem"), [
    ("орындады", "орында"), ("орындайды", "орында"), ("орындап", "орында"),
    ("орындаған", "орында"), ("орындайтын", "орында"), ("қатысып", "қатыс"),
    ("қатысуда", "қатыс"), ("қатысқандар", "қатыс"), ("шырқады", "шырқа"),
    ("иеленді", "иелен"), ("биледі", "биле"),
])
def test_forms_of_a_verb(word: str, stem: str) -> None:
    assert verb_form(word, stem)


@pytest.mark.parametrize(("word", "stem"), [
    ("орындалды", "орында"),  # a passive: the work is the subject
    ("орындау", "орында"),  # a verbal noun
    ("орындаушы", "орында"),  # an agent noun
    ("билет", "биле"),  # a ticket, not a dance
    ("қатысушылар", "қатыс"),
])
def test_words_that_are_no_form_of_the_verb(word: str, stem: str) -> None:
    assert not verb_form(word, stem)


def test_performers_of_a_sentence_without_an_event_word_join_the_concert() -> None:
    found = names("Кеше Семейде ән кеші өтті. Кеште халық әндерін Дәулет Мұсабеков пен "
                  "Жанар Әлиева орындады.")
    assert {"Дәулет Мұсабеков", "Жанар Әлиева"} <= found


def test_winners_named_by_their_places() -> None:
    found = names("Өскеменде «Алтай дауысы» әншілер байқауы өтті. Бірінші орынды "
                  "семейлік Ерасыл Қайратұлы, екінші орынды Мөлдір Бекенова иеленді.")
    assert {"Ерасыл Қайратұлы", "Мөлдір Бекенова"} <= found


def test_a_genitive_of_participation_takes_part() -> None:
    found = people("Кеше Ақтауда Гүлжан Сапарованың қатысуымен «Көктем әуендері» "
                   "концерті өтті. Кешті Маңғыстау облыстық филармониясы ұйымдастырды.")
    assert ("Гүлжан Сапарова", "person", "performer") in found


def test_the_owner_of_an_exhibition_takes_part_its_honoured_poet_does_not() -> None:
    found = names("Орал қаласында суретші Нұржан Есенұлының жеке көрмесі ашылды. Көрме "
                  "ақын Қадыр Мырза Әлидің 90 жылдығына арналған.")
    assert "Нұржан Есенұлы" in found
    assert not any("Қадыр" in name for name in found)


def test_the_composer_of_an_opera_is_no_participant() -> None:
    found = names("Астанада Мұқан Төлебаевтың «Біржан – Сара» операсының премьерасы өтті. "
                  "Басты партияларды Ерлан Сейітов пен Дина Омарова орындады.")
    assert {"Ерлан Сейітов", "Дина Омарова"} <= found
    assert "Мұқан Төлебаев" not in found


def test_places_listed_before_a_shared_region_word_are_no_performers() -> None:
    found = names("Қызылорда қаласында «Сыр сазы» айтысы өтті. Айтысқа Жалағаш, Шиелі, "
                  "Тереңөзек аудандарының ақындары мен Айбек Серікұлы қатысты.")
    assert not found & {"Жалағаш", "Шиелі", "Тереңөзек"}
    assert "Айбек Серікұлы" in found


def test_who_attends_the_briefing_before_a_premiere_only_announces_it() -> None:
    found = names("Ертең Шымкент драма театрында «Ақбілек» спектаклінің премьерасы өтеді. "
                  "Премьера алдында баспасөз мәслихаты болады. Шараға театр директоры "
                  "Нұрлан Оспанов пен актриса Сая Әділова қатысады.")
    assert not found & {"Нұрлан Оспанов", "Сая Әділова"}


def test_a_greeter_after_the_name_is_not_honoured_by_the_anniversary() -> None:
    found = names("Таразда ақын Жамбылдың мерейтойына арналған салтанатты жиын өтті. "
                  "Жиында облыс әкімі Ерлан Сапаров жиналғандарды мерейтоймен құттықтады.")
    assert "Ерлан Сапаров" in found


def test_a_ministry_joined_by_zhane_is_no_list_of_names() -> None:
    found = names("Кеше Астанада «Жібек жолы» фестивалі өтті. Фестивальге Ғылым және "
                  "жоғары білім министрі Ерлан Серікұлы мен «Сазген» ансамблі қатысты.")
    assert "Ғылым" not in found
    assert {"Ерлан Серікұлы", "Сазген"} <= found


def test_song_titles_listed_before_their_noun_are_works_and_the_singer_of_a_song_sings(
        ) -> None:
    found = names("Кеше Көкшетауда ән кеші өтті. Кеште Біржанның «Жанбота», «Ләйлім шырақ» "
                  "әндерін Қанат Ерланұлы шырқады. Соңында әнші Әсел Дәулетова ән салды.")
    assert not found & {"Жанбота", "Біржан"}
    assert {"Қанат Ерланұлы", "Әсел Дәулетова"} <= found


def test_a_list_inflected_on_its_last_name_before_oryndauynda() -> None:
    found = names("Кеше Таразда «Қозы Көрпеш – Баян сұлу» спектаклі қойылды. Басты рөлдер "
                  "Дидар Сейітов, Аружан Бекқызы және Нұрбол Әмірдің орындауында көрініс "
                  "тапты.")
    assert {"Дидар Сейітов", "Аружан Бекқызы", "Нұрбол Әмір"} <= found


def test_a_foreign_name_ending_in_i_loses_its_case() -> None:
    from sahna.langs.kk.ner import strip_case

    assert strip_case("Ковентриді") == "Ковентри"
    assert strip_case("Ковентриге") == "Ковентри"


def test_who_attends_a_ceremony_in_a_sentence_of_its_own_takes_part() -> None:
    found = names("Таразда ақын Жамбылдың мерейтойына арналған салтанатты жиын өтті. "
                  "Жиынға облыс әкімі Ерлан Сапаров пен мәслихат хатшысы Дәурен Ахметов "
                  "қатысты.")
    assert {"Ерлан Сапаров", "Дәурен Ахметов"} <= found


def test_the_speaker_after_a_quotation_and_a_long_title_only_speaks() -> None:
    found = names("Кеше Атырауда «Жайық толқыны» фестивалі ашылды. – Фестиваль жыл сайын "
                  "өтеді, – деді облыстық мәдениет басқармасының басшысы Айгүл Сейітова.")
    assert "Айгүл Сейітова" not in found


def test_a_tagged_name_that_closes_a_quotation_takes_its_opening_quote() -> None:
    from sahna.langs.kk.analysis import _balanced

    text = "Салтанатта «Тараз» эстрадалық оркестрі өнер көрсетті."
    start = text.index("Тараз")
    stop = text.index(" өнер")
    assert text[slice(*_balanced(text, start, stop))] == "«Тараз» эстрадалық оркестрі"
    assert _balanced(text, start, start + len("Тараз")) == (start, start + len("Тараз"))


def test_a_ministry_that_organises_takes_part_one_whose_head_meets_does_not() -> None:
    found = people("Кеше Астанада «Түркі әлемі» форумы өтті. Форумды Мәдениет және ақпарат "
                   "министрлігі ұйымдастырды.")
    assert ("Мәдениет және ақпарат министрлігі", "org", "organizer") in found
    met = names("Кеше Астанада Түркі академиясының президенті Мәдениет және ақпарат "
                "министрлігінің басшысымен кездесті.")
    assert not any("министрлігі" in name for name in met)


def test_a_theatre_whose_stage_hosts_the_tour_is_no_performer() -> None:
    found = names("Қарағанды драма театры Бішкекте гастрольдік сапармен болды. Театр "
                  "Шыңғыс Айтматов атындағы Орыс драма театрының сахнасында «Ақ кеме» "
                  "спектаклін көрсетті.")
    assert not any("Айтматов" in name or "Орыс драма" in name for name in found)

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


def test_a_given_name_that_is_an_event_noun_stays_in_the_name():
    found = names("Астана, 14 қаңтар. Ұлттық кітапханада жас ақындардың поэзия кеші өтті. "
                  "Кешті Жазушылар одағының төрағасы Мереке Құлкенов ашты.")
    assert "Мереке Құлкенов" in found


def test_a_given_name_that_is_an_event_noun_makes_no_event():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Астана, 3 наурыз. Кеше Ұлттық музейде кітап көрмесі ашылды. Көрмені Сайлау "
        "Серікбаев пен Мереке Құлкенов ашты.")))
    assert [e.type for e in doc.events] == ["exhibition"]


def test_a_given_name_ending_like_an_accusative_keeps_its_ending():
    found = names("Түркістан, 3 қыркүйек. Кеше Түркістанда «Сарыарқа» концерті өтті. "
                  "Іс-шараға облыс әкімі Дархан Сатыбалды қатысты.")
    assert "Дархан Сатыбалды" in found


def test_the_composer_before_his_opera_does_not_perform():
    found = names("Рим, 12 қараша. Римдегі «Костанци» театрының сахнасында Верди операсы "
                  "«Аида» қойылды. Басты партияларды Мәдина Басбаева, Жупар Габдуллин және "
                  "Талгат Мусабаев орындады.")
    assert "Верди" not in found
    assert {"Мәдина Басбаева", "Талгат Мусабаев"} <= set(found)


def test_a_word_before_a_name_in_the_accusative_gives_it_no_kind():
    found = people("Рим, 12 қараша. Римде «Аида» операсы қойылды. Басты партияларды "
                   "Мәдина Басбаева орындады.")
    assert ("Мәдина Басбаева", "person", "performer") in found


def test_a_quoted_troupe_named_with_a_genre_word_is_a_group():
    found = people("Рим, 12 қараша. «Астана Опера» театрының труппасы Италияда гастрольдік "
                   "сапармен жүр.")
    assert ("Астана Опера", "group", "performer") in found


def test_a_quoted_theatre_on_whose_stage_the_show_runs_is_the_venue():
    found = names("Рим, 12 қараша. Римдегі «Костанци» театрының сахнасында «Аида» операсы "
                  "қойылды. Басты партияны Мәдина Басбаева орындады.")
    assert "Костанци" not in found


def test_a_group_in_the_genitive_belongs_to_the_event_noun_it_owns():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Париж, 5 қазан. Қазақстанның Франциядағы мәдени маусымы жалғасып жатыр. Мәдени "
        "маусым 20 қыркүйекте «Астана Балет» хореографиялық ұжымының Париждегі "
        "қойылымымен басталған болатын.")))
    by_type = {e.type: [p.name for p in e.participants] for e in doc.events}
    assert "Астана Балет" in by_type.get("stage", [])
    assert "Астана Балет" not in by_type.get("culture_days", [])


def test_officials_named_by_initials_and_surname_take_part():
    found = people("Анкара, 15 қазан. ҚР Мәдениет және ақпарат министрі А.Балаева Түркия "
                   "Республикасының Мәдениет және туризм министрі М.Эрсоймен кездесті.")
    assert ("А.Балаева", "person", "official") in found
    assert ("М.Эрсой", "person", "official") in found


def test_an_initial_before_a_name_named_after_is_no_person():
    found = names("Ақтау, 27 ақпан. Ш.Есенов атындағы университетте дөңгелек үстел өтті. "
                  "Жиында ғалым Сәкен Жұмабаев сөз сөйледі.")
    assert not any("Есенов" in name for name in found)


def test_a_body_named_after_a_person_organises_the_forum():
    found = people("Алматы, 5 тамыз. 10 тамызда Алматыда «Абай әлемі» халықаралық форумы "
                   "өтеді. Форумды Абай институты ұйымдастырады.")
    assert ("Абай институты", "org", "organizer") in found
    assert not any(name == "Абай" for name, _kind, _role in found)


def test_a_person_going_to_a_school_is_no_school_name():
    found = names("Алматы, 5 тамыз. Кеше Алматыда «Абай әлемі» форумы өтті. Форумға Асхат "
                  "Шахаров мектепке барып қатысты.")
    assert "Асхат Шахаров" in found


def test_the_concert_agency_named_as_organiser_of_a_concert():
    found = people("Қостанай, 4 наурыз. Облыстық филармонияда «Қазақконцерт» мемлекеттік "
                   "концерттік ұйымының ұйымдастыруымен «Жыр-толғау» концерті өтті.")
    assert any("Қазақконцерт" in name and role == "organizer" for name, _kind, role in found)


def test_winners_named_in_sentences_of_their_own_belong_to_the_contest():
    found = names("Шымкент, 20 сәуір. Кеше Шымкентте «Жас қанат» әншілер байқауы өтті. "
                  "Байқау жеңімпазы – Жансая Әбдімәлік. Жүлдегерлер қатарында Ерасыл Қанатұлы "
                  "мен Аружан Серікова бар. Бас жүлде Алматыдан келген Нұрбек Сейітовке "
                  "табысталды.")
    assert {"Жансая Әбдімәлік", "Ерасыл Қанатұлы", "Аружан Серікова",
            "Нұрбек Сейітов"} <= set(found)


def test_a_sentence_opening_with_the_stage_is_no_part_of_the_groups_name():
    found = people("Алматы, 3 мамыр. Кеше Алматыда «Көктем» концерті өтті. Сахнада Qazaq "
                   "Chamber Orchestra мен «Камерата Казахстана» ансамблі өнер көрсетті.")
    assert ("Qazaq Chamber Orchestra", "group", "performer") in found
    assert ("Камерата Казахстана", "group", "performer") in found


def test_a_delegation_named_by_its_side_is_a_guest_organisation():
    found = people("Астана, 4 наурыз. Сенат Төрағасы Мәулен Әшімбаев Германия Бундестагының "
                   "делегациясымен кездесті.")
    assert ("Мәулен Әшімбаев", "person", "official") in found
    assert ("Германия Бундестагының делегациясы", "org", "guest") in found


def test_the_owner_of_a_visiting_delegation_takes_part():
    found = names("Астана, 4 наурыз. Мәдениет вице-министрі Қанат Ысқақов Қытайдың мәдениет "
                  "және туризм министрлігінің делегациясын қабылдады.")
    assert "Қанат Ысқақов" in found
    assert any(name.startswith("Қытайдың мәдениет") for name in found)


def test_welcoming_a_president_is_a_meeting():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Астана, 4 наурыз. Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада Әзірбайжан "
        "Президенті Ильхам Әлиевті салтанатты түрде қарсы алды.")))
    assert [e.type for e in doc.events] == ["meeting"]
    assert "Қасым-Жомарт Тоқаев" in [p.name for p in doc.events[0].participants]


def test_the_lines_of_a_list_opened_with_a_colon_belong_to_its_event():
    found = names("Алматыда «Көктем» концерті өтті\n\nАлматы, 3 мамыр. Кеше Алматыда «Көктем» "
                  "концерті өтті. Концертке қатысқан әншілер:\n– Мақпал Жүнісова;\n– Ерке "
                  "Есмахан;\n– Қайрат Нұртас.")
    assert found == ["Мақпал Жүнісова", "Ерке Есмахан", "Қайрат Нұртас"]


def test_lines_of_a_list_after_no_colon_of_the_event_are_not_its_own():
    found = names("Алматыда «Көктем» концерті өтті\n\nАлматы, 3 мамыр. Кеше Алматыда «Көктем» "
                  "концерті өтті.\n\nТағы оқыңыз\n– Мақпал Жүнісова жаңа альбомын шығарды;\n"
                  "– Ерке Есмахан Астанаға көшті.")
    assert found == []


def test_a_philharmonic_on_tour_is_the_group_that_tours():
    found = people("Ақтөбе, 3 мамыр. Ақтөбе облыстық филармониясы Атырауда гастрольдік "
                   "сапармен жүр.")
    assert ("Ақтөбе облыстық филармониясы", "group", "performer") in found


def test_a_theatre_for_children_and_youth_keeps_its_whole_name():
    found = names("Алматы, 3 мамыр. Ғ.Мүсірепов атындағы Қазақ мемлекеттік академиялық "
                  "балалар мен жасөспірімдер театры жаңа маусымды «Алтын сақа» спектаклімен "
                  "ашты.")
    assert any(name.endswith("балалар мен жасөспірімдер театры") for name in found)


def test_a_quoted_group_before_its_noun_owning_the_event_is_its_performer():
    found = people("Ақтау, 3 мамыр. Кеше Ақтауда «Қызылқұм» ансамблінің концерті өтті.")
    assert ("Қызылқұм", "group", "performer") in found


def test_the_event_noun_opening_a_sentence_is_no_part_of_the_groups_name():
    found = names("Астана, 3 мамыр. Кеше Астанада ақынға арналған әдеби кеш өтті. Кешті Абай "
                  "атындағы Қазақ ұлттық опера және балет театрының әртістері ашты.")
    assert "Абай атындағы Қазақ ұлттық опера және балет театры" in found


def test_two_surnames_the_second_in_an_oblique_case_are_two_people():
    found = names("Мәскеу, 3 мамыр. Кеше Мәскеуде Тоқаев Путинмен кездесті.")
    assert {"Тоқаев", "Путин"} <= set(found)


def test_a_given_name_ending_like_a_surname_stays_with_the_surname():
    found = names("Ақтау, 3 мамыр. Бүгін Ақтауда академик Шаһин Мұстафаев пен министр Аида "
                  "Балаеваның кездесуі өтті.")
    assert "Шаһин Мұстафаев" in found


def test_a_quoted_arena_before_a_venue_noun_is_no_performer():
    found = names("Астана, 3 мамыр. Әнші Димаш Құдайберген 15 мамырда «Барыс Арена» спорт "
                  "кешенінде концерт берді.")
    assert "Димаш Құдайберген" in found
    assert "Барыс Арена" not in found


def test_an_honorary_title_after_a_name_does_not_honour_the_one_who_awards():
    # «құрметті тұрғыны» (honorary resident) is no «құрметіне» (in honour of)
    found = names("Қарабалық, 22 наурыз. Ауыл алаңында Наурыз мейрамы тойланды. Мерекеде аудан "
                  "әкімі Серік Жұмағұлов ауылдың құрметті тұрғыны Қанат Әлиевке «Ерен еңбегі "
                  "үшін» медалін табыс етті.")
    assert {"Серік Жұмағұлов", "Қанат Әлиев"} <= set(found)


def test_the_one_honoured_by_a_concert_takes_no_part():
    found = names("Астана, 22 наурыз. Кеше Астанада Абай Құнанбайұлының құрметіне концерт "
                  "өтті. Концертте ұлы ақынның әндерін Нұрлан Есенқұлов шырқады.")
    assert "Нұрлан Есенқұлов" in found
    assert not any(name.startswith("Абай") for name in found)


def test_an_event_word_inside_a_quoted_speech_is_no_new_event():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Астана, 22 наурыз. Кеше Астанада «Көктем» концерті өтті. «Бұл концерт – жастарға "
        "үлгі», – деді мәдениет басқармасының басшысы Ерлан Асқаров.")))
    assert [e.title for e in doc.events] == ["«Көктем» концерті"]


def test_jury_members_named_by_their_honorary_titles_judge_the_contest():
    found = people("Астана, 15 мамыр. Елордада «Алтын домбыра» күйшілер байқауы өтті. Байқаудың "
                   "қазылар алқасына Қазақстанның халық әртісі Секен Тұрысбек және күйші "
                   "Қаршыға Ахмедиярова кірді. Гран-приді Ерасыл Жанәбілов алды.")
    assert ("Секен Тұрысбек", "person", "other") in found
    assert ("Қаршыға Ахмедиярова", "person", "other") in found
    assert ("Ерасыл Жанәбілов", "person", "performer") in found


def test_the_guests_of_the_evening_belong_to_it_not_to_the_holiday_they_greet():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Павлодар, 25 тамыз. Павлодарда Қала күні мерекесі 20 тамыздан бастап тойланды. "
        "Бүгін орталық алаңда гала-концерт өтті. Кештің құрметті қонағы болып "
        "тұрғындарды мерекемен құттықтауға әнші Ерлан Серіков пен Гүлнар Омарова "
        "келген.")))
    by_type = {e.type: [p.name for p in e.participants] for e in doc.events}
    assert {"Ерлан Серіков", "Гүлнар Омарова"} <= set(by_type.get("concert", []))
    assert not set(by_type.get("ceremony", [])) & {"Ерлан Серіков", "Гүлнар Омарова"}


def test_a_pronoun_opening_a_sentence_points_to_the_event_just_told():
    from sahna.document import Document
    from sahna.pipeline import process

    doc = process(Document(doc_id="t", source="test", raw=(
        "Анталия, 30 мамыр. Анталияда «Жібек жолы» халықаралық фестивалі өтіп жатыр. Бүгін "
        "фестиваль аясында мәдениет қызметкерлерінің форумы өтті. Оған бөлім басшысы Ерлан "
        "Серіков пен орталық директоры Асқар Бекұлы қатысты.")))
    by_type = {e.type: [p.name for p in e.participants] for e in doc.events}
    assert {"Ерлан Серіков", "Асқар Бекұлы"} <= set(by_type.get("forum", []))
    assert not {"Ерлан Серіков", "Асқар Бекұлы"} & set(by_type.get("festival", []))


def test_those_who_attend_a_forum_are_no_performers():
    found = people("Астана, 17 ақпан. Кеше Ұлттық кітапханада «Ұлы дала тұлғалары» атты "
                   "дөңгелек үстел өтті. Жиынға ақын Смағұл Елубай мен профессор Мәмбет "
                   "Қойгелдиев қатысты.")
    assert {role for name, _kind, role in found
            if name in ("Смағұл Елубай", "Мәмбет Қойгелдиев")} == {"guest"}


def test_those_who_take_part_in_a_concert_perform():
    found = people("Алматы, 3 мамыр. Кеше Алматыда «Көктем» концерті өтті. Концертке ақын "
                   "Смағұл Елубай мен әнші Мақпал Жүнісова қатысты.")
    assert ("Мақпал Жүнісова", "person", "performer") in found


def test_a_country_abbreviation_after_a_name_is_no_part_of_it():
    found = names("Олжас Бектенов РФ Омбы облысының губернаторымен кездесті\n\nАстана, 10 "
                  "қыркүйек. Премьер-министр Олжас Бектенов РФ Омбы облысының губернаторымен "
                  "шекара маңы ынтымақтастығын талқылады.")
    assert "Олжас Бектенов" in found
    assert not any(name.endswith("РФ") for name in found)

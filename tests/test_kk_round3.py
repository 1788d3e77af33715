"""Kazakh participants and events, round 3, on short news items written for these tests:
groups named by a bare noun in an oblique case, bodies that organise in the genitive, a
jury's chair, an audience's applause (no meeting), a band whose quoted name is a genre
word, and further shapes of Kazakh event news."""

from __future__ import annotations

import pipeline_people

from sahna.document import Document
from sahna.pipeline import process


def people(text: str) -> list[tuple[str, str, str]]:
    return pipeline_people.people(text, "kk")


def roles(text: str) -> dict[str, str]:
    return {name: role for name, _kind, role in people(text)}


def events(text: str) -> list[tuple[str, str]]:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "kk"
    return [(e.type, e.title or "") for e in doc.events]


def test_a_group_named_by_its_bare_noun_in_the_genitive_loses_the_case():
    found = people("Орал, 4 маусым. Кеше Оралда Ғарифолла Құрманғалиев атындағы "
                   "фольклорлық ансамбльдің концерті өтті.")
    assert ("Ғарифолла Құрманғалиев атындағы фольклорлық ансамбль", "group",
            "performer") in found
    assert not any(name.endswith("дің") for name, _kind, _role in found)


def test_a_body_in_the_genitive_before_organising_organises():
    found = people("Тараз, 2 ақпан. Ертең Таразда Жамбыл атындағы облыстық филармонияның "
                   "ұйымдастыруымен жас әншілер байқауы өтеді. Байқауға Әлия Нұрпейісова "
                   "қатысады.")
    assert found == [("Жамбыл атындағы облыстық филармония", "org", "organizer"),
                     ("Әлия Нұрпейісова", "person", "performer")]


def test_the_one_who_chairs_the_jury_judges_and_a_prize_makes_a_winner():
    contest = "Семей, 9 қазан. Семейде ақындар айтысы өтті. "
    assert roles(contest + "Айтыстың қазылар алқасын Болат Жанұзақов басқарды.") == {
        "Болат Жанұзақов": "other"}
    assert roles(contest + "Қазылар алқасының шешімімен бас жүлдені Нұржан Әлібеков "
                 "жеңіп алды.") == {"Нұржан Әлібеков": "performer"}


def test_an_audience_welcoming_performers_warmly_is_no_meeting():
    found = events("Астана, 4 маусым. Кеше елордада «Сазген» ансамблінің концерті өтті. "
                   "Тыңдармандар әншілерді ыстық ықыласпен қарсы алды.")
    assert [etype for etype, _title in found] == ["concert"]
    # an official welcome stays a meeting
    found = events("Ақтау, 5 мамыр. Облыс әкімі Нұрлан Ноғаев әуежайда Түркіменстан "
                   "делегациясын қарсы алды.")
    assert "meeting" in [etype for etype, _title in found]


def test_a_genre_word_quoted_as_a_bands_name_is_no_show():
    found = events("Астана, 6 шілде. Кеше Астанада мерекелік концерт өтті. Концертте "
                   "Қайрат Нұртас пен «Балет» тобы өнер көрсетті.")
    assert [etype for etype, _title in found] == ["concert"]


def test_a_quoted_troupe_after_a_venue_named_by_genres_performs():
    # the genre words of the venue before the quotes make no work of the troupe's name,
    # and the tagger's opening quote is no part of it
    found = people("Алматы, 20 қыркүйек. Кеше Алматыдағы Абай атындағы опера және балет "
                   "театрында «Астана Балет» театры гастрольдік сапармен өнер көрсетті.")
    assert ("Астана Балет", "group", "performer") in found
    assert not any(name.startswith("«") for name, _kind, _role in found)


def test_bodies_of_a_country_in_the_plural_are_no_group():
    found = people("Өскемен, 2 қараша. Халықаралық фольклор фестивалі 5-7 қараша "
                   "аралығында Өскеменде өтеді. Фестивальге Қырғызстан және Моңғолия "
                   "ұжымдары мен әнші Мирас Жұмабек қатысады.")
    assert found == [("Мирас Жұмабек", "person", "performer")]


def test_a_quoted_name_takes_its_kind_from_its_own_head_noun():
    found = people("Түркістан, 15 ақпан. Түркістанда Тәжікстанның мәдениет күндері өтпек. "
                   "Делегация құрамында «Лола» ансамблі бар.")
    assert found == [("Лола", "group", "performer")]


def test_a_new_year_welcomed_or_a_law_adopted_is_no_meeting():
    text = ("Астана, 2 қаңтар. Елорда тұрғындары Жаңа жылды Бәйтерек алаңында қарсы алды. "
            "Мәжіліс депутаттары кеше жаңа заңды қабылдады.")
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert [e.type for e in doc.events if e.type == "meeting"] == []


def test_who_attends_an_opening_named_in_its_sentence_attends_the_opening():
    text = ("Алматы, 19 қараша. Алматыда Қырғызстанның мәдениет күндері басталды. Мәдениет "
            "күндері аясында қырғыз өнерпаздарының концерті өтеді. Ашылу салтанатына "
            "Қырғызстанның мәдениет министрі Алтынбек Максутов қатысты.")
    doc = process(Document(doc_id="t", source="test", raw=text))
    concert = next(e for e in doc.events if e.type == "concert")
    assert concert.participants == []
    assert any(p.name == "Алтынбек Максутов" for e in doc.events if e.type != "concert"
               for p in e.participants)


def test_a_body_that_opens_the_clause_of_organising_organises():
    found = people("Алматы, 5 желтоқсан. «Шабыт» бірлестігі Алматыда «Туған жер» атты "
                   "концерт ұйымдастырады. Концертке Ерлан Көкеев қатысады.")
    assert found == [("Шабыт", "org", "organizer"), ("Ерлан Көкеев", "person", "performer")]
    # the event organised is the subject: the body in a case organises nothing
    found = people("Алматы, 5 желтоқсан. «Шабыт» бірлестігінде «Туған жер» атты концерт "
                   "ұйымдастырылды. Концертке Ерлан Көкеев қатысты.")
    assert ("Шабыт", "org", "organizer") not in found


def test_names_of_a_sentence_go_to_its_event_not_to_the_holiday_it_is_for():
    text = ("Алматы, 5 желтоқсан. «Шабыт» бірлестігі Тәуелсіздік күніне орай «Туған жер» "
            "атты концерт ұйымдастырады.")
    doc = process(Document(doc_id="t", source="test", raw=text))
    owners = {e.type: [p.name for p in e.participants] for e in doc.events}
    assert owners["concert"] == ["Шабыт"]
    assert owners.get("ceremony", []) == []


def test_days_of_the_state_calendar_named_after_a_poet_or_a_custom_are_events():
    found = events("Семей, 10 тамыз. Бүгін Семейде Абай күні кеңінен аталып өтті.")
    assert ("ceremony", "Абай күні") in found
    found = events("Шымкент, 14 наурыз. Кеше Шымкентте Көрісу күні тойланды.")
    assert [etype for etype, _title in found] == ["ceremony"]


def test_the_one_whose_monument_gets_flowers_is_no_part_of_the_visitors_name():
    found = people("Семей, 10 тамыз. Семейде Абай күні атап өтілді. Облыс әкімі "
                   "Ерлан Сабыров Шәкәрім ескерткішіне гүл шоқтарын қойды.")
    assert found == [("Ерлан Сабыров", "person", "official")]


def test_a_quoted_programme_album_or_poem_is_a_work_not_a_group():
    found = people("Көкшетау, 25 ақпан. Кеше Көкшетауда «Ақмола» ансамблі «Арқа әуендері» "
                   "атты концерттік бағдарламасын ұсынды.")
    assert found == [("Ақмола", "group", "performer")]
    found = people("Алматы, 3 наурыз. Кеше Алматыда әнші Әлібек Мұратов «Жол» атты жаңа "
                   "альбомының тұсаукесерін өткізді.")
    assert [name for name, _kind, _role in found] == ["Әлібек Мұратов"]


def test_the_bare_head_of_a_tour_told_before_refers_back_to_the_tour():
    text = ("Астана, 12 қыркүйек. «Сазген» ансамблі 20-25 қыркүйек аралығында Түркияға "
            "гастрольдік сапармен барады. Сапар аясында Анкарада ұлттық аспаптар көрмесі "
            "ашылады.")
    found = events(text)
    assert "meeting" not in [etype for etype, _title in found]
    assert [etype for etype, _title in found] == ["tour", "exhibition"]


def test_a_known_venue_in_the_locative_is_where_not_who():
    found = people("Астана, 5 мамыр. Кеше Ақордада Қасым-Жомарт Тоқаев пен Илхам Әлиевтің "
                   "кездесуі өтті.")
    assert [name for name, _kind, _role in found] == ["Қасым-Жомарт Тоқаев", "Илхам Әлиев"]


def test_the_conductor_who_leads_the_orchestra_performs():
    found = people("Шымкент, 5 мамыр. «Отырар сазы» оркестрі 10 мамырда Шымкентте концерт "
                   "береді. Оркестрге дирижер Нұрлан Бекмұхамбетов жетекшілік етеді.")
    assert ("Нұрлан Бекмұхамбетов", "person", "performer") in found


def test_a_town_with_its_locative_before_a_regional_adjective_anchors_the_event():
    found = events("Ақтөбе, 4 наурыз. Қазір Ақтөбеде облыстық ақындар айтысы өтіп жатыр.")
    assert [etype for etype, _title in found] == ["competition"]


def test_readings_named_after_a_writer_and_an_auction_are_events():
    assert [etype for etype, _title in events(
        "Семей, 4 наурыз. Кеше Семейде дәстүрлі Шәкәрім оқулары өтті.")] == ["forum"]
    assert [etype for etype, _title in events(
        "Алматы, 4 наурыз. Кеше Алматыда суретшілердің қайырымдылық аукционы өтті.")] == [
        "other"]


def test_a_short_quotation_followed_by_says_is_speech_not_an_events_name():
    found = events("Тараз, 4 наурыз. Кеше Таразда «Әулиеата» фестивалі ашылды. «Фестиваль "
                   "жыл сайын өтеді», – дейді ұйымдастырушы Мақсат Ерланұлы.")
    assert found == [("festival", "«Әулиеата» фестивалі")]


def test_what_an_official_said_of_the_holiday_does_not_title_it():
    found = events("Шымкент, 2 наурыз. Шымкентте Наурыз мейрамына орай мерекелік іс-шаралар "
                   "басталды. «Наурыз – бірлік мерекесі», – деді қала әкімі.")
    assert [title for _etype, title in found] == ["Наурыз мейрамы"]


def test_qualifying_adjectives_before_the_event_noun_belong_to_its_title():
    found = events("Ақтөбе, 14 қазан. Кеше Ақтөбеде республикалық айтыс өтті. Айтыскерлер "
                   "сөз сайысында бақ сынады.")
    assert found == [("competition", "республикалық айтыс")]
    found = events("Тараз, 18 сәуір. Кеше Таразда жас күйшілердің облыстық байқауы өтті.")
    assert found == [("competition", "күйшілердің облыстық байқауы")]


def test_borrowed_adjectives_of_the_kind_of_event_belong_to_its_title():
    found = events("Семей, 10 тамыз. Кеше Семейде халықаралық ғылыми конференция өтті.")
    assert found == [("forum", "халықаралық ғылыми конференция")]

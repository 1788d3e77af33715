"""Kazakh events and participants, round 6, on short news items written for these tests:
a bare event noun opening a sentence in the locative («Кездесуде …») told in the course
of the event before, an end date alone («… дейін созылады») of the event told before, an
event noun in a case that names no venue or troupe («Гастрольге театрдың әншілері …»),
the author of a titled play against the director of a titled film, and a festival's
quoted name after the theatre where it is held."""

from __future__ import annotations

import pipeline_people

from sahna.document import Document
from sahna.pipeline import process


def people(text: str) -> list[tuple[str, str, str]]:
    return pipeline_people.people(text, "kk")


def events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "kk"
    return [(e.type, e.start, e.end, e.parent) for e in doc.events]


def test_a_meeting_noun_opening_a_sentence_in_the_locative_is_the_meeting_told():
    found = events("Орал, 4 наурыз 2025 жыл. Батыс Қазақстан облысының әкімі Нариман "
                   "Төреғалиев Ресейдің Саратов облысының губернаторы Роман Бусаргинмен "
                   "кездесті. Кездесуде тараптар мамырда Оралда өтетін «Жайық – достық "
                   "өзені» фестиваліне дайындықты талқылады.")
    assert [etype for etype, *_ in found].count("meeting") == 1
    assert "festival" in [etype for etype, *_ in found]
    # the meeting noun in the nominative with a date of its own is another meeting
    found = events("Орал, 4 наурыз 2025 жыл. Облыс әкімі Нариман Төреғалиев Саратов "
                   "облысының губернаторы Роман Бусаргинмен кездесті. Келесі кездесу 12 "
                   "қыркүйекте Саратовта өтеді.")
    assert [etype for etype, *_ in found].count("meeting") == 2


def test_an_end_date_alone_belongs_to_the_exhibition_told_before():
    found = events("Қостанай, 2 желтоқсан 2025 жыл. Бүгін облыстық өнер музейінде «Қысқы "
                   "бояулар» көрмесі ашылды. Көрме 2026 жылғы 20 қаңтарға дейін созылады.")
    assert found == [("exhibition", "2025-12-02", "2026-01-20", None)]


def test_an_event_noun_in_the_dative_names_no_troupe_and_takes_its_attendees():
    found = people("Астана, 5 қазан. «Астана Опера» театры 12-14 қазан аралығында Римде "
                   "гастрольдік сапармен болады. Театр Римдегі «Арджентина» театрында "
                   "«Абай» операсын көрсетеді. Гастрольге театрдың солистері Медет "
                   "Шотабаев пен Салтанат Ахметова қатысады.")
    doc = process(Document(doc_id="t", source="test", raw=(
        "Астана, 5 қазан. «Астана Опера» театры 12-14 қазан аралығында Римде "
        "гастрольдік сапармен болады. Театр Римдегі «Арджентина» театрында «Абай» "
        "операсын көрсетеді. Гастрольге театрдың солистері Медет Шотабаев пен Салтанат "
        "Ахметова қатысады.")))
    tour = next(e for e in doc.events if e.type == "tour")
    assert {"Медет Шотабаев", "Салтанат Ахметова"} <= {p.name for p in tour.participants}
    assert ("Медет Шотабаев", "person", "performer") in found


def test_who_wrote_a_titled_play_takes_no_part_and_who_directed_a_titled_film_does():
    found = people("Шымкент, 3 сәуір. Кеше Шымкенттің драма театрында Тахауи Ахтановтың "
                   "«Күшік күйеу» комедиялық спектаклі қойылды. Басты рөлді Бауыржан "
                   "Қалдыбаев сомдады.")
    assert "Тахауи Ахтанов" not in [name for name, _kind, _role in found]
    assert ("Бауыржан Қалдыбаев", "person", "performer") in found
    found = people("Алматы, 9 қараша. Кеше Алматыдағы «Кинопарк» кинотеатрында режиссер "
                   "Жанна Исабаеваның «Дала әні» деректі фильмінің премьерасы өтті.")
    assert ("Жанна Исабаева", "person", "other") in found


def test_a_festivals_quoted_name_after_the_theatre_that_hosts_it_is_no_performer():
    found = pipeline_people.people(
        "Тараз, 1 қазан. Бүгін Жамбыл облыстық драма театрында «Тараз тұмары» "
        "республикалық театр фестивалі басталды. Фестиваль 5 қазанға дейін жалғасады.",
        "kk")
    assert found == []
    # a troupe's quoted name after the theatre that hosts it still performs
    found = people("Алматы, 20 қыркүйек. Кеше Алматыдағы Абай атындағы опера және балет "
                   "театрында «Астана Балет» театры гастрольдік сапармен өнер көрсетті.")
    assert ("Астана Балет", "group", "performer") in found


def test_those_who_gave_a_report_at_a_forum_take_part_as_guests():
    found = people("Астана, 22 қараша. Кеше Астанада «Мәдени мұра» халықаралық форумы "
                   "өтті. Ерлан Сыдықов пен Асқар Жұмаділдаев баяндама жасады.")
    assert [(name, role) for name, _kind, role in found] == [
        ("Ерлан Сыдықов", "guest"), ("Асқар Жұмаділдаев", "guest")]


def test_the_owner_of_talks_in_the_genitive_meets_the_side_in_the_instrumental():
    found = people("Бішкек, 18 наурыз. Бүгін Бішкекте Аида Балаеваның Мирбек "
                   "Мамбеталиевпен кездесуі өтті.")
    assert found == [("Аида Балаева", "person", "official"),
                     ("Мирбек Мамбеталиев", "person", "official")]
    # the other side's titles, with their commas, stand between the owner and the talks
    found = people("Бішкек, 18 наурыз. Бүгін Бішкекте ҚР Мәдениет және ақпарат министрі "
                   "Аида Балаеваның Қырғыз Республикасының Мәдениет, ақпарат және жастар "
                   "саясаты министрі Мирбек Мамбеталиевпен келіссөздері өтті.")
    assert [name for name, _kind, _role in found] == ["Аида Балаева", "Мирбек Мамбеталиев"]


def test_a_body_before_the_participle_of_organising_the_event_organises_it():
    found = people("Көкшетау, 25 тамыз. Сенбі күні Көкшетауда облыстық мәдениет басқармасы "
                   "ұйымдастырған «Көкше сазы» ән байқауы өтті.")
    assert found == [("облыстық мәдениет басқармасы", "org", "organizer")]


def test_the_event_noun_opening_a_sentence_in_a_case_is_no_part_of_the_organiser():
    found = people("Петропавл, 25 маусым. Бүгін Петропавлда «Мағжан жыры» атты әдеби кеш "
                   "өтті. Кешті облыс әкімдігі мен облыстық мәдениет басқармасы "
                   "ұйымдастырды.")
    assert found == [("облыс әкімдігі", "org", "organizer"),
                     ("облыстық мәдениет басқармасы", "org", "organizer")]


def test_two_bodies_each_owning_a_noun_of_taking_part_are_two_bodies():
    found = people("Түркістан, 1 шілде. 5 шілдеде Түркістанда «Түркі әлемі» фестивалі "
                   "өтеді. Фестиваль Түркістан облысы әкімдігінің қолдауымен және Халықаралық "
                   "Түркі академиясының ұйымдастыруымен өтеді.")
    assert ("Халықаралық Түркі академиясы", "org", "organizer") in found
    assert not any("қолдауымен" in name for name, _kind, _role in found)


def test_a_surname_after_initials_is_a_person_and_a_list_of_them_is_people():
    found = people("Тараз, 5 мамыр. Облыс әкімінің орынбасары Х. Жұмабеков «Рухани "
                   "жаңғыру» бағдарламасы аясында ұйымдастырылған «Ұлы дала елі» атты "
                   "облыстық фестивальдің жабылу салтанатына қатысты.")
    assert found == [("Х. Жұмабеков", "person", "official")]
    found = people("Тараз, 5 мамыр. Кеше Таразда фестиваль өтті. Оған Б. Сапарбаев, "
                   "Е. Кошербаев және А. Мамытбеков қатысты.")
    assert [(name, kind) for name, kind, _role in found] == [
        ("Б. Сапарбаев", "person"), ("Е. Кошербаев", "person"), ("А. Мамытбеков", "person")]


def test_greeting_on_a_holiday_and_awarding_at_the_event_make_no_ceremony_of_their_own():
    found = events("Тараз, 5 мамыр. Кеше Таразда «Ұлы дала елі» фестивалі өтті. Іс-шараға "
                   "облыс әкімі Ербол Қарашөкеев қатысып, жиналғандарды мерекемен "
                   "құттықтады, кейін жеңімпаздарды марапаттады.")
    assert [etype for etype, *_ in found] == ["festival"]
    found = events("Тараз, 22 наурыз. Кеше Таразда мерекелік концерт өтті. Облыс әкімі "
                   "тұрғындарды Наурыз мейрамымен құттықтады.")
    assert [etype for etype, *_ in found] == ["concert"]


def test_a_concerts_quoted_name_after_the_troupe_that_gives_it_is_no_troupe():
    found = people("Ақтау, 5 мамыр. Кеше Ақтауда «Сазген» ансамблі «Ақтау әуендері» атты "
                   "концерт берді.")
    assert found == [("Сазген", "group", "performer")]
    # the troupe's own noun after its quoted name, with its possessive, names it
    found = people("Ақтау, 5 мамыр. Кеше Ақтауда «Ақтау әуендері» хорының концерті өтті.")
    assert found == [("Ақтау әуендері", "group", "performer")]


def test_an_anniversary_marked_and_a_monument_unveiled_are_ceremonies():
    found = events("Семей, 9 сәуір. Бүгін Семейде ақын Шәкәрім Құдайбердіұлының 165 "
                   "жылдығы аталып өтті.")
    assert [etype for etype, *_ in found] == ["ceremony"]
    found = events("Атырау, 3 қыркүйек. Кеше Атырауда Махамбет Өтемісұлына арналған жаңа "
                   "ескерткіш ашылды.")
    assert [etype for etype, *_ in found] == ["ceremony"]
    # the participle of a modifier tells no celebration
    doc = process(Document(doc_id="t", source="test", raw=(
        "Семей, 9 сәуір. Биыл 165 жылдығы тойланатын ақынның мұражайы келер жылы "
        "жөнделеді.")))
    assert doc.events == []


def test_a_holiday_named_as_the_eve_of_what_is_told_is_not_celebrated():
    found = events("Тараз, 7 мамыр. Жеңіс күні қарсаңында Таразда «Мәңгілік полк» шеруі "
                   "өтті.")
    assert [etype for etype, *_ in found] == ["civic"]
    # a holiday named as the occasion («орай») stays the celebration the article tells
    found = events("Өскемен, 25 тамыз. Қала күніне орай Өскеменде мерекелік концерт өтті.")
    assert "concert" in [etype for etype, *_ in found]


def test_the_owner_of_a_quoted_troupe_and_a_shrines_namesake_take_no_part():
    found = people("Тараз, 14 маусым. Кеше Таразда гала-концерт өтті. Концертте Жамбыл "
                   "облыстық филармониясының «Жетісу» ансамблі өнер көрсетті.")
    assert found == [("Жетісу", "group", "performer")]
    found = people("Тараз, 14 маусым. Облыс әкімі Ербол Қарашөкеев Айша бибі кесенесіне "
                   "барып, кейін көрменің ашылу рәсіміне қатысты.")
    assert found == [("Ербол Қарашөкеев", "person", "official")]


def test_whom_an_anniversary_honours_is_no_exhibited_author():
    found = people("Қостанай, 20 қазан. Бүгін Қостанайда Ыбырай Алтынсариннің 185 "
                   "жылдығына арналған конференция өтті. Конференция аясында кітапханада "
                   "Алтынсарин шығармаларының алғашқы басылымдары көрмесі ашылды.")
    assert "Алтынсарин" not in " ".join(name for name, _kind, _role in found)


def test_the_opening_ceremony_of_culture_days_just_opened_is_their_opening():
    found = events("Баку, 12 мамыр. Бүгін Бакуде Қазақстанның мәдениет күндері салтанатты "
                   "түрде ашылды. Ашылу рәсіміне Қазақстанның мәдениет министрі Аида "
                   "Балаева мен Әзербайжанның мәдениет министрі Адиль Керимли қатысты.")
    assert [etype for etype, *_ in found] == ["culture_days"]


def test_a_troupes_home_named_in_its_quoted_name_is_not_where_it_performs():
    doc = process(Document(doc_id="t", source="test", raw=(
        "Баку, 12 мамыр. Кеше Әзербайжан мемлекеттік академиялық опера және балет "
        "театрында Қазақстан өнерпаздарының гала-концерті өтті. Гала-концертте «Астана "
        "Опера» театрының солистері Медет Шотабаев пен Жібек Сәдуақасова өнер көрсетті.")))
    [concert] = doc.events
    assert concert.city == "Baku"


def test_an_acronym_in_a_case_is_a_body_not_a_performer():
    found = pipeline_people.people("Тараз, 14 маусым. Кеше Таразда ТҮРКСОЙ-ға мүше "
                                   "елдердің өнерпаздары қатысқан гала-концерт өтті.", "kk")
    assert found == []
    found = people("Тараз, 14 маусым. Кеше Таразда ТҮРКСОЙ-дың ұйымдастыруымен "
                   "гала-концерт өтті.")
    assert found == [("ТҮРКСОЙ", "org", "organizer")]


def test_the_end_of_the_day_is_no_evening_concert():
    found = events("Түркістан, 3 маусым. Кеше Түркістанда мәдениет министрлерінің форумы "
                   "өтті. Кеш соңында қонақтар «Мәңгі ел» театрландырылған қойылымын "
                   "тамашалады.")
    assert "concert" not in [etype for etype, *_ in found]
    # the end of an evening concert told before keeps its performers there
    assert people("Алматы, 5 мамыр. Кеше Алматыда «Аққу» атты ән кеші өтті. Кеш соңында "
                  "әнші Мақпал Жүнісова марапатталды.") == [
        ("Мақпал Жүнісова", "person", "performer")]

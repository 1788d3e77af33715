"""Event rules on articles written for these tests: triggers, merging, programme parts,
dates, status, places, countries and participants."""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.pipeline import process


def extract(text: str, published: str | None = None, lang_hint: str | None = None):
    doc = process(Document(doc_id="t", source="test", raw=text, published=published))
    if lang_hint:
        assert doc.lang == lang_hint
    return doc.events


def one(events, etype):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.title) for e in events]
    return found[0]


def test_programme_with_listed_parts():
    events = extract(
        "Министр культуры Нурлан Сейтжанов обсудил с послом Узбекистана проведение в Ташкенте "
        "дней казахской культуры. С 12 по 15 мая мы планируем провести в Ташкенте ряд "
        "мероприятий, включая гала-концерт мастеров искусств, выставку современной живописи "
        "и дни казахстанского кино.", lang_hint="ru")
    days = one(events, "culture_days")
    assert (days.start, days.end, days.status) == ("--05-12", "--05-15", "planned")
    assert days.city == "Tashkent" and days.country == "UZ"
    assert set(days.countries) == {"KZ", "UZ"}
    parts = [e for e in events if e.parent == days.id]
    assert sorted(e.type for e in parts) == ["concert", "exhibition", "screening"]
    for part in parts:
        assert part.start is None and part.status == "planned"
        assert part.city == "Tashkent" and part.countries == []


def test_mentions_of_one_concert_merge_and_generic_words_do_not_count():
    events = extract(
        "В Караганде состоялся концерт «Весенние мелодии».\n"
        "В концерте приняли участие лучшие оркестры области. Концерт транслировался "
        "в прямом эфире.\n"
        "Гастроли и фестивали укрепляют культурные связи.", lang_hint="ru")
    concert = one(events, "concert")
    assert "Весенние мелодии" in concert.title and concert.city == "Karaganda"
    assert concert.status == "held"
    assert len(concert.evidence) >= 2
    assert not [e for e in events if e.type in ("tour", "festival")]


def test_status_from_dates_against_publication():
    text = "Выставка «Мастера войлока» пройдёт в Павлодаре 20 марта."
    assert one(extract(text, "2025-03-01"), "exhibition").status == "planned"
    held = one(extract("20 марта в Павлодаре открылась выставка «Мастера войлока».",
                       "2025-06-01"), "exhibition")
    assert held.start == "2025-03-20" and held.status == "held"


def test_participants_in_the_nominative_with_roles():
    events = extract(
        "В Астане состоялась встреча министра культуры Аиды Сарсенбаевой с послом Турции "
        "Мехметом Озтюрком. Во встрече также принял участие депутат Мажилиса Ерлан Жумабаев.",
        lang_hint="ru")
    meeting = one(events, "meeting")
    names = {p.name: (p.kind, p.role) for p in meeting.participants}
    assert names.get("Аида Сарсенбаева") == ("person", "official")
    assert names.get("Ерлан Жумабаев") == ("person", "official")
    assert any(n.startswith("Мехмет") for n in names)
    assert set(meeting.countries) == {"KZ", "TR"}


def test_performer_list_after_a_performance_verb():
    events = extract(
        "В Алматы прошёл концерт «Көктем».\n"
        "Перед зрителями выступили ансамбль «Сазген», группа Ninety One, певица Айгуль "
        "Маратова и квартет «Арай».", lang_hint="ru")
    concert = one(events, "concert")
    names = {p.name: p.kind for p in concert.participants}
    assert names.get("Сазген") == "group" and names.get("Арай") == "group"
    assert names.get("Айгуль Маратова") == "person"
    assert all(p.role == "performer" for p in concert.participants)


def test_english_planned_tour_with_publication_year():
    events = extract(
        "The Abai Opera's tour to Shymkent will take place on June 18 at the Shymkent "
        "Drama Theatre with the support of the Ministry of Culture.", "2024-06-01",
        lang_hint="en")
    tour = one(events, "tour")
    assert (tour.start, tour.status, tour.city, tour.country) == (
        "2024-06-18", "planned", "Shymkent", "KZ")
    assert any(p.role == "organizer" and p.kind == "org" for p in tour.participants)


def test_kazakh_premiere_held():
    events = extract(
        "12 наурыз күні Шымкент қалалық драма театрында «Жетім бала» спектаклінің премьерасы "
        "өтті. Басты рөлді Айжан Серікқызы сомдады.", lang_hint="kk")
    premiere = one(events, "stage")
    assert premiere.start == "--03-12" and premiere.status == "held"
    assert premiere.city == "Shymkent"
    assert "Жетім бала" in premiere.title


def test_no_events_without_triggers():
    assert extract("Сегодня в городе солнечно, ветер северо-западный, 5–7 м/с.") == []


def test_parts_inside_the_programme_dates_belong_to_it():
    events = extract(
        "С 14 по 18 мая в Бишкеке пройдут Дни культуры Казахстана.\n"
        "15 мая в Кыргызском национальном музее откроется выставка «Узоры степи».\n"
        "20 июня в Алматы состоится концерт «Летний вечер».", lang_hint="ru")
    days = one(events, "culture_days")
    exhibition = one(events, "exhibition")
    concert = one(events, "concert")
    assert exhibition.parent == days.id and exhibition.city == "Bishkek"
    assert concert.parent is None and concert.city == "Almaty"


def test_culture_days_of_different_countries_stay_apart():
    events = extract(
        "В Астане пройдут Дни культуры Казахстана в Кыргызстане. "
        "В прошлом году Дни кыргызской культуры прошли в Алматы. "
        "Дни культуры завершатся большим концертом.", lang_hint="ru")
    days = [e for e in events if e.type == "culture_days"]
    assert len(days) == 2
    assert {e.status for e in days} == {"planned", "held"}


def test_laureates_and_concert_halls_are_not_events():
    events = extract(
        "В зале выступили лауреаты международных конкурсов.\n"
        "Ақтөбе қаласындағы концерт залында байқаулардың лауреаттары өнер көрсетті.",
        lang_hint=None)
    assert not [e for e in events if e.type == "competition"]


def test_kazakh_title_drops_the_case_ending():
    events = extract("Биыл қазанда Абай театры Түркияға гастрольдік сапармен барады. "
                     "Театр Анкарада «Абай» операсын көрсетеді.", lang_hint="kk")
    assert all(not e.title.endswith(("мен", "пен", "ын")) for e in events)


def test_english_tour_as_a_verb():
    events = extract("The Otrar Sazy orchestra will tour Uzbekistan from 3 to 6 October 2025.",
                     "2025-09-01", lang_hint="en")
    tour = one(events, "tour")
    assert (tour.start, tour.end, tour.status) == ("2025-10-03", "2025-10-06", "planned")


def test_honorary_titles_do_not_make_a_country_take_part():
    events = extract(
        "Астанада «Ақ желкен» спектаклінің премьерасы өтті. Қойылымның режиссері – "
        "Өзбекстанның еңбек сіңірген әртісі Бахтияр Каримов.", lang_hint="kk")
    stage = one(events, "stage")
    assert "UZ" not in stage.countries


def test_namesakes_and_possessors_are_not_participants():
    events = extract(
        "В Алматы в театре имени Мухтара Ауэзова состоялся концерт «Весна». "
        "Выступил робот по имени Алмас.", lang_hint="ru")
    names = {p.name for p in one(events, "concert").participants}
    assert not any("Ауэзов" in n for n in names)
    assert "Алмас" in names


def test_kazakh_tour_told_by_travelling_and_giving_concerts():
    events = extract(
        "Ансамбль «Сазген» наурыздың 3 күнінен бастап Маңғыстау облысының ауылдарын аралап, "
        "концерт берді.", "2024-04-01", lang_hint="kk")
    tour = one(events, "tour")
    assert tour.start == "2024-03-03" and tour.status == "held"


def test_companies_named_after_their_genre_are_not_performances():
    kk = extract("Гала-концертте Astana Ballet балет труппасы мен опера театрының әншілері "
                 "өнер көрсетті.", lang_hint="kk")
    assert [e.type for e in kk] == ["concert"]
    ru = extract("В гала-концерте выступили солисты театра оперы и балета и артисты "
                 "«Астана Опера».", lang_hint="ru")
    assert [e.type for e in ru] == ["concert"]
    en = extract("The Astana Ballet company and the soloists of the opera house performed "
                 "at the gala concert in Almaty on Friday.", lang_hint="en")
    assert [e.type for e in en] == ["concert"]


def test_a_genre_word_as_an_event_stays():
    events = extract("Вчера в Алматы состоялся спектакль театра драмы «Абай».",
                     lang_hint="ru")
    assert [e.type for e in events] == ["stage"]
    events = extract("On Friday the company staged the ballet Giselle in Almaty.",
                     lang_hint="en")
    assert [e.type for e in events] == ["stage"]


def test_kazakh_place_must_be_in_the_locative_to_be_the_venue_city():
    events = extract("Францияның мәдениет күндері Алматыда өтті. Шараға Париждің "
                     "әкімдігінің өкілдері келді.", lang_hint="kk")
    assert one(events, "culture_days").city == "Almaty"
    events = extract("Парижден келген әншілер концерті кеше Астана қаласында өтті.",
                     lang_hint="kk")
    assert one(events, "concert").city == "Astana"


def test_a_mention_anchored_by_the_date_of_the_next_sentence_in_its_paragraph():
    text = ("Фестиваль народной музыки откроется 3 мая в Шымкенте. "
            "В программе также выставка ремёсел.\n\n"
            "Выставки ремёсел в последние годы собирают всё больше зрителей.")
    events = extract(text, published="2025-04-20", lang_hint="ru")
    exhibitions = [e for e in events if e.type == "exhibition"]
    assert len(exhibitions) == 1
    assert exhibitions[0].evidence[0] == "В программе также выставка ремёсел."


def test_a_bare_mention_in_another_paragraph_stays_generic():
    text = ("Фестиваль народной музыки откроется 3 мая в Шымкенте.\n\n"
            "Выставки ремёсел в последние годы собирают всё больше зрителей.")
    events = extract(text, published="2025-04-20", lang_hint="ru")
    assert not [e for e in events if e.type == "exhibition"]


def test_an_opening_is_the_event_it_opens():
    for text, lang in (("Вчера в Алматы состоялось открытие выставки «Жемчужины культуры».",
                        "ru"),
                       ('The opening of the exhibition "Pearls of culture" took place in '
                        "Astana on 5 May.", "en")):
        events = extract(text, published="2025-06-04", lang_hint=lang)
        assert [e.type for e in events] == ["exhibition"], text


def test_an_opening_ceremony_of_its_own_stays_a_ceremony():
    events = extract("Торжественная церемония открытия состоится 23 апреля в кинотеатре «Манас».",
                     published="2025-04-01", lang_hint="ru")
    assert [e.type for e in events] == ["ceremony"]


def test_the_same_kind_on_other_days_or_in_other_cities_is_another_occurrence():
    events = extract("Первая сессия курултая прошла 16 марта 2023 года в Туркестане.\n"
                     "Следующая сессия курултая прошла 15 марта 2024 года в Атырау.",
                     lang_hint="ru")
    forums = [e for e in events if e.type == "forum"]
    assert sorted((e.start, e.city) for e in forums) == [("2023-03-16", "Turkestan"),
                                                         ("2024-03-15", "Atyrau")]


def test_a_later_mention_of_the_same_day_is_the_same_event():
    events = extract("Гала-концерт пройдёт 3 октября в Казани.\n"
                     "Билеты на гала-концерт 3 октября уже в продаже.",
                     published="2025-09-01", lang_hint="ru")
    assert len([e for e in events if e.type == "concert"]) == 1


def test_a_quoted_name_beside_a_verb_of_occurring_is_an_event():
    cases = [("«Домбыра Party» пройдёт в субботу в Костанае.", "ru", "Kostanay"),
             ('"Steppe Sounds" took place in Almaty on 5 May.', "en", "Almaty"),
             ("«Көктем шуағы» кеше Алматыда өтті.", "kk", "Almaty")]
    for text, lang, city in cases:
        events = extract(text, published="2025-06-04", lang_hint=lang)
        assert [(e.type, e.city) for e in events] == [("other", city)], text


def test_quoted_names_of_bodies_or_without_date_and_place_are_no_events():
    for text, lang in (("Мероприятие, организованное организацией «Тюрксой», проходит в "
                        "Турции с 1 по 10 июня.", "ru"),
                       ("«Домбыра Party» пройдёт интересно.", "ru")):
        events = extract(text, published="2025-06-04", lang_hint=lang)
        assert not [e for e in events if e.type == "other" and "«" in e.title], text


def test_an_exhibition_dated_by_its_opening_runs_on():
    events = extract("27 октября в художественном музее Павлодара открылась выставка "
                     "графики.", published="2025-10-30", lang_hint="ru")
    assert one(events, "exhibition").status == "ongoing"
    events = extract("27 октября в художественном музее Павлодара прошла выставка "
                     "графики.", published="2025-10-30", lang_hint="ru")
    assert one(events, "exhibition").status == "held"


def test_a_programme_reported_on_its_opening_day_is_under_way():
    events = extract("Сегодня в Караганде начались Дни культуры Узбекистана: в драмтеатре "
                     "прошёл концерт мастеров искусств.", published="2025-11-30",
                     lang_hint="ru")
    assert one(events, "culture_days").status == "ongoing"
    events = extract("Бүгін Қарағандыда Өзбекстан мәдениеті күндері басталды.",
                     published="2025-11-30", lang_hint="kk")
    assert one(events, "culture_days").status == "ongoing"
    # a one-day event that day was held
    events = extract("Сегодня в Караганде прошёл концерт мастеров искусств Узбекистана.",
                     published="2025-11-30", lang_hint="ru")
    assert one(events, "concert").status == "held"


def test_continuing_and_slated_events():
    events = extract("The ethno festival in Almaty will continue until 13 September.",
                     published="2025-09-10", lang_hint="en")
    assert one(events, "festival").status == "ongoing"
    events = extract("Kazakh Cinema Days are slated to open at the Vatan cinema in Dushanbe.",
                     published="2025-08-01", lang_hint="en")
    assert one(events, "screening").status == "planned"


@pytest.mark.parametrize(("lang", "text", "etype", "status"), [
    ("ru", "В Павлодаре стартовал фестиваль уличных театров «Двор».", "festival", "ongoing"),
    ("ru", "В Таразе началась выставка войлочных ковров.", "exhibition", "ongoing"),
    ("ru", "В Актау начал свою работу форум молодых писателей.", "forum", "ongoing"),
    ("ru", "Фестиваль уличных театров «Двор» в Павлодаре в самом разгаре.", "festival",
     "ongoing"),
    ("ru", "Концерт хора «Шалкыма» в Актобе отложили из-за непогоды, сообщили в "
           "областном управлении культуры.", "concert",
     "cancelled"),
    ("en", "The street theatre festival Yard kicked off in Pavlodar.", "festival", "ongoing"),
    ("en", "The street theatre festival Yard is in full swing in Pavlodar.", "festival",
     "ongoing"),
    ("en", "The choir concert in Aktobe was put off because of the storm.", "concert",
     "cancelled"),
    ("ru", "В Павлодаре прошёл фестиваль уличных театров «Двор».", "festival", "held"),
    ("en", "The street theatre festival Yard wrapped up in Pavlodar.", "festival", "held"),
])
def test_started_running_and_put_off(lang, text, etype, status):
    """A festival or an exhibition that has started («стартовал», "kicked off") is
    reported while it runs; one put off («отложили», "put off") is cancelled."""
    assert one(extract(text, lang_hint=lang), etype).status == status


@pytest.mark.parametrize(("lang", "text", "etype", "status"), [
    ("ru", "Драматический театр приглашает зрителей на премьеру спектакля «Абай» в "
           "Караганде.", "stage", "planned"),
    ("ru", "В Караганде готовятся к фестивалю народного танца «Булак».", "festival",
     "planned"),
    ("ru", "Министр предложил провести в Караганде фестиваль народного танца «Булак».",
     "festival", "planned"),
    ("ru", "Концерт оркестра «Сазген» в Караганде не состоится из-за ремонта зала.",
     "concert", "cancelled"),
    ("en", "The president said the referendum would be held in October across the country.",
     "civic", "planned"),
    ("en", "The concert of the Sazgen orchestra is set for Friday in Karaganda.", "concert",
     "planned"),
    ("en", "The concert of the Sazgen orchestra in Karaganda will not take place this year.",
     "concert", "cancelled"),
    ("en", "The exhibition, set for release of the catalogue, was held in Karaganda.",
     "exhibition", "held"),
    ("kk", "Драма театры көрермендерді «Абай» спектаклінің премьерасына шақырады.", "stage",
     "planned"),
])
def test_invitations_preparations_proposals_and_negated_occurrence(lang, text, etype, status):
    """Invitations, preparations and proposals announce what is to come; «не
    состоится», "will not take place" call it off (the longer cue before «состоится»,
    "will")."""
    assert one(extract(text, lang_hint=lang), etype).status == status


def test_the_country_whose_culture_is_shown_takes_part():
    events = extract("The Days of Kazakhstan Culture were held in Baku in December 2023.",
                     lang_hint="en")
    assert one(events, "culture_days").countries == ["AZ", "KZ"]


def test_a_city_whose_culture_travels_is_a_side():
    for text, lang in (("В Москве проходят Дни культуры города Астаны.", "ru"),
                       ("Мәскеу қаласында Астана қаласының мәдениет күндері өтіп жатыр.",
                        "kk")):
        event = one(extract(text, published="2025-06-04", lang_hint=lang), "culture_days")
        assert (event.city, event.countries) == ("Moscow", ["KZ", "RU"]), text


def test_places_from_a_hosting_city_a_name_and_a_dateline():
    event = one(extract("Astana hosting Days of Azerbaijani Culture", lang_hint="en"),
                "culture_days")
    assert event.city == "Astana"
    event = one(extract("The 5th World Nomad Games Astana 2024 will continue until "
                        "September 13.", published="2024-09-10", lang_hint="en"),
                "competition")
    assert event.city == "Astana"
    events = extract("Семей.30.11.25. Сегодня в рамках Дней культуры города Шымкент "
                     "театр эстрады представил музыкальную комедию «Кто прав?».",
                     lang_hint="ru")
    assert one(events, "stage").city == "Semey"


def test_a_tour_named_after_its_home_city_is_not_placed_there():
    events = extract("Гастроли Алматинского театра пройдут в Москве в мае 2026 года.",
                     published="2026-01-10", lang_hint="ru")
    assert one(events, "tour").city == "Moscow"


def test_another_tense_in_a_later_sentence_of_the_same_year_is_the_same_programme():
    events = extract("В Бишкеке с 23 по 26 апреля 2024 года пройдет кинофестиваль "
                     "короткометражных фильмов.\n"
                     "В этом году на кинофестиваль было подано свыше 800 заявок.",
                     published="2024-04-19", lang_hint="ru")
    assert len([e for e in events if e.type == "festival"]) == 1


def test_laureates_of_contests_with_modifiers_between_are_no_contest():
    for text, lang in (("Laureates of international competitions performed in Almaty on "
                        "5 May.", "en"),
                       ("Лауреаты многих международных конкурсов выступили в Алматы 5 мая.",
                        "ru")):
        events = extract(text, published="2025-06-01", lang_hint=lang)
        assert not [e for e in events if e.type == "competition"], text


def test_plural_events_with_only_a_verb_are_a_class_not_an_occurrence():
    events = extract("Various commemorative exhibitions and concerts are planned throughout "
                     "the Turkic world.", lang_hint="en")
    assert events == []
    events = extract("Exhibitions and concerts will be held in Almaty on 5 May.",
                     published="2025-04-01", lang_hint="en")
    assert sorted(e.type for e in events) == ["concert", "exhibition"]


def test_this_production_repeats_the_event_before_it():
    events = extract("Вчера в Семее театр показал музыкальную комедию «Кто прав?».\n"
                     "Эта музыкально-развлекательная постановка собрала полный зал.",
                     published="2025-06-04", lang_hint="ru")
    assert len(events) == 1


def test_a_framing_mention_elsewhere_is_the_same_festival():
    events = extract("В Кастамону 1 июня открылся фестиваль искусств тюркских народов.\n"
                     "В рамках фестиваля оркестр также выступит в Анкаре и Болу.",
                     published="2025-06-02", lang_hint="ru")
    assert len([e for e in events if e.type == "festival"]) == 1


def test_participants_of_a_festival_are_people_not_a_festival():
    events = extract("Бүгін фестиваль қатысушыларының қатысуымен Анталияда форум өтті.",
                     published="2025-06-02", lang_hint="kk")
    assert [e.type for e in events] == ["forum"]


def test_a_ceremony_with_a_complement_is_an_event_of_its_own():
    events = extract("The ceremony of signing the memorandum between the national libraries "
                     "and a concert of the dance ensemble will take place in Astana on "
                     "September 25.", published="2025-09-01", lang_hint="en")
    ceremony = one(events, "ceremony")
    assert ceremony.title == "ceremony of signing the memorandum"
    assert one(events, "concert").title == "concert of the dance ensemble"


def test_performers_after_a_gala_inside_culture_days_are_the_galas():
    events = extract("Мәскеуде Астана қаласының мәдениет күндері аясында елордалық ұжымдар "
                     "гала-концерт берді.\n"
                     "Сахнада әншілер Роза Рымбаева мен Нұржамал Үсенбаева өнер көрсетті.",
                     published="2025-06-04", lang_hint="kk")
    concert, days = one(events, "concert"), one(events, "culture_days")
    assert {p.name for p in concert.participants} >= {"Роза Рымбаева"}
    assert not days.participants


def test_the_meeting_refers_back_and_brings_its_attendees():
    events = extract("On 16 November 2024, the 41st meeting of the Permanent Council of "
                     "the organisation was held in Ashgabat.\n"
                     "The meeting was attended by Director General Audrey Azoulay.",
                     lang_hint="en")
    assert len(events) == 1
    assert [p.name for p in events[0].participants] == ["Audrey Azoulay"]


def test_officials_who_welcome_the_participants_take_part():
    events = extract("Фестиваль открылся в Алматы 5 мая.\n"
                     "Участников приветствовал министр культуры Аида Балаева.",
                     published="2025-05-06", lang_hint="ru")
    assert [(p.name, p.role) for p in one(events, "festival").participants] == [
        ("Аида Балаева", "official")]


def test_kazakh_progressive_participle_says_under_way():
    events = extract("Мәскеуде өтіп жатқан Астана қаласының мәдениет күндеріне көрермендер "
                     "көп келді.", published="2025-06-04", lang_hint="kk")
    assert one(events, "culture_days").status == "ongoing"


def test_one_day_for_several_events_of_a_sentence():
    events = extract("The presentation of the book and an ethno-jazz concert are scheduled "
                     "to take place in Astana on September 24.", published="2025-09-01",
                     lang_hint="en")
    assert {e.start for e in events} == {"2025-09-24"} and len(events) == 2


def test_a_compound_event_word_is_its_last_part():
    events = extract("Вчера в Караганде прошёл онлайн-конкурс молодых исполнителей.",
                     published="2025-06-04", lang_hint="ru")
    assert one(events, "competition").status == "held"
    events = extract("Кеше Қарағандыда жас орындаушылардың онлайн-байқауы өтті.",
                     published="2025-06-04", lang_hint="kk")
    assert one(events, "competition").status == "held"
    # a press occasion and a hyphenated name are no compound event words
    assert not extract("Вчера в Караганде прошла пресс-конференция министра культуры.",
                       published="2025-06-04", lang_hint="ru")


def test_an_english_festival_that_opened_runs_on():
    events = extract("The jazz festival opened at the Philharmonic in Almaty on Friday, "
                     "bringing together musicians from 12 countries.", lang_hint="en")
    assert one(events, "festival").status == "ongoing"


def test_the_lead_gives_the_headline_event_its_facts():
    text = ("Folk orchestra to tour Central Asia this autumn\n\n"
            "The national folk orchestra will perform in Bishkek, Tashkent and Dushanbe "
            "from October 12 to 20, the ministry said.\n\n"
            "The musicians have rehearsed a new programme for months.")
    tour = one(extract(text, published="2025-09-01", lang_hint="en"), "tour")
    assert (tour.start, tour.end, tour.status) == ("2025-10-12", "2025-10-20", "planned")
    # a lead with an event of its own keeps its facts to itself
    text = ("Folk orchestra to tour Central Asia this autumn\n\n"
            "A gala concert of the orchestra will be held in Astana on October 2, the "
            "ministry said.")
    tour = one(extract(text, published="2025-09-01", lang_hint="en"), "tour")
    assert tour.start == "2025"  # its own "this autumn", not the concert's October 2


def test_genres_a_theatre_is_named_after_are_no_performance():
    events = extract("Кеше Астанада гала-концерт өтті. Концертте Абай атындағы опера және "
                     "балет театрының әртістері өнер көрсетті.", lang_hint="kk")
    assert [e.type for e in events] == ["concert"]
    events = extract("A gala concert was held in Astana on Friday with soloists of the Abai "
                     "Opera and Ballet Theatre.", lang_hint="en")
    assert [e.type for e in events] == ["concert"]


def test_an_unplaced_event_happens_in_the_articles_country():
    # the article's cities all lie in one country: its unplaced events happen there
    events = extract("Вчера в Бишкеке открылся фестиваль народной музыки. Министр культуры "
                     "провёл встречу с послом Турции.", published="2025-06-04",
                     lang_hint="ru")
    assert one(events, "meeting").country == "KG"
    # a Kazakh article that places nothing writes about Kazakhstan
    events = extract("Премьер-министр Олжас Бектенов губернатормен кездесті.",
                     published="2025-06-04", lang_hint="kk")
    assert one(events, "meeting").country == "KZ"
    # a Russian article that places nothing may be from any country
    events = extract("Министр культуры провёл встречу с послом Турции.",
                     published="2025-06-04", lang_hint="ru")
    assert one(events, "meeting").country is None


def test_a_celebration_that_is_the_occasion_of_another_event_is_not_reported():
    events = extract("В Павлодаре открылась выставка, приуроченная к празднованию Дня города.",
                     published="2025-06-04", lang_hint="ru")
    assert [e.type for e in events] == ["exhibition"]
    events = extract("The aitys of young akyns in Pavlodar was timed to the celebration of "
                     "the 100th anniversary of the Alash movement.", published="2025-06-04",
                     lang_hint="en")
    assert [e.type for e in events] == ["competition"]
    # a celebration that frames its parts is reported
    events = extract("The opening of the sculpture took place as part of a celebration of the "
                     "90th anniversary of the district.", published="2025-06-04",
                     lang_hint="en")
    assert "ceremony" in [e.type for e in events]


def test_events_the_sides_agreed_to_hold_are_planned():
    for text, lang in (("The ministers agreed to hold the Days of Uzbek Culture in Astana in "
                        "May.", "en"),
                       ("Министры договорились провести Дни культуры Узбекистана в Астане в "
                        "мае.", "ru")):
        events = extract(text, published="2025-02-11", lang_hint=lang)
        assert one(events, "culture_days").status == "planned", text


def test_a_date_before_the_frame_phrase_is_the_framed_events():
    events = extract("The orchestra will give a gala concert at the Bolshoi Theatre in Moscow on "
                     "April 5 as part of the Days of Kazakh Culture in Russia.",
                     published="2025-03-01", lang_hint="en")
    assert one(events, "concert").start == "2025-04-05"
    assert one(events, "culture_days").start is None


def test_a_kazakh_troupe_touring_abroad_makes_kazakhstan_a_side():
    events = extract("Қостанай облыстық драма театры кеше Ұлан-Батор қаласында гастрольдік "
                     "сапарын бастады.", published="2025-06-04", lang_hint="kk")
    tour = one(events, "tour")
    assert tour.country == "MN" and sorted(tour.countries) == ["KZ", "MN"]


def test_a_date_after_the_frame_phrase_is_the_framed_events_too():
    events = extract("В рамках Дней культуры Узбекистана в Казахстане с 10 по 14 мая в Шымкенте "
                     "пройдут гастроли Ташкентского театра драмы.",
                     published="2025-05-02", lang_hint="ru")
    tour = one(events, "tour")
    assert (tour.start, tour.end) == ("2025-05-10", "2025-05-14")
    days = one(events, "culture_days")
    assert days.start is None and tour.parent == days.id


def test_a_programme_with_a_part_under_way_or_held_today_is_under_way():
    events = extract("В рамках Дней культуры Узбекистана в Казахстане с 10 по 14 мая в Шымкенте "
                     "проходят гастроли Ташкентского театра драмы.",
                     published="2025-05-12", lang_hint="ru")
    assert one(events, "tour").status == "ongoing"
    assert one(events, "culture_days").status == "ongoing"
    events = extract("В рамках Дней культуры Шымкента в Семее театр эстрады сегодня "
                     "представил комедию «Кто прав?».", published="2025-11-30",
                     lang_hint="ru")
    stage = one(events, "stage")
    assert stage.start == "2025-11-30" and stage.status == "held"
    days = one(events, "culture_days")
    assert stage.parent == days.id and days.status == "ongoing"


@pytest.mark.parametrize(("text", "lang"), [
    ("В Ташкенте в Музее искусств открылась выставка живописи «Поэзия гор». И ещё одна "
     "выставка открылась в Ташкенте в Доме фотографии.", "ru"),
    ("An exhibition of ceramics opened at the State Museum in Almaty on Monday. Another "
     "exhibition opened at the Kasteyev Museum on the same day.", "en"),
    ("Алматыда Қастеев музейінде кескіндеме көрмесі ашылды. Тағы бір көрме Ұлттық музейде "
     "ашылды.", "kk"),
])
def test_another_names_a_further_occurrence(text, lang):
    """«ещё одна выставка», "another exhibition", «тағы бір көрме» open a new event and
    are not part of its title."""
    shows = [e for e in extract(text, lang_hint=lang) if e.type == "exhibition"]
    assert len(shows) == 2
    assert not any(w in shows[1].title.lower().split() for w in ("одна", "another", "бір"))


def test_a_later_mention_says_an_exhibition_runs_on():
    events = extract("Как сообщили в музее, в Ташкенте прошла выставка живописи Малика "
                     "Набиева. На выставке демонстрируются сто полотен.", lang_hint="ru")
    assert one(events, "exhibition").status == "ongoing"


def test_a_quoted_name_after_an_event_noun_set_aside_keeps_its_type():
    """«победитель онлайн-конкурса «…»»: the noun qualifies the winner, yet the quoted
    name beside an occurrence verb is that competition."""
    events = extract("В Астане объявили победителя онлайн-конкурса «Золотая домбра», который "
                     "проходил до 2 июля.", published="2025-07-05", lang_hint="ru")
    contest = one(events, "competition")
    assert "Золотая домбра" in contest.title and contest.status == "held"


def test_a_name_already_carried_by_an_event_is_not_a_second_event():
    events = extract("В Астане прошёл конкурс «Золотая домбра». «Золотая домбра» проходила "
                     "2 июля в Астане.", published="2025-07-05", lang_hint="ru")
    assert len(events) == 1


def test_a_city_in_a_shown_works_title_is_its_subject_not_its_place():
    events = extract("В Семее открылись Дни культуры Шымкента. Завтра в театре имени Абая "
                     "откроется выставка «Старый город — Шымкент».",
                     published="2025-11-30", lang_hint="ru")
    assert one(events, "exhibition").city != "Shymkent"
    festival = one(extract("The Almaty Jazz Festival will open on 5 May.",
                           published="2025-04-01", lang_hint="en"), "festival")
    assert festival.city == "Almaty"


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("Алматинский оркестр выступил на фестивале тюркских искусств в городе Кастамону. "
     "Оркестр вернётся в Алматы в июле.", "ru", "Kastamonu"),
    ("The Almaty orchestra played at a festival of Turkic arts in the city of Kastamonu. The "
     "orchestra returns to Almaty in July.", "en", "Kastamonu"),
])
def test_a_settlement_word_between_the_preposition_and_the_name(text, lang, city):
    assert one(extract(text, published="2025-06-10", lang_hint=lang), "festival").city == city


def test_russian_day_a_festival_ends_on_is_its_end_and_it_is_under_way():
    found = extract("В Таразе продолжается фестиваль народного творчества «Көктем». "
                    "Фестиваль завершится 14 октября.", published="2025-10-10")
    festival = one(found, "festival")
    assert (festival.start, festival.end) == (None, "2025-10-14")
    assert festival.status == "ongoing"


def test_russian_staged_by_credits_the_play_named_before_it():
    found = extract("Сегодня в Таразе зрителям покажут спектакль «Айман – Шолпан» в "
                    "постановке областного драмтеатра.", published="2025-10-10")
    assert [e.type for e in found] == ["stage"]


def test_russian_staged_by_alone_states_the_performance():
    found = extract("В день открытия в Таразе показали «Айман – Шолпан» в постановке "
                    "Асхата Маемирова.", published="2025-10-10")
    assert "stage" in {e.type for e in found}


@pytest.mark.parametrize(("sentence", "etype"), [
    ("В Кокшетау широко отметили День Конституции.", "ceremony"),
    ("В Караганде прошёл творческий отчёт коллективов самодеятельности.", "concert"),
    ("В Таразе прошёл концерт-реквием памяти жертв репрессий.", "concert"),
])
def test_more_kinds_of_russian_events(sentence, etype):
    assert etype in {e.type for e in extract(sentence, published="2025-06-10")}


def test_talks_held_and_the_visit_they_plan_are_two_meetings():
    found = extract("Президент Казахстана Касым-Жомарт Токаев провёл телефонный разговор с "
                    "Президентом Узбекистана Шавкатом Мирзиёевым. Токаев пригласил Мирзиёева "
                    "посетить Казахстан с государственным визитом в следующем году.",
                    published="2025-06-10")
    meetings = sorted((e.status, e.start) for e in found if e.type == "meeting")
    assert meetings == [("held", None), ("planned", "2026")]


def test_russian_exhibition_that_goes_on_working_is_under_way():
    found = extract("В Караганде продолжает работу выставка «Степные мотивы».",
                    published="2025-06-10")
    assert one(found, "exhibition").status == "ongoing"


def test_russian_performing_verb_with_a_day_and_a_place_is_a_concert():
    doc = process(Document(doc_id="t", source="test",
                           raw="Хор «Жулдыз» выступит 18 мая в Костанае."))
    [event] = doc.events
    assert (event.type, event.start, event.city, event.status) == (
        "concert", "--05-18", "Kostanay", "planned")
    assert [(p.name, p.kind) for p in event.participants] == [("Жулдыз", "group")]


def test_russian_speaking_verb_without_a_performer_is_no_concert():
    # «выступить» is also to give a speech: without a singer or a troupe, no concert
    doc = process(Document(doc_id="t", source="test",
                           raw="Депутат выступит 18 мая в Костанае с отчётом перед жителями."))
    assert [e.type for e in doc.events] == []


def test_russian_athletes_from_countries_make_them_sides():
    # people who come «из» a country to take part tie it to the event (spec: countries)
    events = extract("С 5 по 10 апреля в Караганде пройдет международный турнир по боксу. "
                     "В соревнованиях примут участие спортсмены из Казахстана, России, "
                     "Узбекистана и Монголии.", lang_hint="ru")
    assert sorted(one(events, "competition").countries) == ["KZ", "MN", "RU", "UZ"]


def test_russian_things_from_a_country_do_not_make_it_a_side():
    events = extract("С 5 по 10 апреля в Караганде пройдет выставка. На ней покажут "
                     "экспонаты из Китая и Монголии.", lang_hint="ru")
    assert one(events, "exhibition").countries == []


@pytest.mark.parametrize("text", [
    "Победителем конкурса, прошедшего 12 октября в Шымкенте, стал Ержан Сапаров.",
    "Победителем конкурса, который прошел 12 октября в Шымкенте, стал Ержан Сапаров.",
])
def test_russian_contest_a_winner_qualifies_is_an_event_when_told_as_occurring(text):
    event = one(extract(text, lang_hint="ru"), "competition")
    assert (event.start, event.city) == ("--10-12", "Shymkent")
    assert [p.name for p in event.participants] == ["Ержан Сапаров"]


def test_russian_quoted_group_name_is_written_as_in_the_quotes():
    events = extract("Гран-при фестиваля 12 октября в Шымкенте получил народный ансамбль "
                     "«Нурлы жол» из Сайрамского района.", lang_hint="ru")
    assert [p.name for e in events for p in e.participants] == ["Нурлы жол"]


FORUM_WITH_PARTS = (
    "В Караганде прошел форум молодых писателей\n\n"
    "КАРАГАНДА, 20 мая.\n\n"
    "17–18 мая в городе прошел II Форум молодых писателей Центральной Азии.\n\n"
    "В рамках форума прошли творческие встречи, круглый стол «Книга и экран» и "
    "концерт авторской песни.\n\n"
    "Форум открыл аким области Ермаганбет Булекпаев.")


def test_a_part_named_inside_its_frame_is_not_merged_into_the_programme():
    events = extract(FORUM_WITH_PARTS, lang_hint="ru")
    forums = [e for e in events if e.type == "forum"]
    programme = next(e for e in forums if "II Форум" in e.title)
    table = next(e for e in forums if "круглый стол" in e.title)
    assert table is not programme and table.parent == programme.id


def test_headline_joins_the_lead_after_a_dateline_and_a_bare_repeat_joins_its_word():
    events = extract(FORUM_WITH_PARTS, lang_hint="ru")
    programme = next(e for e in events if "II Форум" in e.title)
    # the headline's forum is the lead's, though a dateline stands between them
    assert len([e for e in events if e.type == "forum" and e.parent is None]) == 1
    assert (programme.start, programme.end) == ("--05-17", "--05-18")
    # «Форум открыл …» is the forum's, not the round table's told just before
    assert [p.name for p in programme.participants] == ["Ермаганбет Булекпаев"]


def test_every_part_listed_inside_a_frame_belongs_to_it():
    # «в рамках форума прошли A, B и C»: the frame word governs «форума» only, so the
    # first item, right after the verb, is a part like the others (not a frame)
    events = extract(FORUM_WITH_PARTS, lang_hint="ru")
    programme = next(e for e in events if "II Форум" in e.title)
    parts = [e for e in events if e.parent == programme.id]
    assert {e.type for e in parts} == {"other", "forum", "concert"}


def test_a_holidays_own_name_titles_its_celebration_over_the_generic_noun():
    events = extract("Жители Костаная отметили День города.\n\nПраздничные мероприятия прошли "
                     "на центральной площади и в парках.", lang_hint="ru")
    assert one(events, "ceremony").title == "День города"


def test_russian_receiving_an_official_is_a_meeting_taking_part_is_not():
    [meeting] = extract("Аким Атырау Серик Шапкенов принял посла Франции.", lang_hint="ru")
    assert meeting.type == "meeting"
    assert [p.name for p in meeting.participants] == ["Серик Шапкенов"]
    # «принял участие», «принял решение»: the object is a thing, not whom one receives
    events = extract("В открытии выставки 5 мая в Атырау принял участие министр культуры "
                     "Ерлан Кожагапанов.", lang_hint="ru")
    assert [e.type for e in events] == ["exhibition"]


CULTURE_DAYS_PROGRAMME = (
    "С 3 по 5 июня в Шымкенте пройдут Дни культуры Таджикистана в Казахстане.\n\n"
    "Программа включает гала-концерт мастеров искусств, выставку таджикских художников "
    "и показ фильмов. В мероприятиях примут участие министр культуры Таджикистана "
    "Матлубахон Сатториён и певец Далер Назаров.")


def test_russian_programme_that_includes_parts_lists_each_of_them():
    events = extract(CULTURE_DAYS_PROGRAMME, lang_hint="ru")
    days = one(events, "culture_days")
    assert {e.type for e in events if e.parent == days.id} == {
        "concert", "exhibition", "screening"}


def test_russian_people_of_the_events_together_take_part_in_the_programme():
    events = extract(CULTURE_DAYS_PROGRAMME, lang_hint="ru")
    days = one(events, "culture_days")
    assert "Далер Назаров" in [p.name for p in days.participants]
    assert not any(e.participants for e in events if e.parent == days.id)


def test_russian_concert_for_a_holiday_reports_the_concert_not_the_holiday():
    # «концерт ко Дню …»: the holiday is the occasion; «подготовка к празднованию …»
    # has no event noun before «к», and the celebration stays an event
    events = extract("В Шардаре прошел концерт ко Дню Независимости.\n\nКонцерт состоялся "
                     "14 декабря в районном Доме культуры.", lang_hint="ru")
    assert [e.type for e in events] == ["concert"]


def test_russian_award_at_the_end_of_a_concert_is_part_of_it():
    events = extract("В Шардаре 14 декабря состоялся праздничный концерт.\n\nВ завершение "
                     "мероприятия состоялось награждение лучших работников культуры.",
                     lang_hint="ru")
    assert [e.type for e in events] == ["concert"]


def test_an_award_ceremony_with_its_own_day_is_an_event_of_its_own():
    events = extract("В Шардаре 14 декабря состоялся праздничный концерт.\n\n16 декабря "
                     "состоится награждение лучших работников культуры.", lang_hint="ru")
    assert sorted(e.type for e in events) == ["ceremony", "concert"]
@pytest.mark.parametrize("second", [
    "Мероприятие состоится 5 декабря на площади Республики.",
    "Он пройдёт 5 декабря на площади Республики.",
])
def test_the_day_told_right_after_an_event_is_its_day(second):
    """A sentence that names no event but says when something takes place tells it of
    the event of the sentence before it."""
    events = extract("В Астане пройдёт фестиваль уличных театров «Двор». " + second,
                     published="2025-11-20", lang_hint="ru")
    festival = one(events, "festival")
    assert (festival.start, festival.status) == ("2025-12-05", "planned")


@pytest.mark.parametrize("text", [
    "В музее Караганды открылась выставка «Степь». Музей был основан 5 мая 1935 года.",
    "В музее Караганды открылась выставка «Степь».\n\nНовый зал откроется 5 декабря.",
])
def test_a_day_without_an_occurrence_or_in_another_paragraph_is_not_the_events(text):
    events = extract(text, published="2025-11-20", lang_hint="ru")
    assert one(events, "exhibition").start is None


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В Таразе открылся фестиваль уличных театров «Двор». В прошлом году фестиваль "
           "собрал более пяти тысяч зрителей."),
    ("ru", "В Таразе пройдёт фестиваль уличных театров «Двор». Впервые фестиваль прошёл "
           "в 2001 году."),
    ("en", "The Yard street theatre festival opened in Taraz. Last year the festival drew "
           "over 5,000 visitors."),
    ("kk", "Таразда «Аула» көше театрлары фестивалі ашылды. Былтыр фестивальге бес мыңнан "
           "астам көрермен келді."),
])
def test_a_past_year_of_an_earlier_edition_does_not_date_a_running_or_coming_event(lang, text):
    festival = extract(text, published="2025-11-20", lang_hint=lang)[0]
    assert festival.type == "festival"
    assert festival.start is None and festival.status in ("ongoing", "planned")


def test_a_past_year_dates_an_event_told_in_the_past():
    events = extract("Дни казахской культуры в Анкаре. В прошлом году Дни казахской культуры "
                     "прошли в Анкаре.", published="2025-03-01", lang_hint="ru")
    assert one(events, "culture_days").start == "2024"


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("ru", "Концерт, посвящённый Дню Республики 25 октября, прошёл в Астане 18 октября.",
     "2025-10-18"),
    ("en", "The concert, dedicated to Republic Day on October 25, took place in Astana on "
           "October 18.", "2025-10-18"),
    # the holiday's day is the only one: the celebration takes it
    ("ru", "Концерт, посвящённый Дню Республики 25 октября, прошёл в Астане.", "2025-10-25"),
])
def test_the_day_of_a_holiday_named_as_the_occasion_gives_way_to_the_events_own(lang, text,
                                                                                 day):
    assert one(extract(text, published="2025-11-20", lang_hint=lang), "concert").start == day


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Дни культуры Казахстана пройдут в Баку с 25 по 28 апреля. 25 апреля состоится "
           "гала-концерт мастеров искусств, 26 апреля откроется выставка ковров."),
    ("kk", "Бакуде 25-28 сәуір аралығында Қазақстан мәдениеті күндері өтеді. 25 сәуірде "
           "гала-концерт өтеді, 26 сәуірде қолөнер көрмесі ашылады."),
])
def test_a_date_belongs_to_the_event_of_its_own_clause_not_one_across_a_comma(lang, text):
    events = extract(text, published="2025-04-01", lang_hint=lang)
    assert one(events, "concert").start == "2025-04-25"
    assert one(events, "exhibition").start == "2025-04-26"


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("kk", "Бүгін Астанада «Шабыт» фестивалі басталды. Ол 10 желтоқсанға дейін жалғасады.",
     "2025-12-05", "2025-12-10"),
    ("en", "The Steppe exhibition opened in Karaganda on December 5. It runs until January 10.",
     "2025-12-05", "2026-01-10"),
])
def test_the_end_told_right_after_an_event_closes_its_run(lang, text, start, end):
    event = extract(text, published="2025-12-05", lang_hint=lang)[0]
    assert (event.start, event.end, event.status) == (start, end, "ongoing")


def test_a_deadline_told_after_a_contest_is_not_its_end():
    events = extract("Открыт приём заявок на конкурс молодых пианистов «Шабыт». Заявки "
                     "принимаются до 10 января.", published="2025-12-05", lang_hint="ru")
    assert one(events, "competition").end is None


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Аким Актобе встретился с послом Турции. В ходе встречи стороны отметили, что в "
           "2026 году Актобе станет культурной столицей тюркского мира."),
    ("en", "The akim of Aktobe met the Turkish ambassador. During the talks the sides noted "
           "that in 2026 Aktobe will become the cultural capital of the Turkic world."),
    ("kk", "Ақтөбе әкімі Түркия елшісімен кездесті. Кездесу барысында тараптар Ақтөбенің "
           "2026 жылы түркі әлемінің мәдени астанасы болатынын атап өтті."),
])
def test_a_year_spoken_of_during_an_event_does_not_date_it(lang, text):
    assert one(extract(text, published="2025-11-20", lang_hint=lang), "meeting").start is None


def test_a_day_told_during_an_event_still_dates_it():
    events = extract("В ходе визита 5 мая аким посетил Дом дружбы в Актобе.",
                     published="2025-05-06", lang_hint="ru")
    assert [e.start for e in events] == ["2025-05-05"]


@pytest.mark.parametrize(("lang", "text", "etype"), [
    ("en", "The UNESCO Director General arrived in Astana to attend the International Forum "
           "of Culture.", "forum"),
    ("ru", "Министр прибыл в Астану для участия в Международном форуме культуры.", "forum"),
    ("ru", "Делегация прибыла в Астану, чтобы принять участие в форуме культуры.", "forum"),
    ("kk", "Түркия делегациясы Шымкенттегі «Ұлы дала» фестиваліне қатысу үшін келді.",
     "festival"),
])
def test_an_event_someone_came_to_attend_is_still_to_come(lang, text, etype):
    assert one(extract(text, published="2025-11-20", lang_hint=lang), etype).status == "planned"


def test_a_quoted_name_past_a_verb_is_not_the_events_name():
    events = extract("12 октября в Шымкенте прошел фестиваль «Шабыт».\n\nГран-при фестиваля "
                     "получил народный ансамбль «Нурлы жол».", lang_hint="ru")
    festival = one(events, "festival")
    assert "Нурлы жол" not in festival.title
    assert [p.name for p in festival.participants] == ["Нурлы жол"]


@pytest.mark.parametrize(("text", "lang"), [
    ("3 марта в Астане министры культуры провели встречу.\n\nПо итогам встречи был "
     "подписан план сотрудничества на 2026–2027 годы.", "ru"),
    ("The culture ministers held a meeting in Astana on March 3.\n\nAfter the meeting "
     "they signed a cooperation plan for 2026-2027.", "en"),
])
def test_years_a_plan_runs_for_date_no_event(text, lang):
    events = extract(text, lang_hint=lang)
    assert [(e.type, e.start) for e in events] == [("meeting", "--03-03")]


@pytest.mark.parametrize(("text", "lang"), [
    ("«Степной ветер»: премьера в Алматы\n\n27 апреля в Алматы состоялась премьера "
     "документальной ленты «Степной ветер».", "ru"),
    ("Steppe Wind: premiere in Almaty\n\nOn April 27, the film premiere of the documentary "
     "Steppe Wind took place at the Arman cinema in Almaty.", "en"),
])
def test_a_bare_premiere_takes_the_kind_the_document_gives_it(text, lang):
    # the headline's bare «премьера»/"premiere" is the film's, told in full in the body
    events = extract(text, lang_hint=lang)
    assert [e.type for e in events] == ["screening"]


def test_a_city_in_a_venues_quoted_name_yields_to_the_programmes_city():
    # «кинотеатр «Манас»» stands in Bishkek: the quoted city names the venue
    events = extract("С 23 по 26 апреля в Бишкеке пройдет кинофестиваль короткометражных "
                     "фильмов.\n\nВ рамках кинофестиваля 23 апреля в кинотеатре «Манас» "
                     "состоится показ фильмов-участников.", lang_hint="ru")
    assert {e.city for e in events} == {"Bishkek"}


def test_a_city_in_a_venues_quoted_name_is_a_last_clue():
    events = extract("Вчера в доме культуры «Кокшетау» прошел областной айтыс акынов.",
                     lang_hint="ru")
    assert [e.city for e in events] == ["Kokshetau"]


def test_quotes_after_a_preposition_and_a_venue_name_the_venue_not_the_event():
    events = extract("Форум прошёл 2–3 октября в Туркестане.\n\nВ рамках форума в "
                     "заповеднике-музее «Азрет-Султан» открылась выставка «Керамика Отрара».",
                     lang_hint="ru")
    assert sorted(e.type for e in events) == ["exhibition", "forum"]
    assert "Азрет-Султан" not in one(events, "forum").title

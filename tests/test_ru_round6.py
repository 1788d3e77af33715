"""Russian events, round 6: rules of the language and the domain checked on sentences
written for these tests (none is taken from the shared pages): countries of people named
with the complement of their noun before «из», a theatre after «на сцене» as the venue,
the performances of a tour told in the sentence after it."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def extract(text: str, published: str | None = None):
    doc = process(Document(doc_id="t", source="test", raw=text, published=published))
    assert doc.lang == "ru"
    return doc.events


def names(event) -> list[str]:
    return [p.name for p in event.participants]


# --- countries: the people who come from a country may head a phrase before «из»

def test_masters_of_a_craft_from_countries_make_them_sides():
    [show] = extract("В Караганде открылась выставка «Войлочный путь». Экспозиция собрала "
                     "работы мастеров войлока и ковроткачества из Казахстана, Турции и "
                     "Монголии.", published="2026-03-02")
    assert show.type == "exhibition"
    assert sorted(show.countries) == ["KZ", "MN", "TR"]


def test_a_compound_of_a_party_word_from_countries_makes_them_sides():
    [conference] = extract("В Костанае 12 апреля пройдёт международная конференция о "
                           "наследии Ахмета Байтурсынова. В ней примут участие "
                           "учёные-историки из Казахстана и Азербайджана.",
                           published="2026-04-01")
    assert conference.type == "forum"
    assert sorted(conference.countries) == ["AZ", "KZ"]


def test_things_from_a_country_after_a_verb_make_no_side():
    [show] = extract("В Павлодаре открылась выставка редких книг. Гости ознакомились с "
                     "рукописями из Ирана.", published="2026-03-02")
    assert show.countries == []


# --- a theatre after a venue noun and a locative preposition is where, not who

def test_a_theatre_after_on_the_stage_of_is_the_venue_not_a_performer():
    [concert] = extract("Гала-концерт мастеров искусств Кыргызстана пройдёт 9 мая в "
                        "Алматы на сцене Казахского государственного академического театра "
                        "оперы и балета.", published="2026-04-20")
    assert concert.type == "concert"
    assert not any("театр" in n.lower() for n in names(concert))


def test_a_theatre_that_performs_is_still_a_participant():
    [play] = extract("Русский драматический театр имени Чехова 3 марта покажет в Семее "
                     "спектакль «Чайка».", published="2026-02-20")
    assert any(n.startswith("Русский драматический театр") for n in names(play))


# --- the performances a tour's next sentence lists are that tour

def test_the_performances_after_a_tour_give_it_their_dates():
    events = extract("Карагандинский театр музыкальной комедии проведёт гастроли в "
                     "Бишкеке. С 3 по 7 июня артисты покажут спектакли «Сильва» и "
                     "«Марица».", published="2026-05-15")
    assert [e.type for e in events] == ["tour"]
    [tour] = events
    assert (tour.start, tour.end, tour.status) == ("2026-06-03", "2026-06-07", "planned")
    assert tour.city == "Bishkek"


def test_a_tour_with_its_own_days_keeps_a_performance_told_after_it():
    events = extract("Оркестр «Отырар сазы» с 10 по 20 октября проведёт гастроли по "
                     "городам Турции. 12 октября в Анкаре музыканты дадут концерт в "
                     "честь Дня Республики.", published="2026-09-30")
    types = sorted(e.type for e in events)
    assert "tour" in types and "concert" in types


# --- a meeting whose phrase names its sides by their countries is one occurrence

def test_a_meeting_of_two_countries_delegations_is_an_event():
    events = extract("В рамках встречи казахстанской и монгольской делегаций министр "
                     "Ерлан Касымов вручил коллегам памятные подарки.")
    [meeting] = [e for e in events if e.type == "meeting"]
    assert sorted(meeting.countries) == ["KZ", "MN"]
    assert "Ерлан Касымов" in names(meeting)


def test_meetings_of_delegations_in_general_are_no_event():
    assert extract("Встречи казахстанских и китайских делегаций стали хорошей "
                   "традицией.") == []


# --- the city a programme is held in does not tell one programme from another

def test_days_named_again_with_the_city_they_come_to_are_the_same_days():
    events = extract("Дни культуры Турции пройдут в мае в Астане и Шымкенте. В рамках Дней "
                     "культуры в Шымкенте откроется выставка турецкой керамики.",
                     published="2026-04-10")
    assert [e.type for e in events].count("culture_days") == 1
    [show] = [e for e in events if e.type == "exhibition"]
    assert show.city == "Shymkent"


def test_days_of_two_peoples_cultures_stay_two_programmes():
    events = extract("В мае в Астане пройдут Дни культуры Турции. В сентябре в Анкаре "
                     "пройдут Дни культуры Казахстана.", published="2026-04-10")
    assert [e.type for e in events].count("culture_days") == 2


# --- performers named by title after a concert given for a programme are the concert's

def test_performers_after_a_concert_for_a_year_of_a_country_are_the_concerts():
    events = extract("В Ташкенте прошёл концерт, посвящённый Году Казахстана в Узбекистане. "
                     "Перед зрителями выступили певец Ерлан Жумабаев и ансамбль «Акжелен».",
                     published="2026-06-15")
    [concert] = [e for e in events if e.type == "concert"]
    assert "Ерлан Жумабаев" in names(concert)
    [year] = [e for e in events if e.type == "culture_days"]
    assert "Ерлан Жумабаев" not in names(year)


# --- a celebration's programme and the rites told in it are events of their own

def test_a_rite_told_after_festive_events_is_a_part_of_them():
    events = extract("В Уральске прошли торжественные мероприятия, посвящённые 100-летию "
                     "писателя Хамита Есенжанова. У памятника писателю прошла церемония "
                     "возложения цветов.", published="2026-05-20")
    ceremonies = [e for e in events if e.type == "ceremony"]
    assert len(ceremonies) == 2
    [rite] = [e for e in ceremonies if "церемония" in e.title]
    [programme] = [e for e in ceremonies if e is not rite]
    assert rite.parent == programme.id
    assert (rite.city, programme.city) == ("Oral", "Oral")


def test_the_festive_events_told_again_are_one_programme():
    events = extract("В Актобе 1 мая прошли праздничные мероприятия ко Дню единства "
                     "народа Казахстана. Праздничные мероприятия завершились концертом.",
                     published="2026-05-02")
    assert [e.type for e in events].count("ceremony") == 1


# --- winners named by the place they took, with names the news tagger does not know

def test_those_who_took_places_are_the_contests_participants():
    [contest] = extract("В Актау завершился областной конкурс кюйши «Маңғыстау сазы». "
                        "Второе место заняла Аяулым Жаксылыкова, третье – Ерболат Утешов.",
                        published="2026-04-02")
    assert contest.type == "competition"
    assert {"Аяулым Жаксылыкова", "Ерболат Утешов"} <= set(names(contest))


def test_a_place_in_a_queue_is_no_win():
    [concert] = extract("В Павлодаре 3 апреля прошёл концерт ансамбля «Сазген». Место в "
                        "первом ряду занял аким области.", published="2026-04-05")
    assert names(concert) == ["Сазген"]


def test_a_hall_with_adjectives_after_a_locative_is_the_venue_not_a_performer():
    [concert] = extract("Хор «Шабыт» даст отчётный концерт. Выступление коллектива "
                        "состоится 12 мая в Государственной филармонии имени Жамбыла.",
                        published="2026-05-01")
    assert concert.type == "concert"
    assert not any("филармония" in n.lower() for n in names(concert))


# --- a day and a month with no year written tell no other edition

def test_an_exhibition_open_across_new_year_is_one_exhibition():
    events = extract("Выставка графики Евгения Сидоркина откроется 10 декабря в Астане. "
                     "Экспозиция будет работать до 25 января.", published="2026-12-01")
    [show] = events
    assert (show.start, show.end) == ("2026-12-10", "2027-01-25")


def test_written_years_still_tell_two_editions():
    events = extract("В 2019 году выставка «Степь» прошла в Астане 5 мая. Новая выставка "
                     "«Степь» откроется в Астане 7 мая 2026 года.", published="2026-04-01")
    assert len([e for e in events if e.type == "exhibition"]) == 2


# --- a named rite after an unnamed one of another word is a second ceremony

def test_a_named_procession_after_a_parade_is_a_ceremony_of_its_own():
    events = extract("7 мая в Костанае на центральной площади прошёл торжественный парад. "
                     "Затем состоялось шествие «Дорога памяти».", published="2026-05-08")
    titles = sorted(e.title for e in events if e.type == "ceremony")
    assert len(titles) == 2 and any("Дорога памяти" in t for t in titles)


def test_a_named_parade_after_a_parade_is_that_parade():
    events = extract("9 мая в Уральске прошёл торжественный парад. Парад «Победный марш» "
                     "собрал тысячи зрителей.", published="2026-05-10")
    assert len([e for e in events if e.type == "ceremony"]) == 1


# --- what a contest or a vote is about, after «по», is part of its name

def test_the_sport_of_a_championship_is_in_its_title():
    [cup] = extract("С 3 по 6 марта в Караганде пройдёт чемпионат Казахстана по вольной "
                    "борьбе.", published="2026-02-20")
    assert cup.type == "competition"
    assert cup.title.endswith("по вольной борьбе")


def test_an_initiative_after_po_is_not_in_the_title():
    [contest] = extract("В Кызылорде 10 мая пройдёт конкурс чтецов по инициативе "
                        "областного акимата.", published="2026-05-01")
    assert "инициатив" not in contest.title


# --- the items listed «в программе» of an event told before are its parts

def test_items_in_the_programme_of_a_festival_are_its_parts():
    events = extract("Фестиваль народных ремёсел «Шебер» пройдёт в Туркестане 5–7 июня.\n"
                     "В программе фестиваля – ярмарка мастеров, мастер-классы по войлоку "
                     "и концерт фольклорных ансамблей.", published="2026-05-20")
    [fest] = [e for e in events if e.type == "festival"]
    parts = [e for e in events if e.parent == fest.id]
    assert {e.type for e in parts} >= {"exhibition", "concert"}
    assert all(e.city == "Turkestan" for e in parts)


# --- a plural troupe's noun before a festival's quoted name names a kind, not a troupe

def test_the_name_of_a_festival_of_theatres_is_no_troupe():
    [fest] = extract("Фестиваль молодёжных театров «Жас сахна» пройдёт в Таразе 3–5 мая.",
                     published="2026-04-20")
    assert fest.type == "festival" and names(fest) == []


def test_a_concert_of_an_ensemble_named_in_quotes_keeps_the_ensemble():
    [concert] = extract("Концерт ансамбля «Жас сахна» пройдёт в Таразе 3 мая.",
                        published="2026-04-20")
    assert names(concert) == ["Жас сахна"]


# --- «свои постановки покажут труппы из …»: the troupes' works at the festival

def test_troupes_showing_their_own_plays_are_the_festivals_sides():
    events = extract("Фестиваль кукольных театров «Алтын сака» пройдёт в Атырау 12–15 мая. "
                     "Свои спектакли покажут труппы из Казахстана, России и Беларуси.",
                     published="2026-04-20")
    [fest] = events
    assert fest.type == "festival"
    assert sorted(fest.countries) == ["BY", "KZ", "RU"]


def test_a_premiere_of_a_troupe_is_still_its_own_event():
    events = extract("Фестиваль кукольных театров пройдёт в Атырау 12–15 мая. 14 мая "
                     "актёры театра «Ертегі» покажут премьеру спектакля «Алдар Көсе».",
                     published="2026-04-20")
    assert sorted(e.type for e in events) == ["festival", "stage"]


# --- a sentence that tells only what a performance is timed to does not take its cast

def test_performers_after_the_occasion_of_a_concert_are_the_concerts():
    events = extract("Концерт мастеров искусств Таджикистана состоится 20 ноября в Актобе. "
                     "Выступление приурочено к Дням культуры Таджикистана в Казахстане. "
                     "Зрители услышат песни в исполнении ансамбля «Шашмаком».",
                     published="2026-11-10")
    [concert] = [e for e in events if e.type == "concert"]
    [days] = [e for e in events if e.type == "culture_days"]
    assert names(concert) == ["Шашмаком"] and names(days) == []


# --- names and bodies

def test_a_troupes_quoted_name_keeps_its_closing_quote():
    [concert] = extract("Камерный оркестр «Солисты Караганды» под руководством Айгуль "
                        "Сапаровой даст концерт в Праге 2 октября.", published="2026-09-01")
    assert any(n.endswith("Солисты Караганды»") for n in names(concert))
    assert all(n.count("«") == n.count("»") for n in names(concert))


def test_an_embassy_that_organises_a_concert_is_its_organiser():
    [concert] = extract("Квартет «Сазген» даст концерт в Риме 9 июня. Концерт организован "
                        "посольством Казахстана в Италии.", published="2026-05-20")
    assert any(p.name.startswith("посольство Казахстана") and p.role == "organizer"
               for p in concert.participants)


# --- meeting a season is its celebration, no meeting of sides

def test_meeting_the_spring_is_a_celebration_not_a_meeting():
    events = extract("В Шымкенте 14 марта прошёл праздник Амал – встреча весны по "
                     "казахскому календарю.", published="2026-03-15")
    assert [e.type for e in events] == ["ceremony"]


# --- the opening of a cultural institution is a ceremony

def test_the_opening_of_a_cultural_centre_is_a_ceremony():
    events = extract("Посол Италии принял участие в открытии Итальянского культурного центра "
                     "в Алматы 3 июня.", published="2026-06-04")
    [opening] = [e for e in events if e.type == "ceremony"]
    assert opening.city == "Almaty" and "центр" in opening.title


def test_a_centre_that_opened_a_course_is_no_ceremony():
    assert extract("Центр занятости населения объявил набор на бесплатные курсы.") == []

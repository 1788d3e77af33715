"""The event rules on documents built by hand (``doc_builder``): tokens, lemmas, entities,
dates and places are given, so these tests say what the rules do with them whatever the
models would find. ``tests/events/test_extract.py`` runs the same kinds of sentences
through the whole pipeline."""

from __future__ import annotations

from doc_builder import Span, W, build

from sahna.events.build import extract_events


def _events(doc):
    return extract_events(doc).events


def _one(events, etype):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.title) for e in events]
    return found[0]


def test_russian_concert_with_its_name_venue_date_and_city():
    doc = build("ru", [[
        W("Вчера", "вчера", "ADVB"), W("в", "в", "PREP"),
        W("Астане", "астана", "NOUN", case="loct"),
        W("прошёл", "пройти", "VERB", tense="past"), W("концерт", "концерт", "NOUN", case="nomn"),
        W("ансамбля", "ансамбль", "NOUN", case="gent"), W("«"), W("Сазген", "сазген", "NOUN"),
        W("»"), W("в", "в", "PREP"), W("Большом", "большой", "ADJF", case="loct"),
        W("театре", "театр", "NOUN", case="loct"), W(".")]],
        dates=[Span(0, 0, 0, "2025-05-04")], places=[Span(0, 2, 2, "city", "Astana", "KZ")],
        published="2025-05-05")
    [event] = _events(doc)
    assert event.type == "concert" and event.title.startswith("концерт ансамбля")
    assert "Сазген" in event.title
    assert (event.start, event.status) == ("2025-05-04", "held")
    assert (event.venue, event.city, event.country) == ("Большой театр", "Astana", "KZ")
    # the quotes after «ансамбля» name the ensemble that performs, not the concert
    assert [(p.name, p.kind, p.role) for p in event.participants] == [
        ("Сазген", "group", "performer")]
    assert event.evidence == [doc.sentences[0].text]


def test_russian_future_tense_plans_and_a_minister_who_only_announces_takes_no_part():
    doc = build("ru", [[
        W("Министр", "министр", "NOUN", case="nomn"),
        W("культуры", "культура", "NOUN", case="gent"),
        W("Аиды", "аида", "NOUN", case="gent"), W("Балаевой", "балаева", "NOUN", case="gent"),
        W("сообщила", "сообщить", "VERB", tense="past"), W(",", ",", "PNCT"),
        W("что", "что", "CONJ"), W("фестиваль", "фестиваль", "NOUN", case="nomn"),
        W("«"), W("Шабыт", "шабыт", "NOUN"), W("»"),
        W("состоится", "состояться", "VERB", tense="futr"), W("20", "20", "NUMB"),
        W("мая", "май", "NOUN", case="gent"), W(".")]],
        entities=[Span(0, 2, 3, "PER", "Аида Балаева")], dates=[Span(0, 12, 13, "--05-20")])
    [event] = _events(doc)
    assert (event.type, event.start, event.status) == ("festival", "--05-20", "planned")
    # events.md: who only announces an event takes no part in it, in office or not
    assert event.participants == []


def test_russian_part_of_a_programme_gets_its_parent_and_leaves_it_the_countries():
    doc = build("ru", [[
        W("В", "в", "PREP"), W("рамках", "рамка", "NOUN", case="loct"),
        W("Дней", "день", "NOUN", case="gent"), W("культуры", "культура", "NOUN", case="gent"),
        W("Казахстана", "казахстан", "NOUN", case="gent"), W("в", "в", "PREP"),
        W("Баку", "баку", "NOUN", case="loct"), W("пройдёт", "пройти", "VERB", tense="futr"),
        W("гала-концерт", "гала-концерт", "NOUN", case="nomn"), W(".")]],
        places=[Span(0, 6, 6, "city", "Baku", "AZ")], country_refs=[Span(0, 4, 4, "KZ")])
    events = _events(doc)
    days, gala = _one(events, "culture_days"), _one(events, "concert")
    assert gala.parent == days.id and days.parent is None
    assert (days.city, days.country, days.countries) == ("Baku", "AZ", ["AZ", "KZ"])
    assert (gala.city, gala.countries) == ("Baku", [])
    assert days.status == gala.status == "planned"


def test_a_person_a_venue_is_named_after_takes_no_part():
    def concert(*middle: W) -> list[W]:
        return [W("Концерт", "концерт", "NOUN", case="nomn"),
                W("прошёл", "пройти", "VERB", tense="past"), *middle, W(".")]

    named = build("ru", [concert(W("в", "в", "PREP"), W("школе", "школа", "NOUN", case="loct"),
                                 W("имени", "имя", "NOUN", case="gent"),
                                 W("Абая", "абай", "NOUN", case="gent"))],
                  entities=[Span(0, 5, 5, "PER", "Абай")])
    sung = build("ru", [concert(W(",", ",", "PNCT"), W("пел", "петь", "VERB", tense="past"),
                                W("певец", "певец", "NOUN", case="nomn"),
                                W("Абай", "абай", "NOUN", case="nomn"))],
                 entities=[Span(0, 5, 5, "PER", "Абай")])
    assert _one(_events(named), "concert").participants == []
    assert [(p.name, p.role) for p in _one(_events(sung), "concert").participants] == [
        ("Абай", "performer")]


def test_kazakh_name_and_genitive_stand_before_the_trigger_and_the_ending_goes():
    doc = build("kk", [[W("Театр"), W("«"), W("Дауыс"), W("»"), W("монодрамасының"),
                        W("премьерасын"), W("Шымкентте"), W("көрсетті"), W(".")]],
                places=[Span(0, 6, 6, "city", "Shymkent", "KZ")])
    [event] = _events(doc)
    assert event.type == "stage"
    assert event.title == "« Дауыс » монодрамасының премьерасы"
    assert (event.city, event.country) == ("Shymkent", "KZ")  # the locative case governs


def test_english_past_tense_and_a_venue_named_with_of():
    doc = build("en", [[
        W("The", "the", "DET"), W("orchestra", "orchestra", "NOUN"),
        W("performed", "perform", "VERB", tense="Past", tag="VBD"), W("a", "a", "DET"),
        W("gala", "gala", "ADJ"), W("concert", "concert", "NOUN"), W("at", "at", "ADP"),
        W("the", "the", "DET"), W("Palace", "palace", "PROPN"), W("of", "of", "ADP"),
        W("Independence", "independence", "PROPN"), W("in", "in", "ADP"),
        W("Astana", "astana", "PROPN"), W(".", ".", "PUNCT")]],
        places=[Span(0, 12, 12, "city", "Astana", "KZ")])
    [event] = _events(doc)
    assert (event.type, event.status) == ("concert", "held")
    assert (event.venue, event.city) == ("Palace of Independence", "Astana")


def test_a_generic_event_word_without_anchor_is_no_event():
    doc = build("ru", [[W("Концерты", "концерт", "NOUN", case="nomn"),
                        W("объединяют", "объединять", "VERB", tense="pres"),
                        W("людей", "человек", "NOUN", case="gent"), W(".")]])
    assert _events(doc) == []

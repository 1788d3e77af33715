"""Sentence splitting with each language's conventions (sahna.analyse.segment): no break
after an abbreviation when the sentence goes on, real sentence ends still cut, wrapped
lines read as one paragraph, headlines kept apart. Texts written for these tests."""

from __future__ import annotations

import pytest

from sahna.analyse.segment import goes_on, sentences
from sahna.document import Document
from sahna.langs import language
from sahna.pipeline import through


def split(text: str, code: str) -> list[str]:
    found = sentences(text, language(code))
    for sent in found:  # evidence quotes the text verbatim
        assert text[sent.start:sent.end] == sent.text
    return [s.text for s in found]


@pytest.mark.parametrize(("code", "text"), [
    ("en", "The gala opens on Nov. 24 at the Opera House."),
    ("en", "Dr. Aliya Bekova and Prof. John Smith will speak at St. Paul's Hall."),
    ("en", "Tickets for concert No. 5 cost $10, e.g. for students."),
    ("en", "The exhibition of works by Sh. Ualikhanov opens on Sat. Oct. 5 in Almaty."),
    ("ru", "Концерт пройдёт в театре им. Ауэзова на ул. Абая, 10."),
    ("ru", "Выставка откроется 5 янв. 2025 в г. Алматы, т.е. в субботу."),
    ("ru", "Выступит засл. арт. РК А. Б. Иванов."),
    ("kk", "2025 ж. 12 қарашада Абай атындағы театрда концерт өтеді."),
    ("kk", "Концерт Абай көш. 10 үйде сағ. 19:00-де басталады."),
    ("kk", "Кешке Н.Ә. Әбдіров пен проф. Ә. Кекілбаев қатысады."),
])
def test_abbreviations_do_not_end_a_sentence(code: str, text: str):
    assert split(text, code) == [text]


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("en", "The show ends at 9 p.m. Tickets are sold out.",
     ["The show ends at 9 p.m.", "Tickets are sold out."]),
    ("en", "Rehearsals start in Nov. The premiere is in Dec.",
     ["Rehearsals start in Nov.", "The premiere is in Dec."]),
    ("en", "Doors open at noon. The concert starts at 7.",
     ["Doors open at noon.", "The concert starts at 7."]),
    ("ru", "Приедут скрипачи, пианисты и др. Вход свободный.",
     ["Приедут скрипачи, пианисты и др.", "Вход свободный."]),
    ("kk", "Мереке 12 қараша 2025 ж. Алматыда көрме ашылды.",
     ["Мереке 12 қараша 2025 ж.", "Алматыда көрме ашылды."]),
    ("kk", "Көрмеге суреттер, мүсіндер т.б. қойылды. Кіру тегін.",
     ["Көрмеге суреттер, мүсіндер т.б. қойылды.", "Кіру тегін."]),
    # a page that left out the space after a full stop
    ("en", "The gala was held in Almaty.The next one is in May.",
     ["The gala was held in Almaty.", "The next one is in May."]),
    ("ru", "Концерт прошёл в Алматы.Следующий будет в мае, на ул.Абая.",
     ["Концерт прошёл в Алматы.", "Следующий будет в мае, на ул.Абая."]),
])
def test_real_sentence_ends_still_split(code: str, text: str, expected: list[str]):
    assert split(text, code) == expected


@pytest.mark.parametrize(("code", "text", "expected"), [
    # the next line starts lower-case
    ("en", "The festival will be held on the Ural River\nembankment on 5 October. It is free.",
     ["The festival will be held on the Ural River\nembankment on 5 October.", "It is free."]),
    # the line ends with a conjunction before a capitalised name
    ("en", "Stars will perform at Issatay and\nMakhambet Square.",
     ["Stars will perform at Issatay and\nMakhambet Square."]),
    # inside an open quote
    ("en", "The lecture will be held at the ‘Small\nAcademy of Arts’ on Monday.",
     ["The lecture will be held at the ‘Small\nAcademy of Arts’ on Monday."]),
    # a comma at the end of the line
    ("ru", "В концерте примут участие Алматы,\nАстана и Шымкент.",
     ["В концерте примут участие Алматы,\nАстана и Шымкент."]),
    # inside parentheses
    ("ru", "Спектакль покажут в театре (Малая\nсцена) 5 мая.",
     ["Спектакль покажут в театре (Малая\nсцена) 5 мая."]),
    # an abbreviation that never ends a sentence at the end of the line
    ("ru", "Концерт пройдёт в театре им.\nАуэзова 5 мая.",
     ["Концерт пройдёт в театре им.\nАуэзова 5 мая."]),
    # a line ending with «атындағы» (named after) before a capitalised name
    ("kk", "Мұхтар Әуезов атындағы\nҰлттық драма театрында концерт өтеді.",
     ["Мұхтар Әуезов атындағы\nҰлттық драма театрында концерт өтеді."]),
    ("kk", "Концертке Алматы, Астана және\nШымкент әншілері қатысады.",
     ["Концертке Алматы, Астана және\nШымкент әншілері қатысады."]),
])
def test_wrapped_lines_are_joined(code: str, text: str, expected: list[str]):
    assert split(text, code) == expected


@pytest.mark.parametrize(("code", "text", "expected"), [
    ("en", "Jazz festival opens in Almaty\nThe festival brings ten bands.",
     ["Jazz festival opens in Almaty", "The festival brings ten bands."]),
    ("ru", "В Алматы открылся фестиваль «Весна»\nФестиваль продлится неделю.",
     ["В Алматы открылся фестиваль «Весна»", "Фестиваль продлится неделю."]),
    ("kk", "Астанада джаз фестивалі ашылды\nФестиваль бір аптаға созылады.",
     ["Астанада джаз фестивалі ашылды", "Фестиваль бір аптаға созылады."]),
    # a finished sentence before a lower-case line, and a blank line between paragraphs
    ("ru", "Концерт прошёл.\nвход свободный\n\nпродолжение следует",
     ["Концерт прошёл.", "вход свободный", "продолжение следует"]),
])
def test_headlines_and_paragraphs_are_not_joined(code: str, text: str, expected: list[str]):
    assert split(text, code) == expected


def test_an_unclosed_quote_carries_one_sentence_only():
    lang = language("ru")
    assert goes_on("Он сказал: «Приходите", "Все на концерт", lang)
    assert not goes_on("Он сказал: «Приходите все. Концерт начнётся", "В субботу", lang)


def test_without_a_language_every_line_stands_alone():
    assert [s.text for s in sentences("Концерт пройдёт в театре\nна ул. Абая.")] == [
        "Концерт пройдёт в театре", "на ул. Абая."]


def test_a_joined_sentence_keeps_the_event_with_its_place_and_date():
    text = "В Алматы пройдёт концерт\nоркестра 5 мая 2026 года в театре им. Абая."
    doc = through(Document(doc_id="t", source="t", raw=text, text=text, lang="ru"),
                  "analyse")
    assert [s.text for s in doc.sentences] == [text]


def test_a_run_of_thousands_of_quotes_keeps_offsets_and_sentences():
    """A hostile page nests quotes thousands deep; the splitter reads the run as spaces
    (one for one), so offsets still point into the text and the sentences are those of
    the same text with a single pair of quotes."""
    from sahna.analyse.segment import sentences as split

    deep = "Состоялся концерт " + "«" * 3000 + "Весна" + "»" * 3000 + ". Зал был полон."
    found = split(deep)
    assert [s.text for s in found] == [deep[:deep.index(". З") + 1], "Зал был полон."]
    assert all(deep[s.start:s.end] == s.text for s in found)
    plain = "Состоялся концерт «Весна». Зал был полон."
    assert [s.text for s in split(plain)] == ["Состоялся концерт «Весна».", "Зал был полон."]


@pytest.mark.parametrize(("code", "text"), [
    ("ru", "Вечер откроют балеты «Жизель» А. Адана и «Кто вы?» Р. Ребека, 14 марта."),
    ("ru", "Театр покажет комедию «Ну и что?» в субботу."),
    ("en", "The troupe will stage \"Who Is Afraid?\" by A. Petrov, on 3 May."),
    ("kk", "Театр «Кім кінәлі?» қойылымын 5 мамырда көрсетеді."),
])
def test_a_title_ending_in_its_own_mark_does_not_end_the_sentence(code: str, text: str):
    assert split(text, code) == [text]


def test_a_quoted_question_then_a_new_sentence_is_still_cut():
    assert split("Зрители спрашивали: «Будет ли премьера?» Ответ дали в апреле.", "ru") == [
        "Зрители спрашивали: «Будет ли премьера?»", "Ответ дали в апреле."]

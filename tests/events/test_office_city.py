"""A city's head acting at an event places it there (spec 4, places from knowledge), in
the languages that name the office before the city. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.pipeline import process


@pytest.mark.parametrize("text, lang", [
    ("The akim of Aktobe Azamat Beket opened the street art festival on Saturday.", "en"),
    ("Аким Актобе Азамат Бекет открыл фестиваль уличного искусства.", "ru"),
])
def test_the_head_of_a_city_who_opens_an_event_places_it(text, lang):
    doc = process(Document(doc_id="t", source="test", raw=text, published="2026-03-16"))
    assert doc.lang == lang
    [festival] = doc.events
    assert (festival.type, festival.city, festival.country) == ("festival", "Aktobe", "KZ")


def test_a_city_named_elsewhere_in_the_sentence_is_not_the_offices():
    doc = process(Document(doc_id="t", source="test", raw=(
        "The akim of Aktobe opened the festival in Almaty on Saturday."),
        published="2026-03-16"))
    [festival] = doc.events
    assert festival.city == "Almaty"


@pytest.mark.parametrize("text", [
    "В Шымкенте стартовал проект «Читающий город».",
    'The "Reading City" project was launched in Shymkent on Monday.',
    "Шымкентте «Кітап оқитын қала» жобасы басталды.",
])
def test_a_named_project_is_framing_not_an_occurrence(text):
    doc = process(Document(doc_id="t", source="test", raw=text, published="2026-03-16"))
    assert [e.title for e in doc.events] == []


def test_a_quoted_name_told_to_occur_is_still_an_event():
    doc = process(Document(doc_id="t", source="test",
                           raw="«Тюркская весна» пройдёт в Туркестане с 1 по 3 мая.",
                           published="2026-03-16"))
    [spring] = doc.events
    assert (spring.start, spring.end, spring.city) == ("2026-05-01", "2026-05-03", "Turkestan")

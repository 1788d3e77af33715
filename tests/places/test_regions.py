"""Regions of a known state: no city, but the state (regions.tsv)."""

from __future__ import annotations

import pytest

from sahna.document import Document
from sahna.pipeline import process
from sahna.places import find_places


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("The festival will open in the Issyk-Kul region next week.", "en", "KG"),
    ("A concert was held in the Sughd region on Friday.", "en", "TJ"),
    ("Фестиваль пройдёт в Иссык-Кульской области.", "ru", "KG"),
    ("Выставка открылась в Туркестанской области.", "ru", "KZ"),
    ("Концерт состоялся в Оренбургской области.", "ru", "RU"),
    ("Фестиваль Түркістан облысында өтті.", "kk", "KZ"),
    ("Концерт Алматы облысының Қонаев қаласында өтті.", "kk", "KZ"),
    ("Прошёл конкурс в Алматинской области.", "ru", "KZ"),
    ("Алматы облысында жаңа мектеп ашылды.", "kk", "KZ"),
    ("Almaty Region hosted the fair.", "en", "KZ"),
])
def test_a_region_gives_its_country_and_no_city(text, lang, country):
    found = find_places(text, lang)
    regions = [p for p in found if p.kind == "country" and p.country == country]
    assert regions, found
    # the city inside the region's name is not a city here
    assert not any(p.kind == "city" and p.city in ("Almaty", "Turkestan", "Orenburg")
                   for p in found), found


def test_a_city_alone_stays_a_city():
    found = find_places("Концерт прошёл в Туркестане.", "ru")
    assert [(p.kind, p.city, p.country) for p in found] == [("city", "Turkestan", "KZ")]


@pytest.mark.parametrize(("raw", "country"), [
    ("Фестиваль пройдёт на Иссык-Куле\n\n15 августа 2025\n\n"
     "Международный фестиваль кочевой культуры пройдёт в Иссык-Кульской области "
     "20 августа.", "KG"),
    ("Concert held\n\nAugust 15, 2025\n\nA gala concert of young musicians was held in "
     "the Sughd region yesterday.", "TJ"),
])
def test_an_event_in_a_region_takes_its_country(raw, country):
    doc = process(Document(doc_id="r", source="t", raw=raw))
    assert doc.events and doc.events[0].country == country
    assert doc.events[0].city is None

"""No fragment among the participants of any shared page the project may read (issue 15;
seeds, dev and tune, read at run time, never copied here): a participant is a person,
a group or a body, never a number, a month, a holiday, a single common word or a place
the page names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sahna.document import Document
from sahna.events.lexicon import lang_rows
from sahna.pipeline import process

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PAGES = sorted([*DATA.glob("seeds/*.txt"), *DATA.glob("dev/docs/*.txt"),
                *DATA.glob("tune/docs/*.txt")])


def words_of(lang: str, table: str, column: int) -> set[str]:
    return {row[column].lower() for row in lang_rows(lang, table) if len(row) > column}


def fragment(name: str, lang: str, places: set[str]) -> str | None:
    """What kind of fragment ``name`` is, or None for a name."""
    if not re.search(r"[^\W\d_]", name):
        return "no letters"
    words = name.split()
    if len(words) == 1:
        word = words[0].lower()
        if word in words_of(lang, "months.tsv", -1):
            return "a month"
        if word in words_of(lang, "holidays.tsv", 0):
            return "a holiday"
        if name[:1].islower():
            return "a common word"
    if name.lower() in places:
        return "a place"
    return None


@pytest.mark.skipif(not PAGES, reason="../shared/data is not beside the repository")
def test_no_fragment_among_the_participants_of_the_shared_pages() -> None:
    found = []
    for page in PAGES:
        doc = process(Document(doc_id=page.stem, source=str(page),
                               raw=page.read_text(encoding="utf-8")))
        places = {p.text.lower() for p in doc.places} | {
            (p.city or "").lower() for p in doc.places if p.city}
        for event in doc.events:
            for person in event.participants:
                kind = fragment(person.name, doc.lang or "", places)
                if kind:
                    found.append((page.name, person.name, kind))
    assert not found


@pytest.mark.parametrize(("text", "lang"), [
    ("Чемпионат Азии по дзюдо проходит в Бишкеке с 18 по 21 апреля.", "ru"),
    ("The Asian Judo Championship is under way in Bishkek from April 18 to 21, "
     "with athletes from across Asia and Europe.", "en"),
])
def test_a_part_of_the_world_is_no_participant(text: str, lang: str) -> None:
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == lang and doc.events
    names = [p.name for e in doc.events for p in e.participants]
    assert not any(n in ("Азии", "Азия", "Asia", "Europe") for n in names), names


def test_a_buildings_noun_is_no_performer() -> None:
    text = ("В Шардаре 14 декабря состоялся праздничный концерт. Перед зрителями выступили "
            "артисты районного Дома культуры и солистка Айжан Нурланова.")
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == "ru" and doc.events
    names = [p.name for e in doc.events for p in e.participants]
    assert "Дома" not in names and "Дом" not in names and "Айжан Нурланова" in names

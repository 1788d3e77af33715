"""One occurrence, one record (issue 14): on every shared page the project may read
(seeds, dev and tune; read at run time, never copied here), no event is its own parent
and no two events of a document share a title, dates and city (whatever their types);
and the folding rule itself on records built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahna.contract import Event, Participant
from sahna.document import Document
from sahna.events.build import merge_repeats
from sahna.pipeline import process

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PAGES = sorted([*DATA.glob("seeds/*.txt"), *DATA.glob("dev/docs/*.txt"),
                *DATA.glob("tune/docs/*.txt")])


@pytest.mark.skipif(not PAGES, reason="../shared/data is not beside the repository")
def test_no_self_parent_and_no_repeated_record_on_the_shared_pages() -> None:
    for page in PAGES:
        doc = process(Document(doc_id=page.stem, source=str(page),
                               raw=page.read_text(encoding="utf-8")))
        ids = {e.id for e in doc.events}
        keys = [(e.title.casefold(), e.start, e.end, e.city) for e in doc.events]
        assert len(keys) == len(set(keys)), page.name
        for event in doc.events:
            assert event.parent != event.id, page.name
            assert event.parent is None or event.parent in ids, page.name


def test_repeats_fold_into_the_first_and_parents_follow() -> None:
    festival = Event("e1", "festival", "фестиваль «Көктем»", "2025-04-01", city="Almaty")
    concert = Event("e2", "concert", "гала-концерт", city="Almaty", parent="e3",
                    evidence=["Гала-концерт прошёл."],
                    participants=[Participant("Айгүл Иманбаева", "person", "performer")])
    repeat = Event("e3", "festival", "Фестиваль «Көктем»", "2025-04-01", city="Almaty",
                   evidence=["Фестиваль открылся."], parent="e1")
    out = merge_repeats([festival, concert, repeat])
    assert [e.id for e in out] == ["e1", "e2"]
    assert out[1].parent == "e1"  # the repeat's children belong to the first
    assert out[0].parent is None  # the repeat named the first as its parent
    assert out[0].evidence == ["Фестиваль открылся."]


def test_different_dates_or_cities_stay_apart() -> None:
    one = Event("e1", "concert", "концерт", "2025-10-03", city="Kazan")
    two = Event("e2", "concert", "концерт", "2025-10-09", city="Moscow")
    assert [e.id for e in merge_repeats([one, two])] == ["e1", "e2"]

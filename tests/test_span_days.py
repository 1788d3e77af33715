"""An event's length in days told by its phrase ("the three-day festival", «трёхдневный
фестиваль», «үш күндік фестиваль») fixes the day it did not state: its last day from its
first, or — when the day stated is the one it ended on — its first day from its last.
Sentences written for this test; 2026-03-03 is a Tuesday, so "Sunday" is 1 March."""

from __future__ import annotations

import pytest

from sahna.contract import Event
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2026-03-03"


def event(text: str) -> Event:
    found = process(Document(doc_id="t", source="test", raw=text, published=PUBLISHED)).events
    assert len(found) == 1, [(e.type, e.title, e.start) for e in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "The three-day festival of folk music wrapped up in Almaty on Sunday.",
    "Трёхдневный фестиваль народной музыки завершился в Алматы 1 марта.",
    "Алматыда үш күндік халық музыкасы фестивалі 1 наурызда аяқталды.",
])
def test_a_run_that_ended_starts_its_length_before(text: str) -> None:
    found = event(text)
    assert (found.start, found.end) == ("2026-02-27", "2026-03-01")


@pytest.mark.parametrize("text", [
    "The two-day forum of young writers will open in Astana on March 10.",
    "Двухдневный форум молодых писателей откроется в Астане 10 марта.",
])
def test_a_run_that_opens_ends_its_length_after(text: str) -> None:
    found = event(text)
    assert (found.start, found.end) == ("2026-03-10", "2026-03-11")


@pytest.mark.parametrize("text", [
    "The festival of folk music wrapped up in Almaty on Sunday.",
    "Фестиваль народной музыки завершился в Алматы 1 марта.",
])
def test_no_length_no_invented_start(text: str) -> None:
    found = event(text)
    assert found.start != "2026-02-27"
    assert found.end in (None, "2026-03-01")

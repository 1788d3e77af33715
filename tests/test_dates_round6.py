"""Dates and status of events in news of outlets the rules were not written from (issue
14, round 6): deadlines that are no event's dates, Kazakh ordinal days in words, dates of
events called off, runs that end in the next year. Sentences written for this test;
2025-12-10 is a Wednesday."""

from __future__ import annotations

import pytest

from sahna.contract import Event
from sahna.dates import find_dates
from sahna.document import Document
from sahna.pipeline import process

PUBLISHED = "2025-12-10"


def events(text: str, published: str = PUBLISHED) -> list[Event]:
    return process(Document(doc_id="t", source="test", raw=text, published=published)).events


def event(text: str, published: str = PUBLISHED) -> Event:
    found = events(text, published)
    assert len(found) == 1, [(e.type, e.title, e.start) for e in found]
    return found[0]


def dates(text: str, lang: str, published: str = PUBLISHED
          ) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.start_value, m.end_value) for m in find_dates(text, lang, published)]


# -- a deadline is no date of the event ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Областной форум волонтёров пройдёт в Павлодаре в январе. Заявки на участие "
    "принимаются до 20 декабря.",
    "A regional volunteers' forum will be held in Pavlodar in January. Applications are "
    "accepted until December 20.",
    "Қаңтарда Павлодарда облыстық еріктілер форумы өтеді. Қатысуға өтінімдер 20 "
    "желтоқсанға дейін қабылданады.",
])
def test_the_close_of_applications_is_not_the_end_of_the_event(text: str):
    found = event(text)
    assert (found.start, found.end, found.status) == ("2026-01", None, "planned")


@pytest.mark.parametrize("text", [
    "Регистрация участников продлится до 15 января, а сам турнир по шахматам пройдёт "
    "1 февраля в Семее.",
    "Registration runs until January 15, and the chess tournament will be held in Semey "
    "on February 1.",
    "Қатысушыларды тіркеу 15 қаңтарға дейін жалғасады, ал шахмат турнирі 1 ақпанда "
    "Семейде өтеді.",
])
def test_the_event_keeps_the_date_of_its_own_clause(text: str):
    found = event(text)
    assert (found.start, found.end, found.status) == ("2026-02-01", None, "planned")

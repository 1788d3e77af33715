"""Hostile documents cost in proportion to their size: the event builder, the date scan
and the byline search are measured not by the clock (a busy machine makes that flaky)
but by the Python calls they make — a rule that compares each mention with every
other makes four times the calls when the document doubles; a linear one, twice."""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import pairwise

from sahna import limits
from sahna.clean.published import _byline_stamp, find_published
from sahna.dates import find_dates
from sahna.document import Document
from sahna.events.build import extract_events
from sahna.pipeline import through

LEAD = "Астана, 5 мая 2025. Вчера в Астане прошёл концерт оркестра «Отырар сазы». "
TAIL = " В июне оркестр выступит в Алматы."


def calls(fn: Callable[[], object]) -> int:
    """The Python function calls (generator steps included) made while ``fn`` runs."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def analysed(text: str) -> Document:
    doc = Document(doc_id="hostile", source="hostile", raw=text, text=text, lang="ru",
                   published="2025-05-05")
    return through(doc, "analyse")


def event_calls(text: str) -> int:
    doc = analysed(text)
    return calls(lambda: extract_events(doc))


def growth(make: Callable[[int], str], count: Callable[[str], int], n: int) -> float:
    """How many times the work grows when the document doubles (after a first call that
    fills the caches of regexes and data files)."""
    count(make(n // 2))
    return count(make(2 * n)) / count(make(n))


def triggers(n: int) -> str:
    return LEAD + " ".join(["концерт"] * n) + "." + TAIL


def listing(n: int) -> str:
    items = ", ".join(f"концерт «Весна {i}»" for i in range(1, n + 1))
    return LEAD + "Программа фестиваля включает " + items + "." + TAIL


def test_a_repeated_trigger_word_costs_linear_work() -> None:
    assert growth(triggers, event_calls, 150) < 2.6


def test_a_sentence_listing_many_events_costs_linear_work() -> None:
    assert growth(listing, event_calls, 100) < 2.6


def test_a_listing_still_gives_each_named_event() -> None:
    doc = analysed(listing(30))
    titles = {e.title for e in extract_events(doc).events}
    assert {"концерт «Весна 1»", "концерт «Весна 30»"} <= titles


def test_many_dates_cost_linear_work() -> None:
    def text(n: int) -> str:
        return "Концерты: " + ", ".join(f"{i % 28 + 1} мая {2000 + i % 25} года"
                                        for i in range(n)) + "."

    def count(t: str) -> int:
        return calls(lambda: find_dates(t, "ru", "2025-05-05"))

    assert growth(text, count, 400) < 2.6
    assert len(find_dates(text(50), "ru", "2025-05-05")) == 50


def test_a_long_header_line_costs_linear_work_in_the_byline_search() -> None:
    def text(n: int) -> str:
        return ", ".join(["Иван Петров"] * n) + ", 24.11.2025"

    def count(t: str) -> int:
        return calls(lambda: _byline_stamp(t))

    assert growth(text, count, 400) < 2.6
    assert find_published(["Иван Петров, 24.11.2025", "Текст."], None) == "2025-11-24"


def test_past_the_mention_limit_a_warning_names_what_was_dropped(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MENTIONS", 5)
    doc = extract_events(analysed(listing(12)))
    assert len(doc.events) <= 5
    assert any("event mentions" in w and "limit" in w for w in doc.warnings)


def test_the_glued_stamp_is_looked_for_at_the_end_of_a_long_line_only(monkeypatch) -> None:
    """The stamp regex starts with a word (``\\S+``): searched over a whole line of
    quotes it was tried at every position, each try running to the line's end."""
    from sahna.clean import published

    line = "«" * 20000 + "Весна" + "»" * 20000 + " 06 июня 2014, 16:14"
    real = published._headline_stamp_regex()
    searched: list[int] = []

    class Spy:
        def search(self, text: str, pos: int = 0):
            searched.append(len(text) - pos)
            return real.search(text, pos)

    monkeypatch.setattr(published, "_headline_stamp_regex", lambda: Spy())
    assert published._glued_stamp(line) == "2014-06-06"
    assert searched and max(searched) <= 200


def test_sentences_past_the_analysis_budget_are_named_in_a_warning(monkeypatch) -> None:
    monkeypatch.setattr(limits, "ANALYSED", 300)
    text = " ".join(f"Концерт «Весна {i}» прошёл в Астане {i % 28 + 1} мая."
                    for i in range(40))
    doc = analysed(text)
    assert any("not analysed for names" in w for w in doc.warnings)
    assert all(e.start < 400 for e in doc.entities)


def test_the_tagger_sees_bounded_chunks_cut_after_full_stops() -> None:
    from sahna.langs.ru.analysis import ner_chunks

    words = (["слово"] * 9 + ["."]) * 1000  # 10,000 tokens, a full stop every ten
    chunks = ner_chunks(words, size=4000)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(words)
    assert all(a[1] == b[0] for a, b in pairwise(chunks))
    assert all(hi - lo <= 4000 and words[hi - 1] == "." for lo, hi in chunks)
    assert ner_chunks(["Концерт", "."], size=4000) == [(0, 2)]  # a page is one chunk

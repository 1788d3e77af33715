"""The stages' declarations: the order is built from them and checked, and a stage that
touches a field it did not declare is caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahna import pipeline
from sahna.document import Document
from sahna.pipeline import (
    READ,
    STAGES,
    PipelineError,
    Stage,
    UndeclaredField,
    process,
    stage_table,
)
from sahna.read import read_paths
from sahna.read.errors import ReadError

ROOT = Path(__file__).resolve().parents[2]


def _stage(name: str, requires: tuple[str, ...], assigns: tuple[str, ...],
           run=lambda doc: None, per_language: bool = True) -> Stage:
    return Stage(name, run, requires, assigns, per_language, "")


def test_every_stage_runs_after_what_it_reads_is_filled():
    available = set(READ)
    for s in STAGES:
        assert set(s.requires) <= available, (s.name, set(s.requires) - available)
        available |= set(s.assigns)
    names = [s.name for s in STAGES]
    assert names == ["clean", "identify", "normalise", "places", "dates", "analyse", "events"]


def test_order_follows_the_declarations_not_the_listing():
    later = _stage("later", ("b",), ("c",))
    earlier = _stage("earlier", ("a",), ("b",))
    assert [s.name for s in pipeline._order([later, earlier], given=("a",))] == \
        ["earlier", "later"]


def test_a_field_nobody_fills_is_an_error():
    with pytest.raises(PipelineError, match="orphan"):
        pipeline._order([_stage("orphan", ("events",), ("text",))], given=("raw",))


def test_a_cycle_is_an_error():
    with pytest.raises(PipelineError):
        pipeline._order([_stage("x", ("a",), ("b",)), _stage("y", ("b",), ("a",))], given=())


def test_a_stage_for_every_language_cannot_follow_a_per_language_one():
    with pytest.raises(PipelineError, match="every language"):
        pipeline._order([_stage("x", ("a",), ("b",)),
                         _stage("y", ("b",), ("c",), per_language=False)], given=("a",))


def test_declaring_an_unknown_field_is_an_error():
    with pytest.raises(PipelineError, match="no Document field"):
        pipeline.stage(requires=("no_such_field",), assigns=())(lambda doc: None)


def test_a_stage_reading_an_undeclared_field_fails():
    def peeks(doc: Document) -> None:
        doc.events = list(doc.tokens)  # reads tokens, declared only events

    doc = Document(doc_id="x", source="x", raw="x", text="x", lang="ru")
    with pytest.raises(UndeclaredField, match="reads undeclared field tokens"):
        process(doc, check=True, stages=(_stage("peeks", ("text",), ("events",), peeks),))


def test_a_stage_writing_an_undeclared_field_fails():
    def writes(doc: Document) -> None:
        doc.title = doc.text

    doc = Document(doc_id="x", source="x", raw="x", text="x", lang="ru")
    with pytest.raises(UndeclaredField, match="writes undeclared field title"):
        process(doc, check=True, stages=(_stage("writes", ("text",), ("lang",), writes),))


def test_every_stage_keeps_to_its_declaration_on_real_pages(shared: Path):
    """The whole pipeline, each stage guarded, over the seeds, dev pages and examples."""
    paths = [str(shared / "data" / "seeds"), str(shared / "data" / "dev" / "docs"),
             str(ROOT / "examples")]
    done = 0
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            continue
        process(item, check=True)
        done += 1
    assert done >= 20


def test_checked_and_unchecked_runs_agree():
    text = ("Астана, 5 мая 2025. Вчера в Астане прошёл концерт оркестра «Отырар сазы».\n"
            "Алматыда 12 мамырда «Дауыс» монодрамасының премьерасы өтеді.")
    plain = process(Document(doc_id="a", source="a", raw=text))
    checked = process(Document(doc_id="a", source="a", raw=text), check=True)
    assert plain == checked
    assert plain.events


def test_unanalysed_language_stops_after_identification():
    doc = process(Document(doc_id="de", source="de",
                           raw="Das Konzert fand gestern in Berlin statt. Es war schön."))
    assert doc.lang == "de" and not doc.events and not doc.tokens
    assert doc.warnings == ["language de is not analysed; skipped"]


def test_readme_shows_the_stages_as_declared():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert stage_table() in readme

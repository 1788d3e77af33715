"""The run loop (sahna.run): what it counts for every kind of input, and that the
command, a shard task and the API's ingest route count the same inputs alike."""

from __future__ import annotations

import json
import re
import warnings

from executor_helpers import HANG_ID, scripted_process
from typer.testing import CliRunner

from sahna import pipeline
from sahna.cli import app
from sahna.document import Document
from sahna.executors import ShardTask, plan_shards
from sahna.executors.shards import prepare_output
from sahna.read import ReadError, Skipped
from sahna.run import Failure, Tally, run_documents, store_documents

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def doc(doc_id: str, raw: str) -> Document:
    return Document(doc_id=doc_id, source=f"in/{doc_id}.txt", raw=raw)


def test_run_loop_counts_every_kind_of_input():
    items = [
        doc("ru", "lang=ru events=2"),
        ReadError("in/binary.txt", "binary file (NUL bytes), not text"),
        doc("boom", "fail"),
        Skipped("in/crawl.warc", "a redirect", kind="not a page", offset=7431),
        doc("fr", "lang=fr"),
        ReadError("in/dump.jsonl", "malformed JSON", line=2),
        doc("blank", "blank"),
        doc("seen", "lang=en events=5"),
        doc(HANG_ID, "lang=en"),
        doc("en", "lang=en events=1"),
    ]
    failures: list[Failure] = []
    tally = Tally(on_failure=failures.append)
    done = list(run_documents(items, tally, scripted_process, timeout=0.5,
                              skip=lambda d: d.doc_id == "seen"))

    # the unanalysed and the empty document are yielded: extraction writes their records
    assert [d.doc_id for d in done] == ["ru", "fr", "blank", "en"]
    assert tally.read == 7  # documents, whatever became of them
    assert tally.failed == 4 and tally.timed_out == 1
    assert tally.skipped == {"not a page": 1, "language": 1, "empty": 1, "duplicate": 1}
    assert tally.skipped_total == 4
    assert tally.docs_by_lang == {"ru": 1, "fr": 1, "unknown": 1, "en": 1}
    assert tally.events_by_lang == {"ru": 2, "fr": 0, "unknown": 0, "en": 1}
    assert tally.events == 3 and tally.warnings == 2  # fr and blank: not analysed
    assert [f.message for f in failures] == [
        "in/binary.txt: binary file (NUL bytes), not text",
        "in/boom.txt: extraction failed (RuntimeError: cannot process boom)",
        "in/dump.jsonl:2: malformed JSON",
        f"in/{HANG_ID}.txt: extraction timed out after 0.5s",
    ]
    assert failures[2].to_json() == {"source": "in/dump.jsonl", "line": 2, "offset": None,
                                     "reason": "malformed JSON"}
    assert isinstance(failures[1].error, RuntimeError)
    assert Failure.from_json(failures[2].to_json()) == failures[2]


def test_a_failure_can_stop_the_run():
    """The API raises the failure of its one document instead of counting it."""

    def stop(failure: Failure) -> None:
        raise failure.error  # type: ignore[misc]

    run = run_documents([doc("a", "lang=en"), doc("boom", "fail"), doc("b", "lang=en")],
                        Tally(on_failure=stop), scripted_process)
    assert next(run).doc_id == "a"
    try:
        next(run)
    except RuntimeError as exc:
        assert str(exc) == "cannot process boom"
    else:
        raise AssertionError("the failure did not stop the run")


class ListStore:
    """A store that keeps texts in a list and refuses the document ``refused``."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, doc: Document) -> bool:
        if doc.doc_id == "refused":
            raise ValueError("value too long\n  for column   text")
        if doc.raw in self.texts:
            return False
        self.texts.append(doc.raw)
        return True


def test_storing_counts_stored_duplicates_and_refusals():
    failures: list[Failure] = []
    tally = Tally(on_failure=failures.append)
    store = ListStore()
    docs = [doc("a", "lang=en"), doc("refused", "lang=en events=1"), doc("b", "lang=ru"),
            doc("a-again", "lang=en")]
    store_documents(run_documents(docs, tally, scripted_process), store, tally)
    assert store.texts == ["lang=en", "lang=ru"]
    assert tally.stored == 2 and tally.skipped == {"duplicate": 1} and tally.failed == 1
    assert tally.read == 4 and tally.docs_by_lang == {"en": 3, "ru": 1}  # processed, all
    [refused] = failures
    assert refused.to_json() == {  # one line, on stderr and in --errors
        "source": "in/refused.txt", "line": None, "offset": None,
        "reason": "not stored (ValueError: value too long for column text)"}
    assert isinstance(refused.error, ValueError)


RECORDS = [{"id": "ru", "text": "lang=ru events=2"}, {"id": "en", "text": "lang=en events=1"},
           {"id": "fr", "text": "lang=fr"}, {"id": "boom", "text": "fail"},
           {"id": "kk", "text": "lang=kk events=3"}]
EXPECTED = {"read": 5, "events": 6, "failed": 3, "skipped": {"language": 1},
            "docs_by_lang": {"ru": 1, "en": 1, "fr": 1, "kk": 1},
            "events_by_lang": {"ru": 2, "en": 1, "fr": 0, "kk": 3}}


def _summary_counts(stderr: str) -> dict:
    """The counts in the command's summary lines."""
    head = re.search(r"(\d+) documents read, (\d+) events extracted, \d+ skipped"
                     r"(?: \(([^)]*)\))?, (\d+) failed", stderr)
    assert head, stderr
    skipped = {kind: int(n) for n, kind in
               (part.split(" ", 1) for part in (head[3] or "").split(", ") if part)}
    by_lang = re.findall(r"(\w+) (\d+) documents / (\d+) events",
                         stderr.split("by language:", 1)[1].splitlines()[0])
    return {"read": int(head[1]), "events": int(head[2]), "failed": int(head[4]),
            "skipped": skipped, "docs_by_lang": {lang: int(d) for lang, d, _ in by_lang},
            "events_by_lang": {lang: int(e) for lang, _, e in by_lang}}


def test_command_shard_and_api_count_alike(tmp_path, monkeypatch):
    """The same documents (two lines that do not read, a document the pipeline fails
    on, one in a language it does not analyse) through ``sahna extract``, a shard task
    and ``POST /api/documents``: the same counts, and the ones expected."""
    from sahna.app import create_app

    monkeypatch.setattr(pipeline, "process", scripted_process)  # for all three
    dump = tmp_path / "dump.jsonl"
    lines = [json.dumps(r) for r in RECORDS]
    lines[2:2] = ['{"id": "bad", "text": ', json.dumps({"id": "no-text"})]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")

    command = CliRunner().invoke(app, ["extract", str(dump), "-o", str(tmp_path / "x.jsonl")])
    assert command.exit_code == 1  # something failed
    assert _summary_counts(command.stderr) == EXPECTED

    [shard] = plan_shards([str(dump)])
    prepare_output(tmp_path / "out")
    result = ShardTask(tmp_path / "out", warm_up=False)(shard)
    assert {key: getattr(result, key) for key in EXPECTED} == EXPECTED
    assert result.written == 4 and [e["reason"] for e in result.errors] == [
        "malformed JSON (Expecting value: line 2 column 1 (char 23))", "record has no 'text'",
        "extraction failed (RuntimeError: cannot process boom)"]

    # the API is sent the documents only: the two broken lines never reach it
    auth = {"Authorization": "Bearer s3cret"}
    with TestClient(create_app(str(tmp_path / "api.db"), token="s3cret"),
                    raise_server_exceptions=False) as client:
        answers = [client.post("/api/documents", json=r, headers=auth) for r in RECORDS]
    assert [a.status_code for a in answers] == [201, 201, 201, 500, 201]
    stored = [a.json() for a in answers if a.status_code == 201]
    docs_by_lang: dict[str, int] = {}
    events_by_lang: dict[str, int] = {}
    for answer in stored:
        docs_by_lang[answer["lang"]] = docs_by_lang.get(answer["lang"], 0) + 1
        events_by_lang[answer["lang"]] = events_by_lang.get(answer["lang"], 0) + answer["events"]
    assert docs_by_lang == EXPECTED["docs_by_lang"]
    assert events_by_lang == EXPECTED["events_by_lang"]
    assert sum(a["events"] for a in stored) == EXPECTED["events"]
    assert all(a["stored"] for a in stored)

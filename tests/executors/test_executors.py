"""Sharded extraction: the local and Ray executors agree, a killed run resumes without
losing or repeating a document, a hanging document times out, shards load into the store.

One local Ray instance (2 CPUs) serves the whole module: starting Ray takes seconds."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from executor_helpers import HANG_ID, hanging_process, light_process
from typer.testing import CliRunner

from sahna.cli import app
from sahna.executors import (
    DocumentTimeout,
    LocalExecutor,
    ShardTask,
    call_with_timeout,
    read_records,
    run_shards,
)
from sahna.executors.shards import plan_shards, read_shard
from sahna.read import read_paths

ROOT = Path(__file__).resolve().parents[2]

RU = [
    "В Алматы прошёл концерт оркестра «Отырар сазы»\n\n"
    "15 мая 2025 года в Алматы в Казахской государственной филармонии имени Жамбыла "
    "состоялся концерт оркестра «Отырар сазы». Дирижировал Нурлан Маханов.\n",
    "В Астане откроется выставка казахских художников\n\n"
    "С 3 по 20 июня 2025 года в Астане в Национальном музее пройдёт выставка работ "
    "казахских художников, сообщили в министерстве культуры.\n",
    "Дни культуры Казахстана пройдут в Бишкеке\n\n"
    "В сентябре 2025 года в Бишкеке пройдут Дни культуры Казахстана. В программе — "
    "концерты, выставки и показ фильмов.\n",
]
EN = [
    "Folk orchestra to tour Uzbekistan\n\n"
    "The Otrar Sazy orchestra will tour Uzbekistan from 3 to 6 October 2025, "
    "performing in Tashkent and Samarkand, the ministry said.\n",
    "Film festival opens in Almaty\n\n"
    "The Eurasia International Film Festival opened in Almaty on 12 September 2025 "
    "with a premiere by director Adilkhan Yerzhanov.\n",
]


def _corpus(folder: Path) -> Path:
    """Text files (ru, en) and a JSONL dump of seven records, some without an id; ten
    different texts in all."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(RU[:2]):
        (folder / f"ru-{n}.txt").write_text(text, encoding="utf-8")
    (folder / "en-0.txt").write_text(EN[0], encoding="utf-8")
    lines = []
    variants = [RU[2], EN[1], RU[0].replace("15 мая", "16 мая"),
                RU[1].replace("2025", "2026"), EN[0].replace("2025", "2026"),
                RU[2].replace("сентябре", "октябре"),
                EN[1].replace("12 September", "14 September")]
    for n, text in enumerate(variants):
        record = {"text": text, "published": "2025-05-01"}
        if n % 2:
            record["id"] = f"dump-record-{n}"
        lines.append(json.dumps(record, ensure_ascii=False))
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _records(out: Path) -> list[dict]:
    return [r for path in sorted((out / "shards").glob("*.*")) for r in read_records(path)]


def _canonical(records: list[dict]) -> list[str]:
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records)


@pytest.fixture(scope="module")
def ray_instance():
    ray = pytest.importorskip("ray")
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True,
             log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def local_records(corpus, tmp_path_factory) -> list[dict]:
    out = tmp_path_factory.mktemp("local")
    with LocalExecutor(workers=1) as executor:
        run = run_shards([str(corpus)], ShardTask(out), executor, shard_lines=2)
    assert run.complete and len(run.shards) == 3 + 4  # three files, 7 lines in 2-line shards
    return _records(out)


def test_shards_hold_what_plain_extract_writes(corpus, local_records, tmp_path):
    plain = tmp_path / "plain.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(plain)])
    assert result.exit_code == 0, result.output
    expected = [json.loads(line) for line in plain.read_text(encoding="utf-8").splitlines()]
    assert len(expected) == 10
    contract = [{k: v for k, v in r.items() if k != "_doc"} for r in local_records]
    assert _canonical(contract) == _canonical(expected)
    assert all(set(r["_doc"]) == {"source", "url", "site", "raw", "text"} for r in local_records)


def test_local_and_ray_give_identical_records(corpus, local_records, ray_instance, tmp_path):
    from sahna.executors.ray import RayExecutor

    with RayExecutor(workers=2) as executor:
        run = run_shards([str(corpus)], ShardTask(tmp_path), executor, shard_lines=2)
    assert run.complete and len(run.results) == 7
    assert len({r.worker for r in run.results}) == 2  # both actors took shards
    assert _canonical(_records(tmp_path)) == _canonical(local_records)
    assert ray_instance.is_initialized()  # an instance it did not start is left running


def test_local_process_pool_gives_identical_records(corpus, local_records, tmp_path):
    with LocalExecutor(workers=2) as executor:
        run = run_shards([str(corpus)], ShardTask(tmp_path, fmt="parquet"), executor,
                         shard_lines=2)
    assert run.complete
    assert all(r.worker.split(":")[1] != str(os.getpid()) for r in run.results)
    assert _canonical(_records(tmp_path)) == _canonical(local_records)


def test_line_shards_read_as_the_whole_file(tmp_path):
    """Ids of records without one, line numbers of errors: as an unsharded read."""
    dump = tmp_path / "d.jsonl"
    lines = [json.dumps({"text": f"text {n}"}) for n in range(7)]
    lines[3] = '{"text": broken'
    dump.write_text("\n".join(lines) + "\n\n" + json.dumps({"text": "last"}), encoding="utf-8")
    shards = list(plan_shards([str(dump)], shard_lines=3))
    assert [(s.first_line, s.last_line) for s in shards] == [(1, 3), (4, 6), (7, 9)]
    sharded = [item for shard in shards for item in read_shard(shard)]
    whole = list(read_paths([str(dump)]))

    def key(item):
        return (type(item).__name__, getattr(item, "doc_id", None), str(item))

    assert [key(i) for i in sharded] == [key(i) for i in whole]
    assert [s.id for s in plan_shards([str(dump)], shard_lines=3)] == [s.id for s in shards]


def test_timeout_reports_the_document_and_the_run_completes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", HANG_ID, "b", "c"):
        (folder / f"{name}.txt").write_text(f"Text of {name}.\n", encoding="utf-8")
    errors = []
    for workers in (1, 2):  # in this process, and in worker processes
        out = tmp_path / f"out{workers}"
        task = ShardTask(out, timeout=0.5, process=hanging_process, warm_up=False)
        began = time.monotonic()
        with LocalExecutor(workers=workers) as executor:
            run = run_shards([str(folder)], task, executor)
        assert time.monotonic() - began < 30
        assert run.complete and len(run.results) == 4
        assert sorted(r["doc_id"] for r in _records(out)) == ["a", "b", "c"]
        [hung] = [r for r in run.results if r.timed_out]
        assert hung.failed == 1 and hung.output  # the shard itself is finished
        errors += hung.errors
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["complete"] and manifest["totals"]["timed_out"] == 1
    assert all("timed out after 0.5s" in e["reason"] and e["source"].endswith("hang.txt")
               for e in errors)


def test_timeout_outside_the_main_thread():
    """Signals reach only the main thread: elsewhere the document runs in a thread that
    is abandoned when it overruns."""
    from sahna.document import Document

    outcome = {}

    def call() -> None:
        doc = Document(doc_id=HANG_ID, source="x", raw="x")
        try:
            call_with_timeout(hanging_process, doc, seconds=0.3)
        except DocumentTimeout as exc:
            outcome["error"] = exc
        outcome["ok"] = call_with_timeout(
            light_process, Document(doc_id="a", source="a", raw=" a "), seconds=5).text

    thread = threading.Thread(target=call)
    thread.start()
    thread.join(10)
    assert isinstance(outcome.get("error"), DocumentTimeout) and outcome["ok"] == "a"


def test_killed_run_resumes_and_processes_every_document_once(tmp_path):
    """SIGKILL the command once its first shard is complete, run it again: every
    document is in exactly one output file."""
    dump = tmp_path / "dump.jsonl"
    texts = [(RU + EN)[n % 5].replace("2025", str(1990 + n)) for n in range(60)]
    dump.write_text("".join(json.dumps({"id": f"d{n}", "text": t}, ensure_ascii=False) + "\n"
                            for n, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "sahna.cli", "extract", str(dump), "--out", str(out),
               "--shard-lines", "3"]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             cwd=ROOT)
    deadline = time.monotonic() + 120
    while not list((out / "done").glob("*.json")) and first.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)
    first.wait()
    done_before = len(list((out / "done").glob("*.json")))
    assert 1 <= done_before < 20, "the run was not interrupted mid-way"

    second = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert second.returncode == 0, second.stderr
    assert f"20 shards ({done_before} already done, {20 - done_before} now" in second.stderr
    ids = [r["doc_id"] for r in _records(out)]
    assert sorted(ids) == sorted(f"d{n}" for n in range(60))  # all there, none twice
    assert not list(out.rglob("*.tmp-*"))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["totals"]["documents"] == 60


def _count(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(conn.execute(  # type: ignore[return-value]
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM event_participants)").fetchone())


def test_ingest_from_shards_stores_what_ingest_stores(corpus, local_records, tmp_path):
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(out),
                                   "--format", "parquet", "--shard-lines", "4"])
    assert run.exit_code == 0, run.output
    direct, sharded = tmp_path / "direct.db", tmp_path / "sharded.db"
    assert CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(direct)]).exit_code == 0
    first = CliRunner().invoke(app, ["ingest", "--from-shards", str(out), "--db", str(sharded)])
    assert first.exit_code == 0, first.output
    assert _count(sharded) == _count(direct) and _count(direct)[1] > 5
    again = CliRunner().invoke(app, ["ingest", str(out), "--db", str(sharded)])  # the folder
    assert again.exit_code == 0 and "10 skipped (10 duplicate)" in again.output
    assert _count(sharded) == _count(direct)
    with sqlite3.connect(direct) as a, sqlite3.connect(sharded) as b:
        query = "SELECT doc_id, content_hash, text, lang FROM documents ORDER BY content_hash"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_extract_out_options_are_checked(tmp_path, corpus):
    runner = CliRunner()
    both = runner.invoke(app, ["extract", str(corpus), "-o", "x", "--out", str(tmp_path)])
    assert both.exit_code == 2
    assert runner.invoke(app, ["extract", str(corpus), "--workers", "2"]).exit_code == 2
    bad = runner.invoke(app, ["extract", str(corpus), "--out", str(tmp_path), "--format", "x"])
    assert bad.exit_code == 2

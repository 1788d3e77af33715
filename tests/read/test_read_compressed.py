"""JSON Lines, plain and compressed (gzip, zstandard, bzip2), with our fields or a web
corpus's (FineWeb, C4); truncated streams; a large dump in bounded memory."""

from __future__ import annotations

import bz2
import gzip
import json
import subprocess
import sys
import textwrap

import pytest
import zstandard
from typer.testing import CliRunner
from web_pages import EN_FESTIVAL, RU_CONCERT, RU_EXHIBITION

from sahna.cli import app
from sahna.document import Document
from sahna.pipeline import process
from sahna.read import ReadError, read_paths


def text_of(article: dict) -> str:
    return article["title"] + "\n\n" + "\n\n".join(article["paragraphs"]) + "\n"


OURS = [
    {"id": "tengri", "title": RU_CONCERT["title"], "url": RU_CONCERT["url"],
     "published": "2025-03-14", "text": text_of(RU_CONCERT)},
    {"doc_id": "motivy", "published": "2025-05-20T10:00:00+05:00",
     "text": text_of(RU_EXHIBITION)},
]
FINEWEB = [  # FineWeb: text, id, url, date (crawl date), and crawl fields we ignore
    {"text": text_of(EN_FESTIVAL), "id": "<urn:uuid:0b6c3a52-1f53-4c77-a0a1-3e1f5d0c9e11>",
     "dump": "CC-MAIN-2025-33", "url": EN_FESTIVAL["url"], "date": "2025-08-01T09:13:44Z",
     "language": "en", "language_score": 0.97, "token_count": 80},
]
C4 = [{"text": text_of(RU_CONCERT), "timestamp": "2025-03-14T15:20:00Z",
       "url": RU_CONCERT["url"]}]

COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress,
            ".zst": lambda data: zstandard.ZstdCompressor().compress(data)}


def jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def docs_of(path) -> list[Document]:
    items = list(read_paths([str(path)]))
    assert all(isinstance(i, Document) for i in items), items
    return items


@pytest.mark.parametrize("name", ["dump.jsonl.gz", "dump.jsonl.zst", "dump.jsonl.bz2",
                                  "dump.json.bz2", "dump.json.gz"])
def test_compressed_jsonl_records(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(COMPRESS[path.suffix](jsonl(OURS + FINEWEB + C4)))
    concert, exhibition, festival, c4 = docs_of(path)
    assert (concert.doc_id, concert.published, concert.title) == (
        "tengri", "2025-03-14", RU_CONCERT["title"])
    assert concert.source == f"{path}:1"
    assert exhibition.doc_id == "motivy" and exhibition.published == "2025-05-20"
    assert festival.doc_id.startswith("<urn:uuid:") and festival.published == "2025-08-01"
    assert festival.url == EN_FESTIVAL["url"]
    assert c4.doc_id == "dump-4" and c4.published == "2025-03-14"  # C4's timestamp


def test_compressed_records_yield_events(tmp_path):
    path = tmp_path / "news.jsonl.zst"
    path.write_bytes(COMPRESS[".zst"](jsonl(OURS + FINEWEB)))
    concert, exhibition, festival = (process(d) for d in docs_of(path))
    assert any(e.type == "concert" and e.city == "Karaganda" and e.start == "2025-03-13"
               for e in concert.events)
    assert any(e.type == "exhibition" and e.city == "Almaty" for e in exhibition.events)
    assert any(e.type == "festival" and e.start == "2025-09-12" and e.status == "planned"
               for e in festival.events)


def test_field_names_from_the_command_line(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    records = [{"body": text_of(RU_CONCERT), "uid": "k-1", "crawled": "2025-03-14"},
               {"body": text_of(EN_FESTIVAL), "uid": "k-2", "crawled": "2025-08-01"}]
    path.write_bytes(gzip.compress(jsonl(records)))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out), "--text-field",
                                      "body", "--id-field", "uid", "--date-field", "crawled"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["published"]) for r in rows] == [("k-1", "2025-03-14"),
                                                              ("k-2", "2025-08-01")]
    assert any(e["city"] == "Karaganda" for e in rows[0]["events"])
    assert "by language: " in result.stderr and "ru 1 documents" in result.stderr
    # without the options the records have no text: one error per line, named
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{path}:1: record has no 'text'" in result.stderr


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".zst"])
def test_truncated_stream_keeps_the_records_before_it(tmp_path, suffix):
    records = [{"id": f"r{i}", "text": f"Запись номер {i}. " * 20} for i in range(3000)]
    data = COMPRESS[suffix](jsonl(records))
    path = tmp_path / f"cut.jsonl{suffix}"
    path.write_bytes(data[: len(data) // 2])
    items = list(read_paths([str(path)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(docs) > 100 and [d.doc_id for d in docs] == [f"r{i}" for i in range(len(docs))]
    [error] = errors[-1:]
    assert error.source == str(path) and error.line == len(docs) + 1
    assert error.offset == len(data) // 2
    message = str(error)
    assert message.startswith(f"{path}:{len(docs) + 1}: truncated or corrupt")
    assert f"at byte {len(data) // 2}" in message and "\n" not in message
    # a cut inside a line may leave that line's start readable; never more than that
    assert len(errors) <= 2


def test_truncated_gzip_in_a_batch(tmp_path):
    good = tmp_path / "a-good.jsonl"
    good.write_bytes(jsonl(OURS[:1]))
    cut = tmp_path / "b-cut.jsonl.gz"
    data = gzip.compress(jsonl(OURS + FINEWEB) * 50)
    cut.write_bytes(data[:-30])
    errors = tmp_path / "errors.jsonl"
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db),
                                      "--errors", str(errors)])
    assert result.exit_code == 1
    failures = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(failures) == 1 and str(cut) in failures[0] and "truncated" in failures[0]
    [logged] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert logged["source"] == str(cut) and logged["offset"] == len(data) - 30
    assert logged["line"] > 1
    assert "first errors:" in result.stderr
    assert "duplicate" in result.stderr  # the repeated records were stored once


def test_overlong_line_is_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_bytes(b'{"text": "' + b"a" * (6 * 1024 * 1024) + b'"}\n' + jsonl(OURS[:1]))
    items = list(read_paths([str(path)]))
    assert isinstance(items[0], ReadError) and "too large" in str(items[0])
    assert str(items[0]).startswith(f"{path}:1:")
    assert isinstance(items[1], Document) and items[1].doc_id == "tengri"


MEMORY_SCRIPT = textwrap.dedent("""
    import resource, sys
    from sahna.read import read_paths
    from sahna.document import Document
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    documents = sum(1 for item in read_paths([sys.argv[1]]) if isinstance(item, Document))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(documents, (after - before) // 1024)
""")


def test_200_mb_dump_streams_within_300_mb(tmp_path):
    """A dump larger than the memory budget is read record by record: peak RSS growth
    is measured in a fresh interpreter so the test's own allocations do not count."""
    path = tmp_path / "big.jsonl"
    line = jsonl([{"id": "x", "url": "https://example.kz/a", "published": "2025-01-01",
                   "text": "В Алматы прошёл концерт. " * 6}])
    repeat = 200 * 1024 * 1024 // len(line) + 1
    block = line * 1000
    with path.open("wb") as handle:
        for _ in range(repeat // 1000 + 1):
            handle.write(block)
    count = (repeat // 1000 + 1) * 1000
    assert path.stat().st_size >= 200 * 1024 * 1024
    out = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(path)], check=True,
                         capture_output=True, text=True).stdout.split()
    assert int(out[0]) == count
    assert int(out[1]) < 300, f"peak RSS grew by {out[1]} MB"

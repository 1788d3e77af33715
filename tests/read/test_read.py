"""Readers: encodings, JSONL records, paths, and one-line errors for bad input."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from sahna.read import ReadError, read_paths
from sahna.read.decode import DecodeError, decode_bytes

RU = "В Астане прошёл концерт оркестра «Сазген»."


def test_utf8_with_and_without_bom():
    assert decode_bytes(RU.encode("utf-8")) == RU
    assert decode_bytes(b"\xef\xbb\xbf" + RU.encode("utf-8")) == RU


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    data = RU.encode(codec)
    if codec != "utf-16":  # add the BOM the plain codec writes itself
        bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        data = bom + data
    assert decode_bytes(data) == RU


def test_cp1251_is_detected():
    assert decode_bytes(RU.encode("cp1251")) == RU


def test_broken_utf8_is_an_error_not_mojibake():
    data = RU.encode("utf-8")
    broken = data[:20] + b"\xff\xfe\xfa" + data[20:]
    with pytest.raises(DecodeError, match="invalid UTF-8 at byte 20"):
        decode_bytes(broken)


def test_binary_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(DecodeError):
        decode_bytes(gzip.compress(RU.encode("utf-8") * 20))


def test_text_file_document(tmp_path):
    path = tmp_path / "news-1.txt"
    path.write_text(RU, encoding="utf-8")
    [doc] = list(read_paths([str(path)]))
    assert doc.doc_id == "news-1" and doc.raw == RU and doc.source == str(path)


def test_empty_and_huge_files_are_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    results = list(read_paths([str(empty), str(huge)]))
    assert all(isinstance(r, ReadError) for r in results)
    assert "empty" in str(results[0]) and str(empty) in str(results[0])
    assert "too large" in str(results[1]) and str(huge) in str(results[1])
    assert all("\n" not in str(r) for r in results)


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": RU, "url": "https://example.kz/a1",
                    "published": "2025-03-01T10:00:00+05:00", "title": "Концерт"}),
        "{not json",
        json.dumps({"doc_id": "a3", "text": ""}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": RU + " Второй."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_paths([str(path)]))
    docs = [r for r in results if not isinstance(r, ReadError)]
    errors = [str(r) for r in results if isinstance(r, ReadError)]
    assert [d.doc_id for d in docs] == ["a1", "dump-6"]
    assert docs[0].published == "2025-03-01" and docs[0].url == "https://example.kz/a1"
    assert docs[0].title == "Концерт"
    assert errors[0].startswith(f"{path}:2: malformed JSON")
    assert errors[1] == f"{path}:3: record has no 'text'"
    assert errors[2] == f"{path}:5: a record must be a JSON object"


def test_directories_recurse_and_globs_match(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(RU + "!", encoding="utf-8")
    (tmp_path / "a" / "b" / "notes.bin").write_bytes(b"\x00\x01")
    ids = [d.doc_id for d in read_paths([str(tmp_path / "a")])]
    assert ids == ["two", "one"]  # sorted by path (a/b/… before a/one); .bin is not read
    ids = [d.doc_id for d in read_paths([str(tmp_path / "a" / "**" / "*.txt")])]
    assert sorted(ids) == ["one", "two"]


def test_missing_path_and_empty_glob_are_errors(tmp_path):
    results = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.jsonl")]))
    assert [type(r) for r in results] == [ReadError, ReadError]
    assert "no such file" in str(results[0]) and "no file matches" in str(results[1])


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RU.encode())))
    [doc] = list(read_paths(["-"]))
    assert doc.raw == RU and doc.doc_id == "stdin"
    data = (json.dumps({"id": "x", "text": RU}) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = list(read_paths(["-"]))
    assert doc.doc_id == "x"

"""Compressed dumps in bounded memory: a zstandard bomb is an error naming the file,
not gigabytes of memory and a false "empty file"; JSON records of the wrong shape say
what is wrong."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import zstandard

from sahna.read import ReadError, compressed, read_paths
from sahna.read.compressed import ZstdReader


def zst_bomb(path: Path, megabytes: int) -> Path:
    """``megabytes`` MB of spaces in a few kilobytes of zstandard."""
    writer = zstandard.ZstdCompressor(level=19).compressobj()
    parts = [writer.compress(b" " * (1 << 20)) for _ in range(megabytes)]
    path.write_bytes(b"".join(parts) + writer.flush())
    return path


def test_one_call_of_the_zstd_reader_yields_a_bounded_piece(tmp_path: Path) -> None:
    """The reader feeds the decompressor small steps: no call expands the whole input
    chunk at once (64 KB of a bomb were 2 GB)."""
    data = zst_bomb(tmp_path / "b.zst", 64).read_bytes()
    reader = ZstdReader(io.BytesIO(data))
    biggest, total, buffer = 0, 0, memoryview(bytearray(1 << 16))
    while True:
        size = reader.readinto(buffer)
        biggest = max(biggest, len(reader._pending) + size)
        total += size
        if not size:
            break
    assert total == 64 << 20
    assert biggest <= 32 << 20


def test_a_decompression_bomb_is_one_error_naming_the_file(tmp_path: Path,
                                                           monkeypatch) -> None:
    monkeypatch.setattr(compressed, "BOMB_FLOOR", 4 << 20)
    path = zst_bomb(tmp_path / "bomb.jsonl.zst", 64)
    items = list(read_paths([str(path)]))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert str(items[0]).startswith(f"{path}:1: decompression bomb")


def test_an_ordinary_dump_compressed_well_is_no_bomb(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(compressed, "BOMB_FLOOR", 1 << 16)
    line = json.dumps({"text": "Концерт прошёл в Алматы."}, ensure_ascii=False) + "\n"
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress((line * 5000).encode()))
    items = list(read_paths([str(path)]))
    assert len(items) == 5000 and not any(isinstance(i, ReadError) for i in items)


def test_a_file_of_one_oversized_record_is_not_called_empty(tmp_path: Path) -> None:
    path = zst_bomb(tmp_path / "spaces.jsonl.zst", 6)
    reasons = [i.reason for i in read_paths([str(path)]) if isinstance(i, ReadError)]
    assert reasons == ["record too large (6.3 MB)"]


def test_a_number_as_text_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text('{"id": "x", "text": 42}\n', encoding="utf-8")
    (item,) = read_paths([str(path)])
    assert str(item) == f"{path}:1: record's 'text' is a number, not a string"

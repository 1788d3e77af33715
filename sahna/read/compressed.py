"""Compressed JSON Lines: ``.gz``, ``.bz2`` and ``.zst`` (zstandard), decompressed as a
stream so that a dump of any size is read in constant memory.

A truncated download is the usual damage: the records before the break are read, and
the break is one error naming the file, the line it fell in and the byte offset in the
compressed file. gzip and bz2 notice a missing end-of-stream marker themselves;
zstandard's stream reader returns silently at a cut, so :class:`ZstdReader` checks
that the last frame was complete.
"""

from __future__ import annotations

import bz2
import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from sahna.document import Document
from sahna.read.errors import ReadError
from sahna.read.jsonl import DEFAULT_FIELDS, JsonFields, read_jsonl_stream
from sahna.read.sniff import base_stem

CHUNK = 64 * 1024
STREAMS = {".gz": "gzip", ".bz2": "bzip2", ".zst": "zstd"}


def read_compressed_jsonl(path: Path, fields: JsonFields = DEFAULT_FIELDS
                          ) -> Iterator[Document | ReadError]:
    stream = STREAMS[path.suffix.lower()]
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with raw:
        yield from read_jsonl_stream(decompressed(raw, stream), str(path), base_stem(path),
                                     fields, tell=raw.tell, stream=stream)


def decompressed(raw: BinaryIO, stream: str) -> IO[bytes]:
    """A buffered, line-readable view of the decompressed bytes of ``raw``."""
    if stream == "gzip":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    if stream == "bzip2":
        return bz2.BZ2File(raw, mode="rb")
    return io.BufferedReader(ZstdReader(raw), buffer_size=CHUNK)


class ZstdReader(io.RawIOBase):
    """Decompress concatenated zstandard frames, raising :class:`EOFError` when the
    input ends inside a frame (a truncated file) instead of returning short data."""

    def __init__(self, raw: BinaryIO) -> None:
        import zstandard

        super().__init__()
        self._raw = raw
        self._context = zstandard.ZstdDecompressor()
        self._frame: Any = None  # the current frame's decompressor (zstandard's)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._raw.read(CHUNK)
            if not chunk:
                if self._frame is not None and not self._frame.eof:
                    raise EOFError("zstd stream ended inside a frame")
                return 0
            self._pending = memoryview(self._decompress(chunk))
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _decompress(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            if self._frame is None or self._frame.eof:
                self._frame = self._context.decompressobj()
            out.append(self._frame.decompress(chunk))
            chunk = self._frame.unused_data if self._frame.eof else b""
        return b"".join(out)

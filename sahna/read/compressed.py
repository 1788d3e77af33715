"""Compressed JSON Lines: ``.gz``, ``.bz2`` and ``.zst`` (zstandard), decompressed as a
stream so that a dump of any size is read in constant memory.

A truncated download is the usual damage: the records before the break are read, and
the break is one error naming the file, the line it fell in and the byte offset in the
compressed file. Memory stays bounded for every codec, and a file that expands beyond
any text dump's ratio (a decompression bomb) is an error naming it. gzip and bz2
notice a missing end-of-stream marker themselves; zstandard's stream reader returns
silently at a cut, so :class:`ZstdReader` checks that the last frame was complete.
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


MAX_RATIO = 1000  # decompressed bytes per compressed byte beyond which a file is a bomb
BOMB_FLOOR = 64 << 20  # ... once this much has come out (small files may compress well)
OUT_STEP = 1 << 20  # about this much output per call into the zstd decompressor


class DecompressionBomb(ValueError):
    """A compressed file that expands far beyond any text dump's compression ratio."""


def decompressed(raw: BinaryIO, stream: str) -> IO[bytes]:
    """A buffered, line-readable view of the decompressed bytes of ``raw``, which
    raises :class:`DecompressionBomb` when the output outgrows ``MAX_RATIO`` times the
    input read so far: a few kilobytes that expand to gigabytes are an attack or a
    broken file, not a dump of news."""
    source: IO[bytes]
    if stream == "gzip":
        source = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    elif stream == "bzip2":
        source = bz2.BZ2File(raw, mode="rb")
    else:
        source = cast(IO[bytes], ZstdReader(raw))
    return io.BufferedReader(RatioGuard(source, raw), buffer_size=CHUNK)


class RatioGuard(io.RawIOBase):
    """Bytes of a decompressing stream, counted against the compressed bytes read."""

    def __init__(self, source: IO[bytes], raw: BinaryIO) -> None:
        super().__init__()
        self._source, self._raw, self._out = source, raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._source.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self._out += size
        if self._out > BOMB_FLOOR:
            read = max(1, _position(self._raw))
            if self._out > MAX_RATIO * read:
                raise DecompressionBomb(
                    f"decompression bomb: {self._out >> 20} MB out of {read} bytes "
                    f"(over {MAX_RATIO}:1)")
        return size


def _position(raw: BinaryIO) -> int:
    try:
        return raw.tell()
    except (OSError, ValueError):
        return 0


class ZstdReader(io.RawIOBase):
    """Decompress concatenated zstandard frames, raising :class:`EOFError` when the
    input ends inside a frame (a truncated file) instead of returning short data.

    zstandard's decompressor object has no bound on what one call returns, and a few
    kilobytes of input may stand for gigabytes. So input is fed in small steps, sized
    from the ratio seen so far so that one call yields about ``OUT_STEP`` bytes: 256
    bytes at first (at most some megabytes of output, whatever they hold), up to
    ``CHUNK`` for ordinary text."""

    def __init__(self, raw: BinaryIO) -> None:
        import zstandard

        super().__init__()
        self._raw = raw
        self._context = zstandard.ZstdDecompressor()
        self._frame: Any = None  # the current frame's decompressor (zstandard's)
        self._pending = memoryview(b"")
        self._input = memoryview(b"")
        self._step = 256

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if not self._input:
                chunk = self._raw.read(CHUNK)
                if not chunk:
                    if self._frame is not None and not self._frame.eof:
                        raise EOFError("zstd stream ended inside a frame")
                    return 0
                self._input = memoryview(chunk)
            piece, self._input = self._input[:self._step], self._input[self._step:]
            out = self._decompress(bytes(piece))
            self._step = max(64, min(CHUNK, OUT_STEP * len(piece) // max(1, len(out))))
            self._pending = memoryview(out)
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

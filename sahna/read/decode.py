"""Bytes to text for plain-text news files.

Saved pages come in UTF-8 (with or without a BOM), UTF-16 with a BOM, or the legacy
Cyrillic code page cp1251. We accept those, and refuse with a precise reason what is
binary or *broken* UTF-8 — a mostly-UTF-8 file with bad bytes is damaged, not cp1251,
and silently decoding it as cp1251 would store mojibake.
"""

from __future__ import annotations

import codecs
import re

# A well-formed UTF-8 multi-byte sequence (2-4 bytes).
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_TEXTUAL = frozenset(".,;:!?-–—«»\"'()0123456789№%")
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why."""


def decode_bytes(data: bytes) -> str:
    """Decode news text, or raise :class:`DecodeError` with a one-line reason."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data[:65536]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _not_utf8(data, exc)
    if _control_share(text) > 0.01:
        raise DecodeError("binary file (control characters), not text")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding.upper()} at byte {exc.start}") from None


def _not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """Tell broken UTF-8 from cp1251 from binary junk."""
    high = sum(1 for b in data if b >= 0x80)
    utf8_bytes = sum(len(m.group()) for m in _UTF8_SEQ.finditer(data))
    if utf8_bytes >= high * 0.5:
        raise DecodeError(f"invalid UTF-8 at byte {exc.start}")
    text = data.decode("cp1251", errors="replace")
    letters = sum(1 for ch in text if ch.isalpha() or ch.isspace() or ch in _TEXTUAL)
    if letters < 0.9 * len(text) or _control_share(text) > 0.01:
        raise DecodeError("binary or unknown encoding (neither UTF-8 nor cp1251)")
    return text


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:65536]
    return sum(1 for ch in sample if ord(ch) in _CONTROL) / len(sample)

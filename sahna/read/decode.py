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
        text = utf16_without_bom(data)
        if text is None:
            raise DecodeError("binary file (NUL bytes), not text")
        return text
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


def _plausible(ch: str) -> bool:
    """A character of running text: ASCII, Latin-1 letters, Cyrillic, punctuation."""
    code = ord(ch)
    return (0x20 <= code < 0x7F or ch in "\t\n\r" or 0xA0 <= code <= 0x24F
            or 0x400 <= code <= 0x4FF or 0x2000 <= code <= 0x206F or ch == "\u2116")


def utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 bytes saved without a byte-order mark, or None.

    Such a file is full of NUL bytes (the high byte of every ASCII character), which
    otherwise marks a binary file. Both byte orders are tried; one is taken when it
    decodes and nearly every character is one of running text (the wrong order turns
    Cyrillic «К», U+041A, into U+1A04, a character of another script)."""
    if len(data) % 2:
        return None
    for order in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            continue
        sample = text[:32768]
        if sample and sum(1 for ch in sample if _plausible(ch)) >= 0.97 * len(sample):
            return text
    return None

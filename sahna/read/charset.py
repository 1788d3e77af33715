"""Bytes to text for web pages, whatever charset they were saved in.

Pages name their charset in the HTTP header (kept in a WARC record), in a ``<meta>``
tag or an XML declaration, and the names are often wrong: a server that says UTF-8
for a cp1251 page is common. So the order is: a BOM; valid UTF-8 (a legacy page that
happens to be valid UTF-8 is vanishingly rare, while a UTF-8 page mislabelled as
cp1251 is not); the header's charset; the page's own declaration; and last a guess
between the two Cyrillic code pages, cp1251 and KOI8-R, from where the letters fall.
"""

from __future__ import annotations

import codecs
import re

from sahna.read.decode import DecodeError, utf16_without_bom

_META = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML = re.compile(rb"""<\?xml[^>]+?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# A declaration must sit in the head, near the top; later "charset=" is page text.
DECLARATION_WINDOW = 4096
# Control characters no text page holds (tab, line feed and carriage return excepted);
# counted by a regex, as a loop over 64 KB of characters in Python costs more than the
# extraction of a small page.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a page; return ``(text, charset used)`` or raise :class:`DecodeError`
    when the bytes are binary junk rather than a page in any charset."""
    text, charset, _warning = decode_html_checked(data, declared)
    return text, charset


def decode_html_checked(data: bytes, declared: str | None = None
                        ) -> tuple[str, str, str | None]:
    """:func:`decode_html`, with a warning when a declared charset was overruled."""
    if b"\x00" in data[:65536] and not data.startswith((codecs.BOM_UTF16_LE,
                                                          codecs.BOM_UTF16_BE)):
        unmarked = utf16_without_bom(data)
        if unmarked is None:
            raise DecodeError("binary file (NUL bytes), not an HTML page")
        return unmarked, "utf-16", None
    text, charset, warning = _decode(data, declared)
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        raise DecodeError("binary file (control characters), not an HTML page")
    return text, charset, warning


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its ``<meta>`` tag or XML declaration."""
    head = data[:DECLARATION_WINDOW]
    match = _META.search(head) or _XML.search(head)
    return _codec(match.group(1).decode("ascii")) if match else None


def _decode(data: bytes, declared: str | None) -> tuple[str, str, str | None]:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8", None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16", None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    guess = guess_single_byte(data)
    for charset in (_codec(declared), declared_charset(data)):
        if charset and charset not in ("utf-8", "utf-16", "utf-32"):
            try:
                text = data.decode(charset)
            except UnicodeDecodeError:
                continue
            if charset != guess and _mislabelled(text, charset, data.decode(guess, "replace")):
                return (data.decode(guess, errors="replace"), guess,
                        f"declared charset {charset} gives no readable text; read as {guess}")
            return text, charset, None
    return data.decode(guess, errors="replace"), guess, None


# Charsets whose declaration the bytes may overrule: Western Latin ones (a server's
# default, stamped on Cyrillic pages) and the Cyrillic ones (confused with each other).
_LATIN = {"latin_1", "iso8859-1", "cp1252", "iso8859-15", "cp1250", "iso8859-2", "ascii"}
_CYRILLIC = {"cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866", "mac-cyrillic"}


def _mislabelled(declared_text: str, charset: str, guessed_text: str) -> bool:
    """Is the declared charset's text mojibake that the guessed Cyrillic one reads?

    The test is the shape of the letters beyond ASCII. In a Western language they are a
    few accented letters among plain ones; when they are most of the letters, the page
    is in another script, so a Latin label is wrong. Running Cyrillic text is mostly
    lower case; a Cyrillic label under which most of it comes out in capitals is the
    other Cyrillic code page (KOI8-R read as cp1251 and back)."""
    if charset not in _LATIN and charset not in _CYRILLIC:
        return False  # Greek, Hebrew, Asian charsets: their labels are believed
    if _lower_cyrillic(guessed_text) < 0.7:
        return False  # the guess reads no better
    if charset in _LATIN:
        letters = [ch for ch in declared_text[:65536] if ch.isalpha()]
        wide = sum(1 for ch in letters if ord(ch) >= 0x80)
        return len(letters) > 20 and wide > 0.5 * len(letters)
    return _lower_cyrillic(declared_text) < 0.5


def _lower_cyrillic(text: str) -> float:
    """The share of lower-case Cyrillic letters among the Cyrillic ones (0 for none)."""
    cyrillic = [ch for ch in text[:65536] if "\u0400" <= ch <= "\u04ff"]
    if len(cyrillic) < 20:
        return 0.0
    return sum(1 for ch in cyrillic if ch.islower()) / len(cyrillic)


def guess_single_byte(data: bytes) -> str:
    """cp1251 or KOI8-R, from the case of the Cyrillic letters: running Russian or
    Kazakh text is mostly lower case, which cp1251 puts at 0xE0-0xFF and KOI8-R at
    0xC0-0xDF. Text with few such bytes is taken as cp1251, the commoner one."""
    upper_half = sum(data.count(bytes([b])) for b in range(0xE0, 0x100))
    lower_half = sum(data.count(bytes([b])) for b in range(0xC0, 0xE0))
    return "koi8-r" if lower_half > 2 * upper_half else "cp1251"


def _codec(name: str | None) -> str | None:
    """Python's name for a charset label, or None for an unknown label."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return {"windows-1251": "cp1251", "utf_8": "utf-8"}.get(codec, codec)

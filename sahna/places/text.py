"""Word tokens with offsets, and the small context tests the place rules need.

The gazetteer works on words, not on a full NLP analysis: running a tagger on every
document just to find "Алматы" would cost far more than the 5 ms budget allows. Words are
runs of letters; hyphens, apostrophes and spaces between words are kept as the ``gap``
so that multi-word names ("Нур-Султан", "Abu Dhabi", "St. Petersburg") can check what
separates their parts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

# Letters plus combining marks, so that a decomposed "й" (и + U+0306) stays one word.
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")

# What may separate the parts of one multi-word name.
_NAME_GAP_RE = re.compile(r"(?:[ \u00a0]|[-\u2010\u2011\u2013'’]|\. ?)")

_SENTENCE_END = ".!?…\n"
_OPENERS = "«\"“„'‘(—–-[ \t\u00a0"

# Latin letters that look like Cyrillic ones; mixed-script words are repaired with it
# (old Kazakh sites often type Latin "i" for "і", some copy-paste mixes "A"/"А").
_LATIN_TO_CYRILLIC = str.maketrans(
    "aceopxyiABCEHKMOPTXI", "асеорхуіАВСЕНКМОРТХІ"
)


class Word(NamedTuple):
    """One word of the text: ``key`` is the lower-cased, normalised form used for lookup."""

    start: int
    end: int
    text: str
    key: str

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()

    @property
    def is_cyrillic(self) -> bool:
        return "\u0400" <= self.key[:1] <= "\u04ff"


_LATIN_RE = re.compile("[A-Za-z]")
_LOWER_LATIN_RE = re.compile("[a-z]")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def normalise(word: str) -> str:
    """Lookup key of a word: NFC, lower case, ``ё`` → ``е``, mixed scripts repaired."""
    if not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)
    if _LATIN_RE.search(word) and _CYRILLIC_RE.search(word):
        word = word.translate(_LATIN_TO_CYRILLIC)
    return word.lower().replace("ё", "е")


def words_of(name: str) -> tuple[str, ...]:
    """The lookup keys of the words of a name, as :func:`tokenize` would give them."""
    if not name.isascii():
        if _LATIN_RE.search(name) and _CYRILLIC_RE.search(name):
            return tuple(normalise(w) for w in _WORD_RE.findall(name))
        if not unicodedata.is_normalized("NFC", name):
            name = unicodedata.normalize("NFC", name)
    return tuple(_WORD_RE.findall(name.lower().replace("ё", "е")))


@lru_cache(maxsize=16)
def tokenize(text: str) -> tuple[Word, ...]:
    """Split ``text`` into :class:`Word` objects with offsets into ``text``.

    Cached for the last few texts: the pipeline asks for places, country references,
    capitals and venues of the same document one after the other.
    """
    lowered = text.lower().replace("ё", "е")
    if len(lowered) != len(text) or not unicodedata.is_normalized("NFC", text):
        # Rare: lower-casing changed the length, or decomposed letters; go word by word.
        return tuple(
            Word(m.start(), m.end(), m.group(), normalise(m.group()))
            for m in _WORD_RE.finditer(text)
        )
    words = []
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        key = lowered[start:end]
        if not key.isascii() and _LOWER_LATIN_RE.search(key):
            key = normalise(match.group())  # mixed Latin/Cyrillic letters
        words.append(Word(start, end, match.group(), key))
    return tuple(words)


def name_gap(text: str, left: Word, right: Word) -> bool:
    """True when ``left`` and ``right`` may be two parts of one name (space, hyphen...)."""
    return _NAME_GAP_RE.fullmatch(text, left.end, right.start) is not None


def is_sentence_start(text: str, word: Word) -> bool:
    """True when ``word`` opens a sentence, a line or the text (quotes/dashes skipped).

    Ordinary words are capitalised there, so a city name that is also a common word
    ("Орёл", "Nice") cannot be trusted in that position.
    """
    i = word.start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def is_initial_before(text: str, words: Sequence[Word], index: int) -> bool:
    """True when the word at ``index`` follows an initial such as "Д." or "A. "."""
    if index == 0:
        return False
    prev = words[index - 1]
    return len(prev.text) == 1 and prev.is_capitalised and text[prev.end : prev.end + 1] == "."


def same_phrase(text: str, left: Word, right: Word) -> bool:
    """True when only spaces separate two words (no punctuation, no line break)."""
    gap = text[left.end : right.start]
    return gap != "" and gap.strip(" \u00a0") == ""

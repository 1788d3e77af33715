"""Well-known venues, and the city that naming one of them fixes.

Venue names are long phrases ("Казахский национальный театр оперы и балета имени Абая")
that appear inflected ("в Большом театре", "Абай атындағы опера және балет театрында")
and with small variations (quotes, "им." for "имени", an initial before a surname). They
are matched word by word, in every language at once (a venue name is often the only
text): a text word matches a table word when it is the same word once spelling variants
are read alike ("theater"/"theatre", the ``spelling:`` cues of each language's
``place_cues.tsv``), or when some language reads it as a form of the table word
(:meth:`~sahna.langs.base.Language.same_venue_word`: the same Russian stem, the table
word plus a Kazakh ending chain, an English plural "s"). A ``*`` in the table stands for
up to four words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sahna.places.readers import languages
from sahna.places.text import Word, tokenize, words_of
from sahna.places.tsv import read_table, split_cell

WILDCARD = "*"
_MAX_WILDCARD = 4
# What may separate two words of one venue name: spaces, quotes, hyphens, "им." dots.
_GAP_RE = re.compile(r"[\s\"'«»“”„‘’.\-\u2010\u2011\u2013]{1,4}")
_SPELLING_CUE = "spelling:"


@dataclass(frozen=True)
class Venue:
    """A venue of the table: its canonical name and city."""

    name: str
    city: str


@dataclass(frozen=True)
class VenueMention:
    """A venue found in a text."""

    start: int
    end: int
    text: str
    venue: str  # canonical English name
    city: str


@dataclass(frozen=True)
class _Alias:
    words: tuple[str, ...]
    venue: Venue
    size: int  # words without wildcards: longer aliases win


@cache
def _spellings() -> dict[str, str]:
    """Spelling variant -> the spelling the table's words are compared in, from the
    ``spelling:<word>`` cues of every language."""
    return {
        variant: name.removeprefix(_SPELLING_CUE)
        for lang in languages()
        for name, variants in lang.place_cues.items()
        if name.startswith(_SPELLING_CUE)
        for variant in variants
    }


def _spelling(word: str) -> str:
    return _spellings().get(word, word)


@cache
def _same_word_rules() -> tuple[Callable[[str, str], bool], ...]:
    return tuple(lang.same_venue_word for lang in languages())


def same_word(text_word: str, table_word: str) -> bool:
    """Whether a text word is a form of a table word, in any of the languages."""
    if text_word == table_word:
        return True
    for same in _same_word_rules():
        if same(text_word, table_word):
            return True
    return False


@cache
def _aliases(data_dir: Path | None = None) -> dict[str, list[_Alias]]:
    """Aliases keyed by the first three letters of their first word."""
    table: dict[str, list[_Alias]] = {}
    for row in read_table("venues.tsv", data_dir):
        venue = Venue(row["venue"], row["city"])
        for raw in split_cell(row["names"]):
            words = tuple(
                WILDCARD if part == WILDCARD else _spelling(w)
                for part in raw.split()
                for w in ([WILDCARD] if part == WILDCARD else words_of(part))
            )
            if words:
                alias = _Alias(words, venue, sum(w != WILDCARD for w in words))
                table.setdefault(words[0][:3], []).append(alias)
    return table


def venue_count(data_dir: Path | None = None) -> tuple[int, int]:
    """(venues, aliases) in the table, for reports."""
    aliases = [a for group in _aliases(data_dir).values() for a in group]
    return len({a.venue for a in aliases}), len(aliases)


def find_venues(text: str) -> list[VenueMention]:
    """Known venues named in ``text``, longest names first where they overlap."""
    words = tokenize(text)
    spellings = _spellings()
    keys = [spellings.get(w.key, w.key) for w in words]
    table = _aliases()
    found: list[tuple[int, int, _Alias]] = []
    for i, key in enumerate(keys):
        for alias in table.get(key[:3], ()):
            end = _match(alias.words, text, words, keys, i)
            if end is not None:
                found.append((i, end, alias))
    return [_mention(text, words, *hit) for hit in _resolve(found)]


def _match(
    pattern: tuple[str, ...], text: str, words: Sequence[Word], keys: list[str], i: int
) -> int | None:
    """Index of the last word matched by ``pattern`` from word ``i``, or None."""
    if not pattern:
        return i - 1
    if i >= len(words):
        return None
    head, rest = pattern[0], pattern[1:]
    if head == WILDCARD:
        for skip in range(_MAX_WILDCARD + 1):
            if skip and not _joined(text, words, i + skip - 1):
                return None
            end = _match(rest, text, words, keys, i + skip)
            if end is not None:
                return end
        return None
    if not same_word(keys[i], head):
        return None
    if rest and not _joined(text, words, i):
        return None
    return _match(rest, text, words, keys, i + 1)


def _joined(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` and the next one may belong to one name."""
    if i + 1 >= len(words):
        return False
    return _GAP_RE.fullmatch(text, words[i].end, words[i + 1].start) is not None


def _resolve(found: list[tuple[int, int, _Alias]]) -> list[tuple[int, int, _Alias]]:
    ordered = sorted(found, key=lambda f: (-f[2].size, -(f[1] - f[0]), f[0]))
    taken: set[int] = set()
    kept = []
    for first, last, alias in ordered:
        span = range(first, last + 1)
        if not taken.intersection(span):
            taken.update(span)
            kept.append((first, last, alias))
    return sorted(kept, key=lambda f: f[0])


def _mention(
    text: str, words: Sequence[Word], first: int, last: int, alias: _Alias
) -> VenueMention:
    start, end = words[first].start, words[last].end
    return VenueMention(start, end, text[start:end], alias.venue.name, alias.venue.city)

"""Finding indexed names in a tokenised text.

A name is tried at every word whose first three letters start some indexed name. How a
word may differ from the indexed form depends on the language:

- ``ru``: Russian case endings (:mod:`sahna.langs.ru.endings`), on every word of the name;
- ``kk``: Kazakh case endings (:mod:`sahna.langs.kk.endings`), on the last word only, as in
  "Нұр-Сұлтанда", "Біріккен Араб Әмірліктерінде"; ``kkn`` also allows plural and
  possessive endings, for nationality words ("қазақтардың");
- ``kkderiv``: a Kazakh "-лық" derivative of the last word ("ресейлік", "түркиялық");
- ``exact``: no change (Latin script), or a plural ``-s`` for English nationality words.

Overlapping hits are resolved longest first, then by table priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sahna.langs.kk import endings as kk
from sahna.langs.ru import endings as ru
from sahna.places.gazetteer import Name, NameIndex
from sahna.places.text import (
    Word,
    is_initial_before,
    is_sentence_start,
    name_gap,
    same_phrase,
)

# Capitalised words that may stand before a name without making it part of a person's
# name ("В Кирове", "Из Вашингтона", "In Washington").
_FUNCTION_WORDS = frozenset(
    "в во из на под над до от по к ко с со у о об за для при через между и а но же "
    "in at from to of the and near for by on with as into via "
    "бұл осы сол және мен".split()
)
# A city name followed by one of these names a region or district, not the city; so do
# the names of a list before one ("Атырау, Батыс Қазақстан, Ақтөбе облыстарының").
_REGION_WORDS = ("облыс", "аудан", "област", "region", "oblast", "province", "district")
_REGIONS_PLURAL = (
    "облыстар", "аудандар", "областе", "областя", "regions", "oblasts", "provinces", "districts",
)
# "АҚШ доллары", "долларов США", "US dollars": a currency, not the country taking part.
_CURRENCY_WORDS = ("доллар", "dollar")
_LIST_WORDS = frozenset("және мен бен пен и а также and".split())
_LIST_GAP = re.compile(r"[ \u00a0,\-]*")
# Two-word region names start with a direction: "Батыс Қазақстан", "North Kazakhstan".
_DIRECTIONS = frozenset(
    "батыс шығыс солтүстік оңтүстік западный восточный северный южный "
    "west east north south western eastern northern southern".split()
)


_KK_BASES = {"kk": kk.name_bases, "kkn": kk.noun_bases, "kkderiv": kk.derived_bases}


@dataclass(frozen=True)
class Hit:
    """A name found at words ``[first, last]`` (inclusive)."""

    first: int
    last: int
    name: Name


@dataclass
class Scan:
    """One text being scanned: the words plus the options of the current search."""

    text: str
    words: Sequence[Word]
    lang: str | None


def strategies(word: Word, lang: str | None, derived: bool = False) -> tuple[str, ...]:
    """Which ways of matching apply to ``word`` in a text of language ``lang``.

    Kazakh endings are tried on Cyrillic words of Kazakh texts, and, when the language is
    unknown, on words with Kazakh letters; Russian endings on the other Cyrillic words.
    With ``derived`` only the Kazakh "-лық" derivation is tried.
    """
    kazakh = word.is_cyrillic and (
        lang == "kk" or (lang not in ("ru", "en") and word.is_kazakh)
    )
    if derived:
        return ("kkderiv",) if kazakh else ()
    if not word.is_cyrillic:
        return ("exact",)
    return ("kk",) if kazakh else ("ru",)


def word_matches(strategy: str, name: Name, position: int, word: Word, plural_s: bool) -> bool:
    """Whether ``word`` can be the ``position``-th word of ``name`` under ``strategy``."""
    wanted = name.plain[position]
    last = position == len(name.plain) - 1
    if strategy == "ru":
        return bool(name.ru) and name.ru[position] in ru.word_keys(word.key)
    if strategy in _KK_BASES and last:
        return wanted in _KK_BASES[strategy](word.key)
    if word.key == wanted:
        return True
    return plural_s and last and word.key == wanted + "s"


def candidates(index: NameIndex, word: Word, strategy: str, plural_s: bool) -> Iterator[Name]:
    """Names whose first word ``word`` may be, before the rest of the name is checked."""
    if strategy == "ru":
        for key in ru.word_keys(word.key):
            yield from index.by_ru.get(key, ())
        return
    if strategy in _KK_BASES:
        for base in _KK_BASES[strategy](word.key):
            yield from index.by_plain.get(base, ())
        return
    yield from index.by_plain.get(word.key, ())
    if plural_s and word.key.endswith("s"):
        yield from index.by_plain.get(word.key[:-1], ())


def find(
    scan: Scan,
    index: NameIndex,
    *,
    lowercase_cyrillic: bool = False,
    derived: bool = False,
    plural_s: bool = False,
    regions: bool = False,
) -> list[Hit]:
    """All non-overlapping occurrences of names of ``index`` in the scanned text.

    Names must start with a capital letter, except Russian and Kazakh nationality words
    (``lowercase_cyrillic``, implied by ``derived``): "казахстанский", "ресейлік".
    A city followed by a region word ("Алматы облысы") is skipped unless ``regions``.
    """
    lowercase_cyrillic = lowercase_cyrillic or derived
    hits: list[Hit] = []
    words = scan.words
    for i, word in enumerate(words):
        if word.key[:3] not in index.prefixes:
            continue
        if not (lowercase_cyrillic and word.is_cyrillic) and not _capitalised_ok(word):
            continue
        for strategy in strategies(word, scan.lang, derived):
            if strategy == "kk" and index.animate:
                strategy = "kkn"
            seen: set[int] = set()
            for name in candidates(index, word, strategy, plural_s):
                if id(name) in seen:
                    continue
                seen.add(id(name))
                last = _match_rest(scan, name, i, strategy, plural_s)
                if last is not None and not _vetoed(scan, name, i, last):
                    hits.append(Hit(i, last, name))
    if not regions:
        in_region = _region_names(scan)
        hits = [h for h in hits if h.name.target.kind != "city" or h.last not in in_region]
    return resolve(hits)


def _capitalised_ok(word: Word) -> bool:
    """Names start with a capital; short all-caps words are abbreviations ("ОШ" school)."""
    return word.is_capitalised and not (word.is_upper and len(word.text) <= 3)


def _match_rest(scan: Scan, name: Name, first: int, strategy: str, plural_s: bool) -> int | None:
    """Index of the last word of ``name`` matched from word ``first``, or None."""
    size = len(name.plain)
    if first + size > len(scan.words):
        return None
    for offset in range(size):
        word = scan.words[first + offset]
        if offset and not name_gap(scan.text, scan.words[first + offset - 1], word):
            return None
        # In Kazakh only the last word inflects; the earlier ones must be exact.
        how = strategy if strategy == "ru" or offset == size - 1 else "exact"
        if not word_matches(how, name, offset, word, plural_s):
            return None
    return first + size - 1


def _vetoed(scan: Scan, name: Name, first: int, last: int) -> bool:
    """Context rules that make a found name unlikely to be meant as a place."""
    words, text = scan.words, scan.text
    if name.not_initial and (is_sentence_start(text, words[first]) or _opens_title(scan, first)):
        return True
    if name.target.kind == "country" and in_currency(words, first, last):
        return True
    return name.person and _in_person_context(scan, first, last)


def _opens_title(scan: Scan, first: int) -> bool:
    """Whether the word opens a quoted title («Победа», "Nice Work"), capitalised anyway."""
    start = scan.words[first].start
    return start > 0 and scan.text[start - 1] in "«\"“„'"


def in_currency(words: Sequence[Word], first: int, last: int) -> bool:
    """Whether the words ``first..last`` qualify a currency ("АҚШ доллары", "долларов США")."""
    before = words[first - 1].key if first > 0 else ""
    after = words[last + 1].key if last + 1 < len(words) else ""
    return before.startswith(_CURRENCY_WORDS) or after.startswith(_CURRENCY_WORDS)


def _region_names(scan: Scan) -> set[int]:
    """Indexes of the words that name regions: the names listed right before a region word
    ("Алматы облысы", "Маңғыстау, Атырау, Батыс Қазақстан, Ақтөбе облыстарының")."""
    marked: set[int] = set()
    for j, word in enumerate(scan.words):
        if word.key.startswith(_REGION_WORDS):
            marked.update(_listed_before(scan, j, word.key.startswith(_REGIONS_PLURAL)))
    return marked


def _listed_before(scan: Scan, j: int, plural: bool) -> Iterator[int]:
    """Walk back from word ``j`` over the region name before it, and when the region word
    is plural over a list of them joined by commas and conjunctions; each item is one
    word, or two when the first is a direction."""
    words, text = scan.words, scan.text
    k, item_start = j - 1, True
    while k >= 0 and _LIST_GAP.fullmatch(text, words[k].end, words[k + 1].start):
        word = words[k]
        if word.key in _LIST_WORDS:
            if not plural:
                return
            item_start = True
        elif not word.is_capitalised:
            return
        elif item_start or word.key in _DIRECTIONS:
            yield k
            item_start = plural and k > 0 and "," in text[words[k - 1].end : word.start]
        else:
            return
        k -= 1


def _in_person_context(scan: Scan, first: int, last: int) -> bool:
    """True next to another capitalised word or an initial: "Сергей Киров", "Д. Қонаев"."""
    words, text = scan.words, scan.text
    if is_initial_before(text, words, first):
        return True
    if first > 0:
        before = words[first - 1]
        if (
            same_phrase(text, before, words[first])
            and before.is_capitalised
            and before.key not in _FUNCTION_WORDS
        ):
            return True
    if last + 1 < len(words):
        after = words[last + 1]
        if same_phrase(text, words[last], after) and after.is_capitalised:
            return after.key not in _FUNCTION_WORDS
    return False


def resolve(hits: list[Hit]) -> list[Hit]:
    """Keep the longest hit wherever hits overlap (then the higher-priority name)."""
    ordered = sorted(hits, key=lambda h: (-(h.last - h.first), h.name.rank, h.first))
    taken: set[int] = set()
    kept = []
    for hit in ordered:
        span = range(hit.first, hit.last + 1)
        if not taken.intersection(span):
            taken.update(span)
            kept.append(hit)
    return sorted(kept, key=lambda h: h.first)

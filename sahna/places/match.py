"""Finding indexed names in a tokenised text.

A name is tried at every word whose first three letters start some indexed name. How a
word may differ from the indexed form is the business of the language that reads it
(:func:`sahna.places.readers.reader`: the text's language, or where that is unknown or
writes the other script, the one the word's letters point to):

- a language whose names decline (Russian, :mod:`sahna.langs.ru.endings`) reads every
  word of the name, by declension key;
- otherwise the last word only may differ, by the keys the language gives it: Kazakh
  case endings (:mod:`sahna.langs.kk.endings`), as in "Нұр-Сұлтанда", "Біріккен Араб
  Әмірліктерінде", with plural and possessive endings for nationality words
  ("қазақтардың") and a "-лық" derivative when derived words are searched ("ресейлік");
  English a plural ``-s`` for nationality words. The other words must be exact.

Overlapping hits are resolved longest first, then by table priority. The words the
rules look for around a name (region words, currencies...) are every language's
``place_cues.tsv``, since a text's language may be unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from sahna.places.gazetteer import Name, NameIndex
from sahna.places.readers import text_reader, words_of_all
from sahna.places.text import (
    Word,
    is_initial_before,
    is_sentence_start,
    name_gap,
    same_phrase,
)

if TYPE_CHECKING:
    from sahna.langs.base import Language

_LIST_GAP = re.compile(r"[ \u00a0,\-]*")


@cache
def _cue_set(name: str) -> frozenset[str]:
    """The place cue ``name`` of every language, as a set."""
    return frozenset(words_of_all(name))


@cache
def _cue_stems(name: str) -> tuple[str, ...]:
    """The place cue ``name`` of every language, as prefixes for ``str.startswith``."""
    return tuple(words_of_all(name))


@dataclass(frozen=True)
class Hit:
    """A name found at words ``[first, last]`` (inclusive)."""

    first: int
    last: int
    name: Name


@dataclass
class Scan:
    """One text being scanned: the words plus the options of the current search.

    ``found`` remembers what :func:`find` (and the country abbreviations) returned for
    each index and options, and ``regions`` the words that name regions: the place
    stage asks for the same search of the same text more than once (places, then
    country references, then city adjectives), and each is a walk over every word."""

    text: str
    words: Sequence[Word]
    lang: str | None
    found: dict[tuple, tuple] = field(default_factory=dict, repr=False, compare=False)
    regions: set[int] | None = field(default=None, repr=False, compare=False)
    heads: list[str] | None = field(default=None, repr=False, compare=False)

    def word_heads(self) -> list[str]:
        """The first three letters of each word's key (what the indexes are keyed by),
        cut once for every search of the text."""
        if self.heads is None:
            self.heads = [word.key[:3] for word in self.words]
        return self.heads


def word_matches(lang: Language, index: NameIndex, name: Name, position: int, word: Word,
                 derived: bool, plural_s: bool) -> bool:
    """Whether ``word`` can be the ``position``-th word of ``name`` as ``lang`` reads it:
    by declension key at every position where names decline, else by the language's keys
    for the last word and exactly for the others."""
    if lang.declines_places:
        keys = lang.place_keys(word.key, animate=index.animate, derived=derived, plural=plural_s)
        return bool(name.declined) and name.declined[position] in keys
    if position == len(name.plain) - 1:
        keys = lang.place_keys(word.key, animate=index.animate, derived=derived, plural=plural_s)
        return name.plain[position] in keys
    return word.key == name.plain[position]


def candidates(index: NameIndex, word: Word, lang: Language, derived: bool, plural_s: bool
               ) -> Iterator[Name]:
    """Names whose first word ``word`` may be, before the rest of the name is checked."""
    table = index.by_declension if lang.declines_places else index.by_plain
    for key in lang.place_keys(word.key, animate=index.animate, derived=derived,
                               plural=plural_s):
        yield from table.get(key, ())


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
    key = (id(index), lowercase_cyrillic, derived, plural_s, regions)
    if key not in scan.found:  # the index is kept beside its hits: its id stays its own
        scan.found[key] = (index, tuple(_find(scan, index, lowercase_cyrillic, derived,
                                              plural_s, regions)))
    return list(scan.found[key][1])


def _find(scan: Scan, index: NameIndex, lowercase_cyrillic: bool, derived: bool,
          plural_s: bool, regions: bool) -> list[Hit]:
    hits: list[Hit] = []
    words = scan.words
    read = text_reader(scan.lang)
    prefixes, short = index.prefixes, index.short_prefixes
    # a word's candidate names depend on its key alone (the reading language too), and
    # a text repeats its words: each key is looked up once per search
    by_key: dict[str, list[Name]] = {}
    for i, head in enumerate(scan.word_heads()):
        if head not in prefixes and head[:2] not in short:
            continue
        word = words[i]
        # a short all-caps word only as the first part of a hyphenated name in capitals
        joined = not (lowercase_cyrillic and word.is_cyrillic) and not _capitalised_ok(word)
        if joined and not _hyphenated_caps(scan, i):
            continue
        names = by_key.get(word.key)
        if names is None:
            names = by_key[word.key] = list(candidates(index, word, read(word), derived,
                                                         plural_s))
        if not names:
            continue
        lang = read(word)
        seen: set[int] = set()
        for name in names:
            if id(name) in seen:
                continue
            seen.add(id(name))
            last = _match_rest(scan, index, name, i, lang, derived, plural_s)
            if last is not None and not _vetoed(scan, name, i, last) \
                    and not (joined and last == i):
                hits.append(Hit(i, last, name))
    if not regions:
        if scan.regions is None:
            scan.regions = _region_names(scan)
        in_region = scan.regions
        hits = [h for h in hits if h.name.target.kind != "city" or h.last not in in_region]
    return resolve(hits)


def _capitalised_ok(word: Word) -> bool:
    """Names start with a capital; short all-caps words are abbreviations ("ОШ" school)."""
    return word.is_capitalised and not (word.is_upper and len(word.text) <= 3)


def _hyphenated_caps(scan: Scan, i: int) -> bool:
    """"NUR-SULTAN", "UST-KAMENOGORSK": a short all-caps word joined by a hyphen to the
    all-caps word after it is the first part of a name written in capitals (an agency
    dateline), not an abbreviation."""
    words = scan.words
    if i + 1 >= len(words) or not words[i].is_upper or not words[i + 1].is_upper:
        return False
    return scan.text[words[i].end:words[i + 1].start] in ("-", "\u2010", "\u2011")


def _match_rest(scan: Scan, index: NameIndex, name: Name, first: int, lang: Language,
                derived: bool, plural_s: bool) -> int | None:
    """Index of the last word of ``name`` matched from word ``first``, or None."""
    size = len(name.plain)
    if first + size > len(scan.words):
        return None
    for offset in range(size):
        word = scan.words[first + offset]
        if offset and not name_gap(scan.text, scan.words[first + offset - 1], word):
            return None
        if not word_matches(lang, index, name, offset, word, derived, plural_s):
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
    currency = _cue_stems("currency")
    return before.startswith(currency) or after.startswith(currency)


def _region_names(scan: Scan) -> set[int]:
    """Indexes of the words that name regions: the names listed right before a region word
    ("Алматы облысы", "Маңғыстау, Атырау, Батыс Қазақстан, Ақтөбе облыстарының")."""
    marked: set[int] = set()
    region, regions = _cue_stems("region"), _cue_stems("regions")
    for j, word in enumerate(scan.words):
        if word.key.startswith(region) and not _adjective_after_locative(scan, j, region):
            marked.update(_listed_before(scan, j, word.key.startswith(regions)))
    return marked


_DERIVED = ("тық", "тік", "дық", "дік", "лық", "лік")
_LOCATIVE = ("да", "де", "та", "те")


def _adjective_after_locative(scan: Scan, j: int, region: tuple[str, ...]) -> bool:
    """«Таразда облыстық турнир өтті»: an adjective of the region word («облыстық»
    'regional') after a name in the Kazakh locative starts the next phrase; the name is
    the town where it happens, not a region's («Алматы облыстық театры»: a bare name)."""
    key = scan.words[j].key
    stem = max((r for r in region if key.startswith(r)), key=len)
    return j > 0 and key[len(stem):].startswith(_DERIVED) \
        and scan.words[j - 1].key.endswith(_LOCATIVE)


def _listed_before(scan: Scan, j: int, plural: bool) -> Iterator[int]:
    """Walk back from word ``j`` over the region name before it, and when the region word
    is plural over a list of them joined by commas and conjunctions; each item is one
    word, or two when the first is a direction."""
    words, text = scan.words, scan.text
    list_words, directions = _cue_set("list_word"), _cue_set("direction")
    k, item_start = j - 1, True
    while k >= 0 and _LIST_GAP.fullmatch(text, words[k].end, words[k + 1].start):
        word = words[k]
        if word.key in list_words:
            if not plural:
                return
            item_start = True
        elif not word.is_capitalised:
            return
        elif item_start or word.key in directions:
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
            and before.key not in _cue_set("function_word")
        ):
            return True
    if last + 1 < len(words):
        after = words[last + 1]
        if same_phrase(text, words[last], after) and after.is_capitalised:
            return after.key not in _cue_set("function_word")
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

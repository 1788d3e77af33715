"""The words a search finds an event by, beyond the words it is written in: stems and
cross-script keys, so that what a person types finds what an article wrote.

- Russian and English words are reduced by the Snowball stemmers (PyStemmer), so
  «концерты» finds «концерт» and «концертов», "exhibitions" finds "exhibition".
- Kazakh words lose their case, possessive and plural endings (the ending chains of
  :mod:`sahna.langs.kk.endings`, which the place rules already use), so «Наурызда»
  finds «Наурыз».
- Every word also gets its Latin comparison key (:func:`sahna.link.names.name_key`, the
  transliteration entity linking uses), so "Balayeva" finds «Балаева» and «Омарова»
  finds "Omarova".

The index (FTS5's ``terms`` column on SQLite, the tsvector of ``search_text`` on
PostgreSQL) holds these forms of the stored text; a query word matches when any of its
own forms is a prefix of an indexed word. Both sides are computed here, in Python, so
SQLite and PostgreSQL find the same events whatever the server's text-search
configuration or locale.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from sahna.store.query import words

__all__ = ["forms", "fts_match", "index_terms", "ts_match"]

_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]")
_MIN_STEM = 3  # shorter stems would match too much as prefixes


@cache
def _stemmer(language: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer(language)


@cache
def _kazakh_endings() -> tuple[frozenset[str], int]:
    from sahna.langs.kk.endings import NOUN_ENDINGS

    return NOUN_ENDINGS, max(map(len, NOUN_ENDINGS))


def kazakh_stem(word: str) -> str:
    """``word`` without its longest Kazakh noun ending, keeping a stem of 3+ letters."""
    endings, longest = _kazakh_endings()
    for size in range(min(longest, len(word) - _MIN_STEM), 0, -1):
        if word[-size:] in endings:
            return word[:-size]
    return word


@lru_cache(maxsize=65536)
def forms(word: str) -> tuple[str, ...]:
    """The searchable forms of one word: itself (case-folded, ё as е), its stems and its
    Latin key; each of 2+ characters, the word first, no repeats."""
    from sahna.link.names import name_key

    w = word.casefold().replace("ё", "е")
    out = [w]
    if _CYRILLIC.search(w):
        out += [_stemmer("russian").stemWord(w), kazakh_stem(w)]
    elif w.isalpha():
        out.append(_stemmer("english").stemWord(w))
    key = name_key(w)
    out.append(key)
    return tuple(f for f in dict.fromkeys(out) if len(f) >= 2)


def index_terms(text: str) -> str:
    """The extra forms of ``text``'s words (not the words themselves, which are indexed
    as written), each once, space-separated."""
    seen: dict[str, None] = {}
    plain = set()
    for word in words(text):
        found = forms(word)
        plain.add(found[0] if found else word.casefold())
        for form in found[1:]:
            seen.setdefault(form)
    return " ".join(f for f in seen if f not in plain)


def _alternatives(word: str) -> list[str]:
    """What a typed word may match, as prefixes: its forms, and for a Latin key of 6+
    letters the key less its last letter (a Latin "Balayeva" against the Russian
    oblique «Балаевой», key "balaevoi")."""
    found = list(forms(word))
    out = [f for f in found if len(f) >= _MIN_STEM or f == found[0]]
    key = found[-1] if found else ""
    if len(key) >= 6 and key.isascii():
        out.append(key[:-1])
    return list(dict.fromkeys(out)) or [word.casefold()]


def fts_match(text: str) -> str:
    """User text as an FTS5 query: every word required, any of its forms as a prefix."""
    groups = ["(" + " OR ".join(f'"{a}"*' for a in _alternatives(w)) + ")"
              for w in words(text)]
    return " AND ".join(groups) or '""'


def ts_match(text: str) -> str:
    """User text as a PostgreSQL tsquery of the same meaning as :func:`fts_match`."""
    return " & ".join("(" + " | ".join(f"{a}:*" for a in _alternatives(w)) + ")"
                      for w in words(text))

"""Month names and relative date words, read from each language's ``months.tsv`` and
``relative.tsv`` (``sahna/langs/<code>/data/``).

The words live in data files rather than in code so that a linguist can add a case
form or a synonym without touching a regex, and so that all three languages are
described the same way. Files are read once per process (``functools.cache``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sahna.langs import get

#: Relative meanings that may qualify a day or month ("25 апреля этого года"), with
#: the year offset each one stands for.
YEAR_OFFSETS = {"this_year": 0, "last_year": -1, "next_year": 1}


@dataclass(frozen=True)
class MonthForm:
    """One surface form of a month name (``case`` is a grammatical tag such as
    ``gen``, ``poss_loc`` or ``abbr``)."""

    month: int
    lang: str
    case: str
    form: str


@dataclass(frozen=True)
class RelativePhrase:
    """A relative date phrase; ``role`` says where it may stand (see relative.tsv)."""

    lang: str
    key: str
    role: str
    phrase: str


def normalize(phrase: str) -> str:
    """Lower-case and collapse spaces, so that a matched phrase finds its entry."""
    return re.sub(r"\s+", " ", phrase.strip()).lower()


@functools.cache
def _month_forms(lang: str) -> tuple[MonthForm, ...]:
    """``months.tsv`` of ``lang`` (none for a language sahna does not read)."""
    known = get(lang)
    rows = known.rows("months.tsv") if known else []
    return tuple(MonthForm(int(month), lang, case, form) for month, case, form in rows)


@functools.cache
def _relative_phrases(lang: str) -> tuple[RelativePhrase, ...]:
    """``relative.tsv`` of ``lang`` (none for a language sahna does not read)."""
    known = get(lang)
    rows = known.rows("relative.tsv") if known else []
    return tuple(RelativePhrase(lang, key, role, normalize(phrase)) for key, role, phrase in rows)


def month_forms(lang: str, cases: frozenset[str] | None = None) -> list[MonthForm]:
    """Forms of ``lang``, optionally only those whose case tag is in ``cases``."""
    return [f for f in _month_forms(lang) if cases is None or f.case in cases]


@functools.cache
def day_words(lang: str) -> dict[str, int]:
    """``day_words.tsv`` of ``lang``: days of the month written as ordinal words
    (normalised) -> the day («бесінші» 5); empty where a language has no such table."""
    known = get(lang)
    if known is None or not known.lexicon("day_words.tsv").is_file():
        return {}
    return {normalize(word): int(day) for day, word in known.rows("day_words.tsv")}


@functools.cache
def month_index(lang: str) -> dict[str, int]:
    """Lower-cased form -> month number, to read back what a pattern matched."""
    return {f.form.lower(): f.month for f in month_forms(lang)}


def relative_phrases(lang: str, role: str) -> list[str]:
    """Normalised phrases of ``lang`` that may stand in ``role``."""
    return [p.phrase for p in _relative_phrases(lang) if p.role == role]


@functools.cache
def relative_index(lang: str) -> dict[str, str]:
    """Normalised phrase -> meaning key (a phrase means the same in every role)."""
    return {p.phrase: p.key for p in _relative_phrases(lang)}

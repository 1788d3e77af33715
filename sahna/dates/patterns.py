"""Regular expressions for date expressions, compiled once per language.

Each rule is a template written with placeholders (``{D1}``, ``{M2}``, ``{QA}``...)
that expand into named groups. Every rule uses the same group names, so one
interpreter (``sahna.dates.find_dates``) reads them all:

``d1 m1 y1``  the start (or the only point) ``d2 m2 y2``  the end of a range
``y0``        a year written before the whole expression (Kazakh "2024 жылғы ...")
``rel``       a relative word: a year qualifier ("этого года") or a phrase alone

A rule's ``kind`` is ``span`` (a point or a range), ``end`` (an end only: "до 31
октября", "until the end of October"), ``relative``, or ``relative_end`` (the coming
weekday an event runs until: «до воскресенья», "until Sunday").

The numeric rules every language shares are here (:data:`_COMMON`); each language's own
rules and placeholders are in its package (:attr:`Language.date_rules` and
:meth:`Language.date_pieces`, ``sahna/langs/<code>/dates.py``), over its month names
and relative words (:mod:`sahna.dates.lexicon`).

Why so many small rules rather than one big grammar: each rule reads as one written
form, can be tested alone, and a wrong match is easy to trace back. Overlaps between
rules are settled later (longest match wins).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sahna.dates import lexicon
from sahna.langs import get

if TYPE_CHECKING:
    from sahna.langs.base import Language

#: A date never starts inside a word, a number, a code or a time ("10484-АА", "04:04").
_LB = r"(?<![\w.:/№+\-])"
_DASH = r"\s*[-‐‑‒–—−]\s*"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_YEAR = r"(?:1[89]|2[01])\d\d(?!\d|['’]?s\b)"  # not a decade ("the 1990s")
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])(?!\d)"


@dataclass(frozen=True)
class Rule:
    """One compiled pattern and how to read its groups."""

    name: str
    kind: str  # "span" | "end" | "relative" | "relative_end" (a weekday run until)
    regex: re.Pattern[str]


def trie_regex(words: Iterable[str]) -> str:
    """A prefix-factored alternation of ``words``.

    Month lists hold hundreds of Kazakh case forms; a plain ``a|b|c`` alternation
    would be tried form by form at every position of every document, a trie fails
    after one character almost everywhere. Longer forms win (greedy optional tails).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie) or "(?!)"


def _trie_node(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def phrase_regex(phrases: Iterable[str]) -> str:
    """Alternation of multi-word phrases, longest first, any spaces between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    alts = [r"\s+".join(re.escape(w) for w in p.split()) for p in ordered]
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _month_alt(
    lang: Language, cases: frozenset[str] | None = None, exclude: frozenset[int] = frozenset()
) -> str:
    """Month forms of ``lang`` as a regex: as written where the language says so (so that
    "may" is no month), otherwise lower-cased (the rules ignore case)."""
    forms = [f.form for f in lexicon.month_forms(lang.code, cases) if f.month not in exclude]
    if lang.months_as_written:
        return "(?-i:" + trie_regex(forms + [f.upper() for f in forms]) + ")"
    return trie_regex(f.lower() for f in forms)


def _fragments(lang: Language | None) -> dict[str, str]:
    """Placeholder -> regex: the numeric pieces every language shares, and for a language
    sahna reads its month names, its relative words and its own pieces."""
    frag = {
        "D1": rf"(?P<d1>{_DAY})",
        "D2": rf"(?P<d2>{_DAY})",
        "DN": _DAY,  # a day in the middle of a list ("18, 19 и 20")
        "NM1": rf"(?P<m1>{_NUM_MONTH})",
        "NM2": rf"(?P<m2>{_NUM_MONTH})",
        "Y0": rf"(?P<y0>{_YEAR})",
        "Y1": rf"(?P<y1>{_YEAR})",
        "Y2": rf"(?P<y2>{_YEAR})",
        "DASH": _DASH,
    }
    if lang is None:
        return frag
    months = _month_alt(lang)
    rel_after = phrase_regex(lexicon.relative_phrases(lang.code, "after"))
    rel_before = phrase_regex(lexicon.relative_phrases(lang.code, "before"))
    rel_alone = phrase_regex(lexicon.relative_phrases(lang.code, "alone"))
    frag.update({
        "M1": rf"(?P<m1>{months})(?!\w)",
        "M2": rf"(?P<m2>{months})(?!\w)",
        "QA": rf"(?P<rel>{rel_after})(?!\w)",
        "QB": rf"(?P<rel>{rel_before})(?!\w)",
        "REL": rf"(?P<rel>{rel_alone})(?!\w)",
    })
    frag.update(lang.date_pieces(functools.partial(_month_alt, lang)))
    return frag


_COMMON = [
    ("iso", "span", r"{Y1}-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("dotted", "span", r"{D1}\.{NM1}\.{Y1}"),
    ("dotted_range", "span", r"{D1}(?:\.{NM1}(?:\.{Y1})?)?{DASH}{D2}\.{NM2}\.{Y2}"),
    # «12.12 в 19:00», "05.03 at 18:00": a day and a month without a year, as posters
    # write them, read only before "at" a time of day (alone, "12.12" may be any number,
    # and "12.12 14:35" opening a line is a news list's stamp)
    ("dotted_day_time", "span",
     r"{D1}\.(?P<m1>0[1-9]|1[0-2])(?![\d.])(?=,?\s+(?:в|во|at|сағат)\s+"
     r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))"),
]

_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


def expand(template: str, pieces: dict[str, str]) -> str:
    """Replace ``{NAME}`` placeholders (upper case only, so ``\\d{1,2}`` is left
    alone), repeatedly, since a piece may contain placeholders of its own."""
    previous = None
    while previous != template:
        previous = template
        template = _PLACEHOLDER.sub(lambda m: pieces[m.group(1)], template)
    return template


@functools.cache
def rules(lang: str) -> tuple[Rule, ...]:
    """Compiled rules for ``lang`` (numeric forms only for a language sahna does not
    read): the shared ones, then the language's own (:attr:`Language.date_rules`)."""
    known = get(lang)
    pieces = _fragments(known)
    compiled = []
    for name, kind, template in (*_COMMON, *(known.date_rules if known else ())):
        pattern = _LB + expand(template, pieces)
        compiled.append(Rule(name, kind, re.compile(pattern, re.IGNORECASE)))
    return tuple(compiled)

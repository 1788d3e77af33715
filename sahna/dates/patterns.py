"""Regular expressions for date expressions, compiled once per language.

Each rule is a template written with placeholders (``{D1}``, ``{M2}``, ``{QA}``...)
that expand into named groups. Every rule uses the same group names, so one
interpreter (``sahna.dates.find_dates``) reads them all:

``d1 m1 y1``  the start (or the only point) ``d2 m2 y2``  the end of a range
``y0``        a year written before the whole expression (Kazakh "2024 жылғы ...")
``rel``       a relative word: a year qualifier ("этого года") or a phrase alone

A rule's ``kind`` is ``span`` (a point or a range), ``end`` (an end only: "до 31
октября", "until the end of October") or ``relative``.

Why so many small rules rather than one big grammar: each rule reads as one written
form, can be tested alone, and a wrong match is easy to trace back. Overlaps between
rules are settled later (longest match wins).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sahna.dates import lexicon

#: A date never starts inside a word, a number, a code or a time ("10484-АА", "04:04").
_LB = r"(?<![\w.:/№+\-])"
_DASH = r"\s*[-‐‑‒–—−]\s*"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_YEAR = r"(?:1[89]|2[01])\d\d(?!\d|['’]?s\b)"  # not a decade ("the 1990s")
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])(?!\d)"

#: Kazakh months that are ordinary words when they stand alone in the locative:
#: маусым is also "season" (жаңа маусымда), қазан is also "cauldron" and the city of
#: Kazan. A bare "маусымда"/"қазанда" is therefore not read as a month; with a day
#: number or "айында" they still are.
_KK_BARE_EXCLUDED = frozenset({6, 10})

_KK_GEN = frozenset({"gen", "poss_gen"})
_KK_LOC = frozenset({"loc", "poss_loc"})


@dataclass(frozen=True)
class Rule:
    """One compiled pattern and how to read its groups."""

    name: str
    kind: str  # "span" | "end" | "relative"
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
    lang: str, cases: frozenset[str] | None = None, exclude: frozenset[int] = frozenset()
) -> str:
    """Month forms as a regex; English is case-sensitive so that "may" is no month."""
    forms = [f.form for f in lexicon.month_forms(lang, cases) if f.month not in exclude]
    if lang == "en":
        return "(?-i:" + trie_regex(forms + [f.upper() for f in forms]) + ")"
    return trie_regex(f.lower() for f in forms)


def _fragments(lang: str) -> dict[str, str]:
    """Placeholder -> regex for ``lang``'s templates."""
    months = _month_alt(lang)
    rel_after = phrase_regex(lexicon.relative_phrases(lang, "after"))
    rel_before = phrase_regex(lexicon.relative_phrases(lang, "before"))
    frag = {
        "D1": rf"(?P<d1>{_DAY})",
        "D2": rf"(?P<d2>{_DAY})",
        "DN": _DAY,  # a day in the middle of a list ("18, 19 и 20")
        "M1": rf"(?P<m1>{months})(?!\w)",
        "M2": rf"(?P<m2>{months})(?!\w)",
        "NM1": rf"(?P<m1>{_NUM_MONTH})",
        "NM2": rf"(?P<m2>{_NUM_MONTH})",
        "Y0": rf"(?P<y0>{_YEAR})",
        "Y1": rf"(?P<y1>{_YEAR})",
        "Y2": rf"(?P<y2>{_YEAR})",
        "DASH": _DASH,
        "QA": rf"(?P<rel>{rel_after})(?!\w)",
        "QB": rf"(?P<rel>{rel_before})(?!\w)",
        "REL": rf"(?P<rel>{phrase_regex(lexicon.relative_phrases(lang, 'alone'))})(?!\w)",
    }
    if lang == "kk":
        gen = _month_alt("kk", _KK_GEN)
        nom = _month_alt("kk", frozenset({"nom"}))
        for n in ("1", "2"):
            # "наурыздың 21-і" or "наурыз айының 21-і"
            frag[f"MG{n}"] = rf"(?P<m{n}>{gen}(?!\w)|{nom}(?=\s+айының(?!\w)))(?:\s+айының)?"
        bare = _month_alt("kk", _KK_LOC, exclude=_KK_BARE_EXCLUDED)
        frag["ML1"] = rf"(?P<m1>{bare})(?!\w)"
    return frag


_COMMON = [
    ("iso", "span", r"{Y1}-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("dotted", "span", r"{D1}\.{NM1}\.{Y1}"),
    ("dotted_range", "span", r"{D1}(?:\.{NM1}(?:\.{Y1})?)?{DASH}{D2}\.{NM2}\.{Y2}"),
]

_RU_YW = r"(?:\s*(?:год(?:а|у)?(?!\w)|гг?\.))?"
_RU_ORD = r"(?:-?(?:го|ое|ого|е)(?!\w))?"
_RU_PART = r"(?:(?:конце|начале|середине|течение|первой\s+половине|второй\s+половине)\s+)?"

_RU = [
    (
        "ru_from_to",
        "span",
        r"со?\s+{D1}{ORD}(?:\s+{M1}(?:\s+{Y1}{YW})?)?\s+(?:по|до)\s+{D2}{ORD}\s+{M2}"
        r"(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_dash",
        "span",
        r"{D1}{ORD}(?:\s+{M1}(?:\s+{Y1}{YW})?)?{DASH}{D2}{ORD}\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_list",
        "span",
        r"{D1}(?:\s*,\s*{DN}){0,10}(?:\s*,\s*|\s+и\s+){D2}\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_month_range",
        "span",
        r"со?\s+{M1}(?:\s+{Y1}{YW})?\s+(?:по|до)\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    ("ru_year_range", "span", r"(?:в\s+)?{Y1}{DASH}{Y2}\s*(?:год(?:ах|ы|ов)(?!\w)|гг\.)"),
    ("ru_year_from_to", "span", r"с\s+{Y1}\s+(?:по|до)\s+{Y2}\s*(?:год\w*|гг?\.)"),
    ("ru_day", "span", r"{D1}{ORD}\s+{M1}(?:\s+{Y1}{YW})?(?:\s+{QA})?"),
    ("ru_month", "span", r"(?:в|во|с)\s+{PART}{M1}(?:\s+{Y1}{YW})?(?:\s+{QA})?"),
    ("ru_month_year", "span", r"{M1}\s+{Y1}{YW}"),
    ("ru_year", "span", r"(?:(?:в|с)\s+)?{Y1}\s*(?:год(?:а|у)?(?!\w)|г\.)"),
    ("ru_until_day", "end", r"(?:до|по)\s+{D2}{ORD}\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?"),
    ("ru_until_month", "end", r"до\s+(?:конца\s+)?{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?"),
    ("ru_until_year", "end", r"до\s+(?:конца\s+)?{Y2}\s*(?:год(?:а|у)?(?!\w)|г\.)"),
    ("ru_relative", "relative", r"{REL}"),
]

_KK_YW = r"\s*-?\s*(?:жыл(?:ы|ғы|дың|да|ға|дан)?(?!\w)|ж\.)"
_KK_SUF = r"(?:\s*-\s*[^\W\d_]{1,8})?"  # ordinal/case ending after a number: 21-і, 6-шы
_KK_SEP = r"(?:\s*-\s*|\s+)"
_KK_PRE = r"(?:(?:{Y0}{YW}|{QB})\s+)?"
_KK_AI = r"(?:\s+айы\w*)?"
_KK_TAIL = r"(?:\s+(?:күндері|күні|аралығында|аралығы))?"
#: "5-маусымы" is "its 5th season", not 5 June (see _KK_BARE_EXCLUDED).
_KK_NOT_SEASON = r"(?!-\s*маусымы)"

_KK = [
    ("kk_dash", "span", r"{PRE}{D1}{SUF}{DASH}{D2}{SUF}{SEP}{M2}{AI}(?:\s+{Y2}(?:{YW})?)?{TAIL}"),
    (
        "kk_dash_months",
        "span",
        r"{PRE}{D1}{SUF}{SEP}{M1}{AI}{DASH}{D2}{SUF}{SEP}{M2}{AI}(?:\s+{Y2}(?:{YW})?)?{TAIL}",
    ),
    ("kk_from_to", "span", r"{PRE}{D1}{SUF}{SEP}{M1}\s+{D2}{SUF}{SEP}{M2}{AI}\s+дейін"),
    (
        "kk_list",
        "span",
        r"{PRE}{D1}(?:\s*,\s*{DN}){0,10}(?:\s*,\s*|\s+(?:және|мен)\s+){D2}{SUF}{SEP}{M2}{AI}"
        r"(?:\s+{Y2}(?:{YW})?)?{TAIL}",
    ),
    (
        "kk_gen_range",
        "span",
        r"{PRE}{MG2}\s+{D1}{SUF}(?:{DASH}|\s+(?:мен|және)\s+){D2}{SUF}"
        r"(?:\s+(?:аралығында|аралығы|күндері))?",
    ),
    ("kk_year_range", "span", r"{Y1}{DASH}{Y2}\s*-?\s*(?:жылдар\w*|жж\.)(?:\s+аралығында)?"),
    ("kk_year_from_to", "span", r"{Y1}\s*-?\s*жылдан\s+{Y2}\s*-?\s*жылға\s+дейін"),
    ("kk_day", "span", r"{PRE}{D1}{SUF}{NOTSEASON}{SEP}{M1}{AI}(?:\s+{Y1}(?:{YW})?)?(?:\s+күні)?"),
    ("kk_gen_day", "span", r"{PRE}{MG1}\s+{D1}{SUF}(?:\s+күн\w*)?(?:\s+бастап)?"),
    ("kk_month_ai", "span", r"{PRE}{M1}\s+айы\w*(?:\s+(?:басында|соңында|ортасында|аяғында))?"),
    ("kk_year_month", "span", r"(?:{Y0}{YW}|{QB})\s+{M1}{AI}"),
    ("kk_month_part", "span", r"{MG1}\s+(?:басында|соңында|ортасында|аяғында)"),
    ("kk_month_loc", "span", r"{ML1}"),
    ("kk_year", "span", r"{Y1}{YW}"),
    ("kk_until_end_month", "end", r"{PRE}{MG2}\s+(?:соңына|аяғына)\s+дейін"),
    ("kk_until_day", "end", r"{PRE}{D2}{SUF}{SEP}{M2}{AI}\s+дейін"),
    ("kk_until_month", "end", r"{PRE}{M2}{AI}\s+дейін"),
    ("kk_until_year", "end", r"{Y2}\s*-?\s*(?:жылға|жылдың\s+соңына|ж\.)\s+дейін"),
    ("kk_relative", "relative", r"{REL}"),
]

_EN_ORD = r"(?:st|nd|rd|th)?(?!\w)"
_EN_TO = r"(?:{DASH}|\s+(?:to|till|until|through|and)\s+)"
_EN_FROM = r"(?:(?:from|between)\s+)?"
_EN_UNTIL = r"(?:until|till|through|up\s+to)\s+"
_EN_PART = r"(?:(?:early|mid|late|the\s+(?:end|beginning|middle)\s+of)[\s-]+)?"

_EN = [
    (
        "en_days_month",
        "span",
        r"{FROM}(?:the\s+)?{D1}{ORD}{TO}(?:the\s+)?{D2}{ORD}(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?"
        r"(?:\s+{QA})?",
    ),
    ("en_month_days", "span", r"{FROM}{M1}\s+{D1}{ORD}{TO}{D2}{ORD}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    (
        "en_day_month_range",
        "span",
        r"{FROM}(?:the\s+)?{D1}{ORD}(?:\s+of)?\s+{M1}(?:,?\s+{Y1})?{TO}(?:the\s+)?{D2}{ORD}"
        r"(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?",
    ),
    (
        "en_month_day_range",
        "span",
        r"{FROM}{M1}\s+{D1}{ORD}(?:,?\s+{Y1})?{TO}{M2}\s+{D2}{ORD}(?:,?\s+{Y2})?",
    ),
    (
        "en_list",
        "span",
        r"{D1}{ORD}(?:\s*,\s*{DN}{ORD}){0,10}(?:\s*,\s*|\s+and\s+){D2}{ORD}(?:\s+of)?\s+{M2}"
        r"(?:,?\s+{Y2})?",
    ),
    (
        "en_month_list",
        "span",
        r"{M1}\s+{D1}{ORD}(?:\s*,\s*{DN}{ORD}){0,10}(?:\s*,\s*|\s+and\s+){D2}{ORD}(?:,?\s+{Y2})?",
    ),
    (
        "en_month_range",
        "span",
        r"(?:from|between)\s+{M1}(?:,?\s+{Y1})?\s+(?:to|and|till|until|through)\s+{M2}"
        r"(?:,?\s+{Y2})?",
    ),
    ("en_year_from_to", "span", r"(?:from|between)\s+{Y1}\s+(?:to|and|till|until|through)\s+{Y2}"),
    ("en_year_range", "span", r"(?:in|during)\s+{Y1}{DASH}{Y2}"),
    ("en_day_month", "span", r"(?:the\s+)?{D1}{ORD}(?:\s+of)?\s+{M1}(?:,?\s+{Y1})?(?:\s+{QA})?"),
    ("en_month_day", "span", r"{M1}\s+{D1}{ORD}(?:,?\s+{Y1})?(?:\s+{QA})?"),
    (
        "en_month",
        "span",
        r"(?:in|during|since|from)\s+{PART}{M1}(?:,?\s+{Y1}|(?!\s+\d))(?:\s+{QA})?",
    ),
    ("en_month_year", "span", r"{M1},?\s+{Y1}"),
    ("en_year", "span", r"(?:in|during|since)\s+{Y1}(?!{DASH}\d)"),
    (
        "en_until_day_month",
        "end",
        r"{UNTIL}(?:the\s+)?{D2}{ORD}(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?(?:\s+{QA})?",
    ),
    ("en_until_month_day", "end", r"{UNTIL}{M2}\s+{D2}{ORD}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    ("en_until_month", "end", r"{UNTIL}(?:the\s+end\s+of\s+)?{M2}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    ("en_until_year", "end", r"{UNTIL}(?:the\s+end\s+of\s+)?{Y2}(?!{DASH}\d)"),
    ("en_relative", "relative", r"{REL}"),
]

_TEMPLATES = {"ru": _RU, "kk": _KK, "en": _EN}

#: Language-specific pieces that templates use as placeholders too; some contain
#: placeholders themselves ("{PRE}" holds "{Y0}"), which ``expand`` resolves in turn.
_LANG_PIECES = {
    "ru": {"YW": _RU_YW, "ORD": _RU_ORD, "PART": _RU_PART},
    "kk": {
        "YW": _KK_YW,
        "SUF": _KK_SUF,
        "SEP": _KK_SEP,
        "PRE": _KK_PRE,
        "AI": _KK_AI,
        "TAIL": _KK_TAIL,
        "NOTSEASON": _KK_NOT_SEASON,
    },
    "en": {"ORD": _EN_ORD, "TO": _EN_TO, "FROM": _EN_FROM, "UNTIL": _EN_UNTIL, "PART": _EN_PART},
}

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
    """Compiled rules for ``lang`` (numeric forms only for an unsupported language)."""
    pieces = {**_fragments(lang if lang in lexicon.LANGS else "en"), **_LANG_PIECES.get(lang, {})}
    compiled = []
    for name, kind, template in _COMMON + _TEMPLATES.get(lang, []):
        pattern = _LB + expand(template, pieces)
        compiled.append(Rule(name, kind, re.compile(pattern, re.IGNORECASE)))
    return tuple(compiled)

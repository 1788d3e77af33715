"""Line classifier for page chrome: one small rule per kind of chrome.

Saved news pages keep what surrounded the article: view counters, bylines, photo
credits, copyright and registration notices, subscription adverts, menu labels,
template placeholders, standalone dates. Each rule below recognises one kind *from
the line alone*; rules that need neighbouring lines (headline lists, bylines next to
a job title, repeated headlines) live in :mod:`sahna.clean.page`.

The words the rules look for are data, not code: they live in
``sahna/data/chrome/*.txt`` (Russian, Kazakh and English), so that a new site's
"Read also" heading or colour switch is one line in a lexicon, not a new rule.
Rules stay general on purpose: nothing here may be keyed to one site's wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from sahna.dates.lexicon import month_forms, relative_index
from sahna.langs import CODES, language
from sahna.lexicon import data_file, data_lines
from sahna.regex_engine import regex_module

# The regex parser, for the literals a cue needs (private: see cue_guard), and the case
# variants the regex engine adds to lower() (ı ~ i, ſ ~ s, ᲃ ~ с).
_sre = regex_module("re._constants", "sre_constants")
_sre_parse = regex_module("re._parser", "sre_parse")
_CASE_FIXES: dict[int, tuple[int, ...]] = getattr(
    regex_module("re._casefix", "sre_compile"), "_EXTRA_CASES", None) or regex_module(
    "sre_compile", "sre_compile")._ignorecase_fixes  # Python 3.10

# ---------------------------------------------------------------- lexicons

_APOSTROPHES = re.compile("[’‘ʼ`´]")


@lru_cache(maxsize=4096)
def light(text: str) -> str:
    """Light normalisation that keeps case: NFKC (no-break spaces become spaces),
    ё -> е, one apostrophe, whitespace collapsed. Cue regexes (compiled
    case-insensitive) run on this, so that match positions map back to the words."""
    text = unicodedata.normalize("NFKC", text).replace("ё", "е").replace("Ё", "Е")
    return " ".join(_APOSTROPHES.sub("'", text).split())


@lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """:func:`light` and case-folded: the key for lexicon look-ups. Lexicon entries get
    the same treatment, so a data file need not care about case or typography."""
    return light(text).casefold()


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``sahna/data/chrome/<name>``."""
    return tuple(line.strip() for line in data_lines(data_file("sahna", "chrome", name)))


def cue_sections() -> dict[str, tuple[str, ...]]:
    """The cue lexicon (``cues.txt``) as ``{kind: entries}``."""
    return _sections("cues.txt")


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    """A sectioned data file (``[kind]`` headers) as ``{kind: entries}``."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in _data_lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return {kind: tuple(entries) for kind, entries in out.items()}


def _phrase_pattern(entry: str) -> str:
    """Regex source for one cue: ``re:`` entries verbatim, else the normalised
    phrase with ``*`` as a word ending, bounded by word edges where it has them."""
    if entry.startswith("re:"):
        return entry[3:]
    phrase = norm(entry)
    body = r"\s+".join(re.escape(w).replace(r"\*", r"\w*") for w in phrase.split())
    left = r"(?<!\w)" if phrase[0].isalnum() else ""
    right = r"(?!\w)" if phrase[-1].isalnum() or phrase.endswith("*") else ""
    return left + body + right


@cache
def cue_regex(kind: str) -> re.Pattern[str]:
    """One alternation of all cues of ``kind`` from ``cues.txt`` (longest first, so
    that "фото автора" wins over "фото" when the match is used as a prefix)."""
    entries = sorted(_sections("cues.txt")[kind], key=len, reverse=True)
    return re.compile("|".join(f"(?:{_phrase_pattern(e)})" for e in entries), re.IGNORECASE)


@cache
def cue_prefix_regex(kind: str, separator: str) -> re.Pattern[str]:
    """A cue of ``kind`` followed by ``separator`` (a regex), for matching at the start
    of a line; compiled once rather than looked up in ``re``'s cache by its source on
    every line."""
    return re.compile(rf"(?:{cue_regex(kind).pattern})\s*(?:{separator})", re.IGNORECASE)


def has_cue(kind: str, text: str) -> bool:
    """``cue_regex(kind).search(text)`` as a truth value, but cheap for the many lines
    that contain none of the cues.

    The alternation of all cues of a kind is tried at every position of the line:
    hundreds of microseconds for a paragraph, the bulk of cleaning a page. Every cue
    needs some literal text (see :func:`_needed_literals`), and plain substring tests
    for those run a hundred times faster. Only the cues whose literal occurs are then
    searched for, with the same regex syntax and flags, so the answer is the full
    alternation's own: a cue without its literal cannot match."""
    guard = cue_guard(kind)
    if guard is None:
        return cue_regex(kind).search(text) is not None
    low = _lower(text)
    if kind in _SEARCHED_KINDS and not _may_have_cue(low):
        return False
    if guard.odd.search(low):
        return cue_regex(kind).search(text) is not None
    if not guard.any_literal.search(low):
        return False
    present = {entry for literal, entry in guard.literals if literal in low}
    return any(cue_entry_regex(kind, entry).search(text) for entry in sorted(present))


@lru_cache(maxsize=4096)
def _lower(text: str) -> str:
    """``text.lower()``, kept: several cue kinds test the same line."""
    return text.lower()


#: The cue kinds that :func:`has_cue` is asked about, line after line.
_SEARCHED_KINDS = ("online", "copyright", "registration", "subscription")


@lru_cache(maxsize=4096)
def _may_have_cue(low: str) -> bool:
    """False when a lower-cased line holds no literal and no odd character of any
    guarded kind of :data:`_SEARCHED_KINDS`: then it has none of their cues, and one
    scan answers for all of them (they test the same line in turn)."""
    return _all_guards().search(low) is not None


@cache
def _all_guards() -> re.Pattern[str]:
    """Literals and odd characters of the guarded kinds, as one alternation; a kind
    without a guard (or one not listed in :data:`_SEARCHED_KINDS`) never consults it."""
    needles: set[str] = set()
    for kind in _SEARCHED_KINDS:
        guard = cue_guard(kind)
        if guard is not None:
            needles.update(literal for literal, _ in guard.literals)
            needles.update(guard.odd_chars)
    return re.compile(_literal_trie(needles))


def _literal_trie(needles: Iterable[str]) -> str:
    """A regex that finds any of ``needles`` (plain strings), factored as a trie: a
    flat alternation of dozens of words is tried word by word at every position,
    a trie fails at the first character almost everywhere. A needle that contains
    another is dropped, since finding the shorter one is enough."""
    kept = sorted(set(needles))
    kept = [n for n in kept if n and not any(o != n and o and o in n for o in kept)]
    trie: dict[str, dict] = {}
    for needle in kept:
        node = trie
        for char in needle:
            node = node.setdefault(char, {})
        node[""] = {}

    def source(node: dict[str, dict]) -> str:
        if "" in node:  # a needle ends here: what could follow does not matter
            return ""
        branches = [re.escape(char) + source(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return source(trie) if kept else "(?!)"


@dataclass(frozen=True)
class _CueGuard:
    """What :func:`has_cue` tests before it runs a regex.

    ``literals`` pairs lower-cased literal text with the index of the cue (in
    ``cues.txt`` order) that needs it; ``any_literal`` finds any of them in one scan
    (see :func:`_literal_trie`), so that most lines cost one search. Testing the
    lower-cased line is safe because the case-insensitive regex matches a character
    when its simple lower case equals the pattern's, or is one of the few extra case
    variants the engine knows (``ı`` for ``i``, ``ᲃ`` for ``с``); ``odd`` finds
    those variants of the literals' letters, and the dot that ``lower()`` adds after
    ``İ``, in a lower-cased line, which is then searched with the full regex
    (``odd_chars`` are the same characters as a set)."""

    literals: tuple[tuple[str, int], ...]
    any_literal: re.Pattern[str]
    odd: re.Pattern[str]
    odd_chars: frozenset[str]


@cache
def cue_guard(kind: str) -> _CueGuard | None:
    """The :class:`_CueGuard` of ``kind``, or ``None`` (always search) when a cue
    needs no literal, refers to a group, or the regex parser cannot tell."""
    literals: set[tuple[str, int]] = set()
    for index, entry in enumerate(_sections("cues.txt")[kind]):
        source = _phrase_pattern(entry)
        if "(?P=" in source or "(?(" in source or re.search(r"\\\d", source):
            return None  # a back-reference: the cue may not stand alone
        needed = _needed_literals(source, re.IGNORECASE)
        if not needed:
            return None
        for literal in needed:
            lowered = literal.lower()
            if len(lowered) != len(literal):
                return None  # a letter whose lower case is two characters
            literals.add((lowered, index))
    odd = {"\u0307"}  # "İ".lower() == "i\u0307"
    for literal, _ in literals:
        for char in literal:
            odd.update(chr(c) for c in _CASE_FIXES.get(ord(char), ()))
    odd_set = "".join(f"\\U{ord(c):08x}" for c in sorted(odd))
    any_literal = re.compile(_literal_trie(literal for literal, _ in literals))
    return _CueGuard(tuple(sorted(literals)), any_literal, re.compile(f"[{odd_set}]"),
                     frozenset(odd))


@cache
def cue_entry_regex(kind: str, entry: int) -> re.Pattern[str]:
    """One cue of ``kind`` (its index in ``cues.txt`` order), with :func:`cue_regex`'s
    flags. A line holds the literals of one or two cues; searching for each of them
    alone answers as their alternation would, and the compiled cues are at most as
    many as the lexicon's entries, while the alternations of the cues present on a
    line were a new regex to compile for one line in ten (the tenth of cleaning an
    HTML page that regex compilation took)."""
    return re.compile(_phrase_pattern(_sections("cues.txt")[kind][entry]), re.IGNORECASE)


def _needed_literals(source: str, flags: int) -> list[str] | None:
    """Literal strings one of which every match of the pattern contains, or ``None``.
    Read from the parsed pattern (the parser is private API, so any surprise means
    ``None``: no guard); constructs not known here only make the answer more
    cautious, never wrong."""
    try:
        return _needed(_sre_parse.parse(source, flags))
    except Exception:
        return None


#: Small literal sets ("[cс]") multiply the literal runs they stand in, up to this many.
_MAX_VARIANTS = 16


def _needed(items: Iterable[tuple[Any, Any]]) -> list[str] | None:
    """For a parsed sequence: the most selective set of needed literals (the one whose
    shortest member is longest) among its runs of literal characters (a small set
    of literals gives a run several variants), its groups, its alternations (one
    needed literal per alternative) and its repeats that must occur at least once.
    Assertions, other sets and optional parts need nothing."""
    best: list[str] | None = None
    runs = [""]

    def consider(found: list[str] | None) -> None:
        nonlocal best
        if found and all(found) and (
                best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in items:
        if op is _sre.LITERAL:
            runs = [run + chr(av) for run in runs]
            continue
        if (op is _sre.IN and all(item is _sre.LITERAL for item, _ in av)
                and len(runs) * len(av) <= _MAX_VARIANTS):
            runs = [run + chr(code) for run in runs for _, code in av]
            continue
        consider(runs)
        runs = [""]
        if op is _sre.SUBPATTERN:
            consider(_needed(av[-1]))
        elif op is _sre.BRANCH:
            alternatives = [_needed(alternative) for alternative in av[1]]
            if all(alternatives):
                consider([literal for alt in alternatives if alt for literal in alt])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            consider(_needed(av[2]))
    consider(runs)
    return best


@cache
def list_headings() -> frozenset[str]:
    """Normalised headings that open a list of other articles' headlines."""
    return frozenset(norm(h) for h in _data_lines("list_headings.txt"))


@cache
def menu_phrases() -> frozenset[str]:
    """Normalised navigation/widget labels (single words and phrases), stripped of
    the separators :func:`is_menu_line` strips from the line ("Search for:")."""
    return frozenset(norm(w).strip(_MENU_EDGES) or norm(w)
                     for w in _data_lines("menu_words.txt"))


@cache
def menu_words() -> frozenset[str]:
    """The single-word labels, which may be combined on one line."""
    return frozenset(w for w in menu_phrases() if " " not in w)


@cache
def job_titles() -> frozenset[str]:
    """Normalised job titles that sign an article."""
    return frozenset(norm(t) for t in _data_lines("job_titles.txt"))


@cache
def months() -> dict[str, int]:
    """Month word -> month number, in every language (cleaning runs before the language
    is known): the forms of the date lexicons (:mod:`sahna.dates.lexicon`) that page
    chrome writes dates with (:attr:`~sahna.langs.base.Language.chrome_month_cases`;
    :func:`month_pattern` lets them take a short ending), without an abbreviation's dot."""
    out: dict[str, int] = {}
    for code in CODES:
        for form in month_forms(code, language(code).chrome_month_cases):
            out[norm(form.form).rstrip(".")] = form.month
    return out


#: The meanings of ``relative.tsv`` that a page's own date line may give instead of a
#: date ("Сегодня, 12:30", "Кеше"): it is never dated tomorrow.
_LINE_RELATIVE = ("today", "yesterday")


@cache
def relative_words() -> tuple[str, ...]:
    """Relative words that may stand for the date of a date line, in every language."""
    return tuple(phrase for code in CODES for phrase, key in relative_index(code).items()
                 if key in _LINE_RELATIVE)


def calendar_words(kind: str) -> list[str]:
    """The ``[kind]`` words of ``calendar.txt`` as regex sources, in the file's order: a
    final "." may be left out on the page, and "*" stands for any ending."""
    out = []
    for entry in _sections("calendar.txt")[kind]:
        word = norm(entry)
        if word.endswith("*"):
            out.append(re.escape(word[:-1]) + r"\w*")
        elif word.endswith("."):
            out.append(re.escape(word[:-1]) + r"\.?")
        else:
            out.append(re.escape(word))
    return out


def _alternation(alternatives: Iterable[str]) -> str:
    """Regex alternation of literal strings, longest first (so prefixes lose)."""
    return "|".join(re.escape(w) for w in sorted(alternatives, key=len, reverse=True))


# ---------------------------------------------------------------- shared helpers

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_SEPARATORS = " \t|/•·,;:–—-"
#: What a label may carry at its edges besides separators: quotes and the arrows of a
#: link ("Подробнее →", "« Previous", "Read more »").
_MENU_EDGES = _SEPARATORS + "»«\"→←›‹"
_SENTENCE_END = re.compile(r"(?<!\b\w)(?<!\.\.)[.!?…]+[»\"”)]*\s+(?=[«\"“(]?[^\W\d_])")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі'"
# A capitalised word, a double-barrelled one ("Абай-Ахмет"), or an initial ("А.").
_NAME_WORD = re.compile(rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]{{2,}})?"
                        rf"(?:-[{_UPPER}]?[{_LOWER}]+)?|[{_UPPER}]\.)$")


def words(line: str) -> list[str]:
    """Letter words of a line (digits and punctuation dropped)."""
    return _WORD.findall(line)


def has_words(line: str, count: int) -> bool:
    """``len(words(line)) >= count``, reading no further than the ``count``-th word:
    asked of paragraphs, which have hundreds."""
    if count <= 0:
        return True
    return next(islice(_WORD.finditer(line), count - 1, None), None) is not None


@lru_cache(maxsize=4096)
def sentence_count(line: str) -> int:
    """Rough sentence count: a boundary is ``.!?…`` followed by a space and a letter,
    not after a one-letter word (initials such as "М. Әуезов" do not split). Kept:
    several line rules ask it of the same line."""
    return len(_SENTENCE_END.findall(line.strip())) + 1


def looks_like_person_name(line: str) -> bool:
    """Two or three capitalised words (an initial counts), nothing else: the shape of
    a byline name such as "Дана Аменова". Used only next to other byline evidence."""
    parts = line.strip().split()
    return 2 <= len(parts) <= 3 and all(_NAME_WORD.match(p) for p in parts)


def ends_like_sentence(line: str) -> bool:
    """A full stop at the end (not an ellipsis): article sentences end so, headlines
    in lists rarely do."""
    s = line.rstrip().rstrip("»\"”)'")
    return s.endswith(".") and not s.endswith("..")


# ---------------------------------------------------------------- dates

@cache
def date_parts() -> dict[str, str]:
    """Regex sources for the pieces of a standalone date or time line."""
    cal = _sections("calendar.txt")
    month = month_pattern()
    weekday = rf"(?:{_alternation(norm(w) for w in cal['weekdays'])})\.?"
    relative = _alternation(norm(w) for w in relative_words())
    year_word = rf"(?:\s*(?:{'|'.join(calendar_words('year'))}))?"
    # dotted, slashed and dashed day-month-year (a dash only with four digits, so
    # that a range of numbers is no date), year-month-day, and ISO 8601 stamps with
    # their time and zone ("2025-11-24t10:15:00+05:00" once case-folded)
    numeric = (rf"(?:\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})|\d{{1,2}}-\d{{1,2}}-\d{{4}}"
               rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:t{_ISO_TIME})?"
               rf"|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}){year_word}")
    # (the year after a dash too: "24-Nov-2025", as some English templates print it)
    textual = (rf"\d{{1,2}}(?:-?(?:ші|шы|сі|сы|го|е|th|st|nd|rd))?[\s-]+{month}"
               rf"(?:(?:,?\s+|-)\d{{4}}{year_word})?"
               rf"|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
               rf"|\d{{4}}{year_word}\s+\d{{1,2}}[\s-]*{month}")
    # a time with a dot ("18.54 GMT") only with its zone: alone it may be a number, and
    # "9.30 a.m." a programme's hour
    dotted_time = rf"\d{{1,2}}\.\d{{2}}{_ZONE_WORD}"
    return {"month": month, "weekday": weekday, "relative": relative,
            "date": f"(?:{numeric}|{textual})",
            "time": rf"(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?{_ZONE}|{dotted_time})"}


#: The time of an ISO 8601 stamp after its "T": seconds, fractions and zone optional.
_ISO_TIME = r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?"
#: A time zone after a printed time: "GMT+5", "(UTC+05:00)", "MSK", "AST".
_ZONE_WORD = (r"\s*\(?(?:gmt|utc|msk|ast|almt|мск|e[sd]?t|c[sd]?t|m[sd]?t|p[sd]?t|bst|cet|cest|ist"
              r"|aest|aedt)(?:\s*[+-−]\s*\d{1,2}(?::?\d{2})?)?\)?")
_ZONE = rf"(?:{_ZONE_WORD}|\s*[+-]\d{{2}}:?\d{{2}})?"


def _at_words() -> str:
    """The ``[at]`` words between a date and a time, as whole words («в», "at"); an
    abbreviation («сағ.») ends with its dot, or where the dot was left out."""
    entries = _sections("calendar.txt")["at"]
    return "|".join(rf"\b{word}" + ("" if entry.endswith(".") else r"\b")
                    for entry, word in zip(entries, calendar_words("at"), strict=True))


@cache
def _date_line_regex() -> re.Pattern[str]:
    """A whole line that is a date and/or time, optionally labelled ("Опубликовано:")
    and with a weekday ("Пятница, 05.09.2025") or a time ("04:04 05.09.2025")."""
    p = date_parts()
    # a publication or update label, maybe with "on" ("Last modified on Mon 18 Nov 2019")
    labels = f"{cue_regex('date_label').pattern}|{cue_regex('date_update_label').pattern}"
    label = f"(?:(?:{labels})\\s*:?\\s*)?(?:(?:on|at)\\s+)?"
    # a mark, a word ("at", «в», «сағат») or both («12.12.2026, сағат 14:05»)
    sep = rf"\s*(?:--|[,|/–—-])?\s*(?:(?:{_at_words()})\s*)?"
    day = f"(?:{p['date']}|{p['relative']})"
    # weekday and time before or after the day, in either order ("10:35 AM ET, Tue
    # November 19, 2019", "Пятница, 05.09.2025", "19 November 2019 1:16pm")
    part = f"(?:{p['weekday']}|{p['time']})"
    dated = f"(?:{part}{sep}){{0,2}}{day}(?:{sep}{part}){{0,2}}"
    # the same time in a second zone after it: "04:05 pm PT (07:05 pm ET)"
    other_zone = rf"(?:\s*\({p['time']}\))?"
    return re.compile(rf"^{label}(?:{dated}|{p['time']}){other_zone}\.?$")


#: What a header prints around a date line that is not part of it: the separator left
#: from the byline or rubric beside it ("| November 18, 2019", "- Nov. 18th 2019") and a
#: closing semicolon or comma ("Updated Nov 19, 6:55 AM;").
_STAMP_EDGES = re.compile(r"^[|•·–—-]+\s*|\s*[;,]$")
_EDGE_MARKS = "|•·–—-"


#: Between a page's publication and update stamps: "24.11.2025 - Update : 24.11.2025".
_STAMP_DASH = re.compile(r"\s+[–—-]\s+")


def is_date_label(line: str) -> bool:
    """A publication or update label alone on its line ("Опубликовано:", «Жарияланды:»,
    "Publish date:"): the date is on the next line, and the label is the stamp's."""
    s = norm(line).rstrip(" :")
    if s in _TABLE_HEADER_LABELS:
        return False  # a programme table's column header on its own line
    return 0 < len(s) <= 40 and (cue_regex("date_label").fullmatch(s) is not None
                                 or cue_regex("date_update_label").fullmatch(s) is not None)


#: Date labels that also head a programme table's column ("Дата", «Күні», "Time").
_TABLE_HEADER_LABELS = frozenset({"дата", "date", "күні", "уақыты", "время", "time"})


def is_date_line(line: str) -> bool:
    """Standalone date/time line ("06.04.2023", "Пятница, 05.09.2025", "04:04
    05.09.2025", "12 қыркүйек", "September 5, 2025"), or two of them joined by a dash
    ("24.11.2025 - Update : 24.11.2025"): pages print these next to the headline or in
    lists; the article never has a date alone on a line."""
    s = norm(line)
    if not s or len(s) > 62:
        return False
    if s[0] in _EDGE_MARKS or s[-1] in ";,":
        s = _STAMP_EDGES.sub("", s)
    if _date_line_regex().match(s):
        return True
    parts = _STAMP_DASH.split(s)
    return len(parts) == 2 and all(_date_line_regex().match(p.replace(" :", ":"))
                                   for p in parts)


#: A view or comment count printed after the date ("21.03.2026, 15:07 135").
_TRAILING_COUNT = re.compile(r"\s+\d{1,3}(?:[ \u00a0]?\d{3})*\s*$")
#: The rubric printed after the date ("5 июля 2024, 11:57 | Культура").
_RUBRIC_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_RUBRIC_MAX_WORDS = 3


#: A city before the date of a stamp: one or two capitalised words and a comma, maybe
#: twice (the city and the country).
_PLACE_PREFIX = re.compile(rf"(?:[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?,\s+){{1,2}}")
#: ... or glued to it by a full stop, as regional sites print it: «Уральск.03.02.25».
_PLACE_GLUED = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?\.(?=\d)")
#: ... or a newspaper's issue number before it: «№37 (1234) от 12 сентября 2025», «№ 37
#: (21234) 12 қыркүйек 2025 ж.», "No. 37, 12 September 2025".
_ISSUE_PREFIX = re.compile(r"(?:№|no\.?)\s*\d{1,5}(?:\s*\(\d{1,6}\))?[,\s]+(?:от\s+|dated\s+)?",
                           re.IGNORECASE)
#: ... or after it: "12 June 2023, Astana", «12 маусым 2023, Алматы».
_PLACE_SUFFIX = re.compile(rf",\s+[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?$")


def issue_date(line: str) -> str | None:
    """The date of a newspaper issue's line («№37 (1234) от 12 сентября 2025»): the text
    after the issue's number, when it is a whole date; else None. The issue's date is
    the day the article was printed."""
    s = light(line)
    m = _ISSUE_PREFIX.match(s)
    return s[m.end():] if m and is_full_date(s[m.end():]) else None


def is_date_stamp(line: str) -> bool:
    """A date line with what headers print beside the date: the city ("Atyrau, July 27
    04:39", "Алматы, 5 мая 2025", «Уральск.03.02.25»), a view counter ("28.04.2016 10:11 2065", "10
    Қыркүйек, 20:45 353", "14.03.2025 72") or a rubric
    after a bar ("5 июля 2024, 11:57 | Культура"). The date part must be a whole
    :func:`is_date_line`; the rubric is one to three words without sentence
    punctuation, so a sentence after a date is never taken."""
    s = light(line)
    if not s or len(s) > 80 or not s[0].isalnum():  # (light() makes "№" "No")
        return False
    count = _TRAILING_COUNT.search(s)
    if count and is_date_line(s[:count.start()]):
        return True
    if date_before_counter(s):
        return True  # "12 ноября 2025 10:15 Просмотров: 345"
    place = (_PLACE_PREFIX.match(s) or _PLACE_GLUED.match(s)  # "Atyrau, July 27 04:39"
             or _ISSUE_PREFIX.match(s))  # «№37 (1234) от 12 сентября 2025»
    if place and is_date_line(s[place.end():]):
        return True
    place = _PLACE_SUFFIX.search(s)  # "12 June 2023, Astana"
    if place and is_date_line(s[:place.start()]):
        return True
    if rubric_beside_date(s[:count.start()] if count else s):
        return True
    parts = _RUBRIC_SEPARATOR.split(s, maxsplit=2)
    if len(parts) != 2:
        return False
    # "5 июля 2024, 11:57 | Культура" or the rubric first: "Культура | 12.03.2025"
    for stamp, rubric in (parts, parts[::-1]):
        rubric = rubric.strip()
        if (is_date_line(stamp) and 1 <= len(rubric.split()) <= _RUBRIC_MAX_WORDS
                and not re.search(r"[.!?:;\d]", rubric) and not rubric[:1].islower()):
            return True
    return False


#: A counter closing a stamp line is this many words at most ("Қаралды: 345", "345 views").
COUNTER_TAIL_MAX_TOKENS = 3
_YEAR_OR_TIME = re.compile(r"\d{4}|\d[.:]\d\d")
#: A weekday, a date of three words, a time and its zone, and two counters.
STAMP_COUNTER_MAX_TOKENS = 12


def date_before_counter(s: str) -> str | None:
    """The date line that labelled view or comment counters close ("… 10:15 Просмотров:
    345", "… 345 рет қаралды", "… Қаралды: 345 Пікірлер: 0"), or None. A counter is
    the last two or three words, a number among them; at most two counters."""
    tokens = s.split()
    # a stamp and its counters are short, and the stamp has a year or a time
    if not 3 <= len(tokens) <= STAMP_COUNTER_MAX_TOKENS \
            or not any(c.isdigit() for c in "".join(tokens[-3:])) \
            or not _YEAR_OR_TIME.search(s):
        return None
    for _ in range(2):
        # the longest counter first: "345 рет қаралды", not its word alone
        for k in range(min(COUNTER_TAIL_MAX_TOKENS, len(tokens) - 1), 1, -1):
            if is_counter(" ".join(tokens[-k:])):
                tokens = tokens[:-k]
                head = " ".join(tokens)
                if is_date_line(head):
                    return head
                break
        else:
            return None
    return None


_RUBRIC_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*(?:-[^\W\d_]+)?")


def rubric_beside_date(s: str) -> str | None:
    """A dated and timed stamp with its rubric before or after it and no separator
    («24 ноября 2025, 14:05 Общество», «Общество 24.11.2025 14:05»): one to
    :data:`_RUBRIC_MAX_WORDS` capitalised words, and the rest a whole date line with a
    time of day, so that no sentence that opens or closes with a date is taken. Returns
    the date part, or None."""
    if not _TIME_OF_DAY.search(s):
        return None  # most lines: no time of day, no such stamp
    tokens = s.split()
    for k in range(1, min(_RUBRIC_MAX_WORDS, len(tokens) - 1) + 1):
        for rubric, stamp in ((tokens[:k], tokens[k:]), (tokens[-k:], tokens[:-k])):
            text = " ".join(stamp)
            if (all(_RUBRIC_WORD.fullmatch(t) for t in rubric) and _TIME_OF_DAY.search(text)
                    and is_date_line(text) and parse_date(text) is not None):
                return text
    return None


_TIME_OF_DAY = re.compile(r"\d{1,2}:\d{2}")


#: Between the parts of a stamp line: "24 Nov 2025 • 3 min read", "14:05 / 2 декабря 2025 /
#: Культура", "Updated: … | Published: …". A slash only between spaces (24/11/2025 is one).
PART_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+/\s+")
_ONLY_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_DOTTED_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})")
_COUNT_AND_WORD = re.compile(r"^\d{1,3}(?:[\s\u00a0,]?\d{3})*\s+[^\W\d_]+$")
PART_RUBRIC_MAX_WORDS = 3
PARTED_STAMP_MAX_CHARS = 120
# A time zone printed beside a stamp's time ("12:45, 05 June 2025 | GMT +6").
_TIME_ZONE = re.compile(r"^\(?(?:GMT|UTC)\s*[+−-]\s*\d{1,2}(?::\d\d)?\)?$", re.IGNORECASE)


def is_full_date(text: str) -> bool:
    """A date line, or a dotted date with a two-digit year («03.02.25»)."""
    return is_date_line(text) or bool(_DOTTED_DATE.fullmatch(text.strip()))


def stamp_parts(line: str) -> list[str] | None:
    """The parts of a stamp line of several parts, when every part is a date (maybe
    labelled: «Опубликовано: …»), a time, a counter ("1 245", "Просмотров: 245", "356
    views"), a reading time ("3 min read"), an author line or a short capitalised rubric,
    and one a date at least; else None."""
    if len(line) > PARTED_STAMP_MAX_CHARS:
        return None
    line = _second_label_regex().sub(" | ", line).strip()
    if line.endswith(")") and "(" not in line:
        line = line[:-1]  # the bracket the update label opened closes the line
    parts = [p for p in PART_SEPARATOR.split(line) if p]
    if len(parts) < 2:
        return None
    dates: set[str] = set()
    marked = False  # a label or a time of day says the dates are stamps
    for k, part in enumerate(parts):
        label = cue_prefix_regex("date_update_label", r":?").match(part) or \
            cue_prefix_regex("date_label", r":?").match(part)
        rest = part[label.end():].strip() if label else part
        place = _PLACE_PREFIX.match(rest) if k == 0 and not label else None
        if place and is_full_date(rest[place.end():]):
            rest = rest[place.end():]  # a dateline's city: "Bishkek, Dec. 10, 2026 / 14:05"
        marked = marked or bool(label) or bool(_TIME_OF_DAY.search(rest))
        if is_full_date(rest):
            dates.add(norm(rest))
        elif not (_ONLY_TIME.match(rest) or _TIME_ZONE.match(rest) or is_counter(part)
                  or is_reading_time(part) or is_time_ago(part) or is_source_line(part)
                  or _COUNT_AND_WORD.match(part) or is_byline(part)
                  or (len(part.split()) <= PART_RUBRIC_MAX_WORDS and part[:1].isupper()
                      and not re.search(r"[\d.!?:;,]", part))):
            return None
    if len(dates) > 1 and not marked:
        return None  # two bare dates: an event's period ("29 November | 20 January 2019")
    return parts if dates else None


def is_parted_stamp(line: str) -> bool:
    """A date line of several parts (see :func:`stamp_parts`)."""
    if len(line) > PARTED_STAMP_MAX_CHARS:
        return False
    return ("|" in line or "•" in line or "·" in line or " / " in line
            or (_YEAR_OR_TIME.search(line) is not None
                and _second_label_regex().search(line) is not None)) \
        and stamp_parts(light(line)) is not None


@cache
def _second_label_regex() -> re.Pattern[str]:
    """The space before an update label that follows the publication stamp on the same
    line without a bar ("Published: 24.11.2025 Updated: 25.11.2025"): a part's start."""
    label = cue_regex("date_update_label").pattern
    # after the stamp's last digit, or its year word ("2025 ж.", "2025 г.")
    # (the label may open a bracket: "15.09.2025, 10:15 (обновлено 15.09.2025, 12:30)"),
    # and its date open with a digit or a month's name ("updated June 13, 2025")
    dated = r"\s*:?\s*(?:\d|[^\W\d]{3,}\.?\s+\d)"
    return re.compile(rf"(?:(?<=\d)\.?|(?<=\sж\.)|(?<=\sг\.))\s+\(?(?=(?:{label}){dated})",
                      re.IGNORECASE)


@cache
def _time_ago_regex() -> re.Pattern[str]:
    """A relative time as feeds print it, optionally labelled: "5 минут назад",
    "Обновлено 2 часа назад", "2 сағат бұрын", "Updated 3 hours ago", "только что"."""
    label = f"(?:(?:{cue_regex('date_label').pattern}|{cue_regex('date_update_label').pattern})"
    label += r"\s*:?\s*)?"
    unit = "|".join(calendar_words("ago_unit"))
    ago = "|".join(calendar_words("ago"))
    now = "|".join(w.replace("\\ ", r"\s+") for w in calendar_words("just_now"))
    after = "|".join(calendar_words("ago_label"))  # «5 минут бұрын жаңартылды»
    return re.compile(rf"^{label}(?:(?:about|около|шамамен)\s+)?"
                      rf"(?:(?:\d{{1,3}}|an?|one)\s*(?:{unit})\.?\s+(?:{ago})"
                      r"(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"  # "2 days ago at 7:47 am"
                      rf"(?:\s+(?:{after}))?|{now})\.?$")


def is_time_ago(line: str) -> bool:
    """A line that is only a relative time ("3 hours ago", «5 минут назад», «2 сағат
    бұрын», optionally after "Updated"/«Обновлено»): a feed's stamp, never a sentence."""
    s = norm(line)
    return bool(s) and len(s) <= 50 and bool(_time_ago_regex().match(s))


_PAGE_NUMBER = re.compile(r"\d{1,4}|[…»«<>←→‹›]+|\.{2,}")


def is_pagination(line: str) -> bool:
    """A pager: page numbers with at most a few navigation words and arrows ("1 2 3 … 10
    Далее", "« 1 2 3 »", "‹ Prev 1 2 Next ›"). Two numbers at least, and every other
    token a menu word or an arrow, one of them at least: a sentence has other words,
    and numbers alone may be anything."""
    s = norm(line)
    if len(s) > 80:
        return False
    numbers = others = 0
    for token in re.split(r"[\s|/•·,]+", s):
        token = token.strip(":()[]")
        if not token:
            continue
        if token.isdigit():
            numbers += 1
        elif not _PAGE_NUMBER.fullmatch(token) and token not in menu_words():
            return False
        else:
            others += 1
    return numbers >= 2 and others >= 1


_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
_NUMERIC_YMD = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")


def parse_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ``YYYY-MM-DD`` (dd.mm.yyyy,
    yyyy-mm-dd, or day + month word + year in ru/kk/en), else None."""
    s = norm(text)
    candidates: list[tuple[int, int, int, int]] = []  # (position, year, month, day)
    if m := _NUMERIC_DMY.search(s):
        day, month = int(m[1]), int(m[3])
        if m[2] == "/" and month > 12 >= day:
            day, month = month, day  # "11/24/2025": only month/day/year can read it
        candidates.append((m.start(), int(m[4]), month, day))
    if m := _NUMERIC_YMD.search(s):
        candidates.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    if found := _textual_date(s):
        candidates.append(found)
    for _, year, month, day in sorted(candidates):
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


@cache
def month_pattern(group: bool = False) -> str:
    """Regex source for a month word. Full forms may take a short ending (Kazakh
    "сәуірде", Russian "марта" from "март"); abbreviations of three letters or less
    ("янв", "мар", "sep") must stand alone, so "марафон" is not March."""
    full = [f for f in months() if len(f) >= 4]
    short = [f for f in months() if len(f) < 4]
    body = rf"(?:{_alternation(full)})\w{{0,4}}|(?:{_alternation(short)})(?!\w)"
    return (f"({body})" if group else f"(?:{body})") + r"\.?"


def month_number(word: str) -> int:
    """The month of a matched month word (with or without its ending)."""
    w = word.rstrip(".")
    for form in sorted(months(), key=len, reverse=True):
        if w.startswith(form):
            return months()[form]
    raise KeyError(word)


@cache
def _textual_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    month = month_pattern(group=True)
    day_month_year = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:-?\w{{0,3}})?[\s-]+{month}(?:,?\s+|-)(\d{{4}})")
    month_day_year = re.compile(rf"(?<!\w){month}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
    year_word = "|".join(calendar_words("year_before_day"))
    year_day_month = re.compile(
        rf"(?<!\d)(\d{{4}})\s*(?:{year_word})?\s+(\d{{1,2}})[\s-]*{month}")
    return day_month_year, month_day_year, year_day_month


def _textual_date(s: str) -> tuple[int, int, int, int] | None:
    """(position, year, month, day) of the first "5 сентября 2025", "September 5,
    2025" or "2025 жылғы 5 қыркүйек" in a normalised string."""
    dmy, mdy, ydm = _textual_regexes()
    found = []
    if m := dmy.search(s):
        found.append((m.start(), int(m[3]), month_number(m[2]), int(m[1])))
    if m := mdy.search(s):
        found.append((m.start(), int(m[3]), month_number(m[1]), int(m[2])))
    if m := ydm.search(s):
        found.append((m.start(), int(m[1]), month_number(m[3]), int(m[2])))
    return min(found) if found else None


_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(.*?))?\s*$", re.IGNORECASE)


def split_date_prefix(line: str) -> tuple[str, str] | None:
    """``(YYYY-MM-DD, rest)`` when the line opens with the ``date YYYY-MM-DD``
    metadata prefix that some crawls put before the page text; else None."""
    m = _DATE_PREFIX.match(line)
    if not m or parse_date(m[1]) is None:
        return None
    return m[1], m[2] or ""


# ---------------------------------------------------------------- line rules

_EYES = "👁👀\ufe0f"
# "6585", "6 585" (any space as thousands separator), "👁 120".
_NUMBER_ONLY = re.compile(rf"^[{_EYES}\s]*\d{{1,3}}(?:\s?\d{{3}})*[{_EYES}\s]*$")


_GLUED_LATIN_ENDING = re.compile(r"(?<=[а-яәғқңөұүһі])[a-z]{1,2}$")


#: A photo gallery's position ("1 / 12", «3 из 12», "1 of 6"): two numbers alone.
_GALLERY_POSITION = re.compile(r"^\d{1,3}\s*(?:/|из|of)\s*\d{1,3}$", re.IGNORECASE)
#: A count in brackets alone, printed beside a rubric or a comments link ("(308)").
_BRACKETED_COUNT = re.compile(r"^\(\d{1,6}\)$")


def is_counter(line: str) -> bool:
    """A view counter: a line that is only a number ("6585", "6 585", "👁 120") or a
    counter word with its number ("Просмотров: 123", "Views: 123", "123 просмотра"), or a
    gallery's position ("1 / 12").
    A number inside a sentence is never a whole line, so it is safe; so is the counter
    word alone ("Просмотры", "оқылды"), which pages print under or beside the number;
    and a count in brackets alone ("(308)"), the posts of a rubric or the comments."""
    s = line.strip()
    if _NUMBER_ONLY.match(s) or _GALLERY_POSITION.match(s) or _BRACKETED_COUNT.match(s):
        return True
    # a template's English plural glued to a Cyrillic counter word ("99 537 просмотрs")
    n = _GLUED_LATIN_ENDING.sub("", norm(s))
    if len(n) > 40:
        return False
    cue_number, number_cue = _counter_regexes()
    return bool(cue_number.fullmatch(n) or number_cue.fullmatch(n)
                or _counter_label_regex().fullmatch(n))


@cache
def _counter_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Views: 123" and "123 views", compiled once (not looked up by source per line)."""
    cue = cue_regex("counter").pattern
    number = r"\d[\d\s.,]*\s*[kкм]?"
    return (re.compile(rf"[{_EYES}\s]*(?:{cue})\s*[:\-–]?\s*{number}"),
            re.compile(rf"{number}\s*(?:{cue})"))


@cache
def _counter_label_regex() -> re.Pattern[str]:
    """A counter's word alone, its number on the line above ("203" / "оқылды")."""
    return re.compile(rf"[{_EYES}\s]*(?:{cue_regex('counter').pattern})\s*:?")


def _starts_with_cue(kind: str, line: str, separator: str) -> re.Match[str] | None:
    """Match a cue of ``kind`` at the very start of the line, followed by
    ``separator`` (a regex)."""
    return cue_prefix_regex(kind, separator).match(light(line))


@cache
def _quote_regex() -> re.Pattern[str]:
    """A whole line of an exchange-rate or weather widget (see :func:`is_quote`)."""
    label = rf"(?:{_alternation(norm(w) for w in _sections('cues.txt')['quote_label'])})"
    number = r"(?:[+\-−]?\d+[.,]\d+|[+\-−]\d+)"
    # a weather widget names its city (up to three words, the first may carry the
    # glued alt text of the weather icon) before a signed temperature, with or without
    # its unit: "Астана -10 °C", "В Атырау +25"
    city = rf"[^\W\d]+(?:[ -][^\W\d]+){{0,2}}\s+[+\-−]\d+(?:[.,]\d+)?\s*(?:{label})?"
    return re.compile(
        rf"[•·*▪\s]*(?:{label}\s*(?::|:?\s*{number})|{number}\s*{label}?|{city})\s*")


#: A weather widget's temperatures: one or two with the degree sign (which no other
#: number carries), maybe the unit and a word or two of the sky ("67° 46°", "55°F Clear",
#: «-3°C Облачно», «+5° Бұлтты»).
_TEMPERATURES = re.compile(r"(?:[+\-−]?\d{1,3}\s*°\s*[cfсф]?\s*(?:/\s*)?){1,2}"
                           r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*", re.IGNORECASE)


def is_quote(line: str) -> bool:
    """Exchange-rate and weather widgets, one value per line: "USD:", "473.29",
    "$ 474.83", "• 0.96", "10.5 C", "-3 °C", "Астана -10oC". The line holds only a
    currency or unit label and/or a decimal (or signed) number, or a city's signed
    temperature with its unit; article text always has words, and a
    plain whole number is left to :func:`is_counter`."""
    n = norm(line)
    if not n:
        return False
    if len(n) <= 30 and (_quote_regex().fullmatch(n) or ("°" in n and _TEMPERATURES.fullmatch(n))):
        return True
    if len(n) > TICKER_MAX_CHARS:
        return False
    title, colon, rest = n.partition(":")
    if colon and title.strip() in _quote_titles():
        n = rest  # the widget's title before its rates: "Курс валют: USD 505.12 EUR 548.30"
    return _is_ticker(n)


@cache
def _quote_titles() -> frozenset[str]:
    """Titles of exchange-rate and weather widgets (``[quote_title]``), before a colon."""
    return frozenset(norm(w) for w in _sections("cues.txt")["quote_title"])


#: A ticker line of several rates: "USD 473.29 ▲ | EUR 512.81 ▼ | RUB 5.47".
TICKER_MAX_CHARS = 120
_TICKER_SPLIT = re.compile(r"[\s|/•·:]+")
_TICKER_NUMBER = re.compile(r"[+\-−]?\$?\d+(?:[.,\s]\d+)*%?|[▲▼↑↓▴▾]+|[+\-−]?\d+[.,]\d+%")


def _is_ticker(n: str) -> bool:
    """A normalised line made only of rate labels ("usd", "eur/kzt", "brent") and numbers
    or arrows, three of them at least, a label and a number among them: one or several
    widget values on one line ("usd 473.29 ▲"). A sentence has words that are neither."""
    labels = numbers = 0
    known = _quote_labels()
    for token in _TICKER_SPLIT.split(n):
        if not token:
            continue
        if token in known:
            labels += 1
        elif _TICKER_NUMBER.fullmatch(token):
            numbers += 1
        else:
            return False
    return labels >= 1 and numbers >= 1 and labels + numbers >= 3


@cache
def _quote_labels() -> frozenset[str]:
    """The rate labels of exchange-rate widgets (``[quote_label]`` without the units of
    temperature: "C 12 15" may be a row of a table)."""
    units = {"c", "oc", "°", "°c", "°f"}  # a temperature's unit labels no rate
    return frozenset(norm(w) for w in _sections("cues.txt")["quote_label"]) - units


#: A credit naming the picture's owner after "courtesy of" is this many words at most.
CREDIT_COURTESY_MAX_WORDS = 10


def is_photo_credit(line: str) -> bool:
    """A photo/video credit or caption: "Фото: пресс-служба МКИ РК", "Photo: Kazinform",
    "Сурет: ...", "Фото предоставлено организаторами". Starts with a credit word and
    a separator (":", "—", "©", "/", "|"), or is a short label line of a few words
    without a full stop ("Фото автора"). Long lines are article text that happens to
    start with "Фото...", so they are left alone."""
    s = line.strip()
    if len(s) > 160:
        return False
    if _starts_with_cue("credit", s, r"[:©|/(]|\s*[–—]|\s+-|-\s|$"):
        return True
    by = _starts_with_cue("credit", s, r"\s+by\s+")
    if by is not None and (is_agency_credit(s[by.end():]) or names_people(s[by.end():])):
        return True  # "Photograph by Anna Smith/AFP/Getty Images"
    m = _starts_with_cue("credit", s, r"\s")
    if m is not None and "courtesy" in norm(m.group()) and not ends_like_sentence(s) \
            and not has_words(s, CREDIT_COURTESY_MAX_WORDS + 1):
        return True  # "Photo courtesy of the Ministry of Culture": the owner named after it
    if m is None or len(words(s)) > 6 or ends_like_sentence(s) or sentence_count(s) > 1:
        return False
    # What follows the credit word names its source: a name or an agency ("Фото Kazinform",
    # "Photo Reuters"), or a site ("Фото akorda.kz"). A lowercase noun makes a subheading
    # or a title («Фото выставка», "Photo exhibition", «Видео дня»), which stays.
    # A cue of several words ("photos by", «фото предоставлено») is a credit whatever follows.
    rest = s[m.end():].lstrip(" «\"")
    first = norm(rest.split()[0]) if rest else ""
    return bool(rest) and (" " in m.group().strip() or rest[0].isupper() or rest[0].isdigit()
                           or first in _credit_from()
                           or re.search(r"\w\.[a-z]{2,}\b", rest) is not None)


@cache
def _credit_from() -> frozenset[str]:
    """Lowercase words that, after a credit word, still name the picture's source."""
    return frozenset(norm(w) for w in _sections("cues.txt")["credit_from"])


#: A caption line is short; a longer line ending so is article text.
CAPTION_MAX_CHARS = 100
#: What a caption names before its note is a place or a few words; a sentence is longer.
CAPTION_MAX_WORDS = 5
_BRACKETED_END = re.compile(r"\(([^()]{3,40})\)\s*\.?$")


@cache
def _illustration_notes() -> frozenset[str]:
    """Normalised notes that mark a picture as illustrative or archival."""
    return frozenset(norm(w) for w in _sections("cues.txt")["illustration_note"])


def is_illustration_caption(line: str) -> bool:
    """A picture's caption that ends with a bracketed note saying the picture only
    illustrates ("Париж. (Көрнекі сурет).", «Театр. (Иллюстративное фото)», "Paris
    (file photo)"): the note belongs to an image, and a caption is short (at most
    :data:`CAPTION_MAX_WORDS` words before the note), so a sentence ending with
    "(иллюстрация)" stays."""
    s = line.strip()
    m = _BRACKETED_END.search(s)
    if m is None or len(s) > CAPTION_MAX_CHARS or len(words(s[:m.start()])) > CAPTION_MAX_WORDS:
        return False
    return norm(m[1]).strip(" .") in _illustration_notes()


#: A caption's closing credit: "… Фото: akorda.kz", "… Photo: Reuters" (at most four
#: words after the colon, no sentence punctuation).
CREDIT_TAIL_MAX_CHARS = 220


@cache
def _credit_tail_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s.,(])(?:{cue_regex('credit').pattern})\s*:\s*"
                      r"[^\s.!?]+(?:[ .][^\s!?]+){0,3}\)?\s*$", re.IGNORECASE)


@cache
def _bracketed_credit_regex() -> re.Pattern[str]:
    """A credit in brackets closing a caption: "(Photo courtesy of the organisers)",
    "(photo by Reuters)", «(Фото предоставлено акиматом)», «(Фото: akorda.kz)»."""
    return re.compile(rf"\((?:{cue_regex('credit').pattern})\s*(?::|courtesy\b|by\b|"
                      r"предоставлен\w*|ұсынылған\w*)[^()]{0,80}\)\s*\.?\s*$", re.IGNORECASE)


@cache
def _agency_photo_regex() -> re.Pattern[str]:
    """An agency's photo credit in brackets closing a caption: "(AP Photo/John Doe)",
    "(REUTERS/John Doe)", "(Getty Images/AFP)". The agency alone in brackets ("…,
    the agency said (Kazinform).") may close a sentence of the article, so a photo word
    or a photographer after a slash must be there."""
    names = "|".join(re.escape(a) for a in sorted(agencies(), key=len, reverse=True))
    return re.compile(rf"\((?:{names})(?:\s+(?:photos?|фото|images?)\b[^()]{{0,40}}"
                      rf"|\s*/\s*[^()/]{{2,40}})\)\s*\.?\s*$", re.IGNORECASE)


#: A caption closing with its credit without a colon: "… Фото Ивана Петрова", "… Photo
#: by John Smith", "… (фото Ивана Петрова)": after a full stop or an opening bracket,
#: a credit word and one to three capitalised words (a photographer or an agency).
_CAPS_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+"


#: The credit closing a caption is found in the line's last characters: a credit word,
#: three names and the punctuation before them fit in this many.
CREDIT_NAME_TAIL_CHARS = 90


@cache
def _credit_name_tail_regex() -> re.Pattern[str]:
    words_ = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}"
    return re.compile(rf"(?:[.!?]\s+|\(\s*)(?i:{cue_regex('credit').pattern})\s+"
                      rf"(?i:(?:by|courtesy of)\s+)?(?:{words_}|пресс-служб\w*(?:\s+\w+){{0,3}})"
                      r"\)?\.?\s*$")


#: A credit in square brackets closing a caption: "[File: Reuters]", "[Photo: AP]".
_SQUARE_CREDIT = re.compile(r"\[(?:file|photo|image|фото|сурет)\b[^\[\]]{0,60}\]\s*\.?\s*$",
                            re.IGNORECASE)
#: A caption closing with the kind of its picture instead of a name: "… Submitted photo",
#: "… Courtesy photo", "… File photo".
_CREDIT_NOTE_TAIL = re.compile(r"(?:^|\s)(?:submitted|contributed|courtesy|file|handout|staff)"
                               r"\s+(?:photo|image|picture)s?\.?$", re.IGNORECASE)
#: A credit word glued to the caption's last word ("BeijingCredit:", "ParkPhoto:").
_GLUED_CREDIT = re.compile(r"[a-z](?:Credit|Photo|Image|Фото|Сурет)s?\s*:")


def is_credited_caption(line: str) -> bool:
    """A picture's caption that ends with its credit ("Екі президент концертті
    тамашалады Фото: akorda.kz", "The orchestra in Beijing. Photo: Kazinform"): the
    credit word and a colon close the line. Only short lines (at most
    :data:`CREDIT_TAIL_MAX_CHARS` characters, two sentences): a paragraph that ends
    with a credit is article text with the credit glued on, and stays."""
    s = light(line)
    if len(s) > CREDIT_TAIL_MAX_CHARS or sentence_count(s) > 2:
        return False
    if _GLUED_LABELS.search(s) and _GLUED_CREDIT.search(s):
        s = _GLUED_LABELS.sub(" ", s)  # "… in BeijingCredit: EPA": the credit glued on
    if ("[" in s and _SQUARE_CREDIT.search(s)) or _CREDIT_NOTE_TAIL.search(s):
        return True
    # Both patterns need a character no cue supplies (the colon after the credit word,
    # the opening bracket): a substring test spares trying the alternation of every
    # credit word at every position of a line that has neither.
    return (":" in s and _credit_tail_regex().search(s) is not None) or (
        "(" in s and (_bracketed_credit_regex().search(s) is not None
                      or _agency_photo_regex().search(s) is not None)) or (
        _credit_name_tail_regex().search(s[-CREDIT_NAME_TAIL_CHARS:]) is not None)


#: A phone number: ten to thirteen digits with the usual "+", brackets, spaces, dashes.
_PHONE = re.compile(r"(?<!\d)(?:\+?\d{1,3}[\s-]*)?\(?\d{3,4}\)?[\s-]*\d{2,3}[\s-]?\d{2}"
                    r"[\s-]?\d{2,3}(?!\d)")
PHONE_LABEL_MAX_WORDS = 3


def is_phone_advert(line: str) -> bool:
    """An advert's or a desk's phone line: a number alone or after a label of at most
    :data:`PHONE_LABEL_MAX_WORDS` words ("Реклама +7(700) 388 81 09", "Тел.: 8 727 123
    45 67", "Жарнама бөлімі: +7 701 …"). A sentence that gives a number has more words."""
    s = light(line)
    if len(s) > 60:  # before the search: a paragraph is searched for nothing
        return False
    m = _PHONE.search(s)
    if m is None or s[m.end():].strip(" .;,"):
        return False
    digits = sum(c.isdigit() for c in m[0])
    label = s[:m.start()].strip(" :–—-")
    return (10 <= digits <= 13 and len(words(label)) <= PHONE_LABEL_MAX_WORDS
            and not any(c.isdigit() for c in label))


ICON_ALT_MAX_WORDS = 8


def is_icon_alt(line: str) -> bool:
    """The alt texts of a page's icons printed as text ("viewings icon comments icon",
    «Иконка комментария блок соц сети»): a short line with an icon word that opens
    the line, or that starts in lower case, as no headline or sentence does; never a
    line ending with a full stop."""
    s = light(line)
    if not s or not has_cue("icon_alt", s) or ends_like_sentence(s):
        return False
    if has_words(s, ICON_ALT_MAX_WORDS + 1):
        return False
    return s[0].islower() or cue_regex("icon_alt").match(s) is not None


def is_copyright(line: str) -> bool:
    """Copyright and reuse notices ("© 2024 ...", "Все права защищены", "При
    перепечатке ссылка обязательна"): a cue anywhere in a line of at most 300
    characters (a long paragraph that mentions copyright is article text)."""
    s = line.strip()
    return len(s) <= 300 and has_cue("copyright", light(s))


def is_registration(line: str) -> bool:
    """The outlet's mass-media registration notice ("... зарегистрировано в
    Министерстве информации ... Свидетельство о постановке на учет № ..."). The cues
    are specific to media registration, so a line of up to 600 characters qualifies."""
    s = line.strip()
    return len(s) <= 600 and has_cue("registration", light(s))


def is_impressum(line: str) -> bool:
    """Imprint lines of the outlet ("Учредитель: ...", "Главный редактор: ...")."""
    s = line.strip()
    return len(s) <= 200 and bool(_starts_with_cue("impressum", s, ":"))


#: A sentence of at least this many words is the article's, not an advert, unless a
#: subscription cue opens or closes it: adverts are short, and a long one addresses the
#: reader from its first words ("Подписывайтесь на наш Telegram-канал, чтобы первыми
#: узнавать ...") or, in Kazakh, with its last ("... Telegram арнамызға жазылыңыз").
ADVERT_SENTENCE_MAX_WORDS = 14


def is_subscription(line: str) -> bool:
    """Adverts for the outlet's channels ("Подписывайтесь на наш канал", "...
    Бесплатная подписка.", "Follow us on Telegram", "Telegram арнамызға
    жазылыңыз"): a cue in a line of at most 300 characters, and no long sentence of the
    line that the cue does not open or close. "subscribe to", «наш канал в» and
    «подписаться на наш» also occur inside sentences that report something ("The
    orchestra invited listeners to subscribe to its new season, which ...");
    a whole article sentence must never go for them (see
    :data:`ADVERT_SENTENCE_MAX_WORDS`), nor a news sentence the advert was appended
    to on the same line."""
    s = light(line.strip())
    if len(s) > 300 or not has_cue("subscription", s):
        return False
    return all(_cue_at_edge("subscription", sentence)
               for sentence in split_sentences(s)
               if has_words(sentence, ADVERT_SENTENCE_MAX_WORDS + 1))


def split_sentences(line: str) -> list[str]:
    """``line`` cut at the sentence boundaries :func:`sentence_count` counts."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        out.append(line[start:m.end()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [sentence for sentence in out if sentence]


def _cue_at_edge(kind: str, sentence: str) -> bool:
    """A cue of ``kind`` among the first two or the last two words of ``sentence``
    (where an invitation to the reader stands; inside a sentence, a cue reports)."""
    for m in cue_regex(kind).finditer(sentence):
        if len(words(sentence[:m.start()])) <= 1 or len(words(sentence[m.end():])) <= 1:
            return True
    return False


def is_cookie_notice(line: str) -> bool:
    """The cookie-consent banner ("We use cookies on our website...", «Мы используем
    файлы cookie», "Сайт cookie файлдарын пайдаланады"): a cue anywhere in a line of at
    most 400 characters."""
    s = line.strip()
    return len(s) <= 400 and has_cue("cookies", light(s))


#: A comment form's or typo widget's line is short; a longer line is article text.
COMMENT_PROMPT_MAX_CHARS = 150


def is_comment_prompt(line: str) -> bool:
    """The comment form and the typo-report widget under an article ("Оставить
    комментарий", "Нет комментариев. Вы можете быть первым!", "Your email address
    will not be published", "Нашли ошибку? ... Ctrl + Enter", "Пікір қалдыру"): a cue
    anywhere in a line of at most :data:`COMMENT_PROMPT_MAX_CHARS` characters."""
    s = line.strip()
    return len(s) <= COMMENT_PROMPT_MAX_CHARS and has_cue("comment_prompt", light(s))


def is_online_widget(line: str) -> bool:
    """"Who's Online" widgets and their "We have 12 guests online" line."""
    s = line.strip()
    return len(s) <= 150 and has_cue("online", light(s))


_PLACEHOLDER = r"(?:%%[^%]*%%|\[\[[^\]]*\]\]|\{\{[^}]*\}\}|\{%[^%]*%\}|\$\{[^}]*\}|<%[^%]*%>)"
_PLACEHOLDER_LINE = re.compile(rf"^[\s•·*▪–—-]*(?:{_PLACEHOLDER}[\s.,:;/|•·–—-]*)+$")


#: Characters that show as blank: a line of only these (and ellipses or dots) is a
#: spacer the page's editor typed to make room ("⠀", Hangul filler, zero-width).
_BLANK_LOOKING = re.compile(r"^[\s\u2800\u3164\u115f\u1160\uffa0\u200b-\u200d\u2060\ufeff.…]+$")


@cache
def _placeholder_words() -> frozenset[str]:
    """Normalised values a template prints for an empty field ("None", "null")."""
    return frozenset(norm(w) for w in _sections("cues.txt")["placeholder_word"])


def is_placeholder(line: str) -> bool:
    """Unfilled template placeholders, alone or as list bullets: "[[year]]",
    "• [[month.label]]", "{{ var }}", an empty field's value ("None", "null",
    "undefined"), or a line that only looks blank ("⠀", "…"). A page shows them when a
    script did not run; none of them is a word of an article."""
    s = line.strip()
    if _PLACEHOLDER_LINE.match(s) or _BLANK_LOOKING.match(line):
        return True
    return norm(s).strip("•·*▪ ") in _placeholder_words()


#: The word "news" of a rubric that names whose news it is («Новости театра», «Мекеме
#: жаңалықтары», "Company news").
_NEWS_WORDS = frozenset({"новости", "жаңалықтары", "жаңалықтар", "news"})
_NEWS_RUBRIC = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?")


def is_news_rubric(line: str) -> bool:
    """A rubric naming whose news follow: two words, one of them "news" («Новости
    театра», «Облыс жаңалықтары», "Theatre news"), no digits or punctuation. A
    headline has a verb and more words; a sentence has its full stop."""
    s = light(line)
    if len(s) > 40 or not _NEWS_RUBRIC.fullmatch(s):
        return False
    tokens = norm(s).replace("-", " ").split()
    return (len(tokens) == 2 and any(t in _NEWS_WORDS for t in tokens)
            and norm(s) not in agencies())  # «РИА Новости» credits a photo


def is_menu_line(line: str) -> bool:
    """Navigation and widget labels standing alone ("Тема", "Архив", "Все", "X",
    "Хабарландыру", "Facebook Twitter"), including colour switches of accessibility
    widgets ("КРАСНЫЙ ЖЕЛТЫЙ ЗЕЛЕНЫЙ СИНИЙ"). Every word must be a listed label."""
    s = norm(line).strip(_MENU_EDGES)
    if not s:
        return False
    if s in menu_phrases():
        return True
    # Tokens one by one, so that a line of text stops at its first word, which is no
    # label: the same tokens as splitting on the separators, fewer of them read.
    labels = 0
    known = menu_words()
    for match in _MENU_TOKEN.finditer(s):
        token = match.group().strip(":()[]")
        if not token or token.isdigit():  # "Комментарии (12)"
            continue
        labels += 1
        if labels > 8 or token not in known:
            return False
    return labels > 0


#: What lies between menu separators (whitespace, "|", "/", bullets, "," and ";").
_MENU_TOKEN = re.compile(r"[^\s|/•·,;]+")


_NAV_SEPARATOR = re.compile(r"\s+(?:[|/»>›•·→]|::)\s+")
NAV_MAX_CHARS = 120


def is_navigation(line: str) -> bool:
    """Breadcrumbs and menu bars: short items (one to three words, no sentence
    punctuation) joined by " | ", " / ", " » ", " > ", " › ", " :: " or " • ": three or more of
    them ("Главная | Новости | Культура"), or two when the first is a menu word
    ("Главная / Культура", "Home > Culture")."""
    s = light(line)
    if len(s) > NAV_MAX_CHARS:  # before splitting: most lines are long
        return False
    items = _NAV_SEPARATOR.split(s)
    if len(items) < 2:
        return False
    short = all(1 <= len(i.split()) <= 3 and not re.search(r"[.!?,;:]", i) for i in items)
    if short:
        return len(items) >= 3 or norm(items[0]) in menu_phrases()
    # A breadcrumb ends with the page's own headline ("Home » Culture » Festival opens
    # in Almaty"): from a menu word, through short rubrics, to a headline-like last item
    # (the headline stands on its own line below, so the crumb is chrome).
    *path, last = items
    return (norm(path[0]) in menu_phrases() and any(c in s for c in "»›>")
            and all(1 <= len(i.split()) <= 3 and not re.search(r"[.!?,;:]", i) for i in path)
            and sentence_count(last) == 1 and not ends_like_sentence(last)
            and last[:1].isupper())


_URL = r"(?:https?://|www\.)\S+"
_IMAGE_FILE = r"[\w./%~-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?"
#: A line that is only links or image file names, after an optional short label
#: ("Подробнее:", "Source:", "Дереккөз:") of at most three words and no sentence marks.
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: An author's social-media handle alone on its line ("@saraheneedleman"); with a label
#: ("Аккаунт: @name") it is the article's list of the accounts it is about.
_HANDLE_LINE = re.compile(r"^@[\w.]{2,30}$")
_URL_LINE = re.compile(
    rf"^[•·*▪\s]*(?:[^\W\d][\w-]*(?:\s+[\w-]+){{0,2}}\s*:\s*)?"
    rf"(?:(?:{_URL}|{_IMAGE_FILE}|{_EMAIL})[\s,;|]*)+$", re.IGNORECASE)


#: An outlet written as its domain ("Tengrinews.kz", "Zakon.kz English", «Elordainfo.kz»).
_DOMAIN_WORD = re.compile(
    r"[^\W_][\w-]*\.(?:kz|ru|kg|uz|tj|tm|az|ua|by|com|org|net|info|news|tv|media)",
    re.IGNORECASE)
SITE_NAME_MAX_WORDS = 3


def is_domain_name_line(line: str) -> bool:
    """A line that names the outlet by its domain, with at most
    :data:`SITE_NAME_MAX_WORDS` words in all ("Tengrinews.kz English", "24.kz"): the
    logo's text or a source line. A sentence that cites a site has other words."""
    tokens = light(line).split()
    return (1 <= len(tokens) <= SITE_NAME_MAX_WORDS
            and any(_DOMAIN_WORD.fullmatch(t.strip("«»\"()")) for t in tokens)
            and not ends_like_sentence(line))


def is_url_line(line: str) -> bool:
    """A line of links, image file names, e-mail addresses or social-media handles
    only ("https://site.kz/news/123", "IMG_2041.jpg", "Подробнее: https://...",
    "name@site.com", "@handle"): what a page prints for a share link, a "read more"
    link, an image that did not load or an author's contacts. An article sentence
    has words around them, so it never is one."""
    s = line.strip()
    return len(s) <= 500 and bool(_URL_LINE.match(s) or _HANDLE_LINE.match(s))


#: "Ксения РЕБИК", "РЕБИК Ксения", "Aigerim SEITKALI": a given name and a surname in
#: capitals, the way papers sign articles.
_CAPS_SIGNATURE = re.compile(
    rf"^(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s+[{_UPPER}]{{3,}}(?:-[{_UPPER}]{{2,}})?"
    rf"|[{_UPPER}]{{3,}}(?:-[{_UPPER}]{{2,}})?\s+[{_UPPER}][{_LOWER}]+)\.?$")


def is_caps_signature(line: str) -> bool:
    """A name signed with the surname in capitals ("Ксения РЕБИК", "Зарина АРМАН",
    "John SMITH"): two words, one in capitals and the other capitalised. Alone, the
    shape also fits "Театр ГИТИС", so :func:`sahna.clean.page.mark_bylines` takes it
    only where a byline stands (the header block, or next to byline chrome)."""
    return bool(_CAPS_SIGNATURE.match(light(line)))


def is_reading_time(line: str) -> bool:
    """"Время чтения: 3 минуты", "3 min read", «Оқу уақыты: 2 минут»: a whole short line."""
    s = norm(line).strip("•·*▪ ")
    return len(s) <= 40 and cue_regex("reading_time").fullmatch(s) is not None


#: A source line names a source, not a sentence: this many words at most after the colon.
SOURCE_MAX_WORDS = 6


#: The kinds of label that pages print alone on a line, with what they label on the next
#: one ("Фото:" / «пресс-служба акимата», "Source:" / "Kazinform", «Тегтер:» / tags).
_SPLIT_LABEL_KINDS = {"credit": "credit", "source_credit": "credit", "tags": "tags",
                      "byline": "byline"}


def split_label_kind(line: str) -> str | None:
    """The chrome kind of what follows a label that stands alone with its colon
    ("Фото:", "Источник:", "Tags:", «Автор:»), or None when the line is no such label."""
    s = light(line).rstrip()
    if not s.endswith(":") or len(s) > 40:
        return None
    for cue, kind in _SPLIT_LABEL_KINDS.items():
        m = _starts_with_cue(cue, s, r"\s*:$")
        if m is not None and m.end() == len(s):
            return kind
    return None


#: A source credited without a colon is this many words at most, cue included.
SOURCE_ALONE_MAX_WORDS = 8


def is_source_line(line: str) -> bool:
    """"Источник: Kazinform", "Source: The Astana Times", «Дереккөз: egemen.kz»: the
    outlet credited for the text, under or above it. A sentence that opens with the word
    ("Источник сообщил, что …") has no colon after it, or more words. Without a colon,
    the credit is a short line of its own («По материалам пресс-службы акимата»)."""
    s = light(line)
    m = _starts_with_cue("source_credit", s, ":")
    if m is None:
        # the source alone, without a colon (see the cues' ``[source_alone]`` section)
        return (not ends_like_sentence(s) and not has_words(s, SOURCE_ALONE_MAX_WORDS + 1)
                and cue_regex("source_alone").fullmatch(norm(s).rstrip(" .")) is not None)
    rest = s[m.end():].strip()
    if len(rest.split()) == 1:  # "egemen.kz", "Kazinform"
        return True
    return 0 < len(words(rest)) <= SOURCE_MAX_WORDS and not ends_like_sentence(rest)


#: A line of hashtags only ("#культура #театр", "#Astana, #Nauryz").
_HASHTAG_LINE = re.compile(r"^(?:#[^\W_][\w-]*[\s,;]*){1,20}$")
#: After "Posted in", a few rubric names: capitalised or lowercase words, commas,
#: "&", no sentence punctuation.
FILED_MAX_WORDS = 8


def is_tag_line(line: str) -> bool:
    """Tag lists: "Теги: культура, театр", "Tags: ...", a line of hashtags only
    ("#culture #festival"), or the rubrics a blog files the post under ("Posted in
    Culture, Events", "Filed under: Festivals"). An article sentence has words
    between its hashtags and a verb after "posted in"; the rubric list has neither."""
    s = line.strip()
    if len(s) > 300:
        return False
    if _starts_with_cue("tags", s, ":") or (s.startswith("#") and _HASHTAG_LINE.match(s)):
        return True
    m = _starts_with_cue("filed_under", s, r":|\s")
    if m is None:
        return False
    rest = s[m.end():].strip(" :")
    return (0 < len(words(rest)) <= FILED_MAX_WORDS and rest[:1].isupper()
            and not re.search(r"[.!?;]", rest))


#: What may follow an opening-hours label: times and their ranges, weekday
#: abbreviations and the little words between them ("Пн–Пт 9:00–18:00, Сб 10.00-15.00",
#: "from 10 am to 6 pm", «с 10:00 до 19:00», «9:00-ден 18:00-ге дейін»).
_HOURS_TOKEN = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:-?(?:ден|дан|тен|тан|ге|ға|ке|қа))?"
    r"|[–—\-/,;:()]|с|до|по|from|to|till|until|and|daily|дейін|ежедневно|күн сайын"
    r"|без выходных|перерыв|обед|выходной|выходные|демалыс\w*|closed|[^\W\d]{2,3}\.?",
    re.IGNORECASE)
HOURS_MAX_CHARS = 80
_HOURS_TIME = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*(?:a\.?m|p\.?m)", re.IGNORECASE)


def is_opening_hours(line: str) -> bool:
    """A venue's or the site office's opening hours: a label ("Режим работы", "Box
    office", «Жұмыс уақыты») and then nothing but times, ranges and weekday
    abbreviations, with a time among them ("Cashier works: 10.00 - 17.30"). The hours of
    the event itself are told in a sentence ("The concert starts at 19:00."), which has
    words that are not times."""
    s = light(line)
    if len(s) > HOURS_MAX_CHARS or not _HOURS_TIME.search(s):
        return False
    m = _starts_with_cue("hours_label", s, r":|\s|$")
    if m is None:
        return False
    rest = s[m.end():]
    if not _HOURS_TIME.search(rest):
        return False
    pieces = re.findall(r"\d[\w:.]*|[^\W\d]+\.?|[^\w\s]", rest)
    return all(_HOURS_TOKEN.fullmatch(piece) for piece in pieces)


def is_job_title(line: str) -> bool:
    """A byline's job title, alone ("специальный корреспондент", "тілшісі", "Staff
    writer"), after the author's name ("Дана Аменова, корреспондент") or after an
    outlet's name ("Kazinform тілшісі"). A sentence never equals a job title, so this
    is safe anywhere on the page."""
    s = norm(line).rstrip(" .:")
    if s in job_titles():
        return True
    title, colon, name = light(line).partition(":")  # "Арнайы тілші: Айгүл Нұрланова"
    if not colon:  # «Главный редактор – Анна Смирнова»
        title, colon, name = light(line).partition(" – ")
    if colon and norm(title) in job_titles():
        return looks_like_person_name(name.strip().rstrip("."))
    flat = light(line)
    if "," not in flat and flat.count(" | ") == 1:
        flat = flat.replace(" | ", ", ")  # "Dana Abdirova | Reporter": the bar is the comma
    if "," in flat:
        name, _, title = flat.rstrip(" .:").rpartition(",")
        if not (looks_like_person_name(name) or is_caps_signature(name)):
            return False
        if norm(title) in job_titles():
            return True
        # the outlet before the title ("Kazinform correspondent", «Kazinform тілшісі»), or
        # the credit of the pictures ("фото автора"); not a quoted name after a comma,
        # which is a composer and a work in a programme («Құрманғазы, «Сарыарқа»»)
        parts = title.split()
        if any(norm(" ".join(parts[k:])) in job_titles() and _capitalised(parts[:k])
               for k in range(1, min(len(parts), 4))):
            return True
        return len(parts) <= 3 and cue_regex("credit").fullmatch(norm(title.strip())) is not None
    tokens = light(line).split()
    if len(tokens) > 4 or ends_like_sentence(line):
        return False
    return any(norm(" ".join(tokens[i:])) in job_titles() and _capitalised(tokens[:i])
               for i in range(1, len(tokens)))


def _capitalised(tokens: list[str]) -> bool:
    """Every token starts with a capital letter (a name or an outlet)."""
    return bool(tokens) and all(t[:1].isupper() for t in tokens)


#: An outlet that signs a story by its kind ("By 24.kg news agency") is this many words
#: at most.
BYLINE_OUTLET_MAX_WORDS = 4


def is_byline(line: str) -> bool:
    """An author line: "Автор: Дана Аменова", "Беседовала Мадина Ахметова", "By
    Aigerim Seitkali", "Дайындаған: ...". After the cue comes a person's name
    (optionally with ", <job title>", or several names), or a colon and a short
    capitalised phrase that is not a sentence; so "Автор спектакля – Иван Петров."
    and «Авторы – ұжымдық жұмыс.» (article sentences) stay. The cue alone ("By",
    "Автор:") labels the name on the next line. At most eight words."""
    if len(line) > BYLINE_MAX_CHARS:
        return False  # before any work: most lines are paragraphs
    s = line.strip()
    if s[:1] == "(" and s[-1:] == ")":
        s = s[1:-1]  # "(Reporting by …)": an agency's credits in brackets
    if ";" in s or " | " in s:
        # the credits an agency closes its story with, one role each ("Reporting by
        # Anna Smith; Editing by John Doe", «Текст: …; Фото: …"), or that a header
        # prints in a row between bars ("Written by Anna Smith | Edited by John Doe")
        parts = [p for p in re.split(r";|\s\|\s", s) if p.strip()]
        return len(parts) >= 2 and all(is_byline(p) or is_photo_credit(p) for p in parts)
    line = s
    # the bar or dash left from the date or rubric printed beside it ("| by Olivia Larsen",
    # "By Staff Reports -")
    s = light(line)
    if s[:1] in _EDGE_MARKS or s[-1:] in _EDGE_MARKS:
        s = _BYLINE_EDGES.sub("", s)
    if not cue_regex("byline").match(s):
        if " by " not in s.lower():
            return False  # neither a cue first nor a date before "by"
    unstamped = _strip_byline_stamps(s)
    stamped, s = unstamped != s, unstamped
    m = cue_regex("byline").match(s)
    if not m:
        return False
    rest = s[m.end():]
    if len(words(s)) > 8:
        # only a list of names is longer ("By ANNA SMITH, MARY CLARE JONES and JOHN DOE")
        return len(words(s)) <= BYLINE_NAMES_MAX_WORDS and names_people(rest.strip(" :"))
    if not rest.strip(" :"):
        return m.end() <= BYLINE_CUE_ALONE_MAX_CHARS  # "By", "Автор:" above the name
    sep = re.match(r"\s*[:–—-]\s*|\s+", rest)
    named = rest[sep.end():] if sep else ""
    if names_people(named.split(",")[0].rstrip(".")):
        return True
    if norm(named).rstrip(".") in agencies():
        return True  # "By Reuters", "By AFP"
    if (not has_words(named, BYLINE_OUTLET_MAX_WORDS + 1) and named[:1].isalnum()
            and not re.search(r"[.!?;:]\s*$", named) and has_cue("outlet", named)):
        return True  # an outlet named by its kind: "By 24.kg news agency"
    if (norm(m[0]) in _USERNAME_CUES or stamped) and re.fullmatch(r"[\w.-]{2,30}", named):
        return True  # "Posted by admin", "Posted on 12.06.2023 by admin"
    # After a dash, the cue is a sentence's subject unless a name follows («Авторы –
    # Ұжымдық жұмыс.», "the authors are a collective"); after a colon it is a label.
    label = bool(sep and sep[0].strip() == ":")
    sentence = ends_like_sentence(named) and len(named.split()) > 4
    return label and named[:1].isupper() and not sentence


#: What blogs print around the author's name: the date after "on" and the rubric after
#: "in" ("By Aigerim Seitkali in Culture on 10 June 2023"), or the date before "by"
#: ("June 12, 2023 by Aigerim Seitkali", "Posted on 12.06.2023 by admin").
_BYLINE_DATE_AFTER = re.compile(r"\s+on\s+(.{6,40})$")
_BYLINE_RUBRIC_AFTER = re.compile(r"\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,2}$")
_BYLINE_DATE_DASHED = re.compile(r"\s+[–—-]\s+(\d.{5,40}|[A-Z][a-z]{2}.{4,40})$")
_BYLINE_DATE_BEFORE = re.compile(r"^(?:posted\s+on\s+)?(.{6,40}?)\s+(?=by\s)", re.IGNORECASE)


def _strip_byline_stamps(s: str) -> str:
    """``s`` without the date and rubric a blog prints around its byline, when they
    are there: the rest is then judged as a byline."""
    if (m := _BYLINE_DATE_AFTER.search(s)) and is_full_date(m[1].rstrip(".")):
        s = s[:m.start()]
    elif (m := _BYLINE_DATE_DASHED.search(s)) and is_full_date(m[1]):
        s = s[:m.start()]  # "By Tess Bonn - 11/19/19 06:56 AM EST"
    s = _BYLINE_RUBRIC_AFTER.sub("", s)
    if (m := _BYLINE_DATE_BEFORE.match(s)) and is_full_date(m[1].rstrip(",")):
        s = s[m.end():]
    return s
#: A byline with its rubric and date is short: a longer line is a paragraph.
BYLINE_MAX_CHARS = 120
#: Three authors' full names and the cue at most.
BYLINE_NAMES_MAX_WORDS = 12
_BYLINE_EDGES = re.compile(r"^[|•·]\s*|\s+[|–—-]$")
#: Cues that blogs put before the poster's user name, whatever its shape ("admin").
_USERNAME_CUES = frozenset({"posted by", "published by", "written by"})
#: A byline cue alone on its line is a label ("By", "Автор:"), not a long phrase.
BYLINE_CUE_ALONE_MAX_CHARS = 12
_AND = re.compile(r"\s+(?:and|и|және|мен|&)\s+|,\s+", re.IGNORECASE)


def names_people(text: str) -> bool:
    """One to three people's names ("Sandee LaMotte", "ANNA SMITH", "John O'Brien and
    Mary McDonald", «Дана Аменова и Ксения Ребик»)."""
    names = _AND.split(text.strip())
    return 1 <= len(names) <= 3 and all(
        looks_like_person_name(n) or is_caps_signature(n) or _caps_name(n) for n in names)


def _caps_name(text: str) -> bool:
    """A name all in capitals ("ANNA SMITH"), as some agencies sign: two or three words."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and all(
        re.fullmatch(rf"[{_UPPER}][{_UPPER}'-]+|[{_UPPER}]\.", p) for p in parts)


#: A list heading with more after it ("Related coverage from The Times:") is this short.
LONG_HEADING_MAX_WORDS = 8


def is_list_heading(line: str) -> bool:
    """A heading that opens a list of other headlines ("Популярное", "Читайте
    также:", "Өзге жаңалықтар", "Related news"), or one of several words that goes on
    to say from where and closes with a colon ("Related coverage from The Times:",
    «Читайте также на нашем сайте:»)."""
    n = norm(line).rstrip(" :.-–—»>›→")
    if n in list_headings():
        return True
    if has_words(n, LONG_HEADING_MAX_WORDS + 1):
        return False
    tokens = n.split()
    if not line.rstrip().endswith(":"):
        # without its colon, a link word must follow the heading and a rubric or a site
        # be named after it, capitalised: "More from Arts & Culture", «Другие новости из
        # Павлодара» ("More from the museum's collection" is a sentence's start)
        shown = light(line).split()
        return len(shown) == len(tokens) and any(
            tokens[k - 1] in _HEADING_LINKS and _is_capitalised_label(shown[k:])
            and (" ".join(tokens[:k]) in list_headings()
                 or " ".join(tokens[:k - 1]) in list_headings())
            for k in range(2, len(tokens)))
    return any(" ".join(tokens[:k]) in list_headings() and tokens[k] in _HEADING_LINKS
               for k in range(2, len(tokens)))


#: A rubric or a site named after a list heading's link word is this many words at most.
HEADING_RUBRIC_MAX_WORDS = 4


def _is_capitalised_label(tokens: list[str]) -> bool:
    """Words of a rubric's or a site's name: a few, each capitalised ("Arts & Culture")."""
    return 0 < len(tokens) <= HEADING_RUBRIC_MAX_WORDS and all(
        t[:1].isupper() or t in ("&", "and", "и", "және") for t in tokens)


#: The words by which a list heading goes on to say from where or on what ("… from The
#: Times:", «… на нашем сайте:», «… по теме:»); a heading followed by a verb ("Main news
#: of the day were:") is the article's sentence.
_HEADING_LINKS = frozenset({"from", "on", "at", "in", "by", "about", "for", "на", "по", "в",
                            "во", "из", "с", "со", "от", "о", "об", "про"})


def is_inline_list_heading(line: str) -> bool:
    """A multi-word list heading with its one headline on the same line ("Читайте
    также: В Алматы открылся ..."). Single-word headings are excluded: "Главное: ..."
    can open an article sentence."""
    n = norm(line)
    head, sep, rest = n.partition(":")
    if not sep:
        head, sep, rest = n.partition(" - ")
    return (bool(sep) and " " in head.strip() and head.strip() in list_headings()
            and 0 < len(rest.strip()) <= 200)


#: What a page prints between its parts: bars, slashes, commas, arrows, rules, icons.
#: An article's own scene break or rule ("***", "* * *", "⁂", "___", "---") is kept.
_SCENE_BREAK = re.compile(r"^[*⁂_=~\-–—\s]+$")
_ALNUM = re.compile(r"[^\W_]")


def is_separator(line: str) -> bool:
    """A line without a letter or a digit ("|", "/", ",", "›‹", "×", "•"): the
    separators and icon glyphs of a menu or a share bar. It holds no word of the
    article; an author's scene break or rule (asterisks, dashes, underscores) stays
    with the text."""
    s = line.strip()
    return bool(s) and _ALNUM.search(s) is None and not _SCENE_BREAK.match(s)


@cache
def agencies() -> frozenset[str]:
    """Normalised names of news and photo agencies (``[agency]`` of cues.txt)."""
    return frozenset(norm(w) for w in _sections("cues.txt")["agency"])


_AGENCY_PART = re.compile(r"\s*/\s*|\s+via\s+", re.IGNORECASE)
_PHOTO_WORD = re.compile(r"\s+(?:photos?|images?|pictures|фото)$", re.IGNORECASE)
AGENCY_LINE_MAX_WORDS = 8
AGENCY_LINE_MAX_CHARS = 80


def is_agency_credit(line: str) -> bool:
    """A line that only names an agency, alone or as a picture's credit ("Reuters",
    "Associated Press", "Getty Images", "AFP/Getty Images", "(AP Photo/Evan Vucci)",
    «ТАСС», «РИА Новости»): agencies and photographers' names between slashes, one
    agency at least. A sentence names an agency among other words."""
    if len(line) > AGENCY_LINE_MAX_CHARS:
        return False  # before any work: most lines are paragraphs
    s = light(line).strip(" ()[].")
    if "/" not in s and " via " not in s:  # one part: the agency's name is the line
        return norm(_PHOTO_WORD.sub("", s)) in agencies()
    if has_words(s, AGENCY_LINE_MAX_WORDS + 1):
        return False
    agency = False
    parts = _AGENCY_PART.split(s)
    for n, part in enumerate(parts):
        key = norm(_PHOTO_WORD.sub("", part))
        if key in agencies() or (n == len(parts) - 1 and n > 0 and _is_outlet_token(part)):
            agency = True
        elif not looks_like_person_name(part):
            return False
    return agency


#: An outlet's name written as one token: a domain ("tengrinews.kz"), a brand in camel
#: case ("ZDNet", "BuzzFeed") or an abbreviation in capitals ("BBC", "ТАСС").
_OUTLET_TOKEN = re.compile(rf"[\w-]+\.[a-z]{{2,6}}|[{_UPPER}][\w]*[a-z][{_UPPER}]\w*"
                           rf"|[{_UPPER}]{{2,}}[a-z]\w*|[{_UPPER}]{{3,}}")


def _is_outlet_token(part: str) -> bool:
    """Whether ``part``, the last of a credit's parts ("Anna Smith / ZDNet"), is one token
    naming an outlet; a capitalised word alone may be a role or a name, and is not."""
    return _OUTLET_TOKEN.fullmatch(part.strip()) is not None


@cache
def _share_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{cue_regex('share').pattern})(?:\s+[\w+.-]+){{0,3}}\s*:?",
                      re.IGNORECASE)


#: What a share button says it does after its label: "(Opens in new window)".
_NEW_WINDOW = re.compile(r"\s*\((?:opens in (?:a )?new window|открывается в новом окне"
                         r"|откроется в новом окне|жаңа терезеде ашылады)\)$", re.IGNORECASE)


def is_share_line(line: str) -> bool:
    """A share button's label: "Share on Facebook", "Share to linkedin", "Share via
    Email", «Поделиться в Telegram», «Facebook-та бөлісу», "Click to share on X (Opens
    in new window)": the share cue and at most three words, the whole line."""
    s = _NEW_WINDOW.sub("", light(line))
    return len(s) <= 50 and _share_regex().fullmatch(s) is not None


#: Where the labels of a bar meet when the page's markup put no space between them
#: ("FacebookTwitterEmail", "MenuSections"): a lowercase letter, then a capital.
_GLUED_LABELS = re.compile(r"(?<=[a-zа-яёәғқңөұүһі])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
GLUED_MAX_CHARS = 160


def is_glued_labels(line: str) -> bool:
    """A menu or share bar whose labels the page printed without spaces
    ("FacebookTwitterPinterestEmail", "Share on FacebookShare on Twitter",
    «ГлавнаяНовостиКультура»): split where a lowercase letter meets a capital, every
    piece is a menu label or a share button. A word in camel case ("iPhone",
    "McDonald") makes pieces that are no labels, so a sentence is never taken."""
    s = light(line)
    if len(s) > GLUED_MAX_CHARS or not _GLUED_LABELS.search(s):
        return False
    spaced = _GLUED_LABELS.sub(" ", s)
    return is_menu_line(spaced) or _share_run_regex().fullmatch(spaced) is not None


@cache
def _share_run_regex() -> re.Pattern[str]:
    """Share buttons one after another ("Share on Facebook Share on Twitter")."""
    return re.compile(rf"(?:(?:{_share_regex().pattern})\s*){{2,}}", re.IGNORECASE)


@cache
def _edition_regex() -> re.Pattern[str]:
    """A place and the language of its edition in brackets: "Canada (français)"."""
    langs = "|".join(re.escape(norm(w)) for w in sorted(
        _sections("cues.txt")["edition_language"], key=len, reverse=True))
    return re.compile(rf"[^()\d]{{2,40}}\(\s*(?:{langs})\W?(?:\s*,\s*(?:{langs}))?\s*\)"
                      r"(?:\s*-\s*[a-z]{2})?")


def is_edition_switch(line: str) -> bool:
    """An item of an edition switcher: a country or region and the language of its
    edition in brackets, in that language's own name ("Canada (français)", "United
    Kingdom (English)", «Қазақстан (қазақша)»). A cast list brackets a person, and a
    programme a country or a year, never a language named so."""
    s = norm(line)
    # (a right-to-left language's name ends with its direction mark)
    return 4 <= len(s) <= 70 and _edition_regex().fullmatch(s.rstrip("\u200f ")) is not None


#: An agency's dateline alone on its line: a city (and its country), maybe the date,
#: and the agency after a bracket or a dash ("ASTANA, June 12 (Kazinform)", «Бишкек,
#: 12 июня — AKIpress», "Bishkek (AKIpress)"); the lead it opens is on the next line.
DATELINE_MAX_CHARS = 80
_DATELINE_AGENCIES = tuple(
    re.compile(rf"(?:\s*[(,.]\s*|\s+[—–-]\s+|\s+)\(?([^\s()]+{more})\)?\s*(?:[.:]|[—–-]{{1,2}})?$")
    for more in ("", r"\s+[^\s()]+"))  # an agency of one word, or of two
_PLACE_WORD = rf"[{_UPPER}][{_UPPER}{_LOWER}-]+"
_DATELINE_PLACE = re.compile(rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})?(?:,\s*{_PLACE_WORD})?\.?")


def is_dateline_alone(line: str) -> bool:
    """An agency's dateline on a line of its own (see :data:`DATELINE_MAX_CHARS`): the
    agency is a known one, a domain or a name in capitals, the rest a place and maybe a
    date. A sentence has a verb among these; a dateline has none."""
    s = light(line)
    if len(s) > DATELINE_MAX_CHARS or not s[:1].isupper():
        return False
    bracketed = False
    for regex in _DATELINE_AGENCIES:
        m = regex.search(s)
        if m is None:
            continue
        agency = m[1].rstrip(".:")
        if norm(agency) in agencies() or _DOMAIN_WORD.fullmatch(agency):
            break
        # a capitalised name in brackets after the date ("June 12 (UzDaily) --"): the
        # agency of a dateline; taken only when a date stands before it (below)
        if s[m.start(1) - 1] == "(" and agency[:1].isupper() and " " not in agency:
            bracketed = True
            break
    else:
        return False
    head = s[:m.start()].rstrip(" ,.")
    parts = [p.strip() for p in head.split(",")]
    # the city, or the city and its country, then nothing or a date
    for k in (1, 2):
        place, rest = ", ".join(parts[:k]), ", ".join(parts[k:])
        if not _DATELINE_PLACE.fullmatch(place):
            continue
        if rest and is_date_line(rest):
            return True
        # without a date, a city of one word ("Bishkek (AKIpress)"): two capitalised
        # words may be the author ("Anna Smith, Associated Press")
        if not rest and not bracketed and all(len(p.split()) == 1 for p in parts[:k]):
            return True
    return False


#: A caption is a sentence or three; a longer line is the article's.
POSITION_CAPTION_MAX_CHARS = 320


def is_position_caption(line: str) -> bool:
    """A photo's caption that says where its people stand ("Anna Smith, left, and John
    Doe at the opening", «Иван Петров (слева) и Анна Смирнова», «Айгүл Нұрланова (оң
    жақта)», "From left: …"; ``[caption_position]`` of cues.txt): an article tells
    what happened, and does not point into a picture."""
    s = light(line)
    return (len(s) <= POSITION_CAPTION_MAX_CHARS and has_cue("caption_position", s)
            and sentence_count(s) <= 3)


#: An author's note is a sentence or three; a longer line is the article's.
AUTHOR_BIO_MAX_CHARS = 300
_BIO_SECOND = frozenset({"is", "covers", "writes", "reports", "joined", "—", "–", "-"})


def is_author_bio(line: str) -> bool:
    """The author's note under an article ("Anna Smith is a culture reporter for The
    Times.", "John Doe covers science for the Gazette.", «Иван Петров — обозреватель
    газеты «Степь»»): a capitalised name (a given name alone, or two words), then the
    journalist's trade at an outlet (``[author_bio]`` of cues.txt). A sentence that
    presents a performer, an artist or a writer names no newsroom trade, and stays."""
    s = light(line)
    if len(s) > AUTHOR_BIO_MAX_CHARS:
        return False
    tokens = s.split(maxsplit=4)
    if len(tokens) < 4 or not tokens[0][:1].isupper() or not (
            tokens[1][:1].isupper() or tokens[1] in _BIO_SECOND):
        return False
    return sentence_count(s) <= 3 and cue_regex("author_bio").match(s) is not None


# The order matters only for the reported kind: the first rule that fires names it.
LINE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("placeholder", is_placeholder),
    ("separator", is_separator),
    ("date", is_date_line),
    ("date", is_date_stamp),
    ("counter", is_counter),
    ("quote", is_quote),
    ("online", is_online_widget),
    ("menu", is_menu_line),
    ("date", is_parted_stamp),  # before breadcrumbs: "Aigerim Seitkali • 24 Nov 2025"
    ("navigation", is_navigation),
    ("list_heading", is_list_heading),
    ("read_also", is_inline_list_heading),
    ("menu", is_news_rubric),  # after list headings: «Басты жаңалықтар» heads a list
    ("credit", is_photo_credit),
    ("credit", is_illustration_caption),
    ("credit", is_credited_caption),
    ("credit", is_position_caption),
    ("advert", is_phone_advert),
    ("widget", is_icon_alt),
    ("copyright", is_copyright),
    ("registration", is_registration),
    ("impressum", is_impressum),
    ("subscription", is_subscription),
    ("comment", is_comment_prompt),
    ("cookies", is_cookie_notice),
    ("tags", is_tag_line),
    ("hours", is_opening_hours),
    ("counter", is_reading_time),
    ("job_title", is_job_title),
    ("byline", is_byline),
    ("byline", is_author_bio),
    ("url", is_url_line),
    ("credit", is_source_line),
    ("credit", is_agency_credit),
    ("date", is_dateline_alone),  # after credits: "Фото Kazinform", "By Reuters" are theirs
    ("site_name", is_domain_name_line),
    ("share", is_share_line),
    ("menu", is_glued_labels),
    ("menu", is_edition_switch),
    ("date", is_time_ago),
    ("date", is_date_label),
    ("date", is_parted_stamp),
    ("menu", is_pagination),
)


def _strip_icons(line: str) -> str:
    """The line without the icons that open it ("🔥 Top news", "📌 Read also", "💬 0"):
    pictographs, their variation selectors and joiners. A label behind an icon is the
    same label; a sentence behind one stays a sentence."""
    i = 0
    while i < len(line) and (line[i].isspace() or line[i] in "\ufe0f\u200d"
                             or unicodedata.category(line[i]) == "So"):
        i += 1
    return line[i:] if i and any(unicodedata.category(c) == "So" for c in line[:i]) else line


def classify_line(line: str) -> str | None:
    """The kind of chrome this line is on its own, or None (article text or
    undecided without context). Blank lines are never chrome."""
    if not line.strip():
        return None
    for kind, rule in LINE_RULES:
        if rule(line):
            return kind
    # a label behind an icon: the same rules on the rest ("📌 Read also", "💬 0")
    bare = _strip_icons(line)
    if bare is not line and bare.strip():
        for kind, rule in LINE_RULES:
            if rule(bare):
                return kind
    return None


# ---------------------------------------------------------------- headlines

TITLE_MAX_CHARS = 200


@cache
def _lead_opening_regex() -> re.Pattern[str]:
    """How a lead sentence opens and a headline does not: a date ("On December 12,",
    "14 маусым күні", "5 сентября", "В пятницу"), or a dateline ("ALMATY. KAZINFORM –",
    "АСТАНА, 5 сентября –")."""
    p = date_parts()
    caps = r"[A-ZА-ЯЕӘҒҚҢӨҰҮҺІ][A-ZА-ЯЕӘҒҚҢӨҰҮҺІ\-]+"
    # full weekday names only, with case endings ("в пятницу"): "Sun ..." is no date
    weekdays = [norm(w) for w in _sections("calendar.txt")["weekdays"] if len(w) > 3]
    weekday = rf"(?:{_alternation(w[:-1] for w in weekdays)})\w{{0,3}}\b"
    preposition = _alternation(norm(w) for w in _sections("calendar.txt")["date_preposition"])
    return re.compile(
        rf"^(?:(?:{preposition})\s+)?(?:{p['date']}|{weekday}"
        rf"|{p['month']}\s+\d)"
        rf"|^(?-i:{caps}(?:\s+{caps}){{0,2}})\s*[.,]\s"
        rf"|^[^\W\d]+(?:[\s-][^\W\d]+)?,\s*(?:\d{{1,2}}\s+{p['month']}|{p['month']}\s+\d)",
        re.IGNORECASE,
    )


def is_headline_like(line: str) -> bool:
    """Could this line be the article's headline? One sentence (a final full stop is
    allowed), two words or more, at most :data:`TITLE_MAX_CHARS` characters, not
    opening with a lowercase letter, and not opening like a lead sentence (a date or
    a dateline): a page without a headline starts with its lead."""
    s = light(line)
    return (bool(s) and len(s) <= TITLE_MAX_CHARS and len(words(s)) >= 2
            and sentence_count(s) == 1 and not s[0].islower() and not s.endswith(":")
            and not _lead_opening_regex().match(s))

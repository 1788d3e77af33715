"""All of a language's date rules in one pass over the text, with the same matches.

Why: ``rule.regex.finditer(text)`` for every rule costs one regex scan of the whole
text per rule (some twenty per language), and Python's regex engine pays for every
position it tries, although almost every position fails every rule. Dates are rare,
so those scans were nearly all of :func:`sahna.dates.find_dates`' time.

How: one *scanner* regex per language does the scanning. It opens with the
lookbehind every rule opens with (:data:`~sahna.dates.patterns._LB`), which fails at
once inside a word, then offers one alternative per rule (or per group of rules that
open alike). An alternative starts with a case-sensitive set of the characters its
rules can start with; the engine skips an alternative whose first set does not hold
the current character without entering it. Then comes the rules' *opening*, their
first three characters as sets (so that "осы" is not tried as a month name because
it starts with "о", nor "в 2025 году" as "в мае"), and only then the whole rules, in
lookaheads. The scanner matches one character wherever *some* rule matches; there
:func:`rule_matches` asks each rule that can start with that character for its own
``match``. Building a scanner costs some 0.2 s per language, once per process.

Exactness, so that the output does not depend on this optimisation:

* every rule's ``finditer`` takes, from the end of its previous match, the first
  position where the rule matches, and ``rule.regex.match(text, pos)`` at that
  position gives the very same match (lookbehinds still see the text before ``pos``).
  The scanner hits every position where any rule matches, so replaying the rules at
  its hits, from each rule's previous end on, yields each rule's ``finditer``;
* a rule's openings come from its parsed pattern (what it must consume first, through
  groups, alternatives and optional parts); they may allow more than the rule does,
  never less. Their character sets are made case-sensitive by letting the regex
  engine itself pick, out of every code point, the ones its case-insensitive sets
  accept: no case rules are re-implemented here;
* a construct the analysis does not know leaves the rule without openings (it is then
  tried wherever the lookbehind allows), and a rule that could match the empty string,
  which ``finditer`` treats specially, sends the language back to one ``finditer`` per
  rule. The analysis reads the regex parser's output, which is not a public API: if
  that changes, the same fallbacks apply.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sahna.dates.patterns import _LB, Rule, rules
from sahna.regex_engine import regex_module

# the regex parser (private, hence the fallbacks)
_sre = regex_module("re._constants", "sre_constants")
_sre_parse = regex_module("re._parser", "sre_parse")

Found = list[tuple[re.Match[str], int, Rule]]

#: A named group opening in a pattern's source, not after an escaping backslash.
_NAMED_GROUP = re.compile(r"(?<!\\)((?:\\\\)*)\(\?P<\w+>")

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)} - {None}
_GROUPS = {_sre.SUBPATTERN, getattr(_sre, "ATOMIC_GROUP", None)} - {None}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}

#: How many characters of each rule's opening the scanner tests before the rule.
OPENING_CHARS = 3
#: Openings of a rule beyond this many, or sets beyond this many characters, are not
#: worth testing (the test would cost what it saves): the rule then gets shorter ones
#: or none.
MAX_OPENINGS = 400
MAX_SET_CHARS = 5000
#: How deep the analysis may unfold nested repeats before it gives up on a rule.
MAX_DEPTH = 200


@dataclass(frozen=True)
class Scanner:
    """The one-pass regex of a language and, per rule, the characters it can start
    with (``None``: not known, the rule is tried wherever the lookbehind allows)."""

    regex: re.Pattern[str]
    rules: tuple[Rule, ...]
    starts: tuple[frozenset[str] | None, ...]

    @functools.cached_property
    def ranks(self) -> dict[str, tuple[int, ...]]:
        """For each character some rule can start with, the ranks of the rules that may
        match there, in order (those whose first characters are known and hold it, and
        those whose are not known)."""
        chars = set().union(*(c for c in self.starts if c is not None))
        return {char: tuple(rank for rank, c in enumerate(self.starts)
                            if c is None or char in c) for char in chars}

    @functools.cached_property
    def anywhere(self) -> tuple[int, ...]:
        """The ranks of the rules whose first characters are not known."""
        return tuple(rank for rank, c in enumerate(self.starts) if c is None)


def rule_matches(text: str, lang: str) -> Found:
    """``(match, rank, rule)`` for every match of every rule of ``lang`` in ``text``,
    ``rank`` being the rule's place in :func:`~sahna.dates.patterns.rules`: the
    matches of each rule's ``finditer``, found in one scanner pass."""
    scan = scanner(lang)
    if scan is None:
        return [
            (match, rank, rule)
            for rank, rule in enumerate(rules(lang))
            for match in rule.regex.finditer(text)
        ]
    found: Found = []
    ends = [0] * len(scan.rules)
    ranks, anywhere, compiled = scan.ranks, scan.anywhere, scan.rules
    for hit in scan.regex.finditer(text):
        start = hit.start()
        for rank in ranks.get(text[start], anywhere):  # the rules that can start here
            if start < ends[rank]:
                continue
            rule = compiled[rank]
            match = rule.regex.match(text, start)
            if match is not None:
                found.append((match, rank, rule))
                ends[rank] = match.end()
    return found


@functools.cache
def scanner(lang: str) -> Scanner | None:
    """The :class:`Scanner` of ``lang``, or ``None`` when its rules do not fit the
    scheme (see the module docstring); callers then run each rule on its own."""
    compiled = rules(lang)
    try:
        return _build(compiled)
    except Exception:  # whatever went wrong, the plain way gives the same matches
        return None


def _build(compiled: tuple[Rule, ...]) -> Scanner | None:
    """The :class:`Scanner` of ``compiled``, or ``None`` (see :func:`scanner`)."""
    flags = compiled[0].regex.flags if compiled else 0
    sources = []
    openings: list[list[_Opening] | None] = []
    for rule in compiled:
        source = rule.regex.pattern
        if (not source.startswith(_LB) or rule.regex.groups != len(rule.regex.groupindex)
                or "(?P=" in source or "(?(" in source or rule.regex.flags != flags):
            return None  # back-references would not survive renaming; flags are shared
        parsed = _sre_parse.parse(source, flags)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match: finditer's special case, not replayed here
        openings.append(_openings(parsed, bool(flags & re.IGNORECASE)))
        # inside the scanner the rule's groups are not needed, and their names repeat
        sources.append(_NAMED_GROUP.sub(lambda m: m.group(1) + "(?:", source))
    chars = _explicit_sets(openings)
    # Rules with the same opening (many start with an optional year or qualifier and a
    # month name) share one test of it, then try their lookaheads in turn.
    groups: dict[tuple[frozenset[str], str] | None, list[str]] = {}
    starts: list[frozenset[str] | None] = []
    for source, rule_openings in zip(sources, openings, strict=True):
        test = None if rule_openings is None else _opening_test(rule_openings, chars)
        starts.append(None if test is None else test[0])
        groups.setdefault(test, []).append(f"(?={source})")
    branches = []
    for test, lookaheads in groups.items():
        rules_here = lookaheads[0] if len(lookaheads) == 1 else f"(?:{'|'.join(lookaheads)})"
        if test is None:  # no opening known: tried wherever the lookbehind allows
            branches.append(f"{rules_here}(?s:.)")
        else:
            first, opening = test
            branches.append(f"(?-i:{_set(first)})(?<=(?=(?-i:{opening})){rules_here}(?s:.))")
    regex = re.compile(_LB + "(?:" + "|".join(branches) + ")", flags)
    if regex.groups:
        return None  # a group slipped through the renaming: better the plain way
    return Scanner(regex, compiled, tuple(starts))


# ------------------------------------------------------------------ openings

#: A one-character set of a pattern: whether it ignores case, and its items as regex
#: source (``a``, ``\U...-\U...``, ``\d``).
_Class = tuple[bool, tuple[str, ...]]
#: How a match can begin: the sets of its first characters, in order. Shorter than
#: :data:`OPENING_CHARS` when the match may end there.
_Opening = tuple[_Class, ...]
#: A parsed pattern element with the case flag in force where it stands.
_Node = tuple[Any, Any, bool]  # (op, argument) as the regex parser gives them


def _openings(parsed: Any, ignorecase: bool) -> list[_Opening] | None:
    """How a match of the parsed rule can begin (its first :data:`OPENING_CHARS`
    characters, fewer if there are too many ways), or ``None`` when unknown."""
    seq = _nodes(parsed, ignorecase)
    for length in range(OPENING_CHARS, 0, -1):
        try:
            found = list(_prefixes(seq, length, [0]))
        except _TooMany:
            continue
        except Exception:  # RecursionError, or the private parser changed shape
            return None
        return None if not found or () in found else sorted(set(found))
    return None


class _TooMany(Exception):
    """More openings than :data:`MAX_OPENINGS`: try shorter ones."""


def _prefixes(seq: tuple[_Node, ...], length: int, count: list[int]) -> Iterator[_Opening]:
    """The first ``length`` character sets of every way ``seq`` can match (fewer
    where it can end earlier); ``count`` counts them against the limit."""
    for first, rest in _heads(seq, 0):
        if first is None:
            yield ()
        elif length == 1:
            count[0] += 1
            yield (first,)
        else:
            for tail in _prefixes(rest, length - 1, count):
                count[0] += 1
                yield (first, *tail)
        if count[0] > MAX_OPENINGS:
            raise _TooMany


def _nodes(items: Any, ignorecase: bool) -> tuple[_Node, ...]:
    return tuple((op, av, ignorecase) for op, av in items)


def _heads(seq: tuple[_Node, ...], depth: int) -> Iterator[tuple[_Class | None, tuple[_Node, ...]]]:
    """Every way ``seq`` can consume its first character: ``(set of that character,
    what remains)``. ``(None, ())`` stands for "anything from here": ``seq`` may match
    the empty string, or starts with something this analysis does not follow (a
    negated set, a back-reference, a flag other than case): allowing anything after
    it keeps the openings a superset of what the rule matches."""
    if not seq or depth > MAX_DEPTH:
        yield None, ()
        return
    (op, av, case), rest = seq[0], seq[1:]
    if op in _ZERO_WIDTH:
        yield from _heads(rest, depth + 1)  # anchors and lookarounds only restrict
    elif op is _sre.LITERAL or op is _sre.IN:
        cls = _class([(op, av)] if op is _sre.LITERAL else av, case)
        yield (cls, rest) if cls is not None else (None, ())
    elif op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~re.IGNORECASE:
            yield None, ()
            return
        inner = (case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        yield from _heads(_nodes(sub, inner) + rest, depth + 1)
    elif op in _GROUPS:  # an atomic group: it only matches less than a plain one
        yield from _heads(_nodes(av, case) + rest, depth + 1)
    elif op is _sre.BRANCH:
        for alternative in av[1]:
            yield from _heads(_nodes(alternative, case) + rest, depth + 1)
    elif op in _REPEATS:
        low, high, sub = av
        if low == 0:
            yield from _heads(rest, depth + 1)
        if high != 0:
            again = (op, (max(low - 1, 0), high if high == _sre.MAXREPEAT else high - 1, sub),
                     case)
            yield from _heads((*_nodes(sub, case), again, *rest), depth + 1)
    else:
        yield None, ()


def _class(items: list, ignorecase: bool) -> _Class | None:
    """A parsed set (or a literal) as set items, kept with its case flag so that the
    engine reads them as it reads the rule; ``None`` for a negated set (it accepts
    nearly everything: not worth a test) or an item not known here."""
    out = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(_escape(chr(av)))
        elif op is _sre.RANGE:
            out.append(f"{_escape(chr(av[0]))}-{_escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return ignorecase, tuple(sorted(set(out)))


def _escape(char: str) -> str:
    """A character for a regex set: letters and digits as they are (the sets hold
    hundreds, and the parser reads an escape ten times slower), anything else as an
    escape, which is safe in a set whatever the character."""
    return char if char.isalnum() else f"\\U{ord(char):08x}"


def _class_source(cls: _Class) -> str:
    """A set as a one-character regex, with its own case flag."""
    case, items = cls
    return f"(?{'i' if case else '-i'}:[{''.join(items)}])"


def _set(chars: frozenset[str]) -> str:
    """A case-sensitive regex set of exactly ``chars``, kept short (the scanner holds
    hundreds of them, and compiling it is the one-off cost of this module): all the
    decimal digits as ``\\d`` (digits have no case, so the category means the same
    with or without it), other runs of consecutive code points as ranges."""
    digits = _digits()
    items = []
    if digits <= chars:
        items.append(r"\d")
        chars = chars - digits
    codes = sorted(map(ord, chars))
    start = 0
    while start < len(codes):
        end = start
        while end + 1 < len(codes) and codes[end + 1] == codes[end] + 1:
            end += 1
        low, high = chr(codes[start]), chr(codes[end])
        items.append(_escape(low) if end == start
                     else f"{_escape(low)}{'' if end == start + 1 else '-'}{_escape(high)}")
        start = end + 1
    return "[" + "".join(items) + "]"


@functools.cache
def _digits() -> frozenset[str]:
    """The characters ``\\d`` matches."""
    return frozenset(re.findall(r"\d", _every_character()))


# ------------------------------------------------------------------ explicit sets

def _explicit_sets(openings: list[list[_Opening] | None]) -> dict[_Class, frozenset[str]]:
    """Every set the openings use, as the exact characters the engine accepts for it
    under its case flag. One scan of all code points finds the characters any set
    accepts; each set then keeps those it accepts itself."""
    classes = {cls for rule in openings if rule for opening in rule for cls in opening}
    if not classes:
        return {}
    merged: dict[bool, set[str]] = {}
    for case, items in classes:
        merged.setdefault(case, set()).update(items)
    union = re.compile("|".join(_class_source((case, tuple(sorted(items))))
                                for case, items in sorted(merged.items())))
    pool = "".join(sorted(set(union.findall(_every_character()))))
    return {c: frozenset(re.findall(_class_source(c), pool)) for c in classes}


def _opening_test(openings: list[_Opening], chars: dict[_Class, frozenset[str]]
                  ) -> tuple[frozenset[str], str] | None:
    """``(first characters, regex of the openings)`` of a rule, case-sensitive; or
    ``None`` when its sets are too large to be worth it. The regex is a trie over
    the character sets, so that the engine tests each set once per position."""
    explicit = [tuple(chars[cls] for cls in opening) for opening in openings]
    if any(len(s) > MAX_SET_CHARS for opening in explicit for s in opening):
        return None
    return frozenset().union(*(opening[0] for opening in explicit)), _trie(explicit)


def _trie(openings: list[tuple[frozenset[str], ...]]) -> str:
    """Alternation of the openings, merged on their first sets; an opening that has
    ended accepts whatever follows."""
    tails: dict[frozenset[str], list[tuple[frozenset[str], ...]]] = {}
    for opening in openings:
        tails.setdefault(opening[0], []).append(opening[1:])
    branches = []
    for first, rest in sorted(tails.items(), key=lambda kv: sorted(kv[0])):
        ended = any(not tail for tail in rest)
        branches.append(_set(first) + ("" if ended else f"(?:{_trie(rest)})"))
    return "|".join(branches)


def _every_character() -> str:
    """Every code point (lone surrogates included) in one string, built from bytes
    (a join over ``chr`` takes ten times longer): the engine scans it to list the
    characters a case-insensitive set accepts. Built per language, then dropped."""
    count = sys.maxunicode + 1  # 17 planes of 65536
    raw = bytearray(4 * count)
    raw[0::4] = bytes(range(256)) * (count // 256)
    raw[1::4] = b"".join(bytes([b]) * 256 for b in range(256)) * (count // 65536)
    raw[2::4] = b"".join(bytes([plane]) * 65536 for plane in range(count // 65536))
    return raw.decode("utf-32-le", "surrogatepass")

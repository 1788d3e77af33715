"""Which sentences need the expensive models.

Named entities matter only where an event is stated or its people are named: sentences
with an event trigger, a role word («министр», "director") or a performance verb. A
cheap prefix scan over the lexicons finds them, so NER (and, for English, the tagger)
runs on those sentences alone — the same pre-filtering that large-scale extraction
pipelines use to spend model time where it can pay off. It over-matches on purpose (a
prefix of a lemma matches all its forms); it must never miss.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from sahna import limits
from sahna.document import Sentence
from sahna.events.lexicon import role_cues, triggers
from sahna.langs import language


def _forms(word: str, lang: str) -> set[str]:
    """Prefixes that every form of a lexicon word starts with, as its language says
    (Russian: all forms of the lexeme; English: a stem and irregular past forms; Kazakh
    stems are prefixes already)."""
    return language(lang).word_forms(word)


@cache
def cue_pattern(lang: str, events_only: bool = False) -> re.Pattern[str]:
    """Prefixes of every form of the one-word lexicon entries (event triggers,
    performance verbs and, unless ``events_only``, role words; a multi-word role cue by its
    first word); ``events_only`` leaves out the role words."""
    words = {t.pattern[0] for t in triggers(lang) if len(_content(t.pattern)) == 1}
    words |= set(language(lang).cue_words("relevant"))
    cues = role_cues(lang)
    words |= {w for w, (role, kind) in cues.items() if not events_only or kind == "-"}
    return _prefixes({word.split()[0] for word in words if word != "*"}, lang)


@cache
def phrase_patterns(lang: str) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """For each multi-word trigger («день культуры», "gala concert"), one pattern per
    word: a sentence can state it only when every word occurs in some form. Checking the
    first word alone would send every sentence with «году» or «день» to the models."""
    out = []
    for trigger in triggers(lang):
        words = _content(trigger.pattern)
        if len(words) > 1:
            out.append(tuple(_prefixes({w}, lang) for w in words))
    return tuple(dict.fromkeys(out))


@cache
def _phrase_table(lang: str) -> tuple[tuple[re.Pattern[str], ...], tuple[tuple[int, ...], ...]]:
    """:func:`phrase_patterns` as its distinct word patterns and, per phrase, their
    positions in that tuple: a sentence remembers each word's answer in a list by
    position (a dictionary keyed by the pattern hashed its compiled code every time)."""
    positions: dict[re.Pattern[str], int] = {}
    phrases = tuple(tuple(positions.setdefault(p, len(positions)) for p in words)
                    for words in phrase_patterns(lang))
    return tuple(positions), phrases


@cache
def first_words_pattern(lang: str) -> re.Pattern[str]:
    """Prefixes of every form of the first words of the multi-word triggers: a text
    that has none of them can state none of those triggers."""
    return _prefixes({_content(t.pattern)[0] for t in triggers(lang)
                      if len(_content(t.pattern)) > 1}, lang)


def _content(pattern: tuple[str, ...]) -> list[str]:
    return [w for w in pattern if w != "*"]


def _prefixes(words: set[str], lang: str) -> re.Pattern[str]:
    prefixes: set[str] = set()
    for word in words:
        prefixes |= _forms(word, lang)
    # a closed compound («медиафорум») states what its last part does
    forms = language(lang).cue_set("combining_form")
    compound = f"(?:{trie_pattern(set(forms))})?" if forms else ""
    return re.compile(r"(?<!\w)" + compound + trie_pattern({p.lower() for p in prefixes}),
                      re.IGNORECASE)


def is_relevant(text: str, lang: str, events_only: bool = False) -> bool:
    """Can ``text`` state an event (or, unless ``events_only``, name its people)?"""
    low = case_free(text)
    if _search(cue_pattern(lang, events_only), _cue_twin(lang, events_only), text, low):
        return True
    return _has_phrase(text, lang, low)


# -- searching lower-cased text ----------------------------------------------------------
#
# The patterns are case-insensitive, and a case-insensitive search tries every
# character of the text against both cases: twice the time of a case-sensitive search
# of the lower-cased text with the lower-case pattern. The two give the same answer
# where lower-casing is what the regex engine's case folding does: a character whose
# lower case is one character, equal to the engine's simple lower case, with the same
# word-character class (for the patterns' ``(?<!\w)``), and no extra case the engine
# knows beyond it (``ı`` for ``i``, ``ᲀ`` for ``в``). The characters below — ASCII,
# Latin-1 but ``µ`` (a case of Greek ``μ``), Cyrillic with the Kazakh letters,
# punctuation, ``№`` — are such (``tests/langs/test_relevance_case.py`` checks each
# one against the engine); a text or a pattern with any other character is searched
# as before.

_CASE_FREE = "\x00-\x7f\xa0-\xb4\xb6-\xff\u0400-\u04ff\u2000-\u206f\u2116"
_OTHER_CHARACTER = re.compile(f"[^{_CASE_FREE}]")


def case_free(text: str) -> str | None:
    """``text`` lower-cased when every character is one whose case the regex engine
    folds as ``str.lower`` does (see above); None otherwise."""
    return None if _OTHER_CHARACTER.search(text) else text.lower()


def _lower_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive ``pattern`` whose source is in
    lower case and of the characters above, for searching lower-cased text; None for
    any other pattern."""
    source = pattern.pattern
    if source != source.lower() or _OTHER_CHARACTER.search(source):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


# The twins are cached by what names their pattern, not by the pattern: a compiled
# pattern's hash is computed over its whole compiled code at every look-up.


@cache
def _cue_twin(lang: str, events_only: bool = False) -> re.Pattern[str] | None:
    return _lower_pattern(cue_pattern(lang, events_only))


@cache
def _first_words_twin(lang: str) -> re.Pattern[str] | None:
    return _lower_pattern(first_words_pattern(lang))


def _search(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str,
            low: str | None) -> bool:
    """``pattern.search(text)`` as a truth value, by ``twin`` (its case-sensitive twin)
    on ``low`` (``case_free(text)``) when both are known."""
    if low is not None and twin is not None:
        return twin.search(low) is not None
    return pattern.search(text) is not None


def _has_phrase(text: str, lang: str, low: str | None = None) -> bool:
    """Can ``text`` state a multi-word trigger (every word occurs in some form)? ``low``
    is ``case_free(text)``, when the caller has it."""
    if low is None:
        low = case_free(text)
    # one search rules out every phrase
    if not _search(first_words_pattern(lang), _first_words_twin(lang), text, low):
        return False
    patterns, phrases = _phrase_table(lang)
    if low is not None:
        twins = _lower_table(lang)
        if twins is not None:
            patterns, text = twins, low
    found: list[bool | None] = [None] * len(patterns)  # phrases share words: searched once
    for words in phrases:  # the first phrase whose words all occur, each in order
        for k in words:
            occurs = found[k]
            if occurs is None:
                occurs = found[k] = patterns[k].search(text) is not None
            if not occurs:
                break
        else:
            return True
    return False


@cache
def _lower_table(lang: str) -> tuple[re.Pattern[str], ...] | None:
    """The case-sensitive twins of :func:`_phrase_table`'s patterns, position for
    position; None unless every one has a twin."""
    twins = tuple(_lower_pattern(p) for p in _phrase_table(lang)[0])
    return None if any(t is None for t in twins) else twins  # type: ignore[return-value]


def trie_pattern(words: set[str]) -> str:
    """One regular expression for a set of prefixes, nested by shared beginnings
    («конц(?:ерт|ерты)…»): a flat alternation of thousands of words makes the regex engine
    try each at every position, a trie lets it give up after a letter or two. Since only
    prefixes matter, a word that another one starts with is dropped."""
    trie: dict = {}
    for word in sorted(words, key=len):
        node = trie
        for char in word:
            if "" in node:  # a shorter prefix already matches every continuation
                break
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    if "" in node:
        return ""
    branches = [re.escape(char) + _node_pattern(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def relevant(sentences: list[Sentence], lang: str, events_only: bool = False,
             warnings: list[str] | None = None) -> list[Sentence]:
    """The sentences the models analyse: those that can state an event, up to
    :data:`sahna.limits.ANALYSED` characters (past it, a warning in ``warnings``)."""
    return within_budget([s for s in sentences if is_relevant(s.text, lang, events_only)],
                         warnings)


def relevant_both(sentences: list[Sentence], lang: str, warnings: list[str] | None = None
                  ) -> tuple[list[Sentence], list[Sentence]]:
    """``relevant(sentences, lang, events_only=True, warnings=warnings)`` and
    ``relevant(sentences, lang)`` in one pass: the multi-word trigger test, the costlier
    half of :func:`is_relevant` and the same for both, is made once per sentence."""
    events: list[Sentence] = []
    names: list[Sentence] = []
    event_cues, all_cues = cue_pattern(lang, True), cue_pattern(lang, False)
    event_twin, all_twin = _cue_twin(lang, True), _cue_twin(lang, False)
    for sent in sentences:
        low = case_free(sent.text)
        # the second pattern's words include the first's: a sentence of the events is
        # one of the names without a second search
        if _search(event_cues, event_twin, sent.text, low) \
                or _has_phrase(sent.text, lang, low):
            events.append(sent)
            names.append(sent)
        elif _search(all_cues, all_twin, sent.text, low):
            names.append(sent)
    return within_budget(events, warnings), within_budget(names)


def within_budget(sentences: list[Sentence], warnings: list[str] | None = None
                  ) -> list[Sentence]:
    """The first sentences whose text adds up to at most :data:`sahna.limits.ANALYSED`
    characters: the models cost time in proportion to what they read, and a megabyte
    of text would take a minute. A news page stays far below it."""
    total = 0
    kept: list[Sentence] = []
    for sent in sentences:
        total += sent.end - sent.start
        if total > limits.ANALYSED:
            if warnings is not None:
                warnings.append(f"{len(sentences) - len(kept)} sentences past the first "
                                f"{limits.ANALYSED:,} characters are not analysed for names "
                                "(the limit per document)")
            break
        kept.append(sent)
    return kept


def blocks(sentences: list[Sentence], text: str) -> list[tuple[int, int]]:
    """Runs of consecutive relevant sentences as (start, end) offsets, so the model sees
    each sentence with its neighbours in one call."""
    out: list[tuple[int, int]] = []
    for sent in sentences:
        if out and not text[out[-1][1]:sent.start].strip(" \t"):
            out[-1] = (out[-1][0], sent.end)
        else:
            out.append((sent.start, sent.end))
    return out


class Excerpt:
    """The relevant blocks of a text joined by blank lines, so that a model runs once
    per document; ``original`` maps an offset in the excerpt back to the text."""

    SEPARATOR = "\n\n"

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.parts: list[tuple[int, int, int]] = []  # (excerpt start, text start, length)
        pieces, position = [], 0
        for start, end in spans:
            self.parts.append((position, start, end - start))
            pieces.append(text[start:end])
            position += end - start + len(self.SEPARATOR)
        self.text = self.SEPARATOR.join(pieces)
        self.starts = [part[0] for part in self.parts]

    def original(self, offset: int) -> int:
        index = bisect.bisect_right(self.starts, offset) - 1  # the last part at or before
        if index < 0:
            return offset
        excerpt_start, text_start, length = self.parts[index]
        return text_start + min(offset - excerpt_start, length)

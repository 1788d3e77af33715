"""Token features of the Kazakh CRF tagger, shared by training and tagging.

Kazakh is agglutinative: one name appears as «Тоқаев», «Тоқаевтың», «Тоқаевқа»,
«Тоқаевпен», so the word itself is a sparse feature. The features therefore describe a
word by its pieces: prefixes and suffixes, a stem with case, possessive and plural
endings stripped (:mod:`sahna.langs.kk.endings` knows the ending chains), its shape, whether it
sits inside «quotes», whether it or its stem is a known place, and a few head words that
open or close organisation, position, facility and event names. Neighbours ±2 add their
word, stem and suffix.

The head-word lists live in ``data/ner_heads.tsv``; the trained model's weights are tied
to them, so editing a list means retraining (``make train-kazakh``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from sahna.langs.kk.endings import name_bases, noun_bases
from sahna.lexicon import data_file, read_rows


@cache
def head_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """(class, words) of ``data/ner_heads.tsv``, classes in the order they are tried."""
    found: dict[str, set[str]] = {}
    for cls, word in read_rows(data_file("sahna.langs.kk", "ner_heads.tsv")):
        found.setdefault(cls, set()).add(word)
    return tuple((cls, frozenset(words)) for cls, words in found.items())


# Endings of Kazakh and Russian-style surnames and patronymics.
_NAME_ENDS = ("ов", "ев", "ова", "ева", "ин", "ина", "ұлы", "қызы", "ский", "ская", "бек",
              "бай", "ұлы", "ұлының", "ованың", "еваның")
_QUOTES_OPEN = frozenset("«“„\"")
_QUOTES_CLOSE = frozenset("»”\"")


@cache
def _gazetteer() -> tuple[dict[str, str], frozenset[str]]:
    """Single-word place keys → "city"/"country"/"region", and nationality words."""
    from sahna.places.gazetteer import load

    gaz = load()
    places: dict[str, str] = {}
    for first, names in gaz.places.by_plain.items():
        kinds = {n.target.kind for n in names}
        one_word = [n for n in names if len(n.plain) == 1]
        kind = (one_word[0].target.kind if one_word else "multi")
        places[first] = kind if len(kinds) == 1 or one_word else "multi"
    return places, frozenset(gaz.country_words.by_plain)


def shape(word: str) -> str:
    """Character classes, runs collapsed: «Тоқаев» → «Xx», «ҚР» → «X», «2025» → «d»."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


@lru_cache(maxsize=131072)
def stems(lower: str) -> tuple[str, str]:
    """(noun stem, name stem): the shortest base of at least three letters once a
    plural/possessive/case chain, or only a case ending, is stripped."""
    nouns = [b for b in noun_bases(lower) if len(b) >= 3]
    names = [b for b in name_bases(lower) if len(b) >= 3]
    return min(nouns, key=len, default=lower), min(names, key=len, default=lower)


@lru_cache(maxsize=131072)
def place_kind(lower: str) -> str:
    """The gazetteer's kind of the word or of a base of it, "" when it names no place."""
    places, nationals = _gazetteer()
    for base in name_bases(lower):
        if base in places:
            return places[base]
    for base in noun_bases(lower):
        if base in nationals:
            return "nat"
    return ""


@lru_cache(maxsize=131072)
def _word_features(word: str) -> tuple[tuple[str, ...], dict[str, float | str | bool]]:
    """Features of a word on its own (cached: words repeat), and the short set its
    neighbours see."""
    lower = word.lower()
    noun_stem, name_stem = stems(lower)
    feats: dict[str, float | str | bool] = {
        "w": lower,
        "shape": shape(word),
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "digit": any(ch.isdigit() for ch in word),
        "alpha": word.isalpha(),
        "len": min(len(word), 12) // 3,
        "stem": noun_stem,
        "nstem": name_stem,
        "end": lower[len(name_stem):] or "-",
        "nend": lower[len(noun_stem):] or "-",
        "latin": word.isascii() and word.isalpha(),
    }
    for n in range(1, 6):
        if len(lower) > n:
            feats[f"p{n}"] = lower[:n]
            feats[f"s{n}"] = lower[-n:]
    kind = place_kind(lower)
    if kind:
        feats["gaz"] = kind
    for name, heads in head_words():
        if lower in heads or noun_stem in heads:
            feats["head"] = name
            break
    if word[:1].isupper() and any(lower.endswith(e) or name_stem.endswith(e) for e in _NAME_ENDS):
        feats["surname"] = True
    context = (lower, noun_stem, lower[-3:], shape(word), kind, str(feats.get("head", "")))
    return context, feats


def sentence_features(words: Sequence[str]) -> list[dict[str, float | str | bool]]:
    """CRF features of every word of one sentence (a sequence of token strings)."""
    info = [_word_features(w) for w in words]
    quoted, inside = [], False
    for w in words:
        if w in _QUOTES_CLOSE and inside:
            inside = False
            quoted.append(False)
            continue
        if w in _QUOTES_OPEN and not inside:
            inside = True
            quoted.append(False)
            continue
        quoted.append(inside)
    out = []
    n = len(words)
    for i in range(n):
        feats = dict(info[i][1])
        feats["bias"] = 1.0
        if quoted[i]:
            feats["inq"] = True
        if i == 0:
            feats["BOS"] = True
        if i == n - 1:
            feats["EOS"] = True
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < n:
                feats[f"{d}:pad"] = True
                continue
            lower, stem, suffix, shp, kind, head = info[j][0]
            feats[f"{d}:w"] = lower
            feats[f"{d}:stem"] = stem
            feats[f"{d}:s3"] = suffix
            feats[f"{d}:shape"] = shp
            if kind:
                feats[f"{d}:gaz"] = kind
            if head:
                feats[f"{d}:head"] = head
        if i > 0:
            feats["-1|0"] = info[i - 1][0][0] + "|" + info[i][0][0]
        if i < n - 1:
            feats["0|+1"] = info[i][0][0] + "|" + info[i + 1][0][0]
            feats["0|+1stem"] = info[i][0][1] + "|" + info[i + 1][0][1]
        out.append(feats)
    return out

"""Latin lookalike letters inside Cyrillic words, mapped back to Cyrillic.

Kazakh sites often type a Latin «i» for «і», a Latin «ə» for «ә», or paste Latin «a», «c»,
«o», «e», «p», «x», «y» into Cyrillic words (old keyboard layouts, copy-paste). The
lexicons, the gazetteer and the NER model only know Cyrillic spellings, so «Алматыдa»
with a Latin «a» would be missed.

Every replacement is one code point for one code point, so the normalised text has the
same length as the original and every offset found in it points at the same characters
of the original: evidence still quotes what the page said.
"""

from __future__ import annotations

import re

# Latin (and Latin-extended) letters that look like a Cyrillic letter; the Kazakh letter
# wins where there is one («i» is «і», «ə» is «ә», «h» is «һ»).
_PAIRS = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і",
    "ə": "ә", "h": "һ", "k": "к", "m": "м", "t": "т", "b": "в",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У", "I": "І", "Ə": "Ә",
}
# «m», «t», «b» in lower case are not Cyrillic lookalikes in most fonts, but a word that
# already mixes scripts is Cyrillic, and no Cyrillic word holds a Latin letter on purpose.
_TABLE = str.maketrans(_PAIRS)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u0259\u018f]")
_LOOKALIKES = frozenset(_PAIRS)

assert all(len(k) == 1 and len(v) == 1 for k, v in _PAIRS.items())  # length-preserving


def _fix(match: re.Match[str]) -> str:
    word = match.group()
    latin = _LATIN.findall(word)
    if not latin or not _CYRILLIC.search(word) or not set(latin) <= _LOOKALIKES:
        return word  # pure Latin or pure Cyrillic, or a Latin letter with no lookalike
    return word.translate(_TABLE)


def to_cyrillic(text: str) -> str:
    """``text`` with Latin lookalikes inside otherwise-Cyrillic words made Cyrillic.

    Words written wholly in Latin («Astana», «EXPO») are left alone, and so is a mixed
    word holding a Latin letter that has no Cyrillic twin (it is not a typing slip).
    The result always has the length of ``text``.
    """
    if not _LATIN.search(text):
        return text
    out = _WORD.sub(_fix, text)
    assert len(out) == len(text)
    return out

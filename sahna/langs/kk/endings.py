"""Kazakh case, possessive and plural endings attached to a place name or a noun (the
place rules and the name tagger's features strip them).

Kazakh is agglutinative: "Алматыда", "Астанаға", "Шымкенттен", "Қазақстанның",
"Ақтөбедегі", "қазақстандықтар". Names themselves do not change, so a word is read as
``name + ending chain`` and accepted when the chain is one a noun can take. The chain set
is generated from the grammar below (plural × possessive × case, plus the ``-дағы``
attributive) rather than listed by hand, so that no combination is forgotten.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

_PLURAL = ("", "лар", "лер", "дар", "дер", "тар", "тер")
_POSSESSIVE = ("", "ы", "і", "сы", "сі", "ымыз", "іміз", "мыз", "міз")
# Case endings of a bare stem.
_CASE = (
    "",
    "ның", "нің", "дың", "дің", "тың", "тің",  # genitive
    "ға", "ге", "қа", "ке",  # dative
    "ны", "ні", "ды", "ді", "ты", "ті",  # accusative
    "да", "де", "та", "те",  # locative
    "дан", "ден", "тан", "тен", "нан", "нен",  # ablative
    "мен", "бен", "пен", "менен", "бенен", "пенен",  # instrumental
    "дағы", "дегі", "тағы", "тегі",  # locative + attributive
)
# Case endings that only follow a possessive ("қаласы-нда", "Республикасы-на").
CASE_AFTER_POSSESSIVE = (
    "на", "не", "н", "нда", "нде", "ндағы", "ндегі", "нан", "нен", "ның", "нің",
)
# "-лық" makes an adjective or a demonym: қазақстандық, ресейлік, алматылық.
_DERIVATION = ("лық", "лік", "дық", "дік", "тық", "тік")
_VOWELS = "аәеиоөұүыіэюя"
# Final voiceless consonants voice before a vowel: Бішкек + і -> Бішкегі.
_DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}


def _word_chains() -> frozenset[str]:
    after_stem = {p + c for p, c in product(_PLURAL, _CASE)}
    after_possessive = {
        p + x + c for p, x, c in product(_PLURAL, _POSSESSIVE[1:], ("", *CASE_AFTER_POSSESSIVE))
    }
    return frozenset(after_stem | after_possessive) - {""}


# Endings of a place name: case only. A possessive or plural on a city name is so rare
# that allowing it mostly finds ordinary words ("Жауын" is not "Jaú" + possessive).
NAME_ENDINGS: frozenset[str] = frozenset(_CASE) - {""}
POSSESSIVE_NAME_ENDINGS: frozenset[str] = NAME_ENDINGS | frozenset(CASE_AFTER_POSSESSIVE)
# Endings of common nouns and nationality words: plural, possessive and case.
NOUN_ENDINGS: frozenset[str] = _word_chains()
ADJ_ENDINGS: frozenset[str] = frozenset(
    [d + e for d in _DERIVATION for e in (*NOUN_ENDINGS, "")]
    + [d[:-1] + {"қ": "ғ", "к": "г"}[d[-1]] + e
       for d in _DERIVATION for e in NOUN_ENDINGS if e[0] in _VOWELS]
)
_MAX_NOUN = max(map(len, NOUN_ENDINGS))
_MAX_NAME = max(map(len, POSSESSIVE_NAME_ENDINGS))
_MAX_ADJ = max(map(len, ADJ_ENDINGS))


def _split(word: str, endings: frozenset[str], longest: int) -> list[str]:
    bases = []
    for cut in range(max(2, len(word) - longest), len(word)):
        ending = word[cut:]
        if ending in endings:
            base = word[:cut]
            bases.append(base)
            if ending[0] in _VOWELS and base[-1] in _DEVOICE:
                bases.append(base[:-1] + _DEVOICE[base[-1]])
    return bases


@lru_cache(maxsize=65536)
def name_bases(word: str) -> tuple[str, ...]:
    """``word`` and every name it can be once a case ending is removed.

    A name that itself ends in a possessive ("Қазақстан Республикасы") takes the endings
    of a possessive ("Республикасында").
    """
    bases = [word]
    for base in _split(word, POSSESSIVE_NAME_ENDINGS, _MAX_NAME):
        if base[-1] in "ыі" or word[len(base) :] in NAME_ENDINGS:
            bases.append(base)
    return tuple(bases)


@lru_cache(maxsize=65536)
def noun_bases(word: str) -> tuple[str, ...]:
    """``word`` itself and every base it can be once a noun ending chain is removed."""
    return (word, *_split(word, NOUN_ENDINGS, _MAX_NOUN))


@lru_cache(maxsize=65536)
def derived_bases(word: str) -> tuple[str, ...]:
    """Bases of ``-лық`` derivatives: ``қазақстандықтар`` → ``қазақстан``."""
    return tuple(_split(word, ADJ_ENDINGS, _MAX_ADJ))

"""Kazakh case, possessive and plural endings attached to a place name.

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
_CASE = (
    "",
    "ның", "нің", "дың", "дің", "тың", "тің",  # genitive
    "ға", "ге", "қа", "ке", "а", "е", "на", "не",  # dative
    "ны", "ні", "ды", "ді", "ты", "ті", "н",  # accusative
    "да", "де", "та", "те", "нда", "нде",  # locative
    "дан", "ден", "тан", "тен", "нан", "нен",  # ablative
    "мен", "бен", "пен", "менен", "бенен", "пенен",  # instrumental
    "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",  # locative + attributive
)
# "-лық" makes an adjective or a demonym: қазақстандық, ресейлік, алматылық.
_DERIVATION = ("лық", "лік", "дық", "дік", "тық", "тік")
_VOWELS = "аәеиоөұүыіэюя"
# Final voiceless consonants voice before a vowel: Бішкек + і -> Бішкегі.
_DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}


def _chains() -> frozenset[str]:
    return frozenset(p + x + c for p, x, c in product(_PLURAL, _POSSESSIVE, _CASE)) - {""}


NOUN_ENDINGS: frozenset[str] = _chains()
ADJ_ENDINGS: frozenset[str] = frozenset(
    [d + e for d in _DERIVATION for e in (*NOUN_ENDINGS, "")]
    + [d[:-1] + {"қ": "ғ", "к": "г"}[d[-1]] + e
       for d in _DERIVATION for e in NOUN_ENDINGS if e[0] in _VOWELS]
)
_MAX_NOUN = max(map(len, NOUN_ENDINGS))
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
def noun_bases(word: str) -> tuple[str, ...]:
    """``word`` itself and every base it can be once a noun ending chain is removed."""
    return (word, *_split(word, NOUN_ENDINGS, _MAX_NOUN))


@lru_cache(maxsize=65536)
def derived_bases(word: str) -> tuple[str, ...]:
    """Bases of ``-лық`` derivatives: ``қазақстандықтар`` → ``қазақстан``."""
    return tuple(_split(word, ADJ_ENDINGS, _MAX_ADJ))

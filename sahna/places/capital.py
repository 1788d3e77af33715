"""References to "the capital" without its name: «в столице», «елордада», "the capital".

The spec lets «в столице» fix the city as the capital of the country in question. The
country is read from the words around the reference when they name it ("столице
Азербайджана", "казахстанской столице", "Әзірбайжан астанасы", "the Kazakh capital",
"capital of Azerbaijan", "Azerbaijan's capital"); otherwise it is left ``None`` for the
caller to take from context. Figurative capitals ("северная столица", "the capital of
culture", "venture capital") are not references to a state capital and are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from sahna.langs.kk import endings as kk
from sahna.langs.ru import endings as ru
from sahna.places.text import Word

RU_CAPITAL = "столица#a"
KK_OUR_CAPITAL = ("елордамыз", "елордамызда", "елордамызға", "елордамыздың", "елордамыздан")
# Words after English "capital" that make it money, letters or a figurative capital.
_EN_NOT_CITY = frozenset(
    "investment investments market markets gains expenditure expenditures letter letters "
    "punishment flows flow goods costs repairs budget stock city's of_culture".split()
)
_CAPITAL_STEMS = ("столиц", "елорд", "астан", "capital")
_RU_ADJ_ENDINGS = ("ой", "ей", "ая", "ую", "ый", "ий")


class CapitalRef(NamedTuple):
    """A reference to a capital city, ``(start, end, country)``; ``country`` is set when
    the text says whose capital, else None."""

    start: int
    end: int
    country: str | None


# Looks up the country named or qualified by the word at an index, if any.
CountryAt = Callable[[int], "str | None"]


def mentions_capital(words: Sequence[Word]) -> bool:
    """A cheap first test, so that texts without a capital word skip the country search."""
    return any(w.key.startswith(_CAPITAL_STEMS) for w in words)


def find_capital_refs(
    words: Sequence[Word], lang: str | None, country_at: CountryAt
) -> list[CapitalRef]:
    """Capital references among ``words``; ``country_at(i)`` names word i's country."""
    refs = []
    for i, word in enumerate(words):
        if word.is_cyrillic:
            found = _ru_ref(words, i, country_at) if lang != "kk" else None
            if found is None and lang in ("kk", None):
                found = _kk_ref(words, i, country_at)
        else:
            found = _en_ref(words, i, country_at)
        if found is not None:
            refs.append(CapitalRef(word.start, word.end, found or None))
    return refs


def _ru_ref(words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
    """«столице Казахстана» → "KZ"; «в столице» → ""; «северной столице» → None."""
    key = words[i].key
    if not key.startswith("столиц") or RU_CAPITAL not in ru.word_keys(key):
        return None
    if i > 0 and words[i - 1].key.endswith(_RU_ADJ_ENDINGS):
        return country_at(i - 1)  # "казахстанской столице"; "северной столице" -> None
    if i + 1 < len(words):
        return country_at(i + 1) or ""
    return ""


def _kk_ref(words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
    """«Әзірбайжан астанасы» → "AZ"; «елордамызда» → "KZ"; «елордада» → ""."""
    word = words[i]
    if not word.key.startswith(("елорд", "астан")):
        return None
    if word.key.startswith(KK_OUR_CAPITAL):
        return "KZ"
    bases = kk.noun_bases(word.key)
    # Capitalised "Астанада" is the city Astana itself (find_places reports it);
    # lower-case "астана" is the common noun "capital".
    if "елорда" not in bases and ("астана" not in bases or word.is_capitalised):
        return None
    if i > 0:
        return country_at(i - 1) or ""
    return ""


def _en_ref(words: Sequence[Word], i: int, country_at: CountryAt) -> str | None:
    """"the capital", "the Kazakh capital", "capital of Azerbaijan", "Azerbaijan's capital"."""
    if words[i].key != "capital":
        return None
    after = words[i + 1].key if i + 1 < len(words) else ""
    after2 = words[i + 2].key if i + 2 < len(words) else ""
    if after in _EN_NOT_CITY or (after == "of" and f"of_{after2}" in _EN_NOT_CITY):
        return None
    if after == "of" and i + 2 < len(words) and country_at(i + 2):
        return country_at(i + 2)
    before = words[i - 1].key if i > 0 else ""
    if before == "s" and i > 1 and country_at(i - 2):
        return country_at(i - 2)  # "Azerbaijan's capital" (the tokenizer splits "'s")
    if i > 0 and country_at(i - 1):
        return country_at(i - 1)
    return "" if before == "the" else None

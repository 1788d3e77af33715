"""References to "the capital" without its name: «в столице», «елордада», "the capital".

The spec lets «в столице» fix the city as the capital of the country in question. The
country is read from the words around the reference when they name it ("столице
Азербайджана", "казахстанской столице", "Әзірбайжан астанасы", "the Kazakh capital",
"capital of Azerbaijan", "Azerbaijan's capital"); otherwise it is left ``None`` for the
caller to take from context. Figurative capitals ("северная столица", "the capital of
culture", "venture capital") are not references to a state capital and are skipped.

Each language reads its own capital phrases
(:meth:`~sahna.langs.base.Language.capital_ref`, with the words of its
``place_cues.tsv``); :func:`sahna.places.readers.capital_readers` says which languages
try a word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from sahna.places.readers import capital_readers, words_of_all
from sahna.places.text import Word


class CapitalRef(NamedTuple):
    """A reference to a capital city, ``(start, end, country)``; ``country`` is set when
    the text says whose capital, else None."""

    start: int
    end: int
    country: str | None


# Looks up the country named or qualified by the word at an index, if any.
CountryAt = Callable[[int], "str | None"]


@cache
def _capital_stems() -> tuple[str, ...]:
    return tuple(words_of_all("capital_stem"))


def mentions_capital(words: Sequence[Word]) -> bool:
    """A cheap first test, so that texts without a capital word skip the country search."""
    stems = _capital_stems()
    return any(w.key.startswith(stems) for w in words)


def find_capital_refs(
    words: Sequence[Word], lang: str | None, country_at: CountryAt
) -> list[CapitalRef]:
    """Capital references among ``words``; ``country_at(i)`` names word i's country."""
    refs = []
    stems = _capital_stems()
    for i, word in enumerate(words):
        if not word.key.startswith(stems):
            continue  # every language's capital word starts with one of its stems
        found = None
        for reader in capital_readers(word, lang):
            found = reader.capital_ref(words, i, country_at)
            if found is not None:
                break
        if found is not None:
            refs.append(CapitalRef(word.start, word.end, found or None))
    return refs

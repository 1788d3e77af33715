"""Which language's rules read a word of a text, for the place rules.

A text's language decides how its words meet the place tables: a Russian text declines
names, a Kazakh one adds endings to the last word. A word in the other script (a Latin
name in a Russian text, a Cyrillic one in an English text) is read by its script's
default language (:attr:`~sahna.langs.base.Language.script_default`: English for Latin,
Russian for Cyrillic). Where the text's language is unknown (titles, venue names; for
:func:`reader` a code sahna does not analyse counts as unknown) a word is read by the
language whose own letters it has (Kazakh ә, і, ң...), else by its script's default;
the capital rules, whose words are too few to tell, try every language of the script
instead (:func:`capital_readers`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from sahna.langs import CODES, get, language

if TYPE_CHECKING:
    from sahna.langs.base import Language
    from sahna.places.text import Word


@cache
def languages() -> tuple[Language, ...]:
    """Every language sahna reads, in :data:`~sahna.langs.CODES` order."""
    return tuple(language(code) for code in CODES)


@cache
def script_languages(cyrillic: bool) -> tuple[Language, ...]:
    """The languages written in one script, the script's default first."""
    found = [lang for lang in languages() if lang.cyrillic == cyrillic]
    defaults = [lang for lang in found if lang.script_default]
    if len(defaults) != 1:
        raise LookupError(f"{len(defaults)} default languages for script cyrillic={cyrillic}")
    others = tuple(lang for lang in found if lang is not defaults[0])
    if any(lang.declines_places for lang in others):
        # a script's names are indexed under one language's declension keys
        raise LookupError("only a script's default language may decline place names")
    return (defaults[0], *others)


def script_default(cyrillic: bool) -> Language:
    """The language that reads a script's words where the text's language does not."""
    return script_languages(cyrillic)[0]


def reader(word: Word, lang: str | None) -> Language:
    """The language whose rules match ``word`` of a text in ``lang`` against the tables."""
    return text_reader(lang)(word)


@cache
def text_reader(lang: str | None) -> Callable[[Word], Language]:
    """:func:`reader` for the words of one text: what depends on its language alone is
    decided once (the place rules ask about every capitalised word)."""
    known = get(lang)
    if known is not None:
        other = script_default(not known.cyrillic)
        return lambda word: known if word.is_cyrillic == known.cyrillic else other

    def by_letters(word: Word) -> Language:
        cyrillic = word.is_cyrillic
        for claimant in script_languages(cyrillic):
            if claimant.own_letters and not claimant.own_letters.isdisjoint(word.key):
                return claimant
        return script_default(cyrillic)

    return by_letters


def capital_readers(word: Word, lang: str | None) -> tuple[Language, ...]:
    """The languages whose capital rules may read ``word``, in the order they are tried:
    the text's language (or the script's default, for the other script); every language
    of the word's script when the language is not given (``None``); and the script's
    default for a code sahna does not analyse (kept as it was; the stages pass only the
    codes they analyse)."""
    known = get(lang)
    cyrillic = word.is_cyrillic
    if lang is None:
        return script_languages(cyrillic)
    if known is not None and known.cyrillic == cyrillic:
        return (known,)
    return (script_default(cyrillic),)


def words_of_all(name: str) -> Iterable[str]:
    """The place cue ``name`` of every language, in :data:`~sahna.langs.CODES` order."""
    return (word for lang in languages() for word in lang.place_words(name))

"""One package per language sahna analyses: ``sahna.langs.ru``, ``.kk``, ``.en``.

Each package holds everything sahna knows of its language — analysis (sentences,
tokens, lemmas, named entities), morphology helpers, the phrase, venue and status rules
that differ between languages, and its lexicons under ``data/`` — behind one interface,
:class:`~sahna.langs.base.Language`. The stages ask the document's language object
instead of branching on a language code, so adding a language is a new package with its
data files (``tests/langs/test_interface.py`` lists what a language must provide).

Packages are imported on first use, so a Kazakh-only run never loads spaCy and an
English-only run never loads natasha.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sahna.langs.base import Language

# The languages sahna analyses, in the order their shared tables are read.
CODES: tuple[str, ...] = ("ru", "kk", "en")

__all__ = ["CODES", "get", "language"]


@cache
def language(code: str) -> Language:
    """The language object of ``code`` (one of :data:`CODES`); KeyError otherwise."""
    if code not in CODES:
        raise KeyError(f"language {code!r} is not analysed")
    return import_module(f"sahna.langs.{code}").LANGUAGE


def get(code: str | None) -> Language | None:
    """The language object of ``code``, or None when sahna does not analyse it."""
    return language(code) if code in CODES else None

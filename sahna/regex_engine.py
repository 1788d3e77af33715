"""Python's regular expression parser, which two stages read (private modules, renamed
in Python 3.11: ``re._parser`` was ``sre_parse``).

Cleaning reads the literal words a cue pattern needs, so that a line without them skips
the pattern; the date scanner reads which characters can open a rule. Both use the
parser the ``re`` module itself uses, so what they read is what ``re`` will match. The
modules are typed ``Any``: they are private and untyped in the standard library's stubs.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def regex_module(name: str, before_3_11: str) -> Any:
    """The regex engine's module ``name``, or its pre-3.11 name."""
    try:
        return import_module(name)
    except ImportError:
        return import_module(before_3_11)

"""The one reader of the project's data files (lexicons, gazetteers, chrome cue lists).

Every word list sahna uses lives in a data file, so that a linguist can add a word
without touching code: shared tables under ``sahna/data/`` (places, chrome cues,
transliteration), and each language's lexicons under ``sahna/langs/<code>/data/``. They
share one format — UTF-8 lines, ``#`` comment lines explaining the columns, blank lines
ignored; tables are tab-separated with a header line — and this module is the only code
that reads it, so the format is defined once.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = ["data_file", "data_lines", "read_rows", "read_table"]

Source = Path | Traversable


def data_file(package: str, *parts: str) -> Traversable:
    """A file shipped in ``package``'s ``data`` folder (``sahna`` or ``sahna.langs.ru``)."""
    return files(package).joinpath("data", *parts)


def data_lines(source: Source) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file, as written (not stripped);
    read once per process."""
    return _lines(str(source))


@cache
def _lines(path: str) -> tuple[str, ...]:
    text = Path(path).read_text(encoding="utf-8")
    return tuple(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def read_rows(source: Source) -> list[list[str]]:
    """The rows of a table, split on tabs, without its header line."""
    return [line.split("\t") for line in data_lines(source)[1:]]


def read_table(source: Source) -> Iterator[dict[str, str]]:
    """The rows of a table as dicts keyed by its header (cells stripped, missing
    trailing cells empty)."""
    lines = data_lines(source)
    if not lines:
        return
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, (c.strip() for c in cells), strict=False))

"""Reading the place tables in ``sahna/data/places``.

The tables are plain TSV with ``#`` comment lines explaining each column, so that they can
be reviewed and extended without touching code.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sahna import lexicon

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"


def read_table(name: str, data_dir: Path | None = None) -> Iterator[dict[str, str]]:
    """Rows of ``name`` as dicts keyed by the header line (missing trailing cells are "")."""
    return lexicon.read_table((data_dir or DATA_DIR) / name)


def read_overrides(data_dir: Path | None = None) -> dict[str, str]:
    """``geonames_overrides.tsv`` as lower-case name -> action (drop, person, not_initial)."""
    return {
        row["name"].lower(): row["action"]
        for row in read_table("geonames_overrides.tsv", data_dir)
    }


def split_cell(cell: str) -> list[str]:
    """Values of a ``|``-separated cell, without empty ones."""
    return [value.strip() for value in cell.split("|") if value.strip()]

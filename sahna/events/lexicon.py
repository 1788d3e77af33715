"""Loading the event lexicons (data files under ``sahna/data``) once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: tuple[str, ...]
    kind: str  # noun | verb | programme | anaphor


def rows(*parts: str) -> list[list[str]]:
    """Rows of a TSV data file, without comments and the header line."""
    path = files("sahna").joinpath("data", *parts)
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines[1:], delimiter="\t")]


@cache
def triggers(lang: str) -> tuple[Trigger, ...]:
    found = [Trigger(t, tuple(p.split()), k) for t, p, k in rows("triggers", f"{lang}.tsv")]
    # longest patterns first, so "гала-концерт" style compounds beat their heads
    return tuple(sorted(found, key=lambda tr: -len(tr.pattern)))


@cache
def status_cues(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((cue, status) for lg, cue, status in rows("cues", "status.tsv") if lg == lang)


@cache
def role_cues(lang: str) -> dict[str, tuple[str, str]]:
    return {cue: (role, kind) for lg, cue, role, kind in rows("cues", "roles.tsv") if lg == lang}


@cache
def venue_heads(lang: str) -> frozenset[str]:
    return frozenset(head for lg, head in rows("cues", "venues.tsv") if lg == lang)


@cache
def reporting_cues(lang: str) -> frozenset[str]:
    return frozenset(cue for lg, cue in rows("cues", "reporting.tsv") if lg == lang)


@cache
def work_nouns(lang: str) -> frozenset[str]:
    return frozenset(noun for lg, noun in rows("cues", "works.tsv") if lg == lang)

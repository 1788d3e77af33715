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


def index_by_first_word(entries, first_word, kk: bool) -> dict[str, list]:
    """Entries keyed by their first word (Kazakh: by its first two letters, since a word
    matches a stem by prefix), for :meth:`DocView.candidates`."""
    table: dict[str, list] = {}
    for entry in entries:
        word = first_word(entry)
        table.setdefault(word[:2] if kk else word, []).append(entry)
    return table


@cache
def trigger_index(lang: str) -> dict[str, list[Trigger]]:
    return index_by_first_word(triggers(lang), lambda t: t.pattern[0], lang == "kk")


@cache
def role_index(lang: str) -> dict[str, list[tuple[str, str, str]]]:
    entries = [(cue, role, kind) for cue, (role, kind) in role_cues(lang).items()
               if " " not in cue]
    return index_by_first_word(entries, lambda e: e[0], lang == "kk")


@cache
def status_index(lang: str) -> dict[str, list[tuple[str, str]]]:
    return index_by_first_word(status_cues(lang), lambda e: e[0].split(":")[0].split()[0],
                               lang == "kk")


@cache
def person_nouns(lang: str) -> frozenset[str]:
    return frozenset(noun for lg, noun in rows("cues", "person_nouns.tsv") if lg == lang)


@cache
def honorifics(lang: str) -> frozenset[str]:
    return frozenset(word for lg, word in rows("cues", "honorifics.tsv") if lg == lang)

"""The event lexicons of each language (``sahna/langs/<code>/data/``), loaded once per
process through the one data reader (:mod:`sahna.lexicon`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sahna.contract import EventType, Status, as_status, as_type
from sahna.langs import language
from sahna.lexicon import data_file, read_rows


@dataclass(frozen=True)
class Trigger:
    type: EventType
    pattern: tuple[str, ...]
    kind: str  # noun | verb | programme | anaphor


def rows(*parts: str) -> list[list[str]]:
    """Rows of a shared table under ``sahna/data`` (header dropped)."""
    return read_rows(data_file("sahna", *parts))


def lang_rows(lang: str, name: str) -> list[list[str]]:
    """Rows of the table ``name`` of language ``lang`` (header dropped)."""
    return language(lang).rows(name)


@cache
def triggers(lang: str) -> tuple[Trigger, ...]:
    found = [Trigger(as_type(t), tuple(p.split()), k)
             for t, p, k in lang_rows(lang, "triggers.tsv")]
    # longest patterns first, so "гала-концерт" style compounds beat their heads
    return tuple(sorted(found, key=lambda tr: -len(tr.pattern)))


@cache
def status_cues(lang: str) -> tuple[tuple[str, Status], ...]:
    return tuple((cue, as_status(status)) for cue, status in lang_rows(lang, "status.tsv"))


@cache
def role_cues(lang: str) -> dict[str, tuple[str, str]]:
    return {cue: (role, kind) for cue, role, kind in lang_rows(lang, "roles.tsv")}


@cache
def role_words(lang: str, role: str, kinds: tuple[str, ...]) -> frozenset[str]:
    """The role cues of ``role`` whose kind is one of ``kinds`` ("-": a verb or a noun of
    an act, «организатор»), read once per language: the performers' and troupes' words,
    the organisers' cues."""
    return frozenset(cue for cue, (r, kind) in role_cues(lang).items()
                     if r == role and kind in kinds)


@cache
def venue_heads(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "venues.tsv"))


@cache
def reporting_cues(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "reporting.tsv"))


@cache
def work_nouns(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "works.tsv"))


def _stems(lang: str) -> bool:
    """Does ``lang`` list stems (matched as prefixes) rather than lemmas?"""
    return language(lang).matching == "stem"


def index_by_first_word(entries, first_word, stems: bool) -> dict[str, list]:
    """Entries keyed by their first word (for a stem language: by its first two letters,
    since a word matches a stem by prefix), for :meth:`DocView.candidates`."""
    table: dict[str, list] = {}
    for entry in entries:
        word = first_word(entry)
        key = word if word.startswith("@") or not stems else word[:2]  # a slot: whole
        table.setdefault(key, []).append(entry)
    return table


@cache
def trigger_index(lang: str) -> dict[str, list[Trigger]]:
    return index_by_first_word(triggers(lang), lambda t: t.pattern[0], _stems(lang))


@cache
def role_index(lang: str) -> dict[str, list[tuple[str, str, str]]]:
    entries = [(cue, role, kind) for cue, (role, kind) in role_cues(lang).items()
               if " " not in cue]
    return index_by_first_word(entries, lambda e: e[0], _stems(lang))


@cache
def status_index(lang: str) -> dict[str, list[tuple[str, str]]]:
    return index_by_first_word(status_cues(lang), lambda e: e[0].split(":")[0].split()[0],
                               _stems(lang))


@cache
def person_nouns(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "person_nouns.tsv"))


@cache
def honorifics(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_rows(lang, "honorifics.tsv"))

"""What a language must provide: every registered language package is checked here, so
that a new one (a package under ``sahna/langs/`` and its code in ``CODES``) is complete
before any stage meets it."""

from __future__ import annotations

import inspect

import pytest

from sahna.langs import CODES, get, language
from sahna.langs.base import LEXICONS, Language
from sahna.lexicon import read_rows

# The columns of each lexicon (the header line), shared by every language.
COLUMNS = {
    "triggers.tsv": ["type", "pattern", "kind"], "roles.tsv": ["cue", "role", "kind"],
    "status.tsv": ["cue", "status"], "venues.tsv": ["head"], "reporting.tsv": ["cue"],
    "works.tsv": ["noun"], "person_nouns.tsv": ["noun"], "honorifics.tsv": ["word"],
    "months.tsv": ["month", "case", "form"], "relative.tsv": ["key", "role", "phrase"],
    "event_words.tsv": ["stem", "concept"], "org_words.tsv": ["word", "concept", "class"],
    "stopwords.tsv": ["word"], "cues.tsv": ["cue", "word"], "place_cues.tsv": ["cue", "word"],
    "abbreviations.tsv": ["abbreviation", "joins"],
}
# Cue lists every language must fill (the shared rules read them; an empty one would
# silently switch a rule off).
REQUIRED_CUES = ("list", "frame", "event_verb", "opener", "named_after", "list_joiner",
                 "line_goes_on")
ROLES = {"performer", "organizer", "official", "guest", "other"}


@pytest.mark.parametrize("code", CODES)
def test_language_is_complete(code: str):
    lang = language(code)
    assert isinstance(lang, Language) and lang.code == code
    assert not inspect.isabstract(type(lang)), "every hook implemented"
    assert lang.matching in ("lemma", "stem")
    assert all(isinstance(lang.describe()[k], bool) for k in
               ("head_final", "cyrillic", "inflected"))


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("name", LEXICONS)
def test_language_ships_every_lexicon(code: str, name: str):
    source = language(code).lexicon(name)
    header = source.read_text(encoding="utf-8").splitlines()
    header = next(line for line in header if line.strip() and not line.startswith("#"))
    assert header.split("\t") == COLUMNS[name]
    rows = read_rows(source)
    assert rows, f"{code}/{name} is empty"
    assert all(len(row) == len(COLUMNS[name]) for row in rows), f"{code}/{name}: ragged row"


@pytest.mark.parametrize("code", CODES)
def test_lexicon_values_are_the_contracts(code: str):
    lang = language(code)
    from sahna.contract import EVENT_TYPES, KINDS, STATUSES

    assert {t for t, _p, _k in lang.rows("triggers.tsv")} <= set(EVENT_TYPES)
    assert {s for _c, s in lang.rows("status.tsv")} <= set(STATUSES)
    assert {r for _c, r, _k in lang.rows("roles.tsv")} <= ROLES
    assert {k for _c, _r, k in lang.rows("roles.tsv")} <= {*KINDS, "-"}
    assert {int(m) for m, _c, _f in lang.rows("months.tsv")} == set(range(1, 13))
    assert set(lang.abbreviations.values()) <= {"always", "digit", "lower"}
    assert all(a.endswith(".") for a in lang.abbreviations)


@pytest.mark.parametrize("code", CODES)
def test_shared_rules_find_their_cues(code: str):
    lang = language(code)
    missing = [name for name in REQUIRED_CUES if not lang.cue_words(name)]
    assert not missing
    # a verb trigger of each type that has one gets a noun title in the language
    verb_types = {t for t, _p, kind in lang.rows("triggers.tsv") if kind == "verb"}
    assert all(lang.cue_words(f"verb_noun:{t}") for t in verb_types), verb_types


@pytest.mark.parametrize("code", CODES)
def test_normalise_keeps_every_offset(code: str):
    text = "Концертa «Астана» 5 мая — Almaty, Алматыдa."
    assert len(language(code).normalise(text)) == len(text)


def test_word_forms_cover_the_words_inflections():
    assert {"день", "дней", "дни"} <= language("ru").word_forms("день")
    assert "met" in language("en").word_forms("meet")
    assert language("kk").word_forms("концерт") == {"концерт"}


def test_unknown_languages_have_no_package():
    assert get("de") is None and get(None) is None
    with pytest.raises(KeyError):
        language("de")

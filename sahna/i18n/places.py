"""Place filters typed in any of the three languages and scripts: "Kazakhstan",
«Казахстан», «Қазақстан» and "kz" all mean ``KZ``; «Алматы», «Алмате» and "Almaty" all
mean the stored city "Almaty".

Events store a city's canonical English name and a country's ISO code, which a reader
of the Russian or Kazakh interface has no reason to know; the filters translate what
they type instead of matching nothing. Country names come from CLDR (Babel) in the three
interface languages, city names from the gazetteer the pipeline resolves places with.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sahna.i18n import LANGS, country_names

__all__ = ["city_filter", "country_filter"]

_CODE = re.compile(r"[A-Za-z]{2}")


def _key(name: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", name.casefold().replace("ё", "е")))


@cache
def _countries() -> dict[str, str]:
    """Folded country name (any interface language) -> ISO code."""
    out: dict[str, str] = {}
    for lang in LANGS:
        for code, name in country_names(lang).items():
            out.setdefault(_key(name), code)
    for code, names in _gazetteer_countries():
        for name in names:
            out.setdefault(_key(name), code)
    return out


def _gazetteer_countries() -> list[tuple[str, list[str]]]:
    """The pipeline's own country names (``sahna/data/places/countries.tsv``: "Turkey",
    «Кыргызстан», «Түркия»), which CLDR may spell otherwise."""
    from sahna.i18n import tsv_rows

    out = []
    for cells in tsv_rows("data/places/countries.tsv"):
        code = cells.get("code", "")
        if len(code) != 2:
            continue
        names = [n.lstrip("@^+~") for lang in LANGS
                 for n in (cells.get(lang) or "").split("|") if n.strip()]
        out.append((code, names))
    return out


def country_names_all() -> list[str]:
    """Every country name the filter accepts (for the API's schema)."""
    return sorted({name for lang in LANGS for name in country_names(lang).values()})


@lru_cache(maxsize=4096)
def country_filter(value: str) -> str:
    """The ISO code a typed country stands for; the value as given when it is neither a
    code nor a known name (the store then says what it expects)."""
    text = value.strip()
    if _CODE.fullmatch(text):
        return text.upper()
    return _countries().get(_key(text), text)


@lru_cache(maxsize=4096)
def city_filter(value: str) -> str:
    """The stored (canonical English) name of a typed city, in any spelling, script or
    Kazakh/Russian case form the gazetteer knows; the value as given otherwise."""
    from sahna.places import canonical_city

    text = value.strip()
    return canonical_city(text) or text

"""What every page needs to speak the reader's language: the chosen interface language,
its words, dates and names, and links that keep the language (``?hl=``).

Kept apart from the routes so that the routes only gather data, and the template
context that turns codes into words is built in one place for every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from sahna.i18n import LANGS, NAMES, choose, translator, tsv_rows
from sahna.i18n.dates import human_date

__all__ = ["city_name", "page_context", "ui_lang"]


def ui_lang(request: Request) -> str:
    """``?hl=``, else ``Accept-Language``, else Russian (:func:`sahna.i18n.choose`)."""
    return choose(request.query_params.get("hl"), request.headers.get("accept-language"))


@cache
def _city_names() -> dict[str, dict[str, str]]:
    """Canonical English city name -> {lang: its usual name}, from the curated
    gazetteer's first Russian and Kazakh names (``sahna/data/places/cities.tsv``)."""
    out: dict[str, dict[str, str]] = {}
    for cells in tsv_rows("data/places/cities.tsv"):
        names = {"en": cells.get("city", "")}
        for lang in ("ru", "kk"):
            first = (cells.get(lang) or "").split("|")[0].lstrip("@^+~")
            if first:
                names[lang] = first
        if names["en"]:
            out[names["en"]] = names
    return out


def city_name(city: str | None, lang: str) -> str:
    """A stored (English) city name as readers of ``lang`` write it, when the curated
    gazetteer knows it; else as stored."""
    if not city:
        return ""
    return _city_names().get(city, {}).get(lang, city)


def query_string(pairs: Iterable[tuple[str, Any]]) -> str:
    return urlencode([(k, str(v)) for k, v in pairs if v is not None and v != ""])


def page_context(request: Request) -> dict[str, Any]:
    """The helpers templates call: ``_`` (words), ``when`` (dates), ``country``,
    ``city``, ``code`` (types, statuses, roles, kinds), ``href`` (an internal link that
    keeps the language) and ``switch`` (this page in another language)."""
    lang = ui_lang(request)
    t = translator(lang)

    def href(path: str, *pairs: tuple[str, Any], **params: Any) -> str:
        query = query_string([*pairs, *params.items(), ("hl", lang)])
        return f"{path}?{query}"

    def switch(other: str) -> str:
        kept = [(k, v) for k, v in request.query_params.multi_items() if k != "hl"]
        return f"{request.url.path}?{query_string([*kept, ('hl', other)])}"

    when: Callable[[dict[str, Any]], str] = lambda e: human_date(  # noqa: E731
        e.get("start"), e.get("end"), lang)
    return {"ui": lang, "langs": LANGS, "lang_names": NAMES, "_": t, "plural": t.plural,
            "code": t.code, "country": t.country, "when": when,
            "city": lambda c: city_name(c, lang), "href": href, "switch": switch,
            "date": lambda d: human_date(d, None, lang) if d else ""}

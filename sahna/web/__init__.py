"""The web UI: server-rendered pages over the same store and filters as the JSON API.

Pages are plain HTML from Jinja templates with autoescaping on, one stylesheet under
``/static``, no scripts, no inline styles and no external resources, so they work
offline, on a phone, without JavaScript and under the app's Content-Security-Policy
(:mod:`sahna.app`). Text from news pages is always escaped; only the highlighter
(:mod:`sahna.web.highlight`) adds markup, and it escapes first. A document's URL is a
link only when :func:`sahna.urls.safe_url` allows it (the ``safe_url`` filter), else text.

The router does not import the API: :mod:`sahna.app` hands it the filter dependency the
API uses, so that a page and the API list the same events for the same query string.
"""

# no ``from __future__ import annotations`` here: the routes' parameters are annotated
# with ``Filters``, which exists only inside web_router (it wraps the dependency the app
# hands over), and FastAPI can resolve a string annotation only from module globals

import calendar as cal
import datetime as dt
import re
from collections.abc import Callable
from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader
from starlette.templating import Jinja2Templates

from sahna.export import FORMATS
from sahna.filters import FILTERS
from sahna.http import MAX_ID, MAX_PAGE, ApiError, paged, store_of
from sahna.i18n import LANGS, translator
from sahna.i18n.dates import human_date, month_title, weekdays
from sahna.store.calendar import Month
from sahna.store.query import KINDS, STATUSES, TYPES
from sahna.store.reading import SORTS
from sahna.urls import safe_url
from sahna.web.highlight import highlight_evidence
from sahna.web.locale import page_context, ui_lang

PAGE_SIZE = 25
MONTH = re.compile(r"(\d{4})-(\d{2})")
FILTER_KEYS = tuple(f.param for f in FILTERS)  # the event filters, declared once
KEPT_KEYS = (*FILTER_KEYS, "sort")  # what pagination and the language switch keep

_env = Environment(loader=FileSystemLoader(str(files("sahna.web").joinpath("templates"))),
                   autoescape=True, trim_blocks=True, lstrip_blocks=True)
_env.filters["safe_url"] = safe_url
templates = Jinja2Templates(env=_env)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page in the reader's language (:func:`sahna.web.locale.page_context`)."""
    return templates.TemplateResponse(request, name, {**page_context(request), **context},
                                      status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """Errors on pages are pages too, with the same status code."""
    return render(request, "error.html", status=status, status_code=status, message=message)


def filter_params(request: Request, **override: Any) -> str:
    """The request's filters (and sort order) as a query string, with ``override``
    applied (None drops a key) and the interface language kept — for pagination and
    export links that keep the current filters."""
    pairs: list[tuple[str, str]] = []
    for key in KEPT_KEYS:
        if key in override:
            continue
        pairs += [(key, v) for v in request.query_params.getlist(key) if v]
    for key, value in override.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs += [(key, str(v)) for v in values if v is not None and v != ""]
    pairs.append(("hl", ui_lang(request)))
    return urlencode(pairs)


def month_of(value: str | None) -> tuple[int, int] | None:
    match = MONTH.fullmatch(value or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1:
        return None
    return int(match.group(1)), int(match.group(2))


def default_month(store: Any) -> tuple[int, int]:
    """This month when it has events, else the month with events nearest to it."""
    from sahna.store import EventQuery

    today = dt.date.today()
    here = today.year * 12 + today.month - 1
    months = [m for m in (month_of(k) for k in store.facets(EventQuery()).get("month", {}))
              if m]
    if not months:
        return today.year, today.month
    best = min(months, key=lambda m: abs(m[0] * 12 + m[1] - 1 - here))
    return best


def shift(year: int, month: int, by: int) -> str:
    index = year * 12 + month - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# A day's cell shows its first DAY_LIMIT events (:class:`sahna.store.calendar.Month`
# orders them) and links the rest to the event list of that day; a section under the
# grid shows its first SECTION_LIMIT and pages the rest, SECTION_PAGE at a time.
DAY_LIMIT = 3
SECTION_LIMIT = 20
SECTION_PAGE = 100
SECTIONS = ("undated", "continuing", "year_only", "yearless")


def month_events(store: Any, year: int, month: int) -> tuple[Month, dict[int, dict[str, Any]]]:
    """The month's layout and the events the calendar shows of it (at most
    :data:`DAY_LIMIT` a day and :data:`SECTION_LIMIT` a section), read in three
    queries and kept while the database is unchanged (:meth:`Store.remember`)."""
    def compute() -> tuple[Month, dict[int, dict[str, Any]]]:
        layout = store.month(year, month)
        shown = [p.id for placed in layout.days.values() for p in placed[:DAY_LIMIT]]
        for name in SECTIONS:
            shown += getattr(layout, name)[:SECTION_LIMIT]
        return layout, store.summaries(shown)

    return store.remember(("calendar", year, month), compute)


def listed(rows: dict[int, dict[str, Any]], ids: list[int], context: dict[str, Any]
           ) -> list[dict[str, Any]]:
    """The events ``ids`` as a section of the calendar lists them, their words in the
    reader's language worked out here rather than in the template."""
    lang, code, city, country, when = (context[k] for k in ("ui", "code", "city",
                                                             "country", "when"))
    out = []
    for event_id in ids:
        e = rows.get(event_id)
        if e is None:  # gone since the layout was read
            continue
        kind = code("type", e["type"])
        out.append({"href": f"/events/{e['id']}?hl={lang}", "title": e["title"] or kind,
                    "lang": e["lang"] or "und", "kind": kind, "when": when(e),
                    "place": ", ".join(p for p in (e["venue"], city(e["city"]),
                                                   country(e["country"])) if p)})
    return out


def month_cells(layout: Month, rows: dict[int, dict[str, Any]], context: dict[str, Any],
                today: dt.date) -> list[list[dict[str, Any]]]:
    """The grid's weeks of day cells, each with what the template writes: its class,
    its first :data:`DAY_LIMIT` events and how many more there are, with the link to
    the event list of that day."""
    lang, t, code, city, when, href = (context[k] for k in ("ui", "_", "code", "city",
                                                            "when", "href"))
    names = weekdays(lang)
    weeks = []
    for week in cal.Calendar(firstweekday=0).monthdatescalendar(layout.year, layout.month):
        cells = []
        for day in week:
            placed = layout.days.get(day, []) if day.month == layout.month else []
            items = []
            for p in placed[:DAY_LIMIT]:
                e = rows.get(p.id)
                if e is None:
                    continue
                kind = code("type", e["type"])
                items.append({
                    "href": f"/events/{e['id']}?hl={lang}", "title": e["title"] or kind,
                    "lang": e["lang"] or "und", "kind": kind, "first": p.first,
                    "span": when(e) if p.first and p.days > 1 else "",
                    "city": city(e["city"])})
            classes = [c for c, on in (
                ("other", day.month != layout.month), ("today", day == today),
                ("empty", not placed),
                ("only-cont", bool(placed) and not any(p.first for p in placed))) if on]
            # how many the cell leaves out; on a phone, which folds a multi-day event
            # to its first day, the continuing ones it shows are left out too
            more = len(placed) - len(items)
            folded = len(placed) - sum(1 for item in items if item["first"])
            iso = day.isoformat()
            cells.append({
                "date": iso, "day": day.day, "weekday": names[day.weekday()],
                "class": " ".join(classes), "items": items, "more": more,
                "more_text": t("+{n} more", n=more) if more else "",
                "folded_text": t("+{n} more", n=folded) if more and folded != more else "",
                "more_title": t("All events on {date} ({n})", n=len(placed),
                                date=human_date(iso, None, lang)) if more else "",
                # the list of exactly the cell's events: not those of April or 2025
                "more_href": href("/events", ("from", iso), ("to", iso), ("exact", "1"))
                if more else ""})
        weeks.append(cells)
    return weeks


def page_numbers(page: int, pages: int, around: int = 2) -> list[int | None]:
    """The page numbers a pager shows: the first, the last and ``around`` either side of
    the current one; None where numbers are left out (an ellipsis)."""
    shown = sorted({1, pages, *range(max(1, page - around), min(pages, page + around) + 1)})
    out: list[int | None] = []
    for n in shown:
        last = out[-1] if out else None
        if last is not None and n - last > 1:
            out.append(None)
        out.append(n)
    return out


def outlet(document: dict[str, Any]) -> dict[str, Any]:
    """Where a source was published, for readers: the outlet's name (the site it was
    read from, else the URL's host) and a link when the URL is http(s). A server path
    or a file name (``source`` of files read from disk) is never shown."""
    href = safe_url(document.get("url"))
    name = document.get("site") or (urlsplit(href).hostname if href else None) or ""
    return {"name": name.removeprefix("www."), "href": href}


def web_router(filters: Callable[..., Any]) -> APIRouter:
    """The pages; ``filters`` is the FastAPI dependency that turns the query string
    into the store's event query (the API's own, so both views agree)."""
    router = APIRouter(include_in_schema=False)
    Filters = Annotated[Any, Depends(filters)]

    @router.get("/", response_class=HTMLResponse)
    def calendar_page(request: Request,
                      month: Annotated[str | None, Query(max_length=20)] = None,
                      show: Annotated[str | None, Query(max_length=20)] = None,
                      page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> Any:
        """A month calendar: events on every day they span, a few a day and a link to
        the rest; the events of lower precision listed beside it, a few of each kind
        and a link to all of them (``show=`` a section, a page of it)."""
        store = store_of(request)
        if month:
            ym = month_of(month)
            if ym is None:
                raise ApiError(400, f"month={month!r}: expected YYYY-MM")
        else:
            ym = default_month(store)
        if show and show not in SECTIONS:
            raise ApiError(400, f"show={show!r}: expected one of {', '.join(SECTIONS)}")
        year, mon = ym
        key = f"{year:04d}-{mon:02d}"
        layout, rows = month_events(store, year, mon)
        context = page_context(request)
        lang = context["ui"]
        prev, next_ = shift(year, mon, -1), shift(year, mon, 1)
        common: dict[str, Any] = {"year": year, "month": mon, "key": key, "total": layout.total,
                  "month_name": month_title(lang, year, mon), "prev": prev, "next": next_,
                  "prev_name": month_title(lang, *map(int, prev.split("-"))),
                  "next_name": month_title(lang, *map(int, next_.split("-")))}
        if show:
            ids: list[int] = getattr(layout, show)
            pages = max(1, -(-len(ids) // SECTION_PAGE))
            if page > pages:
                raise ApiError(404, f"page {page} is out of range (last page is {pages})")
            chosen = ids[(page - 1) * SECTION_PAGE:page * SECTION_PAGE]
            return render(request, "calendar_section.html", **common, section=show,
                          count=len(ids), page=page, pages=pages,
                          numbers=page_numbers(page, pages),
                          items=listed(store.summaries(chosen), chosen, context),
                          link=lambda page: urlencode(
                              [("month", key), ("show", show), ("page", page),
                               ("hl", lang)]))
        sections = {name: {"items": listed(rows, getattr(layout, name)[:SECTION_LIMIT],
                                           context),
                           "count": len(getattr(layout, name))} for name in SECTIONS}
        return render(request, "calendar.html", **common, sections=sections,
                      weeks=month_cells(layout, rows, context, dt.date.today()),
                      weekdays=weekdays(lang), section_limit=SECTION_LIMIT)

    @router.get("/events", response_class=HTMLResponse)
    def events_page(request: Request, query: Filters,
                    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
                    sort: Annotated[str, Query(max_length=20)] = "date") -> Any:
        """The event list with every filter of the API, full-text search and sorting."""
        store = store_of(request)
        sort = sort or "date"
        if sort not in SORTS:
            raise ApiError(400, f"sort={sort!r}: expected one of {', '.join(SORTS)}")
        found: dict[str, Any] = {}

        def fetch(offset: int, limit: int) -> tuple[list[dict[str, Any]], int]:
            # the page and the facets from one read of the matching events
            rows, total, found["facets"] = store.browse(query, offset, limit, sort)
            return rows, total

        rows, total = paged(fetch, page, PAGE_SIZE)
        facets = found["facets"]
        pages = max(1, -(-total // PAGE_SIZE))
        args = {k: request.query_params.get(k, "") for k in FILTER_KEYS}
        chosen = [c for c in request.query_params.getlist("countries") if c]
        t = translator(ui_lang(request))
        country_codes = sorted({*facets.get("country", {}), *query.countries,
                                *([query.country] if query.country else [])},
                               key=lambda c: t.country(c))
        return render(request, "events.html", rows=rows, total=total, page=page, pages=pages,
                      numbers=page_numbers(page, pages), args=args, chosen=chosen,
                      exact=query.exact,
                      facets=facets, types=TYPES, statuses=STATUSES, formats=FORMATS,
                      sorts=SORTS, sort=sort, doc_langs=LANGS, country_codes=country_codes,
                      link=lambda **kw: filter_params(request, **kw))

    @router.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request,
                   event_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Any:
        """One event (a cluster of reports): its merged slots, then each source with
        where it was published, what it reported and its evidence, slots marked."""
        store = store_of(request)
        event = store.event(event_id)
        if event is None:
            raise ApiError(404, f"no event with id {event_id}")
        children = [c for c in (store.event(i) for i in event.get("children", [])[:100])
                    if c and c["id"] != event["id"]]
        parent = store.event(event["parent_id"]) if event.get("parent_id") else None
        if parent is not None and parent["id"] == event["id"]:
            parent = None
        sources = [{**d, "outlet": outlet(d), "marked": highlight_evidence(
            {**event, **d, "title": d["event_title"]})} for d in event.get("documents", [])]
        return render(request, "event.html", event=event, children=children, parent=parent,
                      sources=sources, documents=len({d["id"] for d in sources}))

    @router.get("/entities", response_class=HTMLResponse)
    def entities_page(request: Request,
                      q: Annotated[str | None, Query(max_length=200)] = None,
                      kind: Annotated[str | None, Query(max_length=20)] = None,
                      page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> Any:
        """People, groups and organisations, most active first."""
        store = store_of(request)
        rows, total = paged(lambda o, n: store.entities(q=q or None, kind=kind or None,
                                                        offset=o, limit=n), page, 50)
        pages = max(1, -(-total // 50))
        return render(request, "entities.html", rows=rows, total=total, page=page,
                      pages=pages, numbers=page_numbers(page, pages), q=q or "",
                      kind=kind or "", kinds=KINDS,
                      entity_link=lambda page: urlencode(
                          [(k, v) for k, v in (("q", q), ("kind", kind), ("page", page),
                                               ("hl", ui_lang(request))) if v]))

    @router.get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(request: Request,
                    entity_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Any:
        """A person, group or organisation with its events."""
        entity = store_of(request).entity(entity_id)
        if entity is None:
            raise ApiError(404, f"no entity with id {entity_id}")
        return render(request, "entity.html", entity=entity)

    @router.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, query: Filters) -> Any:
        """The matching events' cities on a map drawn here (:mod:`sahna.web.drawing`),
        filtered like the list; each point links to its city's events."""
        from sahna.web.drawing import HEIGHT, WIDTH, draw

        store = store_of(request)
        facets = store.facets(query)
        total = store.events(query, offset=0, limit=0)[1]
        return render(request, "map.html", drawing=draw(facets.get("city", {})),
                      total=total, width=WIDTH, height=HEIGHT,
                      link=lambda **kw: filter_params(request, **kw))

    @router.get("/countries", response_class=HTMLResponse)
    def countries_page(request: Request, query: Filters) -> Any:
        """Cultural cooperation: which countries take part in events together."""
        pairs = store_of(request).country_pairs(query)
        codes = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
        matrix = {(p["a"], p["b"]): p["events"] for p in pairs}
        matrix.update({(p["b"], p["a"]): p["events"] for p in pairs})
        return render(request, "countries.html", pairs=pairs, codes=codes, matrix=matrix,
                      link=lambda **kw: filter_params(request, **kw))

    return router

"""JSON endpoints under ``/api/`` and the export endpoints (``/events.ics`` ...).

Filters are parsed once (:func:`event_filters`) and shared by the list, the facets, the
country pairs, the exports and the web pages, so that every view of "the events matching
X" agrees.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from sahna.contract import LIST_SLOTS, ROW_FIELDS, EventType, Kind, Role, Status
from sahna.export import FORMATS, export
from sahna.filters import FILTERS, api_parameters
from sahna.http import MAX_ID, MAX_PAGE, ApiError, paged, store_of
from sahna.langs import CODES
from sahna.urls import safe_url, safe_urls

__all__ = ["MAX_ID", "MAX_PAGE", "Filters", "all_events", "api_router", "event_filters",
           "export_router", "paged", "store_of"]

MAX_PAGE_SIZE = 200
MAX_TEXT = 5 * 1024 * 1024  # the CLI's limit for one document
EXPORT_CHUNK = 1000
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class ErrorBody(BaseModel):
    error: str
    status: int
    detail: Any = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad filter", "model": ErrorBody},
    404: {"description": "Unknown id or page out of range", "model": ErrorBody},
    422: {"description": "Invalid parameters", "model": ErrorBody},
}


class Participant(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    kind: Kind | None = None
    role: Role | None = None
    entity_id: int | None = None


def _row_field(name: str) -> tuple[Any, Any]:
    """The type and default of one field of :data:`~sahna.contract.ROW_FIELDS`."""
    special: dict[str, tuple[Any, Any]] = {
        "id": (int, ...), "sources": (int, 1), "type": (EventType | None, None),
        "status": (Status | None, None), "parent": (Any, None),
        "participants": (list[Participant], Field(default_factory=list))}
    if name in special:
        return special[name]
    if name in LIST_SLOTS:
        return list[str], Field(default_factory=list)
    return str | None, None


# An event (a cluster of reports): the contract's fields merged over its reports, where
# it was first found, and how many reports (``sources``) it has; built from the contract,
# so a new slot needs no edit here.
_ROW: dict[str, Any] = {name: _row_field(name) for name in ROW_FIELDS}
EventRow = create_model(
    "EventRow", __config__=ConfigDict(extra="allow"),
    __doc__="An event (a cluster of reports): the contract's fields merged over its "
            "reports, where it was first found, and how many reports (``sources``) it has.",
    **_ROW)


class EventPage(BaseModel):
    items: list[EventRow]  # type: ignore[valid-type]  # a model built from the contract
    total: int
    page: int
    page_size: int


class EntityRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int
    name: str
    kind: str | None = None
    variants: list[str] = Field(default_factory=list)
    event_count: int = 0


class EntityPage(BaseModel):
    items: list[EntityRow]
    total: int
    page: int
    page_size: int


class Place(BaseModel):
    model_config = ConfigDict(extra="allow")
    city: str | None = None
    country: str | None = None
    event_count: int = 0


class CountryPair(BaseModel):
    a: str
    b: str
    events: int


# The URLs ``POST /api/documents`` takes, as the schema declares them: http(s), a host
# in ASCII or Cyrillic (other scripts as punycode), an optional port that exists, then
# no spaces or control characters, perhaps between spaces or line breaks (which a
# browser drops, and so does :func:`sahna.urls.safe_url`); or blank (no URL). Narrower
# than what ``safe_url`` links, so that a URL the schema allows is never refused.
# Python's own ``re`` checks it (``regex_engine`` below), as Python clients and
# schemathesis do, so the schema and the server agree on every string.
_BLANK = r"[\t\n\r ]*"
URL_PATTERN = (rf"^{_BLANK}$|^{_BLANK}[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9\u0400-\u04ff._~-]+"
               r"(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}"
               rf"|[0-9]{{1,4}}))?([/?#][^\x00-\x20\x7f-\x9f]*)?{_BLANK}$")


class DocumentIn(BaseModel):
    """A news document to ingest, as in a JSONL input line."""

    model_config = ConfigDict(regex_engine="python-re")
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    url: str | None = Field(default=None, max_length=2000, pattern=URL_PATTERN,
                            description="The page's address: http or https only; empty "
                                        "for none")
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = Field(default=None, max_length=2000)

    @field_validator("url")
    @classmethod
    def web_url(cls, value: str | None) -> str | None:
        """Refuse (422) what :func:`sahna.urls.safe_url` would not link, though
        :data:`URL_PATTERN` should have refused it first: a stored ``javascript:`` URL
        is a script waiting for a click. An empty URL is no URL."""
        if value is None or not value.strip():
            return None
        url = safe_url(value)
        if url is None:
            raise ValueError("url must be an absolute http or https URL")
        return url


class IngestResult(BaseModel):
    doc_id: str
    stored: bool
    events: int
    lang: str | None = None
    warnings: list[str] = Field(default_factory=list)


def clean(value: str | None) -> str | None:
    """Empty form fields mean "no filter"; NUL characters cannot be stored or searched."""
    if value is None:
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def check_date(value: str | None, name: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` that exists in the calendar, else 400."""
    value = clean(value)
    if value is None:
        return None
    ok = DATE.fullmatch(value) is not None
    if ok:
        parts = [int(x) for x in value.split("-")] + [1, 1]
        try:
            dt.date(parts[0] or 1, parts[1], parts[2])
        except ValueError:
            ok = False
        ok = ok and parts[0] >= 1
    if not ok:
        raise ApiError(400, f"{name}={value!r}: expected a date YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@api_parameters
def event_filters(**filters: Any) -> Any:
    """The filters of ``sahna events`` (:data:`sahna.filters.FILTERS`) as an
    ``EventQuery``; a bad date is a 400."""
    from sahna.i18n.places import city_filter, country_filter
    from sahna.store import EventQuery

    values: dict[str, Any] = {}
    for f in FILTERS:
        value = filters.get(f.field)
        if f.kind == "list":
            values[f.field] = [c for c in (clean(x) for x in value or []) if c]
            if f.field == "countries":  # names in any interface language, or codes
                values[f.field] = [country_filter(c) for c in values[f.field]]
        elif f.kind == "date":
            values[f.field] = check_date(value, f.param)
        elif f.kind == "flag":
            values[f.field] = bool(value)
        else:
            values[f.field] = clean(value)
    if values.get("country"):
        values["country"] = country_filter(values["country"])
    if values.get("city"):
        values["city"] = city_filter(values["city"])
    if values.get("lang") and values["lang"] not in CODES:
        raise ApiError(400, f"lang={values['lang']!r}: expected one of {', '.join(CODES)}")
    query = EventQuery(**values)
    try:
        query.checked()  # the store's own checks, so that a bad filter fails here as a 400
    except ValueError as exc:
        raise ApiError(400, str(exc)) from exc
    return query


Filters = Annotated[Any, Depends(event_filters)]
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Sort = Annotated[Literal["date", "date_asc", "title", "city"], Query(
    description="date: newest first; date_asc: oldest first; title; city "
                "(undated or placeless events last)")]


def all_events(store: Any, query: Any) -> list[dict[str, Any]]:
    """Every event matching ``query``, fetched a chunk at a time in the store's order."""
    rows: list[dict[str, Any]] = []
    while True:
        try:
            chunk, total = store.events(query, offset=len(rows), limit=EXPORT_CHUNK)
        except (ValueError, OverflowError) as exc:
            raise ApiError(400, str(exc)) from exc
        rows += chunk
        if not chunk or len(rows) >= total:
            return rows


_pipeline_lock = threading.Lock()


def api_router(ingest: bool) -> APIRouter:
    """The JSON API; ``POST /api/documents`` only when ``ingest`` (a token is set)."""
    router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

    @router.get("/events", response_model=EventPage)
    def list_events(request: Request, query: Filters, page: PageNo = 1,
                    page_size: PageSize = 50, sort: Sort = "date") -> dict[str, Any]:
        """Events matching the filters, in a stable order: newest first by default."""
        store = store_of(request)
        rows, total = paged(lambda o, n: store.events(query, offset=o, limit=n, sort=sort),
                            page, page_size)
        return {"items": safe_urls(rows), "total": total, "page": page, "page_size": page_size}

    @router.get("/events/{event_id}")
    def get_event(request: Request,
                  event_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict[str, Any]:
        """One event (the cluster of reports ``event_id`` belongs to) with every source
        document and what it reported, merged participants and the status history."""
        event = store_of(request).event(event_id)
        if event is None:
            raise ApiError(404, f"no event with id {event_id}")
        return safe_urls(event)

    @router.get("/entities", response_model=EntityPage)
    def list_entities(request: Request,
                      q: Annotated[str | None, Query(description="Name search")] = None,
                      kind: Annotated[str | None, Query(
                          description="person, org, group, other")] = None,
                      page: PageNo = 1, page_size: PageSize = 50) -> dict[str, Any]:
        """People, groups and organisations, with how many events each takes part in."""
        store = store_of(request)
        rows, total = paged(lambda o, n: store.entities(q=clean(q), kind=clean(kind),
                                                        offset=o, limit=n), page, page_size)
        return {"items": rows, "total": total, "page": page, "page_size": page_size}

    @router.get("/entities/{entity_id}")
    def get_entity(request: Request,
                   entity_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict[str, Any]:
        """One person, group or organisation with its events and roles."""
        entity = store_of(request).entity(entity_id)
        if entity is None:
            raise ApiError(404, f"no entity with id {entity_id}")
        return entity

    @router.get("/places", response_model=list[Place])
    def list_places(request: Request) -> list[dict[str, Any]]:
        """Cities and countries where events happen, with event counts."""
        return store_of(request).places()

    @router.get("/facets")
    def facets(request: Request, query: Filters) -> dict[str, dict[str, int]]:
        """Counts of the matching events by type, city, month, status and country."""
        try:
            return store_of(request).facets(query)
        except (ValueError, OverflowError) as exc:
            raise ApiError(400, str(exc)) from exc

    @router.get("/country-pairs", response_model=list[CountryPair])
    def country_pairs(request: Request, query: Filters) -> list[dict[str, Any]]:
        """Pairs of countries that take part in the same events: cultural cooperation."""
        try:
            return store_of(request).country_pairs(query)
        except (ValueError, OverflowError) as exc:
            raise ApiError(400, str(exc)) from exc

    if ingest:
        @router.post("/documents", response_model=IngestResult, status_code=201,
                     responses={401: {"description": "No bearer token"},
                                403: {"description": "Wrong token"}})
        def add_document(request: Request, document: DocumentIn,
                         authorization: Annotated[str | None, Header()] = None,
                         ) -> dict[str, Any]:
            """Extract events from a document and store them (needs the bearer token)."""
            check_token(request, authorization)
            return ingest_document(store_of(request), document)

    return router


def check_token(request: Request, authorization: str | None) -> None:
    """401 without a bearer token, 403 with a wrong one (compared in constant time)."""
    expected = request.app.state.token
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "a bearer token is required",
                       headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(403, "wrong token")


def ingest_document(store: Any, document: DocumentIn) -> dict[str, Any]:
    """Run the pipeline on one document and store it, through the run loop the command
    line and the shard workers use; the pipeline's models are shared, so one document
    is processed at a time. A document the pipeline fails on or the database refuses is
    answered with its exception (a 400 for a ValueError, else a 500): the loop's
    failure is raised, not only counted."""
    from sahna.document import Document
    from sahna.run import Failure, Tally, run_documents, store_documents

    def answer(failure: Failure) -> None:
        raise failure.error or RuntimeError(failure.message)

    tally = Tally(on_failure=answer)
    doc = Document(doc_id=document.id, source="api", raw=document.text, url=document.url,
                   published=document.published, title=document.title)
    with _pipeline_lock:
        [doc] = run_documents([doc], tally)
    store_documents([doc], store, tally)
    return {"doc_id": doc.doc_id, "stored": tally.stored == 1, "events": len(doc.events),
            "lang": doc.lang, "warnings": list(doc.warnings)}


def export_router() -> APIRouter:
    """``/events.{ics,jsonld,csv,parquet,jsonl}``: every matching event, one file."""
    router = APIRouter(tags=["export"], responses=ERRORS)

    def make(fmt: str) -> None:
        def export_events(request: Request, query: Filters,
                          excel: Annotated[bool, Query(description=(
                              "CSV only: start with a byte-order mark, so that Excel "
                              "reads UTF-8"))] = False) -> Response:
            rows = all_events(store_of(request), query)
            out = export(rows, fmt, base=str(request.base_url), excel=excel)
            headers = {"X-Sahna-Excluded": str(out.excluded),
                       "Content-Disposition": f'attachment; filename="events.{fmt}"'}
            return Response(out.data, media_type=out.media_type, headers=headers)

        export_events.__doc__ = (f"Matching events as {fmt}; X-Sahna-Excluded counts the "
                                 "events the format cannot hold (dates without a year).")
        router.add_api_route(f"/events.{fmt}", export_events, methods=["GET"],
                             name=f"export_{fmt}", response_class=Response,
                             responses={200: {"content": {export([], fmt).media_type: {}}}})

    for fmt in FORMATS:
        make(fmt)

    @router.get("/events/{event_id}.ics", response_class=Response,
                responses={200: {"content": {"text/calendar": {}}}})
    def event_ics(request: Request,
                  event_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Response:
        """One event as an iCalendar file, for "add to my calendar"; 404 when it has no
        exact start date (a calendar entry on a guessed day would be worse than none)."""
        event = store_of(request).event(event_id)
        if event is None:
            raise ApiError(404, f"no event with id {event_id}")
        out = export([event], "ics")
        if out.excluded:
            raise ApiError(404, f"event {event_id} has no exact date for a calendar")
        return Response(out.data, media_type=out.media_type, headers={
            "Content-Disposition": f'attachment; filename="event-{event["id"]}.ics"'})

    return router

"""An event search in SQL: the conditions on ``clusters`` an :class:`EventQuery` stands for.

A search matches events (clusters of reports): the canonical record's type, status,
place and dates, or what any one of its reports says (language, countries, participants,
words). Lists, facets and country pairs all filter through :func:`where`, so they never
disagree about which events match.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
)

from sahna.store.engine import Database
from sahna.store.query import EventQuery, fold, words
from sahna.store.schema import (
    clusters,
    documents,
    entity_names,
    event_countries,
    event_participants,
    events,
    events_fts,
)
from sahna.store.terms import fts_match, ts_match


def where(database: Database, query: EventQuery) -> list[ColumnElement[bool]]:
    """Conditions on ``clusters``: the canonical record's type, status, place and
    dates; the language, countries, participants and words of any of its reports."""
    q = query.checked()
    conds: list[ColumnElement[bool]] = []
    c = clusters.c
    if q.type:
        conds.append(c.type == q.type)
    if q.status:
        conds.append(c.status == q.status)
    if q.city:
        conds.append(func.lower(c.city) == q.city.lower())
    if q.country:
        conds.append(c.country == q.country)
    if q.date_from:
        conds.append(_date_cond(database, func.coalesce(c.end, c.start), q.date_from,
                                after=True))
    if q.date_to:
        conds.append(_date_cond(database, func.coalesce(c.start, c.end), q.date_to,
                                after=False))
    if q.reversed_range():
        conds.append(false())
    if q.lang:
        conds.append(reported(documents.c.lang == q.lang, with_documents=True))
    for code in q.countries:
        conds.append(reported(exists().where(
            event_countries.c.event_id == events.c.id, event_countries.c.country == code)))
    if isinstance(q.participant, int):
        conds.append(reported(exists().where(
            event_participants.c.event_id == events.c.id,
            event_participants.c.entity_id == q.participant)))
    elif q.participant:
        pattern = "%" + escape_like(fold(q.participant)) + "%"
        conds.append(reported(exists().where(
            event_participants.c.event_id == events.c.id,
            entity_names.c.entity_id == event_participants.c.entity_id,
            entity_names.c.name_fold.like(pattern, escape="\\"))))
    if q.q and words(q.q):
        conds.append(reported(_fulltext(database, q.q)))
    return conds


def reported(cond: ColumnElement[bool], with_documents: bool = False) -> ColumnElement[bool]:
    """The cluster has a member event (report) for which ``cond`` holds."""
    members = select(events.c.cluster_id)
    if with_documents:
        members = members.join_from(events, documents, events.c.document_id == documents.c.id)
    return clusters.c.id.in_(members.where(cond))


def _date_cond(database: Database, column: Any, value: str, after: bool
               ) -> ColumnElement[bool]:
    """``column`` (a date of any precision) on or after / before ``value`` at the
    precision both have; yearless dates never match."""
    col = database.sortable(column)
    n = len(value)
    prefix = database.sortable(func.substr(column, 1, n))
    options = [prefix >= value if after else prefix <= value]
    for k in (4, 7):
        if k < n:
            options.append(and_(func.length(column) == k,
                                col >= value[:k] if after else col <= value[:k]))
    return and_(column.is_not(None), ~column.like("--%"), or_(*options))


def _fulltext(database: Database, user_text: str) -> ColumnElement[bool]:
    if database.dialect == "postgresql":
        simple: Any = literal_column("'simple'::regconfig")
        return func.to_tsvector(simple, events.c.search_text).bool_op("@@")(
            func.to_tsquery(simple, ts_match(user_text)))
    if database.dialect == "sqlite":
        matches = select(events_fts.c.rowid).where(
            text("events_fts MATCH :fts").bindparams(fts=fts_match(user_text)))
        return events.c.id.in_(matches)
    pattern = "%" + escape_like(user_text) + "%"  # any other backend: a plain scan
    return events.c.search_text.ilike(pattern, escape="\\")


def escape_like(value: str) -> str:
    """``value`` matched literally inside a LIKE pattern (with ``escape="\\"``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

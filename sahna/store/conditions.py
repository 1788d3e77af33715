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
from sahna.store.lookups import ANY_MONTH
from sahna.store.query import EventQuery, fold, words
from sahna.store.schema import (
    cluster_countries,
    cluster_months,
    clusters,
    documents,
    entity_names,
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
        conds.append(_ends_after(database, func.coalesce(c.end, c.start), q.date_from,
                                 q.exact))
    if q.date_to:
        conds.append(_starts_before(database, func.coalesce(c.start, c.end), q.date_to,
                                    q.exact))
    if q.date_from and q.date_to:  # the candidates, through the months they span
        conds.append(c.id.in_(_spanning(q.date_from, q.date_to)))
    if q.reversed_range():
        conds.append(false())
    if q.lang:
        conds.append(reported(documents.c.lang == q.lang, with_documents=True))
    # a country's clusters are one range of ``cluster_countries``' key: read as a list
    # when nothing else narrows the search, else looked up for each cluster the other
    # filters' indexes find (a list of a common country's 60,000 clusters costs more)
    narrowed = bool(q.type or q.status or q.city or q.country or q.participant
                    or (q.date_from and q.date_to) or (q.q and words(q.q)))
    for n, code in enumerate(q.countries):
        involving = select(cluster_countries.c.cluster_id).where(
            cluster_countries.c.country == code)
        conds.append(exists(involving.where(cluster_countries.c.cluster_id == c.id))
                     if narrowed or n else c.id.in_(involving))
    if isinstance(q.participant, int):
        conds.append(c.id.in_(
            select(events.c.cluster_id)
            .join_from(event_participants, events, events.c.id == event_participants.c.event_id)
            .where(event_participants.c.entity_id == q.participant)))
    elif q.participant:
        pattern = "%" + escape_like(fold(q.participant)) + "%"
        conds.append(c.id.in_(
            select(events.c.cluster_id)
            .join_from(entity_names, event_participants,
                       event_participants.c.entity_id == entity_names.c.entity_id)
            .join(events, events.c.id == event_participants.c.event_id)
            .where(entity_names.c.name_fold.like(pattern, escape="\\"))))
    if q.q and words(q.q):
        conds.append(reported(_fulltext(database, q.q)))
    return conds


def reported(cond: ColumnElement[bool], with_documents: bool = False) -> ColumnElement[bool]:
    """The cluster has a member event (report) for which ``cond`` holds."""
    members = select(events.c.cluster_id)
    if with_documents:
        members = members.join_from(events, documents, events.c.document_id == documents.c.id)
    return clusters.c.id.in_(members.where(cond))


# A date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or yearless ``--MM…``), so in byte
# order a date is at most ``value + "~"`` exactly when it is at most ``value`` at the
# precision both have ("~" sorts after every digit and the hyphen), and a yearless date
# sorts below every year ("-" before "0"). These ranges can be read off an index, where
# ``substr()`` of a date could not.
#
# Exactly (``exact``): a date known to be on or after ``value`` is after it in byte order
# (``2025-05`` and ``2026`` are after ``2025-04-26``; ``2025-04`` and ``2025``, which
# ``value`` lies in, are before it), and one known to be on or before ``value`` is at
# most ``value + "~"`` but none of the year or month ``value`` lies in.


def _within(value: str) -> list[str]:
    """The year and month (those less precise than ``value``) that ``value`` lies in."""
    return [value[:k] for k in (4, 7) if k < len(value)]


def _ends_after(database: Database, column: Any, value: str,
                exact: bool = False) -> ColumnElement[bool]:
    """``column`` on or after ``value`` at the precision both have: after it in byte
    order, or a year or month that ``value`` lies in (not when ``exact``); yearless
    dates never match."""
    col = database.sortable(column)
    within = [] if exact else _within(value)
    return and_(column.is_not(None), ~column.like("--%"),
                or_(col >= value, col.in_(within)) if within else col >= value)


def _starts_before(database: Database, column: Any, value: str,
                   exact: bool = False) -> ColumnElement[bool]:
    """``column`` on or before ``value`` at the precision both have, and (``exact``)
    not a year or month that ``value`` lies in; yearless dates never match."""
    col = database.sortable(column)
    within = _within(value) if exact else []
    return and_(column.is_not(None), ~column.like("--%"), col >= "0", col <= value + "~",
                *([col.not_in(within)] if within else []))


def _spanning(date_from: str, date_to: str) -> Any:
    """The clusters spanning a month from ``date_from``'s to ``date_to``'s (a year is
    its twelve months), and those listed under every month: a superset of the range's
    events (:mod:`.lookups`), read off the key of ``cluster_months``."""
    low = date_from[:7] if len(date_from) >= 7 else date_from + "-01"
    high = date_to[:7] if len(date_to) >= 7 else date_to + "-12"
    month = cluster_months.c.month
    return select(cluster_months.c.cluster_id).where(
        or_(and_(month >= low, month <= high), month == ANY_MONTH))


def fulltext_rowids(user_text: str) -> Any:
    """The ids of the events (reports) whose words match ``user_text``, on SQLite."""
    return select(events_fts.c.rowid).where(
        text("events_fts MATCH :fts").bindparams(fts=fts_match(user_text)))


def _fulltext(database: Database, user_text: str) -> ColumnElement[bool]:
    if database.dialect == "postgresql":
        simple: Any = literal_column("'simple'::regconfig")
        return func.to_tsvector(simple, events.c.search_text).bool_op("@@")(
            func.to_tsquery(simple, ts_match(user_text)))
    if database.dialect == "sqlite":
        return events.c.id.in_(fulltext_rowids(user_text))
    pattern = "%" + escape_like(user_text) + "%"  # any other backend: a plain scan
    return events.c.search_text.ilike(pattern, escape="\\")


def escape_like(value: str) -> str:
    """``value`` matched literally inside a LIKE pattern (with ``escape="\\"``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

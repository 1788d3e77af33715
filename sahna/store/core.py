"""The store: documents, events, entities and places in SQLite or PostgreSQL.

One code path serves both backends through SQLAlchemy Core; only full-text search
differs (FTS5 on SQLite, a ``to_tsvector('simple', ...)`` GIN index on PostgreSQL).
Every document is written in its own transaction, so a crash mid-batch leaves every
committed document whole and the batch resumable; the content hash, unique in the
``documents`` table, makes re-ingesting the same text a no-op.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    ColumnElement,
    Engine,
    and_,
    create_engine,
    distinct,
    event,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection, Row

from sahna.document import Document
from sahna.store.clusters import (
    cluster_event,
    entity_merges,
    forget_facts,
    link_entity,
    names_of,
    recluster,
    remember,
    singleton,
)
from sahna.store.migrate import upgrade
from sahna.store.query import EventQuery, fold, fold_text, fts_query, ts_query, words
from sahna.store.schema import (
    clusters,
    documents,
    entities,
    entity_names,
    event_countries,
    event_participants,
    events,
    events_fts,
    places,
)

_CHUNK = 500  # ids per IN (...) list when fetching participants of many events


def content_hash(doc: Document) -> str:
    """The identity of a document: the hash of its text as read."""
    return hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL; PostgreSQL URLs get the psycopg 3 driver."""
    if isinstance(db, Path) or "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def _site(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers (the web app) run during ingestion; the driver's own implicit
    transactions are turned off so that SQLAlchemy's BEGIN/COMMIT are the real ones
    (see SQLAlchemy's pysqlite notes on serializable isolation). A 64 MiB page cache
    (the default is 2 MiB) keeps the blocking keys and events that clustering reads
    for every new report in memory."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


class Store:
    """Documents and their events in a SQL database; see :func:`sahna.store.open_store`."""

    def __init__(self, db: str | Path, cluster: bool = True) -> None:
        self.url = database_url(db)
        # False: every event is its own cluster and names link only when spelled alike
        # (the behaviour before clustering; ``bench/merge.py`` measures the difference)
        self.cluster = cluster
        # place key -> id: places are never deleted, so an id once read stays right
        # (the memory is dropped when a transaction rolls back: it may have made the row)
        self._place_ids: dict[str, int] = {}
        engine = create_engine(self.url, future=True)
        if engine.dialect.name == "sqlite":
            engine.dispose()
            engine = create_engine(self.url, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        self.engine: Engine = engine
        self.dialect = engine.dialect.name
        try:
            upgrade(engine)
        except Exception:
            engine.dispose()
            raise

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------

    def _insert(self, table: Any) -> Any:
        """INSERT with ON CONFLICT support, which both dialects have under one API."""
        return (pg_dialect.insert(table) if self.dialect == "postgresql"
                else sqlite_dialect.insert(table))

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A write transaction; when it rolls back, what memory holds of rows it may
        have made (place ids, event facts) is dropped with it."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except BaseException:
            self._place_ids.clear()
            forget_facts()
            raise

    def has(self, doc: Document) -> bool:
        with self.engine.connect() as conn:
            found = conn.execute(select(documents.c.id).where(
                documents.c.content_hash == content_hash(doc))).first()
        return found is not None

    def add(self, doc: Document) -> bool:
        """Store ``doc``, its events, places and participants in one transaction.

        Returns False, changing nothing, when a document with the same content hash is
        already stored (also when another process stored it a moment ago)."""
        with self._transaction() as conn:
            return self._add(conn, doc)

    def add_many(self, docs: Sequence[Document]) -> list[bool]:
        """Store a batch of documents in one transaction; for each, whether it was new.

        Loading finished shards (``sahna ingest --from-shards``) commits a few hundred
        documents at a time, because one commit per document is what limits SQLite's
        write rate. All or nothing: when the database refuses one document the batch is
        rolled back, and the caller retries it document by document to find the culprit."""
        with self._transaction() as conn:
            return [self._add(conn, doc) for doc in docs]

    def _add(self, conn: Connection, doc: Document) -> bool:
        """Insert one document and its events on ``conn``; False if already stored."""
        document_id = conn.execute(
            self._insert(documents).values(
                doc_id=doc.doc_id, source=doc.source, url=doc.url, site=_site(doc.url),
                lang=doc.lang, published=doc.published, title=doc.title,
                content_hash=content_hash(doc), text=doc.text,
                removed_lines=json.dumps(doc.removed_lines, ensure_ascii=False),
                ingested_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            ).on_conflict_do_nothing(index_elements=["content_hash"])
            .returning(documents.c.id)).scalar_one_or_none()
        if document_id is None:
            return False
        ids: dict[str, int] = {}
        people: dict[str, list[int]] = {}
        place: dict[str, int | None] = {}
        merges = entity_merges()
        for item in doc.events:
            ids[item.id], people[item.id], place[item.id] = self._add_event(
                conn, document_id, item)
        # two entities merged while linking this document's names: the entity ids just
        # collected may name the one that is gone, so clustering reads them back instead
        fresh = entity_merges() == merges
        parts = []
        known = {}
        for item in doc.events:
            parent = None
            if item.parent and item.parent in ids and item.parent != item.id:
                parent = ids[item.parent]
                conn.execute(events.update().where(events.c.id == ids[item.id])
                             .values(parent_id=parent))
                parts.append(ids[item.id])
            if self.cluster and fresh:  # what clustering reads, without reading it back
                known[ids[item.id]] = remember(conn, item, ids[item.id],
                                               people[item.id], parent, place[item.id], doc)
        # programmes first: a part is matched within the cluster of its programme
        for event_id in sorted(ids.values(), key=lambda i: (i in parts, i)):
            if self.cluster:
                cluster_event(conn, event_id, known.get(event_id))
            else:
                singleton(conn, event_id)
        return True

    def _add_event(self, conn: Connection, document_id: int, item: Any
                   ) -> tuple[int, list[int], int | None]:
        """Insert one event; its id, its participants' entity ids and its place id."""
        names = [p.name for p in item.participants]
        # Words only, case-folded here and not by the database: under a C locale
        # PostgreSQL neither lower-cases Cyrillic nor tells «» from letters, and search
        # must not depend on the cluster's locale.
        search_text = fold_text("\n".join([item.title, *item.evidence, *names]))
        place_id = self._place(conn, item.city, item.country)
        event_id = conn.execute(events.insert().values(
            document_id=document_id, local_id=item.id, type=item.type, title=item.title,
            start=item.start, end=item.end, status=item.status, venue=item.venue,
            city=item.city, country=item.country, place_id=place_id,
            countries=json.dumps(list(item.countries)), parent=item.parent,
            evidence=json.dumps(list(item.evidence), ensure_ascii=False),
            search_text=search_text,
        ).returning(events.c.id)).scalar_one()
        involved = {code: True for code in item.countries}
        if item.country and item.country not in involved:
            involved[item.country] = False
        if involved:
            conn.execute(event_countries.insert(), [
                {"event_id": event_id, "country": code, "party": party}
                for code, party in involved.items()])
        rows = [{"event_id": event_id, "entity_id": self._entity(conn, p.name, p.kind),
                 "position": n, "name": p.name, "kind": p.kind, "role": p.role}
                for n, p in enumerate(item.participants)]
        if rows:
            conn.execute(event_participants.insert(), rows)
        if self.dialect == "sqlite":
            conn.execute(events_fts.insert().values(
                rowid=event_id, title=item.title, evidence="\n".join(item.evidence),
                names="\n".join(names)))
        return event_id, [r["entity_id"] for r in rows], place_id

    def _place(self, conn: Connection, city: str | None, country: str | None) -> int | None:
        if not city and not country:
            return None
        key = f"{city or ''}|{country or ''}"
        known = self._place_ids.get(key)
        if known is not None:
            return known
        conn.execute(self._insert(places).values(key=key, city=city, country=country)
                     .on_conflict_do_nothing(index_elements=["key"]))
        found: int = conn.execute(select(places.c.id).where(places.c.key == key)).scalar_one()
        self._place_ids[key] = found
        return found

    def _entity(self, conn: Connection, name: str, kind: str) -> int:
        """The entity a participant's name stands for, linked across spellings,
        scripts and documents (:func:`sahna.store.clusters.link_entity`)."""
        return link_entity(conn, self._insert, name, kind, fuzzy=self.cluster)

    def recluster(self, progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
        """Link entities and cluster events again from scratch (``sahna recluster``), in
        one transaction: a database built before clustering, or with other settings,
        ends as if its documents had been ingested now. Idempotent."""
        with self._transaction() as conn:
            return recluster(conn, self._insert, progress)

    # -- reading -------------------------------------------------------------------

    def _sortable(self, column: Any) -> Any:
        """Dates compare as strings; on PostgreSQL force byte order, which a locale's
        collation (that may skip the hyphens) is not guaranteed to give."""
        return column.collate("C") if self.dialect == "postgresql" else column

    def _date_cond(self, column: Any, value: str, after: bool) -> ColumnElement[bool]:
        """``column`` (a date of any precision) on or after / before ``value`` at the
        precision both have; yearless dates never match."""
        col = self._sortable(column)
        n = len(value)
        prefix = self._sortable(func.substr(column, 1, n))
        options = [prefix >= value if after else prefix <= value]
        for k in (4, 7):
            if k < n:
                options.append(and_(func.length(column) == k,
                                    col >= value[:k] if after else col <= value[:k]))
        return and_(column.is_not(None), ~column.like("--%"), or_(*options))

    def _where(self, query: EventQuery) -> list[ColumnElement[bool]]:
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
            conds.append(self._date_cond(func.coalesce(c.end, c.start), q.date_from,
                                         after=True))
        if q.date_to:
            conds.append(self._date_cond(func.coalesce(c.start, c.end), q.date_to,
                                         after=False))
        if q.lang:
            conds.append(self._reported(documents.c.lang == q.lang, with_documents=True))
        for code in q.countries:
            conds.append(self._reported(exists().where(
                event_countries.c.event_id == events.c.id, event_countries.c.country == code)))
        if isinstance(q.participant, int):
            conds.append(self._reported(exists().where(
                event_participants.c.event_id == events.c.id,
                event_participants.c.entity_id == q.participant)))
        elif q.participant:
            pattern = "%" + _escape_like(fold(q.participant)) + "%"
            conds.append(self._reported(exists().where(
                event_participants.c.event_id == events.c.id,
                entity_names.c.entity_id == event_participants.c.entity_id,
                entity_names.c.name_fold.like(pattern, escape="\\"))))
        if q.q and words(q.q):
            conds.append(self._reported(self._fulltext(q.q)))
        return conds

    @staticmethod
    def _reported(cond: ColumnElement[bool], with_documents: bool = False
                  ) -> ColumnElement[bool]:
        """The cluster has a member event (report) for which ``cond`` holds."""
        members = select(events.c.cluster_id)
        if with_documents:
            members = members.join_from(events, documents,
                                        events.c.document_id == documents.c.id)
        return clusters.c.id.in_(members.where(cond))

    def _fulltext(self, user_text: str) -> ColumnElement[bool]:
        if self.dialect == "postgresql":
            simple = literal_column("'simple'::regconfig")
            return func.to_tsvector(simple, events.c.search_text).bool_op("@@")(
                func.to_tsquery(simple, ts_query(fold_text(user_text))))
        if self.dialect == "sqlite":
            matches = select(events_fts.c.rowid).where(
                text("events_fts MATCH :fts").bindparams(fts=fts_query(user_text)))
            return events.c.id.in_(matches)
        pattern = "%" + _escape_like(user_text) + "%"  # any other backend: a plain scan
        return events.c.search_text.ilike(pattern, escape="\\")

    def _order(self) -> list[Any]:
        """Newest start first, undated last ('' sorts below every date), then id: the
        expression of the ``clusters_order`` index (migration 0003), so pages are read
        off the index."""
        # a literal '' (not a bound parameter), or the planner cannot match the index
        empty = literal_column("''")
        return [self._sortable(func.coalesce(clusters.c.start, empty)).desc(), clusters.c.id]

    @staticmethod
    def _select_clusters() -> Any:
        """Clusters with their first report (the event whose id they bear) and its
        document, which stand for the cluster in lists."""
        return select(clusters, events.c.local_id, events.c.parent, events.c.evidence,
                      documents.c.doc_id, documents.c.lang, documents.c.published,
                      documents.c.url, documents.c.source,
                      documents.c.title.label("doc_title")).join_from(
            clusters, events, events.c.id == clusters.c.id).join(
            documents, events.c.document_id == documents.c.id)

    def events(self, query: EventQuery, offset: int = 0,
               limit: int = 50) -> tuple[list[dict[str, Any]], int]:
        """A page of events (one per cluster of reports) matching ``query`` and the total
        number that match, newest start first (undated last), then by id, so pages never
        overlap or skip."""
        _check_page(offset, limit)
        conds = self._where(query)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(clusters)
                                 .where(*conds)).scalar_one()
            rows = conn.execute(self._select_clusters().where(*conds)
                                .order_by(*self._order()).offset(offset).limit(limit)).all()
            return self._rows(conn, rows), total

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event: the cluster ``event_id`` names (a cluster id, or the id of any of
        its reports), with every source document and what each reported, the merged
        participants, the status history, its programme and its parts."""
        with self.engine.connect() as conn:
            cluster_id = conn.execute(select(events.c.cluster_id).where(
                events.c.id == event_id)).scalar_one_or_none()
            if cluster_id is None:
                return None
            row = conn.execute(self._select_clusters().where(clusters.c.id == cluster_id)
                               ).first()
            if row is None:
                return None
            [out] = self._rows(conn, [row])
            members = conn.execute(self._select_members().where(
                events.c.cluster_id == cluster_id).order_by(
                documents.c.published, events.c.id)).all()
            out["documents"] = [{
                "id": m.document_id, "doc_id": m.doc_id, "url": m.url, "title": m.doc_title,
                "published": m.published, "source": m.source, "lang": m.lang,
                "site": m.site, "event_id": m.id, "local_id": m.local_id,
                "event_title": m.title, "type": m.type, "start": m.start, "end": m.end,
                "status": m.status, "venue": m.venue, "city": m.city,
                "evidence": json.loads(m.evidence)} for m in members]
            out["evidence"] = [s for m in out["documents"] for s in m["evidence"]]
            out["children"] = list(conn.execute(
                select(clusters.c.id).where(clusters.c.parent_id == cluster_id)
                .order_by(clusters.c.id)).scalars())
            return out

    @staticmethod
    def _select_members() -> Any:
        return select(events, documents.c.doc_id, documents.c.lang, documents.c.published,
                      documents.c.url, documents.c.source, documents.c.site,
                      documents.c.title.label("doc_title")).join_from(
            events, documents, events.c.document_id == documents.c.id)

    def _rows(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[dict[str, Any]]:
        """Cluster rows as dicts; participants are the union over the cluster's reports,
        one per entity, named and given the role of their first mention."""
        people: dict[int, list[dict[str, Any]]] = {row.id: [] for row in rows}
        history: dict[int, list[dict[str, Any]]] = {row.id: [] for row in rows}
        seen: set[tuple[int, int]] = set()
        for chunk in _chunks(list(people), _CHUNK):
            # the status each report gave, by publication date (undated first)
            for h in conn.execute(
                    select(events.c.cluster_id, events.c.id, events.c.status,
                           documents.c.doc_id, documents.c.published)
                    .join(documents, documents.c.id == events.c.document_id)
                    .where(events.c.cluster_id.in_(chunk))
                    .order_by(events.c.cluster_id,
                              self._sortable(func.coalesce(documents.c.published, "")),
                              events.c.id)):
                history[h.cluster_id].append({"doc_id": h.doc_id, "published": h.published,
                                              "status": h.status, "event_id": h.id})
            for p in conn.execute(
                    select(event_participants, events.c.cluster_id)
                    .join(events, events.c.id == event_participants.c.event_id)
                    .where(events.c.cluster_id.in_(chunk))
                    .order_by(events.c.cluster_id, events.c.id,
                              event_participants.c.position)):
                if (p.cluster_id, p.entity_id) in seen:
                    continue
                seen.add((p.cluster_id, p.entity_id))
                people[p.cluster_id].append({"entity_id": p.entity_id, "name": p.name,
                                             "kind": p.kind, "role": p.role})
        return [{
            "id": row.id, "local_id": row.local_id, "doc_id": row.doc_id, "lang": row.lang,
            "published": row.published, "url": row.url, "source": row.source,
            "type": row.type, "title": row.title, "start": row.start, "end": row.end,
            "status": row.status, "venue": row.venue, "city": row.city,
            "country": row.country, "countries": json.loads(row.countries),
            "participants": people[row.id], "parent": row.parent,
            "parent_id": row.parent_id, "evidence": json.loads(row.evidence),
            "sources": row.sources, "history": history[row.id],
        } for row in rows]

    def facets(self, query: EventQuery) -> dict[str, dict[str, int]]:
        """Counts of the matching events (clusters) by type, city, month of start, status
        and host country; events without a value (or a yearless start, for month) are
        not counted."""
        conds = self._where(query)
        c = clusters.c
        month = func.substr(c.start, 1, 7)
        dims: dict[str, tuple[Any, list[ColumnElement[bool]]]] = {
            "type": (c.type, []),
            "city": (c.city, [c.city.is_not(None)]),
            "month": (month, [c.start.is_not(None), ~c.start.like("--%"),
                              func.length(c.start) >= 7]),
            "status": (c.status, []),
            "country": (c.country, [c.country.is_not(None)]),
        }
        out: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            for name, (column, extra) in dims.items():
                value = column.label("value")
                stmt = (select(value, func.count().label("n")).select_from(clusters)
                        .where(*conds, *extra).group_by(column)
                        .order_by(func.count().desc(), self._sortable(column)))
                out[name] = {r.value: r.n for r in conn.execute(stmt)}
        return out

    def country_pairs(self, query: EventQuery) -> list[dict[str, Any]]:
        """Pairs of countries involved together in matching events (the countries and
        host countries of a cluster's reports), each unordered pair once, ``a < b``,
        counted once per cluster."""
        matching = select(clusters.c.id).where(*self._where(query))
        involved = (select(events.c.cluster_id, event_countries.c.country)
                    .join(event_countries, event_countries.c.event_id == events.c.id)
                    .where(events.c.cluster_id.in_(matching)).distinct().subquery())
        a, b = involved.alias("a"), involved.alias("b")
        n = func.count().label("events")
        stmt = (select(a.c.country.label("a"), b.c.country.label("b"), n)
                .join_from(a, b, and_(a.c.cluster_id == b.c.cluster_id,
                                      self._sortable(a.c.country) < b.c.country))
                .group_by(a.c.country, b.c.country)
                .order_by(n.desc(), self._sortable(a.c.country),
                          self._sortable(b.c.country)))
        with self.engine.connect() as conn:
            return [{"a": r.a, "b": r.b, "events": r.events} for r in conn.execute(stmt)]

    def places(self) -> list[dict[str, Any]]:
        """Every city/country pair events take place in, with their number of events."""
        n = func.count(clusters.c.id).label("n")
        stmt = (select(places.c.city, places.c.country, n)
                .join_from(places, clusters, clusters.c.place_id == places.c.id)
                .group_by(places.c.id, places.c.city, places.c.country)
                .order_by(n.desc(), self._sortable(places.c.country),
                          self._sortable(places.c.city)))
        with self.engine.connect() as conn:
            return [{"city": r.city, "country": r.country, "event_count": r.n}
                    for r in conn.execute(stmt)]

    def entities(self, q: str | None = None, kind: str | None = None, offset: int = 0,
                 limit: int = 50) -> tuple[list[dict[str, Any]], int]:
        """People, groups and organisations, most events first; ``q`` is a
        case-insensitive substring of any name variant."""
        _check_page(offset, limit)
        counts = (select(event_participants.c.entity_id,
                         func.count(distinct(events.c.cluster_id)).label("n"))
                  .join(events, events.c.id == event_participants.c.event_id)
                  .group_by(event_participants.c.entity_id).subquery())
        n = func.coalesce(counts.c.n, 0).label("event_count")
        conds: list[ColumnElement[bool]] = []
        kind = kind.strip() if kind else None
        if kind:
            conds.append(entities.c.kind == kind)
        if q and q.strip():
            pattern = "%" + _escape_like(fold(q)) + "%"
            conds.append(exists().where(entity_names.c.entity_id == entities.c.id,
                                        entity_names.c.name_fold.like(pattern, escape="\\")))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(entities)
                                 .where(*conds)).scalar_one()
            rows = conn.execute(
                select(entities.c.id, entities.c.name, entities.c.kind, n)
                .outerjoin(counts, counts.c.entity_id == entities.c.id).where(*conds)
                .order_by(n.desc(), self._sortable(entities.c.name), entities.c.id)
                .offset(offset).limit(limit)).all()
            variants = names_of(conn, [r.id for r in rows])
        return [{"id": r.id, "name": r.name, "kind": r.kind, "variants": variants[r.id],
                 "event_count": r.event_count} for r in rows], total

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with every event (cluster) it takes part in and its role there."""
        with self.engine.connect() as conn:
            row = conn.execute(select(entities).where(entities.c.id == entity_id)).first()
            if row is None:
                return None
            mine = self._reported(exists().where(
                event_participants.c.event_id == events.c.id,
                event_participants.c.entity_id == entity_id))
            n = conn.execute(select(func.count()).select_from(clusters).where(mine)
                             ).scalar_one()
            rows = conn.execute(self._select_clusters().where(mine)
                                .order_by(*self._order())).all()
            event_rows = self._rows(conn, rows)
            variants = names_of(conn, [entity_id])[entity_id]
        for item in event_rows:
            roles = [p["role"] for p in item["participants"] if p["entity_id"] == entity_id]
            item["role"] = roles[0] if roles else None
            item["roles"] = list(dict.fromkeys(roles))
        return {"id": row.id, "name": row.name, "kind": row.kind, "variants": variants,
                "event_count": n, "events": event_rows}

    def counts(self) -> dict[str, int]:
        tables = {"documents": documents, "events": events, "clusters": clusters,
                  "entities": entities, "participants": event_participants,
                  "places": places}
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in tables.items()}


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_page(offset: int, limit: int) -> None:
    if offset < 0:
        raise ValueError(f"offset {offset}: must be 0 or more")
    if limit < 0:
        raise ValueError(f"limit {limit}: must be 0 or more")


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]

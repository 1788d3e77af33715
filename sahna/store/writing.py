"""Writing documents and their events: rows, places, participants, search text.

Every document is written in the transaction the caller opens (:class:`Store` opens one
per document, or one per batch), so a crash mid-batch leaves every committed document
whole and the batch resumable; the content hash, unique in the ``documents`` table,
makes re-ingesting the same text a no-op. Linking the new events to other reports and
their participants to entities happens in the same transaction (:mod:`.clusters`,
:mod:`.entities`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sahna.contract import SCALAR_SLOTS
from sahna.document import Document
from sahna.store.clusters import cluster_event, singleton
from sahna.store.engine import Database
from sahna.store.entities import link_entity
from sahna.store.memory import ClusterMemory, remember
from sahna.store.query import fold_text
from sahna.store.schema import (
    documents,
    event_countries,
    event_participants,
    events,
    events_fts,
    places,
)
from sahna.store.terms import index_terms


def identity_text(raw: str) -> str:
    """The text as read, without what a copy may change and a reader cannot see: a
    BOM, CRLF or CR line ends, spaces at the ends of lines, blank lines at the end. A
    page saved on Windows, or with one more newline, is the same document — stored
    twice, its events would count twice in their clusters' sources."""
    text = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def content_hash(doc: Document) -> str:
    """The identity of a document: the hash of its text as read, normalised
    (:func:`identity_text`)."""
    return hashlib.sha256(identity_text(doc.raw).encode("utf-8")).hexdigest()


def legacy_hash(doc: Document) -> str:
    """The identity a document had before normalisation (the raw text's hash), under
    which databases written then hold it."""
    return hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()


def has(database: Database, doc: Document) -> bool:
    """Is a document with the same content hash stored (under either identity)?"""
    hashes = {content_hash(doc), legacy_hash(doc)}
    with database.engine.connect() as conn:
        found = conn.execute(select(documents.c.id).where(
            documents.c.content_hash.in_(sorted(hashes)))).first()
    return found is not None


def _site(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


class Writer:
    """Adds documents to one database; remembers the place ids it has read or made.

    ``memory``: the store's cluster memory, given the facts of each new event (clustering
    it then reads nothing back) and told of entity merges."""

    def __init__(self, database: Database, memory: ClusterMemory, cluster: bool) -> None:
        self.database = database
        self.memory = memory
        # False: every event is its own cluster and names link only when spelled alike
        # (the behaviour before clustering; ``bench/merge.py`` measures the difference)
        self.cluster = cluster
        # place key -> id: places are never deleted, so an id once read stays right
        # (the memory is dropped when a transaction rolls back: it may have made the row)
        self._place_ids: dict[str, int] = {}

    def forget(self) -> None:
        """Drop the place ids: the transaction that may have made them rolled back."""
        self._place_ids.clear()

    def add(self, conn: Connection, doc: Document) -> bool:
        """Insert one document and its events on ``conn``; False if already stored
        (also under its identity before normalisation, in a database written then)."""
        legacy = legacy_hash(doc)
        if legacy != content_hash(doc) and conn.execute(select(documents.c.id).where(
                documents.c.content_hash == legacy)).first() is not None:
            return False
        document_id = conn.execute(
            self.database.insert(documents).values(
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
        merges = self.memory.merges
        for item in doc.events:
            ids[item.id], people[item.id], place[item.id] = self._add_event(
                conn, document_id, item)
        # two entities merged while linking this document's names: the entity ids just
        # collected may name the one that is gone, so clustering reads them back instead
        fresh = self.memory.merges == merges
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
                known[ids[item.id]] = remember(self.memory, item, ids[item.id],
                                               people[item.id], parent, place[item.id], doc)
        # programmes first: a part is matched within the cluster of its programme
        for event_id in sorted(ids.values(), key=lambda i: (i in parts, i)):
            if self.cluster:
                cluster_event(conn, self.memory, event_id, known.get(event_id))
            else:
                singleton(conn, self.memory, event_id)
        return True

    def _add_event(self, conn: Connection, document_id: int, item: Any
                   ) -> tuple[int, list[int], int | None]:
        """Insert one event; its id, its participants' entity ids and its place id."""
        names = [p.name for p in item.participants]
        # Words only, case-folded here and not by the database: under a C locale
        # PostgreSQL neither lower-cases Cyrillic nor tells «» from letters, and search
        # must not depend on the cluster's locale.
        raw = "\n".join([item.title, *item.evidence, *names])
        # the stems and Latin keys search also finds the event by (sahna.store.terms)
        terms = index_terms(raw)
        search_text = "\n".join(x for x in (fold_text(raw), terms) if x)
        place_id = self._place(conn, item.city, item.country)
        event_id = conn.execute(events.insert().values(
            document_id=document_id, local_id=item.id,
            **{name: getattr(item, name) for name in SCALAR_SLOTS}, place_id=place_id,
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
        if self.database.dialect == "sqlite":
            conn.execute(events_fts.insert().values(
                rowid=event_id, title=item.title, evidence="\n".join(item.evidence),
                names="\n".join(names), terms=terms))
        return event_id, [r["entity_id"] for r in rows], place_id

    def _place(self, conn: Connection, city: str | None, country: str | None) -> int | None:
        if not city and not country:
            return None
        key = f"{city or ''}|{country or ''}"
        known = self._place_ids.get(key)
        if known is not None:
            return known
        conn.execute(self.database.insert(places).values(key=key, city=city, country=country)
                     .on_conflict_do_nothing(index_elements=["key"]))
        found: int = conn.execute(select(places.c.id).where(places.c.key == key)).scalar_one()
        self._place_ids[key] = found
        return found

    def _entity(self, conn: Connection, name: str, kind: str) -> int:
        """The entity a participant's name stands for, linked across spellings,
        scripts and documents (:func:`sahna.store.entities.link_entity`)."""
        return link_entity(conn, self.database.insert, self.memory, name, kind,
                           fuzzy=self.cluster)

"""SQLite storage: documents, events and participants, with FTS5 full-text search.

Every document is written in its own transaction, so a crash mid-batch leaves every
committed document intact; the content hash makes ingestion idempotent.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from sahna.document import Document


def content_hash(doc: Document) -> str:
    return hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()


@dataclass
class EventQuery:
    """Filters of ``sahna events``; dates compare on the ISO prefix (``2025`` covers
    ``2025-04-25``); events whose dates lack a year are kept out of date filters."""

    type: str | None = None
    city: str | None = None
    country: str | None = None
    status: str | None = None
    lang: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    q: str | None = None
    limit: int = 1000


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        schema = files("sahna.store").joinpath("schema.sql").read_text(encoding="utf-8")
        self.db.executescript(schema)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, doc: Document) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE content_hash = ?",
                              (content_hash(doc),)).fetchone()
        return row is not None

    def add(self, doc: Document) -> bool:
        """Store ``doc`` and its events in one transaction; False when already stored."""
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (doc_id, source, url, lang, published, title,"
                " content_hash, text, removed_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.doc_id, doc.source, doc.url, doc.lang, doc.published, doc.title,
                 content_hash(doc), doc.text, json.dumps(doc.removed_lines, ensure_ascii=False)))
            if cur.rowcount == 0:
                return False
            document_id = cur.lastrowid
            for event in doc.events:
                ecur = self.db.execute(
                    'INSERT INTO events (document_id, local_id, type, title, start, "end",'
                    " status, venue, city, country, countries, parent, evidence)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (document_id, event.id, event.type, event.title, event.start, event.end,
                     event.status, event.venue, event.city, event.country,
                     json.dumps(event.countries), event.parent,
                     json.dumps(event.evidence, ensure_ascii=False)))
                event_id = ecur.lastrowid
                self.db.executemany(
                    "INSERT INTO participants (event_id, name, kind, role) VALUES (?, ?, ?, ?)",
                    [(event_id, p.name, p.kind, p.role) for p in event.participants])
                self.db.execute(
                    "INSERT INTO events_fts (rowid, title, evidence, names) VALUES (?, ?, ?, ?)",
                    (event_id, event.title, " ".join(event.evidence),
                     " ".join(p.name for p in event.participants)))
        return True

    def counts(self) -> dict[str, int]:
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "events", "participants")}

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        where, args = [], []
        for column, value in (("e.type", query.type), ("e.status", query.status),
                              ("d.lang", query.lang)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if query.city:
            where.append("lower(e.city) = lower(?)")
            args.append(query.city)
        if query.country:
            where.append("upper(e.country) = upper(?)")
            args.append(query.country)
        if query.date_from:
            where.append("coalesce(e.\"end\", e.start) NOT LIKE '--%' AND "
                         "substr(coalesce(e.\"end\", e.start), 1, length(?)) >= ?")
            args += [query.date_from, query.date_from]
        if query.date_to:
            where.append("e.start NOT LIKE '--%' AND substr(e.start, 1, length(?)) <= ?")
            args += [query.date_to, query.date_to]
        if query.q:
            where.append("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            args.append(fts_query(query.q))
        sql = ("SELECT e.*, d.doc_id, d.lang, d.published, d.url, d.source FROM events e"
               " JOIN documents d ON d.id = e.document_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY coalesce(e.start, d.published, '') DESC, e.id LIMIT ?"
        args.append(query.limit)
        rows = self.db.execute(sql, args).fetchall()
        return [self._event(row) for row in rows]

    def _event(self, row: sqlite3.Row) -> dict[str, Any]:
        people = self.db.execute(
            "SELECT name, kind, role FROM participants WHERE event_id = ? ORDER BY rowid",
            (row["id"],)).fetchall()
        return {
            "doc_id": row["doc_id"], "lang": row["lang"], "published": row["published"],
            "id": row["local_id"], "type": row["type"], "title": row["title"],
            "start": row["start"], "end": row["end"], "status": row["status"],
            "venue": row["venue"], "city": row["city"], "country": row["country"],
            "countries": json.loads(row["countries"]),
            "participants": [dict(p) for p in people], "parent": row["parent"],
            "evidence": json.loads(row["evidence"]), "source": row["source"],
        }


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word a quoted prefix term, all required, so
    that punctuation in user input is never FTS syntax."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"*' for w in words) or '""'

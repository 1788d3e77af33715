-- sahna's SQLite schema. One row per document (unique by content hash, so re-ingesting
-- the same text changes nothing), its events, and their participants.
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    lang TEXT,
    published TEXT,
    title TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    removed_lines TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    start TEXT,
    "end" TEXT,
    status TEXT NOT NULL,
    venue TEXT,
    city TEXT,
    country TEXT,
    countries TEXT NOT NULL DEFAULT '[]',
    parent TEXT,
    evidence TEXT NOT NULL DEFAULT '[]',
    UNIQUE (document_id, local_id)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_start ON events(start);
CREATE INDEX IF NOT EXISTS events_city ON events(city);
CREATE TABLE IF NOT EXISTS participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_event ON participants(event_id);
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(title, evidence, names);

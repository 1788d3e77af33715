"""The tables, as SQLAlchemy Core objects, that the store's queries are written against.

The migrations under ``migrations/versions`` create them; this module only describes the
current shape so that every query is a Core expression (parameterised, and the same on
SQLite and PostgreSQL). JSON lists are kept as JSON text so that both backends store
them alike; the lists that filters need (countries, participants, name variants) are
also kept as rows of their own.

The contract's scalar slots (:data:`sahna.contract.SCALAR_SLOTS`), which a report states
and a cluster's record merges, are columns of both ``events`` and ``clusters``, made
here from the contract (:func:`slot_columns`): a new slot is one definition there and
one migration, and ``tests/store/test_store.py`` checks that these tables are still what the
migrations create.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from sahna.contract import DATE_SLOTS, DATE_WIDTH, SCALAR_SLOTS, Event

COUNTRY_WIDTH = 2  # ISO 3166-1 alpha-2
# The slots stored with a width of their own; every other slot is text.
_WIDTHS = {**dict.fromkeys(DATE_SLOTS, DATE_WIDTH), "country": COUNTRY_WIDTH}


def slot_columns() -> list[Column[object]]:
    """The contract's scalar slots as columns, in its order: dates and the country as
    strings of their width, any other slot as text; NOT NULL for the slots every event
    has (no default, or a default that is a value, such as ``status``'s ``unknown``)."""
    defaults = {f.name: f.default for f in fields(Event)}
    return [Column(name, _type(name), nullable=defaults[name] is None)
            for name in SCALAR_SLOTS]


def _type(name: str) -> TypeEngine[str]:
    width = _WIDTHS.get(name)
    return Text() if width is None else String(width)


metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("site", Text),
    Column("lang", String(16)),
    Column("published", String(DATE_WIDTH)),
    Column("title", Text),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("removed_lines", Text, nullable=False),
    Column("ingested_at", Text, nullable=False),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    # "city|country": NULLs never collide in a UNIQUE constraint, a string key does.
    Column("key", Text, nullable=False, unique=True),
    Column("city", Text),
    Column("country", String(COUNTRY_WIDTH)),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("local_id", Text, nullable=False),
    *slot_columns(),  # type, title, start, end, status, venue, city, country
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("countries", Text, nullable=False),
    Column("parent", Text),
    Column("parent_id", Integer, ForeignKey("events.id", ondelete="SET NULL")),
    Column("evidence", Text, nullable=False),
    Column("search_text", Text, nullable=False),
    Column("cluster_id", Integer),  # = clusters.id (migration 0003)
    Column("component_id", Integer),  # linked by the pairwise rule (sahna.store.clusters)
    UniqueConstraint("document_id", "local_id"),
)

# One real-world event: the canonical record of the events (reports) that share its
# ``cluster_id``. Its id is its earliest member event's id. Written only by
# ``sahna.store.canonical.recanonical``. The status each source reported (the history)
# is read from the members, not kept here: a record is rewritten on every report that
# joins, and a list of all reports would make that cost grow with the cluster.
clusters = Table(
    "clusters", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    *slot_columns(),  # the canonical record of the same slots
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("countries", Text, nullable=False),
    Column("parent_id", Integer),  # the parent programme's cluster
    Column("sources", Integer, nullable=False),  # number of member events
)

# Blocking keys of events (``sahna.link.events.block_keys``: type group, place, time
# slot): a new event is compared only with the events that share a key with it. Each
# row also carries ``clues``, the event's signature (``sahna.store.candidates.signature``:
# a bit per evidence key — title words, venue, programme part — and one for dated
# programmes in a known city), so that while reading the keys the store skips every
# candidate that can share neither a word nor a place-and-time match with the new
# report. SQLite stores the table in key order (WITHOUT ROWID): a key's rows, signature
# included, are read in one pass.
event_blocks = Table(
    "event_blocks", metadata,
    Column("key", Text, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("clues", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

# What the date and country filters look up (``sahna.store.lookups``): each month a
# cluster spans (``YYYY-MM``, or ``*`` for a span too long to list), in byte order on
# PostgreSQL too, and each country any of its reports involves. SQLite stores both in
# key order (WITHOUT ROWID), so a month's or a country's clusters are one range.
_MONTH = String(7).with_variant(String(7, collation="C"), "postgresql")
cluster_months = Table(
    "cluster_months", metadata,
    Column("month", _MONTH, primary_key=True),
    Column("cluster_id", Integer, ForeignKey("clusters.id", ondelete="CASCADE"),
           primary_key=True),
    sqlite_with_rowid=False,
)
cluster_countries = Table(
    "cluster_countries", metadata,
    Column("country", String(COUNTRY_WIDTH), primary_key=True),
    Column("cluster_id", Integer, ForeignKey("clusters.id", ondelete="CASCADE"),
           primary_key=True),
    sqlite_with_rowid=False,
)

# Every country involved in an event: its `countries` plus the host `country`.
event_countries = Table(
    "event_countries", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("country", String(COUNTRY_WIDTH), primary_key=True),
    Column("party", Boolean, nullable=False),  # listed in the event's `countries`
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # canonical name
    Column("name_fold", Text, nullable=False),  # casefolded canonical name
    Column("kind", Text, nullable=False),
    UniqueConstraint("name_fold", "kind"),
)

entity_names = Table(
    "entity_names", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"),
           nullable=False),
    Column("name", Text, nullable=False),
    Column("name_fold", Text, nullable=False),
    UniqueConstraint("entity_id", "name"),
)

# Blocking keys of entities (``sahna.link.names.entity_keys``).
entity_keys = Table(
    "entity_keys", metadata,
    Column("key", Text, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"),
           primary_key=True),
)

event_participants = Table(
    "event_participants", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),  # as written in the document
    Column("kind", Text, nullable=False),
    Column("role", Text, nullable=False),
)

# SQLite's FTS5 index (rowid = events.id); not in ``metadata`` because it is a virtual
# table that only the SQLite migration creates.
events_fts = Table(
    "events_fts", MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("title", Text),
    Column("evidence", Text),
    Column("names", Text),
    Column("terms", Text),  # stems and Latin keys of the words (migration 0005)
)

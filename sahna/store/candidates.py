"""Which stored reports a new report is compared with: its candidates.

A report meets the stored reports that share a blocking key with it
(:func:`sahna.link.events.block_keys`: type group, place, time slot; ``event_blocks``)
and, unless it has a participant in common with them, a bit of its signature: a shared
evidence key (title word, venue, programme part), or both being dated programmes in a
known city, which match on place and time alone. A month of concerts in one city shrinks
to the few that share a word, a venue or a performer with the new report.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Integer,
    Text,
    any_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Connection

from sahna.link.events import EventFacts, evidence_keys, needs_evidence
from sahna.store.schema import event_blocks, event_participants, events

PROGRAMME_BIT = 1 << 62  # in a signature: a dated programme in a known city


def signature(e: EventFacts) -> int:
    """What a report's blocking rows carry (``event_blocks.clues``), and what a new
    report's candidates must share a bit of unless they share a participant: one bit per
    evidence key (:func:`clue_bits`), and :data:`PROGRAMME_BIT` for the reports that
    need no evidence (:func:`sahna.link.events.needs_evidence`), which match each other
    on place and time alone."""
    return clue_bits(evidence_keys(e)) | (0 if needs_evidence(e) else PROGRAMME_BIT)


def clue_bits(keys: Iterable[str]) -> int:
    """A signature of evidence keys: one of 62 bits per key (by CRC-32, the same in every
    process). Two events sharing a key share a bit; sharing a bit by chance only makes
    an event a candidate the rule then turns down."""
    bits = 0
    for key in keys:
        bits |= 1 << (zlib.crc32(key.encode("utf-8")) % 62)
    return bits


def candidates(conn: Connection, mine: EventFacts, lookup: set[str], bits: int
               ) -> dict[int, Any]:
    """The stored reports, already clustered, that ``mine`` is to be compared with (id,
    cluster and component of each): those sharing one of its ``lookup`` blocking keys
    and a bit of its signature ``bits``, or one of its participants."""
    people = sorted(mine.participants)
    dialect = conn.dialect.name
    statement = _statement(dialect, bool(people))
    values = {"keys": _list_value(dialect, sorted(lookup)), "bits": bits,
              "people": _list_value(dialect, people)}
    return {r.id: r for r in conn.execute(statement, values)
            if r.id != mine.id and r.cluster_id is not None}


@cache
def _statement(dialect: str, people: bool) -> Any:
    """The statement that reads a report's candidates: events sharing a blocking key
    (``keys``) whose signature shares a bit with the report's (``bits``: a shared
    evidence key, or both dated programmes in a known city, see :func:`signature`), or
    that have one of its participants (``people``).

    The key list is bound as one parameter (:func:`_listed`), so the statement's text is
    the same whatever its length and the database prepares it once."""
    either = [event_blocks.c.clues.op("&")(bindparam("bits", type_=BigInteger)) != 0]
    if people:  # probed per candidate through the (event, entity) index
        either.append(select(literal(1)).where(
            event_participants.c.event_id == event_blocks.c.event_id,
            _listed(dialect, event_participants.c.entity_id, "people", Integer)).exists())
    return select(events.c.id, events.c.cluster_id, events.c.component_id).where(
        events.c.id.in_(select(event_blocks.c.event_id).where(
            _listed(dialect, event_blocks.c.key, "keys", Text), or_(*either))))


def _listed(dialect: str, column: Any, name: str, kind: Any) -> Any:
    """``column`` is one of the values of list parameter ``name``: ``= ANY(array)`` on
    PostgreSQL, ``IN (SELECT value FROM json_each(json))`` on SQLite (see
    :func:`_list_value`)."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(kind)))
    return column.in_(select(literal_column("value")).select_from(
        func.json_each(bindparam(name, type_=Text))))


def _list_value(dialect: str, values: list[Any]) -> Any:
    """A list as :func:`_listed` binds it."""
    return values if dialect == "postgresql" else json.dumps(values, ensure_ascii=False)

"""Linking on write: participant names to entities, events to clusters, and each
cluster's canonical record.

Called by :class:`sahna.store.Store` inside the transaction that stores a document,
so a document and the clusters it joins are committed together. The decisions are the
pure rules of :mod:`sahna.link` (names, events); this module only finds the candidates
through the blocking-key tables and writes the outcome.

Events linked by the pairwise rule form components; each component is split into
clusters by reading its reports in content order (publication date, document), never
putting contradicting reports together. That makes the clusters independent of the
order documents arrive in. Entities are linked the conservative way:
a new name joins an entity only when it is compatible with every name that entity
already has, so «А. Балаева» never chains «Аида Балаева» to «Айгерим Балаева».
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Integer,
    Text,
    any_,
    bindparam,
    cast,
    delete,
    func,
    literal,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection

from sahna.link.events import (
    EventFacts,
    block_keys,
    conflict,
    evidence_keys,
    facts,
    linked,
    needs_evidence,
    type_group,
)
from sahna.link.names import entity_keys as name_keys
from sahna.link.names import same_entity
from sahna.store.query import fold
from sahna.store.schema import (
    clusters,
    documents,
    entities,
    entity_keys,
    entity_names,
    event_blocks,
    event_participants,
    events,
)

Insert = Callable[[Any], Any]  # the dialect's INSERT with ON CONFLICT (Store._insert)
_PRECISION = {10: 3, 7: 2, 4: 1}  # length of a date string -> how much it says
_GROUPISH = ("group", "org")


# -- entities ------------------------------------------------------------------------

_KNOWN_NAME = (select(entity_names.c.entity_id)
               .join(entities, entities.c.id == entity_names.c.entity_id)
               .where(entity_names.c.name_fold == bindparam("fold"),
                      entities.c.kind.in_(bindparam("kinds", expanding=True)))
               .order_by(entity_names.c.entity_id)
               .add_columns(entity_names.c.name))


def link_entity(conn: Connection, insert: Insert, name: str, kind: str,
                fuzzy: bool = True) -> int:
    """The entity ``name`` (a participant of ``kind``) stands for, created if new;
    without ``fuzzy`` only a name spelled alike (case aside) links."""
    key = fold(name)
    kinds = _GROUPISH if kind in _GROUPISH else (kind,)
    spelled = conn.execute(_KNOWN_NAME, {"fold": key, "kinds": list(kinds)}).all()
    if spelled:  # the same name, perhaps in other capitals: keep a new spelling
        known = spelled[0].entity_id
        if not any(r.entity_id == known and r.name == name for r in spelled):
            _add_name(conn, insert, known, name, kind, with_keys=False)
        return known
    keys = sorted(name_keys(name, kind)) if fuzzy else []
    matches: list[int] = []
    if keys:
        candidates = list(conn.execute(
            select(entity_keys.c.entity_id).where(entity_keys.c.key.in_(keys))
            .distinct().order_by(entity_keys.c.entity_id)).scalars())
        variants = _variants(conn, candidates)
        matches = [c for c in candidates if variants[c][1] and all(
            same_entity(name, kind, other, variants[c][0]) for other in variants[c][1])]
    if matches:
        target = matches[0]
        for other in matches[1:]:
            if all(same_entity(a, variants[target][0], b, variants[other][0])
                   for a in variants[target][1] for b in variants[other][1]):
                _merge_entities(conn, insert, target, other)
        _rename(conn, target, name)
    else:
        target = conn.execute(insert(entities).values(name=name, name_fold=key, kind=kind)
                              .on_conflict_do_nothing(index_elements=["name_fold", "kind"])
                              .returning(entities.c.id)).scalar_one_or_none()
        if target is None:  # the same name under a kind of the other group
            target = conn.execute(select(entities.c.id).where(
                entities.c.name_fold == key, entities.c.kind == kind)).scalar_one()
    _add_name(conn, insert, target, name, kind, with_keys=fuzzy)
    return target


_NAMES_CHUNK = 500  # ids per IN (...) list


def names_of(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    """Every spelling of each entity, in the order they were first stored."""
    out: dict[int, list[str]] = {i: [] for i in ids}
    for start in range(0, len(ids), _NAMES_CHUNK):
        for entity_id, name in conn.execute(
                select(entity_names.c.entity_id, entity_names.c.name)
                .where(entity_names.c.entity_id.in_(ids[start:start + _NAMES_CHUNK]))
                .order_by(entity_names.c.id)):
            out[entity_id].append(name)
    return out


def _variants(conn: Connection, ids: list[int]) -> dict[int, tuple[str, list[str]]]:
    """(kind, names) of each entity."""
    if not ids:
        return {}
    kinds = {r.id: r.kind for r in conn.execute(select(entities.c.id, entities.c.kind)
                                                 .where(entities.c.id.in_(ids)))}
    return {i: (kinds.get(i, "other"), names) for i, names in names_of(conn, ids).items()}


def _add_name(conn: Connection, insert: Insert, entity_id: int, name: str, kind: str,
              with_keys: bool = True) -> None:
    conn.execute(insert(entity_names).values(entity_id=entity_id, name=name,
                                             name_fold=fold(name))
                 .on_conflict_do_nothing(index_elements=["entity_id", "name"]))
    keys = name_keys(name, kind) if with_keys else set()
    if keys:
        conn.execute(insert(entity_keys).on_conflict_do_nothing(
            index_elements=["key", "entity_id"]),
            [{"key": k, "entity_id": entity_id} for k in sorted(keys)])


def _fullness(name: str) -> tuple[int, int]:
    """How complete a name is: words that are not initials, then length."""
    words = name.replace(".", ". ").split()
    return sum(1 for w in words if len(w.strip(".")) > 1 and not w.endswith(".")), len(name)


def _rename(conn: Connection, entity_id: int, name: str) -> None:
    """Show the fullest name an entity has (a full name over initials); the first one
    seen stays when they are alike, so the displayed name does not flip between
    languages as reports arrive."""
    current = conn.execute(select(entities.c.name, entities.c.kind)
                           .where(entities.c.id == entity_id)).one()
    if _fullness(name)[0] <= _fullness(current.name)[0]:
        return
    clash = conn.execute(select(entities.c.id).where(
        entities.c.name_fold == fold(name), entities.c.kind == current.kind)).first()
    if clash is None:
        conn.execute(update(entities).where(entities.c.id == entity_id)
                     .values(name=name, name_fold=fold(name)))


_MERGED = [0]  # entity merges so far in this process (see Store._add)


def entity_merges() -> int:
    return _MERGED[0]


def _merge_entities(conn: Connection, insert: Insert, target: int, other: int) -> None:
    """Fold entity ``other`` into ``target``: its names, keys and participations."""
    forget_facts()
    _MERGED[0] += 1
    conn.execute(update(event_participants).where(event_participants.c.entity_id == other)
                 .values(entity_id=target))
    kind = conn.execute(select(entities.c.kind).where(entities.c.id == other)).scalar_one()
    for name in names_of(conn, [other])[other]:
        _add_name(conn, insert, target, name, kind)
    conn.execute(delete(entity_names).where(entity_names.c.entity_id == other))
    conn.execute(delete(entity_keys).where(entity_keys.c.entity_id == other))
    conn.execute(delete(entities).where(entities.c.id == other))


# -- events --------------------------------------------------------------------------

# Facts of stored events, per database and event id, so that candidates are read from
# SQL once per process. What they hold never changes once an event is stored (events are
# never updated but for their cluster, which is not kept here, nor deleted), except the
# participants' entity ids when entities merge: the memory is dropped then, when
# re-clustering, and when a transaction rolls back (SQLite may give a rolled-back row's
# id to the next event).
class _Member(NamedTuple):
    """What a cluster's canonical record reads of one member report."""

    id: int
    type: str
    title: str
    start: str | None
    end: str | None
    status: str
    venue: str | None
    city: str | None
    country: str | None
    place_id: int | None
    countries: tuple[str, ...]
    parent_id: int | None
    published: str | None
    doc_id: str


class _Stored(NamedTuple):
    """What memory holds of a stored event: its facts, and what its cluster's canonical
    record takes from it besides (so a cluster's record is rewritten without reading its
    members back)."""

    facts: EventFacts
    member: _Member


_FACTS: dict[tuple[str, int], _Stored] = {}
# the cheap columns only (no participants, no title tokens) of events that have been
# candidates, enough for :func:`conflict` to rule most of them out without reading more
_LIGHT: dict[tuple[str, int], EventFacts] = {}
_FACTS_LIMIT = 300_000


def forget_facts() -> None:
    _FACTS.clear()
    _LIGHT.clear()
    _PAIRS.clear()
    _KINDS.clear()


# Answers of the pairwise rule: a component is regrouped from scratch whenever a report
# joins it, and without this each regroup would ask the rule about every pair again. An
# answer is kept with the two facts objects it was given and used only for those very
# objects (facts are immutable), so it can never be stale. The contradiction is cheap
# (cheap columns) and asked first; whether the two match is worked out only when asked.
_PAIRS: dict[tuple[int, int, bool], list[Any]] = {}  # [a, b, contradiction, same | None]
_PAIRS_LIMIT = 500_000


def _pair(a: EventFacts, b: EventFacts, parent_cluster: dict[int, int]) -> list[Any]:
    same_parent = _same_parent(a, b, parent_cluster)
    if a.id > b.id:
        a, b = b, a
    key = (a.id, b.id, same_parent)
    known = _PAIRS.get(key)
    if known is not None and known[0] is a and known[1] is b:
        return known
    bad = not same_parent or conflict(a, b) is not None
    entry = [a, b, bad, False if bad else None]
    if len(_PAIRS) > _PAIRS_LIMIT:
        _PAIRS.clear()
    _PAIRS[key] = entry
    return entry


def _contradict(a: EventFacts, b: EventFacts, parent_cluster: dict[int, int]) -> bool:
    """Can the two never be one event: a conflict of the pairwise rule, or parts of two
    different programmes (the galas of two culture days in one hall)? Remembered."""
    return bool(_pair(a, b, parent_cluster)[2])


def _match(a: EventFacts, b: EventFacts, parent_cluster: dict[int, int]) -> bool:
    """:func:`same_event` for two reports, remembered."""
    entry = _pair(a, b, parent_cluster)
    if entry[3] is None:
        entry[3] = linked(entry[0], entry[1], _same_parent(a, b, parent_cluster))
    return bool(entry[3])


def remember(conn: Connection, item: Any, event_id: int,
             people: list[int], parent: int | None, place_id: int | None, doc: Any
             ) -> EventFacts:
    """Put the facts of an event just stored into memory, so that clustering it does
    not read back what the store has just written; returns them."""
    made = facts(id=event_id, **_fields(item), countries=frozenset(item.countries),
                 participants=frozenset(people), parent=parent, published=doc.published,
                 lang=doc.lang, key=f"{doc.doc_id}\x00{item.id}")
    if len(_FACTS) > _FACTS_LIMIT:
        _FACTS.clear()
    _FACTS[(str(conn.engine.url), event_id)] = _Stored(made, _member(made, place_id,
                                                                    tuple(item.countries)))
    return made


def load_facts(conn: Connection, ids: Iterable[int], rows: dict[int, Any] | None = None
               ) -> dict[int, tuple[EventFacts, int]]:
    """(facts, cluster id) of the given events; ``rows``: their id and cluster when the
    caller has just read them."""
    ids = list(ids)
    if not ids:
        return {}
    url = str(conn.engine.url)
    out: dict[int, tuple[EventFacts, int]] = {}
    missing = []
    for row in (rows.values() if rows is not None else conn.execute(_ROW_IDS, {"ids": ids})):
        hit = _FACTS.get((url, row.id))
        if hit is not None:
            out[row.id] = (hit.facts, row.cluster_id)
        else:
            missing.append(row.id)
    if not missing:
        return out
    people: dict[int, set[int]] = {i: set() for i in missing}
    for event_id, entity_id in conn.execute(_PEOPLE, {"ids": missing}):
        people[event_id].add(entity_id)
    if len(_FACTS) > _FACTS_LIMIT:
        _FACTS.clear()
    for row in conn.execute(_FULL, {"ids": missing}):
        made = _facts(row, people[row.id])
        _FACTS[(url, row.id)] = _Stored(made, _member(made, row.place_id,
                                                      tuple(json.loads(row.countries))))
        out[row.id] = (made, row.cluster_id)
    return out


_SLOTS = ("type", "title", "start", "end", "status", "venue", "city", "country")


def _fields(source: Any) -> dict[str, Any]:
    """The slots an event and its stored row share under the same names."""
    return {name: getattr(source, name) for name in _SLOTS}


def _facts(row: Any, people: set[int]) -> EventFacts:
    return facts(id=row.id, **_fields(row), countries=frozenset(json.loads(row.countries)),
                 participants=frozenset(people), parent=row.parent_id,
                 published=row.published, lang=row.lang, key=f"{row.doc_id}\x00{row.local_id}")


def cluster_event(conn: Connection, event_id: int, mine: EventFacts | None = None) -> int:
    """Put stored event ``event_id`` into a cluster and refresh the records of the
    clusters that changed; returns its cluster id.

    The event is compared with the candidates that share a blocking key; the pairwise
    rule links it to their *components* (``events.component_id``: connected components
    of the rule, which are the same whatever order events arrive in). The component's
    events are then grouped into clusters from scratch (:func:`regroup`), in an order
    given by what they say, not when they were stored — so a report that fits two events
    contradicting each other lands in the same one whatever the ingest order. Two cases
    give that result without regrouping: a component that is one cluster and that
    nothing in the report contradicts, and a report that comes last in content order.

    ``mine``: the event's facts, when the caller has just stored it (:func:`remember`)."""
    if mine is None:
        mine, _ = load_facts(conn, [event_id])[event_id]
    stored, lookup = block_keys(mine)
    bits = signature(mine)
    conn.execute(_INSERT_BLOCKS, [{"key": k, "event_id": event_id, "clues": bits}
                                  for k in sorted(stored)])
    joined, parent_cluster = _linked_components(conn, mine, lookup, bits)
    if not joined:
        conn.execute(_SET_CLUSTER, {"event": event_id, "cluster": event_id,
                                    "component": event_id})
        recanonical(conn, event_id, [event_id])
        return event_id
    component = min(joined | {event_id})
    if len(joined) > 1 or component not in joined:  # the report joins components
        conn.execute(update(events).where(events.c.component_id.in_(sorted(joined)))
                     .values(component_id=component))
    rows = {r.id: r for r in conn.execute(_COMPONENT, {"component": component})
            if r.id != event_id}
    members = [f for f, _ in load_facts(conn, rows, rows).values()]
    parent_cluster = _parent_clusters(conn, [mine, *members], parent_cluster)
    before: dict[int, list[EventFacts]] = {}
    for f in members:
        before.setdefault(rows[f.id].cluster_id, []).append(f)
    if len(before) == 1 and not any(_contradict(mine, f, parent_cluster)
                                    for f in _unlike(members, parent_cluster)):
        # one cluster, nothing contradicting the report: regrouping from scratch would
        # give that one cluster again, whatever the order
        groups = [[*members, mine]]
    elif all(_content_order(f) < _content_order(mine) for f in members):
        # the report comes last in content order (news mostly arrives in the order it
        # is published): regrouping from scratch would rebuild the clusters there are,
        # then place the report — so only the report is placed
        groups = sorted(before.values(), key=lambda g: min(map(_content_order, g)))
        _place(groups, mine, parent_cluster)
    else:
        groups = regroup([*members, mine], parent_cluster)
    moved: list[dict[str, int]] = []
    changed: set[int] = set()
    kept: dict[int, list[int]] = {}
    mine_cluster = event_id
    for group in groups:
        cluster_id = min(f.id for f in group)
        kept[cluster_id] = [f.id for f in group]
        for f in group:
            if f.id == event_id:
                mine_cluster = cluster_id
                changed.add(cluster_id)
            elif rows[f.id].cluster_id != cluster_id:
                moved.append({"event": f.id, "cluster": cluster_id})
                changed |= {cluster_id, rows[f.id].cluster_id}
    conn.execute(_SET_CLUSTER, {"event": event_id, "cluster": mine_cluster,
                                "component": component})
    if moved:  # only the reports that changed cluster are written
        conn.execute(_MOVE, moved)
    gone = sorted(set(before) - set(kept))
    if gone:
        conn.execute(delete(clusters).where(clusters.c.id.in_(gone)))
    for cluster_id in sorted(changed & set(kept)):
        recanonical(conn, cluster_id, kept[cluster_id])
    if gone:  # programme parts whose programme's cluster was renamed
        for child in list(conn.execute(select(clusters.c.id).where(
                clusters.c.parent_id.in_(gone))).scalars()):
            recanonical(conn, child)
    return mine_cluster


# Statements built once: the store runs them for every new event, and building a
# SQLAlchemy statement costs as much as running it on SQLite.
_LIGHT_ROWS = (select(events.c.id, events.c.type, events.c.title, events.c.start,
                      events.c.end, events.c.status, events.c.venue, events.c.city,
                      events.c.country, events.c.countries, documents.c.published)
               .join(documents, documents.c.id == events.c.document_id)
               .where(events.c.id.in_(bindparam("ids", expanding=True))))


@cache
def _candidates(dialect: str, people: bool) -> Any:
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


_ROW_IDS = select(events.c.id, events.c.cluster_id).where(
    events.c.id.in_(bindparam("ids", expanding=True)))
_PEOPLE = select(event_participants.c.event_id, event_participants.c.entity_id).where(
    event_participants.c.event_id.in_(bindparam("ids", expanding=True)))
_FULL = (select(events, documents.c.published, documents.c.lang, documents.c.doc_id)
         .join(documents, documents.c.id == events.c.document_id)
         .where(events.c.id.in_(bindparam("ids", expanding=True))))


_MEMBERS = (select(events.c.id, events.c.type, events.c.title, events.c.start, events.c.end,
                   events.c.status, events.c.venue, events.c.city, events.c.country,
                   events.c.place_id, events.c.countries, events.c.parent_id,
                   documents.c.published, documents.c.doc_id)
            .join(documents, documents.c.id == events.c.document_id)
            .where(events.c.cluster_id == bindparam("cluster")).order_by(events.c.id))
_DELETE_CLUSTER = delete(clusters).where(clusters.c.id == bindparam("cluster"))
_CLUSTER_OF = select(events.c.cluster_id).where(events.c.id == bindparam("event"))
_COMPONENT = select(events.c.id, events.c.cluster_id).where(
    events.c.component_id == bindparam("component"))
_MOVE = update(events).where(events.c.id == bindparam("event")).values(
    cluster_id=bindparam("cluster"))
_SET_CLUSTER = update(events).where(events.c.id == bindparam("event")).values(
    cluster_id=bindparam("cluster"), component_id=bindparam("component"))
_INSERT_BLOCKS = event_blocks.insert()


def _linked_components(conn: Connection, mine: EventFacts, lookup: set[str], bits: int
                       ) -> tuple[set[int], dict[int, int]]:
    """The components ``mine`` links to (through any member sharing a blocking key;
    ``bits``: its :func:`signature`), and the clusters of the programmes read on the way.

    The cheap columns of each candidate rule most pairs out (:func:`conflict`); the full
    facts (participants, title tokens) are read only for the rest, and once ``mine`` links
    to one member of a component the other members of it are not examined: a report of
    an event with thirty reports already stored asks the rule about one or two of them."""
    url = str(conn.engine.url)
    # a report that needs evidence to match meets only the candidates sharing a clue
    # or a participant with it; a dated programme in a known city also meets the other
    # dated programmes of its city (place and time are their evidence)
    people = sorted(mine.participants)
    if not (bits or people):
        return set(), {}
    dialect = conn.dialect.name
    statement = _candidates(dialect, bool(people))
    values = {"keys": _list_value(dialect, sorted(lookup)), "bits": bits,
              "people": _list_value(dialect, people)}
    rows = {r.id: r for r in conn.execute(statement, values)
            if r.id != mine.id and r.cluster_id is not None}
    parent_cluster: dict[int, int] = {}
    if mine.parent is not None:
        parent_cluster = _parent_clusters(conn, [mine])
    joined: set[int] = set()
    unread: list[int] = []  # no conflict on the cheap columns; the rest to be read
    unseen: list[int] = []  # never a candidate in this process: cheap columns to be read

    def judge(other: EventFacts) -> None:
        nonlocal parent_cluster
        if mine.parent is not None and other.parent is not None:
            parent_cluster = _parent_clusters(conn, [other], parent_cluster)
        if _agrees(mine, other, parent_cluster):
            joined.add(rows[other.id].component_id)

    for row in rows.values():
        if row.component_id in joined:
            continue
        hit = _FACTS.get((url, row.id))
        if hit is not None:
            if conflict(mine, hit.facts) is None:
                judge(hit.facts)
            continue
        light = _LIGHT.get((url, row.id))
        if light is None:
            unseen.append(row.id)
        elif conflict(mine, light) is None:
            unread.append(row.id)
    if unseen:
        if len(_LIGHT) > _FACTS_LIMIT:
            _LIGHT.clear()
        for row in conn.execute(_LIGHT_ROWS, {"ids": unseen}):
            light = EventFacts(id=row.id, **_fields(row),
                               countries=frozenset(json.loads(row.countries)),
                               published=row.published)
            _LIGHT[(url, row.id)] = light
            if conflict(mine, light) is None:
                unread.append(row.id)
    wanted = {i: rows[i] for i in unread if rows[i].component_id not in joined}
    for other, _ in load_facts(conn, wanted, wanted).values():
        if rows[other.id].component_id not in joined:
            judge(other)
    return joined, parent_cluster


def _parent_clusters(conn: Connection, items: Iterable[EventFacts],
                     known: dict[int, int] | None = None,
                     extra: Iterable[int] = ()) -> dict[int, int]:
    """Cluster of each programme the items (and the ``extra`` event ids) are parts of;
    ``known`` ones are not read again (and are part of the answer)."""
    known = dict(known or {})
    parents = sorted(({f.parent for f in items if f.parent} | set(extra)) - set(known))
    if not parents:
        return known
    return known | {r.id: r.cluster_id for r in conn.execute(_ROW_IDS, {"ids": parents})}


def _same_parent(a: EventFacts, b: EventFacts, parent_cluster: dict[int, int]) -> bool:
    return (a.parent is None or b.parent is None
            or parent_cluster.get(a.parent) == parent_cluster.get(b.parent))


def regroup(items: list[EventFacts], parent_cluster: dict[int, int]) -> list[list[EventFacts]]:
    """Clusters of ``items``, built one report at a time in the order of their content
    (publication date, document, event id within the document): a report joins every
    group with a member it matches and no member it contradicts (another edition, other
    countries, dates that cannot meet, another programme), and groups that contradict
    each other are not merged — an undated «фестиваль "Шабыт"» must not chain the XV and
    XVI editions."""
    groups: list[list[EventFacts]] = []
    for item in sorted(items, key=_content_order):
        _place(groups, item, parent_cluster)
    return groups


def _unlike(items: list[EventFacts], parent_cluster: dict[int, int]) -> list[EventFacts]:
    """One report of each kind :func:`_contradict` tells apart: reports alike in all it
    reads contradict the same reports, and an event with thirty reports has few kinds."""
    kinds = {(_kind(f), None if f.parent is None else parent_cluster.get(f.parent, -f.parent)): f
             for f in items}
    return list(kinds.values())


_KINDS: dict[int, tuple[EventFacts, tuple[Any, ...]]] = {}


def _kind(f: EventFacts) -> tuple[Any, ...]:
    """What :func:`conflict` reads of a report, remembered for the facts object."""
    known = _KINDS.get(f.id)
    if known is not None and known[0] is f:
        return known[1]
    kind = (type_group(f.type), f.country, f.countries, (f.city or "").casefold(), f.start,
            f.end, f.status, f.published, f.title)
    if len(_KINDS) > _FACTS_LIMIT:
        _KINDS.clear()
    _KINDS[f.id] = (f, kind)
    return kind


def _content_order(f: EventFacts) -> tuple[str, str]:
    """The order :func:`regroup` reads reports in: publication date, document, event."""
    return f.published or "", f.key


def _place(groups: list[list[EventFacts]], item: EventFacts,
           parent_cluster: dict[int, int]) -> None:
    """One step of :func:`regroup`: ``item`` joins (and merges) the groups it fits."""
    fits = [g for g in groups
            if not any(_contradict(item, x, parent_cluster) for x in g)
            and any(_match(item, x, parent_cluster) for x in g)]
    target: list[EventFacts] | None = None
    for g in fits:
        if target is None:
            target = g
        elif not any(_contradict(x, y, parent_cluster) for x in target for y in g):
            target.extend(g)
            groups.remove(g)
    if target is None:
        groups.append([item])
    else:
        target.append(item)


def _agrees(mine: EventFacts, other: EventFacts, parent_cluster: dict[int, int]) -> bool:
    """:func:`same_event` for a pair already known to be free of :func:`conflict`."""
    return linked(mine, other, _same_parent(mine, other, parent_cluster))


def singleton(conn: Connection, event_id: int) -> None:
    """Make stored event ``event_id`` a cluster of its own, without looking for others."""
    conn.execute(_SET_CLUSTER, {"event": event_id, "cluster": event_id,
                                "component": event_id})
    recanonical(conn, event_id)


def _member(f: EventFacts, place_id: int | None, countries: tuple[str, ...]) -> _Member:
    return _Member(f.id, f.type, f.title, f.start, f.end, f.status, f.venue, f.city,
                   f.country, place_id, countries, f.parent, f.published,
                   f.key.split("\x00", 1)[0])


def _members(conn: Connection, cluster_id: int, ids: Iterable[int] | None) -> list[_Member]:
    """The members of a cluster, by id: from memory when the caller knows their ``ids``
    (and has just checked them with :func:`load_facts`), else read."""
    if ids is not None:
        url = str(conn.engine.url)
        hits = [_FACTS.get((url, i)) for i in sorted(ids)]
        if all(hit is not None for hit in hits):
            return [hit.member for hit in hits if hit is not None]
    return [_Member(r.id, r.type, r.title, r.start, r.end, r.status, r.venue, r.city,
                    r.country, r.place_id, tuple(json.loads(r.countries)), r.parent_id,
                    r.published, r.doc_id)
            for r in conn.execute(_MEMBERS, {"cluster": cluster_id})]


def recanonical(conn: Connection, cluster_id: int, ids: Iterable[int] | None = None) -> None:
    """Write the canonical record of a cluster from all its members (``ids``: their
    event ids, when the caller knows them).

    - dates: the most precise report; among equally precise ones the latest held
      report (what happened beats what was planned), then the latest report;
    - status: the latest report's, by publication date (a planned event later reported
      held is held; a cancellation reported after the announcement wins); every report's
      status stays with the report (the store reads the history from them);
    - type, title, venue, city, country: the most frequent value, ties to the earliest
      report; countries: the union."""
    rows = _members(conn, cluster_id, ids)
    if not rows:
        conn.execute(_DELETE_CLUSTER, {"cluster": cluster_id})
        return
    by_time = sorted(rows, key=lambda r: (r.published or "", r.id))
    dated = max(rows, key=lambda r: (_PRECISION.get(len(r.start or ""), 0)
                                     if not (r.start or "").startswith("--") else 0.5,
                                     r.status == "held", r.published or "", -r.id))
    known = [r for r in by_time if r.status != "unknown"]
    status = known[-1].status if known else "unknown"
    countries = list(dict.fromkeys(code for r in rows for code in r.countries))
    parent_event = next((r.parent_id for r in rows if r.parent_id), None)
    parent = conn.execute(_CLUSTER_OF, {"event": parent_event}).scalar_one_or_none() \
        if parent_event else None
    place = _common([(r.city, r.country, r.place_id) for r in rows if r.city or r.country])
    values = {
        "type": _common([r.type for r in rows]),
        "title": _common([r.title for r in rows]),
        "start": dated.start, "end": dated.end, "status": status,
        "venue": _common([r.venue for r in rows if r.venue]),
        "city": place[0] if place else None, "country": place[1] if place else None,
        "place_id": place[2] if place else None,
        "countries": json.dumps(countries), "parent_id": parent, "sources": len(rows),
    }
    conn.execute(_upsert_cluster(conn.dialect.name), {"id": cluster_id, **values})


@cache
def _upsert_cluster(dialect: str) -> Any:
    """INSERT … ON CONFLICT (id) DO UPDATE: one statement where a DELETE and an INSERT
    were two, for the record written on every report stored."""
    made = (pg_dialect if dialect == "postgresql" else sqlite_dialect).insert(clusters)
    return made.on_conflict_do_update(
        index_elements=[clusters.c.id],
        set_={c.name: made.excluded[c.name] for c in clusters.c if c.name != "id"})


def _common(values: list[Any]) -> Any:
    """The most frequent value, ties to the one seen first."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


# -- re-clustering -------------------------------------------------------------------

def recluster(conn: Connection, insert: Insert,
              progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Link every participant and cluster every event again from scratch, in storage
    order, exactly as ingesting the documents one by one would; the same database gives
    the same result every time. Returns the number of entities and clusters."""
    forget_facts()
    rows = conn.execute(select(event_participants.c.id, event_participants.c.name,
                               event_participants.c.kind)
                        .order_by(event_participants.c.event_id,
                                  event_participants.c.position)).all()
    old = set(conn.execute(select(entities.c.id)).scalars())
    conn.execute(delete(entity_keys))
    conn.execute(delete(entity_names))
    # the old rows stay (participants point at them) under names no lookup finds
    conn.execute(update(entities).values(
        name_fold=literal("\x00old:", Text) + cast(entities.c.id, Text)))
    event_ids = list(conn.execute(select(events.c.id).order_by(
        events.c.document_id, events.c.parent_id.is_not(None), events.c.id)).scalars())
    total = len(rows) + len(event_ids)
    done = 0
    for row in rows:
        entity_id = link_entity(conn, insert, row.name, row.kind)
        conn.execute(update(event_participants).where(event_participants.c.id == row.id)
                     .values(entity_id=entity_id))
        done += 1
        if progress and done % 200 == 0:
            progress(done, total)
    if old:
        conn.execute(delete(entities).where(entities.c.id.in_(sorted(old))))
    conn.execute(delete(event_blocks))
    conn.execute(delete(clusters))
    conn.execute(update(events).values(cluster_id=None, component_id=None))
    for event_id in event_ids:
        cluster_event(conn, event_id)
        done += 1
        if progress and done % 200 == 0:
            progress(done, total)
    if progress:
        progress(total, total)
    return {"entities": conn.execute(select(func.count()).select_from(entities)).scalar_one(),
            "clusters": conn.execute(select(func.count()).select_from(clusters)).scalar_one()}

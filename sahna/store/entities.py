"""Linking participants' names to entities, across spellings, scripts and documents.

A new name joins an entity only when it is compatible with every name that entity
already has (:func:`sahna.link.names.same_entity`), so «А. Балаева» never chains «Аида
Балаева» to «Айгерим Балаева»; candidates are found through the blocking keys of names
(``entity_keys``). When a name fits two entities that fit each other, they merge, which
changes the participants of stored events: the cluster memory is told
(:meth:`ClusterMemory.entity_merged`), since the facts it holds name the entity that is
gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection

from sahna.link.names import entity_keys as name_keys
from sahna.link.names import same_entity
from sahna.store.memory import ClusterMemory
from sahna.store.query import fold
from sahna.store.schema import entities, entity_keys, entity_names, event_participants

Insert = Callable[[Any], Any]  # the dialect's INSERT with ON CONFLICT (Database.insert)
_GROUPISH = ("group", "org")

_KNOWN_NAME = (select(entity_names.c.entity_id)
               .join(entities, entities.c.id == entity_names.c.entity_id)
               .where(entity_names.c.name_fold == bindparam("fold"),
                      entities.c.kind.in_(bindparam("kinds", expanding=True)))
               .order_by(entity_names.c.entity_id)
               .add_columns(entity_names.c.name))


def link_entity(conn: Connection, insert: Insert, memory: ClusterMemory, name: str,
                kind: str, fuzzy: bool = True) -> int:
    """The entity ``name`` (a participant of ``kind``) stands for, created if new;
    without ``fuzzy`` only a name spelled alike (case aside) links. ``memory``: the
    cluster memory of the store, told when two entities merge."""
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
                _merge_entities(conn, insert, memory, target, other)
        _rename(conn, target, name)
    else:
        made = conn.execute(insert(entities).values(name=name, name_fold=key, kind=kind)
                            .on_conflict_do_nothing(index_elements=["name_fold", "kind"])
                            .returning(entities.c.id)).scalar_one_or_none()
        if made is None:  # the same name under a kind of the other group
            made = conn.execute(select(entities.c.id).where(
                entities.c.name_fold == key, entities.c.kind == kind)).scalar_one()
        target = made
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


def _merge_entities(conn: Connection, insert: Insert, memory: ClusterMemory, target: int,
                    other: int) -> None:
    """Fold entity ``other`` into ``target``: its names, keys and participations."""
    memory.entity_merged()
    conn.execute(update(event_participants).where(event_participants.c.entity_id == other)
                 .values(entity_id=target))
    kind = conn.execute(select(entities.c.kind).where(entities.c.id == other)).scalar_one()
    for name in names_of(conn, [other])[other]:
        _add_name(conn, insert, target, name, kind)
    conn.execute(delete(entity_names).where(entity_names.c.entity_id == other))
    conn.execute(delete(entity_keys).where(entity_keys.c.entity_id == other))
    conn.execute(delete(entities).where(entities.c.id == other))

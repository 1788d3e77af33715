"""Clusters of reports of one event and entities linked across documents, as the store
builds them on ingest: every matching rule, every near-miss, planned-then-held history,
order independence and re-clustering. Documents are built by hand (no NLP) so that each
test states exactly what two outlets reported."""

from __future__ import annotations

import itertools
import json
import random

import pytest
import sqlalchemy as sa
from pgserver import start_server

from sahna.document import Document, Event, Participant
from sahna.link.events import same_event
from sahna.store import EventQuery, open_store

_COUNTER = itertools.count()


def doc(doc_id: str, lang: str, published: str, *events: Event) -> Document:
    made = Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=f"raw {doc_id}",
                    text=f"text {doc_id}", lang=lang, published=published)
    made.events = list(events)
    return made


def ev(local_id: str = "e1", type_: str = "concert", title: str = "Концерт", **fields
       ) -> Event:
    fields.setdefault("evidence", [f"{title}."])
    people = fields.pop("people", [])
    return Event(local_id, type_, title, participants=[Participant(*p) for p in people],
                 **fields)


def person(name: str, role: str = "performer") -> tuple[str, str, str]:
    return (name, "person", role)


def partition(store) -> set[frozenset[tuple[str, str]]]:
    """The clusters as sets of (doc_id, local_id): ids differ between databases."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT d.doc_id, e.local_id, e.cluster_id FROM events e "
            "JOIN documents d ON d.id = e.document_id")).all()
    groups: dict[int, set[tuple[str, str]]] = {}
    for doc_id, local_id, cluster in rows:
        groups.setdefault(cluster, set()).add((doc_id, local_id))
    return {frozenset(g) for g in groups.values()}


def clustered(tmp_path, *docs: Document) -> set[frozenset[tuple[str, str]]]:
    with open_store(str(tmp_path / f"c{next(_COUNTER)}.db")) as store:
        for item in docs:
            assert store.add(item)
        return partition(store)


def together(parts, *keys) -> bool:
    return any(all(k in group for k in keys) for group in parts)


# -- the rules, one by one ------------------------------------------------------------

def planned_days() -> Document:
    return doc("ru-plan", "ru", "2025-11-20", ev(
        "e1", "culture_days", "Дни культуры Казахстана в Азербайджане", start="2025-12-02",
        end="2025-12-05", status="planned", city="Baku", country="AZ", countries=["KZ", "AZ"]))


def held_days() -> Document:
    return doc("en-held", "en", "2025-12-06", ev(
        "e1", "culture_days", "Days of Kazakh Culture in Baku", start="2025-12-02",
        end="2025-12-04", status="held", city="Baku", country="AZ", countries=["KZ"]))


def test_planned_and_held_reports_in_two_languages_are_one_event(tmp_path):
    parts = clustered(tmp_path, planned_days(), held_days())
    assert together(parts, ("ru-plan", "e1"), ("en-held", "e1"))


def test_a_month_matches_its_days_and_a_year_its_months(tmp_path):
    month = doc("kk-month", "kk", "2025-11-01", ev(
        "e1", "culture_days", "Қазақ мәдениеті күндері", start="2025-12", status="planned",
        city="Baku", country="AZ", countries=["KZ", "AZ"]))
    year = doc("ru-year", "ru", "2025-01-10", ev(
        "e1", "culture_days", "Дни казахской культуры", start="2025", status="planned",
        city="Baku", country="AZ", countries=["KZ", "AZ"]))
    parts = clustered(tmp_path, month, held_days(), year)
    assert together(parts, ("kk-month", "e1"), ("en-held", "e1"), ("ru-year", "e1"))


def test_the_same_festival_in_two_years_stays_two(tmp_path):
    a = doc("a", "ru", "2024-06-20", ev("e1", "festival", "Фестиваль «Шабыт»",
                                        start="2024-06-15", status="held", city="Astana",
                                        country="KZ"))
    b = doc("b", "en", "2025-06-20", ev("e1", "festival", "Shabyt festival",
                                        start="2025-06-14", status="held", city="Astana",
                                        country="KZ"))
    c = doc("c", "ru", "2025-06-01", ev("e1", "festival", "XV фестиваль «Шабыт»",
                                        status="planned", city="Astana", country="KZ"))
    d = doc("d", "ru", "2025-06-02", ev("e1", "festival", "XVI фестиваль «Шабыт»",
                                        status="planned", city="Astana", country="KZ"))
    parts = clustered(tmp_path, a, b, c, d)
    assert not together(parts, ("a", "e1"), ("b", "e1"))
    assert not together(parts, ("c", "e1"), ("d", "e1"))  # edition numbers differ
    assert together(parts, ("b", "e1"), ("c", "e1"))  # same title, undated but planned


def test_culture_days_of_one_country_in_two_countries_stay_two(tmp_path):
    tashkent = doc("ru-tas", "ru", "2025-11-21", ev(
        "e1", "culture_days", "Дни культуры Казахстана в Узбекистане", start="2025-12-02",
        end="2025-12-05", status="planned", city="Tashkent", country="UZ",
        countries=["KZ", "UZ"]))
    parts = clustered(tmp_path, planned_days(), tashkent)
    assert not together(parts, ("ru-plan", "e1"), ("ru-tas", "e1"))


def test_culture_days_of_two_countries_in_one_city_stay_two(tmp_path):
    uzbek = doc("ru-uz", "ru", "2025-11-21", ev(
        "e1", "culture_days", "Дни культуры Узбекистана в Азербайджане", start="2025-12-03",
        end="2025-12-06", status="planned", city="Baku", country="AZ", countries=["UZ", "AZ"]))
    parts = clustered(tmp_path, planned_days(), uzbek)
    assert not together(parts, ("ru-plan", "e1"), ("ru-uz", "e1"))


def test_two_concerts_in_one_city_on_one_day_stay_two(tmp_path):
    a = doc("a", "ru", "2025-03-02", ev(
        "e1", "concert", "Концерт оркестра «Отырар сазы»", start="2025-03-01", status="held",
        city="Almaty", country="KZ", venue="Казахская государственная филармония",
        people=[("оркестр «Отырар сазы»", "group", "performer")]))
    b = doc("b", "ru", "2025-03-02", ev(
        "e1", "concert", "Джазовый концерт Нурлана Оспанова", start="2025-03-01",
        status="held", city="Almaty", country="KZ", venue="Дворец Республики",
        people=[person("Нурлан Оспанов")]))
    parts = clustered(tmp_path, a, b)
    assert not together(parts, ("a", "e1"), ("b", "e1"))


def test_a_concert_matches_by_title_across_scripts(tmp_path):
    a = doc("a", "ru", "2025-03-02", ev(
        "e1", "concert", "Концерт оркестра «Отырар сазы»", start="2025-03-01", status="held",
        city="Almaty", country="KZ"))
    b = doc("b", "en", "2025-02-20", ev(
        "e1", "concert", "Otyrar Sazy orchestra concert", start="2025-03-01",
        status="planned", city="Almaty", country="KZ"))
    assert together(clustered(tmp_path, a, b), ("a", "e1"), ("b", "e1"))


def test_a_meeting_matches_by_a_shared_participant_across_languages(tmp_path):
    a = doc("a", "ru", "2025-05-13", ev(
        "e1", "meeting", "Встреча министра культуры с послом", start="2025-05-12",
        status="held", city="Astana", country="KZ",
        people=[person("Аида Балаева", "official")]))
    b = doc("b", "en", "2025-05-12", ev(
        "e1", "meeting", "Talks on cultural cooperation", start="2025-05-12", status="held",
        city="Astana", country="KZ", people=[person("Aida Balayeva", "official")]))
    c = doc("c", "ru", "2025-05-12", ev(
        "e1", "meeting", "Встреча с молодыми музыкантами", start="2025-05-12", status="held",
        city="Astana", country="KZ", people=[person("Айгерим Балаева", "guest")]))
    parts = clustered(tmp_path, a, b, c)
    assert together(parts, ("a", "e1"), ("b", "e1"))
    assert not together(parts, ("a", "e1"), ("c", "e1"))  # same surname, another person


def test_a_different_type_group_or_a_different_city_never_matches(tmp_path):
    a = doc("a", "ru", "2025-05-13", ev(
        "e1", "exhibition", "Выставка «Отырар»", start="2025-05-12", status="held",
        city="Astana", country="KZ"))
    b = doc("b", "ru", "2025-05-13", ev(
        "e1", "concert", "Концерт «Отырар»", start="2025-05-12", status="held",
        city="Astana", country="KZ"))
    c = doc("c", "ru", "2025-05-13", ev(
        "e1", "exhibition", "Выставка «Отырар»", start="2025-05-12", status="held",
        city="Almaty", country="KZ"))
    parts = clustered(tmp_path, a, b, c)
    assert len(parts) == 3


def programme(doc_id: str, lang: str, published: str, days_title: str, gala_title: str,
              city: str = "Baku", start: str = "2025-12-02") -> Document:
    return doc(doc_id, lang, published,
               ev("e1", "culture_days", days_title, start=start, end="2025-12-05",
                  status="planned", city=city, country="AZ", countries=["KZ", "AZ"]),
               ev("e2", "concert", gala_title, start=start, status="planned", city=city,
                  country="AZ", parent="e1"))


def test_programme_parts_merge_only_within_one_programme(tmp_path):
    a = programme("a", "ru", "2025-11-20", "Дни культуры Казахстана", "Гала-концерт")
    b = programme("b", "en", "2025-11-21", "Days of Kazakh Culture", "Gala concert")
    alone = doc("c", "ru", "2025-11-22", ev("e1", "concert", "Гала-концерт",
                                            start="2025-12-02", status="planned",
                                            city="Baku", country="AZ"))
    parts = clustered(tmp_path, a, b, alone)
    assert together(parts, ("a", "e1"), ("b", "e1"))
    assert together(parts, ("a", "e2"), ("b", "e2"))
    assert not together(parts, ("a", "e2"), ("c", "e1"))  # a part never merges a non-part


# -- canonical record and history ------------------------------------------------------

def test_planned_then_held_becomes_held_with_its_history(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        store.add(planned_days())
        [before], _ = store.events(EventQuery())
        assert before["status"] == "planned" and before["sources"] == 1
        store.add(held_days())
        rows, total = store.events(EventQuery())
        assert total == 1
        [after] = rows
        assert after["id"] == before["id"]  # the event page's address stays
        assert after["status"] == "held"
        assert (after["start"], after["end"]) == ("2025-12-02", "2025-12-04")
        assert after["sources"] == 2
        assert [h["status"] for h in after["history"]] == ["planned", "held"]
        assert set(after["countries"]) == {"KZ", "AZ"}
        detail = store.event(after["id"])
        assert [d["doc_id"] for d in detail["documents"]] == ["ru-plan", "en-held"]
        assert detail["documents"][0]["status"] == "planned"
        # a status filter reads the canonical record
        assert store.events(EventQuery(status="planned"))[1] == 0
        assert store.events(EventQuery(status="held"))[1] == 1
        # a language filter finds the event through any of its reports
        assert store.events(EventQuery(lang="ru"))[1] == 1


def test_participants_are_the_union_over_reports_one_per_entity(tmp_path):
    a = doc("a", "ru", "2025-03-02", ev(
        "e1", "concert", "Концерт оркестра «Отырар сазы»", start="2025-03-01",
        status="held", city="Almaty", country="KZ",
        people=[person("Аида Балаева", "guest"), ("оркестр «Отырар сазы»", "group", "performer")]))
    b = doc("b", "en", "2025-03-02", ev(
        "e1", "concert", "Otyrar Sazy concert", start="2025-03-01", status="held",
        city="Almaty", country="KZ",
        people=[person("Aida Balayeva", "guest"), person("Yerlan Abdrakhmanov")]))
    with open_store(str(tmp_path / "s.db")) as store:
        store.add(a)
        store.add(b)
        [row], total = store.events(EventQuery())
        assert total == 1
        names = [p["name"] for p in row["participants"]]
        assert names == ["Аида Балаева", "оркестр «Отырар сазы»", "Yerlan Abdrakhmanov"]


# -- entities --------------------------------------------------------------------------

def test_name_variants_become_one_entity_and_namesakes_stay_apart(tmp_path):
    people = [("Аида Балаева", "a"), ("Балаева А.", "b"), ("Aida Balayeva", "c"),
              ("Айгерим Балаева", "d"), ("А. Балаева", "e")]
    with open_store(str(tmp_path / "s.db")) as store:
        for n, (name, doc_id) in enumerate(people):
            store.add(doc(doc_id, "ru", f"2025-0{n + 1}-01", ev(
                "e1", "meeting", f"Встреча {n}", start=f"2025-0{n + 1}-01", status="held",
                city="Astana", country="KZ", people=[person(name, "official")])))
        rows, _ = store.entities(q="бала")
        by_name = {r["name"]: r for r in rows}
        aida = by_name["Аида Балаева"]
        assert set(aida["variants"]) == {"Аида Балаева", "Балаева А.", "Aida Balayeva",
                                         "А. Балаева"}
        assert aida["event_count"] == 4
        assert by_name["Айгерим Балаева"]["variants"] == ["Айгерим Балаева"]
        assert store.entities(q="Balayeva")[1] == 1


def test_groups_link_across_quotes_scripts_and_word_order(tmp_path):
    names = ["оркестр «Отырар сазы»", "Otyrar Sazy orchestra", "«Отырар сазы» оркестрі"]
    with open_store(str(tmp_path / "s.db")) as store:
        for n, name in enumerate(names):
            store.add(doc(f"d{n}", "ru", f"2025-0{n + 1}-01", ev(
                "e1", "concert", f"Концерт {n}", start=f"2025-0{n + 1}-01", status="held",
                city="Astana", country="KZ", people=[(name, "group", "performer")])))
        rows, total = store.entities()
        assert total == 1
        assert set(rows[0]["variants"]) == set(names)


# -- order and re-clustering -------------------------------------------------------------

def corpus() -> list[Document]:
    return [
        planned_days(), held_days(),
        programme("p1", "ru", "2025-11-19", "Дни культуры Казахстана", "Гала-концерт"),
        doc("m1", "ru", "2025-05-13", ev(
            "e1", "meeting", "Встреча министра", start="2025-05-12", status="held",
            city="Astana", country="KZ", people=[person("Аида Балаева", "official")])),
        doc("m2", "en", "2025-05-12", ev(
            "e1", "meeting", "Talks", start="2025-05-12", status="held", city="Astana",
            country="KZ", people=[person("Balayeva Aida", "official")])),
        doc("m3", "kk", "2025-05-12", ev(
            "e1", "meeting", "Кездесу", start="2025-05-12", status="held", city="Astana",
            country="KZ", people=[person("Айгерим Балаева", "guest")])),
        doc("f1", "ru", "2024-06-20", ev("e1", "festival", "Фестиваль «Шабыт»",
                                         start="2024-06-15", status="held", city="Astana",
                                         country="KZ")),
        doc("f2", "en", "2025-06-20", ev("e1", "festival", "Shabyt festival",
                                         start="2025-06-14", status="held", city="Astana",
                                         country="KZ")),
    ]


@pytest.fixture(scope="module")
def postgres_server():
    yield from start_server()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_any_ingest_order_gives_the_same_clusters(tmp_path, request, backend):
    docs = corpus()
    orders = [docs, list(reversed(docs)), docs[3:] + docs[:3]]
    results = []
    for n, order in enumerate(orders):
        if backend == "sqlite":
            where = str(tmp_path / f"o{n}.db")
        else:
            where = request.getfixturevalue("postgres_server").new_database()
        with open_store(where) as store:
            for item in order:
                store.add(item)
            results.append((partition(store), store.counts()["entities"]))
    assert results[0] == results[1] == results[2]
    parts = results[0][0]
    assert together(parts, ("ru-plan", "e1"), ("en-held", "e1"), ("p1", "e1"))
    assert together(parts, ("m1", "e1"), ("m2", "e1"))
    assert not together(parts, ("m1", "e1"), ("m3", "e1"))
    assert not together(parts, ("f1", "e1"), ("f2", "e1"))


def test_evidence_signatures_share_a_bit_whenever_keys_are_shared():
    from sahna.store.candidates import clue_bits

    a, b = {"t:shabyt", "t:C:KZ", "v:opera"}, {"t:shabyt", "P:Almaty"}
    assert clue_bits(a) & clue_bits(b)
    assert clue_bits(a) == clue_bits(sorted(a, reverse=True))  # order and process free
    assert 0 < clue_bits(a) < 2 ** 62  # fits a signed 64-bit column, beside one flag
    assert clue_bits([]) == 0
    words = [f"t:word{n}" for n in range(1000)]
    assert len({clue_bits([w]) for w in words}) == 62  # the keys spread over every bit


def tangled_reports(count: int, seed: int) -> list[Document]:
    """Reports of a few festivals, editions and concerts in one city, many undated or
    known only to their year, so that components hold several contradicting clusters
    (the XV and XVI editions, two years) that undated reports link."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        kind, title = rng.choice([
            ("festival", "Фестиваль «Шабыт»"), ("festival", "XV фестиваль «Шабыт»"),
            ("festival", "XVI фестиваль «Шабыт»"), ("festival", "Shabyt festival"),
            ("concert", "Концерт «Шабыт»"), ("concert", "Shabyt gala concert")])
        year = rng.choice(["2024", "2025"])
        start = rng.choice([None, year, f"{year}-06", f"{year}-06-{rng.randint(10, 14)}"])
        published = f"{year}-0{rng.randint(5, 7)}-{rng.randint(10, 28)}"
        out.append(doc(f"r{n:02d}", "en" if title.isascii() else "ru", published, ev(
            "e1", kind, title, start=start, status=rng.choice(["held", "planned"]),
            city="Astana", country="KZ")))
    return out


def test_contradicting_clusters_in_one_component_come_out_the_same_in_any_order(tmp_path):
    """Whether a report is placed alone (it comes last in content order), joins one
    cluster, or makes the component regroup from scratch, the clusters are those of
    reading every report in content order."""
    docs = tangled_reports(36, seed=4)
    by_time = sorted(docs, key=lambda d: (d.published, d.doc_id))
    rng = random.Random(1)
    orders = [by_time, list(reversed(by_time)), rng.sample(docs, len(docs)),
              rng.sample(docs, len(docs))]
    results = []
    for n, order in enumerate(orders):
        with open_store(str(tmp_path / f"t{n}.db")) as store:
            for item in order:
                store.add(item)
            results.append(partition(store))
            if n == 0:
                store.recluster()
                assert partition(store) == results[0]
    assert all(r == results[0] for r in results)
    sizes = sorted(len(group) for group in results[0])
    assert len(sizes) >= 3 and sizes[-1] >= 4  # several clusters, some of many reports


def varied_reports(count: int, seed: int) -> list[Document]:
    """Reports that differ in everything blocking looks at: type, city or none, country
    or only the countries taking part, dates of every precision or none, titles in two
    scripts, venues and performers."""
    rng = random.Random(seed)
    titles = [("concert", "Концерт «Шабыт»"), ("concert", "Shabyt concert"),
              ("concert", "Вечер «Отырар сазы»"), ("stage", "Otyrar Sazy evening"),
              ("festival", "Фестиваль «Дала»"), ("festival", "Dala festival"),
              ("culture_days", "Дни культуры Казахстана"), ("culture_days", "Days of culture"),
              ("meeting", "Встреча"), ("meeting", "Talks"), ("exhibition", "Выставка")]
    places = [("Almaty", "KZ"), ("Astana", "KZ"), (None, "KZ"), ("Baku", "AZ"),
              (None, None)]
    out = []
    for n in range(count):
        kind, title = rng.choice(titles)
        city, country = rng.choice(places)
        year = rng.choice(["2024", "2025"])
        month = rng.choice(["04", "05"])
        start = rng.choice([None, year, f"{year}-{month}", f"{year}-{month}-1{rng.randint(0, 3)}",
                            f"--{month}-12"])
        people = rng.sample([person("Аида Балаева"), person("Aida Balayeva"),
                             person("Ерлан Муратов"), person("Айгерим Сапарова")],
                            rng.randint(0, 1))
        out.append(doc(f"v{n:02d}", "en" if title.isascii() else "ru",
                       rng.choice([None, f"{year}-{month}-2{rng.randint(0, 8)}"]), ev(
            "e1", kind, title, start=start, status=rng.choice(["held", "planned", "unknown"]),
            city=city, country=country,
            countries=rng.choice([[], ["KZ"], ["KZ", "AZ"]]),
            venue=rng.choice([None, None, "Дворец Республики", "Palace of the Republic"]),
            people=people)))
    return out


def test_blocking_and_evidence_signatures_lose_no_match(tmp_path):
    """The clusters the store builds through its candidate lookup (city keys, evidence
    signatures, a component examined only until one report links) are the clusters of
    asking the rule about every pair of reports and regrouping each component."""
    from sahna.store.clusters import regroup
    from sahna.store.memory import ClusterMemory, load_facts

    docs = varied_reports(120, seed=6)
    with open_store(str(tmp_path / "v.db")) as store:
        for item in random.Random(2).sample(docs, len(docs)):
            store.add(item)
        stored = partition(store)
        memory = ClusterMemory()  # empty: every fact is read back from the database
        with store.engine.connect() as conn:
            ids = list(conn.execute(sa.text("SELECT id FROM events")).scalars())
            every = [f for f, _ in load_facts(conn, memory, ids).values()]
            names = {r.id: (r.doc_id, r.local_id) for r in conn.execute(sa.text(
                "SELECT e.id, d.doc_id, e.local_id FROM events e "
                "JOIN documents d ON d.id = e.document_id"))}
    component = {f.id: f.id for f in every}

    def root(i: int) -> int:
        while component[i] != i:
            i = component[i]
        return i

    for a, b in itertools.combinations(every, 2):
        if same_event(a, b):
            component[root(a.id)] = root(b.id)
    groups: dict[int, list] = {}
    for f in every:
        groups.setdefault(root(f.id), []).append(f)
    expected = {frozenset(names[f.id] for f in cluster)
                for group in groups.values() for cluster in regroup(group, {}, memory)}
    assert stored == expected
    assert sum(len(c) > 1 for c in expected) >= 10  # many reports do match


def test_two_stores_in_one_process_share_no_memory(tmp_path):
    """Each store remembers only its own events (the same ids name other events in
    another database): ingesting into one leaves the other's memory empty, a rollback in
    one forgets only its own memory, and each clusters as if it were alone."""
    tangled = tangled_reports(16, seed=4)
    alone = clustered(tmp_path, *corpus()), clustered(tmp_path, *tangled)
    with open_store(str(tmp_path / "a.db")) as a, open_store(str(tmp_path / "b.db")) as b:
        for item in corpus():
            assert a.add(item)
        assert a.memory.facts and a.memory.pairs
        assert not (b.memory.facts or b.memory.light or b.memory.pairs or b.memory.kinds)
        mine = dict(a.memory.facts)
        for item in tangled:  # event ids 1, 2, ... again, in another database
            assert b.add(item)
        assert a.memory.facts == mine
        theirs = dict(b.memory.facts)
        assert theirs.keys() & mine.keys()
        bad = doc("bad", "ru", "2025-01-01", ev("e1"), ev("e1"))  # duplicate local id
        with pytest.raises(sa.exc.IntegrityError):
            a.add(bad)
        assert not (a.memory.facts or a.memory.pairs)  # forgotten with the rollback
        assert b.memory.facts == theirs
        assert (partition(a), partition(b)) == alone


def test_recluster_rebuilds_the_same_clusters_and_is_idempotent(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        for item in corpus():
            store.add(item)
        fresh, counts = partition(store), store.counts()
        store.recluster()
        assert partition(store) == fresh
        assert store.counts() == counts
        store.recluster()
        assert partition(store) == fresh and store.counts() == counts
        rows, total = store.events(EventQuery(), limit=100)
        assert total == len(rows) == counts["clusters"] == len(fresh)


def test_a_database_from_before_clustering_is_clustered_by_recluster(tmp_path):
    from alembic import command

    from sahna.store.migrate import alembic_config

    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        for item in corpus():
            store.add(item)
        fresh = partition(store)
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0002")
    with open_store(str(path)) as store:  # migrated again: each event its own cluster
        assert len(partition(store)) == store.counts()["events"]
        assert store.events(EventQuery())[1] == store.counts()["events"]
        store.recluster()
        assert partition(store) == fresh


def test_a_database_keyed_before_0004_finds_its_old_events_for_new_reports(tmp_path):
    """Migration 0004 computes the city blocking keys and evidence keys of every stored
    event, so a report arriving after the upgrade joins the events stored before it."""
    from alembic import command

    from sahna.store.migrate import alembic_config

    items = [*corpus(),  # and two reports that only their titles link
             doc("c1", "ru", "2025-05-02", ev("e1", "concert", "Концерт «Шабыт»",
                                             start="2025-05-10", city="Almaty", country="KZ")),
             doc("c2", "en", "2025-05-11", ev("e1", "concert", "Shabyt concert",
                                             start="2025-05-10", city="Almaty", country="KZ"))]
    late = ("en-held", "m2", "c2")  # each matches a report stored before the upgrade
    with open_store(str(tmp_path / "all.db")) as store:
        for item in items:
            store.add(item)
        expected = partition(store)
    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        for item in items:
            if item.doc_id not in late:
                store.add(item)
        before = partition(store)
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
            keys = conn.execute(sa.text("SELECT key FROM event_blocks")).scalars().all()
            assert keys and all(key.count("|") == 2 for key in keys)  # country keys only
            histories = [json.loads(h) for h in conn.execute(sa.text(
                "SELECT history FROM clusters")).scalars()]  # written back for 0003
            assert sorted(h["event_id"] for items in histories for h in items) == sorted(
                conn.execute(sa.text("SELECT id FROM events")).scalars())
    with open_store(str(path)) as store:
        assert partition(store) == before
        for item in items:
            if item.doc_id in late:
                store.add(item)
        assert partition(store) == expected
        assert together(expected, ("ru-plan", "e1"), ("en-held", "e1"))
        assert together(expected, ("m1", "e1"), ("m2", "e1"))
        assert together(expected, ("c1", "e1"), ("c2", "e1"))


# -- what users see ----------------------------------------------------------------------

def test_api_lists_one_entry_per_cluster_and_exports_one_row(tmp_path):
    from fastapi.testclient import TestClient

    from sahna.app import create_app

    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        store.add(planned_days())
        store.add(held_days())
    client = TestClient(create_app(path))
    page = client.get("/api/events").json()
    assert page["total"] == 1 and page["items"][0]["sources"] == 2
    detail = client.get(f"/api/events/{page['items'][0]['id']}").json()
    assert [d["doc_id"] for d in detail["documents"]] == ["ru-plan", "en-held"]
    csv_text = client.get("/events.csv").text
    assert len([line for line in csv_text.splitlines() if line.strip()]) == 2  # header + 1
    html = client.get(f"/events/{page['items'][0]['id']}?hl=en").text
    assert "2 sources" in html and "Days of Kazakh Culture in Baku" in html


def test_recluster_command_reports_and_changes_nothing_twice(tmp_path):
    from typer.testing import CliRunner

    from sahna.cli import app

    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        for item in corpus():
            store.add(item)
        fresh = partition(store)
    for _ in range(2):
        result = CliRunner().invoke(app, ["recluster", "--db", path])
        assert result.exit_code == 0, result.output
        assert f"{len(fresh)} events (clusters)" in result.output
    with open_store(path) as store:
        assert partition(store) == fresh

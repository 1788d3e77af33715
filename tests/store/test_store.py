"""The store, run against SQLite and a real PostgreSQL server with the same tests."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pgserver import start_server

from sahna.contract import SCALAR_SLOTS
from sahna.document import Document, Event, Participant
from sahna.store import EventQuery, LegacyDatabaseError, open_store
from sahna.store.schema import metadata

ORALOV = Participant("Асхат Оралов", "person", "official")
NURLANOVA = Participant("Алия Нурланова", "person", "performer")


def corpus() -> list[Document]:
    """Four documents: culture days with a part, a tour and a yearless meeting, a
    Kazakh festival and exhibition, and a document without events."""
    d1 = Document(doc_id="ru-days", source="ru-days.txt", raw="raw 1", text="text 1",
                  lang="ru", published="2025-03-01", title="Дни культуры",
                  url="https://www.example.kz/news/1")
    d1.events = [
        Event("e1", "culture_days", "Дни казахской культуры в Азербайджане",
              start="2025-04-25", end="2025-04-28", status="planned", city="Baku",
              country="AZ", countries=["KZ", "AZ"], participants=[ORALOV],
              evidence=["С 25 по 28 апреля в Баку пройдут Дни казахской культуры."]),
        Event("e2", "concert", "Гала-концерт", status="planned", city="Baku", country="AZ",
              participants=[Participant("ансамбль «Самал»", "group", "performer"), NURLANOVA],
              parent="e1", evidence=["Откроет программу гала-концерт."]),
    ]
    d2 = Document(doc_id="en-tour", source="dump.jsonl:1", raw="raw 2", text="text 2",
                  lang="en", published="2025-09-01", title="Orchestra to tour")
    d2.events = [
        Event("e1", "tour", "Otrar Sazy tour of Uzbekistan", start="2025-10-03",
              end="2025-10-06", status="planned", country="UZ", countries=["KZ", "UZ"],
              participants=[Participant("Otrar Sazy", "group", "performer")],
              evidence=["The Otrar Sazy orchestra will tour Uzbekistan (Tashkent, Samarkand)."]),
        Event("e2", "meeting", "Meeting of culture ministers", start="--05-12",
              status="held", city="Astana", country="KZ", countries=["KZ", "UZ"],
              participants=[ORALOV], evidence=["The ministers met in Astana on 12 May."]),
    ]
    d3 = Document(doc_id="kk-fest", source="kk-fest.txt", raw="raw 3", text="text 3",
                  lang="kk", published="2024-12-01")
    d3.events = [
        Event("e1", "festival", "Ұлы дала фестивалі", start="2024", status="held",
              city="Shymkent", country="KZ",
              participants=[Participant("АЛИЯ НУРЛАНОВА", "person", "performer"),
                            Participant("Министерство культуры", "org", "organizer")],
              evidence=["Шымкентте «Ұлы дала» фестивалі өтті."]),
        Event("e2", "exhibition", "Көрме", start="2024-12", status="ongoing", city="Almaty",
              country="KZ", evidence=["Алматыда көрме ашылды."]),
    ]
    d4 = Document(doc_id="empty", source="empty.txt", raw="raw 4", text="text 4", lang="ru")
    return [d1, d2, d3, d4]


@pytest.fixture(scope="session")
def postgres_server():
    yield from start_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> str:
    """Where a fresh store lives: a SQLite file, or a new database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def store(db):
    with open_store(db) as opened:
        for doc in corpus():
            assert opened.add(doc)
        yield opened


def keys(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["doc_id"], r["local_id"]) for r in rows]


def found(store, **filters) -> set[tuple[str, str]]:
    rows, total = store.events(EventQuery(**filters), limit=1000)
    assert total == len(rows)
    return set(keys(rows))


def test_fresh_database_is_migrated(db):
    with open_store(db) as store:
        with store.engine.connect() as conn:
            tables = set(sa.inspect(conn).get_table_names())
            version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
            indexes = {i["name"] for i in sa.inspect(conn).get_indexes("events")}
            if store.dialect == "sqlite":  # the inspector leaves out expression indexes
                indexes |= set(conn.execute(sa.text(
                    "SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
            assert "events_order" in indexes  # migration 0002
            indexes |= {i["name"] for i in sa.inspect(conn).get_indexes("clusters")}
            if store.dialect == "postgresql":
                indexes |= set(conn.execute(sa.text(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'clusters'")).scalars())
            assert "clusters_order" in indexes  # migration 0003
            if store.dialect == "postgresql":
                assert "events_search" in indexes
            else:
                assert "events_fts" in tables
        assert set(metadata.tables) <= tables
        assert version == "0006"
        assert store.counts() == {"documents": 0, "events": 0, "clusters": 0, "entities": 0,
                                  "participants": 0, "places": 0}
    with open_store(db) as again:  # opening an up-to-date database changes nothing
        assert again.counts()["documents"] == 0


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_the_tables_in_schema_py_are_those_the_migrations_make(db):
    """The queries are written against ``schema.py``, which builds the slots' columns
    from the contract; the database is made by the migrations. Both must describe the
    same tables: the same columns, of the same types and nullability, with the same
    keys, the slots in the same order and the other columns too (a slot added later
    comes last in the database, where ALTER TABLE puts it, and among the slots in
    ``schema.py``; nothing reads a column by its position)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with open_store(db) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = []
        for diff in compare_metadata(context, metadata):
            for change in diff if isinstance(diff, list) else [diff]:
                # schema.py leaves out the indexes and the FTS5 index's tables
                if change[0] == "remove_index" or (
                        change[0] == "remove_table" and change[1].name not in metadata.tables):
                    continue
                diffs.append(change)
        assert diffs == []
        inspector = sa.inspect(conn)
        for name, table in metadata.tables.items():
            made = [c["name"] for c in inspector.get_columns(name)]
            described = [c.name for c in table.columns]
            for slots in (True, False):
                assert ([c for c in made if (c in SCALAR_SLOTS) == slots]
                        == [c for c in described if (c in SCALAR_SLOTS) == slots]), name


def test_add_is_idempotent_by_content(store, db):
    counts = store.counts()
    assert counts == {"documents": 4, "events": 6, "clusters": 6, "entities": 5,
                      "participants": 7, "places": 5}
    first = corpus()[0]
    assert store.has(first)
    assert store.add(first) is False
    assert store.counts() == counts
    changed = corpus()[0]
    changed.raw += " (updated)"
    assert not store.has(changed)
    assert store.add(changed) is True
    assert store.counts()["documents"] == 5
    store.close()
    with open_store(db) as reopened:  # data survive closing and reopening
        assert reopened.counts()["documents"] == 5


def test_a_failing_document_leaves_nothing_behind(store):
    before = store.counts()
    doc = Document(doc_id="bad", source="bad.txt", raw="raw bad", text="t", lang="ru")
    doc.events = [Event("e1", "concert", "A", participants=[Participant("New One", "person",
                                                                        "performer")]),
                  Event("e1", "concert", "B")]  # duplicate local id: the schema refuses it
    with pytest.raises(sa.exc.IntegrityError):
        store.add(doc)
    assert store.counts() == before
    assert not store.has(doc)


def test_after_a_rollback_a_new_place_is_made_again(store):
    """The store remembers place ids; the place a rolled-back document made must not be
    remembered, or the next event there would point at a row that does not exist."""
    doc = Document(doc_id="bad", source="bad.txt", raw="raw bad", text="t", lang="ru")
    doc.events = [Event("e1", "concert", "A", city="Taraz", country="KZ"),
                  Event("e1", "concert", "B")]  # duplicate local id: the schema refuses it
    with pytest.raises(sa.exc.IntegrityError):
        store.add(doc)
    good = Document(doc_id="good", source="good.txt", raw="raw good", text="t", lang="ru")
    good.events = [Event("e1", "concert", "C", city="Taraz", country="KZ")]
    assert store.add(good)
    assert any(p["city"] == "Taraz" for p in store.places())


def test_order_and_paging(store):
    rows, total = store.events(EventQuery(), limit=100)
    assert total == 6
    assert [r["start"] for r in rows] == ["2025-10-03", "2025-04-25", "2024-12", "2024",
                                          "--05-12", None]
    pages = []
    for offset in range(0, 6, 4):
        page, page_total = store.events(EventQuery(), offset=offset, limit=4)
        assert page_total == 6
        pages += page
    assert keys(pages) == keys(rows)
    assert store.events(EventQuery(), offset=10)[0] == []
    assert store.events(EventQuery(), limit=0) == ([], 6)


def test_event_rows_carry_contract_fields(store):
    [row], _ = store.events(EventQuery(type="culture_days"))
    assert row["title"] == "Дни казахской культуры в Азербайджане"
    assert row["countries"] == ["KZ", "AZ"] and row["end"] == "2025-04-28"
    assert row["doc_id"] == "ru-days" and row["local_id"] == "e1" and row["lang"] == "ru"
    assert row["url"] == "https://www.example.kz/news/1" and row["source"] == "ru-days.txt"
    assert row["published"] == "2025-03-01" and row["parent"] is None
    assert [(p["name"], p["kind"], p["role"]) for p in row["participants"]] == [
        ("Асхат Оралов", "person", "official")]
    assert isinstance(row["participants"][0]["entity_id"], int)
    assert row["evidence"] == ["С 25 по 28 апреля в Баку пройдут Дни казахской культуры."]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"type": "concert"}, {("ru-days", "e2")}),
    ({"status": "held"}, {("en-tour", "e2"), ("kk-fest", "e1")}),
    ({"city": "baku"}, {("ru-days", "e1"), ("ru-days", "e2")}),
    ({"country": "kz"}, {("en-tour", "e2"), ("kk-fest", "e1"), ("kk-fest", "e2")}),
    ({"countries": ["KZ", "UZ"]}, {("en-tour", "e1"), ("en-tour", "e2")}),
    ({"countries": ["AZ"]}, {("ru-days", "e1"), ("ru-days", "e2")}),  # host counts
    ({"countries": ["AZ", "UZ"]}, set()),
    ({"lang": "kk"}, {("kk-fest", "e1"), ("kk-fest", "e2")}),
    ({"date_from": "2025-04"}, {("ru-days", "e1"), ("en-tour", "e1")}),
    ({"date_from": "2024-06"},  # "2024" is compared as a year: it may be after June
     {("ru-days", "e1"), ("en-tour", "e1"), ("kk-fest", "e1"), ("kk-fest", "e2")}),
    ({"date_to": "2024-12-31"}, {("kk-fest", "e1"), ("kk-fest", "e2")}),
    ({"date_to": "2025-04"}, {("ru-days", "e1"), ("kk-fest", "e1"), ("kk-fest", "e2")}),
    ({"date_from": "2025-04-26", "date_to": "2025-04-27"}, {("ru-days", "e1")}),
    ({"date_from": "2025", "date_to": "2025"}, {("ru-days", "e1"), ("en-tour", "e1")}),
    ({"participant": "нурлан"}, {("ru-days", "e2"), ("kk-fest", "e1")}),
    ({"participant": "ОРАЛОВ", "type": "meeting"}, {("en-tour", "e2")}),
    ({"participant": "100%_"}, set()),
    ({"q": "самал"}, {("ru-days", "e2")}),
    ({"q": "ГАЛА"}, {("ru-days", "e2")}),
    ({"q": "otrar tashk"}, {("en-tour", "e1")}),
    ({"q": "Otrar!!! (tour) AND \"x"}, set()),
    ({"q": "ұлы"}, {("kk-fest", "e1")}),
    ({"q": "казахской"}, {("ru-days", "e1")}),
    ({"q": "Оралов"}, {("ru-days", "e1"), ("en-tour", "e2")}),
    ({"q": "?!", "type": "tour"}, {("en-tour", "e1")}),  # no words: no text filter
    ({"type": "", "city": " "}, None),  # blanks are no filter
])
def test_filters(store, filters, expected):
    if expected is None:
        expected = found(store)
    assert found(store, **filters) == expected


def test_participant_by_entity_id(store):
    [oralov], _ = store.entities(q="Оралов")
    assert found(store, participant=oralov["id"]) == {("ru-days", "e1"), ("en-tour", "e2")}
    assert found(store, participant=str(oralov["id"])) == found(store,
                                                                participant=oralov["id"])


@pytest.mark.parametrize("filters", [
    {"date_from": "March"}, {"date_to": "2025-13"}, {"date_from": "2025-02-30"},
    {"date_from": "--04-25"},
    {"type": "gig"}, {"status": "done"}, {"country": "KAZ"}, {"countries": ["K1"]},
])
def test_bad_filters_raise_value_error(store, filters):
    with pytest.raises(ValueError):
        store.events(EventQuery(**filters))
    with pytest.raises(ValueError):
        store.facets(EventQuery(**filters))


@pytest.mark.parametrize("filters", [
    {"date_from": "2025-05", "date_to": "2025-04"}, {"date_from": "2026", "date_to": "2025-12"},
])
def test_a_reversed_date_range_matches_nothing(store, filters):
    """Each date is valid on its own, so the search is valid and its answer empty."""
    assert store.events(EventQuery(**filters)) == ([], 0)
    assert not any(store.facets(EventQuery(**filters)).values())
    assert store.country_pairs(EventQuery(**filters)) == []


def test_an_id_too_large_for_any_row_is_searched_as_a_name(store):
    huge = str(2**63)
    assert EventQuery(participant=huge).checked().participant == huge
    assert EventQuery(participant="²").checked().participant == "²"
    assert EventQuery(participant=str(2**63 - 1)).checked().participant == 2**63 - 1
    assert store.events(EventQuery(participant=huge)) == ([], 0)


def test_bad_paging_raises_value_error(store):
    with pytest.raises(ValueError, match="offset"):
        store.events(EventQuery(), offset=-1)
    with pytest.raises(ValueError, match="limit"):
        store.entities(limit=-5)


def test_facets(store):
    facets = store.facets(EventQuery())
    assert facets["type"] == {t: 1 for t in ("culture_days", "concert", "tour", "meeting",
                                             "festival", "exhibition")}
    assert facets["city"] == {"Baku": 2, "Astana": 1, "Shymkent": 1, "Almaty": 1}
    assert facets["month"] == {"2025-04": 1, "2025-10": 1, "2024-12": 1}
    assert facets["status"] == {"planned": 3, "held": 2, "ongoing": 1}
    assert facets["country"] == {"KZ": 3, "AZ": 2, "UZ": 1}
    assert next(iter(facets["city"])) == "Baku"  # most frequent first
    narrowed = store.facets(EventQuery(lang="kk"))
    assert narrowed["type"] == {"festival": 1, "exhibition": 1}
    assert narrowed["month"] == {"2024-12": 1}


def test_country_pairs(store):
    assert store.country_pairs(EventQuery()) == [
        {"a": "KZ", "b": "UZ", "events": 2}, {"a": "AZ", "b": "KZ", "events": 1}]
    assert store.country_pairs(EventQuery(type="meeting")) == [
        {"a": "KZ", "b": "UZ", "events": 1}]
    assert store.country_pairs(EventQuery(lang="kk")) == []


def test_places(store):
    assert store.places() == [
        {"city": "Baku", "country": "AZ", "event_count": 2},
        {"city": "Almaty", "country": "KZ", "event_count": 1},
        {"city": "Astana", "country": "KZ", "event_count": 1},
        {"city": "Shymkent", "country": "KZ", "event_count": 1},
        {"city": None, "country": "UZ", "event_count": 1},
    ]


def test_entities(store):
    rows, total = store.entities()
    assert total == 5
    assert [(r["name"], r["event_count"]) for r in rows[:2]] == [
        ("Алия Нурланова", 2), ("Асхат Оралов", 2)]
    alia = rows[0]
    assert alia["kind"] == "person"
    assert alia["variants"] == ["Алия Нурланова", "АЛИЯ НУРЛАНОВА"]
    groups, n = store.entities(kind="group")
    assert n == 2 and {g["name"] for g in groups} == {"ансамбль «Самал»", "Otrar Sazy"}
    assert [r["name"] for r in store.entities(q="нурланова")[0]] == ["Алия Нурланова"]
    assert store.entities(q="министерство", kind="person") == ([], 0)
    page, total = store.entities(offset=1, limit=2)
    assert total == 5 and [r["id"] for r in page] == [r["id"] for r in rows[1:3]]


def test_entity_detail(store):
    [alia], _ = store.entities(q="Алия")
    detail = store.entity(alia["id"])
    assert detail["name"] == "Алия Нурланова" and detail["event_count"] == 2
    assert [(e["doc_id"], e["local_id"], e["role"]) for e in detail["events"]] == [
        ("kk-fest", "e1", "performer"), ("ru-days", "e2", "performer")]
    assert store.entity(10_000) is None


def test_event_detail(store):
    [days], _ = store.events(EventQuery(type="culture_days"))
    [concert], _ = store.events(EventQuery(type="concert"))
    detail = store.event(days["id"])
    assert detail["children"] == [concert["id"]] and detail["parent_id"] is None
    [source] = detail["documents"]
    assert {k: source[k] for k in ("doc_id", "url", "title", "published", "source", "lang",
                                   "local_id", "event_title", "status")} == {
        "doc_id": "ru-days", "url": "https://www.example.kz/news/1", "title": "Дни культуры",
        "published": "2025-03-01", "source": "ru-days.txt", "lang": "ru", "local_id": "e1",
        "event_title": "Дни казахской культуры в Азербайджане", "status": "planned"}
    assert detail["sources"] == 1 and detail["history"][0]["status"] == "planned"
    part = store.event(concert["id"])
    assert part["parent"] == "e1" and part["parent_id"] == days["id"]
    assert part["children"] == []
    assert [p["name"] for p in part["participants"]] == ["ансамбль «Самал»", "Алия Нурланова"]
    assert store.event(10_000) is None


def test_documents_keep_text_site_and_chrome(store):
    with store.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT site, text, removed_lines, content_hash FROM documents"
            " WHERE doc_id = :d"), {"d": "ru-days"}).one()
    assert row.site == "example.kz" and row.text == "text 1"
    assert row.removed_lines == "[]" and len(row.content_hash) == 64


def test_sqlite_store_refuses_a_pre_migration_database(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
    with pytest.raises(LegacyDatabaseError, match="older sahna"):
        open_store(path)


def test_urls_and_paths_open_the_same_file(tmp_path):
    path = tmp_path / "u.db"
    with open_store(path) as store:
        store.add(corpus()[0])
    with open_store(f"sqlite:///{path}") as store:
        assert store.counts()["documents"] == 1
    with open_store(str(path)) as store:
        assert store.counts()["events"] == 2


BROWSED = [EventQuery(), EventQuery(type="concert"), EventQuery(q="культура"),
           EventQuery(q="Otrar", countries=["UZ"]), EventQuery(countries=["KZ"]),
           EventQuery(countries=["KZ", "AZ"], status="planned"),
           EventQuery(date_from="2024-06", date_to="2025-04"), EventQuery(date_to="2024"),
           EventQuery(date_from="2025-04-26", date_to="2025-04-26"), EventQuery(lang="kk"),
           EventQuery(participant="нурланова"), EventQuery(city="baku", q="концерт")]


def test_the_in_memory_snapshot_answers_as_sql_does(tmp_path):
    """The event list's facets, totals and pages from the in-memory snapshot
    (``sahna.store.snapshot``) are those SQL gives, and a write makes it stale."""
    from sahna.store import reading, tallies
    from sahna.store.conditions import where

    with open_store(str(tmp_path / "store.db")) as store:
        for doc in corpus():
            store.add(doc)
        database = store.database
        snap = database.snapshots.wait(database.engine)
        assert snap is not None
        for query in BROWSED:
            conds = where(database, query)
            with database.engine.connect() as conn:
                assert store.facets(query) == tallies.sql_facets(conn, conds), query
                for sort in reading.DATE_SORTS:
                    order = reading._sorted(database, sort)
                    for offset in (0, 1, 3):
                        expected = reading._pick(conn, conds, order, offset, 2)
                        rows, total = store.events(query, offset=offset, limit=2, sort=sort)
                        assert ([r["id"] for r in rows], total) == expected, (query, sort)
        store.add(Document(doc_id="more", source="more.txt", raw="r", text="more", lang="en"))
        assert database.snapshots.current(database.engine) is None  # stale: SQL answers
        assert database.snapshots.wait(database.engine).version != snap.version


def test_the_calendar_lays_out_a_month(store):
    """A month's events on every day they span, and those of a lower precision in their
    own sections, read as ids; the calendar then reads the few it shows."""
    import datetime as dt

    [days] = store.events(EventQuery(type="culture_days"))[0]
    april = store.month(2025, 4)
    assert [d.day for d in april.days] == [25, 26, 27, 28]
    assert all([p.id for p in placed] == [days["id"]] for placed in april.days.values())
    assert [p.first for placed in april.days.values() for p in placed] == \
        [True, False, False, False]
    assert april.days[dt.date(2025, 4, 25)][0].days == 4
    assert april.total == 1 and april.undated == april.year_only == april.yearless == []
    [meeting] = store.month(2025, 5).yearless  # --05-12, in May of any year
    december = store.month(2024, 12)
    assert december.days == {} and december.total == 2
    shown = store.summaries([meeting, *december.undated, *december.year_only, 10**9])
    assert shown[meeting]["title"] == "Meeting of culture ministers"
    assert [shown[i]["title"] for i in december.undated] == ["Көрме"]
    assert [shown[i]["title"] for i in december.year_only] == ["Ұлы дала фестивалі"]
    assert shown[meeting]["lang"] == "en" and len(shown) == 3  # an unknown id is no event


def test_the_calendar_is_kept_while_the_database_is_unchanged(tmp_path):
    """A month's layout is computed once per data version (``snapshot.Memo``): a
    commit by this store or by another connection makes the next one read it again,
    and a value computed while the database changed is not kept."""
    path = str(tmp_path / "store.db")

    def concert(doc_id: str, day: str) -> Document:
        return Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=doc_id, text=doc_id,
                        lang="en", events=[Event("e1", "concert", f"Concert {doc_id}",
                                                 start=day, city="Almaty", country="KZ",
                                                 evidence=[f"A concert {doc_id}."])])

    with open_store(path) as store, open_store(path) as other:
        store.add(concert("first", "2025-04-10"))
        april = store.month(2025, 4)
        assert store.month(2025, 4) is april  # kept
        other.add(concert("second", "2025-04-11"))  # another connection commits
        again = store.month(2025, 4)
        assert again is not april and [d.day for d in again.days] == [10, 11]
        store.add(concert("third", "2025-04-12"))  # and this store's own writes
        assert [d.day for d in store.month(2025, 4).days] == [10, 11, 12]
        calls = []

        def changing() -> int:
            calls.append(1)
            if len(calls) == 1:
                other.add(concert(f"during-{len(calls)}", "2025-04-13"))
            return len(calls)

        assert store.remember("k", changing) == 1  # returned, but not kept
        assert store.remember("k", changing) == 2 and store.remember("k", changing) == 2


def test_an_in_memory_database_keeps_nothing():
    """SQLite in memory has no data version another connection could read: nothing is
    kept (a stale calendar would be wrong), and no snapshot is made."""
    with open_store("sqlite:///:memory:") as store:
        assert store.database.snapshots.version() is None
        assert store.remember("k", lambda: 1) == 1 and store.remember("k", lambda: 2) == 2


DATED_CITIES = {"day": "Almaty", "festival": "Astana", "april": "Shymkent",
                "year": "Karaganda", "march": "Aktobe", "may": "Bishkek",
                "next-year": "Tashkent", "yearless": "Baku"}


def dated(doc_id: str, start: str, end: str | None = None) -> Document:
    """One concert (or, with ``end``, a festival) in a document of its own, each in a
    city of its own so that none is taken for a report of another."""
    kind = "festival" if end else "concert"
    city = DATED_CITIES[doc_id]
    return Document(doc_id=doc_id, source=f"{doc_id}.txt", raw=doc_id, text=doc_id, lang="en",
                    events=[Event("e1", kind, f"Event {doc_id}", start=start, end=end,
                                  city=city, country="KZ", evidence=[f"{doc_id}."])])


@pytest.mark.parametrize(("filters", "expected"), [
    # the day's events and the festival spanning it; not April's or 2025's
    ({"date_from": "2025-04-26", "date_to": "2025-04-26"}, {"day", "festival"}),
    ({"date_from": "2025-04-27", "date_to": "2025-04-27"}, {"festival"}),
    ({"date_from": "2025-04-29", "date_to": "2025-04-30"}, set()),
    ({"date_from": "2025-04-26"}, {"day", "festival", "may", "next-year"}),
    ({"date_to": "2025-04-26"}, {"day", "festival", "march"}),
    # a month: the events known to fall in it, April's among them; not 2025's
    ({"date_from": "2025-04", "date_to": "2025-04"}, {"day", "festival", "april"}),
    ({"date_from": "2025", "date_to": "2025"},
     {"day", "festival", "april", "year", "march", "may"}),
])
def test_exact_dates_leave_out_what_is_dated_less_precisely(db, filters, expected):
    """``exact``: the events known to fall within the dates, on SQLite and PostgreSQL;
    without it a month-only and a year-only event match at the precision both have."""
    with open_store(db) as store:
        for doc in (dated("day", "2025-04-26"), dated("festival", "2025-04-24", "2025-04-28"),
                    dated("april", "2025-04"), dated("year", "2025"),
                    dated("march", "2025-03-30"), dated("may", "2025-05-02"),
                    dated("next-year", "2026"), dated("yearless", "--04-26")):
            assert store.add(doc)

        def doc_ids(**given) -> set[str]:
            return {doc for doc, _ in found(store, **given)}

        assert doc_ids(**filters, exact=True) == expected
        assert doc_ids(**filters) >= expected  # loose: all those, and maybe more
        day = {"date_from": "2025-04-26", "date_to": "2025-04-26"}
        assert doc_ids(**day) == {"day", "festival", "april", "year"}
        assert doc_ids(exact=True) == doc_ids()  # no dates: no effect

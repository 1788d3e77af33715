"""A crash in the middle of ``sahna ingest`` loses nothing that was committed.

The ingest runs as a real process over a folder of generated articles and is killed
with SIGKILL once the database holds some documents. The database must then open,
hold only whole documents (each with every event extraction gives it), and a second
run must finish the batch without storing anything twice.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from sahna.store import EventQuery, open_store

GROUPS = ["Самал", "Сазген", "Шертер", "Адырна", "Туран", "Хассак", "Алтынай", "Жетісу"]
FIRST = ["Алия", "Дина", "Айгерим", "Мадина", "Сауле", "Жанна", "Асель", "Гульнара"]
LAST = ["Нурланова", "Сейтова", "Касымова", "Ержанова", "Абенова", "Омарова"]
CITIES_RU = [("Алматы", "Алматы"), ("Астане", "Астана"), ("Шымкенте", "Шымкент"),
             ("Караганде", "Караганда"), ("Актобе", "Актобе")]
MONTHS_RU = ["марта", "апреля", "мая", "июня", "сентября", "октября"]
EN_GROUPS = ["Otrar Sazy", "Kurmangazy", "Astana Philharmonic", "Sazgen", "Turan"]
EN_CITIES = ["Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe"]
EN_MONTHS = ["March", "April", "May", "June", "September", "October"]
COUNT = 60
KILL_AFTER = 4  # documents committed before the kill


def article(i: int) -> str:
    """A short article, Russian or English, different in every detail that matters."""
    day = 1 + i % 27
    if i % 3 == 2:
        group, city = EN_GROUPS[i % 5], EN_CITIES[(i // 5) % 5]
        month = EN_MONTHS[i % 6]
        return (f"{group} orchestra to play in {city}\n\n"
                f"The {group} orchestra will give a concert in {city} on {day} {month} "
                f"2025, programme number {i}, the ministry of culture said. "
                f"The soloist will be {FIRST[i % 8]} {LAST[i % 6]}.\n")
    group = f"{GROUPS[i % 8]}-{i}"
    prep, city = CITIES_RU[(i // 3) % 5]
    return (f"Концерт ансамбля «{group}» прошёл в городе {city}\n\n"
            f"{day} {MONTHS_RU[i % 6]} 2025 года в {prep} состоялся концерт ансамбля "
            f"«{group}». Перед зрителями выступила певица {FIRST[i % 8]} {LAST[i % 6]}.\n")


def ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sahna.cli", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})


def stored(db: Path) -> int:
    """Committed documents as another process sees them; 0 while the schema is made."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def events_by_doc(store) -> dict[str, list[str]]:
    rows, _ = store.events(EventQuery(), limit=100_000)
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["doc_id"], []).append(row["local_id"])
    return {doc: sorted(ids) for doc, ids in out.items()}


def expected_events(folder: Path, doc_ids: set[str]) -> dict[str, list[str]]:
    """What extraction gives each document, run here in-process."""
    from sahna.pipeline import process
    from sahna.read import read_paths

    out: dict[str, list[str]] = {}
    for doc in read_paths([str(folder)]):
        if getattr(doc, "doc_id", None) in doc_ids:
            ids = sorted(e.id for e in process(doc).events)
            if ids:
                out[doc.doc_id] = ids
    return out


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_ingest_keeps_committed_documents_and_resumes(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(COUNT):
        (folder / f"article-{i:03d}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "crash.db"

    proc = ingest(folder, db)
    deadline = time.monotonic() + 300
    try:
        while stored(db) < KILL_AFTER:
            if proc.poll() is not None:
                pytest.fail(f"ingest ended (exit {proc.returncode}) before the kill:\n"
                            f"{proc.stderr.read()}")
            if time.monotonic() > deadline:
                pytest.fail("ingest stored too few documents in 300 s")
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with open_store(db) as store:
        before = store.counts()
        with store.engine.connect() as conn:
            kept = set(conn.execute(sa.text("SELECT doc_id FROM documents")).scalars())
        got = events_by_doc(store)
    assert KILL_AFTER <= before["documents"] < COUNT, before
    assert len(kept) == before["documents"]
    # every committed document is whole: exactly the events extraction gives it
    assert got == expected_events(folder, kept)

    rerun = ingest(folder, db)
    _, errors = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, errors
    with open_store(db) as store:
        after = store.counts()
        with store.engine.connect() as conn:
            names = list(conn.execute(sa.text("SELECT doc_id FROM documents")).scalars())
        final = events_by_doc(store)
    assert after["documents"] == COUNT == len(set(names)) == len(names)
    assert {doc: final[doc] for doc in kept if doc in final} == got  # old rows untouched
    assert sum(len(ids) for ids in final.values()) == after["events"]
    assert after["events"] >= COUNT  # every article names a concert

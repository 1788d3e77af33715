"""Requests per second and latency of ``GET /api/events`` over HTTP.

Builds (or reuses) a SQLite database of synthetic events — varied types, cities, dates,
countries and participants, written with bulk inserts into the store's tables since
running the pipeline 100,000 times would measure the pipeline, not the server — starts
``uvicorn`` on a free loopback port in a subprocess, sends a bounded number of requests
one after another (a mix of filters, searches and pages), and prints the figures.

    .venv/bin/python bench/serve.py [--events 100000] [--requests 500] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from rich.console import Console
from rich.progress import track

CITIES = [("Almaty", "KZ"), ("Astana", "KZ"), ("Shymkent", "KZ"), ("Karaganda", "KZ"),
          ("Aktobe", "KZ"), ("Bishkek", "KG"), ("Tashkent", "UZ"), ("Baku", "AZ"),
          ("Moscow", "RU"), ("Istanbul", "TR"), ("Seoul", "KR"), ("Berlin", "DE")]
TYPES = ["concert", "festival", "exhibition", "screening", "stage", "tour", "competition",
         "ceremony", "culture_days", "meeting", "forum", "civic", "other"]
STATUSES = ["held", "ongoing", "planned", "cancelled", "unknown"]
WORDS = ["gala", "jazz", "folk", "opera", "ballet", "dombra", "symphony", "premiere",
         "youth", "spring", "autumn", "steppe", "heritage", "art", "film", "music"]
console = Console()


def build(path: Path, n_events: int, seed: int = 7) -> None:
    """Bulk-insert ``n_events`` synthetic events (10 per document) into a new store,
    each its own cluster (the API lists clusters)."""
    from sqlalchemy import insert, text

    from sahna.store import open_store
    from sahna.store.lookups import rebuild
    from sahna.store.schema import (
        documents,
        entities,
        entity_names,
        event_countries,
        event_participants,
        events,
        events_fts,
        places,
    )
    from sahna.store.terms import index_terms

    rnd = random.Random(seed)
    store = open_store(str(path))
    people = [f"{rnd.choice(WORDS).title()} {rnd.choice(WORDS).title()}ov {i}"
              for i in range(2000)]
    with store.engine.begin() as conn:
        conn.execute(insert(places), [{"id": i + 1, "key": f"{c}|{k}", "city": c, "country": k}
                                      for i, (c, k) in enumerate(CITIES)])
        conn.execute(insert(entities), [{"id": i + 1, "name": n, "name_fold": n.casefold(),
                                         "kind": "person"} for i, n in enumerate(people)])
        conn.execute(insert(entity_names), [{"id": i + 1, "entity_id": i + 1, "name": n,
                                             "name_fold": n.casefold()}
                                            for i, n in enumerate(people)])
    per_doc, batch = 10, 5000
    for first in track(range(0, n_events, batch), description="building events",
                       console=console):
        docs, evs, ctry, parts, fts = [], [], [], [], []
        for eid in range(first + 1, min(first + batch, n_events) + 1):
            doc_id = (eid - 1) // per_doc + 1
            if (eid - 1) % per_doc == 0:
                docs.append({"id": doc_id, "doc_id": f"synthetic-{doc_id}", "source": "bench",
                             "url": f"https://news.example.kz/{doc_id}", "site": "example.kz",
                             "lang": rnd.choice(["ru", "kk", "en"]),
                             "published": f"{rnd.randint(2019, 2025)}-{rnd.randint(1, 12):02d}"
                                          f"-{rnd.randint(1, 28):02d}",
                             "title": f"News {doc_id}", "content_hash": f"{doc_id:064d}",
                             "text": "synthetic", "removed_lines": "[]",
                             "ingested_at": "2025-01-01T00:00:00"})
            place = rnd.randrange(len(CITIES))
            city, country = CITIES[place]
            year, month, day = rnd.randint(2019, 2026), rnd.randint(1, 12), rnd.randint(1, 28)
            start = rnd.choice([f"{year}-{month:02d}-{day:02d}"] * 8
                               + [f"{year}-{month:02d}", f"--{month:02d}-{day:02d}"])
            partners = sorted({country, rnd.choice(CITIES)[1]})
            title = f"{rnd.choice(WORDS)} {rnd.choice(WORDS)} {rnd.choice(TYPES)}"
            names = rnd.sample(range(len(people)), 2)
            evidence = [f"The {title} takes place in {city} with {people[names[0]]}."]
            evs.append({"id": eid, "document_id": doc_id, "local_id": f"e{eid % per_doc + 1}",
                        "type": rnd.choice(TYPES), "title": title, "start": start,
                        "end": None, "status": rnd.choice(STATUSES), "venue": None,
                        "city": city, "country": country, "place_id": place + 1,
                        "countries": json.dumps(partners), "parent": None, "parent_id": None,
                        "evidence": json.dumps(evidence),
                        "search_text": "\n".join([title, *evidence, index_terms(
                            " ".join([title, *evidence]))])})
            ctry += [{"event_id": eid, "country": c, "party": True} for c in partners]
            parts += [{"event_id": eid, "entity_id": n + 1, "position": k, "name": people[n],
                       "kind": "person", "role": "performer"} for k, n in enumerate(names)]
            fts.append({"rowid": eid, "title": title, "evidence": evidence[0],
                        "names": "\n".join(people[n] for n in names),
                        "terms": index_terms(" ".join([title, evidence[0]]))})
        with store.engine.begin() as conn:
            if docs:
                conn.execute(insert(documents), docs)
            conn.execute(insert(events), evs)
            conn.execute(insert(event_countries), ctry)
            conn.execute(insert(event_participants), parts)
            if store.dialect == "sqlite":
                conn.execute(insert(events_fts), fts)
    with store.engine.begin() as conn:  # each event a cluster of its own, as migration
        # 0003 leaves a database (clustering 100,000 events would measure clustering)
        conn.execute(text(
            'INSERT INTO clusters (id, type, title, start, "end", status, venue, city, '
            "country, place_id, countries, parent_id, sources) "
            'SELECT id, type, title, start, "end", status, venue, city, country, place_id, '
            "countries, parent_id, 1 FROM events"))
        conn.execute(text("UPDATE events SET cluster_id = id, component_id = id"))
        rebuild(conn)  # the months and countries filters look up, as ingest writes them
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def queries(n: int, seed: int = 11) -> list[dict[str, str]]:
    """A fixed mix of what the UI asks: no filter, one filter, date ranges, searches,
    later pages."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        params: dict[str, str] = {}
        kind = rnd.randrange(6)
        if kind == 1:
            params["type"] = rnd.choice(TYPES)
        elif kind == 2:
            params["city"] = rnd.choice(CITIES)[0]
        elif kind == 3:
            year = rnd.randint(2019, 2026)
            params.update({"from": f"{year}-03", "to": f"{year}-05"})
        elif kind == 4:
            params["q"] = rnd.choice(WORDS)
        elif kind == 5:
            params.update({"countries": rnd.choice(CITIES)[1], "status": "planned"})
        if rnd.random() < 0.3:
            params["page"] = str(rnd.randint(2, 20))
        out.append(params)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--db", type=Path, default=None,
                        help="reuse this database (built there when missing)")
    args = parser.parse_args()
    workdir = tempfile.TemporaryDirectory(prefix="sahna-bench-")
    db = args.db or Path(workdir.name) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        build(db, args.events)
        console.print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f} s")
    import httpx

    port = free_port()
    code = ("import sys, uvicorn; from sahna.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
            "log_level='warning', access_log=False)")
    server = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/places")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            total = client.get("/api/events", params={"page_size": 1}).json()["total"]
            latencies, errors = [], 0
            started = time.perf_counter()
            for params in track(queries(args.requests), description="GET /api/events",
                                console=console):
                t0 = time.perf_counter()
                response = client.get("/api/events", params=params)
                latencies.append(time.perf_counter() - t0)
                errors += response.status_code >= 400 and response.status_code != 404
            elapsed = time.perf_counter() - started
            # the pages people browse: the event list with the same filters, and the
            # calendar of a month
            pages: dict[str, list[float]] = {"/events": [], "/": []}
            n_pages = max(20, args.requests // 5)
            for params in track(queries(n_pages), description="GET /events",
                                console=console):
                t0 = time.perf_counter()
                response = client.get("/events", params={**params, "hl": "ru"})
                pages["/events"].append(time.perf_counter() - t0)
                errors += response.status_code >= 400 and response.status_code != 404
            # what a calendar day's "+N more" asks: that day's events, exactly
            rnd = random.Random(3)
            pages["/api/events?exact=1 (one day)"] = []
            for _ in track(range(n_pages), description="GET /api/events exact day",
                           console=console):
                day = f"{rnd.randint(2019, 2026)}-{rnd.randint(1, 12):02d}-" \
                      f"{rnd.randint(1, 28):02d}"
                t0 = time.perf_counter()
                response = client.get("/api/events", params={"from": day, "to": day,
                                                              "exact": "1"})
                pages["/api/events?exact=1 (one day)"].append(time.perf_counter() - t0)
                errors += response.status_code >= 400
            rnd = random.Random(5)
            for _ in track(range(n_pages), description="GET /", console=console):
                month = f"{rnd.randint(2019, 2026)}-{rnd.randint(1, 12):02d}"
                t0 = time.perf_counter()
                response = client.get("/", params={"month": month, "hl": "kk"})
                pages["/"].append(time.perf_counter() - t0)
                errors += response.status_code >= 400
    finally:
        server.terminate()
        server.wait(timeout=10)
        workdir.cleanup()
    q = statistics.quantiles(latencies, n=100)
    console.print(f"{total:,} events in the database; {len(latencies)} requests, "
                  f"one at a time on loopback, {errors} errors")
    console.print(f"requests/s: {len(latencies) / elapsed:.1f}")
    console.print(f"latency ms: p50 {q[49] * 1000:.1f}  p95 {q[94] * 1000:.1f}  "
                  f"p99 {q[98] * 1000:.1f}  max {max(latencies) * 1000:.1f}")
    for path, times in pages.items():
        p = statistics.quantiles(times, n=100)
        console.print(f"GET {path}: {len(times)} requests, latency ms: p50 "
                      f"{p[49] * 1000:.1f}  p95 {p[94] * 1000:.1f}  max {max(times) * 1000:.1f}")


if __name__ == "__main__":
    main()

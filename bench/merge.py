"""Merging reports across articles and languages: cluster quality and ingest cost.

1. Quality. The articles of ``bench/merge_set/articles.jsonl`` (written for sahna: several
   outlets in ru, kk and en per event, with deliberate near-misses) go through the whole
   pipeline into a fresh store; the clusters it builds are compared with
   ``bench/merge_set/gold.json``:

   * events: each gold event of an article is aligned with an extracted event of that
     article (same type group, then the closest title); the cluster ids of the aligned
     events are scored against the gold labels;
   * entities: each gold participant of an article is aligned with a stored participant
     of that article (same name case aside, else the closest transliterated name); their
     entity ids are scored against the gold labels.

   Printed: pairwise and B-cubed precision and recall, the gold items the extractor did
   not produce (they are not scored: this measures merging, not extraction), and whether
   ingesting the articles in reverse order gives the same clusters.

2. Cost. A database of ``--events`` synthetic events (types, places, dates, titles and a
   pool of people with shared surnames, as a national archive would hold) is built once
   with clustering; copies of it then ingest the same ``--docs`` extracted documents with
   clustering and without (``open_store(cluster=False)``: every event its own cluster,
   names linked only when spelled alike). Printed: documents per second of the store
   alone, and of ``sahna ingest`` as a user runs it (extraction + store).

    .venv/bin/python bench/merge.py [--events 100000] [--docs 400] [--skip-cost]
                                    [--base PATH]

``--base PATH`` keeps the base database there and uses it again on the next run (it is
built with the same seed, so it is the same database; building takes minutes).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from rich.progress import track

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench" / "merge_set"
sys.path.insert(0, str(ROOT))


# -- metrics ---------------------------------------------------------------------------

def pairwise(pred: list[object], gold: list[object]) -> tuple[float, float]:
    """Precision and recall over pairs of items put in one cluster."""
    same_pred = same_gold = both = 0
    for i, j in combinations(range(len(pred)), 2):
        p, g = pred[i] == pred[j], gold[i] == gold[j]
        same_pred += p
        same_gold += g
        both += p and g
    return (both / same_pred if same_pred else 1.0), (both / same_gold if same_gold else 1.0)


def bcubed(pred: list[object], gold: list[object]) -> tuple[float, float]:
    """B-cubed precision and recall (Bagga and Baldwin), averaged over items."""
    n = len(pred)
    if not n:
        return 1.0, 1.0
    precision = recall = 0.0
    for i in range(n):
        in_pred = [j for j in range(n) if pred[j] == pred[i]]
        in_gold = [j for j in range(n) if gold[j] == gold[i]]
        correct = sum(1 for j in in_pred if gold[j] == gold[i])
        precision += correct / len(in_pred)
        recall += correct / len(in_gold)
    return precision / n, recall / n


# -- quality ---------------------------------------------------------------------------

def extracted(path: Path) -> list:
    from sahna.pipeline import process
    from sahna.read import read_paths

    docs = [d for d in read_paths([str(path)]) if not isinstance(d, Exception)]
    return [process(d) for d in track(docs, description="extracting", transient=True)]


def _align_events(rows: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    from rapidfuzz import fuzz

    from sahna.link.events import type_group

    free = list(rows)
    out = []
    for item in gold:
        same = [r for r in free if type_group(r["type"]) == type_group(item["type"])]
        if not same:
            continue
        hint = item.get("title_hint") or ""
        best = max(same, key=lambda r: (r["type"] == item["type"],
                                        fuzz.token_set_ratio(r["title"].lower(),
                                                             hint.lower())))
        free.remove(best)
        out.append((item, best))
    return out


def _align_names(stored: list[tuple[str, int]], gold: list[dict]) -> list[tuple[dict, int]]:
    from rapidfuzz import fuzz

    from sahna.link.names import latin
    from sahna.store.query import fold

    free = list(stored)
    out = []
    for item in gold:
        exact = [s for s in free if fold(s[0]) == fold(item["name"])]
        if exact:
            pick = exact[0]
        else:
            scored = [(fuzz.token_sort_ratio(latin(s[0]).lower(), latin(item["name"]).lower()), s)
                      for s in free]
            scored = [x for x in scored if x[0] >= 85]
            if not scored:
                continue
            pick = max(scored, key=lambda x: x[0])[1]
        free.remove(pick)
        out.append((item, pick[1]))
    return out


def stored_clusters(store) -> tuple[dict[str, list[dict]], dict[str, list[tuple[str, int]]]]:
    """Per document: its events (type, title, cluster) and participants (name, entity)."""
    import sqlalchemy as sa

    events: dict[str, list[dict]] = defaultdict(list)
    people: dict[str, list[tuple[str, int]]] = defaultdict(list)
    with store.engine.connect() as conn:
        for doc_id, local_id, type_, title, cluster in conn.execute(sa.text(
                "SELECT d.doc_id, e.local_id, e.type, e.title, e.cluster_id FROM events e "
                "JOIN documents d ON d.id = e.document_id ORDER BY e.id")):
            events[doc_id].append({"local_id": local_id, "type": type_, "title": title,
                                   "cluster": cluster})
        for doc_id, name, entity in conn.execute(sa.text(
                "SELECT DISTINCT d.doc_id, p.name, p.entity_id FROM event_participants p "
                "JOIN events e ON e.id = p.event_id JOIN documents d ON d.id = e.document_id")):
            people[doc_id].append((name, entity))
    return events, people


def quality(docs: list, gold: dict) -> dict[str, object]:
    from sahna.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        partitions = []
        for n, order in enumerate((docs, list(reversed(docs)))):
            with open_store(str(Path(tmp) / f"q{n}.db")) as store:
                for doc in order:
                    store.add(dataclasses.replace(doc))
                events, people = stored_clusters(store)
            partitions.append((events, people))
    events, people = partitions[0]
    ev_pred, ev_gold, missed_events = [], [], []
    for doc_id, items in gold["events"].items():
        aligned = _align_events(events.get(doc_id, []), items)
        missed_events += [f"{doc_id}:{i['cluster']}" for i in items
                          if all(i is not a for a, _ in aligned)]
        for item, row in aligned:
            ev_pred.append(row["cluster"])
            ev_gold.append(item["cluster"])
    en_pred, en_gold, missed_names = [], [], []
    for doc_id, items in gold["entities"].items():
        aligned = _align_names(people.get(doc_id, []), items)
        missed_names += [f"{doc_id}:{i['name']}" for i in items
                         if all(i is not a for a, _ in aligned)]
        for item, entity in aligned:
            en_pred.append(entity)
            en_gold.append(item["cluster"])

    def shape(part: tuple) -> tuple:
        evs, ppl = part
        by_cluster: dict[int, set] = defaultdict(set)
        for doc_id, rows in evs.items():
            for r in rows:
                by_cluster[r["cluster"]].add((doc_id, r["local_id"]))
        by_entity: dict[int, set] = defaultdict(set)
        for doc_id, rows in ppl.items():
            for name, entity in rows:
                by_entity[entity].add((doc_id, name))
        return ({frozenset(v) for v in by_cluster.values()},
                {frozenset(v) for v in by_entity.values()})

    return {"events": (pairwise(ev_pred, ev_gold), bcubed(ev_pred, ev_gold), len(ev_pred),
                       len(set(ev_gold))),
            "entities": (pairwise(en_pred, en_gold), bcubed(en_pred, en_gold), len(en_pred),
                         len(set(en_gold))),
            "missed_events": missed_events, "missed_names": missed_names,
            "order_independent": shape(partitions[0]) == shape(partitions[1])}


def linking_on_gold(gold: dict) -> tuple:
    """Entity linking alone: every gold participant name of every article (what a
    perfect extractor would give) stored as a participant, its entity id scored."""
    from sahna.document import Document, Event, Participant
    from sahna.store import open_store

    pred, truth = [], []
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "g.db")) as store:
        for n, (doc_id, items) in enumerate(sorted(gold["entities"].items())):
            doc = Document(doc_id=doc_id, source="gold", raw=f"gold {doc_id}", text="",
                           lang="ru", published="2025-01-01")
            doc.events = [Event("e1", "other", f"gold {n}", evidence=["-"], participants=[
                Participant(i["name"], i["kind"], "other") for i in items])]
            store.add(doc)
        people = stored_clusters(store)[1]
        for doc_id, items in gold["entities"].items():
            stored = dict(people.get(doc_id, []))
            for item in items:
                pred.append(stored[item["name"]])
                truth.append(item["cluster"])
    return pairwise(pred, truth), bcubed(pred, truth), len(pred), len(set(truth))


# -- cost ------------------------------------------------------------------------------

GIVEN = ["Айгерим", "Ерлан", "Динара", "Нурлан", "Асель", "Бауыржан", "Гульнара", "Данияр",
         "Жанна", "Канат", "Ляззат", "Мурат", "Сауле", "Тимур", "Айдана", "Арман", "Дана",
         "Ержан", "Камила", "Руслан"]
SURNAMES = ["Сейткали", "Абдрахманов", "Жумабаева", "Оспанов", "Касымова", "Тулегенов",
            "Ахметова", "Бекова", "Искаков", "Нурпеисова", "Садыков", "Омарова", "Кенжебаев",
            "Мусина", "Ергалиев", "Байжанова", "Рахимов", "Смагулова", "Утепов", "Шакенова"]
PLACES = [("Almaty", "KZ"), ("Astana", "KZ"), ("Shymkent", "KZ"), ("Karaganda", "KZ"),
          ("Baku", "AZ"), ("Tashkent", "UZ"), ("Bishkek", "KG"), ("Moscow", "RU"),
          ("Istanbul", "TR"), ("Dushanbe", "TJ")]
TYPES = ["concert", "festival", "exhibition", "screening", "stage", "tour", "competition",
         "ceremony", "culture_days", "meeting", "forum"]
WORDS = ["Шабыт", "Дала", "Мерей", "Көктем", "Жас", "Сарын", "Тумар", "Алтын", "Сазы", "Әуен",
         "Jazz", "Nomad", "Steppe", "Silk", "Way", "Spring", "Autumn", "Stars", "Heritage"]


def synthetic_docs(events: int, seed: int = 11) -> list:
    """Documents of two events each, spread over ten years, ten places and 11 types."""
    from sahna.document import Document, Event, Participant

    rng = random.Random(seed)
    out = []
    for n in range(0, events, 2):
        doc = Document(doc_id=f"base-{n}", source="synthetic", raw=f"synthetic {n}",
                       text=f"synthetic {n}", lang="ru",
                       published=f"{rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}-15")
        for k in range(2):
            year, month, day = doc.published[:4], rng.randint(1, 12), rng.randint(1, 28)
            city, country = rng.choice(PLACES)
            people = [Participant(f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}", "person",
                                  rng.choice(["performer", "official", "guest"]))
                      for _ in range(rng.randint(0, 3))]
            doc.events.append(Event(
                f"e{k + 1}", rng.choice(TYPES),
                f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n + k}",
                start=f"{year}-{month:02d}-{day:02d}", status=rng.choice(["held", "planned"]),
                city=city, country=country, participants=people,
                evidence=[f"Synthetic event {n + k}."]))
        out.append(doc)
    return out


def build_base(path: Path, events: int) -> float:
    from sahna.store import open_store

    docs = synthetic_docs(events)
    started = time.perf_counter()
    with open_store(str(path)) as store:
        for start in track(range(0, len(docs), 500), description="building the base",
                           transient=True):
            store.add_many(docs[start:start + 500])
    return time.perf_counter() - started


def store_rate(base: Path, docs: list, cluster: bool) -> float:
    from sahna.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        shutil.copy(base, copy)
        with open_store(str(copy), cluster=cluster) as store:
            started = time.perf_counter()
            for doc in docs:
                store.add(dataclasses.replace(doc))
            return len(docs) / (time.perf_counter() - started)


def ingest_docs(count: int) -> tuple[list, float]:
    """``count`` extracted documents (the examples, varied as in ``bench/scale.py``) and
    the seconds extraction took, with the models already loaded."""
    from scale import variant

    from sahna.document import Document
    from sahna.pipeline import process

    rng = random.Random(5)
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    raw = [Document(doc_id=f"new-{n}", source="bench", raw=variant(examples[n % len(examples)],
                                                                   rng, n),
                    published="2025-06-01") for n in range(count)]
    for text in examples:  # load every language's models first: they are not ingest
        process(Document(doc_id="warm-up", source="bench", raw=text))
    started = time.perf_counter()
    docs = [process(d) for d in track(raw, description="extracting", transient=True)]
    return docs, time.perf_counter() - started


# -- main ------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--base", type=Path, default=None,
                        help="keep the base database here and reuse it when it exists")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))

    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    docs = extracted(SET / "articles.jsonl")
    result = quality(docs, gold)
    print(f"merge set: {len(docs)} articles")
    ok = True
    for name in ("events", "entities"):
        (pp, pr), (bp, br), items, clusters = result[name]  # type: ignore[misc]
        passed = min(pp, bp) >= 0.9 and min(pr, br) >= 0.8
        ok &= passed
        print(f"{name:9s} {items:3d} items in {clusters:2d} gold clusters | pairwise "
              f"P {pp:.3f} R {pr:.3f} | B-cubed P {bp:.3f} R {br:.3f} | "
              f"{'meets' if passed else 'BELOW'} P>=0.9 R>=0.8")
    (pp, pr), (bp, br), items, clusters = linking_on_gold(gold)
    passed = min(pp, bp) >= 0.9 and min(pr, br) >= 0.8
    ok &= passed
    print(f"{'linking':9s} {items:3d} items in {clusters:2d} gold clusters | pairwise "
          f"P {pp:.3f} R {pr:.3f} | B-cubed P {bp:.3f} R {br:.3f} | "
          f"{'meets' if passed else 'BELOW'} P>=0.9 R>=0.8  (every gold name, linking alone)")
    print(f"same clusters when ingested in reverse order: {result['order_independent']}")
    for label in ("missed_events", "missed_names"):
        missed = result[label]
        print(f"{label.replace('_', ' ')} (not produced by extraction, not scored): "
              f"{len(missed)}" + (f" — {', '.join(missed[:12])}" if missed else ""))  # type: ignore[arg-type]
    if args.skip_cost:
        return 0 if ok else 1

    with tempfile.TemporaryDirectory() as tmp:
        base = args.base or Path(tmp) / "base.db"
        if args.base is not None and base.exists():
            from sahna.store import open_store

            with open_store(str(base)) as store:  # brought to the current schema
                count = store.counts()["events"]
            print(f"\nbase database: {base} ({count} events, reused; "
                  f"{base.stat().st_size / 1e6:.0f} MB)")
        else:
            seconds = build_base(base, args.events)
            print(f"\nbase database: {args.events} synthetic events built in {seconds:.0f} s "
                  f"({base.stat().st_size / 1e6:.0f} MB)")
        new, extraction = ingest_docs(args.docs)
        events = sum(len(d.events) for d in new)
        print(f"new documents: {len(new)} ({events} events), extraction "
              f"{len(new) / extraction:.1f} docs/s")
        rates = {}
        for cluster in (False, True, False, True):  # alternated: drift hits both alike
            rates.setdefault(cluster, []).append(store_rate(base, new, cluster))
        for cluster in (False, True):
            store_only = max(rates[cluster])
            end_to_end = 1 / (1 / store_only + extraction / len(new))
            print(f"{'with' if cluster else 'without':7s} clustering: store "
                  f"{store_only:7.1f} docs/s, ingest (extraction + store) {end_to_end:5.1f} "
                  "docs/s")
        store_ratio = max(rates[True]) / max(rates[False])
        full = (1 / (1 / max(rates[True]) + extraction / len(new))) / \
            (1 / (1 / max(rates[False]) + extraction / len(new)))
        print(f"with / without: store alone {store_ratio:.2f}, ingest {full:.2f} "
              f"(within 20% means >= 0.80)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

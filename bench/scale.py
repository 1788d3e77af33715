"""Scaling of sharded extraction: documents per second with 1 and 2 workers on the local
(process pool) and Ray executors, speed-up over one worker, peak memory per worker.

The corpus is synthetic: the repository's ``examples/*.txt`` with their years, days,
cities and people varied by string substitution (so no two documents are the same
text), written as one JSONL file cut into line-range shards — the shape of a web dump.
Wall time includes starting the workers and loading their models, as a user sees it.

    .venv/bin/python bench/scale.py [--docs 20000] [--shard-lines 250] [--workers 1 2]
                                    [--executors local ray] [--timeout 60]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CITIES = {  # (as in the examples) -> alternatives, forms that read the same in context
    "Астане": ["Алматы", "Шымкенте", "Караганде", "Актобе", "Павлодаре"],
    "Алматы": ["Астане", "Таразе", "Костанае", "Семее"],
    "Astana": ["Almaty", "Shymkent", "Karaganda", "Aktobe", "Pavlodar"],
    "Almaty": ["Astana", "Taraz", "Kostanay", "Semey"],
}
PEOPLE = ["Айгерим Сейткали", "Ерлан Абдрахманов", "Динара Жумабаева", "Нурлан Оспанов",
          "Aigerim Seitkali", "Yerlan Abdrakhmanov", "Dinara Zhumabayeva", "Nurlan Ospanov"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def variant(text: str, rng: random.Random, n: int) -> str:
    """One synthetic document from an example: other year, day, city, a named guest."""
    year = str(rng.randint(2019, 2027))
    text = text.replace("2025", year).replace("2024", str(int(year) - 1))
    for city, others in CITIES.items():
        if city in text and rng.random() < 0.5:
            text = text.replace(city, rng.choice(others))
    for month in MONTHS_RU:
        for day in ("15", "20", "25"):
            text = text.replace(f"{day} {month}", f"{rng.randint(1, 28)} {month}")
    guest = rng.choice(PEOPLE)
    cyrillic = any("а" <= c <= "я" for c in text[:200].lower())
    extra = (f"Почётным гостем стала {guest}." if cyrillic else f"The guest of honour was {guest}.")
    return f"{text.rstrip()}\n\n{extra} (№{n})\n"


def make_corpus(path: Path, docs: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as handle:
        for n in range(docs):
            text = variant(examples[n % len(examples)], rng, n)
            record = {"id": f"synthetic-{n}", "text": text, "published": "2025-06-01"}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_one(executor_name: str, workers: int, corpus: Path, shard_lines: int, timeout: float,
            console: Console) -> dict[str, object]:
    from sahna.executors import LocalExecutor, ShardTask, run_shards

    out = Path(tempfile.mkdtemp(prefix=f"scale-{executor_name}{workers}-"))
    task = ShardTask(out, timeout=timeout)
    if executor_name == "ray":
        from sahna.executors.ray import RayExecutor

        executor = RayExecutor(workers=workers)
    else:
        executor = LocalExecutor(workers=workers)
    columns = (TextColumn(f"{executor_name} × {workers}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[docs]} docs"), TimeElapsedColumn())
    started = time.perf_counter()
    with executor, Progress(*columns, console=console, transient=True) as bar:
        progress = bar.add_task("shards", total=None, docs=0)
        counted = {"docs": 0}

        def on_plan(_run: object, todo: list) -> None:
            bar.update(progress, total=len(todo))

        def on_result(result: object) -> None:
            counted["docs"] += result.read  # type: ignore[attr-defined]
            bar.update(progress, advance=1, docs=counted["docs"])

        run = run_shards([str(corpus)], task, executor, shard_lines=shard_lines,
                         on_plan=on_plan, on_result=on_result)
    seconds = time.perf_counter() - started
    peaks: dict[str, float] = {}
    for result in run.results:
        peaks[result.worker] = max(peaks.get(result.worker, 0.0), result.peak_rss_mb)
    documents = sum(r.read for r in run.results)
    busy = sum(r.seconds for r in run.results)
    return {"executor": executor_name, "workers": workers, "documents": documents,
            "seconds": seconds, "rate": documents / seconds,
            "rate_busy": documents / busy * len(peaks) if busy else 0.0,
            "failed": sum(r.failed for r in run.results), "peaks": sorted(peaks.values()),
            "events": sum(r.events for r in run.results)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--shard-lines", type=int, default=250)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--executors", nargs="+", default=["local", "ray"],
                        choices=["local", "ray"])
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    console = Console(stderr=True)

    folder = Path(tempfile.mkdtemp(prefix="scale-corpus-"))
    corpus = folder / "corpus.jsonl"
    make_corpus(corpus, args.docs)
    console.print(f"corpus: {args.docs} documents, {corpus.stat().st_size / 1e6:.1f} MB, "
                  f"shards of {args.shard_lines} lines; {os.cpu_count()} CPUs")
    rows = []
    if "ray" in args.executors:
        import ray

        os.environ.setdefault("RAY_AUTH_MODE", "disabled")
        ray.init(num_cpus=max(args.workers), include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    try:
        for name in args.executors:
            for workers in args.workers:
                rows.append(run_one(name, workers, corpus, args.shard_lines, args.timeout,
                                    console))
                row = rows[-1]
                console.print(f"{name} × {workers}: {row['rate']:.1f} docs/s "
                              f"({row['seconds']:.1f} s)")
    finally:
        if "ray" in args.executors:
            ray.shutdown()

    table = Table(title=f"sahna extract --out, {args.docs} documents")
    for column in ("executor", "workers", "docs/s (wall)", "speed-up", "docs/s (in shards)",
                   "wall s", "events", "failed", "peak RSS per worker (MB)"):
        table.add_column(column, justify="right")
    base = {r["executor"]: r["rate"] for r in rows if r["workers"] == min(args.workers)}
    for r in rows:
        table.add_row(str(r["executor"]), str(r["workers"]), f"{r['rate']:.1f}",
                      f"{r['rate'] / base[r['executor']]:.2f}×", f"{r['rate_busy']:.1f}",
                      f"{r['seconds']:.1f}", str(r["events"]), str(r["failed"]),
                      ", ".join(f"{p:.0f}" for p in r["peaks"]))
    Console().print(table)
    print(f"driver peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

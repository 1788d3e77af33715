"""Time and peak memory of one document's extraction on hostile inputs, at growing sizes.

Each *family* is a generator of a document built to hit one weakness that a page could
have by accident or on purpose: the same trigger word repeated thousands of times, one
sentence listing thousands of named events, thousands of dates, thousands of names,
quotes nested thousands deep, and a page a megabyte long. For each family and size the
script runs the whole pipeline (``sahna.Pipeline.process``) on the document in a fresh
child process and prints the wall time, the CPU time (the same but for the time other
processes of a busy machine take from it) and the child's peak resident memory, so that
growth shows as a curve: doubling the size should about double the time (``ratio``
near 2), never quadruple it.

The documents are generated here; nothing is read from ``../shared``.

    .venv/bin/python bench/adversarial.py [--family NAME ...] [--sizes 1000,2000,4000]
                                          [--megabyte] [--timeout 120]

``--megabyte`` adds, for every family, a document of about 1 MB (the issue's bound: under
5 s and under 1 GB on this machine).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing as mp
import queue as queue_module
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

try:
    import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
except ModuleNotFoundError:  # a spawned child: it has the parent's path, without bench/
    pass
from rich.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
# this folder holds html.py, which would shadow the standard library's in the children
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
if importlib.util.find_spec("sahna") is None:  # PYTHONPATH may name another checkout
    sys.path.insert(0, str(ROOT))

LEAD = "Астана, 5 мая 2025. Вчера в Астане прошёл концерт оркестра «Отырар сазы». "
TAIL = " В июне оркестр выступит в Алматы."


def triggers(n: int) -> str:
    """The same trigger word, ``n`` times, between two real sentences."""
    return LEAD + " ".join(["концерт"] * n) + "." + TAIL


def listing(n: int) -> str:
    """One sentence listing ``n`` named concerts («включая концерт «Весна 1», …»)."""
    items = ", ".join(f"концерт «Весна {i}»" for i in range(1, n + 1))
    return LEAD + "Программа фестиваля включает " + items + "." + TAIL


def dates(n: int) -> str:
    """``n`` dates in a row, each a different day."""
    months = ("января", "февраля", "марта", "апреля", "мая", "июня")
    days = ", ".join(f"{i % 28 + 1} {months[i % 6]} {2000 + i % 25} года" for i in range(n))
    return LEAD + "Концерты пройдут " + days + "." + TAIL


def names(n: int) -> str:
    """``n`` different people named in one sentence."""
    first = ("Иван", "Пётр", "Анна", "Мария", "Асель", "Ерлан", "Дина", "Нурлан")
    last = ("Петров", "Сидоров", "Ахметов", "Касымова", "Иванова", "Смирнов", "Жумабаев")
    people = ", ".join(f"{first[i % 8]} {last[(i // 8) % 7]}{'ов' * (i // 56 % 3)}"
                       for i in range(n))
    return LEAD + "На концерте выступили " + people + "." + TAIL


def quotes(n: int) -> str:
    """Quotes nested ``n`` deep around a concert's name."""
    return LEAD + "Состоялся концерт " + "«" * n + "Весна" + "»" * n + "." + TAIL


def sentences(n: int) -> str:
    """``n`` ordinary sentences, each with an event: a long but normal page."""
    cities = ("Алматы", "Астане", "Шымкенте", "Караганде")
    return LEAD + " ".join(f"{i % 28 + 1} мая в {cities[i % 4]} прошёл концерт «Весна {i}»."
                           for i in range(n)) + TAIL


FAMILIES: dict[str, Callable[[int], str]] = {
    "triggers": triggers, "listing": listing, "dates": dates, "names": names,
    "quotes": quotes, "sentences": sentences,
}


def size_for_bytes(family: Callable[[int], str], target: int) -> int:
    """The size argument giving a document of about ``target`` UTF-8 bytes."""
    per = len(family(100).encode()) / 100
    return max(1, int(target / per))


def _child(family: str, size: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    import sahna

    pipe = sahna.Pipeline(langs=("ru",))
    pipe.process(sahna.to_document(LEAD, lang="ru"))
    text = FAMILIES[family](size)
    doc = sahna.to_document(text, lang="ru", published="2025-05-05",
                            doc_id=f"{family}-{size}")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    doc = pipe.process(doc)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out.put({"seconds": seconds, "cpu": cpu, "peak_mb": peak / 1024,
             "grew_mb": (peak - before) / 1024,
             "bytes": len(text.encode()), "events": len(doc.events),
             "warnings": list(doc.warnings)[:2]})


def measure(family: str, size: int, timeout: float) -> dict:
    """One document of ``family`` at ``size`` in a fresh process: its time and memory."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(family, size, queue))
    proc.start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                return queue.get(timeout=1)
            except queue_module.Empty:
                if not proc.is_alive() or time.monotonic() > deadline:
                    raise
    except queue_module.Empty:
        return {"seconds": float("inf"), "cpu": float("nan"), "peak_mb": float("nan"),
                "grew_mb": float("nan"),
                "bytes": len(FAMILIES[family](size).encode()), "events": -1,
                "warnings": [f"no answer within {timeout:g}s" if proc.is_alive()
                             else f"the child died (exit code {proc.exitcode})"]}
    finally:
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES))
    parser.add_argument("--sizes", default="500,1000,2000,4000",
                        help="comma-separated sizes (repetitions) for each family")
    parser.add_argument("--megabyte", action="store_true",
                        help="also a document of about 1 MB for each family")
    parser.add_argument("--timeout", type=float, default=180.0,
                        help="seconds to wait for one document before giving up")
    parser.add_argument("--json", action="store_true", help="one JSON line per measurement")
    args = parser.parse_args()
    families = args.family or list(FAMILIES)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    plan = [(f, s) for f in families for s in sizes]
    if args.megabyte:
        plan += [(f, size_for_bytes(FAMILIES[f], 1_000_000)) for f in families]
    rows = []
    with Progress(transient=True) as bar:
        task = bar.add_task("documents", total=len(plan))
        for family, size in plan:
            bar.update(task, description=f"{family} {size}")
            rows.append((family, size, measure(family, size, args.timeout)))
            bar.advance(task)
    print(f"{'family':<10} {'size':>7} {'KB':>7} {'seconds':>8} {'cpu':>6} {'ratio':>6} "
          f"{'peak MB':>8} {'events':>6}  warning")
    previous: dict[str, float] = {}
    for family, size, row in rows:
        if args.json:
            print(json.dumps({"family": family, "size": size, **row}, ensure_ascii=False))
            continue
        ratio = row["seconds"] / previous[family] if previous.get(family) else float("nan")
        previous[family] = row["seconds"]
        warning = row["warnings"][0][:60] if row["warnings"] else ""
        print(f"{family:<10} {size:>7} {row['bytes'] / 1024:>7.0f} {row['seconds']:>8.2f} "
              f"{row['cpu']:>6.2f} {ratio:>6.2f} {row['peak_mb']:>8.0f} {row['events']:>6}  "
              f"{warning}")


if __name__ == "__main__":
    main()

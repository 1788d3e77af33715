"""Throughput and memory of ``sahna extract`` against Natasha's NER alone.

Both run in this process on the same documents (the shared seeds and dev documents,
repeated to make the run long enough to time), after their models are loaded:

* sahna: the whole pipeline (clean, language, analysis, dates, places, events, record);
* reference: natasha's ``NewsNERTagger`` over each raw document, nothing else.

Prints documents per second of each, their ratio, and the peak resident memory.

    .venv/bin/python bench/speed.py [--repeat N] [--shared PATH]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from rich.progress import track

ROOT = Path(__file__).resolve().parents[1]


def load(shared: Path) -> list:
    from sahna.read import read_paths

    data = shared / "data"
    paths = sorted((data / "seeds").glob("*.txt")) + sorted((data / "dev" / "docs").glob("*.txt"))
    return [d for d in read_paths(map(str, paths)) if not isinstance(d, Exception)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    import dataclasses

    from sahna import analyse
    from sahna.analyse.ru import ner_tagger
    from sahna.pipeline import process
    from sahna.record import to_record

    docs = load(args.shared)
    if not docs:
        print("no documents", file=sys.stderr)
        return 2
    started = time.perf_counter()
    analyse.warm_up()
    ner = ner_tagger()
    load_seconds = time.perf_counter() - started
    # Rounds alternate between the two so that drift in the machine's speed (shared
    # cores, frequency) hits both alike; the figures are the medians over rounds.
    ner_rates, sahna_rates = [], []
    for _ in track(range(args.repeat), description="rounds", transient=True):
        started = time.perf_counter()
        for doc in docs:
            ner(doc.raw)
        ner_rates.append(len(docs) / (time.perf_counter() - started))
        started = time.perf_counter()
        for doc in docs:
            to_record(process(dataclasses.replace(doc, warnings=[])))
        sahna_rates.append(len(docs) / (time.perf_counter() - started))
    ner_rate, sahna_rate = statistics.median(ner_rates), statistics.median(sahna_rates)
    batch = docs * args.repeat

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {len(docs)} x {args.repeat} rounds = {len(batch)}")
    print(f"model loading: {load_seconds:.2f} s")
    print(f"natasha NER only: {ner_rate:8.1f} docs/s")
    print(f"sahna extract:    {sahna_rate:8.1f} docs/s")
    print(f"ratio sahna / NER: {sahna_rate / ner_rate:.2f}")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

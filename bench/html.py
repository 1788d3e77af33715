"""Main text of HTML pages: sahna against trafilatura alone, on the article benchmark.

The pages are those of ``../shared/data/article-benchmark/`` (181 English news pages,
gzipped, with the article text a person marked in ``ground-truth.json``); they are read
from there and never copied into the repository. Three extractors run in this process
on the same bytes, one after the other for each page:

* sahna: the HTML reader (:func:`sahna.read.html.html_document`), the ``clean`` stage,
  and :func:`sahna.record.main_text` — exactly what ``sahna extract --text`` writes;
* trafilatura's ``extract`` in its default mode;
* trafilatura's ``extract`` with ``favor_precision=True``.

Both trafilatura runs leave comments out, as sahna's reader does (a reader's comments
are not the article, and the benchmark's truth never has them): the comparison is then
of what sahna adds to trafilatura, not of one option.

The metric is the benchmark's (see ``../shared/data/README.md``): both texts become
``\\w+`` tokens, then 4-token shingles with their counts; per page, true positives are
the shared shingles (minimum count), false positives and false negatives the excess on
each side, and the three are divided by their sum so that every page weighs the same.
Precision is the mean over the pages with a prediction, recall the mean over the pages
whose truth has text, F1 their harmonic mean. Prints a table with the time per page:
wall-clock time, and the CPU time of this thread, which other processes on a shared
machine do not inflate (under load the wall-clock ratio swings by a tenth from run to
run; the CPU ratio is the one to compare).

    PYTHONPATH=. .venv/bin/python bench/html.py [--shared PATH] [--limit N] [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The text's 4-token shingles with their counts (a text shorter than four tokens
    gives its tokens as one shingle, so that it still counts)."""
    tokens = TOKEN.findall(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def page_counts(predicted: str, truth: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page; all zero when both texts are empty."""
    pred, gold = shingles(predicted), shingles(truth)
    tp = sum((pred & gold).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


@dataclass
class Score:
    """Per-page counts and times of one extractor."""

    name: str
    counts: list[tuple[float, float, float]] = field(default_factory=list)
    predicted: list[bool] = field(default_factory=list)
    has_truth: list[bool] = field(default_factory=list)
    seconds: float = 0.0
    cpu_seconds: float = 0.0

    def add(self, predicted: str, truth: str, seconds: float, cpu_seconds: float) -> None:
        self.counts.append(page_counts(predicted, truth))
        self.predicted.append(bool(TOKEN.search(predicted)))
        self.has_truth.append(bool(TOKEN.search(truth)))
        self.seconds += seconds
        self.cpu_seconds += cpu_seconds

    def precision(self) -> float:
        values = [tp / (tp + fp) if tp + fp else 0.0
                  for (tp, fp, _), p in zip(self.counts, self.predicted, strict=True) if p]
        return sum(values) / len(values) if values else 0.0

    def recall(self) -> float:
        values = [tp / (tp + fn) if tp + fn else 0.0
                  for (tp, _, fn), t in zip(self.counts, self.has_truth, strict=True) if t]
        return sum(values) / len(values) if values else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def page_f1(self, index: int) -> float:
        tp, fp, fn = self.counts[index]
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def sahna_text(data: bytes, doc_id: str) -> str:
    """What ``sahna extract --text`` writes for one page."""
    from sahna.document import Document
    from sahna.pipeline import clean
    from sahna.read.html import html_document
    from sahna.record import main_text

    doc = html_document(data, doc_id, doc_id)
    if not isinstance(doc, Document):
        return ""
    clean(doc)
    return main_text(doc)


def trafilatura_text(favor_precision: bool) -> Callable[[bytes, str], str]:
    def run(data: bytes, _: str) -> str:
        import trafilatura

        return trafilatura.extract(data, favor_precision=favor_precision,
                                   include_comments=False) or ""
    return run


def warm_up_justext() -> None:
    """Load the stop lists of jusText, trafilatura's last-resort extractor, before the
    timed loop. trafilatura loads them (a quarter of a second) the first time one page
    needs jusText, and the extractor that happens to run first on that page would be
    charged with a set-up that every later page of a batch shares."""
    try:
        from trafilatura.external import jt_stoplist_init
    except ImportError:  # another trafilatura layout: the set-up then counts as it falls
        return
    jt_stoplist_init()


def warm_up_sahna() -> None:
    """Build the cleaner's lexicons and regexes before the timed loop, as a batch run
    does once (:func:`sahna.clean.warm_up`): the first page warms only the rules its
    lines reach, and the page that reaches the others would pay for their set-up."""
    from sahna.clean import warm_up

    warm_up()


def main() -> int:
    # Run as a script, this file's folder comes first on the path, and its name would
    # shadow the standard library's ``html`` (which trafilatura imports).
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=0,
                        help="list the N pages where sahna trails trafilatura most")
    args = parser.parse_args()

    folder = args.shared / "data" / "article-benchmark"
    truth_path = folder / "ground-truth.json"
    if not truth_path.exists():
        print(f"{truth_path}: not found (give --shared)", file=sys.stderr)
        return 2
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    pages = {i: gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()) for i in ids}

    extractors: dict[str, Callable[[bytes, str], str]] = {
        "sahna": sahna_text,
        "trafilatura default": trafilatura_text(False),
        "trafilatura precision": trafilatura_text(True),
    }
    first = ids[0]
    for run in extractors.values():  # imports and lazy set-up are not a page's time
        run(pages[first], first)
    warm_up_justext()
    warm_up_sahna()
    scores = {name: Score(name) for name in extractors}
    for doc_id in track(ids, description="pages", transient=True):
        gold = truth[doc_id].get("articleBody") or ""
        for name, run in extractors.items():
            start, cpu = time.perf_counter(), time.thread_time()
            text = run(pages[doc_id], doc_id)
            scores[name].add(text, gold, time.perf_counter() - start,
                             time.thread_time() - cpu)

    table = Table(title=f"Main text on {len(ids)} pages of the article benchmark")
    for column in ("extractor", "precision", "recall", "F1", "ms/page", "CPU ms/page"):
        table.add_column(column, justify="left" if column == "extractor" else "right")
    for score in scores.values():
        table.add_row(score.name, f"{score.precision():.4f}", f"{score.recall():.4f}",
                      f"{score.f1():.4f}", f"{1000 * score.seconds / len(ids):.1f}",
                      f"{1000 * score.cpu_seconds / len(ids):.1f}")
    console = Console()
    console.print(table)
    ours, base = scores["sahna"], scores["trafilatura default"]
    console.print(f"sahna's time / trafilatura default's: {ours.seconds / base.seconds:.2f} "
                  f"(CPU time: {ours.cpu_seconds / base.cpu_seconds:.2f})")
    if args.worst:
        ours, theirs = scores["sahna"], scores["trafilatura precision"]
        gaps = sorted(range(len(ids)), key=lambda i: ours.page_f1(i) - theirs.page_f1(i))
        for i in gaps[: args.worst]:
            console.print(f"{ids[i]}  sahna {ours.page_f1(i):.3f}  "
                          f"precision {theirs.page_f1(i):.3f}", highlight=False, soft_wrap=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

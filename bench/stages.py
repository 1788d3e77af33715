"""Time of the cheap pipeline stages alone, in milliseconds per page.

``bench/speed.py`` times the whole pipeline, where the model stages dominate and a
slow regex stage hides in the noise. This script times the stages that are plain
Python and regexes, each on its own input as the pipeline gives it:

* clean: :func:`sahna.clean.clean_text` on the raw page;
* dates: :func:`sahna.dates.find_dates` on the cleaned text, with the language found
  by :func:`sahna.lang.detect_language` (once, outside the timing) and the
  publication date found by cleaning;
* places: :func:`sahna.places.find_places` on the cleaned text, when that package
  imports (it is optional here so that the script runs while it is being rebuilt).

The pages are the shared seeds and dev documents and the repository's examples,
read at run time (nothing is copied into the repository). Each stage runs over all
pages ``--repeat`` times; the figure is the median over rounds, so one slow round
(a busy core) does not move it, with the fastest round beside it (on a shared
machine, the least disturbed). The first call of each stage, which builds its
regexes and reads its data files, is made before the timing starts.

Repeating the same pages flatters stages that remember per-text results (the
line normalisation of cleaning keeps its last few thousand lines): ``--cold``
empties such memories before every round, as if every page were new. It clears the
bounded ``functools`` caches of the stage's modules; unbounded ones hold data files
and compiled regexes, which every run keeps.

    .venv/bin/python bench/stages.py [--repeat N] [--shared PATH] [--cold]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from rich.progress import track

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ru", "kk", "en")


@dataclass
class Page:
    """One page and what the stages after cleaning need from it."""

    name: str
    raw: str
    text: str = ""
    lang: str = ""
    published: str | None = None


def page_paths(shared: Path) -> list[Path]:
    """The benchmark's pages: shared seeds, shared dev documents, repository examples."""
    data = shared / "data"
    return (sorted((data / "seeds").glob("*.txt")) + sorted((data / "dev" / "docs").glob("*.txt"))
            + sorted((ROOT / "examples").glob("*.txt")))


def load_pages(paths: list[Path]) -> list[Page]:
    """Read and decode the pages as the pipeline does, then clean them and detect their
    language once, so that later stages get the pipeline's input."""
    from sahna.clean import clean_text
    from sahna.lang import detect_language
    from sahna.read import read_paths

    pages = []
    for doc in read_paths(map(str, paths)):
        if isinstance(doc, Exception):
            print(f"skipped: {doc}", file=sys.stderr)
            continue
        cleaned = clean_text(doc.raw)
        lang = detect_language(cleaned.text or doc.raw) or ""
        # the date rules know ru, kk and en; any other language is timed with en's
        pages.append(Page(doc.source, doc.raw, cleaned.text, lang if lang in LANGS else "en",
                          cleaned.published))
    return pages


def stages() -> dict[str, Callable[[Page], object]]:
    """Stage name -> a call of that stage on one page; places only when it imports."""
    from sahna.clean import clean_text
    from sahna.dates import find_dates

    out: dict[str, Callable[[Page], object]] = {
        "clean": lambda p: clean_text(p.raw),
        "dates": lambda p: find_dates(p.text, p.lang, p.published),
    }
    try:
        from sahna.places import find_places
    except Exception as exc:  # being edited elsewhere: report, time the rest
        print(f"places not timed (import failed: {exc})", file=sys.stderr)
    else:
        out["places"] = lambda p: find_places(p.text, p.lang)
    return out


def per_text_caches(stage: str) -> list[Callable[[], None]]:
    """``cache_clear`` of every bounded ``functools`` cache in the modules of
    ``sahna.<stage>`` that are loaded (bounded ones remember per-text results)."""
    found = {}
    for name, module in list(sys.modules.items()):
        if module is None or not (name == f"sahna.{stage}" or name.startswith(f"sahna.{stage}.")):
            continue
        for value in vars(module).values():  # a function imported elsewhere counts once
            params = getattr(value, "cache_parameters", None)
            if callable(params) and params().get("maxsize") is not None:
                found[id(value)] = value.cache_clear
    return list(found.values())


def time_stage(run: Callable[[Page], object], pages: list[Page], repeat: int,
               label: str, clear: list[Callable[[], None]]) -> list[float]:
    """Milliseconds per page of each round (``clear`` is called before each)."""
    for page in pages:  # warm-up: data files and compiled regexes are built once
        run(page)
    rounds = []
    for _ in track(range(repeat), description=f"{label:<7}", transient=True):
        for cache_clear in clear:
            cache_clear()
        started = time.perf_counter()
        for page in pages:
            run(page)
        rounds.append((time.perf_counter() - started) * 1000 / len(pages))
    return rounds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cold", action="store_true",
                        help="forget per-text cached results before every round")
    args = parser.parse_args()

    pages = load_pages(page_paths(args.shared))
    if not pages:
        print("no documents", file=sys.stderr)
        return 2
    kb = sum(len(p.raw.encode()) for p in pages) / len(pages) / 1024
    print(f"pages: {len(pages)} (mean {kb:.1f} KB raw), {args.repeat} rounds"
          + (", per-text caches cleared before each" if args.cold else ""))
    for name, run in stages().items():
        clear = per_text_caches(name) if args.cold else []
        rounds = time_stage(run, pages, args.repeat, name, clear)
        print(f"{name:<7} {statistics.median(rounds):7.3f} ms/page "
              f"(min {min(rounds):.3f}, max {max(rounds):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

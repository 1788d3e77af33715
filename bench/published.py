"""Publication dates found in the text of the shared pages, against their gold.

A text page has no metadata: its publication date is what :func:`sahna.clean.clean_text`
finds in the page. A wrong date is worse than none (it gives events a wrong year), so
the figures kept apart are: found (equal to the gold), wrong (a date, not the gold's:
on a page with no gold date, any date), missed (gold has one, sahna none).

    .venv/bin/python bench/published.py [--set seeds+dev|tune|check|all] [--shared PATH]
                                        [--per-doc]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)

from sahna.clean import clean_text

ROOT = Path(__file__).resolve().parents[1]

# Each set: its (page folder, gold folder) pairs under ../shared/data.
SETS = {"seeds+dev": (("seeds", "gold"), ("dev/docs", "dev/gold")),
        "tune": (("tune/docs", "tune/gold"),), "check": (("check/docs", "check/gold"),)}


def score_set(data: Path, which: str, per_doc: bool) -> None:
    """Print found / wrong / missed (and pages without a date in gold) per language."""
    counts: dict[str, Counter[str]] = {}
    for docs, golds in SETS[which]:
        for page in sorted((data / docs).glob("*.txt")):
            gold_path = data / golds / f"{page.stem}.json"
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            got = clean_text(page.read_text(encoding="utf-8")).published
            want = gold.get("published")
            if want and got == want:
                verdict = "found"
            elif got:
                verdict = "wrong"
            elif want:
                verdict = "missed"
            else:
                verdict = "none"  # no date in gold, none given: right
            for key in (gold.get("lang", "?"), "all"):
                counts.setdefault(key, Counter())[verdict] += 1
                counts[key]["dated"] += bool(want)
            if per_doc and verdict in ("wrong", "missed"):
                print(f"  {page.stem}: {verdict} gold={want} sahna={got}")
    print(f"== {which}")
    for lang in sorted(counts, key=lambda k: (k == "all", k)):
        c = counts[lang]
        share = c["found"] / c["dated"] if c["dated"] else 0.0
        print(f"  {lang:4} found {c['found']:3}  wrong {c['wrong']:2}  missed {c['missed']:3}"
              f"  no-date {c['none']:3}  found {share:.2f} of {c['dated']} dated")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--set", dest="which", default="tune", choices=[*SETS, "all"])
    args = parser.parse_args()
    for which in SETS if args.which == "all" else [args.which]:
        if which == "check" and args.which == "all":
            continue  # check/ is scored only when asked for by name
        score_set(args.shared / "data", which, args.per_doc)


if __name__ == "__main__":
    main()

"""Extraction quality on the shared documents, as the reference scorer computes it.

Runs ``sahna extract`` on one set of ../shared/data and prints ``score.py``'s figures
against its gold annotations (overall, per slot, per language): ``seeds+dev`` (the pages
the rules were first written from), ``tune`` (pages to write rules from), ``check`` (pages
to score only: the estimate for unseen news), or ``all`` three in turn.

    .venv/bin/python bench/quality.py [--set seeds+dev|tune|check|all] [--shared PATH]
                                      [--per-doc]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--set", dest="which", default="seeds+dev",
                        choices=[*SETS, "all"], help="which pages to score (seeds+dev)")
    args = parser.parse_args()
    codes = [score_set(args, which) for which in (SETS if args.which == "all" else [args.which])]
    return max(codes)


# Each set: its page folders and gold folders under ../shared/data.
SETS = {"seeds+dev": (("seeds", "dev/docs"), ("gold", "dev/gold")),
        "tune": (("tune/docs",), ("tune/gold",)), "check": (("check/docs",), ("check/gold",))}


def score_set(args: argparse.Namespace, which: str) -> int:
    """Extract the pages of one set and print its scores."""
    data = args.shared / "data"
    pages, golds = SETS[which]
    docs = [doc for folder in pages for doc in sorted((data / folder).glob("*.txt"))]
    if not docs:
        print(f"no shared documents under {data}", file=sys.stderr)
        return 2
    print(f"== {which}: {len(docs)} pages", flush=True)
    sahna = Path(sys.executable).with_name("sahna")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        for folder in golds:
            for path in (data / folder).glob("*.json"):
                shutil.copy(path, gold / path.name)
        pred = Path(tmp) / "pred.jsonl"
        subprocess.run([str(sahna), "extract", *map(str, docs), "-o", str(pred)], check=True)
        command = [sys.executable, str(args.shared / "spec" / "score.py"), str(gold), str(pred)]
        if args.per_doc:
            command.append("--per-doc")
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

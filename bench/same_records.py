"""Are the records of ``sahna extract`` the same as at another revision?

A restructuring must not change what sahna extracts. This script runs ``sahna extract``
over every page in ``../shared/data`` (seeds, dev, tune and check pages; the article
benchmark's HTML pages, unpacked to a temporary folder; with ``--kaznerd`` also the two
KazNERD files read as plain text, which takes minutes) and ``examples/``, once with the
code of ``--base`` (checked out into a temporary git worktree) and once with the working
tree, and compares the JSONL records line by line. It prints one line per document that
differs and exits 1 if any does.

    python bench/same_records.py --base 2476d38
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def inputs(work: Path, kaznerd: bool) -> list[str]:
    """The pages to extract: text pages as they are, benchmark pages unpacked."""
    paths = [SHARED / "seeds", SHARED / "dev" / "docs", SHARED / "tune" / "docs",
             SHARED / "check" / "docs", ROOT / "examples"]
    html = work / "article-benchmark"
    html.mkdir(exist_ok=True)
    for packed in sorted((SHARED / "article-benchmark" / "html").glob("*.html.gz")):
        (html / packed.name.removesuffix(".gz")).write_bytes(gzip.decompress(packed.read_bytes()))
    paths.append(html)
    if kaznerd:
        paths += sorted((SHARED / "kaznerd").glob("IOB2_*.txt"))
    return [str(p) for p in paths if p.exists()]


def extract(code: Path, paths: list[str], out: Path) -> list[str]:
    """Records written by the sahna in ``code``, one JSON line each, in input order."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, "-c", "from sahna.cli import app; app()", "extract", *paths,
               "-o", str(out), "--errors", str(out.with_suffix(".errors"))]
    subprocess.run(command, env=env, cwd=code, check=True)
    return out.read_text(encoding="utf-8").splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="revision to compare with (HEAD)")
    parser.add_argument("--kaznerd", action="store_true", help="also the KazNERD files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = inputs(work, args.kaznerd)
        base = work / "base"
        subprocess.run(["git", "worktree", "add", "--detach", str(base), args.base], cwd=ROOT,
                       check=True, capture_output=True)
        try:
            before = extract(base, paths, work / "before.jsonl")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT,
                           check=False, capture_output=True)
        after = extract(ROOT, paths, work / "after.jsonl")
    differ = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    for i in differ:
        print(f"differs: record {i + 1}: {before[i][:80]} ...")
    if len(before) != len(after):
        print(f"differs: {len(before)} records at {args.base}, {len(after)} now")
    same = not differ and len(before) == len(after)
    print(f"{len(after)} records compared with {args.base}: "
          + ("identical" if same else f"{len(differ)} differ"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

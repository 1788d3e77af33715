"""Extraction quality on the shared documents, as the reference scorer computes it.

Runs ``sahna extract`` on ../shared/data/seeds and ../shared/data/dev/docs and prints
``score.py``'s figures against their gold annotations.

    .venv/bin/python bench/quality.py [--shared PATH] [--per-doc]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--per-doc", action="store_true")
    args = parser.parse_args()
    data = args.shared / "data"
    docs = sorted((data / "seeds").glob("*.txt")) + sorted((data / "dev" / "docs").glob("*.txt"))
    if not docs:
        print(f"no shared documents under {data}", file=sys.stderr)
        return 2
    sahna = Path(sys.executable).with_name("sahna")
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        for path in [*(data / "gold").glob("*.json"), *(data / "dev" / "gold").glob("*.json")]:
            shutil.copy(path, gold / path.name)
        pred = Path(tmp) / "pred.jsonl"
        subprocess.run([str(sahna), "extract", *map(str, docs), "-o", str(pred)], check=True)
        command = [sys.executable, str(args.shared / "spec" / "score.py"), str(gold), str(pred)]
        if args.per_doc:
            command.append("--per-doc")
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

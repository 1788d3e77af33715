"""Exact-match entity F1 of the shipped Kazakh tagger on KazNERD's test part.

    .venv/bin/python bench/kazakh_ner.py [--data ../shared/data/kaznerd]

Scores the seven classes sahna uses (an entity counts only when span and type match,
as seqeval does); the model is never trained on this file (``train/kazakh_ner.py``
reads only ``IOB2_valid.txt``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sahna.analyse.iob import read_iob, score
from sahna.langs.kk import ner as kk_ner
from sahna.langs.kk.script import to_cyrillic


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path,
                        default=Path(__file__).resolve().parent.parent.parent
                        / "shared" / "data" / "kaznerd")
    args = parser.parse_args()
    sentences = read_iob(args.data / "IOB2_test.txt")
    started = time.perf_counter()
    if kk_ner.tagger() is None:
        sys.exit(f"no model at {kk_ner.MODEL_PATH}; run make train-kazakh")
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    pred = [kk_ner.tag([to_cyrillic(w) for w in words]) or [] for words, _ in sentences]
    tagged = time.perf_counter() - started
    result = score([tags for _, tags in sentences], pred, kk_ner.CLASSES)
    print(f"{len(sentences)} sentences; model loaded in {loaded * 1000:.0f} ms, "
          f"tagged in {tagged:.1f} s")
    print(f"{'class':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for kind, (p, r, f1, n) in result.items():
        print(f"{kind:<14}{p:7.3f}{r:7.3f}{f1:7.3f}{n:7d}")


if __name__ == "__main__":
    main()

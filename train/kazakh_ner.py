"""Train the Kazakh NER tagger (a CRF) on KazNERD's validation part.

    .venv/bin/python train/kazakh_ner.py --data ../shared/data/kaznerd   # make train-kazakh
    .venv/bin/python train/kazakh_ner.py --data ... --tune               # pick c1/c2 first

Only ``IOB2_valid.txt`` is read: the test part is for ``bench/kazakh_ner.py`` alone, so
``--tune`` holds out the last tenth of the validation file to choose the L1/L2 weights
and then retrains on the whole file. Every class of the file is learnt (POSITION, NORP,
DATE... help the tagger tell a minister from a person); sahna keeps seven of them.
L-BFGS on a fixed feature set is deterministic, so the same data give the same model.

KazNERD: Yeshpanov, Khassanov, Varol, LREC 2022, CC BY 4.0 (see NOTICE).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sahna.analyse.iob import Sentence, read_iob, score
from sahna.langs.kk.features import sentence_features
from sahna.langs.kk.ner import CLASSES, MODEL_PATH
from sahna.langs.kk.script import to_cyrillic

SEED = 20250601
C1, C2 = 0.05, 0.05  # chosen by --tune on the held-out tenth
MAX_ITERATIONS = 150
# Features seen fewer times than this are dropped: smaller model, less over-fitting.
MIN_FREQ = 1
GRID = ((0.05, 0.05), (0.1, 0.01), (0.2, 0.05))


def _features(sentences: list[Sentence]) -> list[list[dict]]:
    return [sentence_features([to_cyrillic(w) for w in words]) for words, _ in sentences]


def train(sentences: list[Sentence], out: Path, c1: float, c2: float, iterations: int) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for feats, (_, tags) in zip(_features(sentences), sentences, strict=True):
        trainer.append(feats, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True,
                        "feature.minfreq": MIN_FREQ})
    trainer.train(str(out))


def evaluate(model: Path, sentences: list[Sentence]) -> dict[str, tuple[float, float, float, int]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    pred = [tagger.tag(f) for f in _features(sentences)]
    return score([t for _, t in sentences], pred, CLASSES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/kaznerd"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--tune", action="store_true", help="choose c1/c2 on a held-out tenth")
    parser.add_argument("--c1", type=float, default=C1)
    parser.add_argument("--c2", type=float, default=C2)
    parser.add_argument("--iterations", type=int, default=MAX_ITERATIONS)
    args = parser.parse_args()
    sentences = read_iob(args.data / "IOB2_valid.txt")
    c1, c2 = args.c1, args.c2
    if args.tune:
        shuffled = sentences[:]
        random.Random(SEED).shuffle(shuffled)
        cut = len(shuffled) * 9 // 10
        fit, held = shuffled[:cut], shuffled[cut:]
        best = (-1.0, c1, c2)
        tmp = args.out.with_suffix(".tune")
        for tc1, tc2 in GRID:
            started = time.time()
            train(fit, tmp, tc1, tc2, args.iterations)
            f1 = evaluate(tmp, held)["overall"][2]
            print(f"c1={tc1} c2={tc2}: held-out F1 {f1:.4f} ({time.time() - started:.0f}s)")
            best = max(best, (f1, tc1, tc2))
        tmp.unlink(missing_ok=True)
        _, c1, c2 = best
        print(f"chosen c1={c1} c2={c2}")
    started = time.time()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    train(sentences, args.out, c1, c2, args.iterations)
    size = args.out.stat().st_size / 1e6
    print(f"trained on {len(sentences)} sentences in {time.time() - started:.0f}s: "
          f"{args.out} ({size:.1f} MB)")


if __name__ == "__main__":
    main()

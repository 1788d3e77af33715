"""Article text that the chrome cleaner would remove: its false removals on text known
to be article, from corpora that are not the pages the rules were written from.

Chrome F1 on ``tune/`` and ``check/`` counts a removed article line as a false positive,
but those sets hold a few hundred article lines. Larger bodies of known article text
are beside them: the article bodies of the article-extraction benchmark (English,
``articleBody`` of its ground truth, one paragraph per line), the sentences of KazNERD
(Kazakh; every sentence is article text, grouped here into pages of twenty lines), and
the gold evidence sentences of the seeds, dev and tune pages (the three languages;
evidence quotes only article text; ``check/`` is never read), twenty a page too. Each
body is classified as one page by :func:`sahna.clean.page.classify_lines`;
every line it labels is a false removal, printed with its kind so that a rule that
fires on real sentences shows itself.

    .venv/bin/python bench/chrome_precision.py [--shared PATH] [--show N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import unshadow  # noqa: F401  (first: bench/html.py must not stand in for html)
from rich.progress import track

from sahna.clean.page import classify_lines

ROOT = Path(__file__).resolve().parents[1]
KAZNERD_PAGE_LINES = 20


def benchmark_pages(data: Path) -> Iterator[list[str]]:
    """The benchmark's article bodies, one paragraph per line."""
    truth = json.loads((data / "article-benchmark" / "ground-truth.json").read_text("utf-8"))
    for item in truth.values():
        body = item.get("articleBody") or ""
        yield [p.strip() for p in body.split("\n") if p.strip()]


def kaznerd_pages(data: Path) -> Iterator[list[str]]:
    """KazNERD's sentences (tokens joined, no space before punctuation), twenty a page."""
    sentences: list[str] = []
    for name in ("IOB2_valid.txt", "IOB2_test.txt"):
        path = data / "kaznerd" / name
        if not path.exists():
            continue
        tokens: list[str] = []
        for row in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if row.strip():
                tokens.append(row.split()[0])
            elif tokens:
                text = " ".join(tokens)
                for p in (" .", " ,", " !", " ?", " :", " ;", " »", "« "):
                    text = text.replace(p, p.strip())
                sentences.append(text)
                tokens = []
    for i in range(0, len(sentences), KAZNERD_PAGE_LINES):
        yield sentences[i:i + KAZNERD_PAGE_LINES]


EVIDENCE_SETS = ("gold", "dev/gold", "tune/gold")  # seeds, dev, tune: never check/


def evidence_pages(data: Path) -> Iterator[list[str]]:
    """The gold evidence sentences of the seeds, dev and tune pages (article text by
    the annotation: evidence never quotes chrome), each line of them alone, twenty a
    page; ``check/`` is not read."""
    sentences: list[str] = []
    for folder in EVIDENCE_SETS:
        for path in sorted((data / folder).glob("*.json")):
            gold = json.loads(path.read_text("utf-8"))
            for event in gold.get("events", []):
                for quote in event.get("evidence", []):
                    sentences.extend(p.strip() for p in quote.split("\n") if p.strip())
    unique = list(dict.fromkeys(sentences))
    for i in range(0, len(unique), KAZNERD_PAGE_LINES):
        yield unique[i:i + KAZNERD_PAGE_LINES]


def audit(name: str, pages: list[list[str]], show: int) -> None:
    """Print how many article lines were labelled chrome, by kind, with examples."""
    total = removed = 0
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for page in track(pages, description=name):
        labels = classify_lines(page)
        total += len(page)
        for line, label in zip(page, labels, strict=True):
            if label:
                removed += 1
                kinds[label] += 1
                examples.setdefault(label, []).append(line)
    share = removed / total if total else 0.0
    print(f"== {name}: {len(pages)} pages, {total} article lines, "
          f"{removed} removed ({share:.4f})")
    for kind, n in kinds.most_common():
        print(f"  {kind:14} {n}")
        for line in examples[kind][:show]:
            print(f"      {line[:140]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", type=int, default=3, help="examples per kind")
    args = parser.parse_args()
    data = args.shared / "data"
    audit("article-benchmark bodies (en)", list(benchmark_pages(data)), args.show)
    audit("KazNERD sentences (kk)", list(kaznerd_pages(data)), args.show)
    audit("gold evidence of seeds, dev, tune (ru, kk, en)", list(evidence_pages(data)),
          args.show)


if __name__ == "__main__":
    main()

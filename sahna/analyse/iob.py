"""IOB2 files (CoNLL format) and an exact-match entity scorer, standard library only.

The Kazakh tagger is trained and benchmarked on KazNERD's IOB2 files; the scorer counts
an entity as found only when its span and type both match (seqeval's default), so that
a name found without its case-marked last word does not count as a hit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

Sentence = tuple[list[str], list[str]]  # words, tags


def read_iob(path: Path | str) -> list[Sentence]:
    """Sentences of a ``word TAG`` per line file; blank lines separate sentences."""
    out: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if words:
                    out.append((words, tags))
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    if words:
        out.append((words, tags))
    return out


def spans(tags: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """(type, first, end) of each entity; an ``I-`` without its ``B-`` opens an entity
    (as seqeval does), so that a tagger's broken sequences are still scored."""
    kind, first = None, 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if kind is not None and (prefix != "I" or label != kind):
            yield kind, first, i
            kind = None
        if prefix == "B" or (prefix == "I" and kind is None):
            kind, first = label, i


def score(
    gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], classes: Iterable[str]
) -> dict[str, tuple[float, float, float, int]]:
    """Per class and ``overall``: (precision, recall, F1, gold count) of exact matches."""
    wanted = set(classes)
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g = {s for s in spans(g_tags) if s[0] in wanted}
        p = {s for s in spans(p_tags) if s[0] in wanted}
        for kind, *_ in g:
            n_gold[kind] += 1
        for kind, *_ in p:
            n_pred[kind] += 1
        for kind, *_ in g & p:
            tp[kind] += 1
    out = {}
    for kind in [*sorted(wanted), "overall"]:
        if kind == "overall":
            t, g_n, p_n = sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())
        else:
            t, g_n, p_n = tp[kind], n_gold[kind], n_pred[kind]
        precision = t / p_n if p_n else 0.0
        recall = t / g_n if g_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = (precision, recall, f1, g_n)
    return out

"""Sentences and word tokens for any of our languages.

Sentences never cross a line break: in cleaned page text a line is a headline or a
paragraph, and a headline has no final full stop to stop razdel from gluing it to the
lead. Within a line razdel (natasha's segmenter) splits sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from razdel import sentenize, tokenize

from sahna.document import Sentence

_LINE = re.compile(r"[^\n]+")


def sentences(text: str) -> list[Sentence]:
    out = []
    for line in _LINE.finditer(text):
        base = line.start()
        for sent in sentenize(line.group()):
            if sent.text.strip():
                out.append(Sentence(base + sent.start, base + sent.stop, sent.text))
    return out


def words(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of razdel tokens, offsets shifted by ``offset``."""
    for tok in tokenize(text):
        yield offset + tok.start, offset + tok.stop, tok.text

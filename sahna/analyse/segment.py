"""Sentences and word tokens for any of our languages.

Sentences never cross a line break: in cleaned page text a line is a headline or a
paragraph, and a headline has no final full stop to stop razdel from gluing it to the
lead. Within a line razdel (natasha's segmenter) splits sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from razdel import sentenize

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


# Words with inner hyphens, apostrophes and dots of abbreviations kept together
# («гала-концерт», «им.», "Astana's" split as spaCy does not matter here), numbers with
# their separators («18,19», «2–5»), and every other non-space character on its own.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?(?<=им\.)|[^\W\d_]+(?:[-'’][^\W\d_]+)*"
                   r"|\d+(?:[.,:]\d+)*(?:-[^\W\d_]+)?|\S")


def words(text: str, offset: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of word tokens, offsets shifted by ``offset``.

    A regular expression, not razdel's tokenizer: the rules look tokens up in lexicons
    and need no finer segmentation, and this runs on every word of every page."""
    for match in _WORD.finditer(text):
        yield offset + match.start(), offset + match.end(), match.group()

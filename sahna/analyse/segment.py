"""Sentences and word tokens for any of our languages.

In cleaned page text a line is a headline or a paragraph, and a headline has no final
full stop to stop razdel (natasha's segmenter) from gluing it to the lead, so a sentence
does not cross a line break — unless the line plainly goes on: text pages wrap long
paragraphs, and a wrapped line ends without final punctuation and the next one starts
with a lower-case letter, or the line ends with a comma, a preposition or conjunction, an
abbreviation that never ends a sentence, or inside an open quote or parenthesis. Such
lines are read as one paragraph; a sentence's ``text`` is still the slice of the text,
line break included, so evidence quotes the page verbatim.

Within a paragraph razdel splits sentences, and two of its pieces are joined again
where it cut after an abbreviation of the document's language (``abbreviations.tsv``:
"Nov. 24", «2025 ж. 12 қарашада») and the next word does not start a new sentence;
and pieces are cut where a page left out the space after a full stop ("Almaty.The").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from razdel.segmenters.base import safe_next
from razdel.segmenters.sentenize import BULLET_SIZE, SentSegmenter

from sahna.document import Sentence

if TYPE_CHECKING:
    from sahna.langs.base import Language

_LINE = re.compile(r"[^\n]+")
# What ends a sentence at the end of a line, before any closing quotes and brackets.
_FINAL = frozenset(".!?…:;")
_CLOSING = "»”’\"')]"
# Quote and bracket pairs whose opening without its closing carries a sentence on (the
# ‘ ’ pair counts only when it is unbalanced towards the opening: ’ is also an apostrophe).
_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"), ("‘", "’"))
_SENTENCE_END = re.compile(r"[.!?…][»”’\"')\]]*\s")
# A sentence this long that is still inside a quote is a quote the page never closed.
_LONGEST = 600
_LOWER = "a-zа-яёәіңғүұқөһ"
_UPPER = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ"
_UNSPACED = re.compile(
    rf"(?<![^\W\d_])([{_UPPER}]?[{_LOWER}]{{2,}})([.!?])(?=[{_UPPER}][{_LOWER}])")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")


#: Eight or more quotes or brackets in a row: no sentence is written so.
_RUN_OF_MARKS = re.compile(r"[«»\"“”„()\[\]]{8,}")


class _Length:
    """What razdel's rules may read of a sentence longer than ``BULLET_SIZE``: its length."""

    def __init__(self, size: int) -> None:
        self.size = size

    def __len__(self) -> int:
        return self.size


class _LinearSegmenter(SentSegmenter):
    """razdel's sentence segmenter (the same rules, the same sentences) in linear time:
    razdel grows a sentence by string concatenation, each join copying the sentence so
    far, so a paragraph of thousands of pieces in one sentence (a hostile page's
    megabyte-long list) took time in the square of its length. Here a sentence is a
    list of pieces joined once. Its rules read the sentence so far only to tell a list
    item («1.», "a)"): its length, and its tokens when it is at most ``BULLET_SIZE``
    characters long; a longer one is given to them as its length alone."""

    def segment(self, parts):
        first = safe_next(parts)
        if first is None:
            return
        pieces, size = [first], len(first)
        for split in parts:
            right = next(parts)
            split.buffer = "".join(pieces) if size <= BULLET_SIZE else _Length(size)
            if self.join(split):
                pieces += (split.delimiter, right)
                size += len(split.delimiter) + len(right)
            else:
                yield "".join(pieces) + split.delimiter
                pieces, size = [right], len(right)
        yield "".join(pieces)


sentenize = _LinearSegmenter()


def _blank(match: re.Match[str]) -> str:
    """The run as spaces but its last mark, which a sentence end may follow («…»»).»)."""
    run = match.group()
    return " " * (len(run) - 1) + run[-1]


def sentences(text: str, lang: Language | None = None) -> list[Sentence]:
    """The sentences of ``text``; with ``lang``, wrapped lines and that language's
    abbreviations are read as its writers mean them (see the module's doc)."""
    out = []
    for start, end in paragraphs(text, lang):
        # razdel reads the paragraph with its line breaks as spaces: one character for
        # one, so every offset still points into ``text``
        chunk = text[start:end].replace("\n", " ")
        # razdel weighs every quote and bracket as a place a sentence may end; a run of
        # them (a hostile page nests thousands) is read as spaces but its last mark, one
        # character for one, so the offsets hold and no sentence of real text changes
        pieces = [(s.start, s.stop) for s in sentenize(_RUN_OF_MARKS.sub(_blank, chunk))]
        if lang is not None:
            pieces = _rejoin(chunk, _unspaced(chunk, pieces, lang.abbreviations),
                             lang.abbreviations)
        for s, e in pieces:
            if chunk[s:e].strip():
                out.append(Sentence(start + s, start + e, text[start + s:start + e]))
    return out


def paragraphs(text: str, lang: Language | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines that one paragraph was wrapped into: each line
    alone without ``lang``."""
    current: tuple[int, int] | None = None
    for line in _LINE.finditer(text):
        if current is not None and lang is not None and \
                text[current[1]:line.start()] == "\n" and \
                goes_on(text[current[0]:current[1]], line.group(), lang):
            current = (current[0], line.end())
            continue
        if current is not None:
            yield current
        current = (line.start(), line.end())
    if current is not None:
        yield current


def goes_on(block: str, following: str, lang: Language) -> bool:
    """Does the sentence at the end of ``block`` (one or more lines) go on on the line
    ``following``? A headline — no final punctuation, the next line capitalised — does
    not: only a lower-case start, a comma, a word that cannot end a sentence, an
    abbreviation that never ends one, or an open quote or bracket carry it on."""
    line, following = block.rstrip(), following.lstrip()
    if not line or not following:
        return False
    if _open_pair(block):
        return True
    end = line.rstrip(_CLOSING)[-1:]
    if end in _FINAL:
        return end == "." and _joins(line, lang.abbreviations) == "always"
    first = following[0]
    if first.isalpha() and first.islower():
        return True
    if line[-1] in ",":
        return True
    last = _LAST_WORD.search(line)
    return bool(last and line[-1].isalnum() and
                last.group(1).lower() in lang.cue_words("line_goes_on"))


def _open_pair(block: str) -> bool:
    """Is a quote or bracket opened in the last sentence of ``block`` and not closed?
    Only the last sentence is read, so that a quote a page never closes carries on one
    sentence at most, not the rest of the page."""
    ends = [m.end() for m in _SENTENCE_END.finditer(block)]
    block = block[ends[-1]:] if ends else block
    if len(block) > _LONGEST:
        return False
    if any(block.count(opening) > block.count(closing) for opening, closing in _PAIRS):
        return True
    return block.count('"') % 2 == 1


def _joins(piece: str, abbreviations: dict[str, str]) -> str | None:
    """How the sentence goes on after ``piece`` when it ends with a listed abbreviation
    (its last word, or its last two for spaced ones like «т. е.»): None otherwise."""
    words = piece.split()
    for count in (2, 1):
        if len(words) < count:
            continue
        word = " ".join(words[-count:]).lstrip("«“\"‘'([")
        joins = abbreviations.get(word)
        if joins is None and word[:1].isupper():
            joins = abbreviations.get(word[:1].lower() + word[1:])
        if joins is not None:
            return joins
    return None


def _unspaced(chunk: str, pieces: list[tuple[int, int]], abbreviations: dict[str, str]
              ) -> list[tuple[int, int]]:
    """razdel's pieces also cut where a page left out the space after a full stop
    ("Tlendieva.The closing"): a word of lower-case letters, the stop, and a capitalised
    word — not an initial («М.Әуезов», upper-case before the dot) and not a listed
    abbreviation («ул.Абая»)."""
    out = []
    for start, end in pieces:
        for match in _UNSPACED.finditer(chunk, start, end):
            word = match.group(1) + match.group(2)
            if word in abbreviations or match.group(1).lower() + "." in abbreviations:
                continue
            out.append((start, match.end(2)))
            start = match.end(2)
        out.append((start, end))
    return out


def _continues(joins: str, first: str) -> bool:
    """Does a sentence go on after an abbreviation that ``joins`` so, when the next word
    starts with ``first``?"""
    lower = first.isalpha() and first.islower()
    return joins == "always" or lower or (joins == "digit" and first.isdigit())


def _rejoin(chunk: str, pieces: list[tuple[int, int]], abbreviations: dict[str, str]
            ) -> list[tuple[int, int]]:
    """razdel's pieces with a cut after an abbreviation undone when the next piece
    starts as its ``joins`` says the sentence goes on."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out:
            before = chunk[out[-1][0]:out[-1][1]]
            joins = _joins(before, abbreviations)
            if (joins is not None and _continues(joins, chunk[start:start + 1])) or \
                    _inside_title(before, chunk[start:end]):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out


#: A quoted title that ends with its own question or exclamation mark: «…?», "…!".
_TITLE_MARK = re.compile(r"[«“\"][^«»“”\"]{1,80}[?!][»”\"]\s*$")
#: What goes on after such a title: an initial and a surname (its author), a
#: lower-case word, a number, a comma or a dash.
_GOES_ON_AFTER_TITLE = re.compile(rf"(?:[{_UPPER}]\.\s?[{_UPPER}][{_LOWER}]|[{_LOWER}0-9,–—-])")


def _inside_title(before: str, after: str) -> bool:
    """«… балетами «Шопениана» М. Фокина и «Сколько длится сейчас?» Р. Ребека, 14
    марта.»: a cut after a quoted title's own ? or ! is undone when what follows is the
    work's author, a lower-case word, a number or a comma — the sentence goes on."""
    return bool(_TITLE_MARK.search(before)) and bool(_GOES_ON_AFTER_TITLE.match(after))


# Words with inner hyphens, apostrophes and dots of abbreviations kept together
# («гала-концерт», «им.», "Astana's" split as spaCy does not matter here), numbers with
# their separators («18,19», «2–5»), and every other non-space character on its own.
# The dot of «им.» is an optional tail of the word, taken when the word ends in «им»: as
# an alternative of its own («word.(?<=им\.)|word») every word was matched twice.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.(?<=им\.))?"
                   r"|\d+(?:[.,:]\d+)*(?:-[^\W\d_]+)?|\S")


def words(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, text) of word tokens, offsets shifted by ``offset``.

    A regular expression, not razdel's tokenizer: the rules look tokens up in lexicons
    and need no finer segmentation, and this runs on every word of every page."""
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(text)]

"""Remove page chrome from a news page saved as plain text.

Saved pages carry what surrounded the article (counters, bylines, credits, lists of
other headlines, copyright, menus, standalone dates; spec section 5). Extraction must
not see it: events named only in chrome are not annotated and evidence never quotes
it. :func:`clean_text` returns the article text, the removed lines (verbatim, so that
cleaning can be scored against gold ``chrome_lines``), and the headline and the
publication date, which the page's chrome is often the only source of.

Line rules live in :mod:`sahna.clean.lines`, context rules in :mod:`sahna.clean.page`,
and the words they look for in ``sahna/data/chrome/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sahna.clean.lines import classify_line, is_date_line, parse_date, split_date_prefix
from sahna.clean.page import classify_lines, find_title

__all__ = ["Cleaned", "classify_line", "classify_lines", "clean_text"]

# The page's own date sits next to its headline: only this many non-blank lines
# from the top are searched for it (dates further down belong to lists or the text).
PUBLISHED_SEARCH_LINES = 10


@dataclass
class Cleaned:
    """The article without its page chrome."""

    text: str  # kept lines joined with "\n"; blank-line paragraph breaks kept, runs collapsed
    removed_lines: list[str] = field(default_factory=list)  # verbatim, stripped, in order
    title: str | None = None  # the article headline when one can be found
    published: str | None = None  # YYYY-MM-DD when the page states it


def clean_text(raw: str) -> Cleaned:
    """Split ``raw`` into article text and chrome lines; find title and date."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    originals = list(lines)
    published = _take_date_prefix(lines)
    labels = classify_lines(lines)
    if published is not None and _first_nonblank(originals) is not None:
        first = _first_nonblank(originals)
        if not lines[first].strip():  # the prefix line was metadata only
            labels[first] = "date"
    kept = [line.strip() for line, label in zip(lines, labels, strict=True) if label is None]
    removed = [
        original.strip()
        for original, label in zip(originals, labels, strict=True)
        if label is not None and original.strip()
    ]
    return Cleaned(
        text=_join(kept),
        removed_lines=removed,
        title=find_title(lines, labels),
        published=published or _published_from_lines(originals),
    )


def _first_nonblank(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def _take_date_prefix(lines: list[str]) -> str | None:
    """Handle a leading ``date YYYY-MM-DD`` metadata prefix in place: the date is the
    publication date; the prefix is dropped from the line; what follows it stays as
    article text unless it is chrome itself (menu words, another date), in which case
    the line is emptied and later reported as removed. Returns the date or None."""
    first = _first_nonblank(lines)
    if first is None:
        return None
    split = split_date_prefix(lines[first])
    if split is None:
        return None
    published, rest = split
    lines[first] = "" if not rest or classify_line(rest) is not None else rest
    return published


def _published_from_lines(lines: list[str]) -> str | None:
    """The first standalone date line with a full date near the top of the page."""
    nonblank = [line for line in lines if line.strip()][:PUBLISHED_SEARCH_LINES]
    for line in nonblank:
        if is_date_line(line) and (found := parse_date(line)):
            return found
    return None


def _join(kept: list[str]) -> str:
    """Kept lines with runs of blank lines collapsed to one and no blank edges, so
    that paragraphs stay apart but removed chrome leaves no holes."""
    out: list[str] = []
    for line in kept:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)

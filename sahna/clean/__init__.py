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

import inspect
from dataclasses import dataclass, field

from sahna.clean.lines import classify_line, split_date_prefix
from sahna.clean.page import classify_lines, find_title
from sahna.clean.published import find_published

__all__ = ["Cleaned", "classify_line", "classify_lines", "clean_text", "warm_up"]


@dataclass
class Cleaned:
    """The article without its page chrome."""

    text: str  # kept lines joined with "\n"; blank-line paragraph breaks kept, runs collapsed
    removed_lines: list[str] = field(default_factory=list)  # verbatim, stripped, in order
    title: str | None = None  # the article headline when one can be found
    published: str | None = None  # YYYY-MM-DD when the page states it


def clean_text(raw: str, *, title: str | None = None,
               published: str | None = None, fetched: str | None = None) -> Cleaned:
    """Split ``raw`` into article text and chrome lines; find title and date.

    A ``title`` or ``published`` the reader already knows (an HTML page's metadata)
    is returned as it is and not searched for in the text: the search would be wasted
    work (the pipeline keeps the reader's value), the date search most of all.
    ``fetched`` (``YYYY-MM-DD``, when the page's fetch date is known) dates a stamp
    that says only «Сегодня, 14:05» or "Yesterday"; without it such a stamp gives no
    date, since a wrong date is worse than none."""
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    originals = list(lines)
    prefixed, metadata_line = _take_date_prefix(lines)
    labels = classify_lines(lines)
    if metadata_line is not None:
        labels[metadata_line] = "date"
    kept = [line.strip() for line, label in zip(lines, labels, strict=True) if label is None]
    removed = [
        original.strip()
        for original, label in zip(originals, labels, strict=True)
        if label is not None and original.strip()
    ]
    found = None if title and (published or prefixed) else find_title(lines, labels)
    if not (published := published or prefixed):
        # The date is looked for near the headline the cleaner finds in the text.
        headline = next((i for i, line in enumerate(lines)
                         if found and line.strip() == found), None)
        published = find_published(originals, headline, labels, fetched=fetched)
    return Cleaned(text=_join(kept), removed_lines=removed, title=title or found,
                   published=published)


def warm_up() -> None:
    """Build the cleaner's lexicons and regexes now (before timing, or before forking
    workers), once for the process.

    They are built lazily, each the first time a line needs it: a short page needs a
    few of them and the page that needs the rest pays for their compilation, a tenth
    of cleaning an HTML page spread over a batch's first pages. Every cached builder
    without arguments is called, and every cue of every kind compiled."""
    from sahna.clean import lines, page, published

    for module in (lines, page, published):
        for value in vars(module).values():
            if not (callable(value) and hasattr(value, "cache_info")
                    and getattr(value, "__module__", None) == module.__name__):
                continue
            parameters = inspect.signature(value).parameters.values()
            if all(p.default is not p.empty for p in parameters):
                value()
    for kind, entries in lines.cue_sections().items():
        lines.cue_regex(kind)
        if lines.cue_guard(kind) is not None:
            for index in range(len(entries)):
                lines.cue_entry_regex(kind, index)
    clean_text(_WARM_UP_PAGE)


#: A page of the usual line shapes, for :func:`warm_up` to clean: the builders with
#: arguments (a cue followed by a separator) are then built as a page would build them.
_WARM_UP_PAGE = """Главная | Новости | Культура
Фото:
пресс-служба
Photo by John Smith
Фото Kazinform
12 декабря 2026, 14:05
Обновлено: 12.12.2026 14:05
Published: Dec 12, 2026
Автор:
Иван Петров
Просмотров: 1024
A festival of folk music opened in the city on Friday.
Read also
Subscribe to our Telegram channel
Tags: music, festival
Filed under Culture
Source: Kazinform
Open: 10:00 – 18:00
Выходные данные: ТОО «Медиа»
© 2026 All rights reserved"""


def _take_date_prefix(lines: list[str]) -> tuple[str | None, int | None]:
    """Handle a leading ``date YYYY-MM-DD`` metadata prefix in place. The date is the
    publication date and the prefix is dropped from the line. What follows it stays
    as article text, unless it is nothing or chrome itself (menu words, another
    date): then the line is emptied, and its index returned so that the caller
    reports the whole line as removed. Returns ``(date, metadata line index)``."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    split = None if first is None else split_date_prefix(lines[first])
    if first is None or split is None:
        return None, None
    published, rest = split
    if rest and classify_line(rest) is None:
        lines[first] = rest
        return published, None
    lines[first] = ""
    return published, first


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

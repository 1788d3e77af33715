"""Dates as people write them, in the interface's language, at the precision the source
gave: «25–28 апреля 2025», «25–28 сәуір 2025», "25–28 April 2025", "April 2025",
"25 April, year not stated".

The store keeps dates as ISO prefixes of any precision (``2025-04-25``, ``2025-04``,
``2025``) or without a year (``--04-25``, ``--04``); showing those codes to a reader is
what this module exists to stop. Month names come from CLDR through Babel: the genitive
("format") form after a day number (апреля), the nominative ("stand-alone") form alone
(апрель).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sahna.i18n import translator

__all__ = ["Parsed", "human_date", "month_title", "parse", "weekdays"]

@dataclass(frozen=True)
class Parsed:
    """A stored date's parts; ``None`` for what the source did not give."""

    year: int | None
    month: int | None
    day: int | None


def parse(value: str | None) -> Parsed | None:
    """``2025-04-25``, ``2025-04``, ``2025``, ``--04-25``, ``--04`` into parts; None for
    anything else (shown as it is by :func:`human_date`)."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        return Parsed(year, month, day)
    m = re.fullmatch(r"--(\d{2})(?:-(\d{2}))?", value)
    if m:
        return Parsed(None, int(m.group(1)), int(m.group(2)) if m.group(2) else None)
    return None


@cache
def _months(lang: str, context: str) -> list[str]:
    from babel import Locale

    names = Locale.parse(lang).months[context]["wide"]
    return [names[i] for i in range(1, 13)]


def month_name(lang: str, month: int, after_day: bool) -> str:
    """The month's name: genitive after a day number (апреля), nominative alone (апрель)."""
    if not 1 <= month <= 12:
        return str(month)
    name = _months(lang, "format" if after_day else "stand-alone")[month - 1]
    if after_day or lang == "en":
        return name
    return name[:1].lower() + name[1:]  # Kazakh's stand-alone names are capitalised


def month_title(lang: str, year: int, month: int) -> str:
    """A calendar's heading: «Апрель 2025», «Сәуір 2025», "April 2025"."""
    name = month_name(lang, month, after_day=False)
    return f"{name[:1].upper()}{name[1:]} {year}"


@cache
def weekdays(lang: str) -> list[str]:
    """Monday-first abbreviated weekday names."""
    from babel import Locale

    names = Locale.parse(lang).days["format"]["abbreviated"]
    return [names[i] for i in range(7)]


def _one(lang: str, p: Parsed, with_year: bool = True) -> str:
    """One date: "25 April 2025", "April 2025", "2025", "25 April"."""
    parts: list[str] = []
    if p.day is not None and p.month is not None:
        parts += [str(p.day), month_name(lang, p.month, after_day=True)]
    elif p.month is not None:
        parts.append(month_name(lang, p.month, after_day=False))
    if with_year and p.year is not None:
        parts.append(str(p.year))
    return " ".join(parts)


def _range(lang: str, a: Parsed, b: Parsed) -> str:
    """Two dates sharing what they share: 25–28 April 2025, 30 April – 2 May 2025."""
    same_year = a.year == b.year
    if same_year and a.month == b.month and a.day is not None and b.day is not None \
            and a.month is not None:
        if a.day == b.day:
            return _one(lang, a)
        tail = " ".join([month_name(lang, a.month, after_day=True),
                         *([str(a.year)] if a.year is not None else [])])
        return f"{a.day}–{b.day} {tail}"
    if same_year and a.day is not None and b.day is not None:
        return f"{_one(lang, a, with_year=False)} – {_one(lang, b)}"
    if same_year and a.day is None and b.day is None and a.month and b.month:
        first = month_name(lang, a.month, after_day=False)
        return f"{first}–{_one(lang, b)}"
    return f"{_one(lang, a)} – {_one(lang, b)}"


def human_date(start: str | None, end: str | None, lang: str) -> str:
    """The dates of an event as a reader writes them, in ``lang``; a date without a
    year says so, and an event without dates says "date unknown"."""
    t = translator(lang)
    a, b = parse(start), parse(end)
    if start and a is None:
        return start  # not a form the store writes: shown as it is, never dropped
    if a is None and b is None:
        return t("date unknown")
    if a is None:
        assert b is not None
        return t("until {date}", date=_one(lang, b))
    yearless = a.year is None
    if b is None or b == a:
        text = _one(lang, a)
    else:
        text = _range(lang, a, b)
    if yearless:
        text = t("{date}, year not stated", date=text)
    return text

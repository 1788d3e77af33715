"""Turn matched pieces (day, month, year, relative word) into the contract's values.

The contract (spec section 2) allows reduced forms and forbids invented years, so the
rules here are deliberately simple and predictable:

* an explicit year in the expression wins;
* else a year qualifier ("этого года", "last year", "биылғы") counts from the
  publication year;
* else a day or month without a year takes the publication year ("15 марта" in a page
  published in February 2026 is 2026-03-15, and so is one in a page published in May
  2026), moved by a year only where :func:`sahna.dates._tense_shift` finds a reason (a
  past clause after the publication, a future one long before it, a winter range in
  a January report, a day nearly a year away one way and days away the other);
* with no publication date the year stays unknown and the value is ``--MM-DD`` or
  ``--MM``.

A range borrows a year from its other end ("с 30 декабря по 2 января 2025 года"), and
when its end would fall before its start the borrowed side moves by one year.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

from sahna.dates.lexicon import YEAR_OFFSETS

MIN_YEAR, MAX_YEAR = 1800, 2199


@dataclass(frozen=True)
class Parts:
    """What one end of a date expression states; ``None`` for what it leaves out."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def key(self) -> tuple[int, int]:
        """Order within a year, for telling a range's end from its start."""
        return (self.month or 0, self.day or 0)


def parse_published(published: str | None) -> dt.date | None:
    """The publication date, or ``None`` when absent or malformed (never guessed)."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def year_hint(rel_key: str | None, published: dt.date | None) -> int | None:
    """The year to give a day or month that states none (see module docstring)."""
    if published is None:
        return None
    return published.year + YEAR_OFFSETS.get(rel_key or "this_year", 0)


def valid(parts: Parts) -> bool:
    """A real calendar date (29 February only without a year or in a leap year)."""
    if parts.year is not None and not MIN_YEAR <= parts.year <= MAX_YEAR:
        return False
    if parts.month is None:
        return parts.day is None and parts.year is not None
    if not 1 <= parts.month <= 12:
        return False
    if parts.day is None:
        return True
    last = calendar.monthrange(parts.year or 2000, parts.month)[1]
    return 1 <= parts.day <= last


def to_value(parts: Parts) -> str:
    """The spec form: 2025-04-25, 2025-04, 2025, --04-25 or --04."""
    year = f"{parts.year:04d}" if parts.year is not None else "-"
    if parts.month is None:
        return year
    value = f"{year}-{parts.month:02d}"
    return f"{value}-{parts.day:02d}" if parts.day is not None else value


def _with_year(parts: Parts, year: int | None) -> Parts:
    """Give a year to parts that have a month but no year."""
    if parts.year is None and parts.month is not None and year is not None:
        return replace(parts, year=year)
    return parts


def resolve_single(parts: Parts, hint: int | None) -> str | None:
    """Value of a one-point expression, or ``None`` when it is not a real date."""
    parts = _with_year(parts, hint)
    return to_value(parts) if valid(parts) else None


def resolve_range(start: Parts, end: Parts, hint: int | None) -> tuple[str, str] | None:
    """Values of a range, or ``None`` when an end is invalid or the range runs backwards."""
    if start.day is not None and start.month is None:
        start = replace(start, month=end.month)  # "10-18 февраля"
    if end.day is not None and end.month is None:
        end = replace(end, month=start.month)  # "April 25-28"
    start, end, borrowed = _share_year(start, end, hint)
    if start.year == end.year and end.key() < start.key():
        if start.month == end.month:
            return None  # "18-10 февраля": no year makes it run forwards
        if borrowed is None:
            return None  # both years written and the same: a backwards range
        if start.year is not None and borrowed == "start":
            start = replace(start, year=start.year - 1)  # "с 30 декабря по 2 января 2025"
        elif end.year is not None:
            end = replace(end, year=end.year + 1)  # "с 30 декабря 2024 по 2 января"
    if start.year is not None and end.year is not None and end.year < start.year:
        return None
    if not (valid(start) and valid(end)):
        return None
    return to_value(start), to_value(end)


def _share_year(start: Parts, end: Parts, hint: int | None) -> tuple[Parts, Parts, str | None]:
    """Let a range end without a year take the other end's (or the hinted) year.

    Also say which end borrowed ("start", "end"; "none" when neither end has a year;
    ``None`` when both were written), since a borrowing end is the one that moves
    when the range crosses New Year."""
    if start.year is None and end.year is not None and start.month is not None:
        return replace(start, year=end.year), end, "start"
    if end.year is None and start.year is not None and end.month is not None:
        return start, replace(end, year=start.year), "end"
    if start.year is None and end.year is None:
        borrowed = "end" if hint is not None else "none"
        return _with_year(start, hint), _with_year(end, hint), borrowed
    return start, end, None


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def resolve_relative(key: str, published: dt.date | None) -> tuple[str | None, str | None]:
    """(start, end) values of a relative phrase; ``(None, None)`` without a
    publication date, because "вчера" on an undated page is no date at all."""
    if published is None:
        return None, None
    if key in YEAR_OFFSETS:
        return to_value(Parts(year=published.year + YEAR_OFFSETS[key])), None
    days = {"before_yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1,
            "after_tomorrow": 2}
    if key in days:
        return (published + dt.timedelta(days=days[key])).isoformat(), None
    if key in ("this_weekend", "last_weekend"):
        # the Saturday and Sunday of the week of publication (the coming ones, or the
        # one it falls on), or of the week before it
        saturday = published + dt.timedelta(days=5 - published.weekday())
        if key == "last_weekend":
            saturday -= dt.timedelta(days=7)
        return saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()
    months = {"last_month": -1, "this_month": 0, "next_month": 1}
    if key in months:
        year, month = _add_months(published, months[key])
        return to_value(Parts(year=year, month=month)), None
    if key == "until_end_of_year":
        return None, to_value(Parts(year=published.year))
    if key == "until_end_of_month":  # «до конца месяца»: the publication's month
        return None, to_value(Parts(year=published.year, month=published.month))
    if (weekday := _weekday_day(key, published)) is not None:
        return weekday.isoformat(), None
    which, _, season = key.partition("_")
    if season in SEASONS and which in ("this", "last", "next"):
        return str(_season_year(which, SEASONS[season], published)), None
    raise ValueError(f"unknown relative date key: {key}")


#: The seasons a phrase may count from the publication ("next summer", «прошлой осенью»,
#: «биыл көктемде»), with their first and last months. Winter is not one of them: it
#: spans New Year, so "last winter" names no single year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


def _season_year(which: str, months: tuple[int, int], published: dt.date) -> int:
    """The year of "this summer" (the publication's), "next summer" (the first such
    season that has not begun by the publication) or "last summer" (the latest one
    over by then): a year alone, as a season has no month of its own to give."""
    first, last = months
    if which == "next":
        return published.year + (published.month >= first)
    if which == "last":
        return published.year - (published.month <= last)
    return published.year


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def named_month_year(key: str, month: int, published: dt.date) -> int:
    """The year of a month named with "last" or "next" ("last October", "next March"):
    the latest such month before the publication month, or the first after it."""
    if key == "last_named":
        return published.year - (1 if month >= published.month else 0)
    return published.year + (1 if month <= published.month else 0)


NAMED_MONTH_KEYS = ("last_named", "next_named")


def _weekday_day(key: str, published: dt.date) -> dt.date | None:
    """The day a weekday phrase names, counted from the publication date:
    ``this_<weekday>`` («в эту субботу», "this Saturday") is that day of the
    publication week (Monday to Sunday: «в этот вторник» on a Wednesday is
    yesterday, «в эту субботу» the coming Saturday), ``last_<weekday>`` («в прошлую
    субботу») the latest such day before it, ``next_<weekday>`` («в ближайшую
    субботу», «алдағы сенбіде», "this coming Saturday") the first after it. A bare
    weekday ("on Monday") may be the past or the coming one: the language reads it from
    its clause's tense (:meth:`~sahna.langs.base.Language.clause_tense`) as
    ``past_<weekday>`` (today or the latest before) or ``coming_<weekday>`` (today or
    the first after), or leaves it undated."""
    which, _, name = key.partition("_")
    if name not in WEEKDAYS or which not in ("this", "last", "next", "past", "coming"):
        return None
    ahead = (WEEKDAYS.index(name) - published.weekday()) % 7
    if which == "coming":  # a bare weekday of a future clause: today or after
        return published + dt.timedelta(days=ahead)
    if which == "past":  # of a past clause: today or before
        return published - dt.timedelta(days=(7 - ahead) % 7)
    if which == "next":
        return published + dt.timedelta(days=ahead or 7)
    if which == "this":
        return published + dt.timedelta(days=WEEKDAYS.index(name) - published.weekday())
    return published - dt.timedelta(days=(7 - ahead) % 7 or 7)

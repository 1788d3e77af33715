"""A month as the calendar lays it out: which events fall on each of its days, in the
order a day shows them, and the events the month holds at a lower precision.

The layout holds ids only, read in two small queries (the id, dates and number of
sources of the month's events, and of the yearless events of its month of the year), so
that a month of a thousand events costs milliseconds; the calendar then reads the few
events each day and section shows (:func:`summaries_of`). Both are plain SQL and work
alike on SQLite and PostgreSQL.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import select

from sahna.store.conditions import where
from sahna.store.engine import Database
from sahna.store.query import EventQuery
from sahna.store.reading import select_summaries, summary
from sahna.store.schema import clusters

__all__ = ["Month", "Placed", "lay_out", "month_layout"]

Entry = tuple[int, str | None, str | None, int]  # id, start, end, number of sources


class Placed(NamedTuple):
    """An event on one day: its id, whether this is its first day in the month (a phone
    folds the rest) and how many days it lasts."""

    id: int
    first: bool
    days: int


@dataclass
class Month:
    """A month's events by section, each in the order it is shown:

    - ``days``: every day of the month with events, each event on every day it spans;
      what starts that day first, then the events more sources report, then by id;
    - ``undated``: this month, day not known; ``year_only``: dated only by this year;
      ``continuing``: begun earlier at a lower precision; ``yearless``: dated by a day
      or month of this month of the year but no year. Each by date, then the events
      more sources report, then by id.

    ``total`` is how many events the month's date filter matches (all but yearless)."""

    year: int
    month: int
    total: int = 0
    days: dict[dt.date, list[Placed]] = field(default_factory=dict)
    undated: list[int] = field(default_factory=list)
    continuing: list[int] = field(default_factory=list)
    year_only: list[int] = field(default_factory=list)
    yearless: list[int] = field(default_factory=list)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _listed(entries: list[Entry]) -> list[int]:
    return [e[0] for e in sorted(entries, key=lambda e: (e[1] or "", -e[3], e[0]))]


def lay_out(entries: Iterable[Entry], year: int, month: int,
            yearless: Iterable[Entry] = ()) -> Month:
    """The :class:`Month` of ``entries`` (the events the month's date filter matches)
    and ``yearless`` (those dated ``--MM…`` of this month)."""
    first_day = dt.date(year, month, 1)
    last_day = dt.date(year, month, cal.monthrange(year, month)[1])
    key = f"{year:04d}-{month:02d}"
    by_day: dict[dt.date, list[tuple[tuple[bool, int, int], Placed]]] = defaultdict(list)
    undated: list[Entry] = []
    year_only: list[Entry] = []
    continuing: list[Entry] = []
    total = 0
    for entry in entries:
        total += 1
        event_id, start, end, sources = entry
        start = start or ""
        begin = _day(start)
        if begin is not None:
            finish = _day(end)
            finish = finish if finish is not None and finish >= begin else begin
            day, here = max(begin, first_day), min(finish, last_day)
            if day > here:
                continuing.append(entry)
            days = (finish - begin).days + 1
            first = True
            while day <= here:
                by_day[day].append(((not first, -sources, event_id),
                                    Placed(event_id, first, days)))
                first = False
                day += dt.timedelta(days=1)
        elif start.startswith(key):
            undated.append(entry)
        elif len(start) == 4:
            year_only.append(entry)
        else:
            continuing.append(entry)
    return Month(year, month, total,
                 {day: [p for _, p in sorted(placed)] for day, placed in sorted(by_day.items())},
                 _listed(undated), _listed(continuing), _listed(year_only),
                 _listed(list(yearless)))


def month_layout(database: Database, year: int, month: int) -> Month:
    """The :class:`Month` of ``year``-``month``: two queries of ids and dates. The
    yearless range (``--04`` ≤ start < ``--05``) is read off the index on ``start`` and
    is exact in byte order; the LIKE states the same for any collation."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month}: expected 1 to 12")
    key = f"{year:04d}-{month:02d}"
    c = clusters.c
    low, high = f"--{month:02d}", f"--{month + 1:02d}"
    start = database.sortable(c.start)
    with database.engine.connect() as conn:
        entries = conn.execute(select(c.id, c.start, c.end, c.sources).where(
            *where(database, EventQuery(date_from=key, date_to=key)))).all()
        yearless = conn.execute(select(c.id, c.start, c.end, c.sources).where(
            start >= low, start < high, c.start.like(low + "%"))).all()
    return lay_out(((r[0], r[1], r[2], r[3] or 0) for r in entries), year, month,
                   [(r[0], r[1], r[2], r[3] or 0) for r in yearless])


def summaries_of(database: Database, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The events ``ids`` as the calendar shows them (:func:`.reading.summary`), by id;
    one query per 500 ids."""
    wanted = sorted(set(ids))
    out: dict[int, dict[str, Any]] = {}
    with database.engine.connect() as conn:
        for n in range(0, len(wanted), 500):
            chunk = wanted[n:n + 500]
            for row in conn.execute(select_summaries().where(clusters.c.id.in_(chunk))):
                out[row.id] = summary(row)
    return out

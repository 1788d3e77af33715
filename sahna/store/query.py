"""The filters of an event search, checked before they reach SQL.

A bad value (a malformed date, an unknown type) raises ``ValueError`` with a message a
person can act on: the CLI prints it and the API turns it into a 4xx answer, instead of
a query that silently matches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sahna.contract import EVENT_TYPES, KINDS, STATUSES

__all__ = ["KINDS", "STATUSES", "TYPES", "EventQuery", "check_country", "check_date_prefix",
           "fold", "fold_text", "fts_query", "ts_query", "words"]

TYPES = EVENT_TYPES

MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint: no row has a larger id
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_COUNTRY = re.compile(r"[A-Za-z]{2}")


def check_date_prefix(value: str, name: str = "date") -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real month and day."""
    match = _DATE.fullmatch(value)
    if not match:
        raise ValueError(f"{name} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"{name} {value!r}: {exc}") from None
    return value


def check_country(value: str, name: str = "country") -> str:
    """An ISO 3166-1 alpha-2 code, returned in upper case."""
    if not _COUNTRY.fullmatch(value):
        raise ValueError(f"{name} {value!r}: expected an ISO 3166-1 alpha-2 code such as KZ")
    return value.upper()


def _blank(value: str | None) -> str | None:
    """Empty strings mean "no filter": web forms send them for untouched fields."""
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass
class EventQuery:
    """Filters of an event search; every one given must hold (AND).

    - ``type``, ``status``: one of the contract's values.
    - ``city``: English city name, case-insensitive; ``country``: the host country.
    - ``countries``: events involving all of these countries, counting the host
      ``country`` as involved (so a pair from :meth:`Store.country_pairs` filters back
      to the events it counted).
    - ``date_from``, ``date_to``: ``YYYY[-MM[-DD]]`` compared at the precision both sides
      have: ``2025-04`` covers ``2025-04-25`` and an event dated only ``2025``. An event
      matches ``date_from`` when it ends (or starts) on or after it, ``date_to`` when it
      starts (or ends) on or before it. Events without a date, or dated ``--MM-DD``
      (year unknown), never match a date filter; nor does any event when ``date_from``
      is after ``date_to``.
    - ``exact``: only events known to fall in the dates: an event matches ``date_from``
      only when it ends on or after it at ``date_from``'s precision or finer (or in a
      later year or month), ``date_to`` likewise; so ``2025-04-26`` to ``2025-04-26``
      lists the events of that day (those spanning it included) but not one dated
      only ``2025-04`` or ``2025``. It changes nothing without a date filter.
    - ``lang``: the document's language.
    - ``participant``: an entity id (int, or a string of digits), or a substring of any
      name variant of a participant, case-insensitive.
    - ``q``: full text over titles, evidence and participant names; every word must
      occur, as a word or a word prefix.
    """

    type: str | None = None
    status: str | None = None
    city: str | None = None
    country: str | None = None
    countries: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    exact: bool = False
    lang: str | None = None
    participant: int | str | None = None
    q: str | None = None

    def checked(self) -> EventQuery:
        """A normalised copy (codes upper-cased, blanks dropped); ValueError if invalid."""
        out = EventQuery(
            type=_blank(self.type), status=_blank(self.status), city=_blank(self.city),
            country=_blank(self.country), countries=[], date_from=_blank(self.date_from),
            date_to=_blank(self.date_to), exact=bool(self.exact), lang=_blank(self.lang),
            q=_blank(self.q), participant=self.participant)
        if out.type is not None and out.type not in TYPES:
            raise ValueError(f"type {out.type!r}: expected one of {', '.join(TYPES)}")
        if out.status is not None and out.status not in STATUSES:
            raise ValueError(f"status {out.status!r}: expected one of {', '.join(STATUSES)}")
        if out.country is not None:
            out.country = check_country(out.country)
        countries = [self.countries] if isinstance(self.countries, str) else self.countries
        for given in countries or []:
            code = _blank(given)
            if code is not None and (code := check_country(code, "countries")) not in \
                    out.countries:
                out.countries.append(code)
        if out.date_from is not None:
            check_date_prefix(out.date_from, "date_from")
        if out.date_to is not None:
            check_date_prefix(out.date_to, "date_to")
        if isinstance(out.participant, bool):
            raise ValueError("participant: expected an entity id or a name")
        if isinstance(out.participant, str):
            text = out.participant.strip()
            # an id is ASCII digits that fit a bigint (``"²"`` is a digit to
            # ``isdigit`` but no number, and a larger number is no row's id): anything
            # else is searched for as part of a name, and so still a valid filter
            is_id = text.isascii() and text.isdigit() and int(text) <= MAX_ID
            out.participant = int(text) if is_id else (text or None)
        return out

    def reversed_range(self) -> bool:
        """``date_from`` after ``date_to`` at the precision both have: no event can
        match, and the search answers nothing rather than an error, since each date
        is valid on its own (an API client or a form cannot know the rule)."""
        if not (self.date_from and self.date_to):
            return False
        n = min(len(self.date_from), len(self.date_to))
        return self.date_from[:n] > self.date_to[:n]


def words(text: str) -> list[str]:
    """The searchable words of user input: runs of letters and digits, so that no
    punctuation ever reaches FTS5 or tsquery syntax."""
    return re.findall(r"[^\W_]+", text)


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word a quoted prefix term, all required."""
    return " ".join(f'"{w}"*' for w in words(text)) or '""'


def ts_query(text: str) -> str:
    """User words as a PostgreSQL tsquery: each word a prefix term, all required."""
    return " & ".join(f"{w}:*" for w in words(text))


def fold(name: str) -> str:
    """The form names are compared in: case-folded, whitespace collapsed."""
    return " ".join(name.split()).casefold()


def fold_text(text: str) -> str:
    """Text as the full-text index sees it: its words, case-folded, one space apart."""
    return " ".join(words(text.casefold()))

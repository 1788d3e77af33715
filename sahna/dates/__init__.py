"""Date expressions in Russian, Kazakh and English news text.

``find_dates`` finds every date expression, resolves it to the contract's forms
(spec section 2: ``2025-04-25``, ``2025-04``, ``2025``, ``--04-25``, ``--04``) and
returns non-overlapping :class:`~sahna.document.DateMention` objects sorted by offset.

How it works: the rules of :mod:`sahna.dates.patterns` (one regex per written form,
words from :mod:`sahna.dates.lexicon`) all run over the text, in one pass that finds
exactly each rule's own matches (:mod:`sahna.dates.scan`); where matches overlap,
the longest one wins ("25 апреля этого года" over "этого года", "10–18 февраля" over
"18 февраля"); each kept match is resolved by :mod:`sahna.dates.resolve`. Matches
that do not resolve to a real date (31 February, an end before its start, "вчера"
without a publication date) are dropped, never guessed. A day of no year takes one only
from the text itself: a year alone opening its sentence («В 2025 году … 5 мая»), or a
dated range of the same text it falls in («5–8 мая 2025 года … 8 мая»).

Everything heavy (data files, regexes, the scanner) is built once per language; a
call costs one regex scan of the text plus a few matches where dates are.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from sahna.dates import lexicon
from sahna.dates.patterns import Rule
from sahna.dates.resolve import (
    NAMED_MONTH_KEYS,
    WEEKDAYS,
    Parts,
    named_month_year,
    parse_published,
    resolve_range,
    resolve_relative,
    resolve_single,
    year_hint,
)
from sahna.dates.scan import rule_matches
from sahna.document import DateMention
from sahna.langs import get

__all__ = ["find_dates"]

Values = tuple[str | None, str | None]


def find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    """Date mentions of ``text`` (``lang``: a code of :data:`sahna.langs.CODES`, any
    other code finds numeric dates only; ``published``: "YYYY-MM-DD" or ``None``),
    non-overlapping and sorted by offset."""
    pub = parse_published(published)
    candidates = rule_matches(text, lang)
    # Longest first; among equals, the earlier rule (rules are listed specific first).
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[1], c[0].start()))
    # the spans taken so far, disjoint, sorted: only the one starting last before a
    # candidate's end can overlap it (a scan of all of them made 10,000 dates cost 10⁸)
    starts: list[int] = []
    ends: list[int] = []
    mentions = []
    same_day = []
    for match, _rank, rule in candidates:
        at = bisect.bisect_left(starts, match.end())
        if at and ends[at - 1] > match.start():
            continue
        if rule.kind == "relative" and _relative_key(match.group("rel"), lang) == SAME_DAY:
            same_day.append(match)  # resolved once every other date is known
        else:
            values = interpret(match, rule, lang, pub, text)
            if values is None or values == (None, None):
                continue
            mentions.append(DateMention(match.start(), match.end(), match.group(0), *values))
        starts.insert(at, match.start())
        ends.insert(at, match.end())
    mentions.sort(key=lambda m: m.start)
    mentions = _contained_years(_framed_years(mentions, text, lang))
    return _same_days(mentions, same_day) if same_day else mentions


#: How many characters may stand before a year alone at the head of its sentence for it
#: to frame the sentence («В 2025 году …», "In 2025, …", «Ал 2025 жылы …»).
FRAME_REACH = 12
_SENTENCE_MARKS = ".!?\n"


def _framed_years(mentions: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """«В 2025 году фестиваль пройдёт с 5 по 8 мая», "In 2025, the festival will be held
    on May 5–8": a year alone that opens its sentence fixes the year of the days of no
    year (``--05-05``: an undated page) that follow it there — the text fixes it (spec:
    never invent a year, but take the one the text gives). Not a year of "since" (the
    language's ``year_since`` words: «с 2001 года», «2001 жылдан бері»), and not when the
    sentence states another year (which day has which is then a guess)."""
    known = get(lang)
    since = known.cue_set("year_since") if known else frozenset()
    found = list(mentions)
    for year in mentions:
        value = year.start_value
        if year.end_value or not value or len(value) != 4 or not value.isdigit():
            continue
        left = max(text.rfind(mark, 0, year.start) for mark in _SENTENCE_MARKS) + 1
        if len(text[left:year.start].strip()) > FRAME_REACH:
            continue
        words = year.text.lower().split()
        after = text[year.end:year.end + 12].lower().split()
        if (words and words[0] in since) or (after and after[0].strip(",") in since):
            continue
        stops = [at for mark in _SENTENCE_MARKS if (at := text.find(mark, year.end)) >= 0]
        right = min(stops, default=len(text))
        here = [m for m in found if left <= m.start < right and m is not year]
        if any(v and not v.startswith("--") for m in here for v in (m.start_value, m.end_value)):
            continue
        for k, m in enumerate(found):
            if m in here:
                found[k] = _with_year(m, int(value))
    return found


def _contained_years(mentions: list[DateMention]) -> list[DateMention]:
    """«Фестиваль пройдёт 5–8 мая 2025 года. Гала-концерт состоится 8 мая.»: a day of no
    year inside the days of a date with its year in the same text (the same day again,
    or a day within a range) is of that year — the text fixes it; days that fall within
    dates of several years are left as they are."""
    full = [(m.start_value, m.end_value or m.start_value) for m in mentions
            if m.start_value and len(m.start_value) == 10 and not m.start_value.startswith("-")
            and len(m.end_value or m.start_value) == 10]
    if not full:
        return mentions
    found = list(mentions)
    for k, m in enumerate(mentions):
        first = m.start_value
        last = m.end_value or first
        if not (first and first.startswith("--") and len(first) == 7
                and last and last.startswith("--") and len(last) == 7):
            continue
        years = {int(a[:4]) for a, b in full if a[:4] == b[:4]
                 and a[5:] <= first[2:] and last[2:] <= b[5:] and first[2:] <= last[2:]}
        if len(years) == 1:
            found[k] = _with_year(m, years.pop())
    return found


def _with_year(m: DateMention, year: int) -> DateMention:
    """``m`` with the days of no year set in ``year`` (a range that crosses New Year, 30
    December to 2 January, ends in the next)."""
    start, end = m.start_value, m.end_value
    first = f"{year}{start[1:]}" if start and start.startswith("--") else start
    last = f"{year}{end[1:]}" if end and end.startswith("--") else end
    if first and last and last[4:] < first[4:]:
        last = f"{year + 1}{last[4:]}"
    return DateMention(m.start, m.end, m.text, first, last)


#: The meaning of "on the same day", «в тот же день»: the day named last before it.
SAME_DAY = "same_day"
#: The meanings of bare weekdays ("bare_monday": "on Monday"), read by the clause's tense.
BARE_WEEKDAY = "bare_"


def _same_days(mentions: list[DateMention], matches: list[re.Match[str]]) -> list[DateMention]:
    """Give each "same day" phrase the day of the nearest date before it that names one
    day (its last day when a range); one with no such date before it is dropped."""
    found = list(mentions)
    for match in matches:
        before = [m for m in mentions if m.end <= match.start()]
        day = next((v for m in reversed(before) for v in (m.end_value or m.start_value,)
                    if v and (len(v) == 10 or (len(v) == 7 and v.startswith("--")))), None)
        if day:
            found.append(DateMention(match.start(), match.end(), match.group(0), day))
    return sorted(found, key=lambda m: m.start)


def interpret(match: re.Match[str], rule: Rule, lang: str, pub: dt.date | None,
              text: str = "") -> Values | None:
    """(start, end) values of one match, or ``None`` when it is no real date."""
    groups = match.groupdict()
    rel_key = _relative_key(groups.get("rel"), lang)
    if rule.kind == "relative_end":
        # «до воскресенья», "until Sunday": the coming such day (or today), as an end
        if rel_key is None or not rel_key.startswith(BARE_WEEKDAY):
            return None
        day, _ = resolve_relative(f"coming_{rel_key[len(BARE_WEEKDAY):]}", pub)
        return (None, day) if day else None
    if rel_key is not None and rel_key.startswith(BARE_WEEKDAY):
        # "on Monday": the past or the coming one, as the clause's tense says
        known = get(lang)
        which = known.clause_tense(text, match.start(), match.end()) if known else None
        rel_key = f"{which}_{rel_key[len(BARE_WEEKDAY):]}" if which else None
    if rule.kind == "relative":
        return resolve_relative(rel_key, pub) if rel_key else None
    start = _parts(groups, "1", lang)
    end = _parts(groups, "2", lang)
    if rel_key in NAMED_MONTH_KEYS and start.month is not None and end == Parts():
        # "last October", "next March"
        return None if pub is None else (
            resolve_single(start, named_month_year(rel_key, start.month, pub)), None)
    if rel_key is not None and rel_key not in lexicon.YEAR_OFFSETS:
        return None  # a qualifier slot holding a non-year phrase: not a pattern we know
    hint = year_hint(rel_key, pub)
    if hint is not None and rel_key is None and not any(groups.get(y) for y in YEARS):
        hint += _tense_shift(match, rule, lang, pub, text, groups)
    shared = _int(groups.get("y0"))
    if shared is not None:
        start, end = _shared_year(start, shared), _shared_year(end, shared)
    if rule.kind == "end":
        value = resolve_single(end, hint)
        return (None, value) if value else None
    if end == Parts():
        value = resolve_single(start, hint)
        return (value, None) if value else None
    return resolve_range(start, end, hint)


YEARS = ("y0", "y1", "y2")


def _tense_shift(match: re.Match[str], rule: Rule, lang: str, pub: dt.date | None,
                 text: str, groups: dict[str, str | None]) -> int:
    """-1 when a date without a year would fall after the publication date but its
    clause is in the past ("the festival was held on 5 October", published in June: the
    October before); +1 when it would fall well before it (by more than
    :data:`FUTURE_SLACK` days: a report filed a little late is no reason) in a future
    clause, or is the end of a run in a clause of no tense ("runs until January 10",
    «работает до 10 января»); else 0. Only in a language that reads its clauses' tense
    (:meth:`Language.clause_tense`)."""
    known = get(lang)
    if pub is None or known is None:
        return 0
    first = _parts(groups, "1", lang)
    last = _parts(groups, "2", lang)
    if rule.kind == "end":
        first = last
    if last == Parts():
        last = first
    fit = _weekday_fit(match, lang, pub, text, first)
    if fit is not None:
        return fit
    first_month = first.month or last.month  # "from 12 to 14 November"
    if first_month is None or last.month is None:
        return 0
    # a range that crosses New Year («с 30 декабря по 2 января») ends in the next year
    crosses = (last.month, last.day or 0) < (first_month, first.day or 0)
    try:
        begins = dt.date(pub.year, first_month, first.day or 1)
        end_year = pub.year + crosses
        ends = dt.date(end_year, last.month, last.day or calendar.monthrange(end_year,
                                                                            last.month)[1])
    except ValueError:
        return 0
    late = begins > pub
    early = ends < pub - dt.timedelta(days=FUTURE_SLACK)
    if crosses:
        # «с 20 декабря по 10 января» in a January report: the winter it is in (or has
        # just ended), unless a future clause speaks of the winter after it ended
        this_end = dt.date(pub.year, ends.month, ends.day)
        if pub <= this_end + dt.timedelta(days=FUTURE_SLACK):
            ended = pub > this_end
            if not (ended and known.clause_tense(text, match.start(), match.end())
                    == "coming"):
                return -1
    if not (late or early or ends < pub):
        return 0
    tense = known.clause_tense(text, match.start(), match.end())
    if tense == "past" and late:
        return -1
    if tense == "coming" and ends < pub and known.firm_future(text, match.start(), match.end()):
        # "In April, Almaty will host …" in May: a modal future never means a day gone,
        # so the slack for late reports does not apply
        return 1
    if early and (tense == "coming" or (rule.kind == "end" and tense is None)):
        # "it runs until January 10" in December: what runs on ends ahead
        return 1
    if tense is None:
        # no tense, and a day nearly a year away one way but days away the other («20
        # декабря» in a report of 5 January): the near one
        if late and (begins - pub).days > NEAR_YEAR_END:
            return -1
        if early and (pub - ends).days > NEAR_YEAR_END:
            return 1
    return 0


#: How many characters before a date its weekday may take ("Wednesday, ").
WEEKDAY_REACH = 16


def _weekday_fit(match: re.Match[str], lang: str, pub: dt.date, text: str,
                 first: Parts) -> int | None:
    """"Tuesday, October 7", «во вторник, 7 октября»: a weekday written before a day and
    a month without a year says which year — the one of the publication's year, the year
    before or after, in which that day falls on that weekday — when exactly one does;
    then the clause's tense has no say. ``None`` when no weekday stands there."""
    if first.day is None or first.month is None:
        return None
    before = re.search(r"(\w+),?\s+$", text[max(0, match.start() - WEEKDAY_REACH):match.start()])
    key = _relative_key(before.group(1), lang) if before else None
    if key is None or not key.startswith(BARE_WEEKDAY) \
            or key[len(BARE_WEEKDAY):] not in WEEKDAYS:
        return None
    weekday = WEEKDAYS.index(key[len(BARE_WEEKDAY):])
    fits = []
    for shift in (0, -1, 1):
        try:
            if dt.date(pub.year + shift, first.month, first.day).weekday() == weekday:
                fits.append(shift)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


#: How far (in days) from the publication a yearless date without a tense may lie in
#: the publication year before the other year, nearer by far, is taken instead.
NEAR_YEAR_END = 330


#: How many days before the publication a date in a future clause may lie and still be
#: read in the publication year.
FUTURE_SLACK = 60


def _relative_key(phrase: str | None, lang: str) -> str | None:
    if phrase is None:
        return None
    return lexicon.relative_index(lang).get(lexicon.normalize(phrase))


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _month(value: str | None, lang: str) -> int | None:
    """A month group holds either digits (10.09.2021) or a name in any case form."""
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return lexicon.month_index(lang).get(value.lower())


def _day(value: str | None, lang: str) -> int | None:
    """A day group holds digits or an ordinal word («бесінші жұлдызы»: the 5th)."""
    if value is None or value.isdigit():
        return _int(value)
    return lexicon.day_words(lang).get(lexicon.normalize(value))


def _parts(groups: dict[str, str | None], n: str, lang: str) -> Parts:
    return Parts(
        year=_int(groups.get(f"y{n}")),
        month=_month(groups.get(f"m{n}"), lang),
        day=_day(groups.get(f"d{n}"), lang),
    )


def _shared_year(parts: Parts, year: int) -> Parts:
    """A year written before the whole expression ("2024 жылғы 2-5 желтоқсан")."""
    if parts.year is None and (parts.month is not None or parts.day is not None):
        return Parts(year, parts.month, parts.day)
    return parts

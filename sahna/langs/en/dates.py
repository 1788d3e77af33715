"""What the date stage needs to know of English (mixed into :class:`sahna.langs.en.English`):
its date rules, as templates over the shared placeholders of :mod:`sahna.dates.patterns`
(``{D1}``, ``{M1}``, ``{QA}``...) and the English pieces below (ordinal endings, range
words, parts of a month); month names are matched as written, so that "may" is no month."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from sahna.dates import lexicon
from sahna.dates.patterns import phrase_regex
from sahna.langs.base import Mixin

if TYPE_CHECKING:
    from sahna.langs.base import MonthAlt


_ORD = r"(?:st|nd|rd|th)?(?!\w)"
_TO = r"(?:{DASH}|\s+(?:to|till|until|through|and)\s+)"
_FROM = r"(?:(?:from|between)\s+)?"
_UNTIL = r"(?:until|till|through|up\s+to)\s+"
_PART = r"(?:(?:early|mid|late|the\s+(?:end|beginning|middle)\s+of)[\s-]+)?"

_RULES = (
    (
        "en_days_month",
        "span",
        r"{FROM}(?:the\s+)?{D1}{ORD}{TO}(?:the\s+)?{D2}{ORD}(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?"
        r"(?:\s+{QA})?",
    ),
    ("en_month_days", "span", r"{FROM}{M1}\s+{D1}{ORD}{TO}{D2}{ORD}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    (
        "en_day_month_range",
        "span",
        r"{FROM}(?:the\s+)?{D1}{ORD}(?:\s+of)?\s+{M1}(?:,?\s+{Y1})?{TO}(?:the\s+)?{D2}{ORD}"
        r"(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?",
    ),
    (
        "en_month_day_range",
        "span",
        r"{FROM}{M1}\s+{D1}{ORD}(?:,?\s+{Y1})?{TO}{M2}\s+{D2}{ORD}(?:,?\s+{Y2})?",
    ),
    (
        "en_list",
        "span",
        r"{D1}{ORD}(?:\s*,\s*{DN}{ORD}){0,10}(?:\s*,\s*|\s+and\s+){D2}{ORD}(?:\s+of)?\s+{M2}"
        r"(?:,?\s+{Y2})?",
    ),
    (
        "en_month_list",
        "span",
        r"{M1}\s+{D1}{ORD}(?:\s*,\s*{DN}{ORD}){0,10}(?:\s*,\s*|\s+and\s+){D2}{ORD}(?:,?\s+{Y2})?",
    ),
    (
        "en_month_range",
        "span",
        r"(?:from|between)\s+{M1}(?:,?\s+{Y1})?\s+(?:to|and|till|until|through)\s+{M2}"
        r"(?:,?\s+{Y2})?",
    ),
    ("en_year_from_to", "span", r"(?:from|between)\s+{Y1}\s+(?:to|and|till|until|through)\s+{Y2}"),
    ("en_year_range", "span", r"(?:in|during)\s+{Y1}{DASH}{Y2}"),
    ("en_day_month", "span", r"(?:the\s+)?{D1}{ORD}(?:\s+of)?\s+{M1}(?:,?\s+{Y1})?(?:\s+{QA})?"),
    ("en_month_day", "span", r"{M1}\s+{D1}{ORD}(?:,?\s+{Y1})?(?:\s+{QA})?"),
    (
        "en_month",
        "span",
        r"(?:in|during|since|from)\s+{PART}{M1}(?:,?\s+{Y1}|(?!\s+\d))(?:\s+{QA})?",
    ),
    ("en_month_year", "span", r"{M1},?\s+{Y1}"),
    # "mid-May", "at the end of May", "in the first half of June": the month
    (
        "en_month_part",
        "span",
        r"(?:(?:in|at|by|during|for)\s+)?(?:(?:mid|early|late)[\s-]+|the\s+(?:end|beginning|"
        r"start|middle|first\s+half|second\s+half|first\s+week|last\s+week|first\s+days|"
        r"last\s+days)\s+of\s+){M1}(?:,?\s+{Y1})?(?!\s*\d)",
    ),
    ("en_year", "span", r"(?:in|during|since)\s+{Y1}(?!{DASH}\d)"),
    (
        "en_until_day_month",
        "end",
        r"{UNTIL}(?:the\s+)?{D2}{ORD}(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?(?:\s+{QA})?",
    ),
    ("en_until_month_day", "end", r"{UNTIL}{M2}\s+{D2}{ORD}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    ("en_until_month", "end", r"{UNTIL}(?:the\s+end\s+of\s+)?{M2}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    ("en_until_year", "end", r"{UNTIL}(?:the\s+end\s+of\s+)?{Y2}(?!{DASH}\d)"),
    # "last October", "this June", "next March": a month counted from the publication
    ("en_named_month", "span", r"{QB}\s+{M1}(?!\s*\d)"),
    # "in the summer of 2026", "in spring 2025": the year
    ("en_season_year", "span", r"(?:in\s+)?(?:the\s+)?{SEASON}\s+(?:of\s+)?{Y1}"),
    # "on Monday", "Friday": the past or the coming one, as the clause's tense says; not
    # a weekday that opens a date ("Tuesday, June 10"), nor a mosque's or a prayer's name
    # ("the Friday Mosque"); news agencies drop the "on" ("the festival opened Tuesday")
    # "runs until Sunday": the coming weekday an event runs until, its end
    ("en_until_weekday", "relative_end", r"(?:until|till|through)\s+{WD}(?!\w)"),
    ("en_weekday", "relative",
     r"(?:on\s+)?{WD}(?!\w)(?!,?\s+(?:the\s+)?\d|,?\s+{M1}|\s+(?:mosque|prayers?)\b)"),
    # not "the last weekend of the festival", "the last year of his life": a part of
    # something named after it, not a time counted from the publication
    ("en_relative", "relative", r"(?<!\bthe\s){REL}(?!\s+of\b)"),
)

_SEASON = r"(?:spring|summer|autumn|fall|winter)"

# Clause tense around a bare weekday. Future forms first (their participles masked, so
# that "will be held" is not read as the past "held").
_FUTURE = re.compile(
    r"\b(?:will|shall)\b(?:\s+(?:not|also|be|have|soon|then))*\s+\w+"
    r"|\b(?:is|are)\s+(?:to|due|set|scheduled|expected|planned|slated)\b(?:\s+to)?(?:\s+be)?"
    r"(?:\s+\w+)?|\b(?:scheduled|planned|slated|upcoming|expected|going\s+to)\b"
    r"|\bto\s+be\s+held\b|\bto\s+take\s+place\b"
    # "discussed preparations for the Days of Culture in October": what is prepared
    r"|\bprepar(?:ations?|ing)\s+for\b"
    # the scheduled present of an occurrence ("the exhibition opens on Friday", "the
    # festival takes place on March 5"): what a timetable says is to come
    r"|\b(?:opens|starts|begins|kicks\s+off|takes\s+place|premieres|returns)\b"
    r"|\b(?:postponed|moved|rescheduled|put\s+off|delayed|extended|prolonged)"
    r"\s+(?:to|until|till|through|for)\b"
    r"|\bto\s+(?:hold|host|organi[sz]e|stage|open|launch|conduct|arrange|celebrate|present"
    r"|visit|attend|tour|perform|take\s+part)\b",
    re.IGNORECASE)
# The explicit future among those markers: a modal or a plan ("will host", "is set to",
# "is scheduled", "to be held"), not a timetable present nor "preparations for".
_FIRM_FUTURE = re.compile(
    r"(?:will|shall|(?:is|are)\s+(?:to|due|set|scheduled|planned|slated)|scheduled|planned"
    r"|slated|upcoming|going\s+to|to\s+be\s+held|to\s+take\s+place)\b", re.IGNORECASE)
# What opens another clause between a date and a tense marker: a relative word or a
# past form (even one of talk, "discussed", which tells no tense of the date's event).
_OTHER_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|that|where|when|\w{3,}ed)\b",
                           re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:was|were|had|did|held|met|took|began|saw|gave|made|came|went|won|"
    r"spoke|brought|sent|became|left|ran|drew|led|sang|(?P<ed>\w{3,}ed))\b", re.IGNORECASE)
# Participles that qualify a noun rather than tell the past ("events dedicated to City
# Day", "a film titled …") and verbs of reporting, whose tense is the report's, not the
# event's ("…, the ministry reported"; "said", "told" are no past words either); and the
# words before an "-ed" form that make it a present or
# future passive ("is organized", "will be hosted").
# Verbs of lasting in the present: a date they govern ("runs until 20 October") is read
# against the publication, not by the tense of a relative clause beside it ("which opened
# last week").
_PRESENT = re.compile(
    r"\b(?:runs|lasts|continues|remains|(?:is|are)\s+(?:open|on\s+view|on\s+display|"
    r"on\s+show|under\s+way|underway|ongoing))\b", re.IGNORECASE)
_COORDINATED = re.compile(r"\b(?:and|but|while|whereas)\b|,", re.IGNORECASE)
_NOT_PAST = frozenset("""dedicated devoted timed named titled entitled called located based
related united limited dated aimed designed associated involved renowned talented detailed
advanced experienced skilled noted respected honored honoured esteemed acclaimed
distinguished featured red hundred reported noted announced stated added stressed
emphasized emphasised informed explained quoted cited discussed considered reviewed
exchanged""".split())  # talking a thing over tells when the talk was, not the thing
_REPORTED = re.compile(r"\b(?:said|told|reported|announced|noted|stated|added|stressed|"
                       r"emphasi[sz]ed|informed|explained|wrote)\b", re.IGNORECASE)
_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# Words after which an "-ed" form qualifies a noun: a determiner or a coordinated
# modifier ("the renovated hall", "in narrow and expanded formats").
_ATTRIBUTIVE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this",
                          "that", "these", "those", "newly", "and", "or"})
_PASSIVE = frozenset({"is", "are", "be", "been", "being", "am", "get", "gets"})
_CLAUSE_END = re.compile(r"[.!?;\n]")


class EnglishDates(Mixin):
    """English date rules; page chrome dates its pages with full or abbreviated month
    names ("September 5, 2025", "Sep 5")."""

    months_as_written: ClassVar[bool] = True
    chrome_month_cases: ClassVar[frozenset[str]] = frozenset({"full", "abbr"})
    date_rules: ClassVar[tuple[tuple[str, str, str], ...]] = _RULES

    def date_pieces(self, month_alt: MonthAlt) -> dict[str, str]:
        weekdays = phrase_regex(lexicon.relative_phrases(self.code, "weekday"))
        return {"ORD": _ORD, "TO": _TO, "FROM": _FROM, "UNTIL": _UNTIL, "PART": _PART,
                "SEASON": _SEASON, "WD": rf"(?P<rel>{weekdays})(?!\w)"}

    def clause_tense(self, text: str, start: int, end: int) -> str | None:
        """"The talks were held on Monday" (past), "the concert will take place on Friday"
        (coming): the tense marker nearest to the date in its sentence; none (a present
        "opens on Saturday", a headline) says nothing."""
        mark = self._tense_mark(text, start, end)
        return None if mark is None or mark[0] == "present" else mark[0]

    def _tense_mark(self, text: str, start: int, end: int) -> tuple[str, str, str] | None:
        """The kind ("past", "coming", "present") and the words of the tense marker
        nearest to the date at ``text[start:end]`` in its clause, if any, with the text
        between the two."""
        left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)),
                   default=max(0, start - 300))
        stop = _CLAUSE_END.search(text, end, end + 300)
        right = stop.start() if stop else min(len(text), end + 300)
        clause = text[left:right]
        at = start - left
        marks = [(m.start(), m.end(), "coming") for m in _FUTURE.finditer(clause)]
        masked = "".join(" " if any(s <= i < e for s, e, _ in marks) else ch
                         for i, ch in enumerate(clause))
        marks += [(m.start(), m.end(), "past") for m in _PAST.finditer(masked)
                  if _past_participle(masked, m)]
        # a verb of reporting right before the date is when it was said ("said on Monday")
        marks += [(m.start(), m.end(), "past") for m in _REPORTED.finditer(masked)
                  if m.end() <= at and masked[m.end():at].strip(" ,").lower() in ("", "on")]
        # a verb of lasting in the present ("runs until", "is on view"): what runs now
        marks += [(m.start(), m.end(), "present") for m in _PRESENT.finditer(masked)]
        after = at + end - start
        marks = [m for m in marks if not (at <= m[0] < after)]
        if not marks:
            return None
        # a marker after a coordinating word belongs to the next clause when one stands
        # before the date ("kicked off on Friday and will last until Sunday": Friday is
        # the past one)
        if any(m[1] <= at for m in marks):
            marks = [m for m in marks if m[1] <= at or not _COORDINATED.search(
                masked[after:m[0]])]
        start_at, end_at, nearest = min(marks, key=lambda m: min(abs(m[0] - at),
                                                                 abs(m[1] - at)))
        between = clause[min(end_at, after):max(start_at, at)]
        return nearest, clause[start_at:end_at], between

    def firm_future(self, text: str, start: int, end: int) -> bool:
        """Is the date's clause explicitly future ("will host", "is set to", "is
        scheduled for", "to be held")? Unlike a timetable present ("opens on Friday"),
        which a report filed after the day also uses, such a clause never speaks of a
        day already gone, so a month before the publication is the next one."""
        mark = self._tense_mark(text, start, end)
        # a relative clause or another verb between them ("On May 12 the ministers
        # discussed the concert at which X will perform"): the "will" is another clause's
        return mark is not None and mark[0] == "coming" and bool(_FIRM_FUTURE.match(mark[1])) \
            and not _OTHER_CLAUSE.search(mark[2])


def _past_participle(clause: str, found: re.Match[str]) -> bool:
    """Does a past form tell the past: an auxiliary ("was"), or a form that is not an
    adjectival participle ("dedicated to") nor a passive after "is" or "will be" ("is
    held every year")?"""
    word = found.group(0).lower()
    if word in _AUXILIARIES:
        return True
    if word in _NOT_PAST:
        return False
    before = clause[:found.start()].split()
    if found.group("ed") and before and before[-1].lower() in _ATTRIBUTIVE:
        return False  # "in narrow and expanded formats", "the renovated hall": a modifier
    return not (before and before[-1].lower() in _PASSIVE)

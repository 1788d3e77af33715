"""What the date stage needs to know of English (mixed into :class:`sahna.langs.en.English`):
its date rules, as templates over the shared placeholders of :mod:`sahna.dates.patterns`
(``{D1}``, ``{M1}``, ``{QA}``...) and the English pieces below (ordinal endings, range
words, parts of a month); month names are matched as written, so that "may" is no month."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

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
    ("en_year", "span", r"(?:in|during|since)\s+{Y1}(?!{DASH}\d)"),
    (
        "en_until_day_month",
        "end",
        r"{UNTIL}(?:the\s+)?{D2}{ORD}(?:\s+of)?\s+{M2}(?:,?\s+{Y2})?(?:\s+{QA})?",
    ),
    ("en_until_month_day", "end", r"{UNTIL}{M2}\s+{D2}{ORD}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    ("en_until_month", "end", r"{UNTIL}(?:the\s+end\s+of\s+)?{M2}(?:,?\s+{Y2})?(?:\s+{QA})?"),
    ("en_until_year", "end", r"{UNTIL}(?:the\s+end\s+of\s+)?{Y2}(?!{DASH}\d)"),
    ("en_relative", "relative", r"{REL}"),
)


class EnglishDates(Mixin):
    """English date rules; page chrome dates its pages with full or abbreviated month
    names ("September 5, 2025", "Sep 5")."""

    months_as_written: ClassVar[bool] = True
    chrome_month_cases: ClassVar[frozenset[str]] = frozenset({"full", "abbr"})
    date_rules: ClassVar[tuple[tuple[str, str, str], ...]] = _RULES

    def date_pieces(self, month_alt: MonthAlt) -> dict[str, str]:
        return {"ORD": _ORD, "TO": _TO, "FROM": _FROM, "UNTIL": _UNTIL, "PART": _PART}

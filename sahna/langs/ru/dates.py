"""What the date stage needs to know of Russian (mixed into :class:`sahna.langs.ru.Russian`):
its date rules, as templates over the shared placeholders of :mod:`sahna.dates.patterns`
(``{D1}``, ``{M1}``, ``{QA}``...) and the Russian pieces below (year words, ordinal
endings, parts of a month)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from sahna.langs.base import Mixin

if TYPE_CHECKING:
    from sahna.langs.base import MonthAlt


_YW = r"(?:\s*(?:год(?:а|у)?(?!\w)|гг?\.))?"
_ORD = r"(?:-?(?:го|ое|ого|е)(?!\w))?"
_PART = r"(?:(?:конце|начале|середине|течение|первой\s+половине|второй\s+половине)\s+)?"

_RULES = (
    (
        "ru_from_to",
        "span",
        r"со?\s+{D1}{ORD}(?:\s+{M1}(?:\s+{Y1}{YW})?)?\s+(?:по|до)\s+{D2}{ORD}\s+{M2}"
        r"(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_dash",
        "span",
        r"{D1}{ORD}(?:\s+{M1}(?:\s+{Y1}{YW})?)?{DASH}{D2}{ORD}\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_list",
        "span",
        r"{D1}(?:\s*,\s*{DN}){0,10}(?:\s*,\s*|\s+и\s+){D2}\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_month_range",
        "span",
        r"со?\s+{M1}(?:\s+{Y1}{YW})?\s+(?:по|до)\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    ("ru_year_range", "span", r"(?:в\s+)?{Y1}{DASH}{Y2}\s*(?:год(?:ах|ы|ов)(?!\w)|гг\.)"),
    ("ru_year_from_to", "span", r"с\s+{Y1}\s+(?:по|до)\s+{Y2}\s*(?:год\w*|гг?\.)"),
    # «фестиваль завершится 14 октября»: the day it will end (a past «завершился 15
    # октября» may date a one-day event; «продлится до …» is «до …»'s)
    (
        "ru_ends",
        "end",
        r"(?:заверш|законч)(?:ится|атся)\s+(?:свою\s+работу\s+)?{D2}{ORD}\s+{M2}"
        r"(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    ("ru_day", "span", r"{D1}{ORD}\s+{M1}(?:\s+{Y1}{YW})?(?:\s+{QA})?"),
    ("ru_month", "span", r"(?:в|во|с)\s+{PART}{M1}(?:\s+{Y1}{YW})?(?:\s+{QA})?"),
    ("ru_month_year", "span", r"{M1}\s+{Y1}{YW}"),
    ("ru_year", "span", r"(?:(?:в|с)\s+)?{Y1}\s*(?:год(?:а|у)?(?!\w)|г\.)"),
    ("ru_until_day", "end", r"(?:до|по)\s+{D2}{ORD}\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?"),
    ("ru_until_month", "end", r"до\s+(?:конца\s+)?{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?"),
    ("ru_until_year", "end", r"до\s+(?:конца\s+)?{Y2}\s*(?:год(?:а|у)?(?!\w)|г\.)"),
    ("ru_relative", "relative", r"{REL}"),
)


class RussianDates(Mixin):
    """Russian date rules; page chrome dates its pages with the nominative and genitive
    («Сентябрь 2025», «5 сентября 2025») or an abbreviation («5 сент.»)."""

    chrome_month_cases: ClassVar[frozenset[str]] = frozenset({"nom", "gen", "abbr"})
    date_rules: ClassVar[tuple[tuple[str, str, str], ...]] = _RULES

    def date_pieces(self, month_alt: MonthAlt) -> dict[str, str]:
        return {"YW": _YW, "ORD": _ORD, "PART": _PART}

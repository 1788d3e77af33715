"""What the date stage needs to know of Kazakh (mixed into :class:`sahna.langs.kk.Kazakh`):
its date rules, as templates over the shared placeholders of :mod:`sahna.dates.patterns`
(``{D1}``, ``{M1}``, ``{QB}``...) and the Kazakh pieces below (year words, endings after
a number, «айы», a month in the genitive or the locative)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, ClassVar

from sahna.dates import lexicon
from sahna.dates.patterns import phrase_regex
from sahna.langs import get
from sahna.langs.base import Mixin

if TYPE_CHECKING:
    from sahna.langs.base import MonthAlt


#: Kazakh months that are ordinary words when they stand alone in the locative:
#: маусым is also "season" (жаңа маусымда), қазан is also "cauldron" and the city of
#: Kazan. A bare "маусымда"/"қазанда" is therefore not read as a month; with a day
#: number or "айында" they still are.
_BARE_EXCLUDED = frozenset({6, 10})

_GEN = frozenset({"gen", "poss_gen"})
_LOC = frozenset({"loc", "poss_loc"})
_NOM = frozenset({"nom"})

_YW = r"\s*-?\s*(?:жыл(?:ы|ғы|дың|да|ға|дан|ды)?(?!\w)|ж\.)"
_SUF = r"(?:\s*-\s*[^\W\d_]{1,8})?"  # ordinal/case ending after a number: 21-і, 6-шы
_SEP = r"(?:\s*-\s*|\s+)"
_PRE = r"(?:(?:{Y0}{YW}|{QB})\s+)?"
_AI = r"(?:\s+айы\w*)?"
_TAIL = r"(?:\s+(?:күндері|күні|аралығында|аралығы))?"
#: "5-маусымы" is "its 5th season", not 5 June (see _BARE_EXCLUDED).
_NOT_SEASON = r"(?!-\s*маусымы)"

_RULES = (
    ("kk_dash", "span", r"{PRE}{D1}{SUF}{DASH}{D2}{SUF}{SEP}{M2}{AI}(?:\s+{Y2}(?:{YW})?)?{TAIL}"),
    (
        "kk_dash_months",
        "span",
        r"{PRE}{D1}{SUF}{SEP}{M1}{AI}{DASH}{D2}{SUF}{SEP}{M2}{AI}(?:\s+{Y2}(?:{YW})?)?{TAIL}",
    ),
    # «30 мамыр мен 1 маусым аралығында»: two days of two months, the span between them
    (
        "kk_between_months",
        "span",
        r"{PRE}{D1}{SUF}{SEP}{M1}{AI}\s+(?:мен|бен|пен|және)\s+{D2}{SUF}{SEP}{M2}{AI}"
        r"(?:\s+{Y2}(?:{YW})?)?\s+(?:аралығында|аралығы|күндері)",
    ),
    ("kk_from_to", "span", r"{PRE}{D1}{SUF}{SEP}{M1}\s+{D2}{SUF}{SEP}{M2}{AI}\s+дейін"),
    (
        "kk_list",
        "span",
        r"{PRE}{D1}(?:\s*,\s*{DN}){0,10}(?:\s*,\s*|\s+(?:және|мен)\s+){D2}{SUF}{SEP}{M2}{AI}"
        r"(?:\s+{Y2}(?:{YW})?)?{TAIL}",
    ),
    (
        "kk_gen_range",
        "span",
        r"{PRE}{MG2}\s+{D1}{SUF}(?:{DASH}|\s+(?:мен|және)\s+){D2}{SUF}"
        r"(?:\s+(?:аралығында|аралығы|күндері))?",
    ),
    ("kk_year_range", "span", r"{Y1}{DASH}{Y2}\s*-?\s*(?:жылдар\w*|жж\.)(?:\s+аралығында)?"),
    ("kk_year_from_to", "span", r"{Y1}\s*-?\s*жылдан\s+{Y2}\s*-?\s*жылға\s+дейін"),
    ("kk_day", "span", r"{PRE}{D1}{SUF}{NOTSEASON}{SEP}{M1}{AI}(?:\s+{Y1}(?:{YW})?)?(?:\s+күні)?"),
    # «желтоқсанның бесінші жұлдызында»: the day as an ordinal word before «жұлдыз» 'day
    # of the month'
    ("kk_gen_day_words", "span", r"{PRE}{MG1}\s+{DW1}\s+жұлдыз\w*"),
    ("kk_gen_day", "span", r"{PRE}{MG1}\s+{D1}{SUF}(?:\s+күн\w*)?(?:\s+бастап)?"),
    ("kk_month_ai", "span", r"{PRE}{M1}\s+айы\w*(?:\s+(?:басында|соңында|ортасында|аяғында))?"),
    ("kk_year_month", "span", r"(?:{Y0}{YW}|{QB})\s+{M1}{AI}"),
    ("kk_month_part", "span", r"{MG1}\s+(?:басында|соңында|ортасында|аяғында)"),
    ("kk_month_loc", "span", r"{ML1}"),
    ("kk_year", "span", r"{Y1}{YW}"),
    ("kk_until_end_month", "end", r"{PRE}{MG2}\s+(?:соңына|аяғына)\s+дейін"),
    # «қарашаның 9-ында аяқталады», «9 қарашада аяқталады»: the day it ends
    ("kk_gen_ends", "end", r"{PRE}{MG2}\s+{D2}{SUF}\s+аяқтал\w*"),
    ("kk_ends", "end", r"{PRE}{D2}{SUF}{SEP}{M2}{AI}\s+аяқтал\w*"),
    ("kk_until_day", "end", r"{PRE}{D2}{SUF}{SEP}{M2}{AI}\s+дейін"),
    # «қаңтардың 15-іне дейін»: the genitive month and the day it runs until
    ("kk_gen_until_day", "end", r"{PRE}{MG2}\s+{D2}{SUF}\s+дейін"),
    ("kk_until_month", "end", r"{PRE}{M2}{AI}\s+дейін"),
    ("kk_until_year", "end", r"{Y2}\s*-?\s*(?:жылға|жылдың\s+соңына|ж\.)\s+дейін"),
    ("kk_relative", "relative", r"{REL}"),
    # «сенбі күні», «жексенбіде»: a bare weekday, the past or the coming one as the
    # clause's verb says; not the name of a day in a date («12 қыркүйек, жұма»)
    # «жексенбіге дейін»: the coming weekday an event runs until, its end
    ("kk_until_weekday", "relative_end", r"(?<!\w){WD}(?:ге|ға)\s+дейін(?!\w)"),
    ("kk_weekday", "relative", r"(?<!\w){WD}(?:\s+күні|де|да)(?!\w)"),
)

#: The end of a clause: a Kazakh clause closes with its verb.
_CLAUSE_END = re.compile(r"[.!?;\n]")
#: Words that report what was said («деді», «хабарлады»): the clause told is before them.
_REPORTING = ("деді", "деп", "делінген", "хабарлады", "хабарлайды", "мәлімдеді", "жазады",
              "айтты", "атап өтті")
#: Finite verb endings of the coming tense: the aorist («өтеді», «басталады»), the
#: intention («өтпек», «өткізбекші»), the future participle («өтетін»).
_COMING = re.compile(r"(?:[аеый]ды|[аеій]ді|[мбп][аеақ][кқ](?:шы|ші)?|[аеый]тын|[аеій]тін|"
                     r"жоспарлануда|көзделуде|күтілуде)$")
#: A comma and a conjunction that opens another clause («…, ал …», «…, бірақ …»).
_NEXT_CLAUSE = re.compile(r",\s*(?:ал|бірақ|алайда|әрі)(?!\w)", re.IGNORECASE)
#: A clause whose first comma closes a converb in -ып/-іп («ашылып,», «өтіп,»).
_CONVERB_CLAUSE = re.compile(r"[^,]*[^\W\d_]{2,}[ыі]п\s*,")
#: A time of its own in the clause after a converb: «дейін» 'until', «бастап» 'from'.
_OWN_TIME = re.compile(r"(?<!\w)(?:дейін|бастап)(?!\w)", re.IGNORECASE)
#: Stems of extending and moving a date («ұзартылды» 'was extended', «ауыстырылды» 'was
#: moved'): the day they govern is the new one, ahead whatever the verb's tense.
_MOVED_AHEAD = ("ұзарт", "ауыстырыл", "шегеріл")
#: Finite verb endings of the past: the definite past («өтті», «ашылды»), the past
#: participle closing a clause («өткен»), the evidential («өтіпті»).
_PAST = re.compile(r"(?:[дт][ыі]|[гғкқ][ае]н|[ыі]пт[ыі])$")


@functools.cache
def _called_off(code: str) -> frozenset[str]:
    """The cue phrases of ``status.tsv`` that call an event off («кейінге қалдырылды»,
    «өтпейтін болды»): a clause they close tells that it will not be, and its past verb
    is the decision's, not the event's, so it says nothing of the tense of its date."""
    known = get(code)
    rows = known.rows("status.tsv") if known else []
    return frozenset(cue for cue, status in rows if status == "cancelled")


def _finite(clause: str) -> bool:
    """Does ``clause`` close with a finite verb of the past or the coming tense?"""
    words = re.findall(r"[^\W\d_]+", clause.lower())
    return bool(words) and len(words[-1]) > 3 and bool(
        _PAST.search(words[-1]) or _COMING.search(words[-1]))


class KazakhDates(Mixin):
    """Kazakh date rules; page chrome dates its pages with the nominative, which takes
    its endings there («12 қыркүйек», «сәуірде»)."""

    chrome_month_cases: ClassVar[frozenset[str]] = frozenset({"nom", "abbr"})
    date_rules: ClassVar[tuple[tuple[str, str, str], ...]] = _RULES

    def date_pieces(self, month_alt: MonthAlt) -> dict[str, str]:
        """The static pieces, and the month in the genitive (``MG1``, ``MG2``: "наурыздың
        21-і" or "наурыз айының 21-і") and alone in the locative (``ML1``)."""
        pieces = {
            "YW": _YW,
            "SUF": _SUF,
            "SEP": _SEP,
            "PRE": _PRE,
            "AI": _AI,
            "TAIL": _TAIL,
            "NOTSEASON": _NOT_SEASON,
        }
        gen = month_alt(_GEN, frozenset())
        nom = month_alt(_NOM, frozenset())
        for n in ("1", "2"):
            # "наурыздың 21-і" or "наурыз айының 21-і"
            pieces[f"MG{n}"] = rf"(?P<m{n}>{gen}(?!\w)|{nom}(?=\s+айының(?!\w)))(?:\s+айының)?"
        bare = month_alt(_LOC, _BARE_EXCLUDED)
        pieces["ML1"] = rf"(?P<m1>{bare})(?!\w)"
        pieces["DW1"] = rf"(?P<d1>{phrase_regex(lexicon.day_words(self.code))})(?!\w)"
        weekdays = phrase_regex(lexicon.relative_phrases(self.code, "weekday"))
        pieces["WD"] = rf"(?P<rel>{weekdays})"
        return pieces

    def clause_tense(self, text: str, start: int, end: int) -> str | None:
        """«Сенбі күні … айтыс өтті» (past), «… 15 қазанда өтеді» (coming): a Kazakh
        clause ends with its verb, so the tense is the last word's before the clause
        ends (before a verb of reporting that closes the sentence: «…өтеді, деді ол»).
        A word that is neither («өтуде», a noun) says nothing."""
        stop = _CLAUSE_END.search(text, end, end + 400)
        clause = text[end:stop.start() if stop else min(len(text), end + 400)]
        # «… концерті өтті, ал сенбіде көрме ашылады»: a conjunction opens another clause
        # when the one before closes with its own verb (not «5-інде, ал … 9-ында өтті»,
        # where the verb is shared)
        parts = _NEXT_CLAUSE.split(clause, maxsplit=1)
        if len(parts) > 1 and _finite(parts[0]):
            clause = parts[0]
        converb = _CONVERB_CLAUSE.match(clause)
        if converb and _OWN_TIME.search(clause, converb.end()):
            # «бейсенбі күні ашылып, жексенбіге дейін жалғасады»: a converb takes the
            # tense of the verb of the next clause, which tells that clause's own time
            return None
        words = re.findall(r"[^\W\d_]+", clause.lower())
        while words and words[-1] in ("ол", "деді", "деп", "дейді"):
            words.pop()  # «…, деді ол»: the reported clause closes before
        while len(words) > 1 and words[-1].startswith(_REPORTING):
            words.pop()
        if not words or " ".join(words[-2:]) in _called_off(self.code) \
                or words[-1] in _called_off(self.code):
            return None  # «… өтуі тиіс фестиваль өтпейтін болды»: when it was to be, untold
        last = words[-1]
        if last.startswith(_MOVED_AHEAD):
            return "coming"  # «көрме 20 қаңтарға дейін ұзартылды»: the new end lies ahead
        if _COMING.search(last):
            return "coming"
        if _PAST.search(last) and len(last) > 3:
            return "past"
        return None

"""What the date stage needs to know of Russian (mixed into :class:`sahna.langs.ru.Russian`):
its date rules, as templates over the shared placeholders of :mod:`sahna.dates.patterns`
(``{D1}``, ``{M1}``, ``{QA}``...) and the Russian pieces below (year words, ordinal
endings, parts of a month)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from sahna.dates import lexicon
from sahna.dates.patterns import phrase_regex
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
        r"{D1}{ORD}(?:\s*,\s*{DN}{ORD}){0,10}(?:\s*,\s*|\s+и\s+){D2}{ORD}\s+{M2}"
        r"(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    (
        "ru_month_range",
        "span",
        r"со?\s+{M1}(?:\s+{Y1}{YW})?\s+(?:по|до)\s+{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
    ),
    # «в ноябре–декабре», «в мае-июне 2026 года»: from the first month to the second
    (
        "ru_months_dash",
        "span",
        r"(?:в|во)\s+{PART}{M1}{DASH}{M2}(?:\s+{Y2}{YW})?(?:\s+{QA})?",
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
    # «Накануне в Астане состоялся концерт»: «накануне» alone is the day before the
    # report; «накануне праздника» (with a noun) is the eve of something else, no date
    (
        "ru_eve",
        "relative",
        r"(?P<rel>накануне)(?=\s*[,.;:—–-]|\s+(?:в|во|на|вечером|утром|днём|днем|поздно|"
        r"состоял\w*|прош(?:ёл|ел|ла|ло|ли)|открыл\w*|завершил\w*|стартовал\w*)(?!\w))",
    ),
    # «в субботу», «во вторник»: a bare weekday, the past or the coming one as the
    # clause's verb says; not one that names the day of a date beside it («в пятницу,
    # 5 декабря», «в пятницу (5 декабря)»)
    ("ru_weekday", "relative", r"(?:в|во)\s+{WD}(?!\w)(?!\s*[,(]?\s*{D1}{ORD}\s+{M1})"),
    # «продлится до воскресенья»: the coming weekday an event runs until, its end
    ("ru_until_weekday", "relative_end", r"до\s+{UWD}(?!\w)"),
)

#: The end of a clause for :meth:`RussianDates.clause_tense`.
_CLAUSE_END = re.compile(r"[.!?;\n]")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
#: What opens the next clause after a date: a comma or a coordinating conjunction.
_JOINED = re.compile(r",|(?<!\w)(?:и|а|но|однако)(?!\w)", re.IGNORECASE)
#: Lemmas of verbs and participles that put a clause in the future whatever their own
#: tense: «планируется», «запланирован», «намечено», «предстоит», «ожидается».
_PLANNING = frozenset({"планироваться", "планировать", "запланировать", "наметить",
                       "намечать", "намечаться", "предстоять", "ожидаться", "предполагаться",
                       "собираться", "намереваться", "подготовка",
                       # «выставку продлили до 20 января», «концерт перенесли на 5 мая»:
                       # the new day it runs until or moves to lies ahead
                       "продлить", "продлевать", "перенести", "переносить"})
#: Verbs of talking something over («обсудили проведение Дней культуры в октябре»): like
#: a verb of speaking, they tell when the talk was, not when what it is about happens.
_TALKING = frozenset({"обсудить", "обсуждать", "рассмотреть", "рассматривать",
                      "обменяться", "согласовать"})
#: Verbs of will and agreement: the infinitive after them («договорились провести»,
#: «решили открыть», «пригласили принять участие») is to come, whatever their own tense;
#: not «удалось провести», «смогли открыть», which tell what was done.
_WILLING = frozenset({"договориться", "решить", "согласиться", "предложить", "пообещать",
                      "обещать", "хотеть", "желать", "рассчитывать", "надеяться",
                      "пригласить", "приглашать", "готовиться", "намерен",
                      # «должен был пройти 20 декабря»: what was to be, not what was
                      "должный"})


class RussianDates(Mixin):
    """Russian date rules; page chrome dates its pages with the nominative and genitive
    («Сентябрь 2025», «5 сентября 2025») or an abbreviation («5 сент.»)."""

    chrome_month_cases: ClassVar[frozenset[str]] = frozenset({"nom", "gen", "abbr"})
    date_rules: ClassVar[tuple[tuple[str, str, str], ...]] = _RULES

    def date_pieces(self, month_alt: MonthAlt) -> dict[str, str]:
        weekdays = phrase_regex(lexicon.relative_phrases(self.code, "weekday"))
        until = phrase_regex(lexicon.relative_phrases(self.code, "until_weekday"))
        return {"YW": _YW, "ORD": _ORD, "PART": _PART, "WD": rf"(?P<rel>{weekdays})",
                "UWD": rf"(?P<rel>{until})"}

    def clause_tense(self, text: str, start: int, end: int) -> str | None:
        """«В субботу в Астане прошёл концерт» (past), «концерт состоится в субботу»
        (coming): the tense of the finite verb nearest to the date in its clause, as the
        morphological analyser reads it (a short participle alone, «выставка открыта»,
        is a state, not a past: its «был» tells the past); a verb of planning
        («планируется», «запланирован», «предстоит») is coming whatever its form, and a
        verb of speaking («сообщили», «рассказал») tells when the news was given, not
        when the event is, so it says nothing. A present tense («проходит») says
        nothing either. An infinitive after a verb of will or agreement («договорились
        провести») marks the coming, nearer to the dates it governs than that verb."""
        from sahna.langs.ru import morph  # pymorphy2 loads only when a date asks

        left = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)),
                   default=max(0, start - 300))
        stop = _CLAUSE_END.search(text, end, end + 300)
        right = stop.start() if stop else min(len(text), end + 300)
        speech = self.cue_set("speech")
        marks: list[tuple[int, str, bool, bool]] = []
        willing = False  # the word before was a verb of will or agreement
        for found in _WORD.finditer(text, left, right):
            if start <= found.start() < end:
                continue  # the date's own words («в субботу»)
            parse = morph.parses(found.group().lower())[0]
            if not parse.is_known and found.group()[:1].isupper():
                continue  # «имени Жамбыла»: a name the analyser guesses as a past verb
            lemma = parse.normal_form
            if willing and lemma == "быть":
                continue  # «должен был провести»: the infinitive after still tells the plan
            was_willing, willing = willing, lemma in _WILLING or lemma in _PLANNING
            tag = parse.tag
            if (lemma in speech or lemma in _TALKING) and tag.tense != "futr":
                continue  # «отметил»: when it was said; «отметят Наурыз» is to come
            if lemma in _PLANNING or (was_willing and tag.POS == "INFN"):
                # «договорились провести … в мае»: what they agreed to do is to come
                tense = "coming"
            elif tag.POS == "VERB" and tag.tense == "past":
                tense = "past"
            elif tag.POS == "VERB" and tag.tense == "futr":
                tense = "coming"
            else:
                continue
            before = found.end() <= start
            distance = start - found.end() if before else found.start() - end
            # a verb after «и», «а», «но» or a comma opens the next clause; one before the
            # date with no comma between holds it in its own
            apart = bool(_JOINED.search(text, end, found.start())) if not before \
                else "," not in text[found.end():start]
            marks.append((distance, tense, before, apart))
        if any(before and held for _, _, before, held in marks):
            # «открылся в четверг и продлится до воскресенья»: «в четверг» is the opening's
            marks = [m for m in marks if m[2] or not m[3]]
        return min(marks)[1] if marks else None

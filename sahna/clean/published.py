"""The publication date a plain-text page states, found near its headline.

A text page has no metadata: the date it was published is printed in its header, in one
of a few shapes that news sites share across languages:

- a date line alone, maybe labelled («Опубликовано: 12.03.2025 10:15», "Published: …");
- a date line carrying a view counter or a rubric after it («14.03.2025 72»,
  «5 июля 2024, 11:57 | Культура»), or the same date twice (markup glued two copies);
- a date and time printed at the end of the headline line ("… 06 июня 2014, 16:14");
- an agency dateline opening the first paragraph («Бишкек, 19.04.24. /Кабар/.»,
  «Семей.30.11.25.»), two-digit years included.

A wrong date is worse than none (it moves every event to a wrong year), so only the
header is searched (dates further down belong to headline lists or to the article,
where a date in a sentence is an event's), and a date line *above* the headline counts
only with a time or a label: a bare date there is the site's "today" banner more often
than the article's stamp. Of the remaining stamps the one closest to the headline wins,
below it before above it, publication labels before "updated" ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sahna.clean.lines import (
    calendar_words,
    cue_prefix_regex,
    cue_regex,
    date_before_counter,
    date_parts,
    ends_like_sentence,
    has_cue,
    has_words,
    is_date_label,
    is_date_line,
    is_full_date,
    is_list_heading,
    issue_date,
    light,
    looks_like_person_name,
    norm,
    parse_date,
    rubric_beside_date,
    stamp_parts,
)
from sahna.dates.lexicon import relative_index
from sahna.langs import CODES

# The header: this many non-blank lines from the top at most, and never past the first
# body paragraph (a sentence of this many words); the dateline may open that paragraph.
PUBLISHED_SEARCH_LINES = 12
BODY_MIN_WORDS = 12
# A two-digit year below this is 20yy, else 19yy («03.02.25» is 2025, «14.06.98» 1998).
TWO_DIGIT_CENTURY_PIVOT = 70


@dataclass(frozen=True)
class Stamp:
    """One publication date candidate: where it is and how sure its shape is."""

    line: int  # index among the page lines
    published: str  # YYYY-MM-DD
    timed: bool  # carries a time of day: a stamp, not a calendar banner
    labelled: bool  # opened by a publication label ("Опубликовано:")
    updated: bool  # opened by an "updated" label: a weaker stamp
    dateline: bool = False  # an agency dateline: the article's own only below the headline


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# What may follow a date line on the same line: a view counter ("72", "2 065") or a
# rubric after a bar ("| Культура"), and nothing else.
_STAMP_TAIL = re.compile(r"(?:\s+\d{1,3}(?:[\s\u00a0]?\d{3})*|\s*[|•·]\s*[^\W\d][^|\d]{0,30})\s*$")
_TWO_DIGIT_DMY = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?!\d)")


def _full_year(year: str) -> int:
    """A printed year as a full year: two digits are read against the pivot."""
    y = int(year)
    if len(year) == 2:
        return (2000 if y < TWO_DIGIT_CENTURY_PIVOT else 1900) + y
    return y


def parse_stamp_date(text: str) -> str | None:
    """The first full date in ``text`` (what :func:`parse_date` reads, and dotted dates
    with a two-digit year, «03.02.25»), as ``YYYY-MM-DD``."""
    if found := parse_date(text):
        return found
    for m in _TWO_DIGIT_DMY.finditer(norm(text)):
        try:
            return date(_full_year(m[3]), int(m[2]), int(m[1])).isoformat()
        except ValueError:
            continue
    return None


@cache
def _dateline_regex() -> re.Pattern[str]:
    """A paragraph opening with a place and a full date («Бишкек, 19.04.24. /Кабар/.»,
    «Семей.30.11.25.», "ASTANA, 5 May 2025 –", "ASTANA. November 24, 2025.", "BAKU,
    Azerbaijan, Nov. 24, 2025 (Trend) –", «Москва, 24 ноября 2025, 10:15 —»): one or
    two capitalised words (and the country after a comma), a comma or full stop, the
    date (and its time), then a full stop, slash or dash."""
    p = date_parts()
    # one or two capitalised words, and maybe the country after a comma ("BAKU, Azerbaijan")
    word = r"[^\W\d_][\w-]*"
    place = rf"{word}(?:\s{word})?(?:,\s{word})?"
    numeric = r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})"
    textual = rf"\d{{1,2}}\s+{p['month']}\s+\d{{4}}|{p['month']}\s+\d{{1,2}},?\s+\d{{4}}"
    year_word = "|".join(calendar_words("year"))
    # the agency may stand in brackets after the date: "ALMATY, November 24, 2025 (Kazinform) –"
    source = r"(?:\s*\([^()]{2,30}\))?"
    time = r"(?:,?\s*\d{1,2}:\d{2})?"  # "Москва, 24 ноября 2025, 10:15 — ИА Регнум."
    # what follows is the agency or the sentence: never a lowercase word, which makes
    # the "date" an event's in a sentence («В Алматы, 24 ноября 2025 г. прошли …»)
    return re.compile(rf"^({place})\s*[.,]\s*({numeric}|{textual})\s*(?:{year_word})?"
                      rf"{time}{source}\s*[./–—-](?!\s*(?-i:[a-zа-яәғқңөұүһі]))", re.IGNORECASE)


def _label(line: str) -> tuple[bool, bool, str]:
    """(labelled, updated, rest): whether ``line`` opens with a date label, whether
    that label says "updated", and the line after the label."""
    s = line.strip()
    if m := cue_prefix_regex("date_update_label", r":?").match(s):
        return True, True, s[m.end():].strip()
    if m := cue_prefix_regex("date_label", r":?").match(s):
        return True, False, s[m.end():].strip()
    return False, False, s


def _is_stamp_line(text: str) -> bool:
    """A date line, maybe with a counter or rubric after it, or printed twice."""
    s = text.strip()
    if is_date_line(s):
        return True
    tail = _STAMP_TAIL.search(s)
    if tail and tail.start() > 0 and is_date_line(s[:tail.start()]):
        return True
    if date_before_counter(s):
        return True  # "12 ноября 2025 10:15 Просмотров: 345"
    half = len(s) // 2
    return s[:half].strip() == s[half:].strip() and is_date_line(s[:half])


@cache
def _headline_stamp_regex() -> re.Pattern[str]:
    """A full date and a time closing a line ("… 06 июня 2014, 16:14"): the word
    before the date, the date, the minute."""
    p = date_parts()
    return re.compile(rf"(\S+)\s+({p['date']})\s*,?\s*\d{{1,2}}:(\d{{2}})(?::\d{{2}})?\s*$")


@cache
def _preposition_regex() -> re.Pattern[str]:
    """A word that puts the date after it in a sentence ("on", «в»)."""
    return re.compile("|".join(calendar_words("date_preposition")))


_GLUED_TAIL = 200  # characters at the end of a headline line where a glued stamp may be


def _glued_stamp(line: str) -> str | None:
    """The date of a date and time printed at the end of the headline line, where
    markup glued the stamp under the headline onto it. An announcement headline can
    end with its event's date and time too («Концерт 12 марта 2025, 19:00»), so the
    date must not follow a preposition and the time must not be a round quarter hour
    (events start at :00, :15, :30, :45; a stamp's minute is any)."""
    s = norm(line)
    # the stamp closes the line: search its end only (the regex's leading word, tried
    # at every position of a long line without spaces, made it cost the square)
    at = max(0, len(s) - _GLUED_TAIL)
    m = _headline_stamp_regex().search(s, at)
    if not m or ":" in s[:m.start(2)] or ends_like_sentence(line):
        return None
    if _preposition_regex().fullmatch(m[1]) or int(m[3]) % 15 == 0:
        return None
    return parse_stamp_date(m[2])


_SPLIT = re.compile(r"\s*[,|•·/–—]\s*|\s+")
_DIGIT = re.compile(r"\d")


@cache
def _leading_preposition_regex() -> re.Pattern[str]:
    """A date preposition and its space at the start of a text."""
    return re.compile(rf"(?:{_preposition_regex().pattern})\s+", re.IGNORECASE)


def _after_preposition(text: str) -> str:
    """``text`` without a leading date preposition ("on 24 November 2025")."""
    m = _leading_preposition_regex().match(text)
    return text[m.end():] if m else text


def _is_byline(head: str) -> bool:
    """An author's part of a byline line: a name alone ("Иван Петров") or opened by a
    byline cue ("Автор: …", "by John Smith")."""
    head = head.strip()
    return bool(head) and (looks_like_person_name(head)
                           or cue_prefix_regex("byline", r":?\s").match(head + " ") is not None)


_BYLINE_HEAD = 200  # characters before the date that an author's part may take


def _byline_stamp(text: str) -> str | None:
    """The date closing a byline line ("Иван Петров, 24.11.2025", "by John Smith on
    Nov 24, 2025"): the author, a separator or a preposition, a date line.

    A date has digits, so only the separators before the line's last digit can open
    the date; a long sentence of the body (the last line the header search reads) then
    costs one search, not a name test at each of its spaces."""
    digit = _DIGIT.search(text[::-1])  # the last digit of the line
    if digit is None:
        return None
    last_digit = len(text) - 1 - digit.start()
    for m in _SPLIT.finditer(text):
        if m.end() > last_digit:
            break
        if m.start() > _BYLINE_HEAD:
            break  # an author's part is a name or a short credit, not a paragraph
        head, tail = text[:m.start()], _after_preposition(text[m.end():])
        if _is_byline(head) and _is_stamp_line(tail):
            return parse_stamp_date(tail)
    return None


def _stamp_then_byline(text: str) -> str | None:
    """The date of a date line followed by its author ("November 24, 2025 by admin",
    «24.11.2025, автор: Иван Петров»): a byline cue after the date, and the words after
    it a short name (at most four words, no sentence punctuation).

    Every match of the cue regex here is a match of the kind's plain alternation, so a
    line :func:`has_cue` finds no byline cue in (one substring scan for most lines)
    has none: the body's long sentences, which the header search reads too, skip the
    alternation tried at each of their positions."""
    s = light(text)
    if not has_cue("byline", s):
        return None
    for m in _byline_cue_regex().finditer(s):
        head, name = s[:m.start()].rstrip(" ,|•·–—-"), s[m.end():].strip(" :")
        if (m.start() > 0 and 0 < len(name.split()) <= 4 and not re.search(r"[.!?;]", name)
                and _is_stamp_line(head)):
            return parse_stamp_date(head)
    return None


@cache
def _byline_cue_regex() -> re.Pattern[str]:
    """A byline cue as a word after a space ("by", «автор»), anywhere in a line."""
    return re.compile(rf"(?<=\s)(?:{cue_regex('byline').pattern})(?!\w)", re.IGNORECASE)


# «Уральск.03.02.25», "Atyrau, 27.07.2025": a city glued to the date.
_PLACE_DOT = re.compile(r"^[^\W\d_][\w-]+(?:\s[^\W\d_][\w-]+)?\s*[.,]\s*(?=\d)")


def _parted_stamp(index: int, line: str) -> Stamp | None:
    """The date of a stamp line of several parts (:func:`~sahna.clean.lines.stamp_parts`):
    the publication label's date wins over "updated"."""
    parts = stamp_parts(light(line))
    if parts is None:
        return None
    dates: list[Stamp] = []
    for part in parts:
        labelled, updated, rest = _label(part)
        rest = _after_preposition(rest) if labelled else rest
        if is_full_date(rest) and (found := parse_stamp_date(rest)):
            dates.append(Stamp(index, found, bool(_TIME.search(line)), labelled, updated))
    return min(dates, key=lambda s: (s.updated, not s.labelled)) if dates else None


def _stamp(index: int, line: str, headline: bool) -> Stamp | None:
    """The publication date candidate on one header line, if it has one."""
    if parted := _parted_stamp(index, line):
        return parted
    place = _PLACE_DOT.match(line.strip())
    if place and line.strip()[:1].isupper() and is_full_date(line.strip()[place.end():]):
        rest = line.strip()[place.end():]
        if found := parse_stamp_date(rest):
            return Stamp(index, found, bool(_TIME.search(rest)), True, False)
    if (issue := issue_date(line)) and (found := parse_stamp_date(issue)):
        return Stamp(index, found, bool(_TIME.search(issue)), True, False)
    labelled, updated, rest = _label(line)
    if labelled:
        rest = _after_preposition(rest)  # "Published on 24 November 2025"
    if _is_stamp_line(rest) and (found := parse_stamp_date(rest)):
        return Stamp(index, found, bool(_TIME.search(rest)), labelled, updated)
    count = _STAMP_TAIL.search(rest)
    dated = rubric_beside_date(rest[:count.start()] if count and count.start() else rest)
    if dated and (found := parse_stamp_date(dated)):  # «Общество 24.11.2025 14:05»
        return Stamp(index, found, True, labelled, updated)
    if (found := _byline_stamp(rest)) or (found := _stamp_then_byline(rest)):
        return Stamp(index, found, bool(_TIME.search(rest)), True, updated)
    if headline and (found := _glued_stamp(rest)):
        return Stamp(index, found, True, False, False)
    m = _dateline_regex().match(light(rest))
    if m and rest[:1].isupper() and (found := parse_stamp_date(m[2])):
        return Stamp(index, found, False, True, False, dateline=True)
    return None


#: Chrome that a page's top is full of and that says nothing about where the header
#: ends: a menu of twenty items before the headline must not push the date out of reach.
_UNCOUNTED = frozenset({"menu", "navigation", "placeholder", "quote", "widget", "advert", "hours",
                        "subscription", "url", "online", "cookies", "comment"})


def find_published(lines: list[str], headline: int | None,
                   labels: list[str | None] | None = None,
                   fetched: str | None = None) -> str | None:
    """The page's publication date (``YYYY-MM-DD``) from its header, or None.

    ``headline`` is the index of the headline line when one was found. Candidates come
    from the header (see the module docstring); the closest to the headline wins.
    ``labels`` (the cleaner's, when given) let menu and widget lines go uncounted in
    the header's length. ``fetched``, the date the page was fetched when it is known,
    dates a stamp that says only "today" or "yesterday" (:func:`_relative_stamp`)."""
    found = _find_published(lines, headline, labels)
    if found is None and fetched:
        found = _relative_stamp(lines, headline, labels, fetched)
    return found


#: How many days before the fetch a relative stamp's word says («Сегодня, 14:05»,
#: «Кеше, 18:20», "Yesterday 10:31"): a page's own stamp is never dated in the future.
_RELATIVE_DAYS = {"today": 0, "yesterday": 1, "before_yesterday": 2}


@cache
def _relative_words() -> dict[str, int]:
    """The phrases of every language's ``relative.tsv`` that a stamp may say instead of
    its date, with the days before the fetch each means."""
    return {phrase: _RELATIVE_DAYS[key] for code in CODES
            for phrase, key in relative_index(code).items() if key in _RELATIVE_DAYS}


@cache
def _relative_day_regex() -> re.Pattern[str]:
    """Any of :func:`_relative_words` as a whole word or phrase, longest first."""
    alternatives = "|".join(re.escape(w) for w in sorted(_relative_words(), key=len,
                                                         reverse=True))
    return re.compile(rf"(?<!\w)(?P<word>{alternatives})(?!\w)")


def _relative_day(line: str) -> int | None:
    """Days before the fetch that a relative stamp line («Сегодня, 14:05», "Бүгін,
    14:20", "Yesterday 10:31") says, or None: the whole line must be a date line
    (:func:`is_date_line`), and hold no full date of its own."""
    if not is_date_line(line) or parse_stamp_date(line):
        return None
    m = _relative_day_regex().search(norm(line))
    return None if m is None else _relative_words().get(m["word"])


def _relative_stamp(lines: list[str], headline: int | None,
                    labels: list[str | None] | None, fetched: str) -> str | None:
    """The date of a relative stamp in the header, counted back from ``fetched``.

    Only when the header has no dated stamp (a date always beats a word), only a
    publication stamp (an "updated" one says nothing of the publication), and only the
    stamp nearest to the headline, below it first, within the lines
    :func:`find_published` reads; a relative stamp in a list of other stories is
    theirs."""
    try:
        today = date.fromisoformat(fetched[:10])
    except ValueError:
        return None
    top = headline if headline is not None else 0
    candidates: list[tuple[bool, int, int]] = []  # (above, distance, days)
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip() or (labels is not None and labels[i] in _UNCOUNTED):
            continue
        seen += 1
        if seen > PUBLISHED_SEARCH_LINES or is_list_heading(line) or (
                labels is not None and labels[i] == "list_item"):
            break
        if has_words(line, BODY_MIN_WORDS) and ends_like_sentence(line) and i > top:
            break  # the body has begun
        days = _relative_day(line)
        if days is None or _label(line)[1] or (i < top and not _TIME.search(line)):
            continue  # above the headline, a word alone may be a menu's "Today"
        candidates.append((i < top, abs(i - top), days))
    if not candidates:
        return None
    return (today - timedelta(days=min(candidates)[2])).isoformat()


def _find_published(lines: list[str], headline: int | None,
                    labels: list[str | None] | None) -> str | None:
    """:func:`find_published` from the dates the header prints."""
    stamps: list[Stamp] = []
    seen = 0
    # Without a known headline, the first sentence-like line may be the headline
    # (a long one ending with a full stop), so the body starts at the second.
    headline_allowance = 1 if headline is None else 0
    in_list_above = False
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if labels is not None and labels[i] in _UNCOUNTED:
            continue
        above = headline is not None and i < headline
        if is_list_heading(line) and above:
            # a strip of other headlines printed above the article: neither its dates
            # nor anything above it is the page's stamp; the header is below it
            in_list_above, seen = True, 0
            stamps.clear()
            continue
        if in_list_above and above:
            continue
        seen += 1
        if seen > PUBLISHED_SEARCH_LINES or is_list_heading(line):
            break  # past the header, or into a list of other headlines and their dates
        stamp = _labelled_above(lines, i, _stamp(i, line, headline is None or i == headline))
        if stamp is not None and not (_is_bare(stamp) and _next_to_banner(lines, i)):
            stamps.append(stamp)
        elif stamp is None and has_words(line, BODY_MIN_WORDS) and ends_like_sentence(line):
            if headline is not None and i <= headline:
                continue
            if headline_allowance:
                headline_allowance -= 1
                continue
            if not stamps and headline is not None and (under := _under_standfirst(lines, i)):
                stamps.append(under)
            break  # the body has begun: dates below it are not the page's
    return _choose(stamps, headline, lines) or _footer_stamp(lines, labels)


def _labelled_above(lines: list[str], i: int, stamp: Stamp | None) -> Stamp | None:
    """``stamp`` labelled by the label alone on the line above it ("Опубликовано:" /
    "24.11.2025"), which says whether it is the publication's or the update's."""
    if stamp is None or stamp.labelled:
        return stamp
    j = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if j is None or not is_date_label(lines[j]):
        return stamp
    updated = cue_prefix_regex("date_update_label", r":?").match(lines[j].strip()) is not None
    return Stamp(stamp.line, stamp.published, stamp.timed, True, updated, stamp.dateline)


def _under_standfirst(lines: list[str], i: int) -> Stamp | None:
    """The stamp printed under the standfirst: line ``i``, the first sentence under
    the headline, is the standfirst (a summary the page prints between headline and
    stamp) when the next line is a stamp and the one after it a body paragraph
    ("<headline> / <standfirst> / Nov. 24, 2025 / <lead>"). A date line after an
    article's paragraph is otherwise the event's, so both conditions must hold."""
    j = _next_line(lines, i)
    if j is None or (stamp := _stamp(j, lines[j], headline=False)) is None or stamp.dateline:
        return None
    k = _next_line(lines, j)
    if k is None or not (has_words(lines[k], BODY_MIN_WORDS) and ends_like_sentence(lines[k])):
        return None
    return stamp


def _next_line(lines: list[str], i: int) -> int | None:
    """The index of the next non-blank line after ``i``."""
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def _footer_stamp(lines: list[str], labels: list[str | None] | None) -> str | None:
    """A labelled stamp under the article ("Опубликовано: 24.11.2025", «Жарияланды:
    24.11.2025 10:15», a byline with its date): some sites print the date at the end
    rather than under the headline. Only after the last body paragraph, only labelled
    stamps (a bare date there may be a comment's or a list's) or a dated and timed stamp
    on the first line after that paragraph ("October 2 2019, 12:19" closing the text),
    and never past a list heading or a list of other headlines."""
    last_body = max((i for i, line in enumerate(lines)
                     if (labels is None or labels[i] is None)
                     and has_words(line, BODY_MIN_WORDS)), default=None)
    if last_body is None:
        return None
    while last_body + 1 < len(lines) and lines[last_body + 1][:1].islower():
        last_body += 1  # the paragraph's wrapped tail ("and the square.")
    first = True
    for i in range(last_body + 1, len(lines)):
        line = lines[i]
        if is_list_heading(line) or (labels is not None and labels[i] == "list_item"):
            return None
        if not line.strip():
            continue
        stamp = _stamp(i, line, headline=False)
        if (stamp is not None and (stamp.labelled or (first and stamp.timed))
                and not stamp.dateline and not stamp.updated):
            return stamp.published
        first = False
    return None


def _is_bare(stamp: Stamp) -> bool:
    """A date without time or label: the shape of a calendar banner too."""
    return not (stamp.timed or stamp.labelled)


# A weather or exchange-rate line ("10.5 C", "+25°", "$ 474.83"): the site's banner.
_BANNER = re.compile(r"^\W{0,3}(?:[+\-−]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?|[CF℃])"
                     r"|[$€₽£¥₸]\s*\d+(?:[.,]\d+)?)\W{0,3}$")


def _next_to_banner(lines: list[str], i: int) -> bool:
    """Whether the nearest non-blank line above or below line ``i`` is a weather or
    exchange-rate item: a bare date there is the site's "today", not the article's."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and _BANNER.match(lines[j].strip()):
            return True
    return False


def _choose(stamps: list[Stamp], headline: int | None, lines: list[str]) -> str | None:
    """The stamp closest to the headline. Above the headline a bare date counts only
    when it is the line right above it and no other stamp is there (a date printed
    over the headline), and a dateline never (it opens an article, above the headline
    one of a list); publication labels before "updated" ones; below before above."""
    if headline is not None:
        sure = [s for s in stamps if s.line >= headline or not (_is_bare(s) or s.dateline)]
        above = [s for s in stamps if s.line < headline and _is_bare(s)
                 and not any(line.strip() for line in lines[s.line + 1:headline])]
        stamps = sure or above
    if not stamps:
        return None
    if headline is None:
        headline = 0

    def rank(s: Stamp) -> tuple[bool, int, bool]:
        return s.updated, abs(s.line - headline), s.line < headline

    return min(stamps, key=rank).published

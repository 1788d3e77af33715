"""Page-level chrome: rules that need the lines around a line.

:mod:`sahna.clean.lines` decides what a line is on its own. Some chrome is only
recognisable in context: the headlines under a "Популярное" heading look exactly like
a headline, a person's name is a byline only next to a job title or the counter, and
a repeated headline is chrome only because the headline is already there. Each pass
here takes the lines and the current labels (``None`` = kept) and labels more lines.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from sahna.clean.lines import (
    agencies,
    classify_line,
    ends_like_sentence,
    has_cue,
    has_words,
    is_caps_signature,
    is_headline_like,
    is_list_heading,
    is_tag_line,
    light,
    looks_like_person_name,
    menu_words,
    month_pattern,
    names_people,
    norm,
    sentence_count,
    split_label_kind,
    words,
)
from sahna.langs import CODES, language

Labels = list[str | None]

# A headline in a list is short: a long line is article text, and it ends the list.
LIST_ITEM_MAX_CHARS = 160
# A list item may be a one-sentence teaser ending with a full stop, but only a short
# one: a longer full sentence is the article's own paragraph.
LIST_SENTENCE_MAX_CHARS = 100
# Headline runs at the end of a page without a heading must be at least this long,
# so that short closing lines or a closing list of the article are not taken for one;
# runs interleaved with chrome (dates, labels) may be shorter.
TAIL_RUN_MIN_LINES = 8
TAIL_RUN_MIN_LINES_DATED = 4
TAIL_ITEM_MAX_CHARS = 120
TAIL_MEAN_MIN_CHARS = 25
# How far from the top the headline block (headline, counter, byline, date) reaches.
HEADER_MAX_LINES = 12
# A paragraph with this many words is article body: the header is over.
BODY_MIN_WORDS = 12


def classify_lines(lines: list[str]) -> Labels:
    """Label every line with its chrome kind (``None`` = article text or blank):
    line rules first, then the context passes, in an order where each pass can
    rely on the labels of the previous ones."""
    labels: Labels = [classify_line(line) for line in lines]
    mark_headline_lists(lines, labels)
    mark_tail_headline_run(lines, labels)
    mark_tiny_label_runs(lines, labels)
    mark_numbered_menus(lines, labels)
    mark_menu_runs(lines, labels)
    mark_head_headline_run(lines, labels)  # after menus: they sit among its items
    mark_tag_runs(lines, labels)
    mark_broken_tag_lists(lines, labels)
    mark_split_labels(lines, labels)
    mark_cut_headline_runs(lines, labels)
    mark_site_header(lines, labels)
    mark_sandwiched_labels(lines, labels)
    mark_top_labels(lines, labels)
    mark_stamped_lists(lines, labels)
    mark_dated_headline_pairs(lines, labels)
    mark_doubled_lines(lines, labels)  # before bylines: the header starts at the headline
    mark_bylines(lines, labels)
    mark_outlet_names(lines, labels)  # before the headline's copies: it stands above it
    mark_header_above_headline(lines, labels)  # the same: the headline is then the first
    mark_repeated_headline(lines, labels)  # after bylines: the lead is the next kept line
    mark_truncated_copies(lines, labels)
    mark_list_after_own_copy(lines, labels)  # after the copies: they anchor it
    mark_contents_lists(lines, labels)
    keep_article_list_items(lines, labels)
    keep_table_rows(lines, labels)  # last: a table's rows are content whatever they matched
    return labels


#: An item of a list in the article is this many words at most.
ARTICLE_ITEM_MAX_WORDS = 4


def keep_article_list_items(lines: list[str], labels: Labels) -> None:
    """A menu word inside a list of the article stays: a line the menu rule took
    ("Казахстан", a rubric name of many sites), after the article's first paragraph, whose
    neighbours above and below are kept short items of the same list ("Узбекистан",
    "Кыргызстан", or the list's introduction ending with a colon above), and which the
    article introduces with a colon ("Участники:") at the head of the run. A menu in the
    page has menu words for neighbours, and a stray button between two paragraphs has
    paragraphs: neither is touched."""
    if "menu" not in labels:
        return  # (most pages from the HTML reader: no span to look for)
    first_body, _ = article_span(lines, labels)
    for i in range(first_body + 1, len(lines)):
        if labels[i] != "menu":
            continue
        above, below = _nearest(lines, i, -1), _nearest(lines, i, 1)
        if above is None or below is None or labels[above] is not None or labels[below] is not None:
            continue
        if (all(_is_article_item(lines[j], intro=j == above) for j in (above, below))
                and _introduced(lines, labels, above)):
            labels[i] = None


#: How far above a list item its introduction may be, in items.
ARTICLE_LIST_MAX_ITEMS = 12


def _introduced(lines: list[str], labels: Labels, j: int) -> bool:
    """Whether the run of short lines that ``j`` ends (kept items, and menu words
    among them) follows a line ending with a colon ("Участники:"): the article
    introduces its lists so, and a site's menu has no such line."""
    for _ in range(ARTICLE_LIST_MAX_ITEMS):
        s = lines[j].strip()
        if s.endswith(":"):
            return labels[j] is None
        if not (labels[j] in (None, "menu") and _is_article_item(s, intro=False)):
            return False
        up = _nearest(lines, j, -1)
        if up is None:
            return False
        j = up
    return False


def _is_article_item(line: str, intro: bool) -> bool:
    """A short item of a list (no final stop), or with ``intro`` also its introduction
    ending with a colon ("Участники:")."""
    s = line.strip()
    if intro and s.endswith(":"):
        return True
    return (0 < _word_count_short(s) <= ARTICLE_ITEM_MAX_WORDS and not ends_like_sentence(s)
            and not s.endswith(":"))


def _word_count_short(line: str) -> int:
    """The number of words of a short line (a long one counts as more than an item)."""
    return len(words(line)) if len(line) <= 80 else ARTICLE_ITEM_MAX_WORDS + 1


# A table row as the HTML reader writes it (trafilatura's text of a <tr>): cells between
# bars, "| 1 | Kyle Busch | 5040 |". A table is at least this many such rows in a row.
TABLE_MIN_ROWS = 3


def _cells(line: str) -> int:
    """The number of cells of a table row, 0 for any other line."""
    s = line.strip()
    if len(s) < 3 or not (s.startswith("|") and s.endswith("|")):
        return 0
    return s.count("|") - 1


def keep_table_rows(lines: list[str], labels: Labels) -> None:
    """The rows of a table (:data:`TABLE_MIN_ROWS` or more rows with the same number
    of cells, blank lines between them allowed) are article text: a festival's
    programme or a standings table that the article is about. Their short cells make
    some rows look like a menu bar ("| 1 | Kyle Busch | 5040 |") and not others (a
    cell with a full stop), so the line rules would cut a table unevenly; a menu bar
    is one line, not a run of rows of one shape."""
    rows: list[int] = []
    width = 0

    def close() -> None:
        if len(rows) >= TABLE_MIN_ROWS:
            for j in rows:
                labels[j] = None
        rows.clear()

    for i, line in enumerate(lines):
        if not line.strip():
            continue
        cells = _cells(line)
        if cells < 2 or (rows and cells != width):
            close()
        if cells >= 2:
            rows.append(i)
            width = cells
    close()


# A switch of font sizes or languages: runs of this many lines or more, each a label of
# at most TINY_LABEL_MAX_CHARS characters ("XS", "SM", "MD", "LG"; "A+", "A-").
TINY_RUN_MIN_LINES = 3
TINY_LABEL_MAX_CHARS = 3


def _is_tiny_label(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= TINY_LABEL_MAX_CHARS and not s.isdigit()


def mark_tiny_label_runs(lines: list[str], labels: Labels) -> None:
    """Runs of :data:`TINY_RUN_MIN_LINES` or more consecutive lines of one to three
    characters (not numbers alone, which are counters or list numbers): the buttons of
    a font-size or language switch. No article writes three such lines in a row."""
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if i < len(lines) and _is_tiny_label(line):
            run.append(i)
            continue
        if len(run) >= TINY_RUN_MIN_LINES:
            for j in run:
                labels[j] = labels[j] or "menu"
        run = []


# A site menu written one item per line: runs of this many short labels or more,
# outside the article.
MENU_RUN_MIN_LINES = 5
MENU_ITEM_MAX_WORDS = 4
MENU_ITEM_MAX_CHARS = 32
# Above the article, a run this long is a menu even when none of its labels is known
# (a site's own sections, "Ab Workouts", "Meal Plans", …): the header holds nothing
# else of that shape. Below the article, an unlabelled run may be its own list.
MENU_RUN_UNKNOWN_MIN_LINES = 6


def _may_be_headline(lines: list[str], labels: Labels, i: int, first_body: int) -> bool:
    """Line ``i``, the last of a menu run, may be the article's short headline: the
    first body paragraph follows it, directly or past chrome only (the stamp, the
    byline under the headline), and is the lead (a sentence), not a long headline,
    above which a short item is its rubric ("Tennis")."""
    if labels[i] is not None or first_body <= i:
        return False
    if any(lines[j].strip() and labels[j] is None for j in range(i + 1, first_body)):
        return False
    return ends_like_sentence(lines[first_body]) or not is_headline_like(lines[first_body])


#: A brand written in camel case ("iPhone", "macOS", "eNewspaper"): lowercase first, yet
#: a label's capital inside.
_CAMEL = re.compile(r"[^\W\d_]{1,5}[A-ZА-Я]")


def _is_menu_item(line: str) -> bool:
    """A menu item: one to :data:`MENU_ITEM_MAX_WORDS` words, no sentence end, not
    opening with a lowercase letter unless in camel case ("Real Estate", "Мәдениет",
    "U.S.", "Got a Tip?", "iPhone 11")."""
    s = light(line)
    if not s or len(s) > MENU_ITEM_MAX_CHARS or (s[0].islower() and not _CAMEL.match(s)):
        return False
    tokens = words(s)
    # abbreviations ("U.S.", "L.A. Times") and labels ("News App: iOS") are items too;
    # a full stop after a word of two letters or more ends a sentence
    return (1 <= len(tokens) <= MENU_ITEM_MAX_WORDS and not re.search(r"[!;]|:$", s)
            and not re.search(r"[^\W\d_]{2}\.(?:\s|$)", s))


def mark_menu_runs(lines: list[str], labels: Labels) -> None:
    """A site's menu or footer written one item per line ("World", "Business", "Real
    Estate", "Obituaries", …): :data:`MENU_RUN_MIN_LINES` or more short labels in a
    row (blank lines and other chrome may sit between), before the article's first
    paragraph or after its last one, not introduced by a line ending with ":", and
    with one known menu word among them at least (a column of names is no menu).
    The item next to the first paragraph stays: it may be the headline."""
    first_body, last_body = article_span(lines, labels)
    run: list[int] = []
    known = False

    def close() -> None:
        # the last item may be the article's short headline: it is no label, and does
        # not count towards the run
        items = run[:-1] if run and first_body < len(lines) \
            and _may_be_headline(lines, labels, run[-1], first_body) else run
        enough = known or (len(items) >= MENU_RUN_UNKNOWN_MIN_LINES and run[-1] < first_body)
        if len(run) >= MENU_RUN_MIN_LINES and enough:
            before = _nearest(lines, run[0], -1)
            # (a colon before a run that opens with a known label, "Choose a language:" over
            # the switcher, introduces a menu, not the article's list)
            introduced = (before is not None and lines[before].rstrip().endswith(":")
                          and labels[run[0]] is None and not _labels_a_switch(
                              lines, labels, before, run, first_body))
            outside = run[-1] < first_body or run[0] > last_body
            if outside and not introduced:
                for k in items:
                    labels[k] = labels[k] or "menu"
        run.clear()

    # Above the article, one odd label ("Pants on Fire!", a long item) between a known
    # menu and more of its items belongs to it; the headline and its deck, the last two
    # kept lines above the lead, are never taken so.
    kept = [i for i in range(min(first_body, len(lines)))
            if lines[i].strip() and labels[i] is None]
    protected = set(kept[-SANDWICH_KEPT_LINES:])
    bridge: int | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if labels[i] is None and _is_menu_item(line):
            if bridge is not None:
                run.append(bridge)
                bridge = None
            run.append(i)
        elif labels[i] in ("menu", "navigation"):
            if bridge is not None:  # only the menu's own items carry it over the odd line
                close()
                bridge = None
            run.append(i)
            known = True
        elif labels[i] is None:
            if (bridge is None and known and len(run) >= MENU_RUN_MIN_LINES
                    and i < first_body and i not in protected and _is_label(line)):
                bridge = i
                continue
            close()
            bridge = None
            known = False
    close()


# Other headlines cut short by the page ("Театр показал премьеру спектакля о..."):
# this many in a row or more, outside the article.
CUT_RUN_MIN_LINES = 3
_CUT_END = re.compile(r"(?:\.\.\.?|…)\s*$")


def _is_cut_headline(line: str) -> bool:
    """A headline or teaser that the page cut with an ellipsis: two words or more, at
    most :data:`TAIL_ITEM_MAX_CHARS` characters."""
    s = line.strip()
    return len(s) <= TAIL_ITEM_MAX_CHARS and _CUT_END.search(s) is not None \
        and has_words(s, 2)


def mark_cut_headline_runs(lines: list[str], labels: Labels) -> None:
    """A list of other headlines that the page cut to fit its sidebar, each closed by an
    ellipsis: :data:`CUT_RUN_MIN_LINES` or more in a row (blank and chrome lines may sit
    between), before the article's first paragraph or after its last one. An article's
    own lines trailing off so stand among its paragraphs."""
    first_body, last_body = article_span(lines, labels)
    run: list[int] = []

    def close() -> None:
        if len(run) >= CUT_RUN_MIN_LINES and (run[-1] < first_body or run[0] > last_body):
            for k in run:
                labels[k] = "list_item"
        run.clear()

    for i, line in enumerate(lines):
        if not line.strip() or labels[i] is not None:
            continue
        if _is_cut_headline(line):
            run.append(i)
        else:
            close()
    close()


#: A switcher's label ("Edition:", «Регион:», "Set your location:") is this short.
SWITCH_LABEL_MAX_WORDS = 3


def _labels_a_switch(lines: list[str], labels: Labels, before: int, run: list[int],
                     first_body: int) -> bool:
    """Whether the colon line ``before`` a menu run above the article is a switcher's
    label rather than the article's introduction to a list: a word or three ("Edition:",
    «Выберите город:»), over a run of :data:`MENU_RUN_UNKNOWN_MIN_LINES` items or more
    that ends before the article. The article introduces its lists below its lead."""
    return (run[-1] < first_body and len(run) >= MENU_RUN_UNKNOWN_MIN_LINES
            and not has_words(lines[before], SWITCH_LABEL_MAX_WORDS + 1))


# What a label alone on its line labels is a short line or a few (tags).
LABELLED_MAX_WORDS = 6
LABELLED_MAX_LINES = 12


def mark_split_labels(lines: list[str], labels: Labels) -> None:
    """A credit, source, author or tags label alone on its line, with what it labels on
    the lines under it ("Фото:" / «пресс-служба акимата», "Source:" / "Kazinform",
    "Tags:" / "Culture" / "Theatre"): the short lines after the label (one for a credit
    or an author, up to :data:`LABELLED_MAX_LINES` for tags), each of at most
    :data:`LABELLED_MAX_WORDS` words and no sentence, take the label's kind."""
    for i, line in enumerate(lines):
        kind = split_label_kind(line) if line.strip() else None
        if kind is None:
            continue
        labels[i] = labels[i] or kind
        limit = LABELLED_MAX_LINES if kind == "tags" else 1
        j = _nearest(lines, i, 1)
        while j is not None and limit > 0:
            s = lines[j].strip()
            if labels[j] is None and (has_words(s, LABELLED_MAX_WORDS + 1)
                                      or ends_like_sentence(s) or s.endswith(":")
                                      or not words(s)):
                break
            labels[j] = labels[j] or kind  # (a tag that is also a rubric's name stays "menu")
            limit -= 1
            j = _nearest(lines, j, 1)


# A tag of a list broken one per line is a few words.
TAG_ITEM_MAX_WORDS = 4


def mark_broken_tag_lists(lines: list[str], labels: Labels) -> None:
    """A tag list that the page broke one tag per line, each but the last closed by a
    comma ("Tags: ads," / "awareness," / "meth," / "south dakota"): after a tags line
    ending with a comma, the short lines that follow it, up to and including the first
    without a comma."""
    i = 0
    while i < len(lines):
        if labels[i] is None or not lines[i].rstrip().endswith(",") \
                or not is_tag_line(lines[i]):
            i += 1
            continue
        j = _nearest(lines, i, 1)
        while j is not None and not has_words(lines[j], TAG_ITEM_MAX_WORDS + 1) \
                and not ends_like_sentence(lines[j]) and words(lines[j]):
            labels[j] = labels[j] or "tags"
            if not lines[j].rstrip().endswith(","):
                break
            j = _nearest(lines, j, 1)
        i = (j or i) + 1


# A tag cloud: this many lowercase labels or more in a row, outside the article.
TAG_RUN_MIN_LINES = 3
TAG_MAX_WORDS = 3
_TAG_LABEL = re.compile(rf"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){{0,{TAG_MAX_WORDS - 1}}}")


def _is_tag_label(line: str) -> bool:
    """A tag as clouds print it: one to :data:`TAG_MAX_WORDS` words opening in lower
    case ("театр", "мәдениет", "jazz festival"), no punctuation at all."""
    s = line.strip()
    return s[:1].islower() and _TAG_LABEL.fullmatch(s) is not None


def mark_tag_runs(lines: list[str], labels: Labels) -> None:
    """A cloud of tags or rubrics written one per line in lower case ("театр",
    "гастроли", "мәдениет", "jazz"): :data:`TAG_RUN_MIN_LINES` or more such lines in a
    row (blank and chrome lines may sit between), before the article's first paragraph
    or after its last one, and not introduced by a line ending with ":". A headline,
    a menu item or a sentence opens with a capital; an article's own lowercase list
    (a programme's items) sits in the article, follows its colon, or ends its items
    with commas and semicolons."""
    first_body, last_body = article_span(lines, labels)
    run: list[int] = []

    def close() -> None:
        if len(run) >= TAG_RUN_MIN_LINES and (run[-1] < first_body or run[0] > last_body):
            before = _nearest(lines, run[0], -1)
            if before is None or not lines[before].rstrip().endswith(":"):
                for k in run:
                    labels[k] = "tags"
        run.clear()

    for i, line in enumerate(lines):
        if not line.strip() or labels[i] is not None:
            continue
        if _is_tag_label(line):
            run.append(i)
        else:
            close()
    close()


# A numbered menu: "1. Main", "2. Learn", "3. Culture" — numbers from 1 in order, items
# of one to NUMBERED_ITEM_MAX_WORDS words without sentence punctuation.
_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+([^\W\d][^.!?:;]*)$")
NUMBERED_ITEM_MAX_WORDS = 4
NUMBERED_MENU_MIN_ITEMS = 3


def _numbered_item(line: str) -> int | None:
    m = _NUMBERED_ITEM.match(line)
    if m is None or not m[2][:1].isupper() or len(words(m[2])) > NUMBERED_ITEM_MAX_WORDS:
        return None
    return int(m[1])


def mark_numbered_menus(lines: list[str], labels: Labels) -> None:
    """A numbered menu outside the article: :data:`NUMBERED_MENU_MIN_ITEMS` or more
    short numbered items ("1. Main", "2. Learn", …) numbered 1, 2, 3 in order, before
    the article's first paragraph or after its last one. An article's own numbered
    list sits among its paragraphs or follows a line ending with ":", and is kept.
    The article's span is looked for only once a run is found: most pages have none."""
    span: tuple[int, int] | None = None
    i = 0
    while i < len(lines):
        run: list[int] = []
        j = i
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            number = _numbered_item(lines[j])
            if number != len(run) + 1:
                break
            run.append(j)
            j += 1
        if len(run) >= NUMBERED_MENU_MIN_ITEMS:
            before = _nearest(lines, run[0], -1)
            introduced = before is not None and lines[before].rstrip().endswith(":")
            span = span or article_span(lines, labels)
            outside = run[-1] < span[0] or run[0] > span[1]
            if outside and not introduced:
                for k in run:
                    labels[k] = labels[k] or "menu"
        i = max(j, i + 1)


# Body paragraphs further apart than this many non-blank lines belong to different
# blocks of the page (the site's blurb above a long menu, then the article).
SPAN_MAX_GAP = 10


def article_span(lines: list[str], labels: Labels) -> tuple[int, int]:
    """First and last line of the article's body: of the blocks of kept paragraphs
    (lines of :data:`BODY_MIN_WORDS` words or more, at most :data:`SPAN_MAX_GAP`
    non-blank lines apart), the one with the most words. A page's other prose (the
    publisher's blurb above the menu, a footer's "about us") makes blocks of its own,
    so that a long menu between it and the article is not taken to be inside the
    article. ``(len(lines), -1)`` when the page has no paragraph."""
    best: tuple[int, int, int] | None = None  # (words, first, last)
    first = last = -1
    total = gap = 0
    for i, line in enumerate([*lines, ""]):
        count = _word_count(line) if i < len(lines) and labels[i] is None else 0
        paragraph = count >= BODY_MIN_WORDS
        if i < len(lines) and not paragraph:
            gap += bool(line.strip())
            continue
        if first >= 0 and (not paragraph or gap > SPAN_MAX_GAP):
            if best is None or total > best[0]:
                best = (total, first, last)
            first, total = -1, 0
        if paragraph:
            if first < 0:
                first = i
            last, gap = i, 0
            total += count
    return (best[1], best[2]) if best else (len(lines), -1)


@lru_cache(maxsize=4096)
def _word_count(line: str) -> int:
    """``len(words(line))``, kept: the article's span is looked for several times a page."""
    return len(words(line)) if len(line) >= BODY_MIN_WORDS else 0


def _nearest(lines: list[str], i: int, step: int) -> int | None:
    """Index of the nearest non-blank line before (``step`` -1) or after (+1) line ``i``."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else None


def _is_list_item(line: str) -> bool:
    """A line that can stand in a headline list: short, one or two sentences
    (a headline, or a headline and its teaser), and when it ends with a full stop,
    shorter still."""
    s = line.strip()
    limit = LIST_SENTENCE_MAX_CHARS if ends_like_sentence(s) else LIST_ITEM_MAX_CHARS
    return len(s) <= limit and sentence_count(s) <= 2


def mark_headline_lists(lines: list[str], labels: Labels) -> None:
    """A list heading ("Читайте также", "Өзге жаңалықтар") and the headline lines
    under it. The list runs over short lines, blank lines and other chrome (dates,
    labels such as "Хабарландыру") to the end of the page, which is the usual
    footer, and then all of it is chrome. It stops at a line that cannot be a list
    item, or at a full sentence opening a new paragraph: the heading then sat inside
    the article, and only the headline-like lines right after it go (not ones ending
    with a full stop, which are the article's own short sentences)."""
    i = 0
    while i < len(lines):
        if not is_list_heading(lines[i]):
            i += 1
            continue
        labels[i] = "list_heading"
        items, reached_end = _scan_list(lines, labels, i + 1)
        if not reached_end:
            items = _headline_prefix(lines, labels, items)
            if (not _kept_above(lines, labels, i)
                    or _kept_count(labels, items) > LIST_HEADLINE_MIN_ITEMS):
                items = _without_headline(lines, labels, items)
        for j in items:
            labels[j] = labels[j] or "list_item"
        i = (items[-1] if items else i) + 1


def _scan_list(lines: list[str], labels: Labels, start: int) -> tuple[list[int], bool]:
    """Indices of the non-blank lines from ``start`` that can belong to a list, and
    whether they reach the end of the page."""
    items: list[int] = []
    after_blank = False
    for j in range(start, len(lines)):
        if not lines[j].strip():
            after_blank = True
            continue
        if labels[j] is None:
            new_paragraph = after_blank and ends_like_sentence(lines[j])
            # a line opening in lowercase continues a wrapped sentence of the article:
            # no headline of a list opens so
            wrapped = lines[j].lstrip()[:1].islower() and not _CAMEL.match(lines[j].lstrip())
            if wrapped and items and labels[items[-1]] is None:
                items.pop()  # the line it continues opens the paragraph, no headline
            # two sentences in a row, each closed by its full stop, are prose: a list's
            # headlines have no final stop, and a teaser follows its headline
            prose = (ends_like_sentence(lines[j]) and bool(items) and labels[items[-1]] is None
                     and items[-1] == _nearest(lines, j, -1)
                     and ends_like_sentence(lines[items[-1]]))
            if prose:
                items.pop()
            if new_paragraph or wrapped or prose or not _is_list_item(lines[j]):
                return items, False
        items.append(j)
        after_blank = False
    return items, True


#: A list above the article has this many headlines of its own at least before the
#: article's headline; a "read also" under the headline has one or two.
LIST_HEADLINE_MIN_ITEMS = 3


def _kept_count(labels: Labels, items: list[int]) -> int:
    """How many of ``items`` no line rule labelled: the list's headlines."""
    return sum(labels[j] is None for j in items)


#: A kept line above a list counts as the article's headline (or text) from this many
#: words: one or two words alone (a weather widget's city, the site's name, a rubric)
#: are no headline, and a strip of other headlines under them still stands above it.
KEPT_ABOVE_MIN_WORDS = 3


def _kept_above(lines: list[str], labels: Labels, i: int) -> bool:
    """Whether a kept line of :data:`KEPT_ABOVE_MIN_WORDS` words stands above line
    ``i``: then the article's headline (or its text) is already there, and a list
    under ``i`` is the article's sidebar, not the strip of other headlines printed
    above the article."""
    return any(labels[j] is None and has_words(lines[j], KEPT_ABOVE_MIN_WORDS)
               for j in range(i))


def _without_headline(lines: list[str], labels: Labels, items: list[int]) -> list[int]:
    """The items of a list printed above the article, without the article's headline
    that follows them. The list stopped at the article's first paragraph; the last
    kept line before it, with only chrome between (its date, byline, photo credit),
    is the article's headline, not one of the list's: the list ends before it."""
    if not items:
        return items
    stop = _nearest(lines, items[-1], 1)
    if stop is None or not (has_words(lines[stop], BODY_MIN_WORDS)
                            or _opens_prose(lines, labels, stop)):
        return items
    last = next((n for n in range(len(items) - 1, -1, -1) if labels[items[n]] is None), None)
    return items if last is None else items[:last]


def _opens_prose(lines: list[str], labels: Labels, i: int) -> bool:
    """Line ``i`` and the next non-blank line are kept sentences closed by full stops:
    a short article's first paragraphs, however short each of them is."""
    after = _nearest(lines, i, 1)
    return (after is not None and labels[i] is None and labels[after] is None
            and ends_like_sentence(lines[i]) and ends_like_sentence(lines[after]))


def _headline_prefix(lines: list[str], labels: Labels, items: list[int]) -> list[int]:
    """The leading items that look like headlines (no final full stop)."""
    out = []
    for j in items:
        if labels[j] is None and ends_like_sentence(lines[j]):
            break
        out.append(j)
    return out


_PROGRAMME_ITEM = re.compile(r"^(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+[^\W\d]+\s*[–—-]|[•·*▪–—-])")


def _is_bare_headline(line: str) -> bool:
    """A headline as sites list them: short, three words or more, one sentence,
    capitalised (or quoted or numbered) with some lowercase words after the first
    (a list of names, "Абай – Нурлан Алимжанов", is a cast list), no final full
    stop, comma or colon, and not a programme item ("19:00 – гала-концерт")."""
    s = line.strip()
    if len(s) > TAIL_ITEM_MAX_CHARS:
        return False  # before listing the words of a paragraph
    tokens = words(s)
    return (len(tokens) >= 3
            and sentence_count(s) == 1 and not re.search(r"[.,;:]$", s.rstrip(" »\"”"))
            and (s[0].isupper() or s[0].isdigit() or s[0] in "«\"“'")
            and any(t[0].islower() for t in tokens[1:])
            and not _PROGRAMME_ITEM.match(s))


def mark_tail_headline_run(lines: list[str], labels: Labels) -> None:
    """A list of other headlines at the end of the page without a heading: bare
    headlines, one after another (blank and chrome lines may sit between them),
    with nothing but chrome after them. Articles end with lists too (a programme,
    a line-up), so the run must be long (:data:`TAIL_RUN_MIN_LINES`), or shorter
    but interleaved with chrome such as dates (:data:`TAIL_RUN_MIN_LINES_DATED`),
    and it must not follow a line ending with ":" (an article's own list)."""
    j = len(lines) - 1
    while j >= 0 and (not lines[j].strip() or labels[j] is not None):
        j -= 1
    run: list[int] = []
    teasers: list[int] = []
    interleaved = 0
    while j >= 0:
        if lines[j].strip() and labels[j] is not None:
            interleaved += 1
        elif lines[j].strip():
            if not _is_bare_headline(lines[j]):
                above = _nearest(lines, j, -1)
                if (above is None or labels[above] is not None
                        or not _is_bare_headline(lines[above]) or not _is_teaser(lines[j])):
                    break
                teasers.append(j)  # the teaser under a headline of the list
            else:
                run.append(j)
        j -= 1
    first_kept = _first_kept(lines, labels)
    run = [k for k in run if k != first_kept]  # never the page's own headline
    if not run or (j >= 0 and lines[j].rstrip().endswith(":")):
        return
    needed = TAIL_RUN_MIN_LINES_DATED if interleaved >= 2 else TAIL_RUN_MIN_LINES
    if not teasers and _each_stamped(lines, labels, run):
        needed = TAIL_RUN_MIN_LINES_STAMPED
    if teasers and interleaved < len(run) - 1:
        return  # headlines with teasers: only a feed's, each item with its stamp
    mean_chars = sum(len(lines[k].strip()) for k in run) / len(run)
    if len(run) >= needed and mean_chars >= TAIL_MEAN_MIN_CHARS:
        for k in run + teasers:
            labels[k] = "list_item"


def _each_stamped(lines: list[str], labels: Labels, run: list[int]) -> bool:
    """Whether every headline of ``run`` has its own dated stamp right under it (see
    :data:`_FEED_STAMP`): other stories as a feed lists them, not the article's lines."""
    for k in run:
        below = _nearest(lines, k, 1)
        if below is None or labels[below] != "date" or not _FEED_STAMP.search(lines[below]):
            return False
    return True


#: A feed's stamp carries the year (or is relative: "2 hours ago"); a programme's lines
#: under its items give the day and the hour ("12 марта", "19:00"), and stay.
_FEED_STAMP = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./]\d{1,2}[./]\d{2}(?!\d)"
                         r"|\b(?:ago|назад|бұрын)\b", re.IGNORECASE)
#: A feed of headlines each with its stamp needs this many at the end of the page.
TAIL_RUN_MIN_LINES_STAMPED = 2


#: A teaser under a listed headline is a sentence or two, shorter than a paragraph.
TEASER_MAX_CHARS = 250


def _is_teaser(line: str) -> bool:
    """A teaser printed under a headline of a feed: one or two sentences, at most
    :data:`TEASER_MAX_CHARS` characters."""
    s = line.strip()
    return len(s) <= TEASER_MAX_CHARS and sentence_count(s) <= 2


# A list of other headlines above the article, without a heading (a sidebar or a
# "top stories" strip printed before the article): at least this many bare headlines,
# with this many chrome lines among them (their dates, rubrics, counters). A plain
# run of headline-like lines may be the subheads that open an article's own list.
HEAD_RUN_MIN_LINES = 5
HEAD_RUN_MIN_CHROME = 2
# A run this long needs no chrome among its lines: above the lead, no article prints so
# many headline-shaped lines one after another (its subheads come after paragraphs).
HEAD_RUN_PLAIN_MIN_LINES = 8
# The last kept lines above the first paragraph may be the article's own headline and
# deck, which look like any headline: they stay.
HEAD_KEPT_LINES = 2


#: A run whose lines name a date or a time of day this often is a programme or a
#: calendar (the article's own list of stages or screenings), not other headlines.
PROGRAMME_DATED_SHARE = 0.5


def _is_programme(lines: list[str], run: list[int]) -> bool:
    """Whether half the lines of ``run`` or more carry a month's name or a time of day:
    a schedule ("Stage 3: 22 April – Velopark", «12 мая – гала-концерт»), which lists
    dates where a list of headlines lists news."""
    dated = sum(1 for k in run if _dated_regex().search(norm(lines[k])))
    if dated >= PROGRAMME_DATED_SHARE * len(run):
        return True
    # items of one pattern ("1st stage: …", "2nd stage: …"; «Номинация …», «Номинация …»)
    # open with the same word, numbers aside; news headlines seldom do
    openings = Counter(" ".join(re.sub(r"\d+", "#", norm(lines[k])).split()[:1]) for k in run)
    return openings.most_common(1)[0][1] >= PROGRAMME_DATED_SHARE * len(run)


@lru_cache(maxsize=1)
def _dated_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){month_pattern()}|\d{{1,2}}:\d{{2}}")


def mark_head_headline_run(lines: list[str], labels: Labels) -> None:
    """Runs of :data:`HEAD_RUN_MIN_LINES` or more bare headlines, interleaved with
    :data:`HEAD_RUN_MIN_CHROME` chrome lines or more (blank lines may sit between them
    too), above the article's first paragraph: the other stories a page lists
    before its article, with their dates or rubrics. The article's headline and its deck
    are the last kept lines above the lead (:data:`HEAD_KEPT_LINES`), and stay;
    so does a run that a line ending with ":" introduces."""
    first_body, _ = article_span(lines, labels)
    kept = [i for i in range(min(first_body, len(lines)))
            if lines[i].strip() and labels[i] is None]
    protected = set(kept[-HEAD_KEPT_LINES:])
    run: list[int] = []

    def close() -> None:
        interleaved = sum(1 for j in range(run[0], run[-1]) if lines[j].strip()
                          and labels[j] is not None) if run else 0
        plain = (len(run) >= HEAD_RUN_PLAIN_MIN_LINES and first_body < len(lines)
                 and not _is_programme(lines, run) and not any(
                     labels[j] is None and has_words(lines[j], BODY_MIN_WORDS)
                     for j in range(run[0])))
        if plain or (len(run) >= HEAD_RUN_MIN_LINES and interleaved >= HEAD_RUN_MIN_CHROME):
            before = _nearest(lines, run[0], -1)
            introduced = before is not None and lines[before].rstrip().endswith(":")
            mean_chars = sum(len(lines[k].strip()) for k in run) / len(run)
            if not introduced and mean_chars >= TAIL_MEAN_MIN_CHARS:
                for k in run:
                    if k not in protected:
                        labels[k] = "list_item"
        run.clear()

    for i in kept:
        if _is_bare_headline(lines[i]):
            run.append(i)
        else:
            close()
    close()


# Above the article, a kept label between chrome lines is a menu item too long or too
# odd for the menu rules ("Amazon Web Services BrandVoice | Paid Program"): segments of
# at most this many kept lines, each a label of at most SANDWICH_MAX_WORDS words.
SANDWICH_MAX_LINES = 2
SANDWICH_MAX_WORDS = 8
SANDWICH_MAX_CHARS = 80
# The last kept lines above the lead are the article's headline, deck or caption, which
# a date or a byline may sandwich: they stay.
SANDWICH_KEPT_LINES = 2
# Kept lines of this many words or fewer under a headline are a widget's stray words.
STRAY_MAX_WORDS = 2


def _is_label(line: str) -> bool:
    """A short line that is no sentence and no headline: at most
    :data:`SANDWICH_MAX_WORDS` words, one sentence, no final full stop, and not shaped
    like a headline (see :func:`_is_headline_shaped`)."""
    s = line.strip()
    return (len(s) <= SANDWICH_MAX_CHARS and not has_words(s, SANDWICH_MAX_WORDS + 1)
            and sentence_count(s) == 1 and not ends_like_sentence(s) and not s.endswith(":")
            and not _is_headline_shaped(s))


#: A headline has this many words or more, some of them in lower case ("Sweden drops
#: rape investigation"); a menu's label is shorter or capitalised throughout.
HEADLINE_SHAPE_MIN_WORDS = 5
HEADLINE_SHAPE_MIN_LOWER = 2


def _is_headline_shaped(line: str) -> bool:
    """Whether a short line reads like a headline rather than a label: five words or
    more, two of them lowercase, and no bar between parts ("Sponsor | Paid Program")."""
    tokens = words(line)
    return ("|" not in line and len(tokens) >= HEADLINE_SHAPE_MIN_WORDS
            and sum(t[0].islower() for t in tokens) >= HEADLINE_SHAPE_MIN_LOWER)


#: The chrome of bars and lists that a menu item stands between (a date beside a line
#: may be a programme's, so one neighbour at least must be of these).
_BAR_KINDS = frozenset({"menu", "navigation", "share", "separator", "widget", "list_heading",
                        "list_item", "site_name", "subscription", "url"})


#: The chrome a widget's stray word stands between.
_STRAY_KINDS = _BAR_KINDS | {"counter"}


def mark_sandwiched_labels(lines: list[str], labels: Labels) -> None:
    """Short labels between chrome above the article: one or two kept lines (see
    :func:`_is_label`) whose nearest lines above and below are both chrome, before the
    article's first paragraph and above its last :data:`SANDWICH_KEPT_LINES` kept lines.
    A menu's items are labelled one by one, and the odd item no rule knows (a sponsor's
    section, a long name) sits between labelled ones; the article's own lines above its
    lead are its headline, deck and caption, which stay."""
    first_body, _ = article_span(lines, labels)
    kept = [i for i in range(min(first_body, len(lines)))
            if lines[i].strip() and labels[i] is None]
    protected = set(kept[-SANDWICH_KEPT_LINES:])
    segment: list[int] = []
    introduced = False  # a line ending with ":" opens the article's own list
    for n, i in enumerate(kept):
        segment.append(i)
        following = kept[n + 1] if n + 1 < len(kept) else None
        if following is not None and _nearest(lines, i, 1) == following:
            continue  # the segment goes on
        before, after = _nearest(lines, segment[0], -1), _nearest(lines, segment[-1], 1)
        # the headline over a lead that only chrome separates from it (its date, byline,
        # photo credit) stays wherever the article's span was found to begin
        # (past chrome, and stray words of a widget such as the "of" of "1 of 5")
        below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()
                      and labels[j] is None and has_words(lines[j], STRAY_MAX_WORDS + 1)),
                     None)
        over_text = below is not None and (
            has_words(lines[below], BODY_MIN_WORDS) or _is_short_paragraph(lines[below]))
        if (len(segment) <= SANDWICH_MAX_LINES and before is not None and after is not None
                and labels[before] is not None and labels[after] is not None
                and (labels[before] in _BAR_KINDS or labels[after] in _BAR_KINDS)
                and not introduced and not protected.intersection(segment) and not over_text
                and all(_is_label(lines[k]) for k in segment)):
            for k in segment:
                labels[k] = "menu"
        introduced = introduced or any(lines[k].rstrip().endswith(":") for k in segment)
        segment = []
    # Below the lead, only a widget's stray word goes: one line of a word or two between
    # the counters, share buttons or menu items around it (the "of" of "1 of 5", a share
    # service no lexicon knows); a subheading stands over the paragraph it opens.
    for i in range(min(first_body, len(lines)), len(lines)):
        if labels[i] is not None or not lines[i].strip() or not _is_label(lines[i]) \
                or has_words(lines[i], STRAY_MAX_WORDS + 1) or lines[i].lstrip()[:1].isdigit():
            continue  # (a numbered line is an item of the article's own list)
        before, after = _nearest(lines, i, -1), _nearest(lines, i, 1)
        if (before is not None and after is not None and labels[before] is not None
                and labels[after] is not None
                and (labels[before] in _STRAY_KINDS or labels[after] in _STRAY_KINDS)):
            labels[i] = "menu"


# The site's header above its menu: at least this many short kept lines (the outlet's
# name broken over lines, its motto), with no paragraph among them.
SITE_HEADER_MIN_LINES = 3
_MENU_KINDS = ("menu", "navigation")


def mark_site_header(lines: list[str], labels: Labels) -> None:
    """The page's own header: :data:`SITE_HEADER_MIN_LINES` or more short kept lines
    at the top of the page, above a menu label (or a breadcrumb) whose next kept line
    is a headline (no final full stop), at or before the first body paragraph. The
    headline is below the menu, so what stands above it is the outlet's name, motto
    or address, however it is broken into lines («Ілияс Омаров атындағы» /
    «Қостанай облыстық» / «қазақ драма театры»). A line ending with a full stop is
    a sentence, and keeps the block."""
    first_body, _ = article_span(lines, labels)
    menu = next((i for i in range(min(first_body, len(lines))) if labels[i] in _MENU_KINDS),
                None)
    if menu is None:
        return
    above = [i for i in range(menu) if lines[i].strip() and labels[i] is None]
    if not above or any(
            has_words(lines[i], BODY_MIN_WORDS) or ends_like_sentence(lines[i]) for i in above):
        return
    # the headline is the first kept line below the menu (maybe the first paragraph
    # itself, when it is a long headline: no final full stop)
    j = next((j for j in range(menu + 1, len(lines))
              if lines[j].strip() and labels[j] is None), None)
    if (j is None or j > first_body or not is_headline_like(lines[j])
            or ends_like_sentence(lines[j]) or looks_like_person_name(lines[j])):
        return  # (a name under the label is the byline, under a badge beside the headline)
    if len(above) < SITE_HEADER_MIN_LINES and not _is_banner(lines, labels, above, j):
        return
    for i in above:
        labels[i] = "site_name"


#: A site's name of one or two lines («Министерство культуры и информации Республики
#: Казахстан», «Қарағанды облысының әкімдігі») needs a menu of this many labels under it.
SITE_BANNER_MIN_MENU = 2


def _is_banner(lines: list[str], labels: Labels, above: list[int], headline: int) -> bool:
    """Whether one or two kept lines at the top are the site's name: they name an
    institution or an outlet, and a menu of :data:`SITE_BANNER_MIN_MENU` labels at
    least stands between them and the headline. A headline with a share button and
    its standfirst under it has one label between, not a menu."""
    between = range(above[-1] + 1, headline)
    menus = sum(labels[i] in _MENU_KINDS for i in between if lines[i].strip())
    return menus >= SITE_BANNER_MIN_MENU and all(
        _names_institution(lines[i]) or has_cue("outlet", lines[i]) for i in above)


# A rubric or kicker above the headline ("POLITICS", "Arts & Culture", «Мәдениет»): at
# most this many words and characters, in capitals or title case, no digits or sentence
# marks; the headline below it is this many words at least.
TOP_LABEL_MAX_WORDS = 3
TOP_LABEL_MAX_CHARS = 30
TOP_HEADLINE_MIN_WORDS = 4
_TOP_LABEL_BAD = re.compile(r"[\d.!?:;,«»\"“”„()]")


def _is_top_label(line: str) -> bool:
    """A short label as sites print their rubric, kicker or section above a headline:
    one to :data:`TOP_LABEL_MAX_WORDS` words, every word capitalised or in capitals
    ("Arts & Culture", "WORLD NEWS", «Қоғам»), without digits, quotes or sentence
    punctuation. A headline of two words has a lowercase word in Russian and Kazakh
    («Ержеңістің жеңісі»), and a quoted title is a work's name, not a rubric."""
    s = light(line)
    tokens = s.split()
    if (not tokens or len(s) > TOP_LABEL_MAX_CHARS or len(tokens) > TOP_LABEL_MAX_WORDS
            or _TOP_LABEL_BAD.search(s)):
        return False
    return all(t[:1].isupper() or t in ("&", "and", "и", "және") for t in tokens)


def _is_rubric_alone(line: str) -> bool:
    """A top label that no short headline or subheading looks like: one word, or a
    word of the sites' rubric lexicon among its words ("WORLD NEWS", "Arts & Culture");
    two words in capitals alone ("GIRLS BASKETBALL") may be an article's subheading."""
    tokens = light(line).split()
    return len(tokens) == 1 or any(norm(t) in menu_words() for t in tokens if t != "&")


def mark_top_labels(lines: list[str], labels: Labels) -> None:
    """Rubric and kicker labels above the headline that no lexicon knows ("SOCIETY",
    "Arts & Culture", "Central Asia"): short capitalised lines (see :func:`_is_top_label`)
    among the kept lines above the headline, which is the first kept line of
    :data:`TOP_HEADLINE_MIN_WORDS` words or more before the body, without a final full
    stop (a deck under a short headline ends like a sentence, and then nothing goes).
    A page that opens with its headline has nothing above it, so nothing goes."""
    first_body, _ = article_span(lines, labels)
    kept = [i for i in range(min(first_body + 1, len(lines)))
            if lines[i].strip() and labels[i] is None]
    headline = next((i for i in kept if len(words(lines[i])) >= TOP_HEADLINE_MIN_WORDS), None)
    if (headline is None or not is_headline_like(lines[headline])
            or ends_like_sentence(lines[headline])):
        return
    above = [i for i in kept if i < headline]
    if not above or not all(_is_top_label(lines[i]) for i in above):
        return
    # One short line alone above the "headline" may itself be a short headline over
    # its deck ("Nauryz Celebrations" / "Thousands gathered in the capital"): alone,
    # it goes only when no headline looks like it: one word, two in capitals, or
    # rubric vocabulary ("Arts & Culture").
    if len(above) >= 2 or all(_is_rubric_alone(lines[i]) for i in above):
        for i in above:
            labels[i] = "menu"


_STAMP = re.compile(r"^\s*(?:(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?[,\s]+)?"
                    r"(?:(\d{1,2})[:.](\d{2})(?!\d)[,\s]+)?(?=\S)")
# A list of stamped headlines is this long at least.
STAMPED_RUN_MIN_LINES = 2


def _stamp_key(line: str) -> tuple[int, ...] | None:
    """(year, month, day, hour, minute) of the stamp that opens a headline in a news
    feed ("14:20 Алматыда көрме ашылды", "12.03.2025 10:15 В Астане…"), zeros where a
    part is missing; None when the line opens with no stamp or no headline follows."""
    m = _STAMP.match(line)
    if m is None or not m.group(0).strip():
        return None
    if m.group(1) is None and m.group(4) is None:
        return None
    rest = line[m.end():]
    if not _is_bare_headline(rest) and not (rest[:1].isupper() and _is_list_item(rest)
                                            and not ends_like_sentence(rest)):
        return None
    year = int(m.group(3) or 0)
    parts = (year + 2000 if 0 < year < 100 else year, int(m.group(2) or 0),
             int(m.group(1) or 0), int(m.group(4) or 0), int(m.group(5) or 0))
    return parts


def mark_stamped_lists(lines: list[str], labels: Labels) -> None:
    """A news feed: headlines each opening with its time or date ("14:20 <headline>",
    "12.03.2025 <headline>"), :data:`STAMPED_RUN_MIN_LINES` or more in a row, newest
    first. A programme in an article ("10:00 Открытие", "12:00 Концерт") also opens its
    lines with times, but in the order of the day: a run whose stamps ever rise is left
    to the article."""
    run: list[tuple[int, tuple[int, ...]]] = []

    def close() -> None:
        if len(run) >= STAMPED_RUN_MIN_LINES and all(
                a[1] >= b[1] for a, b in itertools.pairwise(run)):
            for k, _ in run:
                labels[k] = "list_item"
        run.clear()

    for i, line in enumerate(lines):
        if not line.strip():
            continue
        key = _stamp_key(line) if labels[i] is None else None
        if key is None:
            close()
        else:
            run.append((i, key))
    close()


#: A strip of dated headlines above the article without a heading: at least this many
#: headlines, each with its date or time on the next line, the article's own included.
DATED_PAIRS_MIN = 3
#: Lines of this many words or fewer above the strip (the site's name, a weather
#: widget's city) do not tell whether it is the page's top.
DATED_PAIRS_STRAY_WORDS = 2


def mark_dated_headline_pairs(lines: list[str], labels: Labels) -> None:
    """A strip of other headlines above the article with no heading over it, each with
    its date or time on the line under it, as the article's own headline has its
    stamp: every kept line above the first body paragraph is such a headline (a word
    or two aside), :data:`DATED_PAIRS_MIN` of them or more. The last pair, right above
    the lead, is the article's headline and stamp; the pairs above it are the strip.
    A standfirst or any other sentence above the lead leaves the page alone, and so
    does a programme, which stands among the paragraphs, not above the first."""
    first_body = next((i for i, line in enumerate(lines) if labels[i] is None
                       and has_words(line, BODY_MIN_WORDS) and ends_like_sentence(line)), None)
    if first_body is None:
        return
    kept = [i for i in range(first_body) if labels[i] is None
            and has_words(lines[i], DATED_PAIRS_STRAY_WORDS + 1)]
    if len(kept) < DATED_PAIRS_MIN:
        return
    for i in kept:
        j = _nearest(lines, i, 1)
        if j is None or labels[j] != "date" or not is_headline_like(lines[i]):
            return
    for i in kept[:-1]:
        labels[i] = "list_item"


def _first_kept(lines: list[str], labels: Labels) -> int | None:
    """Index of the first non-blank line that is not chrome."""
    return next((i for i, line in enumerate(lines) if line.strip() and labels[i] is None), None)


def _neighbours(lines: list[str], i: int) -> list[int]:
    """Indices of the nearest non-blank lines before and after line ``i``."""
    return [j for j in (_nearest(lines, i, -1), _nearest(lines, i, 1)) if j is not None]


_BYLINE_CONTEXT = {"job_title", "byline", "counter", "date"}


def mark_bylines(lines: list[str], labels: Labels) -> None:
    """A person's name alone on a line ("Дана Аменова", or signed with the surname in
    capitals, "Ксения РЕБИК") is the author's byline when it stands next to
    a job title, an author line, the counter or the date, or in the header block
    between the headline and the first body paragraph. Elsewhere (say, a name closing
    a quote) it is left to the article."""
    header = _header_lines(lines, labels)
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        if line.rstrip().endswith(",") and _signs_off_with_place(lines, labels, i):
            continue
        if _is_press_office(line) and (i in header or _signs_off(lines, labels, i)):
            labels[i] = "byline"
            continue
        if i in header and _is_outlet_alone(line):
            labels[i] = "byline"  # «Азаттық радиосы», "Kazinform news agency" under the headline
            continue
        if not _is_signed_name(line):
            continue
        near = any(labels[j] in _BYLINE_CONTEXT for j in _neighbours(lines, i))
        if near or i in header or _signs_off(lines, labels, i):
            labels[i] = "byline"


#: A press office's signature is this many words at most («Пресс-служба акимата области»).
PRESS_OFFICE_MAX_WORDS = 6


#: An outlet's name in the header under the headline is this many words at most.
HEADER_OUTLET_MAX_WORDS = 3


def _is_outlet_alone(line: str) -> bool:
    """An outlet named by its kind, alone and short («Азаттық радиосы», "Steppe news
    agency"; the cues' ``[outlet]``): under the headline, where the byline stands, it
    credits the story. A deck under the headline is a sentence, and longer."""
    s = line.strip()
    return (bool(s) and not has_words(s, HEADER_OUTLET_MAX_WORDS + 1)
            and not re.search(r"[.!?:;,]\s*$", s) and has_cue("outlet", s))


def _is_press_office(line: str) -> bool:
    """A press office named alone on its line, as the signature of a release
    («Пресс-служба университета», «Облыс әкімдігінің баспасөз қызметі»; the cues'
    ``[press_office]``): a few words, capitalised, no sentence punctuation. A sentence
    that quotes the office has a verb and runs longer, or ends with a full stop."""
    s = line.strip()
    return (bool(s) and s[:1].isupper() and not has_words(s, PRESS_OFFICE_MAX_WORDS + 1)
            and not re.search(r"[.!?:;]\s*$", s) and has_cue("press_office", light(s)))


#: The place under a signature is a name of one to three words ("Алматы облысы").
SIGNATURE_PLACE_MAX_WORDS = 3


def _signs_off_with_place(lines: list[str], labels: Labels, i: int) -> bool:
    """A signature broken over two lines at its comma, the place or the paper under the
    name («Айгүл НҰРЛАНОВА,» / «Алматы облысы», "Anna Smith," / "Almaty", «Egemen
    Qazaqstan» in its quotes), closing the
    article (only chrome after the place): both lines are labelled, and True returned."""
    name = lines[i].rstrip().rstrip(",")
    place = _nearest(lines, i, 1)
    if place is None or labels[place] is not None or not _is_signed_name(name):
        return False
    p = lines[place].strip().strip("«»\"“”„")  # the paper's name in quotes: «Egemen Qazaqstan»
    if (not p[:1].isupper() or ends_like_sentence(p) or re.search(r"[,:;!?]", p)
            or not 1 <= len(words(p)) <= SIGNATURE_PLACE_MAX_WORDS
            or not _signs_off(lines, labels, place)):
        return False
    labels[i] = labels[place] = "byline"
    return True


def _signs_off(lines: list[str], labels: Labels, i: int) -> bool:
    """The name at line ``i`` signs the article at its end: a body paragraph comes
    before it, and after it only chrome (share buttons, tags, lists), or nothing."""
    after = [j for j in range(i + 1, len(lines)) if lines[j].strip()]
    if any(labels[j] is None for j in after):
        return False
    return any(labels[j] is None and _is_body_sentence(lines[j]) for j in range(i))


#: A sentence closed by its full stop is body text from this many words: a Kazakh
#: sentence says in eight words what a Russian one says in twelve.
BODY_SENTENCE_MIN_WORDS = 6


def _is_body_sentence(line: str) -> bool:
    """A paragraph of the article: :data:`BODY_MIN_WORDS` words, or a sentence of
    :data:`BODY_SENTENCE_MIN_WORDS` words closed by a full stop."""
    return has_words(line, BODY_MIN_WORDS) or (
        ends_like_sentence(line) and has_words(line, BODY_SENTENCE_MIN_WORDS))


_OUTLET_SEPARATOR = re.compile(r"\s+[/|]\s+")
#: Three authors and their outlet at most.
SIGNED_MAX_CHARS = 100
OUTLET_MAX_WORDS = 4


#: Institution heads shorter than this match a word exactly, longer ones as its stem.
_INSTITUTION_STEM_MIN = 5


@lru_cache(maxsize=1)
def _institution_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """Head words of venues and organisations in every language (``venues.tsv``,
    ``org_words.tsv`` of each language package): short ones to match a whole word,
    stems to match a word's start («театр», "philharmonic", «оркестр»)."""
    heads: set[str] = set()
    for code in CODES:
        lang = language(code)
        for name in ("venues.tsv", "org_words.tsv"):
            heads.update(row[0].casefold() for row in lang.rows(name) if len(row[0]) >= 4)
    stems = tuple(h for h in heads if len(h) >= _INSTITUTION_STEM_MIN)
    return frozenset(heads), stems


def _names_institution(name: str) -> bool:
    """Whether a capitalised pair is an institution or a venue ("National Museum",
    "Abai Square", «Қазақ филармониясы»), not a person."""
    exact, stems = _institution_heads()
    return any(w in exact or w.startswith(stems) for w in
               (t.casefold() for t in words(name)))


def _is_signed_name(line: str) -> bool:
    """A person's name as a byline writes it: "Дана Аменова", "Ксения РЕБИК", two or
    three names ("Anna Smith and John Doe"), or the name and the outlet or agency after
    a bar, slash or comma ("Maria Novoselova / Vestnik Kavkaza", "Anna Smith,
    Associated Press", «Дана Аменова, «Казахстанская правда»», "Anna Smith, AP Writer"):
    a capitalised or quoted outlet of at most :data:`OUTLET_MAX_WORDS` words without
    sentence punctuation, or a domain. A pair naming an institution ("Astana Opera",
    "National Museum") has the shape of a name and is none."""
    s = light(line)
    if len(s) > SIGNED_MAX_CHARS:
        return False  # a paragraph: no name test on each of its parts
    name, *outlet = _OUTLET_SEPARATOR.split(s, maxsplit=1)
    comma = False
    if not outlet and not _is_person(name) and "," in s and not ends_like_sentence(s):
        # "Anna Smith, Associated Press"; with a full stop it is a sentence (a report's
        # spoken sign-off is one)
        name, *outlet = s.rsplit(",", 1)
        comma = True
    if not outlet:
        return _is_person(name)
    # several authors only with their outlet: names alone may be the article's
    if not (_is_person(name) or (names_people(name) and not _names_institution(name))):
        return False
    rest = outlet[0].strip()
    if comma and (looks_like_person_name(rest) or names_people(rest)) \
            and norm(rest) not in agencies():
        return False  # a list of people («Иван Петров, Анна Смирнова») is no signature
    if _DOMAIN.fullmatch(rest):
        return True
    quoted = rest[:1] in "«\"“„"
    return (len(rest.split()) <= OUTLET_MAX_WORDS and (rest[:1].isupper() or quoted)
            and not re.search(r"[!?,;:]", rest)
            and not re.search(r"\.", rest.rstrip(".")))


#: An outlet named by its domain ("Cleveland.com", "tengrinews.kz").
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,6}", re.IGNORECASE)


def _is_person(name: str) -> bool:
    """A person's name, not an institution's."""
    name = name.strip()
    return bool(name) and (looks_like_person_name(name) or is_caps_signature(name)) \
        and not _names_institution(name)


def _header_lines(lines: list[str], labels: Labels) -> set[int]:
    """Kept lines after the headline and before the first body paragraph, within
    the top of the page: where pages put the author's name. Empty when the page
    opens with its lead rather than a headline."""
    first = _first_kept(lines, labels)
    if first is None or not is_headline_like(lines[first]):
        return set()
    if has_words(lines[first], BODY_MIN_WORDS) and ends_like_sentence(lines[first]):
        return set()  # a paragraph, not a headline: the page opens with its lead
    out: set[int] = set()
    seen = 0
    for i in range(first + 1, len(lines)):
        if not lines[i].strip():
            continue
        seen += 1
        body = labels[i] is None and (has_words(lines[i], BODY_MIN_WORDS)
                                      or _is_short_paragraph(lines[i]))
        if seen > HEADER_MAX_LINES or body:
            break
        if labels[i] is None:
            out.add(i)
    return out


#: A sentence of this many words with its full stop is a paragraph: pages with short
#: paragraphs (one sentence each) have their body start there, not twelve lines down.
SHORT_PARAGRAPH_MIN_WORDS = 5


def _is_short_paragraph(line: str) -> bool:
    """A short sentence ending with its full stop: the body's first paragraph when the
    page writes one sentence a paragraph. A headline, byline or stamp has no full stop."""
    return ends_like_sentence(line) and has_words(line, SHORT_PARAGRAPH_MIN_WORDS)


OUTLET_NAME_MAX_WORDS = 7


def mark_outlet_names(lines: list[str], labels: Labels) -> None:
    """The site's name and kind in its header ("Информационное агентство «Степь»",
    «Республикалық қоғамдық-саяси газет», "Official website of the akimat"): a short
    kept line without sentence punctuation, naming a kind of outlet, above the
    headline. The headline itself may name an outlet («Газета «Дала» отметила 90-летие»),
    so a line goes only when another headline-like line follows it before the body."""
    kept = _kept_indices(lines, labels)
    for n, i in enumerate(kept):
        line = lines[i]
        if has_words(line, BODY_MIN_WORDS):
            break  # the body has begun
        if (len(words(line)) > OUTLET_NAME_MAX_WORDS or re.search(r"[.!?:;]\s*$", line.strip())
                or sentence_count(line) > 1 or not has_cue("outlet", line)):
            continue
        after = []
        for j in kept[n + 1:n + 1 + HEADER_MAX_LINES]:
            if has_words(lines[j], BODY_MIN_WORDS):
                break
            after.append(j)
        if any(is_headline_like(lines[j]) and not has_cue("outlet", lines[j]) for j in after):
            labels[i] = "site_name"


#: A line of a site's header (its name, motto, rubric) is this many words at most.
HEADER_LABEL_MAX_WORDS = 8
_HEADER_LABEL_END = re.compile(r"[.!?:;,]\s*$")


def mark_header_above_headline(lines: list[str], labels: Labels) -> None:
    """What the site prints above a headline it has shown for sure: its name, motto or
    rubric in words no lexicon knows ("The Steppe Courier" / "Independent news from
    Western Kazakhstan since 1998", «Ертіс өңірі»).

    The headline is the last kept line above the article's first paragraph, with only
    chrome between them and a date among it (the stamp printed under a headline), and
    it is shown for sure when the page prints it twice in a row or a chrome line (a
    menu, a rubric) stands right above it: a headline's deck sits under the headline
    and would have the headline itself above it. Then every kept line above it must be
    a label (:data:`HEADER_LABEL_MAX_WORDS` words at most, no sentence punctuation at
    its end, one sentence), and all of them go; one sentence among them, and nothing
    goes."""
    # the first paragraph: a long line, or a sentence closed by its stop (a short
    # Kazakh paragraph has fewer words than the span's paragraphs need)
    first_body = next((i for i in _kept_indices(lines, labels) if _is_body_sentence(lines[i])),
                      len(lines))
    if first_body >= len(lines):
        return
    headline, stamped = None, False
    for j in range(first_body - 1, -1, -1):
        if not lines[j].strip():
            continue
        if labels[j] is None:
            headline = j
            break
        stamped = stamped or labels[j] == "date"
    if (headline is None or not stamped or not is_headline_like(lines[headline])
            or ends_like_sentence(lines[headline])):
        return
    key = copy_key(lines[headline])
    top = headline
    while (above := _nearest(lines, top, -1)) is not None and labels[above] is None \
            and copy_key(lines[above]) == key:
        top = above  # the headline printed twice: the copy is for a later pass
    above = _nearest(lines, top, -1)
    if above is None or (top == headline and labels[above] is None):
        return
    header = [i for i in range(top) if lines[i].strip() and labels[i] is None]
    if header and all(_is_header_label(lines[i]) for i in header):
        for i in header:
            labels[i] = "site_name"


def _is_header_label(line: str) -> bool:
    """A short line that is no sentence: a site's name, motto or rubric."""
    s = line.strip()
    return (not has_words(s, HEADER_LABEL_MAX_WORDS + 1) and not _HEADER_LABEL_END.search(s)
            and sentence_count(s) == 1)


def is_doubled(line: str) -> bool:
    """A line that is one text twice ("headlineheadline", "headline | headline"):
    a copy of the headline glued to itself by the page's markup."""
    s = light(line)
    mid = len(s) // 2
    # The second copy starts with the first's first ten characters, in the second half:
    # one search rules out almost every line before seven slicings of it.
    if len(s) < 20 or s.find(s[:10], max(1, mid - 3)) < 0:
        return False
    for k in range(max(1, mid - 3), min(len(s), mid + 4)):
        left, right = s[:k].rstrip(" |–—-:"), s[k:].lstrip(" |–—-:")
        if len(left) >= 10 and left == right:
            return True
    return False


_SUFFIX_SEPARATOR = re.compile(r"^\s*[|–—\-:•/]\s*")
SUFFIX_MAX_WORDS = 4


def is_headline_with_suffix(line: str, headline: str) -> bool:
    """``line`` is ``headline`` plus a site or label suffix after a separator
    ("<headline> - Exclusive", "<headline> | Kazinform") or a media marker in brackets
    ("<headline> (ВИДЕО)"): the copy of the headline that pages put in their share
    boxes, lists and title bars."""
    s, h = light(line), light(headline)
    # norm() is light() case-folded, and cached: the headline is compared with every line
    if len(h) < 10 or not norm(line).startswith(norm(headline)) or len(s) == len(h):
        return False
    rest = s[len(h):]
    m = _SUFFIX_SEPARATOR.match(rest)
    if m is None and rest[:1].isspace():
        # a media marker in brackets ("<headline> (ВИДЕО)"), as a list or a title bar
        # prints the headline (not a date: "Opening Bell 11.18.19" is a show's episode)
        r = rest.strip()
        return r[:1] == "(" and r[-1:] == ")" and 0 < len(words(r)) <= SUFFIX_MAX_WORDS
    return m is not None and 0 < len(words(rest[m.end():])) <= SUFFIX_MAX_WORDS


_PREFIX_SEPARATOR = re.compile(r"\s*[|–—\-:•/»]\s*$")


def is_headline_with_prefix(line: str, headline: str) -> bool:
    """``line`` is ``headline`` after a site or rubric name and a separator
    ("Kazinform | <headline>", "Culture: <headline>"): a title bar's or a share box's
    copy of the headline, the name first."""
    s, h = light(line), light(headline)
    if len(h) < 10 or len(s) <= len(h) or not norm(line).endswith(norm(headline)):
        return False
    rest = s[:len(s) - len(h)]
    m = _PREFIX_SEPARATOR.search(rest)
    return m is not None and 0 < len(words(rest[:m.start()])) <= SUFFIX_MAX_WORDS


def mark_doubled_lines(lines: list[str], labels: Labels) -> None:
    """Lines that are one text twice (see :func:`is_doubled`)."""
    for i, line in enumerate(lines):
        if labels[i] is None and line.strip() and is_doubled(line):
            labels[i] = "repeat"


_KEY_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def copy_key(line: str) -> str:
    """A line as its copies print it: its words. Case, quotation marks, dashes, the
    brackets of a media marker and the final full stop do not tell a copy from its
    original («…"Дала сазы".» is «…«Дала сазы»», "… – фото" is "… (ФОТО)").
    Kept: each line is compared with the headline and the lead several times a page."""
    return " ".join(_KEY_WORD.findall(norm(line)))


def mark_repeated_headline(lines: list[str], labels: Labels) -> None:
    """Copies of the headline or of the lead paragraph: the headline with a site
    suffix, or a later repeat of the headline or lead (quotation marks and the final
    stop aside). The first copy stays; it is the article's own."""
    originals = _originals(lines, labels)  # headline and lead
    if len(originals) == 2 and (
            is_headline_with_suffix(lines[originals[0]], lines[originals[1]])
            or is_headline_with_prefix(lines[originals[0]], lines[originals[1]])
            or _without_count(lines[originals[0]]) == copy_key(lines[originals[1]])):
        # "<headline> | Site", "Site: <headline>" or "<headline> (12)" printed above
        # the headline (the title bar's copy)
        labels[originals[0]] = "repeat"
        originals = _originals(lines, labels)
    keys = [copy_key(lines[o]) for o in originals]
    for i, line in enumerate(lines):
        if labels[i] is not None or not line.strip() or i in originals:
            continue
        key = copy_key(line)
        for o, original in zip(originals, keys, strict=True):
            if o == originals[0] and key != original and _without_count(line) == _without_count(
                    lines[o]):
                # the headline with its counter glued on ("… 1234", "… (12)"), printed in
                # a list or a share box: the copy is the one with the count
                labels[i if _without_count(line) != key else o] = "repeat"
                break
            if key == original and _is_caps_copy(lines[o], line):
                # the headline set in capitals in the page's banner, then in the article's
                # own case: the banner's is the copy
                labels[o] = "repeat"
                break
            if key == original and o != originals[0] and _is_fuller(line, lines[o]):
                # the lead's first print was its teaser (no final stop, other quotes):
                # the fuller print further down is the article's paragraph
                labels[o] = "repeat"
                break
            if (key == original or is_headline_with_suffix(line, lines[o])
                    or (o == originals[0] and is_headline_with_prefix(line, lines[o]))):
                labels[i] = "repeat"
                break


#: One number closing a line after a space, maybe in brackets: not a year, and not the
#: last part of a date ("Opening Bell 11.18.19").
_TRAILING_COUNT = re.compile(r"\s+\(?(?!(?:19|20)\d\d\b)\d{1,6}\)?\s*$")


@lru_cache(maxsize=4096)
def _without_count(line: str) -> str:
    """The :func:`copy_key` of ``line`` without the count that closes it ("… 1234",
    "… (12)"): a view or comment count. Kept, as :func:`copy_key` is."""
    return copy_key(_TRAILING_COUNT.sub("", line))


def _is_caps_copy(original: str, line: str) -> bool:
    """Whether ``original`` is ``line`` set in capitals ("ORCHESTRA OPENS ITS SEASON"
    above "Orchestra opens its season"): a banner's or a share box's copy."""
    return original.isupper() and not line.isupper()


def _is_fuller(line: str, original: str) -> bool:
    """Whether ``line`` prints the same words as ``original`` more fully: longer (its
    final full stop, its quotation marks), where the original is a teaser's copy."""
    return len(line.strip()) > len(original.strip())


_BULLET = re.compile(r"^\s*[*•·▪–—-]\s+")
# A list of contents has at least this many items.
CONTENTS_MIN_ITEMS = 2


def mark_contents_lists(lines: list[str], labels: Labels) -> None:
    """A list of contents: bulleted items ("* Возвращение на родину") each of which is
    one of the article's subheadings further down the page, printed as a list of
    links to them. :data:`CONTENTS_MIN_ITEMS` items or more, and the bulleted items
    next to them in the same list; the subheadings stay."""
    kept = _kept_indices(lines, labels)
    bulleted = [(i, m) for i in kept if (m := _BULLET.match(lines[i])) is not None]
    if len(bulleted) < CONTENTS_MIN_ITEMS:
        return  # most pages: no need to key every line
    later: dict[str, int] = {}
    for i in kept:
        if not _BULLET.match(lines[i]):  # a subheading, not another list's item
            later[copy_key(lines[i])] = i  # the last line of each text
    items = []
    for i, m in bulleted:
        target = later.get(copy_key(lines[i][m.end():]))
        if target is not None and target > i:
            items.append(i)
    if len(items) < CONTENTS_MIN_ITEMS:
        return
    # the rest of the bulleted list goes with them (a subheading of its last item may
    # lie beyond the saved part of the page)
    found = set(items)
    for i in items:
        for step in (-1, 1):
            j = _nearest(lines, i, step)
            while j is not None and j not in found and labels[j] is None \
                    and _BULLET.match(lines[j]) and _is_list_item(lines[j]):
                found.add(j)
                j = _nearest(lines, j, step)
    for i in found:
        labels[i] = "contents"


# A teaser is the lead cut after so many words or more.
TEASER_MIN_WORDS = 8
# ... and the paragraph it was cut from goes on for this many characters more: a line
# and a slightly longer variant of it (a recipe's items, a table's rows) are not one.
TEASER_MIN_REST = 40
# A line cut with an ellipsis ("В Алматы открылся фестиваль уличного...") is a copy
# with this many words already.
CUT_MIN_WORDS = 4


#: An agency dateline opening a lead: a word in capitals first, then at most sixty
#: characters to a dash ("ASTANA. KAZINFORM – ", «АЛМАТЫ, 5 мая – Sputnik. »).
_AGENCY_DATELINE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,}[^–—]{0,60}?\s[–—-]\s+"
                              r"(?:[A-ZА-Я][\w]+\.\s+)?")


def mark_truncated_copies(lines: list[str], labels: Labels) -> None:
    """A teaser: a kept line of at least :data:`TEASER_MIN_WORDS` words that is the
    start of a longer kept line (its final full stop or ellipsis aside): pages print
    the lead's opening, cut off or up to its first full stop, in a share box or a list
    above the article. The full paragraph is the article's; the cut copy is chrome.
    A headline (no final stop) that the lead repeats and goes on from is the
    article's own."""
    kept = _kept_indices(lines, labels)
    texts = {i: norm(lines[i]) for i in kept}
    # The kept lines in text order: those starting with ``core`` follow one another from
    # where ``core`` would be inserted, so each line reads only its own continuations
    # rather than every kept line (a long page has hundreds).
    ordered = sorted((text, j) for j, text in texts.items())
    # the lead often opens with the agency's dateline ("ASTANA. KAZINFORM – The …"), which
    # its cut copy leaves out: the lead is also filed without it
    ordered = sorted(ordered + [(text[m.end():], j) for text, j in ordered
                                if (m := _AGENCY_DATELINE.match(lines[j].strip())) is not None])
    for i in kept:
        core = texts[i].rstrip(" .…")
        # a line closed by an ellipsis says it was cut: a short one is a copy too
        cut = texts[i].rstrip().endswith(("...", "…"))
        if not has_words(core, CUT_MIN_WORDS if cut else TEASER_MIN_WORDS):
            continue
        if core == texts[i] and is_headline_like(lines[i]) and i == kept[0]:
            continue  # the headline, which the lead may repeat and go on from
        rest = 1 if cut else TEASER_MIN_REST
        if any(j != i and len(text) >= len(core) + rest
               for text, j in _starting_with(ordered, core)):
            labels[i] = "repeat"


#: A list that goes on from the article's own headline has this many other headlines.
OWN_COPY_LIST_MIN_ITEMS = 2
#: ... and this many at most: a block of the latest news is short.
OWN_COPY_LIST_MAX_ITEMS = 10


def mark_list_after_own_copy(lines: list[str], labels: Labels) -> None:
    """Other stories listed under the article after a copy of its own headline or lead:
    a "latest news" block names the article among its items, so when the copy of the
    headline (or of the lead, the block's teaser) follows the article's text and only
    bare headlines (:func:`_is_bare_headline`, :data:`OWN_COPY_LIST_MAX_ITEMS` at most)
    and chrome follow it to the end of the page, those headlines are the block's,
    however few of them there are. Copies of other lines (a product box printed twice
    in a review) anchor nothing."""
    kept = _kept_indices(lines, labels)
    if not kept:
        return
    body = next((i for i in kept if _is_body_sentence(lines[i])), None)
    if body is None:
        return
    own = {copy_key(lines[kept[0]]), copy_key(lines[body])}  # the headline and the lead
    copy = next((i for i in range(body + 1, len(lines))
                 if labels[i] == "repeat" and copy_key(lines[i]) in own), None)
    if copy is None:
        return
    after = [i for i in kept if i > copy]
    if (OWN_COPY_LIST_MIN_ITEMS <= len(after) <= OWN_COPY_LIST_MAX_ITEMS
            and all(_is_bare_headline(lines[i]) for i in after)):
        for i in after:
            labels[i] = "list_item"


def _starting_with(ordered: list[tuple[str, int]], prefix: str) -> Iterator[tuple[str, int]]:
    """The entries of the sorted ``ordered`` whose text starts with ``prefix``."""
    for entry in itertools.islice(ordered, bisect.bisect_left(ordered, (prefix,)), None):
        if not entry[0].startswith(prefix):
            return
        yield entry


def _originals(lines: list[str], labels: Labels) -> list[int]:
    """The headline and the lead: the first kept line, and the first kept line after
    it that is not the same text, nor the headline with a site's name before or after
    it ("<headline> - The Astana Times"). A page that prints its headline twice in a
    row (the page title, then the article's heading) would otherwise have its copy
    taken for the lead, and the copy would stay."""
    kept = _kept_indices(lines, labels)
    if not kept:
        return []
    headline = lines[kept[0]]
    first = copy_key(headline)
    lead = next((i for i in kept[1:] if copy_key(lines[i]) != first
                 and not is_headline_with_suffix(lines[i], headline)
                 and not is_headline_with_prefix(lines[i], headline)), None)
    return [kept[0]] if lead is None else [kept[0], lead]


def _kept_indices(lines: list[str], labels: Labels) -> list[int]:
    """Indices of the non-blank lines not (yet) labelled as chrome."""
    return [i for i, line in enumerate(lines) if line.strip() and labels[i] is None]


# A first line ending with a full stop is taken for a headline when it is this short,
# or when page chrome of the headline block (date, counter, byline) stands next to it;
# otherwise it is more likely the lead sentence of a page saved without its headline.
SENTENCE_TITLE_MAX_CHARS = 80
_HEADER_KINDS = {"date", "counter", "byline", "job_title", "menu", "repeat", "navigation"}


def find_title(lines: list[str], labels: Labels) -> str | None:
    """The article's headline: the first kept line, when it looks like one."""
    first = _first_kept(lines, labels)
    if first is None or not is_headline_like(lines[first]):
        return None
    title = lines[first].strip()
    if ends_like_sentence(title) and len(title) > SENTENCE_TITLE_MAX_CHARS:
        if not any(labels[j] in _HEADER_KINDS for j in _neighbours(lines, first)):
            return None
    return title

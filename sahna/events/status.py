"""Whether an event was held, is under way or is planned.

In order of trust: the event's own dates against the publication date; cue words near
the trigger («планируется», «предстоящий», "underway", «өтеді»); the tense of the
nearest verb; and, failing all, ``held`` — the common case in news reports.
"""

from __future__ import annotations

import bisect

from sahna.contract import Status
from sahna.events.lexicon import status_index
from sahna.events.view import DocView

MULTI_DAY = {"exhibition", "festival", "culture_days", "screening"}
_VERB_WINDOW = 12
_CUE_FIRST = 10
#: How far before its trigger an adjective cue may stand ("the upcoming 5th forum").
_MODIFIER_REACH = 4


def status_from_dates(start: str | None, end: str | None, published: str | None) -> Status | None:
    """Compare full or partial ISO dates with the publication date, on their common
    precision; ``--MM-DD`` forms (no year) cannot be compared."""
    if not published or not (start or end):
        return None
    first, last = start or end or "", end or start or ""
    if first.startswith("--") or last.startswith("--"):
        return None
    if _before(last, published):
        return "held"
    if _before(published, first):
        # only an end ahead ("until 13 September", «до 13 сентября»): it runs now
        return "ongoing" if start is None else "planned"
    if start and end:
        return "ongoing"
    return None


def _before(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def status_from_text(view: DocView, sent: int, first: int, last: int, etype: str) -> Status | None:
    """Cue words, then verb tense, nearest to tokens ``first..last`` in sentence ``sent``.

    Tokens are taken nearest first (ties: the earlier): a cue word within ``_CUE_FIRST``
    tokens outweighs a verb's tense ("dated … underway"); then the nearest token that is
    a cue word anywhere in the sentence or a verb within ``_VERB_WINDOW`` tokens. The cue
    words of a sentence are found once (:func:`_cue_hits`) and the nearest ones looked up
    by bisection, so a sentence of n mentions costs n log n, not n²."""
    rng = view.sent_tokens[sent]

    def distance(i: int) -> int:
        return min(abs(i - first), abs(i - last))

    positions, statuses = _cue_hits(view, sent, etype in MULTI_DAY)
    lo = bisect.bisect_left(positions, first)
    hi = bisect.bisect_right(positions, last)
    nearest = [k for k in range(max(0, lo - 1), min(len(positions), hi + 1))
               if not _modifies_another(view, positions[k], first)]
    cue = min(((distance(positions[k]), positions[k], statuses[k]) for k in nearest),
              default=None)
    if cue is not None and cue[2] == "planned" and "cancelled" in statuses:
        return "cancelled"  # «концерт, запланированный на …, отменён»: the plan called off
    if cue is not None and cue[2] == "planned" and cue[0] > _OWN_VERB_REACH \
            and _own_perfective_past(view, rng, first, last):
        # «Первый концерт состоялся в Астане, второй пройдёт в Караганде», «встретился
        # … и обсудил проведение Дней культуры»: the event's own verb, done, is nearer
        # than a cue of what is to come
        return "held"
    if cue is not None and cue[0] <= _CUE_FIRST:
        return cue[2]
    # a language that puts the predicate last gives the whole clause its tense there,
    # however long the subject before it («Форумға 20 елден келген … өкілдері қатысып
    # жатыр»): the window reaches the end of the sentence
    reach = len(rng) if view.language.head_final else _VERB_WINDOW
    for i in sorted(range(max(rng.start, first - _VERB_WINDOW),
                          min(rng.stop, last + reach + 1)),
                    key=lambda i: (distance(i), i)):
        if cue is not None and (cue[0], cue[1]) <= (distance(i), i):
            break  # the cue word comes first in this order
        if distance(i) <= reach:
            found = _tense(view, i)
            if found:
                return found
    return cue[2] if cue is not None else None


#: How near its trigger an event's own verb stands («концерт состоялся», «встретился»).
_OWN_VERB_REACH = 1


def _own_perfective_past(view: DocView, rng: range, first: int, last: int) -> bool:
    """Is there a perfective verb in the past right at the trigger (the trigger itself,
    or a word away)? Its aspect tells one act completed, whatever a farther cue says."""
    for i in range(max(rng.start, first - _OWN_VERB_REACH),
                   min(rng.stop, last + _OWN_VERB_REACH + 1)):
        feats = view.tokens[i].feats
        if view.tokens[i].pos == "VERB" and feats.get("aspect") == "perf" \
                and str(feats.get("tense", "")).lower() == "past":
            return True
    return False


def cue_statuses(view: DocView, sent: int, etype: str) -> list[tuple[int, Status]]:
    """The status cue words of sentence ``sent``: where each stands and what it says."""
    positions, statuses = _cue_hits(view, sent, etype in MULTI_DAY)
    return list(zip(positions, statuses, strict=True))


def _modifies_another(view: DocView, i: int, first: int) -> bool:
    """"During the meeting, the sides discussed the upcoming summit": a cue that is an
    adjective before its noun ("upcoming", "forthcoming") says the status of the event
    it modifies only, so it counts for a trigger that follows within a few words."""
    if view.tokens[i].pos != "ADJ" or i + 1 >= len(view.tokens) \
            or view.tokens[i + 1].pos not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "the festival is ongoing": a predicate says it of its subject
    return not (i < first <= i + _MODIFIER_REACH)


def _cue_hits(view: DocView, sent: int, multi: bool) -> tuple[list[int], list[Status]]:
    """The tokens of sentence ``sent`` that are status cue words (for a multi-day event
    type or not), in order, with what each says; remembered per sentence."""
    key = ("status_cues", sent, multi)
    if key not in view.memo:
        etype = next(iter(MULTI_DAY)) if multi else ""
        positions: list[int] = []
        statuses: list[Status] = []
        for i in view.sent_tokens[sent]:
            found = _cue(view, i, etype)
            if found:
                positions.append(i)
                statuses.append(found)
        view.memo[key] = (positions, statuses)
    return view.memo[key]


def _cue(view: DocView, i: int, etype: str) -> Status | None:
    """What the cue word or phrase starting at token ``i`` says. Longer cues are tried
    first, as the more specific ("will not take place" before "will", «не состоится»
    before «состоится»); cues of one length in the order of ``status.tsv``."""
    tok = view.tokens[i]
    for cue, status in sorted(view.candidates(i, status_index(view.lang)), key=_cue_words):
        word, *conditions = cue.split(":")
        end: int | None = i
        if " " in word:
            parts = tuple(word.split())
            end = view.match_phrase(i, parts, view.sent_tokens[view.token_sent[i]].stop)
            if end is None:
                continue
        elif not view.matches(i, word):
            continue
        if "clock" in conditions and (end is None or not _at_clock_time(view, end + 1)):
            continue
        # the taggers name tenses differently (natasha "past", spaCy "Past")
        tense = str(tok.feats.get("tense", "")).lower()
        if "futr" in conditions and tense not in ("futr", "fut"):
            continue
        if "past" in conditions and tense != "past":
            continue
        if "pres" in conditions and tense != "pres":
            continue
        if "multi" in conditions and etype not in MULTI_DAY:
            continue
        if "next_base" in conditions and not (
                i + 1 < len(view.tokens) and view.tokens[i + 1].feats.get("tag") == "VB"):
            continue
        if "headline" in conditions and not (view.token_sent[i] == 0
                                             and view.opens_with_title()):
            continue
        return status
    return None


def _at_clock_time(view: DocView, i: int) -> bool:
    """Do tokens from ``i`` on read "at" and a time of day ("at 7 pm", "at 11:00", "at
    noon"; the language's ``clock`` cues)? "Opens at 11 am" tells a schedule: when the
    event will begin, not that it runs already."""
    stop = view.sent_tokens[view.token_sent[i - 1]].stop
    if i + 1 >= stop or view.lowers[i] != "at":
        return False
    words = view.language.cue_set("clock")
    time, after = view.lowers[i + 1], view.lowers[i + 2] if i + 2 < stop else ""
    if time in words:
        return True  # "at noon"
    if not time[:1].isdigit():
        return False
    return ":" in time or "." in time or after in words or time.endswith(tuple(words))


def _cue_words(entry: tuple[str, str]) -> int:
    """Minus the number of words of a cue (``sorted`` puts the longest first)."""
    return -len(entry[0].split(":")[0].split())


def _tense(view: DocView, i: int) -> Status | None:
    """What the tense of token ``i`` says, as the language reads it (Kazakh status
    comes from the cue stems alone)."""
    if view.language.modifier_participle(view, i):
        return None  # "an exhibition of Kazakh applied art": no tense of a clause
    return view.language.tense_status(view.tokens[i])

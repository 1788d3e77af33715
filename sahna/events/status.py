"""Whether an event was held, is under way or is planned.

In order of trust: the event's own dates against the publication date; cue words near
the trigger («планируется», «предстоящий», "underway", «өтеді»); the tense of the
nearest verb; and, failing all, ``held`` — the common case in news reports.
"""

from __future__ import annotations

from sahna.contract import Status
from sahna.events.lexicon import status_index
from sahna.events.view import DocView

MULTI_DAY = {"exhibition", "festival", "culture_days", "screening"}
_VERB_WINDOW = 12
_CUE_FIRST = 10


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
    """Cue words, then verb tense, nearest to tokens ``first..last`` in sentence ``sent``."""
    rng = view.sent_tokens[sent]
    order = sorted(rng, key=lambda i: (min(abs(i - first), abs(i - last)), i))
    for i in order:  # a cue word close by outweighs a verb's tense ("dated … underway")
        if min(abs(i - first), abs(i - last)) > _CUE_FIRST:
            break
        found = _cue(view, i, etype)
        if found:
            return found
    for i in order:
        near = min(abs(i - first), abs(i - last)) <= _VERB_WINDOW
        found = _cue(view, i, etype) or (_tense(view, i) if near else None)
        if found:
            return found
    return None


def _cue(view: DocView, i: int, etype: str) -> Status | None:
    tok = view.tokens[i]
    for cue, status in view.candidates(i, status_index(view.lang)):
        word, *conditions = cue.split(":")
        if " " in word:
            parts = tuple(word.split())
            if view.match_phrase(i, parts, view.sent_tokens[view.token_sent[i]].stop) is None:
                continue
        elif not view.matches(i, word):
            continue
        if "futr" in conditions and tok.feats.get("tense") != "futr":
            continue
        if "past" in conditions and tok.feats.get("tense") != "past":
            continue
        if "pres" in conditions and tok.feats.get("tense") != "pres":
            continue
        if "multi" in conditions and etype not in MULTI_DAY:
            continue
        return status
    return None


def _tense(view: DocView, i: int) -> Status | None:
    """What the tense of token ``i`` says, as the language reads it (Kazakh status
    comes from the cue stems alone)."""
    return view.language.tense_status(view.tokens[i])

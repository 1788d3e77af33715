"""Venue names next to an event: «в Большом театре», "at the Philharmonic Hall",
«драма театрында». The phrase is built by the document's language around a head word
from its venue lexicon, in the base form."""

from __future__ import annotations

from sahna.events.lexicon import venue_heads
from sahna.events.view import DocView


def find_venue(view: DocView, sent: int) -> tuple[str, int, int] | None:
    """The first venue phrase of sentence ``sent`` with its first and last token
    (remembered: every event of a sentence asks it)."""
    key = ("venue", sent)
    if key not in view.memo:
        view.memo[key] = _find_venue(view, sent)
    return view.memo[key]


def _find_venue(view: DocView, sent: int) -> tuple[str, int, int] | None:
    heads = venue_heads(view.lang)
    rng = view.sent_tokens[sent]
    for i in rng:
        if view.stems:
            if not any(view.matches(i, h) for h in heads):
                continue
        elif view.keys[i] not in heads and view.lowers[i] not in heads:
            continue
        found = view.language.venue_phrase(view, i, rng)
        if found:
            return found
    return None

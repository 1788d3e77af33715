"""Venue names next to an event: «в Большом театре», "at the Philharmonic Hall",
«драма театрында». The phrase is built by the document's language around a head word
from its venue lexicon, in the base form."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

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
    """The sentence's first venue phrase after a locative preposition ("at the Bolshoi
    Theatre"), else its first: a theatre that is the sentence's subject ("The Abai Opera
    and Ballet Theatre will give guest performances at the Bolshoi") is who performs."""
    found = list(_venues(view, sent))
    locatives = view.language.cue_set("locative")
    for phrase in found:
        i = phrase[1] - 1
        while i >= view.sent_tokens[sent].start \
                and view.lowers[i] in view.language.cue_set("article"):
            i -= 1
        if i >= view.sent_tokens[sent].start and view.lowers[i] in locatives:
            return phrase
    return found[0] if found else None


def _venues(view: DocView, sent: int) -> Iterator[tuple[str, int, int]]:
    """The venue phrases of sentence ``sent`` in text order."""
    heads = venue_heads(view.lang)
    rng = view.sent_tokens[sent]
    for i in rng:
        if view.stems:
            if not any(view.matches(i, h) for h in _stem_heads_for(view.lowers[i], view.lang)):
                continue
        elif view.keys[i] not in heads and view.lowers[i] not in heads:
            continue
        found = view.language.venue_phrase(view, i, rng)
        if found:
            yield found


@cache
def _stem_heads(lang: str) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The venue head stems of a stem language by their first letter, and those that
    may match a word starting with any letter (the wildcard, stems under three letters).
    A stem of three letters or more matches only words that start with its first two
    (:meth:`~sahna.langs.kk.Kazakh.stem_matches`), so a word is tried against the stems
    of its own first letter, not against the whole list."""
    anywhere: list[str] = []
    by_letter: dict[str, list[str]] = {}
    for head in sorted(venue_heads(lang)):
        if head == "*" or len(head) < 3:
            anywhere.append(head)
        else:
            by_letter.setdefault(head[0], []).append(head)
    return tuple(anywhere), {k: tuple(v) for k, v in by_letter.items()}


def _stem_heads_for(low: str, lang: str) -> tuple[str, ...]:
    """The venue head stems that may match the lower-case word ``low``: those of its
    first letter and, for a hyphenated compound, of its last part's first letter."""
    anywhere, by_letter = _stem_heads(lang)
    found = anywhere + by_letter.get(low[:1], ())
    if "-" in low:  # «онлайн-көрме»: the compound's last part may be the head
        found += by_letter.get(low.rsplit("-", 1)[1][:1], ())
    return found

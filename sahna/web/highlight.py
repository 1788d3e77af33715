"""Mark an event's slots — dates, city, country, venue, participant names — inside its
evidence sentences, for the event page.

The store keeps normalised values (``2025-05-14``, ``Bishkek``, «Канат Ермеков») while
the sentences hold the written, often inflected forms («14 мая», «в Бишкеке», «Каната
Ермекова»), so slots are found again with the same date and place finders the pipeline
uses, and names by word stems. Safety: every piece of the sentence is escaped before a
``<mark>`` is put between pieces, so text from a page can never become markup.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

Span = tuple[int, int, str]
WORD = re.compile(r"\w+")


def stem_pattern(name: str) -> re.Pattern[str] | None:
    """A regex for a name in any case form: each word's stem (a long word loses its last
    two letters: Каната/Канату/Канат) followed by any word letters."""
    words = WORD.findall(name)
    if not words:
        return None
    parts = []
    for word in words:
        stem = word[:-2] if len(word) > 5 else word[:-1] if len(word) > 3 else word
        parts.append(re.escape(stem) + r"\w*")
    return re.compile(r"(?<!\w)" + r"\W{1,3}".join(parts), re.IGNORECASE)


def _date_spans(sentence: str, event: dict[str, Any]) -> list[Span]:
    from sahna.dates import find_dates

    wanted = {v for v in (event.get("start"), event.get("end")) if v}
    if not wanted:
        return []
    spans = []
    for mention in find_dates(sentence, event.get("lang") or "ru", event.get("published")):
        values = {mention.start_value, mention.end_value} - {None}
        if values & wanted:
            spans.append((mention.start, mention.end, "date"))
    return spans


def _place_spans(sentence: str, event: dict[str, Any]) -> list[Span]:
    from sahna.places import find_places

    city, country = event.get("city"), event.get("country")
    if not city and not country:
        return []
    spans = []
    for place in find_places(sentence, event.get("lang") or "ru"):
        if place.kind == "city" and city and place.city == city:
            spans.append((place.start, place.end, "city"))
        elif place.kind == "country" and country and place.country == country:
            spans.append((place.start, place.end, "country"))
    return spans


def _name_spans(sentence: str, names: list[tuple[str, str]]) -> list[Span]:
    spans = []
    for name, kind in names:
        pattern = stem_pattern(name)
        if pattern is None:
            continue
        spans += [(m.start(), m.end(), kind) for m in pattern.finditer(sentence)]
    return spans


def slot_spans(sentence: str, event: dict[str, Any]) -> list[Span]:
    """Non-overlapping (start, end, kind) spans of the event's slots in ``sentence``;
    where two overlap the longer one is kept. A finder that fails marks nothing rather
    than break the page."""
    spans: list[Span] = []
    for finder in (_date_spans, _place_spans):
        try:
            spans += finder(sentence, event)
        except Exception:  # highlighting is a nicety; the page must still render
            continue
    names = [(p["name"], "participant") for p in event.get("participants") or [] if p.get("name")]
    if event.get("venue"):
        names.append((event["venue"], "venue"))
    spans += _name_spans(sentence, names)
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[Span] = []
    for span in spans:
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def highlight(sentence: str, spans: list[Span]) -> Markup:
    """``sentence`` as HTML: escaped text with each span wrapped in ``<mark>``."""
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        if start < pos or end <= start:
            continue
        out.append(escape(sentence[pos:start]))
        out.append(Markup('<mark class="slot-{}" title="{}">{}</mark>').format(
            kind, kind, sentence[start:end]))
        pos = end
    out.append(escape(sentence[pos:]))
    return Markup("").join(out)


def highlight_evidence(event: dict[str, Any]) -> list[Markup]:
    """Every evidence sentence of ``event`` with its slots marked."""
    return [highlight(s, slot_spans(s, event)) for s in event.get("evidence") or []]

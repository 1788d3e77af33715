"""Venue names next to an event: «в Большом театре», "at the Philharmonic Hall",
«драма театрында». The phrase is built around a head word from the venue lexicon and
put into the nominative (Russian)."""

from __future__ import annotations

from sahna.analyse import morph_ru
from sahna.events.lexicon import venue_heads
from sahna.events.view import CLOSE_QUOTES, OPEN_QUOTES, DocView

_LOCATIVE_KK = ("да", "де", "та", "те", "нда", "нде", "ында", "інде", "сында", "сінде")


def find_venue(view: DocView, sent: int) -> tuple[str, int, int] | None:
    """The first venue phrase of sentence ``sent`` with its first and last token."""
    heads = venue_heads(view.lang)
    rng = view.sent_tokens[sent]
    toks = view.tokens
    for i in rng:
        if view.kk:
            if not any(view.matches(i, h) for h in heads):
                continue
        elif view.keys[i] not in heads and view.lowers[i] not in heads:
            continue
        if view.lang == "ru":
            found = _venue_ru(view, i, rng)
        elif view.lang == "en":
            found = _venue_en(view, i, rng)
        else:
            found = _venue_kk(view, i, rng) if toks[i].text.lower().endswith(_LOCATIVE_KK) else None
        if found:
            return found
    return None


def _venue_ru(view: DocView, head: int, rng: range) -> tuple[str, int, int] | None:
    toks = view.tokens
    first = head
    while first - 1 >= rng.start and toks[first - 1].pos in ("ADJF", "PRTF"):
        first -= 1
    if first - 1 < rng.start or toks[first - 1].text.lower() not in ("в", "во", "на"):
        return None
    last = head
    i = head + 1
    while i < rng.stop and i - head < 10:
        tok = toks[i]
        if tok.text in OPEN_QUOTES:
            close = view.closing_quote(i, rng.stop)
            if close is None:
                break
            last = i = close
        elif tok.feats.get("case") == "gent" or tok.text.lower() in ("им.", "имени", "им") \
                or (tok.text == "." and toks[i - 1].text.lower() == "им") \
                or (tok.text[:1].isupper() and tok.pos in ("NOUN", "X", "LATN")):
            last = i
        else:
            break
        i += 1
    if last == head and not toks[first].text[:1].isupper() and first == head:
        return None  # «в зале» alone names no venue
    words = view.span_text(first, last).split(" ")
    head_words = len(view.span_text(first, head).split(" "))
    text = " ".join(morph_ru.nominative_phrase(words[:head_words]) + words[head_words:])
    return text, first, last


def _venue_en(view: DocView, head: int, rng: range) -> str | None:
    toks = view.tokens
    first = head
    while first - 1 >= rng.start and (toks[first - 1].pos == "PROPN" or (
            toks[first - 1].text[:1].isupper() and toks[first - 1].pos in ("ADJ", "NOUN"))):
        first -= 1
    if first - 1 >= rng.start and toks[first - 1].text in ("'s", "’s"):
        return None
    last = head
    if head + 2 < rng.stop and toks[head + 1].text == "of" and toks[head + 2].text[:1].isupper():
        last = head + 2
        while last + 1 < rng.stop and toks[last + 1].text[:1].isupper():
            last += 1
    if first == head and last == head:
        return None
    return view.span_text(first, last), first, last


def _venue_kk(view: DocView, head: int, rng: range) -> tuple[str, int, int] | None:
    toks = view.tokens
    first = head
    i = head - 1
    while i >= rng.start and head - i <= 8:
        text = toks[i].text
        if text[:1].isupper() or text in CLOSE_QUOTES or text in OPEN_QUOTES \
                or text.lower() in ("атындағы", "мемлекеттік", "ұлттық", "драма", "концерт",
                                    "академиялық", "облыстық", "қалалық"):
            first = i
            i -= 1
        else:
            break
    if first == head:
        return None
    return _kk_base(view.span_text(first, head)), first, head


def _kk_base(phrase: str) -> str:
    """«драма театрында» -> «драма театры»: drop the locative ending of the head."""
    for ending in sorted(_LOCATIVE_KK, key=len, reverse=True):
        if phrase.endswith(ending) and len(phrase) - len(ending) > 3:
            stem = phrase[: -len(ending)]
            return stem + ("ы" if ending.startswith(("ында", "сында")) else
                           "і" if ending.startswith(("інде", "сінде")) else "")
    return phrase

"""Documents built by hand for rule tests: the tokens with their lemmas, parts of speech
and features, the entities, dates and places a test needs, and nothing from a model.

A rule test written on a built document tests the rule alone: a new tagger, NER model or
date grammar cannot change its input. Tokens are joined by single spaces and sentences
by line breaks, so every offset is computed here::

    doc = build("ru", [[W("Вчера"), W("прошёл", "пройти", "VERB", tense="past"),
                        W("концерт", "концерт", "NOUN", case="nomn"), W(".")]],
                dates=[Span(0, 0, 0, "2025-05-04")])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sahna.document import (
    CountryRef,
    DateMention,
    Document,
    NamedEntity,
    PlaceMention,
    Sentence,
    Token,
)


@dataclass
class W:
    """A word: its text, lemma (by default the lower-cased text), POS and features."""

    text: str
    lemma: str | None = None
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)

    def __init__(self, text: str, lemma: str | None = None, pos: str = "",
                 **feats: str) -> None:
        self.text, self.lemma, self.pos, self.feats = text, lemma, pos, feats


@dataclass
class Span:
    """Tokens ``first..last`` (inclusive, counted within sentence ``sent``) and what they
    are: for an entity ``(label, normal)``, a date ``(start, end)``, a place ``(kind,
    city, country)``, a country reference ``(country,)``."""

    sent: int
    first: int
    last: int
    value: Any = None
    more: tuple[Any, ...] = ()

    def __init__(self, sent: int, first: int, last: int, value: Any = None, *more: Any):
        self.sent, self.first, self.last, self.value, self.more = sent, first, last, value, more


def build(lang: str, sentences: list[list[W]], *, entities: list[Span] = (),  # type: ignore[assignment]
          dates: list[Span] = (), places: list[Span] = (),  # type: ignore[assignment]
          country_refs: list[Span] = (), published: str | None = None,  # type: ignore[assignment]
          ) -> Document:
    """A document as the analysis stages would leave it, from the given annotations."""
    text_parts: list[str] = []
    tokens: list[Token] = []
    sents: list[Sentence] = []
    bounds: list[list[tuple[int, int]]] = []
    position = 0
    for words in sentences:
        start = position
        spans = []
        for k, word in enumerate(words):
            if k:
                text_parts.append(" ")
                position += 1
            text_parts.append(word.text)
            end = position + len(word.text)
            tokens.append(Token(position, end, word.text, word.lemma or word.text.lower(),
                                word.pos, dict(word.feats)))
            spans.append((position, end))
            position = end
        sents.append(Sentence(start, position, " ".join(w.text for w in words)))
        bounds.append(spans)
        text_parts.append("\n")
        position += 1
    text = "".join(text_parts)

    def chars(span: Span) -> tuple[int, int, str]:
        start, end = bounds[span.sent][span.first][0], bounds[span.sent][span.last][1]
        return start, end, text[start:end]

    doc = Document(doc_id="built", source="test", raw=text, text=text, lang=lang,
                   normalised=text, published=published, sentences=sents, tokens=tokens)
    for s in entities:
        start, end, found = chars(s)
        doc.entities.append(NamedEntity(start, end, found, s.value,
                                        s.more[0] if s.more else found))
    for s in dates:
        start, end, found = chars(s)
        doc.dates.append(DateMention(start, end, found, s.value, s.more[0] if s.more else None))
    for s in places:
        start, end, found = chars(s)
        doc.places.append(PlaceMention(start, end, found, s.value, *s.more))
    for s in country_refs:
        start, end, found = chars(s)
        doc.country_refs.append(CountryRef(start, end, found, s.value))
    return doc


def words(line: str, **lemmas: str) -> list[W]:
    """Plain words of ``line`` split on spaces (no lemma, POS or features); a lemma per
    word may be given by keyword: ``words("в Алматы", Алматы="алматы")``."""
    return [W(t, lemmas.get(t)) for t in line.split()]

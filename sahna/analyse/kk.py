"""Kazakh analysis from rules: no Kazakh model ships with natasha or spaCy.

Tokens carry their lower-cased form as the lemma (event rules match Kazakh by stem);
names are taken from runs of capitalised words, a first approximation until a trained
Kazakh NER model replaces it.
"""

from __future__ import annotations

from sahna.analyse.names import capitalised_names
from sahna.analyse.segment import sentences, words
from sahna.document import Document, Token


def analyse(doc: Document) -> Document:
    doc.sentences = sentences(doc.text)
    doc.tokens = [Token(s, e, t, t.lower(), "WORD" if t[:1].isalpha() else "PNCT")
                  for s, e, t in words(doc.text)]
    doc.entities = capitalised_names(doc)
    return doc

"""The stages in order, applied to one document.

    read -> clean -> lang -> places -> dates -> analyse -> events -> record

Each stage takes and returns the :class:`~sahna.document.Document`. A document in a
language we do not analyse keeps its ``lang`` and gets a warning and no events.
"""

from __future__ import annotations

from sahna import analyse, lang, places
from sahna.analyse.script import to_cyrillic
from sahna.clean import clean_text
from sahna.dates import find_dates
from sahna.document import Document
from sahna.events.build import extract_events

STAGES = ("clean", "lang", "analyse", "dates", "places", "events")


def clean(doc: Document) -> Document:
    cleaned = clean_text(doc.raw)
    doc.text = cleaned.text
    doc.removed_lines = cleaned.removed_lines
    doc.title = doc.title or cleaned.title
    doc.published = doc.published or cleaned.published
    return doc


def find_places(doc: Document) -> Document:
    doc.places = places.find_places(doc.text, doc.lang or "")
    doc.country_refs = places.find_country_refs(doc.text, doc.lang or "")
    return doc


def dates(doc: Document) -> Document:
    if doc.lang != "kk":
        doc.dates = find_dates(doc.text, doc.lang or "", doc.published)
        return doc
    # Kazakh pages mix Latin lookalikes into Cyrillic words («наурыздa»); the mapping keeps
    # offsets, so each date is found in the repaired text and quoted from the original.
    doc.dates = find_dates(to_cyrillic(doc.text), "kk", doc.published)
    for mention in doc.dates:
        mention.text = doc.text[mention.start:mention.end]
    return doc


def process(doc: Document) -> Document:
    """Run every stage on ``doc``."""
    clean(doc)
    lang.identify(doc)
    if doc.lang not in lang.SUPPORTED:
        doc.warnings.append(f"language {doc.lang or 'unknown'!s} is not analysed; skipped")
        return doc
    find_places(doc)  # before analysis: Kazakh name rules leave place names out
    dates(doc)
    analyse.analyse(doc)
    extract_events(doc)
    return doc

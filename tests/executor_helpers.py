"""Processing functions for the executor tests, in a module of their own so that worker
processes (spawned, they import what they run by name) can import them."""

from __future__ import annotations

import time

from sahna.document import Document

HANG_ID = "hang"


def light_process(doc: Document) -> Document:
    """A stand-in for the pipeline that needs no models: fast, deterministic."""
    doc.text = doc.raw.strip()
    doc.lang = "en"
    return doc


def hanging_process(doc: Document) -> Document:
    """Never returns for the document :data:`HANG_ID` (as a pathological page would)."""
    if doc.doc_id == HANG_ID:
        while True:  # Python code, as a runaway regex loop or a parser would be
            time.sleep(0.05)
    return light_process(doc)

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


def scripted_process(doc: Document) -> Document:
    """A stand-in for the pipeline that does what the document's text says, so that a
    test can make any outcome: ``lang=xx`` (warned and left unanalysed unless ru, kk or
    en, as the pipeline does), ``events=N``, ``blank`` (no text left after cleaning),
    ``fail`` (raises); the document :data:`HANG_ID` never returns."""
    from sahna.contract import Event
    from sahna.lang import SUPPORTED

    if doc.doc_id == HANG_ID:
        return hanging_process(doc)
    words = doc.raw.split()
    if "fail" in words:
        raise RuntimeError(f"cannot process {doc.doc_id}")
    settings = dict(word.split("=", 1) for word in words if "=" in word)
    doc.text = "" if "blank" in words else doc.raw.strip()
    doc.lang = settings.get("lang")
    if doc.lang not in SUPPORTED:
        doc.warnings.append(f"language {doc.lang or 'unknown'} is not analysed; skipped")
        return doc
    doc.events = [Event(id=f"{doc.doc_id}-{n}", type="concert", title=f"Concert {n}")
                  for n in range(int(settings.get("events", 0)))]
    return doc

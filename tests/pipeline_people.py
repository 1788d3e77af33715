"""The participants the whole pipeline gives a text written for a test: one helper for
every participant test file, which asserts the language read and that an event was found
(a participant test on a text with no event would pass for the wrong reason)."""

from __future__ import annotations

from sahna.document import Document
from sahna.pipeline import process


def people(text: str, lang: str, events: bool = True) -> list[tuple[str, str, str]]:
    """(name, kind, role) of every participant of every event of ``text``; unless
    ``events`` is false, the text must give an event."""
    doc = process(Document(doc_id="t", source="test", raw=text))
    assert doc.lang == lang
    assert doc.events or not events, "no event found"
    return [(p.name, p.kind, p.role) for e in doc.events for p in e.participants]


def names(text: str, lang: str) -> list[str]:
    """The names of :func:`people`, in their order."""
    return [name for name, _kind, _role in people(text, lang)]

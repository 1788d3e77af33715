"""Language identification with lingua.

sahna analyses Russian, Kazakh and English; a page in any other language is recorded
with its code and skipped by the caller. The detector is built once per process (it
loads its n-gram models lazily) and sees the first few thousand characters only: a
news page's language is settled long before its end.
"""

from __future__ import annotations

from functools import cache

from lingua import LanguageDetector, LanguageDetectorBuilder

from sahna.document import Document

SUPPORTED = ("ru", "kk", "en")
SAMPLE_CHARS = 3000


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_all_languages().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (lower case) of ``text``, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    language = detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None


def identify(doc: Document) -> Document:
    """Pipeline stage: set ``doc.lang`` from the cleaned text."""
    doc.lang = detect_language(doc.text or doc.raw)
    return doc

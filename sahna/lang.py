"""Language identification with lingua.

sahna analyses Russian, Kazakh and English; a page in any other language is recorded
with its code and skipped by the caller. The detector knows the languages a news
crawl of Central Asia meets (the region's, its neighbours', and the world's largest),
not all 75 of lingua's: each extra candidate costs time on every page, and a page in a
language outside the list is still reported as "not ru/kk/en". It is built once per
process and sees the first 500 characters (a headline and a lead): a page's language is
settled by then, and lingua's time grows with the length it reads.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from sahna.langs import CODES
from sahna.resident import resident

SUPPORTED = CODES
SAMPLE_CHARS = 500
CANDIDATES = (
    "RUSSIAN", "KAZAKH", "ENGLISH", "UKRAINIAN", "BELARUSIAN", "MONGOLIAN", "BULGARIAN",
    "MACEDONIAN", "SERBIAN", "TURKISH", "AZERBAIJANI", "GEORGIAN", "ARMENIAN", "PERSIAN",
    "ARABIC", "CHINESE", "JAPANESE", "KOREAN", "GERMAN", "FRENCH", "SPANISH", "ITALIAN",
    "POLISH", "HUNGARIAN", "PORTUGUESE", "HINDI",
)


@cache
def detector() -> LanguageDetector:
    languages = [getattr(Language, name) for name in CANDIDATES]
    return resident(LanguageDetectorBuilder.from_languages(*languages).build())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (lower case) of ``text``, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    language = detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None

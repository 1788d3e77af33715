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

import re
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

#: Letters of the Kazakh alphabet that Russian does not have. lingua takes one of them
#: as proof of Kazakh, so a short Russian lead quoting a Kazakh name («Көк-Бөрү») is
#: read as Kazakh. In Kazakh prose more than half of the words hold one («і» alone is in
#: most suffixes); a Russian text that only quotes Kazakh names holds them in a few.
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
#: Below this share of Cyrillic words with a Kazakh letter, the text is read again
#: without those words (the quoted names), and that reading decides.
KAZAKH_WORD_SHARE = 0.25
#: Fewer Cyrillic words than this and the share says nothing (a headline alone).
KAZAKH_MIN_WORDS = 8
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


@cache
def detector() -> LanguageDetector:
    languages = [getattr(Language, name) for name in CANDIDATES]
    return resident(LanguageDetectorBuilder.from_languages(*languages).build())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (lower case) of ``text``, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code = _detect(sample)
    if code == "kk":
        code = _quoted_kazakh(sample) or code
    return code


def _quoted_kazakh(sample: str) -> str | None:
    """The language of ``sample`` read without its Kazakh-lettered words, when those are
    too few for Kazakh prose (a Russian text quoting Kazakh names); else None."""
    words = _CYRILLIC_WORD.findall(sample)
    if len(words) < KAZAKH_MIN_WORDS:
        return None
    kazakh = [w for w in words if not KAZAKH_LETTERS.isdisjoint(w)]
    if len(kazakh) >= KAZAKH_WORD_SHARE * len(words):
        return None
    rest = _CYRILLIC_WORD.sub(lambda m: m.group(0) if KAZAKH_LETTERS.isdisjoint(m.group(0))
                              else " ", sample)
    return _detect(rest)


def _detect(text: str) -> str | None:
    """lingua's language of ``text`` as an ISO 639-1 code, or None."""
    language = detector().detect_language_of(text)
    return language.iso_code_639_1.name.lower() if language else None

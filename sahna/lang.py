"""Language identification with lingua.

sahna analyses Russian, Kazakh and English; a page in any other language is recorded
with its code and skipped by the caller. The detector knows the languages a news
crawl of Central Asia meets (the region's, its neighbours', and the world's largest),
not all 75 of lingua's: each extra candidate costs time on every page, and a page in a
language outside the list is still reported as "not ru/kk/en". It is built once per
process and sees the first 500 characters (a headline and a lead): a page's language is
settled by then, and lingua's time grows with the length it reads. A sample whose
letters and commonest words settle that it is Russian or English
(:func:`settled_by_script`) is not read by lingua at all.
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

#: A letter that is neither Latin (ASCII) nor in the Russian alphabet: its text may be in
#: another language of the candidates (Kazakh, Ukrainian, Belarusian, Serbian, Mongolian…).
_OTHER_LETTER = re.compile(r"[^\W\d_a-zA-Zа-яА-ЯёЁ]")
_RUSSIAN_LETTER = re.compile(r"[а-яА-ЯёЁ]")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")
#: Words that make up a good part of any Russian prose and of no other candidate
#: language written in the same letters (a Kazakh text typed without its own letters
#: has none of them).
RUSSIAN_FUNCTION_WORDS = frozenset(
    "и в во на с со по не что для из к о об от за это как а но при до у".split())
#: What a sample needs to be Russian by its letters alone: this many Cyrillic words, of
#: which this share are :data:`RUSSIAN_FUNCTION_WORDS`, and at most this share of Latin
#: letters (names, acronyms).
SCRIPT_MIN_WORDS = 20
SCRIPT_FUNCTION_SHARE = 0.08
SCRIPT_LATIN_SHARE = 0.1
#: A letter that is not ASCII Latin: a Latin-script sample with one may be in another
#: language of the candidates (German, Turkish, French, Polish…).
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
_ASCII_WORD = re.compile(r"[a-z]+")
#: Words that make up a good part of any English prose and are no words of the other
#: Latin-script candidates («a», «in», «an», «on» are left out: Italian, German, Polish
#: have them too).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is was were are for with by from that this has have had will its it "
    "be been which who their".split())
#: The share of :data:`ENGLISH_FUNCTION_WORDS` among the words of an English sample.
SCRIPT_ENGLISH_SHARE = 0.1


@cache
def detector() -> LanguageDetector:
    languages = [getattr(Language, name) for name in CANDIDATES]
    return resident(LanguageDetectorBuilder.from_languages(*languages).build())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (lower case) of ``text``, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code = settled_by_script(sample) or _detect(sample)
    if code == "kk":
        code = _quoted_kazakh(sample) or code
    return code


def settled_by_script(sample: str) -> str | None:
    """"ru" or "en" when the letters and the commonest words of ``sample`` settle its
    language without lingua (:func:`russian_by_script`, :func:`english_by_script`),
    else None: lingua reads every such text so, at a cost that grows with its length."""
    if russian_by_script(sample):
        return "ru"
    if english_by_script(sample):
        return "en"
    return None


def english_by_script(sample: str) -> bool:
    """Is ``sample`` English by its letters and words alone? Its letters are all ASCII
    Latin (no letter of German, Turkish, French, Polish…, no Cyrillic) and English
    function words ("the", "of", "and"…) are a good share of its words."""
    if _NON_ASCII_LETTER.search(sample):
        return False
    words = _ASCII_WORD.findall(sample.lower())
    if len(words) < SCRIPT_MIN_WORDS:
        return False
    common = sum(word in ENGLISH_FUNCTION_WORDS for word in words)
    return common >= SCRIPT_ENGLISH_SHARE * len(words)


def russian_by_script(sample: str) -> bool:
    """Do the letters of ``sample`` settle that it is Russian, without lingua? Its
    Cyrillic letters are all in the Russian alphabet (no Kazakh, Ukrainian, Belarusian,
    Serbian or Mongolian letter) and include «ы» or «э» (which Ukrainian, Bulgarian,
    Serbian and Macedonian lack) and «и» or «щ» (which Belarusian lacks); Latin letters
    are few; and Russian function words («и», «в», «на»…) are a good share of its
    words. lingua reads every such text as Russian, at a cost that grows with its
    length: for most Russian pages the script decides at a fraction of it."""
    if _OTHER_LETTER.search(sample):
        return False
    lower = sample.lower()
    if not ("ы" in lower or "э" in lower) or not ("и" in lower or "щ" in lower):
        return False
    russian = len(_RUSSIAN_LETTER.findall(sample))
    if len(_LATIN_LETTER.findall(sample)) > SCRIPT_LATIN_SHARE * russian:
        return False
    words = _CYRILLIC_WORD.findall(lower)
    if len(words) < SCRIPT_MIN_WORDS:
        return False
    common = sum(word in RUSSIAN_FUNCTION_WORDS for word in words)
    return common >= SCRIPT_FUNCTION_SHARE * len(words)


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

"""The relevance filter searches lower-cased text with case-sensitive twins of its
case-insensitive patterns where the two must agree; these tests hold the regex engine
to that, character by character, and compare the two searches on sentences."""

from __future__ import annotations

import re

import pytest

from sahna.analyse import relevance
from sahna.analyse.relevance import _CASE_FREE, case_free, cue_pattern, is_relevant


def _case_free_characters() -> str:
    """Every character of the class :data:`relevance._CASE_FREE` names."""
    allowed = re.compile(f"[{_CASE_FREE}]")
    return "".join(c for c in map(chr, range(0x3000)) if allowed.match(c))


CHARS = _case_free_characters()


def test_the_class_holds_the_scripts_of_the_news():
    for text in ("Концерт «Әнші» — 5 мая, № 3", "Қош… “Gala” ёлка ҰЛТТЫҚ", "café"):
        assert case_free(text) == text.lower()
    for text in ("Kelvin: \u212a", "ſ", "İstanbul", "µ", "ᲀ", "ΟΔΟΣ", "Qoş"):
        assert case_free(text) is None


def test_lower_case_is_one_character_and_keeps_the_word_class():
    for c in CHARS:
        low = c.lower()
        assert len(low) == 1, repr(c)
        assert bool(re.match(r"\w", c)) == bool(re.match(r"\w", low)), repr(c)


def test_case_insensitive_matches_are_lower_case_equality():
    """For every pattern character of the class, the engine's case-insensitive match
    finds exactly the characters of the class with the same lower case (no extra case
    such as dotless ``ı`` for ``i``, or ``ᲀ`` for ``в``, inside the class)."""
    for c in CHARS:
        found = set(re.findall(re.escape(c), CHARS, re.IGNORECASE))
        assert found == {u for u in CHARS if u.lower() == c.lower()}, repr(c)


SENTENCES = [
    "Вчера в Астане прошёл ГАЛА-КОНЦЕРТ лауреатов конкурса.",
    "В Баку пройдут Дни культуры Казахстана.",
    "Министр культуры встретился с послом Турции.",
    "В прошлом году в этот день шёл дождь.",
    "Ертең «Шабыт» фестивалі ашылады.",
    "The Days of Kazakh Culture open in Tashkent on Monday.",
    "THE GALA CONCERT BEGAN AT NOON.",
    "Culture matters.",
    "Café owners met the İstanbul delegation at the exhibition.",  # no twin search
]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("text", SENTENCES)
def test_twin_search_answers_as_the_case_insensitive_one(lang: str, text: str) -> None:
    for events_only in (False, True):
        pattern = cue_pattern(lang, events_only)
        twin = relevance._cue_twin(lang, events_only)
        assert twin is not None
        assert relevance._search(pattern, twin, text, case_free(text)) == \
            (pattern.search(text) is not None)
    assert relevance._has_phrase(text, lang) == relevance._has_phrase(text, lang, None) \
        == _has_phrase_case_insensitive(text, lang)
    assert is_relevant(text, lang) == (
        cue_pattern(lang).search(text) is not None or _has_phrase_case_insensitive(text, lang))


def test_the_phrase_table_has_twins():
    for lang in ("ru", "kk", "en"):
        assert relevance._lower_table(lang) is not None


def _has_phrase_case_insensitive(text: str, lang: str) -> bool:
    """:func:`relevance._has_phrase` as written before the twins: the patterns
    themselves on the text as it is."""
    if not relevance.first_words_pattern(lang).search(text):
        return False
    patterns, phrases = relevance._phrase_table(lang)
    return any(all(patterns[k].search(text) for k in words) for words in phrases)

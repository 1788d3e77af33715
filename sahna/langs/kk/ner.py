"""The Kazakh NER tagger: a CRF trained by the project on KazNERD (``make train-kazakh``).

No Kazakh model ships with natasha or spaCy, and a transformer would cost seconds of
start-up and hundreds of megabytes; a CRF over morphology-aware features
(:mod:`sahna.langs.kk.features`) loads in milliseconds and tags thousands of sentences
a second. The model file is opened once, on first use.

Names come back in their base form: Kazakh marks case on the last word of a name
(«Тоқаевтың», «Жүнісоваға», «Қазақстанның»), and the store groups a person's mentions
by that form.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sahna.langs import language

if TYPE_CHECKING:
    import pycrfsuite

MODEL_PATH = Path(__file__).resolve().parent / "data" / "kk_ner.crfsuite"
# KazNERD classes sahna uses, and the labels of :class:`~sahna.document.NamedEntity`.
LABELS = {"PERSON": "PER", "ORGANISATION": "ORG", "GPE": "LOC", "LOCATION": "LOC",
          "FACILITY": "FAC", "EVENT": "EVENT", "ART": "WORK"}
CLASSES = tuple(LABELS)


@cache
def tagger() -> pycrfsuite.Tagger | None:
    """The CRF, opened once per process; None when the model file is missing."""
    if not MODEL_PATH.exists():
        return None
    import pycrfsuite

    opened = pycrfsuite.Tagger()
    opened.open(str(MODEL_PATH))
    return opened


# Case endings by the sound they follow (Kazakh allomorphy). A name is only cut where the
# ending fits the sound before it, so «Нұрсұлтан» keeps its «-тан» (after «л» the
# ablative is «-дан») while «Тоқаевтан» loses it.
_VOWELS = "аәеиоөұүыіэюяу"
_SONORANT = "рлйу"
_NASAL = "мнң"
_VOICED = "жз"
_ENDINGS: dict[str, tuple[str, ...]] = {
    # ending: the classes of final sound it may follow (v vowel, s р/л/й/у, n nasal,
    # z ж/з, k voiceless and б/в/г/д)
    "ның": ("v", "n"), "нің": ("v", "n"), "дың": ("s", "z"), "дің": ("s", "z"),
    "тың": ("k",), "тің": ("k",),
    "ға": ("v", "s", "n", "z"), "ге": ("v", "s", "n", "z"), "қа": ("k",), "ке": ("k",),
    "ны": ("v",), "ні": ("v",), "ды": ("s", "n", "z"), "ді": ("s", "n", "z"),
    "ты": ("k",), "ті": ("k",),
    "да": ("v", "s", "n", "z"), "де": ("v", "s", "n", "z"), "та": ("k",), "те": ("k",),
    "дан": ("v", "s", "z"), "ден": ("v", "s", "z"), "нан": ("n",), "нен": ("n",),
    "тан": ("k",), "тен": ("k",),
    "мен": ("v", "s", "n"), "бен": ("z",), "пен": ("k",),
    "менен": ("v", "s", "n"), "бенен": ("z",), "пенен": ("k",),
    "дағы": ("v", "s", "n", "z"), "дегі": ("v", "s", "n", "z"), "тағы": ("k",),
    "тегі": ("k",),
}
_BY_LENGTH = sorted(_ENDINGS, key=len, reverse=True)


@cache
def _not_endings() -> frozenset[str]:
    """Names whose own last letters look like a fitting case ending («Дариға»)."""
    return frozenset(language("kk").cue_words("name_not_inflected"))

@cache
def _formants() -> tuple[str, ...]:
    """Endings of given names made of a verb phrase («Құдайберді» 'God gave',
    «Сатыбалды»): their last letters look like an accusative and are the name's own."""
    return tuple(language("kk").cue_words("name_formant"))


# After a possessive («министрлігі», «театры») case takes an «н»: «министрлігінің».
_AFTER_POSSESSIVE = re.compile(r"(?<=[ыі])(?:ның|нің|на|не|нда|нде|нан|нен|ндағы|ндегі|н)$")


# A patronymic («Серікқызы», «Лұқпанұлы») is a possessive: its cases take an «н»
# («Серікқызына», «Лұқпанұлының», «Серікқызын»), as «министрлігінің» does.
_PATRONYMIC_CASE = re.compile(
    r"(?:(?<=[ұу]лы)|(?<=[қк]ызы))(?:ның|на|нда|нан|ндағы|н)$")


def _sound(letter: str) -> str:
    letter = letter.lower()
    if letter in _VOWELS:
        return "v"
    if letter in _SONORANT:
        return "s"
    if letter in _NASAL:
        return "n"
    if letter in _VOICED:
        return "z"
    return "k"


def strip_case(word: str) -> str:
    """``word`` without a case ending that fits the sound before it («Тоқаевтың» →
    «Тоқаев», «Жүнісоваға» → «Жүнісова»); unchanged when none fits."""
    lower = word.lower()
    if lower in _not_endings() or not word[:1].isalpha() or lower.endswith(_formants()):
        return word
    if _PATRONYMIC_CASE.search(lower):
        return _PATRONYMIC_CASE.sub("", word)
    stem, hyphen, ending = word.rpartition("-")
    if hyphen and stem and ending.islower() and ending in _ENDINGS:
        return stem  # «ЮНЕСКО-ның», «ТүркСОЙ-ға»: an abbreviation takes its case after a hyphen
    for ending in _BY_LENGTH:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = lower[: -len(ending)]
            # «и» is written for /ɯj/ and «у» for /w/ after a vowel: they inflect either
            # way («Ковентриді», «Ковентриге», «Алатаудың», «Ұлытауға»)
            sounds = ("v", "s") if stem[-1] in "иу" else (_sound(stem[-1]),)
            if any(sound in _ENDINGS[ending] for sound in sounds):
                return word[: len(stem)]
    return word


def base_form(text: str, label: str) -> str:
    """The base form of a name: case stripped from its last word.

    People and places lose a case ending («Тоқаевтың», «Астанада»); a place keeps its
    form when the gazetteer knows it as it stands («Түркістан» is not «Түркіс» + «-тан»).
    Organisations and the rest lose only a case after a possessive («министрлігінің» →
    «министрлігі»), since their last word is a common noun.
    """
    words = text.split()
    if not words:
        return text
    last = words[-1]
    if label == "PER":
        base = strip_case(last)
    elif label == "LOC":
        base = _place_base(last)
    elif last[:1].isupper() and not (len(last) > 5 and _AFTER_POSSESSIVE.search(last)):
        # a body's own name («Ақорданың», «ЮНЕСКО-ға», «"Хабарға"») takes a case as a
        # person's does; a name ending in «-да» is read as written («Ақорда»): a body
        # in the locative is a place, which the venue rules read
        base = strip_case(last)
        if last[len(base):].lstrip("-").lower() in _LOCATIVE:
            base = last
    else:
        base = _AFTER_POSSESSIVE.sub("", last) if len(last) > 5 else last
    return " ".join([*words[:-1], base])


_LOCATIVE = ("да", "де", "та", "те")


def _place_base(word: str) -> str:
    from sahna.langs.kk.endings import name_bases
    from sahna.langs.kk.features import place_kind

    lower = word.lower()
    places = _known_places()
    if lower in places:
        return word
    for base in name_bases(lower)[1:]:
        if base in places:
            return word[: len(base)]
    if place_kind(lower):
        return word
    return strip_case(word)


@cache
def known_places() -> frozenset[str]:
    """The gazetteer's place names, lower case."""
    return _known_places()


@cache
def _known_places() -> frozenset[str]:
    from sahna.places.gazetteer import load

    return frozenset(load().places.by_plain)


def tag(words: list[str]) -> list[str] | None:
    """IOB2 tags of one sentence's words (already in Cyrillic); None without a model."""
    from sahna.langs.kk.features import sentence_features

    model = tagger()
    if model is None:
        return None
    if not words:
        return []
    return list(model.tag(sentence_features(words)))

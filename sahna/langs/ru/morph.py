"""Russian morphology shared by the analyser and the event rules: cached pymorphy2
parses, and putting names and noun phrases into the nominative.

pymorphy2 ships inside natasha's dependencies; one analyser per process, and parses are
cached by word form because news vocabulary repeats heavily.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import pymorphy2
import yargy.morph  # noqa: F401  (patches pymorphy2 for Python 3.11, as natasha relies on)

from sahna.resident import resident

_ROMAN = re.compile(r"[IVXLC]+")
NAME_GRAMMEMES = ("Name", "Surn", "Patr")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@cache
def analyzer() -> pymorphy2.MorphAnalyzer:
    return resident(pymorphy2.MorphAnalyzer())


@lru_cache(maxsize=300_000)
def parses(word: str) -> tuple:
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=300_000)
def lemma(word: str) -> str:
    found = parses(word)
    return found[0].normal_form if found else word.lower()


def match_case(word: str, source: str) -> str:
    """Give ``word`` the capitalisation pattern of ``source`` (pymorphy lower-cases)."""
    if source.isupper() and len(source) > 1:
        return word.upper()
    if source[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def _inflect(parse, grammemes: set[str]) -> str | None:
    try:
        result = parse.inflect(grammemes)
    except (ValueError, KeyError):
        return None
    return result.word if result else None


_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
#: Last letters of a foreign surname that Russian does not decline («Гиоже», «Азуле»).
_INDECLINABLE_END = frozenset("еиоуюэ")
#: The oblique endings of a woman's surname in «-ова», «-ева», «-ина» («Иманбаевой»).
_FEMALE_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)ой$")
_INITIAL = re.compile(r"\w\.")


def nominative_name(words: list[str], oblique: bool = False) -> list[str]:
    """:func:`_nominative_name` of ``words``, remembered per name: a page names its people
    again and again, each time in need of the same pymorphy2 inflections."""
    return list(_nominative_name(tuple(words), oblique))


@lru_cache(maxsize=50_000)
def _nominative_name(words: tuple[str, ...], oblique: bool = False) -> tuple[str, ...]:
    """Person name words (``Аиды Балаевой``) in the nominative (``Аида Балаева``).

    The case is the one every word can have (names agree in case); the gender comes from
    the parses that agree on it, so a female surname stays female. ``oblique`` says the
    context governs a non-nominative case (``в постановке Станислава Васильева``), so an
    oblique reading wins over a coincidental nominative one (female ``Станислава``).
    """
    if not words or any(not w[:1].isalpha() for w in words):
        return words
    kazakh = [i for i, w in enumerate(words) if _KAZAKH_LETTERS.search(w)
              or _INITIAL.fullmatch(w)]
    if kazakh:
        # (an initial, «А.», is kept as written the same way)
        # A word written with Kazakh letters («Қыдыралиев», «Ақшора») is a Kazakh name
        # Russian grammar does not decline: it stays as written, the others are read.
        rest = [w for i, w in enumerate(words) if i not in kazakh]
        read = iter(nominative_name(rest, oblique) if rest else [])
        return tuple(w if i in kazakh else next(read) for i, w in enumerate(words))
    options = []
    for word in words:
        # a person is one person: plural readings («Жумабаев» as genitive plural of
        # «Жумабай») are never right for a name
        cands = [p for p in parses(word) if p.tag.case and p.tag.number != "plur" and (
            any(g in p.tag for g in NAME_GRAMMEMES) or p.tag.POS in ("NOUN", "ADJF"))
            # «Иманбаевой» is an oblique woman's surname, never a masculine adjective
            and not (p.tag.POS == "ADJF" and _FEMALE_OBLIQUE.search(word.lower()))]
        options.append(cands)
    if any(not c for c in options):
        return words
    order = (*CASES[1:], "nomn") if oblique else CASES
    for case in order:
        if not all(any(p.tag.case == case for p in c) for c in options):
            continue
        if case == "nomn":
            return words
        for gender in ("masc", "femn", None):
            chosen = [_pick(c, case, gender) for c in options]
            if all(chosen):
                out = []
                for word, parse in zip(words, chosen, strict=True):
                    form = _inflect(parse, {"nomn", "sing"}) or word
                    out.append(match_case(form, word))
                return tuple(out)
    return _oblique_surname(words, options)


def _oblique_surname(words: tuple[str, ...], options: list[list[Any]]) -> tuple[str, ...]:
    """«Камшат Жолдыбаевой»: a first name the analyser knows in no oblique case (a
    Kazakh name it reads only as a nominative) shares no case with the surname, so the
    name was left as written; a surname read only in oblique cases is still put in its
    nominative, of the gender it has («Жолдыбаева»), the first name kept as written."""
    last = options[-1]
    if len(words) == 2 and words[-1][-1:].lower() in _INDECLINABLE_END:
        # «с послом Сильвеном Гиоже»: a foreign surname in a vowel does not decline;
        # the first name does, in the case only its name reading has
        names = [p for p in options[0] if "Name" in p.tag and p.tag.case != "nomn"]
        if names and not any(p.tag.case == "nomn" and "Name" in p.tag for p in options[0]):
            form = _inflect(names[0], {"nomn", "sing"})
            return (match_case(form, words[0]), words[1]) if form else words
    if len(words) < 2 or any(p.tag.case == "nomn" for p in last):
        return words
    surnames = [p for p in last if "Surn" in p.tag]
    if not surnames:
        return words
    form = _inflect(surnames[0], {"nomn", "sing"})
    return (*words[:-1], match_case(form, words[-1])) if form else words


def _pick(cands, case: str, gender: str | None):
    """The best parse in ``case`` (and ``gender``), names before common nouns."""
    fitting = [p for p in cands
               if p.tag.case == case and (gender is None or p.tag.gender == gender)]
    fitting.sort(key=lambda p: (not any(g in p.tag for g in NAME_GRAMMEMES), -p.score))
    return fitting[0] if fitting else None


#: An ordinal written in digits with its case ending («41-м», «5-го», «XII»'s kin).
_ORDINAL = re.compile(r"(\d+)-(?:[а-яё]{1,3})")
#: The nominative ending of such an ordinal by the noun's gender (or the plural).
_ORDINAL_ENDING = {"masc": "й", "femn": "я", "neut": "е", "plur": "е"}


def nominative_phrase(words: list[str]) -> list[str]:
    return list(_nominative_phrase(tuple(words)))


@lru_cache(maxsize=50_000)
def _nominative_phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    """A noun phrase with its head noun, and the adjectives before it, in the nominative:
    ``Казахского государственного оркестра народных инструментов`` becomes
    ``Казахский государственный оркестр народных инструментов``. Number is kept, so
    ``дней культуры`` becomes ``дни культуры``."""
    head = None
    for i, word in enumerate(words):
        if i == 0 and (word.isdigit() or _ROMAN.fullmatch(word) or _ORDINAL.fullmatch(word)):
            continue  # "X форума", "2 концерта", «41-м заседании»
        if len(word) > 1 and word.isupper() and not analyzer().word_is_known(word.lower()):
            return words  # an acronym («ТЮРКСОЙ», «ЮНЕСКО») is written in its own form
        found = parses(word) if word[:1].isalpha() else ()
        nouns = [p for p in found if p.tag.POS == "NOUN" and p.tag.case]
        if nouns and not any(p.tag.POS in ("ADJF", "PRTF") for p in found[:1]):
            head = (i, _agreeing(nouns, words[:i]))
            break
        if not found or found[0].tag.POS not in ("ADJF", "PRTF", "NUMR", "ADVB"):
            if not (found and found[0].tag.POS in ("ADJF", "PRTF")):
                return words
    if head is None:
        return words
    index, noun = head
    case, number = noun.tag.case, noun.tag.number or "sing"
    if case == "nomn":
        return words
    out = list(words)
    target = {"nomn", number}
    form = _inflect(noun, target)
    if form:
        out[index] = match_case(form, words[index])
    ordinal = _ORDINAL.fullmatch(out[0])
    if ordinal and index > 0:  # «41-м заседании» → «41-е заседание»
        gender = noun.tag.gender if number == "sing" else None
        out[0] = ordinal.group(1) + "-" + _ORDINAL_ENDING.get(gender or "plur", "е")
    for j in range(index):
        adjs = [p for p in parses(words[j]) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case]
        if adjs:
            grammemes = {"nomn", number}
            if number == "sing" and noun.tag.gender:
                grammemes.add(noun.tag.gender)
            form = _inflect(adjs[0], grammemes)
            if form:
                out[j] = match_case(form, words[j])
    return tuple(out)


def _agreeing(nouns: list[Any], before: tuple[str, ...]) -> Any:
    """The noun's parse whose case and number the adjectives before it share
    («творческие встречи»: nominative plural, not the genitive singular «встречи»); the
    first parse when they say nothing."""
    adjectives = [[p for p in parses(w) if p.tag.POS in ("ADJF", "PRTF")] for w in before]
    adjectives = [a for a in adjectives if a]
    if not adjectives:
        return nouns[0]
    for noun in nouns:
        if all(any(a.tag.case == noun.tag.case and a.tag.number == noun.tag.number
                   for a in adj) for adj in adjectives):
            return noun
    return nouns[0]


def is_given_name(word: str) -> bool:
    return any("Name" in p.tag for p in parses(word))


def is_name_word(word: str) -> bool:
    return any(any(g in p.tag for g in NAME_GRAMMEMES) for p in parses(word))

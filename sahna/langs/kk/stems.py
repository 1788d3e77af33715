"""Kazakh stems met on word boundaries: a word is a form of a lexicon noun stem only when
what follows the stem is a chain of inflectional suffixes the stem can take.

Kazakh lexicons list stems, since endings pile up on them («кеш», «кеші», «кешінде»,
«кештерімізге»). A bare prefix test also finds other words that merely start with the
stem: «кеше» 'yesterday', «кешені» 'its complex', «кешікті» 'was late' are no evening
concert, «көрмеген» 'not seen' is no exhibition, «операция» no opera. The suffix grammar
(plural, possessive, case, the attributive after a locative) with its vowel-harmony and
consonant variants (``data/suffixes.tsv``) tells them apart: a noun's chain is a small
closed set, generated once per stem, so a match is one prefix test and one set look-up.

Stem spelling in the lexicons:

* the citation form: a final «к», «қ», «п» that voices before a vowel («апталық» →
  «апталығы», «сабақ» → «сабағы») and a final soft sign dropped before a vowel
  («фестиваль» → «фестивалі») are handled here, so the lexicon lists one form;
* ``word=``: the word as written, with no ending («қала= күн»: «Қала күні», not
  «қаласында … күні»);
* a word in the 3rd person possessive («күні») takes the case endings of a possessive
  («күніне», «күнінде»);
* a hyphenated compound whose first part is the stem («көрме-жәрмеңке») is a form of it.

Only the stems of the noun tables (event trigger nouns, venue heads) are matched this way;
verb stems and whole verb forms of the other tables take verbal endings and keep the plain
prefix test of :meth:`sahna.langs.base.Language.stem_matches`.
"""

from __future__ import annotations

from functools import cache

from sahna.lexicon import data_file, read_rows

_VOWELS = frozenset("аәеиоөұүыіэюяё")
_BACK = frozenset("аоұыя")
_FRONT = frozenset("әөүіеэ")
_CLASSES = ("vowel", "sonorant", "l", "voiced", "nasal", "voiceless")
# A final voiceless stop voices before a vowel in native words; loans keep it («паркі»).
_VOICED = {"к": "г", "қ": "ғ", "п": "б"}
EXACT = "="  # a lexicon word with this mark takes no ending
_DATIVE = frozenset({"ға", "ге", "қа", "ке"})


def sound_class(text: str) -> tuple[str, ...]:
    """The classes of the last sound of ``text`` that choose a suffix's consonant
    («кеш» voiceless → «кештер», «көрме» a vowel → «көрмені»)."""
    last = text[-1]
    if last == "ь" and len(text) > 1:
        return sound_class(text[:-1])
    if last == "и":  # «сәби»: a vowel written for /ɯj/, inflected either way
        return ("vowel", "sonorant")
    if last in _VOWELS:
        return ("vowel",)
    if last in "рйу":
        return ("sonorant",)
    if last == "л":
        return ("l",)
    if last in "зж":
        return ("voiced",)
    if last in "мнң":
        return ("nasal",)
    if last in "бвгдғ":  # a loan's voiced final («клуб», «съезд»): written either way
        return ("voiced", "voiceless")
    return ("voiceless",)


def harmonies(stem: str) -> tuple[str, ...]:
    """The vowel harmonies of the suffixes ``stem`` takes: its last vowel's in a native
    word («мереке» front, «мейрам» back; «у» says nothing: «кездесуге», «форумға»), either
    in a loan whose last vowel does not say («турнир», «фестиваль») since the papers write
    both."""
    if stem.endswith("ь"):
        return ("back", "front")
    for char in reversed(stem):
        if char in _BACK:
            return ("back",)
        if char in _FRONT:
            return ("front",)
        if char in "июё":
            return ("back", "front")
    return ("back", "front")


@cache
def _inventory() -> dict[str, list[tuple[frozenset[str], str, str]]]:
    """``suffixes.tsv`` by slot: (the sound classes a form follows, back form, front form)."""
    table: dict[str, list[tuple[frozenset[str], str, str]]] = {}
    for slot, after, back, front in read_rows(data_file("sahna.langs.kk", "suffixes.tsv")):
        classes = frozenset(_CLASSES) if after == "any" else frozenset(after.split(","))
        table.setdefault(slot, []).append((classes, back, front))
    return table


def _forms(slot: str, before: str, harmony: str) -> list[str]:
    """The forms of ``slot`` that may follow the text ``before`` in ``harmony``."""
    classes = set(sound_class(before))
    return [back if harmony == "back" else front
            for after, back, front in _inventory()[slot] if after & classes]


def noun_chains(stem: str) -> frozenset[str]:
    """Every ending chain the noun ``stem`` can take, the empty one included."""
    chains = {""}
    for harmony in harmonies(stem):
        bases = ["", *_forms("plural", stem, harmony)]
        for base in bases:
            word = stem + base
            chains.add(base)
            for case in _forms("case", word, harmony):
                chains.add(base + case)
                _attributive(chains, base + case, harmony)
            for poss in _forms("poss3", word, harmony):
                chains.add(base + poss)
                for case in _forms("case_poss3", word + poss, harmony):
                    chains.add(base + poss + case)
                    _attributive(chains, base + poss + case, harmony)
            for slot in ("poss1sg", "poss2sg", "poss1pl", "poss2pl"):
                for poss in _forms(slot, word, harmony):
                    chains.add(base + poss)
                    after = ("dative_poss12",) if slot in ("poss1sg", "poss2sg") else ()
                    for case in [c for s in ("case", *after)
                                 for c in _forms(s, word + poss, harmony)]:
                        if slot in ("poss1sg", "poss2sg") and case in _DATIVE:
                            continue  # the dative after «-м», «-ң» is «-а», «-е»
                        chains.add(base + poss + case)
    if stem[-1] in "ыі" and len(stem) > 2 and stem[-2] not in _VOWELS:
        # a word listed in the 3rd person possessive («күні», «мәдениеті») takes the
        # case endings that follow a possessive («күніне», «күнінде»)
        for harmony in harmonies(stem):
            for case in _forms("case_poss3", stem, harmony):
                chains.add(case)
                _attributive(chains, case, harmony)
    return frozenset(chains)


def _attributive(chains: set[str], chain: str, harmony: str) -> None:
    """A locative takes the attributive «-ғы»/«-гі» («кештегі», «көрмедегі»)."""
    if chain.endswith(("да", "де", "та", "те")):
        chains.update(chain + form for form in _forms("attributive", chain, harmony))


@cache
def stem_rule(stem: str) -> tuple[str, frozenset[str]]:
    """``(base, rests)``: a word is a form of ``stem`` when it is ``base`` followed by one
    of ``rests``. The base drops the stem's last letter when that letter changes before a
    vowel («апталық»: «апталы» + «қ», «ғы», «қтар», ...)."""
    if stem.endswith(EXACT):
        return stem[:-1], frozenset({""})
    chains = noun_chains(stem)
    last = stem[-1]
    if last == "ь":
        base = stem[:-1]
        rests = {"ь" + c for c in chains if not c or c[0] not in _VOWELS}
        rests |= {c for c in chains if c and c[0] in _VOWELS}
        return base, frozenset(rests)
    if last in _VOICED and len(stem) > 3:
        base = stem[:-1]
        rests = {last + c for c in chains}
        rests |= {_VOICED[last] + c for c in chains if c and c[0] in _VOWELS}
        return base, frozenset(rests)
    return stem, chains


def is_form(word: str, stem: str) -> bool:
    """Is the lower-case ``word`` a form of the noun ``stem`` (or a compound with it)?"""
    base, rests = stem_rule(stem)
    if not word.startswith(base):
        return False
    rest = word[len(base):]
    if rest in rests:
        return True
    # «көрме-жәрмеңке»: a hyphenated compound led by the stem
    hyphen = rest.find("-")
    return hyphen >= 0 and not stem.endswith(EXACT) and rest[:hyphen] in rests


def word_prefix(stem: str) -> str:
    """What every form of ``stem`` starts with (for the sentence pre-filter)."""
    return stem_rule(stem)[0]


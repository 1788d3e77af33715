"""Russian inflection of place names and nationality words, by ending rules (and a crude
stem for the words of venue names, :func:`stem`).

A name is indexed under ``base#class`` (``москва#a``, ``казахстан#c``, ``алматы#0``); a
word of the text is analysed into every ``base#class`` it could be a form of
(``Москве`` → ``москва#a``, ``москв#c``...), and a lookup succeeds only when both agree.
The class check is what keeps the rules precise: ``Алматы`` is indeclinable, so
``Алматой`` is not read as one of its forms, while ``Караганды`` is read as ``Караганда``.

Why rules rather than pymorphy2: proper names are mostly outside its dictionary (it
guesses), a parse costs ~0.2 ms per word (too slow for every capitalised word of every
document), and the endings of place names are regular enough for a table. pymorphy2 is
still used offline, by :mod:`sahna.places.build_geonames`, to flag names that are also
ordinary words or person names.
"""

from __future__ import annotations

from functools import lru_cache

INDECLINABLE = "0"
CONSONANT = "c"  # Казахстан, Омск, Туркестан (singular only: "Оралов" is not "Орал")
CONSONANT_PLURAL = "cp"  # казах, узбек: nationality nouns have plurals (казахов)
J_STEM = "j"  # Китай, Семей, Костанай
SOFT = "s"  # Казань, Тюмень
A_STEM = "a"  # Москва, Астана, Караганда, казашка
JA_STEM = "ja"  # Россия, Корея
PLURAL = "pl"  # Афины, Нидерланды (marked '+' in the data)
# Adjectives are indexed by stem and gender, so that "Вишневый" is not "Вишневое";
# nationality and city adjectives (``animate`` tables) take every gender: ADJ_ANY.
ADJ_ANY = "adj"  # казахстанский, алматинский
ADJ_MASC = "adjm"  # Нижний, казахстанский
ADJ_FEM = "adjf"  # Южная, Саудовская
ADJ_NEUT = "adjn"  # Боровое
ADJ_PLUR = "adjp"  # Объединённые, Набережные
EC_NOUN = "ec"  # казахстанец, китаец, Елец
ANIN_NOUN = "anin"  # россиянин, армянин

_ADJ_CLASSES = {
    "ий": ADJ_MASC, "ый": ADJ_MASC, "ой": ADJ_MASC,
    "ая": ADJ_FEM, "яя": ADJ_FEM,
    "ое": ADJ_NEUT, "ее": ADJ_NEUT,
    "ие": ADJ_PLUR, "ые": ADJ_PLUR,
}
ADJ_NOMINATIVE = tuple(_ADJ_CLASSES)
_MASC_NEUT_OBLIQUE = ("ого", "его", "ому", "ему", "им", "ым", "ом", "ем")
_EC_ENDINGS = ("ца", "цу", "цем", "це", "цы", "цев", "цам", "цами", "цах")
_ANIN_ENDINGS = ("ина", "ину", "ином", "ине", "е", "", "ам", "ами", "ах")
_VOWELS = frozenset("аеёиоуыэюя")

# ending -> [(class, what to put back in place of the ending)]
_RULES: dict[str, list[tuple[str, str]]] = {}


def _rule(cls: str, restore: str, *endings: str) -> None:
    for ending in endings:
        _RULES.setdefault(ending, []).append((cls, restore))


for _cls in (
    INDECLINABLE, CONSONANT, CONSONANT_PLURAL, J_STEM, SOFT, A_STEM, JA_STEM, PLURAL, EC_NOUN,
    ANIN_NOUN,
):
    _rule(_cls, "", "")
_rule(CONSONANT, "", "а", "у", "ом", "ем", "е")
_rule(CONSONANT_PLURAL, "", "а", "у", "ом", "ем", "е")
_rule(CONSONANT_PLURAL, "", "ы", "и", "ов", "ев", "ей", "ам", "ами", "ах")
_rule(J_STEM, "й", "я", "ю", "ем", "е")  # no plural: "Китаев" is a surname
_rule(SOFT, "ь", "и", "ью", "я", "ю", "ем", "е")
_rule(A_STEM, "а", "ы", "и", "е", "у", "ой", "ою")
_rule(JA_STEM, "я", "и", "е", "ю", "ей", "ею")
_rule(PLURAL, "ы", "", "ов", "ам", "ами", "ах")
_rule(PLURAL, "и", "", "ей", "ев", "ам", "ами", "ах")
_rule(ADJ_MASC, "", "ий", "ый", "ой", *_MASC_NEUT_OBLIQUE)
_rule(ADJ_FEM, "", "ая", "яя", "ой", "ей", "ую", "юю", "ою", "ею")
_rule(ADJ_NEUT, "", "ое", "ее", *_MASC_NEUT_OBLIQUE)
_rule(ADJ_PLUR, "", "ие", "ые", "их", "ых", "им", "ым", "ими", "ыми")
_rule(ADJ_ANY, "", *{e for rules in (_MASC_NEUT_OBLIQUE, ADJ_NOMINATIVE) for e in rules},
      "ой", "ей", "ую", "юю", "ою", "ею", "их", "ых", "ими", "ыми",
      "о")  # first part of a compound: казахстанско-российский
_rule(ANIN_NOUN, "ин", *_ANIN_ENDINGS)
_MAX_ENDING = max(len(e) for e in _RULES)


def declension_class(base: str, plural: bool = False, animate: bool = False) -> str:
    """Which paradigm a (lower-case, nominative) Russian name word follows.

    ``animate`` words (nationality nouns) take plural endings too.
    """
    last = base[-1:]
    if plural and last in "ыи":
        return PLURAL
    if len(base) > 3 and base.endswith(ADJ_NOMINATIVE):
        return ADJ_ANY if animate else _ADJ_CLASSES[base[-2:]]
    if base.endswith(("анин", "янин")):
        return ANIN_NOUN
    if base.endswith("ец") and len(base) > 3:
        return EC_NOUN
    if last == "а":
        return A_STEM
    if last == "я":
        return JA_STEM
    if last == "й":
        return J_STEM
    if last == "ь":
        return SOFT
    if last in _VOWELS or not last.isalpha():
        return INDECLINABLE
    return CONSONANT_PLURAL if animate else CONSONANT


def index_key(base: str, plural: bool = False, animate: bool = False) -> str:
    """The key a name word is stored under: ``base#class`` (adjectives: ``stem#adjm``...)."""
    cls = declension_class(base, plural, animate)
    if cls.startswith("adj"):
        return f"{base[:-2]}#{cls}"
    return f"{base}#{cls}"


@lru_cache(maxsize=65536)
def word_keys(word: str) -> frozenset[str]:
    """Every ``base#class`` key that the lower-case word ``word`` may be a form of."""
    keys: set[str] = set()
    for size in range(min(_MAX_ENDING, len(word) - 2) + 1):
        ending = word[len(word) - size :] if size else ""
        for cls, restore in _RULES.get(ending, ()):
            keys.add(f"{word[: len(word) - size]}{restore}#{cls}")
    keys.update(_ec_keys(word))
    return frozenset(keys)


def _ec_keys(word: str) -> list[str]:
    """Oblique forms of ``-ец`` nouns drop the vowel: казахстанца, китайца (китаец)."""
    keys = []
    for ending in _EC_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if stem.endswith("й") and stem[-2:-1] in _VOWELS:
                stem = stem[:-1]
            keys.append(f"{stem}ец#{EC_NOUN}")
    return keys


# Case and adjective endings that :func:`stem` cuts, longest first.
_STEM_ENDINGS = sorted(
    "а я ы и е у ю о ь й ой ей ом ем ам ям ами ями ах ях ого его ому ему ым им ых их ыми ими "
    "ая ую юю ое ые ие ий ый ию ия ью".split(),
    key=len,
    reverse=True,
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, the same for the case forms of one word (дворец/дворца): enough to
    compare the words of a venue name, which are common nouns and adjectives, without
    the declension classes of names; a stem keeps at least three letters."""
    if word.endswith("ец") and len(word) > 4:
        return word[:-2] + "ц"
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
